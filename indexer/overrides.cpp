#include "indexer/overrides.h"

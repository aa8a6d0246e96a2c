#include "indexer/date_extractor.h"

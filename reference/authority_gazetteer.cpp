#include "reference/authority_gazetteer.h"

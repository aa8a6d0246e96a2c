#include "indexer/report_catalog.h"

#include "indexer/report_builder.h"

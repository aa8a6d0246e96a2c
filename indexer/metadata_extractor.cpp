#include "indexer/metadata_extractor.h"

#include "indexer/index_writer.h"

#include "indexer/paragraph_segmenter.h"

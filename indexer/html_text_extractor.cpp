#include "indexer/html_text_extractor.h"

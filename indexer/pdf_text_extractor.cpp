#include "indexer/pdf_text_extractor.h"

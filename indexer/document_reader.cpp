#include "indexer/document_reader.h"

#include "query/query_builder.h"

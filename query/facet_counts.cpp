#include "query/facet_counts.h"

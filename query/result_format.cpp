#include "query/result_format.h"

#include "schema/paragraph_record.h"

#include "stemming/synonym_table.h"

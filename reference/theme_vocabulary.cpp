#include "reference/theme_vocabulary.h"

// placeholder
#include "corroborate/pipeline.h"

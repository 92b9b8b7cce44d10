// Placeholder; replaced by the extract stage.
#include "corroborate/extract.h"
namespace corroborate { void ExtractBody(Article*, const ExtractOptions&) {} }

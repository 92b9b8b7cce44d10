// Placeholder; replaced by the analyze stage.
#include "corroborate/analyze.h"
namespace corroborate { void Analyze(Article*, const AnalyzeOptions&) {} }

// SwiftPM requires a source file in a C target. The header's declaration is all this target provides.
#include "CLibFuzzer.h"

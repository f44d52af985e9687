#ifndef CLIBFUZZER_H
#define CLIBFUZZER_H

#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver, in the libclang_rt.fuzzer runtime that `-sanitize=fuzzer` links. It parses
// libFuzzer's command-line flags from argc and argv and runs `callback` on each input, as
// libFuzzer's own main does. Declared here because the Swift toolchain installs no libFuzzer header.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif

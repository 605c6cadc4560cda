// libFuzzer target: analysis (see fuzz_entries.h).
#include "fuzz_entries.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsline_fuzz::Analysis(data, size);
  return 0;
}

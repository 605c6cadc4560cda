// `newsline version`: the library's version.
#include <iostream>

#include "command.h"
#include "newsline/version.h"

namespace newsline_tool {

RunFunction SetupVersion(CLI::App* /*sub*/, const GlobalOptions* global) {
  return [global] {
    if (global->json) {
      std::cout << "{\"version\": \"" << newsline::Version() << "\"}\n";
    } else {
      std::cout << "newsline " << newsline::Version() << "\n";
    }
    return kExitOk;
  };
}

}  // namespace newsline_tool

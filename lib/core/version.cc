// The version string, set by CMake from project(VERSION).
#include "newsline/version.h"

namespace newsline {

const char* Version() { return NEWSLINE_VERSION; }

}  // namespace newsline

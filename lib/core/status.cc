// Status names and formatting.
#include "newsline/status.h"

namespace newsline {

const char* Status::CodeName(Code code) {
  switch (code) {
    case Code::kOk: return "OK";
    case Code::kInvalidArgument: return "invalid argument";
    case Code::kNotFound: return "not found";
    case Code::kIOError: return "I/O error";
    case Code::kCorruption: return "corruption";
    case Code::kLocked: return "locked";
    case Code::kUnsupported: return "unsupported";
    case Code::kInternal: return "internal error";
  }
  return "unknown";
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  return std::string(CodeName(code_)) + ": " + message_;
}

}  // namespace newsline

// Xapian exception -> Status mapping (see xapian_status.h).
#include "index/xapian_status.h"

namespace newsline {

Status StatusFromXapian(const Xapian::Error& e, const std::string& context) {
  std::string detail = std::string(e.get_type()) + ": " + e.get_msg();
  if (!e.get_context().empty()) detail += " (" + e.get_context() + ")";
  std::string where = context.empty() ? "" : context + ": ";
  // Xapian::Error is not polymorphic: dispatch on its type name.
  const std::string type = e.get_type();
  if (type == "DatabaseLockError") return Status::Locked("index is locked by another process: " + context);
  if (type == "DatabaseNotFoundError") return Status::NotFound(where + detail);
  if (type == "DatabaseCorruptError") return Status::Corruption(where + detail);
  if (type == "QueryParserError" || type == "InvalidArgumentError" || type == "RangeError") {
    return Status::InvalidArgument(where + detail);
  }
  if (type == "UnimplementedError") return Status::Unsupported(where + detail);
  if (type.find("Network") != std::string::npos || type.find("Database") != std::string::npos) {
    return Status::IOError(where + detail);
  }
  return Status::Internal(where + detail);
}

}  // namespace newsline

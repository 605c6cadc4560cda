// Converts Xapian exceptions into newsline Status values at the API boundary.
//
// Thread-safety: pure functions.
#ifndef NEWSLINE_LIB_INDEX_XAPIAN_STATUS_H_
#define NEWSLINE_LIB_INDEX_XAPIAN_STATUS_H_

#include <xapian.h>

#include <string>

#include "newsline/status.h"

namespace newsline {

// Maps the Xapian error class to a Status code: DatabaseLockError -> Locked ("index is locked by
// another process"), DatabaseNotFoundError -> NotFound, DatabaseCorruptError -> Corruption,
// QueryParserError / InvalidArgumentError -> InvalidArgument, network and opening errors ->
// IOError, anything else -> Internal. `context` (e.g. the database path) starts the message.
Status StatusFromXapian(const Xapian::Error& e, const std::string& context);

}  // namespace newsline

#endif  // NEWSLINE_LIB_INDEX_XAPIAN_STATUS_H_

// Status: the outcome of an operation, returned by value across the public API.
//
// Errors never cross the newsline API as exceptions. A function that can fail returns a Status
// (or a Result<T>, which holds either a T or a non-OK Status). A Status message names the input
// and the place (file, line, byte offset, JSON path) and says what was expected.
//
//   newsline::Status s = index.Commit();
//   if (!s.ok()) std::cerr << s.ToString() << "\n";
//
// Thread-safety: a Status is an immutable value; copies may be used from any thread.
#ifndef NEWSLINE_STATUS_H_
#define NEWSLINE_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace newsline {

class [[nodiscard]] Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // bad input: malformed file, query, pack, option
    kNotFound,         // a path, id or document does not exist
    kIOError,          // the operating system refused a read or write
    kCorruption,       // stored data is damaged
    kLocked,           // another process holds the index's write lock
    kUnsupported,      // a format or feature that is recognised but not handled
    kInternal,         // a bug or an unexpected library error
  };

  // Default: OK.
  Status() = default;
  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string msg) { return Status(Code::kInvalidArgument, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status IOError(std::string msg) { return Status(Code::kIOError, std::move(msg)); }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  static Status Locked(std::string msg) { return Status(Code::kLocked, std::move(msg)); }
  static Status Unsupported(std::string msg) { return Status(Code::kUnsupported, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  bool IsInvalidArgument() const { return code_ == Code::kInvalidArgument; }
  bool IsNotFound() const { return code_ == Code::kNotFound; }
  bool IsIOError() const { return code_ == Code::kIOError; }
  bool IsCorruption() const { return code_ == Code::kCorruption; }
  bool IsLocked() const { return code_ == Code::kLocked; }
  bool IsUnsupported() const { return code_ == Code::kUnsupported; }
  bool IsInternal() const { return code_ == Code::kInternal; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // "OK", or "<code name>: <message>".
  std::string ToString() const;
  static const char* CodeName(Code code);

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// Either a value or the non-OK Status that explains why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  // REQUIRES: !status.ok()
  Result(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design
    if (status_.ok()) status_ = Status::Internal("Result constructed from an OK status without a value");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  // REQUIRES: ok()
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T* operator->() const { return &*value_; }
  T* operator->() { return &*value_; }
  const T& operator*() const { return *value_; }
  T& operator*() { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace newsline

#endif  // NEWSLINE_STATUS_H_

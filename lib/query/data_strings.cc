// VisitDataStrings: nlohmann's SAX interface with a path kept as a string.
#include "query/data_strings.h"

#include <nlohmann/json.hpp>
#include <vector>

namespace newsline {
namespace {

using Json = nlohmann::json;

class StringVisitor : public nlohmann::json_sax<Json> {
 public:
  using Visit = std::function<void(std::string_view, size_t, std::string&)>;
  explicit StringVisitor(const Visit& visit) : visit_(visit) {}

  bool null() override { return Value(); }
  bool boolean(bool) override { return Value(); }
  bool number_integer(number_integer_t) override { return Value(); }
  bool number_unsigned(number_unsigned_t) override { return Value(); }
  bool number_float(number_float_t, const string_t&) override { return Value(); }
  bool binary(binary_t&) override { return Value(); }
  bool string(string_t& value) override {
    visit_(path_, OuterElement(), value);
    return Value();
  }
  bool start_object(std::size_t) override { return Open(false); }
  bool end_object() override { return Close(); }
  bool start_array(std::size_t) override {
    Open(true);
    path_ += path_.empty() ? "#" : "/#";
    return true;
  }
  bool end_array() override { return Close(); }
  bool key(string_t& name) override {
    path_.resize(frames_.back().mark);
    if (!path_.empty()) path_ += '/';
    path_ += name;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  struct Frame {
    bool array = false;
    size_t mark = 0;     // the path's length when the container opened
    size_t element = 0;  // arrays: the index of the element being read
  };

  bool Open(bool array) {
    frames_.push_back({array, path_.size(), 0});
    return true;
  }
  bool Close() {
    path_.resize(frames_.back().mark);
    frames_.pop_back();
    return Value();
  }
  // A value ended: the next element of the array that holds it.
  bool Value() {
    if (!frames_.empty() && frames_.back().array) ++frames_.back().element;
    return true;
  }
  size_t OuterElement() const {
    for (const Frame& f : frames_) {
      if (f.array) return f.element;
    }
    return 0;
  }

  const Visit& visit_;
  std::vector<Frame> frames_;
  std::string path_;
};

}  // namespace

bool VisitDataStrings(std::string_view data,
                      const std::function<void(std::string_view path, size_t element, std::string& value)>& visit) {
  StringVisitor visitor(visit);
  try {
    return Json::sax_parse(data.begin(), data.end(), &visitor);
  } catch (const std::exception&) {  // a visitor that throws; the parser itself reports errors
    return false;
  }
}

}  // namespace newsline

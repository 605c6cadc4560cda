// Formatting of publication dates and time expressions for the tool.
#include "format.h"

#include "newsline/report.h"

namespace newsline_tool {

std::string JsonText(const nlohmann::json& j) { return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace); }

std::string PublishedText(const newsline::PublicationDate& p) {
  switch (p.kind) {
    case newsline::PublicationDate::Kind::kExact: return p.day().ToString();
    case newsline::PublicationDate::Kind::kEstimated:
      return "est. " + p.interval.begin.ToString() + ".." + (p.interval.end - 1).ToString();
    case newsline::PublicationDate::Kind::kUnknown: break;
  }
  return "undated";
}

nlohmann::json PublishedJson(const newsline::PublicationDate& p) {
  nlohmann::json j;
  switch (p.kind) {
    case newsline::PublicationDate::Kind::kExact:
      j["kind"] = "exact";
      j["date"] = p.day().ToString();
      break;
    case newsline::PublicationDate::Kind::kEstimated:
      j["kind"] = "estimated";
      j["begin"] = p.interval.begin.ToString();
      j["end"] = p.interval.end.ToString();
      j["evidence"] = p.evidence;
      break;
    case newsline::PublicationDate::Kind::kUnknown:
      j["kind"] = "unknown";
      break;
  }
  j["origin"] = newsline::FieldOriginName(p.origin);
  return j;
}

nlohmann::json DateJson(const newsline::TimeExpression& t) {
  nlohmann::json j{{"value", t.value},
                   {"label", newsline::DateLabel(t)},
                   {"granularity", newsline::GranularityName(t.granularity)},
                   {"mod", newsline::TimexModName(t.mod)},
                   {"text", t.text}};
  if (t.resolved) {
    j["begin"] = t.interval.begin.ToString();
    j["end"] = t.interval.end.ToString();
  } else {
    j["begin"] = nullptr;
    j["end"] = nullptr;
  }
  return j;
}

}  // namespace newsline_tool

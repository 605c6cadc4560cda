// Printable names of the article enums (stable: they appear in JSON output and index terms).
// Every other enum's name lives with the stage that owns it (TenseName with the dates, ...).
#include "newsline/article.h"

namespace newsline {

const char* SourceFormatName(SourceFormat format) {
  switch (format) {
    case SourceFormat::kRawText: return "text";
    case SourceFormat::kHeaderText: return "header-text";
    case SourceFormat::kJson: return "json";
    case SourceFormat::kJsonLines: return "jsonl";
    case SourceFormat::kHtml: return "html";
    case SourceFormat::kReutersSgml: return "reuters-sgml";
  }
  return "unknown";
}

const char* FieldOriginName(FieldOrigin origin) {
  switch (origin) {
    case FieldOrigin::kNone: return "none";
    case FieldOrigin::kHeader: return "header";
    case FieldOrigin::kJsonField: return "json";
    case FieldOrigin::kHtmlMeta: return "html-meta";
    case FieldOrigin::kJsonLd: return "json-ld";
    case FieldOrigin::kManifest: return "manifest";
    case FieldOrigin::kSgml: return "sgml";
    case FieldOrigin::kText: return "text";
    case FieldOrigin::kEstimated: return "estimated";
  }
  return "unknown";
}
}  // namespace newsline

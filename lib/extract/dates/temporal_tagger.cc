// TemporalTagger: the public face of the temporal layer (tokenize -> match -> detect tense ->
// resolve), plus the compact one-line format used by tests and tools.
#include <cstdio>
#include <string>

#include "extract/dates/tense.h"
#include "extract/dates/time_matcher.h"
#include "extract/dates/time_resolver.h"
#include "extract/dates/time_tokens.h"
#include "newsline/dates.h"

namespace newsline {

struct TemporalTagger::Impl {
  TaggerOptions options;
  std::string error;
};

TemporalTagger::TemporalTagger(const TaggerOptions& options) : impl_(new Impl) {
  impl_->options = options;
  if (options.min_year > options.max_year) {
    impl_->error = "TaggerOptions: min_year (" + std::to_string(options.min_year) + ") > max_year (" +
                   std::to_string(options.max_year) + ")";
  } else if (options.min_year < 1 || options.max_year > 9998) {
    impl_->error = "TaggerOptions: years must lie in [1, 9998]";
  }
}

TemporalTagger::~TemporalTagger() = default;

bool TemporalTagger::ok() const { return impl_->error.empty(); }
const std::string& TemporalTagger::error() const { return impl_->error; }
const TaggerOptions& TemporalTagger::options() const { return impl_->options; }

std::vector<TimeExpression> TemporalTagger::Tag(std::string_view text, const TagContext& ctx) const {
  std::vector<TimeExpression> out;
  if (!ok()) return out;
  std::vector<timex::Token> tokens = timex::Tokenize(text);
  for (const timex::Match& m : timex::FindExpressions(tokens, impl_->options)) {
    Tense tense = ctx.tense != Tense::kUnknown ? ctx.tense : timex::DetectTenseInTokens(tokens, m.first, m.last);
    TimeExpression t = timex::Resolve(m.parsed, ctx.reference, tense);
    t.span.begin = tokens[m.first].begin;
    t.span.end = tokens[m.last - 1].end;
    t.text.assign(t.span.Of(text));
    out.push_back(std::move(t));
  }
  return out;
}

std::vector<TimeExpression> TemporalTagger::TagArticle(const Article& article, std::optional<Day> reference) const {
  TagContext ctx;
  ctx.reference = reference;
  if (!ctx.reference && article.published.exact()) ctx.reference = article.published.day();
  if (article.sentences.empty()) return Tag(article.text, ctx);
  std::vector<TimeExpression> out;
  for (const Sentence& s : article.sentences) {
    if (s.span.end > article.text.size() || s.span.empty()) continue;
    for (TimeExpression& t : Tag(s.span.Of(article.text), ctx)) {
      t.span.begin += s.span.begin;
      t.span.end += s.span.begin;
      out.push_back(std::move(t));
    }
  }
  return out;
}

std::string FormatTimeExpression(const TimeExpression& t) {
  std::string s = TimexTypeName(t.type);
  s += ' ';
  s += t.value.empty() ? "-" : t.value;
  s += ' ';
  s += GranularityName(t.granularity);
  if (t.mod != TimexMod::kNone) {
    s += ' ';
    s += TimexModName(t.mod);
  }
  if (!t.freq.empty()) s += " freq=" + t.freq;
  if (t.resolved) {
    s += " [" + t.interval.begin.ToString() + "," + t.interval.end.ToString() + ")";
  } else if (t.type == TimexType::kDate || t.type == TimexType::kTime) {
    bool ref_value = t.value == "PRESENT_REF" || t.value == "PAST_REF" || t.value == "FUTURE_REF";
    if (!ref_value) s += " unresolved";
  }
  s += " rule=" + t.rule;
  return s;
}

}  // namespace newsline

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

namespace {

// "Profit rose in the third quarter from a year earlier": a one-year shift ("a year earlier",
// "a year ago", "last year", "year-earlier") in a sentence about a quarter means that quarter a
// year before, not the whole previous year.
void ResolveSamePeriod(const std::vector<timex::Token>& tokens, const std::vector<timex::Match>& matches,
                       std::vector<TimeExpression>* out) {
  for (size_t a = 0; a < matches.size(); ++a) {
    const timex::Parsed& p = matches[a].parsed;
    bool year_back = p.anchor == timex::Anchor::kShift && p.unit == timex::Unit::kYear && p.shift == -1 &&
                     p.gran == Granularity::kYear && p.index == 0 && p.mod == TimexMod::kNone &&
                     p.clip == timex::Parsed::Clip::kNone;
    if (!year_back || !(*out)[a].resolved) continue;
    for (size_t b = 0; b < matches.size(); ++b) {
      const TimeExpression& q = (*out)[b];
      if (b == a || !q.resolved || q.granularity != Granularity::kQuarter || q.mod != TimexMod::kNone) continue;
      if (tokens[matches[b].first].sentence != tokens[matches[a].first].sentence) continue;
      int quarter = (q.interval.begin.month() - 1) / 3 + 1;
      auto period = timex::MakePeriod(Granularity::kQuarter, q.interval.begin.year() - 1, quarter, 0);
      if (!period) continue;
      TimeExpression& t = (*out)[a];
      t.value = period->value;
      t.interval = period->interval;
      t.granularity = Granularity::kQuarter;
      t.rule += "+same-quarter";
      break;
    }
  }
}

}  // namespace

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
  std::vector<timex::Match> matches = timex::FindExpressions(tokens, impl_->options);
  for (const timex::Match& m : matches) {
    Tense tense = ctx.tense != Tense::kUnknown ? ctx.tense : timex::DetectTenseInTokens(tokens, m.first, m.last);
    TimeExpression t = timex::Resolve(m.parsed, ctx.reference, tense);
    if (m.parsed.stated_weekday != 0 && t.resolved && t.granularity == Granularity::kDay) {
      t.stated_weekday = m.parsed.stated_weekday;
      t.weekday_mismatch = t.interval.begin.iso_weekday() != m.parsed.stated_weekday;
    }
    t.span.begin = tokens[m.first].begin;
    t.span.end = tokens[m.last - 1].end;
    t.text.assign(t.span.Of(text));
    out.push_back(std::move(t));
  }
  ResolveSamePeriod(tokens, matches, &out);
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

// Helpers shared by the claim and event rules: sentence views, pack lookups, span trimming.
#include "extract/sentences/sentence_view.h"

#include <algorithm>

namespace newsline {
namespace extract {

SentenceView MakeSentenceView(std::string_view text, uint32_t index, Span span,
                              const std::vector<EntityMention>& entities,
                              const std::vector<Quantity>& quantities,
                              const std::vector<TimeExpression>& times) {
  SentenceView s;
  s.index = index;
  s.span = span;
  s.tokens = Tokenize(text, span);
  auto inside = [&](Span m) { return m.begin >= span.begin && m.end <= span.end && !m.empty(); };
  for (const EntityMention& m : entities) {
    if (inside(m.span)) s.entities.push_back(&m);
  }
  for (const Quantity& q : quantities) {
    if (inside(q.span)) s.quantities.push_back(&q);
  }
  for (const TimeExpression& t : times) {
    if (inside(t.span)) s.times.push_back(&t);
  }
  return s;
}

std::string PackView::OutletName(std::string_view any_name) const {
  if (!pack_) return {};
  const PackOutlet* o = pack_->FindOutlet(any_name);
  return o ? o->name : std::string();
}

std::string PackView::NameOf(std::string_view id) const {
  if (!pack_) return {};
  if (const PackEntity* e = pack_->FindEntity(id)) return e->name;
  if (const PackOutlet* o = pack_->FindOutletById(id)) return o->name;
  return {};
}

bool PackView::IsOutlet(const EntityMention& m) const {
  if (m.type == "outlet") return true;
  return pack_ && pack_->FindOutletById(m.entity_id) != nullptr;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

Span TrimSpan(std::string_view text, Span span) {
  auto junk = [&](size_t i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    return c == ' ' || c == ',' || c == ':' || c == ';' || c == '"' || c == '\'' || c == '\n' || c == '(' ||
           c == ')';
  };
  while (span.begin < span.end && junk(span.begin)) ++span.begin;
  while (span.end > span.begin && junk(span.end - 1)) --span.end;
  return span;
}

bool IsChangeTarget(const Lexicon& lex, const std::vector<Token>& t, size_t at) {
  if (at == 0 || at > t.size() || t[at - 1].lower != "to") return false;
  for (size_t k = at - 1; k > 0 && at - 1 - k < 12;) {
    --k;
    if (lex.change_verbs().MatchAt(t, k, nullptr) > 0) return true;
    if (t[k].IsPunct(',') || t[k].IsPunct(';')) return false;
  }
  return false;
}

bool IsActorType(std::string_view type) {
  return type == "organization" || type == "person" || type == "company" || type == "regulator" ||
         type == "government" || type == "outlet" || type.empty();
}

}  // namespace extract
}  // namespace newsline

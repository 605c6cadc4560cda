// Event rules: trigger words -> typed events with participants and roles, amounts and a date.
#ifndef NEWSLINE_LIB_EXTRACT_EVENTS_EVENTS_H_
#define NEWSLINE_LIB_EXTRACT_EVENTS_EVENTS_H_

#include <string_view>
#include <vector>

#include "extract/attribution/attribution.h"
#include "extract/sentences/sentence_view.h"
#include "extract/lexicon/lexicon.h"
#include "newsline/article.h"
#include "newsline/extraction.h"

namespace newsline {
namespace extract {

// Thread-safety: const methods are thread-safe.
class EventRules {
 public:
  // REQUIRES: `lexicon` and `pack` outlive this object.
  EventRules(const Lexicon* lexicon, const PackView* pack) : lex_(*lexicon), pack_(*pack) {}

  // Appends the events of sentence `s` (ids left empty). `relays` are the sentence's relay cues
  // (from AttributionRules::FindRelays); `active_report` the outlet the article last cited, the source
  // of an event a report hedge passes on with no relay in the sentence ("the mayor reportedly
  // plans"); `published` the article's date for reporting events.
  void Extract(std::string_view text, const SentenceView& s, const std::vector<Relay>& relays,
               std::string_view active_report, const PublicationDate& published,
               std::vector<Event>* out) const;

  // The calendar date sentence `s` gives the phrase at tokens [first, last) (a trigger, a relay
  // cue): the nearest date, preferring one after the phrase and in its comma segment. Skipped: a
  // date after the phrase that belongs to another verb's clause, and a date before it in another
  // comma segment unless that segment is introductory (starts with the date or a preposition:
  // "In 2019, ...", "Under the agreements announced in late February, ..."). nullptr when there
  // is none, or when the
  // nearest is unresolved ("in October" without a reference). `rule` (not null) gets ";date=..."
  // notes on what was skipped.
  const TimeExpression* DateOf(const SentenceView& s, size_t first, size_t last, std::string* rule) const;

 private:
  struct Hedging {
    bool hedged = false;            // "may", "reportedly", "sources suggest"
    bool passes_on_report = false;  // "allegedly", "reportedly" (Lexicon::kReportHedge and below)
    bool names_reports = false;     // "reportedly", "according to reports" (kUnnamedReportHedge)
    bool names_sources = false;     // "sources say", "people familiar with" (kUnnamedSourceHedge)
  };
  Hedging HedgingOf(const std::vector<Token>& t) const;
  bool PresentAt(const std::vector<Token>& t, size_t k) const;
  void DateMention(const std::vector<Token>& t, size_t trig_begin, const TimeExpression* d,
                   const PublicationDate& published, Event* v) const;
  struct Window {
    size_t begin, end;  // tokens [begin, end)
    size_t subject = 0;  // where the clause opens: a name there takes part wherever the window ends
  };
  Window BarrierWindow(const std::vector<Token>& t, size_t trigger, size_t reach) const;
  Window ParticipantWindow(const SentenceView& s, size_t trigger, uint32_t enumeration_from) const;
  bool TakesPart(const SentenceView& s, const std::string& type, const EntityMention& m, uint32_t enumeration_from,
                 const std::vector<Relay>& relays) const;
  // Agent and patient for the participants a type's own rules left as "party": by voice and side
  // for a verb trigger ("X shot Y", "Y was shot by X", "X died"), by "of"/"by" for a noun ("the
  // killing of Y by X").
  void AssignGeneralRoles(const std::vector<Token>& t, int trigger, size_t trig_begin, size_t trig_end,
                          const std::vector<const EntityMention*>& actors, std::map<std::string, std::string>* role_of) const;
  bool ReadsAsVerb(const std::vector<Token>& t, int trigger, size_t trig_begin) const;
  bool Passive(const std::vector<Token>& t, size_t trig_begin, size_t trig_end) const;
  void AddParticipants(const SentenceView& s, const std::string& type, int trigger, size_t trig_begin, size_t trig_end,
                       uint32_t enumeration_from,
                       const std::vector<Relay>& relays, const Relay* best_relay, Event* e) const;
  // The names that take part: those in the trigger's window, else every name of the sentence.
  std::vector<const EntityMention*> Actors(const SentenceView& s, const std::string& type, size_t trig_begin,
                                           uint32_t enumeration_from, const std::vector<Relay>& relays) const;
  // A name's role by its event type's own rules ("investor", "plaintiff", "announcer"), else
  // "place" or "party". `investee_seen`: an investee was already found.
  std::string TypeRole(const std::vector<Token>& t, const std::string& type, const EntityMention& m, size_t trig_begin,
                       bool investee_seen) const;
  // One investee (the one after "in" wins over a possessive) and an investor when none was read.
  void SettleInvestmentRoles(const std::vector<Token>& t, size_t trig_begin,
                             const std::vector<const EntityMention*>& actors,
                             std::map<std::string, std::string>* roles) const;
  struct DateCandidate {
    const TimeExpression* x;
    size_t token;  // its first token
    size_t end;    // the token after it
  };
  // The sentence's calendar dates (resolved, or unresolved with an underspecified value), minus
  // those modifying another noun ("the October agreement").
  std::vector<DateCandidate> CalendarDates(const SentenceView& s) const;
  // Each token's comma-separated segment ("a deal, estimated at $38 billion" stays one).
  std::vector<int> Segments(const std::vector<Token>& t) const;
  // What a sentence gives every trigger in it.
  struct Amount {
    const Quantity* q;
    size_t token;
  };
  struct SentenceFacts {
    uint32_t enumeration_from = 0;  // entities after "including" / "such as" list, never take part
    Hedging hedging;
    const Relay* best_relay = nullptr;
    std::vector<Amount> amounts;  // money and power amounts with their token positions
    std::vector<DateCandidate> dates;
    std::vector<int> segment;
  };
  SentenceFacts FactsOf(const SentenceView& s, const std::vector<Relay>& relays) const;
  // An action verb shortly before a noun trigger ("signed an agreement").
  bool ActionBefore(const std::vector<Token>& t, size_t trigger) const;
  // Whether a noun trigger that needs support has it (an amount near, an action verb before);
  // `why` says which.
  bool Supported(const std::vector<Token>& t, const SentenceFacts& f, size_t begin, size_t end, std::string* why) const;
  // The event's amounts and date: one variant per (amount, date) pair in an investment sentence
  // listing several, else the amounts of its comma segment and its nearest date.
  using Variant = std::pair<std::vector<Quantity>, const TimeExpression*>;
  std::vector<Variant> Variants(const std::vector<Token>& t, const SentenceFacts& f, const std::string& type,
                                size_t begin, size_t end, std::string* rule) const;
  // "expand their existing $38 billion agreement": an earlier event named in passing.
  bool NamesPriorEvent(const std::vector<Token>& t, size_t trigger) const;
  const TimeExpression* NearestDate(const std::vector<Token>& t, const std::vector<DateCandidate>& dates,
                                    const std::vector<int>& segment, size_t first, size_t last,
                                    std::string* rule) const;
  // True when t[k] is a finite verb or auxiliary: a clause verb of the lexicon, or a regular past
  // form right after a subject ("OpenAI restructured", "the companies outlined").
  bool OpensClause(const std::vector<Token>& t, size_t k) const;
  // True when no other verb's clause starts between a trigger ending at `from` and a date at `to`.
  // The trigger's own verb group may follow it with only its subject between ("the deal the two
  // companies announced last month", "the agreements signed in", "the deal that was signed in").
  bool InTriggerClause(const std::vector<Token>& t, size_t from, size_t to) const;
  std::string NameOf(const EntityMention& m) const;

  const Lexicon& lex_;
  const PackView& pack_;
};

// A TimeExpression standing for the article's publication date (exact day or estimated
// interval), with rule `rule`. REQUIRES: published.known()
TimeExpression ArticleDateExpression(const PublicationDate& published, std::string rule);
// The same as an upper bound (TimexMod::kOnOrBefore): for what the article relays from another
// outlet, whose report appeared on or before the article's date ("by 18 Mar 2026").
TimeExpression ArticleDateBound(const PublicationDate& published, std::string rule);

}  // namespace extract
}  // namespace newsline

#endif  // NEWSLINE_LIB_EXTRACT_EVENTS_EVENTS_H_

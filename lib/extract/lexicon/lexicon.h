// The extraction lexicons — attribution cues, hedges, negations, speaker words, event triggers,
// relay (attribution-chain) cues and claim topics — compiled into phrase matchers over tokens.
//
// All the words the claim and event rules react to live in lexicon.cc (the built-in tables) or
// in a domain pack's "lexicon", "event_triggers" and "topics" sections; no rule file holds its
// own string literals for them. See docs/extraction.md for the pack format.
#ifndef NEWSLINE_LIB_EXTRACT_LEXICON_LEXICON_H_
#define NEWSLINE_LIB_EXTRACT_LEXICON_LEXICON_H_

#include <cstddef>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <set>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/lexicon/extractor_tokens.h"
#include "newsline/status.h"

namespace newsline {
namespace extract {

// A set of token phrases, each with an integer payload. A phrase is written as space-separated
// lowercase words; a word ending in '*' matches any token with that prefix ("violat*"); "'s"
// and "n't" are single tokens, as the tokenizer produces them.
// Thread-safety: const methods are safe to call concurrently.
class PhraseSet {
 public:
  // Adds a phrase; later additions of the same phrase replace the payload.
  void Add(std::string_view phrase, int payload);
  // The longest phrase starting at tokens[i]; returns its length in tokens (0 when none).
  size_t MatchAt(const std::vector<Token>& tokens, size_t i, int* payload) const;
  bool empty() const { return size_ == 0; }
  // True when the pattern word matches the token ("violat*" matches "violates").
  static bool WordMatches(const std::string& pattern, const std::string& token);

 private:
  struct Entry {
    std::vector<std::string> words;
    int payload = 0;
  };
  size_t MatchEntry(const Entry& e, const std::vector<Token>& tokens, size_t i) const;
  std::unordered_map<std::string, std::vector<Entry>> by_first_;  // exact first word
  std::vector<Entry> prefixed_;                                   // first word ends in '*'
  size_t size_ = 0;
};

// Closed classes of single words the claim rules test a token against (Lexicon::Is).
enum class WordClass {
  kObjectPrepositions,  // a pronoun after one is an object, not a speaker ("for them")
  kAuxiliaries,         // a verb between a speaker and a later cue ("is", "could", "did")
  kClauseVerbs,         // a finite verb soon after a cue: a clause follows ("maintains its deal is ...")
  kElidedAuxiliaries,   // all a content holds after its first word when elliptical ("it did not")
  kSpeakerStops,        // a finite verb inside a speaker phrase, not at its end, makes it no speaker
  kDanglingEnds,        // words a content never ends on ("and", "that", "because")
  kSubordinators,       // openers of an adverbial clause ("because", "if", "although")
  kAfterCueNoun,        // after a cue that is also a noun, the noun reading ("the dispute has", "claims of")
  kStanceVerbs,         // verbs of a stance holder ("regard*", "reject*"; prefixes)
  kSubjectlessOpeners,  // an auxiliary opening a content that lost its subject ("was drafted")
  kClauseOpeners,       // a cue after one is inside a subordinate clause ("after the AP reported")
  kModals,              // "may", "could": before a cue, a speaker only supposes
  kPriorMarkers,        // "existing", "previous": an earlier event named in passing ("their existing deal")
  kOutletDescriptors,   // "the newspaper said": a common noun standing for the outlet last cited
  kComplementizers,     // "that": opens a content clause after a cue, or is a determiner ("that figure")
  kCount
};

// How an attribution cue finds its speaker and content.
enum class CueKind {
  kVerb,         // "X said/claims/maintains (that) C", "C, X said", "“C,” said X"
  kView,         // "X is of the view/opinion that C", "their view is that C"
  kAccordingTo,  // "according to X, C", "as per X, C"
  kPassive,      // "C reportedly ...", "X is said to C", "estimated at": no speaker named
};

struct CueInfo {
  CueKind kind = CueKind::kVerb;
  bool inverts = false;         // "refutes", "disputes", "denies": the speaker rejects the content
  bool blocked = false;         // a longer phrase that is not a cue ("may consider legal options")
  bool outlet_subject = false;  // "X reported": the subject is a publisher
  bool needs_that = false;  // a cue only when a clause follows ("maintains that", not "maintain its lead")
  bool takes_listener = false;  // "told the FT that ...": the phrase after the cue is the listener
  bool value_only = false;      // "valued at": a claim only when it states a value-topic quantity
  bool name_after = false;      // "per": a cue only when a capitalized name follows ("per Bloomberg")
};

// Where a relay cue names the outlet: "first reported by X" (after), "X reported" (before).
enum class RelayKind { kOutletAfter, kOutletBefore };

// A claim topic: a normalized key and the words that signal it. For a stance topic the
// `asserts` / `denies` words carry the polarity of the topic's proposition ("breaches" vs
// "compliant"); a value topic groups claims by the quantity they state.
struct TopicDef {
  std::string id;
  std::string label;
  std::string proposition;  // what "asserts" means, e.g. "the AWS arrangement breaches ..."
  bool value_topic = false;
  PhraseSet terms;                          // neutral signals (payload unused)
  PhraseSet asserts;                        // support the proposition
  PhraseSet denies;                         // contradict it
  std::vector<std::string> entities;        // any of these entity ids must be in the sentence
  std::vector<std::string> quantity_words;  // value topics: the quantity must qualify one of these
  int min_score = 1;
};

// The compiled lexicons. Built-in tables first; a domain pack adds to them.
// Thread-safety: immutable after construction/Extend; const methods are thread-safe.
class Lexicon {
 public:
  // The built-in English lexicon (no topics).
  Lexicon();

  // Adds a domain pack's sections (any may be null). Returns InvalidArgument naming the JSON
  // path of the first malformed entry ("lexicon.cues[2].kind: expected verb|view|...").
  Status Extend(const nlohmann::json* lexicon, const nlohmann::json* event_triggers,
                const nlohmann::json* topics);

  // Payload indexes into cue_infos(), event_types() etc.
  const PhraseSet& cues() const { return cues_; }
  const CueInfo& cue_info(int payload) const { return cue_infos_[payload]; }
  // Payload kReportHedge: a hedge that passes on a report ("reportedly", "according to reports").
  const PhraseSet& hedges() const { return hedges_; }
  static constexpr int kReportHedge = 1;
  static constexpr int kUnnamedReportHedge = 2;  // "reportedly", "according to reports"
  static constexpr int kUnnamedSourceHedge = 3;  // "sources say", "people familiar with"
  bool IsReportHedge(std::string_view phrase) const;
  const PhraseSet& negations() const { return negations_; }
  const PhraseSet& affirmations() const { return affirmations_; }  // "not ruling out"
  const PhraseSet& unnamed_speakers() const { return unnamed_; }
  // Payload: 0 = singular person (he/she), 1 = plural (they/the companies), 2 = organization
  // ("the company", "the start-up"), 3 = possessive ("their", "his").
  const PhraseSet& pronouns() const { return pronouns_; }
  const PhraseSet& clause_boundaries() const { return clause_boundaries_; }
  // Where an event's participants stop ("because", ";"; payload 1: only after the trigger, "said").
  const PhraseSet& participant_barriers() const { return participant_barriers_; }
  const PhraseSet& conditionals() const { return conditionals_; }
  // Before an event trigger: "will", "plans to", "is weighing", "could", "reportedly". Payload:
  // Factuality.
  const PhraseSet& factuality_cues() const { return factuality_cues_; }
  const PhraseSet& progressive_auxiliaries() const { return progressive_auxiliaries_; }
  const PhraseSet& questions() const { return questions_; }
  const PhraseSet& report_nouns() const { return report_nouns_; }
  // Payload: RelayKind.
  const PhraseSet& relays() const { return relays_; }
  const PhraseSet& stop_words() const { return stop_words_; }
  const PhraseSet& enumeration_cues() const { return enumeration_; }
  // Event triggers: payload indexes event_types(); an empty type blocks ("signed off").
  const PhraseSet& triggers() const { return triggers_; }
  const std::string& event_type(int payload) const { return event_types_[payload]; }
  // Noun triggers ("deal", "agreement") only fire with an amount or an action verb.
  bool trigger_needs_support(int payload) const { return trigger_needs_support_[payload]; }
  // The trigger's lemma family ("death" and "died": "die"); "" for a phrase without one.
  const std::string& trigger_lemma(int payload) const { return trigger_lemmas_[payload]; }
  // How a lemma family's form reads: a verb ("killed"), a noun ("death"), or either ("attack").
  enum class TriggerForm { kNoun, kVerb, kEither };
  TriggerForm trigger_form(int payload) const { return trigger_forms_[payload]; }
  // Whether the subject of the trigger's verb undergoes the event rather than doing it ("the
  // actress died", "the plane crashed": unaccusative verbs).
  bool subject_undergoes(int payload) const { return undergoer_lemmas_.count(trigger_lemmas_[payload]) > 0; }
  // Words that make a verb trigger passive before it ("was", "been", "got"), and the adverbs
  // that may stand between ("was fatally shot", "has not been charged").
  const PhraseSet& passive_auxiliaries() const { return passive_auxiliaries_; }
  const PhraseSet& voice_skips() const { return voice_skips_; }
  // "killing" (a progressive: "was killing" is active), "fatally" (an adverb).
  static bool IsProgressive(const std::string& word);
  static bool IsAdverb(const std::string& word);
  // Payload: what the word before a participant's name says of its general role.
  static constexpr int kAgentMarker = 1, kPatientMarker = 2, kModifierLead = 3;
  const PhraseSet& role_markers() const { return role_markers_; }
  // "nothing", "little": a speech verb's object that makes no claim ("said nothing after ...").
  const PhraseSet& empty_objects() const { return empty_objects_; }
  // "the", "his", "'s": before a noun-or-verb form, the noun ("the attack").
  const PhraseSet& determiners() const { return determiners_; }
  const PhraseSet& action_verbs() const { return action_verbs_; }
  // Whether token k is a word of the class.
  bool Is(WordClass c, const std::vector<Token>& t, size_t k) const {
    return k < t.size() && word_classes_[static_cast<size_t>(c)].MatchAt(t, k, nullptr) == 1;
  }
  // Event types people and places take part in (killing, arrest, appointment), not only
  // organizations (investment, agreement).
  bool PeopleTakePart(const std::string& type) const { return people_take_part_.count(type) > 0; }
  // Payload 0: present or progressive ("is weighing", "now"); 1: a longer phrase that is not
  // ("is to buy": a plan).
  const PhraseSet& present_markers() const { return present_markers_; }
  // Finite verbs and auxiliaries that open a clause ("announced", "was", "said").
  const PhraseSet& clause_verbs() const { return clause_verbs_; }
  const PhraseSet& prepositions() const { return prepositions_; }
  // Auxiliaries and adverbs between a speaker and its cue ("Microsoft reportedly believes").
  const PhraseSet& speaker_skips() const { return speaker_skips_; }
  // Words after a sentence-final cue that do not start new content (", citing sources").
  const PhraseSet& trailers() const { return trailers_; }
  // Words that open an adjunct after a cue; payload 1: a time determiner that needs a
  // time_nouns() word after it ("last December").
  const PhraseSet& adjunct_starts() const { return adjunct_starts_; }
  const PhraseSet& time_nouns() const { return time_nouns_; }
  // Auxiliaries that show a clause after an adjunct ("said in 2019 it was ...").
  const PhraseSet& finite_auxiliaries() const { return finite_auxiliaries_; }
  // Roles: payload 0 = subject-side preposition for legal targets ("against"), 1 = investee ("in").
  const PhraseSet& role_prepositions() const { return role_prepositions_; }
  // Words that make an unresolved speaker phrase a person ("a person familiar", "the analyst").
  const PhraseSet& person_words() const { return person_words_; }
  // Organizations and bodies named by a common noun that speak in news ("the ministry said",
  // "the airline said", "the court ruled that").
  const PhraseSet& speaking_bodies() const { return speaking_bodies_; }
  // Words that open a relative clause after a name ("DiCaprio, who earned ..., said").
  const PhraseSet& relative_openers() const { return relative_openers_; }
  // Coordinating conjunctions: a content that opens with one is the rest of something else.
  const PhraseSet& coordinators() const { return coordinators_; }
  // Articles dropped from the start of a name ("The New Republic" -> "New Republic"; "New" stays).
  const PhraseSet& name_articles() const { return name_articles_; }
  // Words that mark a name as a news outlet when no pack lists outlets ("Financial Times").
  const PhraseSet& media_words() const { return media_words_; }
  const PhraseSet& speaker_leads() const { return speaker_leads_; }
  const PhraseSet& amount_links() const { return amount_links_; }
  // "grow", "expand", "increase": their "to <amount>" is a target (see IsChangeTarget).
  const PhraseSet& change_verbs() const { return change_verbs_; }
  const std::vector<TopicDef>& topics() const { return topics_; }

 private:
  // The three parts of a pack Extend reads: "lexicon", "event_triggers", "topics".
  Status ExtendWords(const nlohmann::json& lexicon);
  Status ExtendTriggers(const nlohmann::json& event_triggers);
  Status ExtendTopics(const nlohmann::json& topics);
  int AddCue(std::string_view phrase, CueInfo info);
  int AddTrigger(std::string_view phrase, std::string type, bool needs_support, std::string lemma = "",
                 TriggerForm form = TriggerForm::kNoun);
  void AddLemmaFamily(std::string_view lemma, const std::string& type, std::string_view forms, std::string_view nouns,
                      bool bare);

  PhraseSet cues_;
  std::vector<CueInfo> cue_infos_;
  PhraseSet hedges_, negations_, affirmations_, unnamed_, pronouns_, clause_boundaries_, conditionals_,
      questions_, report_nouns_, relays_, stop_words_, enumeration_, triggers_, action_verbs_,
      present_markers_, speaker_skips_, trailers_, role_prepositions_, person_words_, media_words_,
      speaker_leads_, amount_links_, clause_verbs_, prepositions_, change_verbs_, factuality_cues_,
      progressive_auxiliaries_, speaking_bodies_, relative_openers_, coordinators_, name_articles_,
      adjunct_starts_, time_nouns_, finite_auxiliaries_, participant_barriers_, passive_auxiliaries_,
      voice_skips_, determiners_, role_markers_, empty_objects_;
  std::vector<std::string> event_types_;
  std::vector<bool> trigger_needs_support_;
  std::vector<std::string> trigger_lemmas_;
  std::vector<TriggerForm> trigger_forms_;
  PhraseSet word_classes_[static_cast<size_t>(WordClass::kCount)];
  std::set<std::string> undergoer_lemmas_;
  std::vector<TopicDef> topics_;
  std::set<std::string> people_take_part_;
};

}  // namespace extract
}  // namespace newsline

#endif  // NEWSLINE_LIB_EXTRACT_LEXICON_LEXICON_H_

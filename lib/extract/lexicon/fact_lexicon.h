// The words behind the fact layer, as data: which words name what a figure measures (its
// attribute), which words frame it (pre-money, upfront, in total, per year), and how the
// attribute is said to a reader. A domain pack may add rows ("fact_attributes" section).
#ifndef NEWSLINE_LIB_EXTRACT_LEXICON_FACT_LEXICON_H_
#define NEWSLINE_LIB_EXTRACT_LEXICON_FACT_LEXICON_H_

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "extract/lexicon/lexicon.h"
#include "newsline/entities.h"
#include "newsline/status.h"

namespace newsline {
namespace extract {

// Where an attribute cue stands relative to the figure.
enum class CueSide {
  kBefore,  // "valued at $300 billion", "killing 4", "a magnitude 6.1"
  kAfter,   // "4 dead", "6.1 on the Richter scale", "a 10% stake"
  kNoun,    // the noun the figure counts or qualifies: "5,000 employees", "$50 billion investment"
};

// Kinds of figure a cue applies to, as bits.
enum FigureKinds : unsigned {
  kFigMoney = 1u << 0,
  kFigCount = 1u << 1,
  kFigPercent = 1u << 2,
  kFigNumber = 1u << 3,
  kFigDuration = 1u << 4,
  kFigPower = 1u << 5,
  kFigAny = 0xffu,
};
unsigned FigureKindBit(QuantityKind kind);

struct AttributeCue {
  std::string attribute;  // "valuation", "death_toll", "share_price_move", ...
  unsigned kinds = kFigAny;
  int direction = 0;      // -1 "fell", +1 "rose", 0 none
  int rank = 1;           // 2: an event verb that beats the counted noun ("4 people were killed")
};

// The compiled fact lexicon. Built-in tables first; a domain pack adds to them.
// Thread-safety: immutable after construction/Extend; const methods are thread-safe.
class FactLexicon {
 public:
  FactLexicon();
  // Adds a pack's "fact_attributes": [{"phrase", "attribute", "side": "before|after|noun",
  // "kinds": ["money", ...]}]. InvalidArgument names the JSON path of a malformed row.
  Status Extend(const nlohmann::json* fact_attributes);

  const PhraseSet& cues(CueSide side) const { return cues_[static_cast<int>(side)]; }
  const AttributeCue& cue(int payload) const { return cue_rows_[payload]; }
  // Frames: payload indexes frame_name(); "pre-money", "upfront", "total", "per year", ...
  const PhraseSet& frames() const { return frames_; }
  const std::string& frame_name(int payload) const { return frame_names_[payload]; }
  // Words between a figure and an after-cue that do not stop the search ("were", "have been").
  const PhraseSet& after_skips() const { return after_skips_; }
  // "of the", "out of": a figure before one is a part of the figure after ("two of the three").
  const PhraseSet& partitive_links() const { return partitive_links_; }
  // Relative pronouns after a comma that keep the name before it the subject ("Microsoft, which").
  const PhraseSet& relatives() const { return relatives_; }
  // Definite determiners before a count that refer back ("the two companies", "its three units").
  const PhraseSet& determiners() const { return determiners_; }
  // Modals that make the figure hypothetical ("could cost", "would pay").
  const PhraseSet& modals() const { return modals_; }
  // Units of measurement after a number ("7 km", "13 nautical miles", "15 seconds"): payload
  // indexes measure().
  struct Measure {
    std::string attribute;  // "distance", "duration", "weight", "area", "speed"
    std::string unit;       // "km", "nmi", "s", ...
  };
  const PhraseSet& measures() const { return measures_; }
  const Measure& measure(int payload) const { return measure_rows_[payload]; }
  // Prepositions that give a subject its role after the figure: payload indexes role_name().
  const PhraseSet& role_prepositions() const { return roles_; }
  const std::string& role_name(int payload) const { return role_names_[payload]; }
  // Attributes too general to compare without a subject ("amount", "count:people"): two such
  // figures about nothing named are rarely about the same thing.
  bool IsGeneric(const std::string& attribute) const;
  // Attributes whose subjects are parties alike ("deal_value": Amazon's deal with OpenAI is
  // OpenAI's deal with Amazon).
  bool IsSymmetric(const std::string& attribute) const;
  // How an attribute reads ("death_toll" -> "death toll"); the attribute with '_' as ' ' when
  // no row says otherwise.
  std::string Label(const std::string& attribute) const;

 private:
  int AddCue(CueSide side, const std::string& phrase, AttributeCue cue);

  PhraseSet cues_[3];
  std::vector<AttributeCue> cue_rows_;
  PhraseSet frames_;
  std::vector<std::string> frame_names_;
  PhraseSet after_skips_, modals_, roles_, measures_, determiners_, relatives_, partitive_links_;
  std::vector<Measure> measure_rows_;
  std::vector<std::string> role_names_;
};

}  // namespace extract
}  // namespace newsline

#endif  // NEWSLINE_LIB_EXTRACT_LEXICON_FACT_LEXICON_H_

// Tests for sentence splitting: ICU plus abbreviation merges and missing-space splits.
#include "text/sentences.h"

#include <gtest/gtest.h>

#include <string>

namespace newsline {
namespace text {
namespace {

// Sentences joined with " | ".
std::string Split(SentenceSplitter* splitter, const std::string& text) {
  std::string out;
  for (const Span& s : splitter->SplitRange(text, {0, static_cast<uint32_t>(text.size())})) {
    if (!out.empty()) out += " | ";
    out += std::string(s.Of(text));
  }
  return out;
}

struct SplitCase {
  const char* text;
  const char* expected;
};

TEST(SentencesTest, SplitsAndMerges) {
  SentenceSplitter splitter;
  ASSERT_TRUE(splitter.ok()) << splitter.error();
  const SplitCase cases[] = {
      {"Microsoft sued. OpenAI denied it.", "Microsoft sued. | OpenAI denied it."},
      {"The U.S. Treasury said so. Markets rose.", "The U.S. Treasury said so. | Markets rose."},
      {"Shares of Apple Inc. Chief Executive Tim Cook rose.", "Shares of Apple Inc. Chief Executive Tim Cook rose."},
      {"Dr. Smith and Mr. Jones met. They talked.", "Dr. Smith and Mr. Jones met. | They talked."},
      {"It closed on Jan. 5 in New York. Then it reopened.", "It closed on Jan. 5 in New York. | Then it reopened."},
      {"John F. Kennedy spoke. The crowd cheered.", "John F. Kennedy spoke. | The crowd cheered."},
      {"It was signed in the U.K. Later it lapsed.", "It was signed in the U.K. Later it lapsed."},
      // Missing space after a period (seed 001).
      {"living up to [its] legal obligation.\"The report also claims that.",
       "living up to [its] legal obligation.\" | The report also claims that."},
      {"practices with Azure.OpenAI refutes that.", "practices with Azure. | OpenAI refutes that."},
      {"offered as an API.To avoid making Microsoft angry.", "offered as an API. | To avoid making Microsoft angry."},
      // Not a missing space: domains, decimals, initials.
      {"Visit Amazon.com today. It is 5.93 mln.", "Visit Amazon.com today. | It is 5.93 mln."},
      {"He said \"We will sue them. If they breach it.\" Then left.",
       "He said \"We will sue them. | If they breach it.\" | Then left."},
      {"Is it legal? Nobody knows!", "Is it legal? | Nobody knows!"},
      {"No terminal punctuation here", "No terminal punctuation here"},
  };
  for (const SplitCase& c : cases) EXPECT_EQ(Split(&splitter, c.text), c.expected) << c.text;
}

TEST(SentencesTest, AbbreviationRule) {
  EXPECT_TRUE(EndsWithAbbreviation("talks with the U.S.", "Treasury"));
  EXPECT_TRUE(EndsWithAbbreviation("led by Dr.", "Smith"));
  EXPECT_TRUE(EndsWithAbbreviation("on Jan.", "5, 2026"));
  EXPECT_FALSE(EndsWithAbbreviation("it ends in Jan.", "The next"));
  EXPECT_FALSE(EndsWithAbbreviation("The company said.", "It"));
  EXPECT_FALSE(EndsWithAbbreviation("No exceptions.", "That"));
}

TEST(SentencesTest, ParagraphsNeverShareASentence) {
  SentenceSplitter splitter;
  const std::string text = "Summary\n\nMicrosoft is contemplating legal action\n\nIt said so. Then stopped.";
  std::vector<Paragraph> paragraphs = {{{0, 7}}, {{9, 48}}, {{50, static_cast<uint32_t>(text.size())}}};
  std::vector<Sentence> sentences = splitter.Split(text, paragraphs);
  ASSERT_EQ(sentences.size(), 4u);
  EXPECT_EQ(sentences[0].span.Of(text), "Summary");
  EXPECT_EQ(sentences[1].span.Of(text), "Microsoft is contemplating legal action");
  EXPECT_EQ(sentences[1].paragraph, 1u);
  EXPECT_EQ(sentences[3].span.Of(text), "Then stopped.");
  EXPECT_EQ(sentences[3].paragraph, 2u);
}

}  // namespace
}  // namespace text
}  // namespace newsline

// VisitDataStrings: every string of a stored JSON with its path, without building the tree.
#include "query/data_strings.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsline {
namespace {

std::vector<std::string> Visited(const std::string& data, bool* ok = nullptr) {
  std::vector<std::string> out;
  bool parsed = VisitDataStrings(data, [&out](std::string_view path, size_t element, std::string& value) {
    out.push_back(std::string(path) + "[" + std::to_string(element) + "]=" + value);
  });
  if (ok) *ok = parsed;
  return out;
}

TEST(DataStringsTest, NamesEachStringByItsPathAndOuterElement) {
  const std::string data = R"({"kind":"fact","article":{"id":"a-1","offsets":[1,2,[3]],"title":"T"},)"
                           R"("facts":[{"fact":{"label":"deal value","value":{"amount":3,"text":"$3bn"},)"
                           R"("subjects":[{"name":"Contoso"}]},"sentence_text":"S1"},)"
                           R"({"sentence_text":"S2","fact":{"label":"toll"}}],"note":null,"ok":true})";
  bool ok = false;
  const std::vector<std::string> expected = {
      "kind[0]=fact",
      "article/id[0]=a-1",
      "article/title[0]=T",
      "facts/#/fact/label[0]=deal value",
      "facts/#/fact/value/text[0]=$3bn",
      "facts/#/fact/subjects/#/name[0]=Contoso",
      "facts/#/sentence_text[0]=S1",
      "facts/#/sentence_text[1]=S2",
      "facts/#/fact/label[1]=toll",
  };
  EXPECT_EQ(Visited(data, &ok), expected);
  EXPECT_TRUE(ok);
}

TEST(DataStringsTest, BadJsonIsReportedNotThrown) {
  bool ok = true;
  EXPECT_EQ(Visited(R"({"a":"x","b":)", &ok), std::vector<std::string>{"a[0]=x"});
  EXPECT_FALSE(ok);
  EXPECT_TRUE(Visited("\xff\xfe{", &ok).empty());
  EXPECT_FALSE(ok);
  EXPECT_TRUE(Visited("", &ok).empty());
  EXPECT_FALSE(ok);
  // Escapes are decoded.
  EXPECT_EQ(Visited(R"({"t":"a\"b\u00e9"})"), std::vector<std::string>{"t[0]=a\"b\xc3\xa9"});
}

}  // namespace
}  // namespace newsline

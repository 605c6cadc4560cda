// Each input format read from a fixture written for it: what each field maps to.
#include <gtest/gtest.h>

#include "ingest/ingest_testutil.h"
#include "newsline/ingest.h"

namespace newsline {
namespace {

using testing::IngestData;
using testing::ReadAll;
using testing::Sentences;

// "title | outlet[origin] | published[origin] | author | url" for compact comparisons.
std::string Meta(const Article& a) {
  std::string date = a.published.known() ? a.published.interval.begin.ToString() : "undated";
  return a.title + " | " + a.outlet + "[" + FieldOriginName(a.outlet_origin) + "] | " + date + "[" +
         FieldOriginName(a.published.origin) + "] | " + a.author + " | " + a.url;
}

TEST(FormatsTest, HeaderText) {
  std::vector<IngestItem> items = ReadAll({IngestData("header.txt")});
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].ok()) << items[0].failure.ToString();
  const Article& a = items[0].article;
  EXPECT_EQ(a.format, SourceFormat::kHeaderText);
  EXPECT_EQ(Meta(a), "Microsoft weighs legal action over OpenAI's AWS deal | Example Wire[header] | "
                     "2026-03-03[header] | Jane Doe | https://example.com/news/msft-openai");
  EXPECT_EQ(a.title_origin, FieldOrigin::kHeader);
  EXPECT_EQ(a.published.raw, "2026-03-03T10:15:00+01:00");
  EXPECT_EQ(a.tags.at("section"), std::vector<std::string>{"Technology"});
  EXPECT_EQ(Sentences(a),
            "Microsoft is weighing legal action against OpenAI and Amazon, people familiar with the matter said. | "
            "The company declined to comment. | Shares of Microsoft Corp. fell 1% on Tuesday.");
  EXPECT_EQ(a.boilerplate_removed, 1u);
  // Offsets map into the file (after the header block).
  const std::string file = testing::ReadFile(IngestData("header.txt"));
  const uint32_t shares = static_cast<uint32_t>(a.text.find("Shares"));
  EXPECT_EQ(a.offsets.ToOriginal(shares), file.find("Shares"));
}

TEST(FormatsTest, JsonObject) {
  std::vector<IngestItem> items = ReadAll({IngestData("article.json")});
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].ok()) << items[0].failure.ToString();
  const Article& a = items[0].article;
  EXPECT_EQ(a.format, SourceFormat::kJson);
  EXPECT_EQ(Meta(a), "OpenAI \"Frontier\" deal draws scrutiny | Example Times[json] | 2026-03-03[json] | "
                     "A. Writer, B. Reporter | https://example.org/frontier");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(Sentences(a), "Amazon Web Services will host Frontier. | Microsoft says its contract requires API "
                          "access through Azure. | Dr. Smith of the U.S. Commerce Department declined to comment.");
  EXPECT_EQ(a.tags.at("keywords"), (std::vector<std::string>{"cloud", "ai"}));
}

TEST(FormatsTest, JsonWrapperArrayWithHtmlBody) {
  std::vector<IngestItem> items = ReadAll({IngestData("articles.json")});
  ASSERT_EQ(items.size(), 3u);
  ASSERT_TRUE(items[0].ok());
  EXPECT_EQ(Meta(items[0].article), "First story | Wire One[json] | 2026-02-27[json] |  | https://one.example/1");
  EXPECT_EQ(items[0].article.locator, "record 1");
  EXPECT_EQ(Sentences(items[0].article), "Microsoft said on Monday it was reviewing the deal. | Amazon declined to comment.");
  EXPECT_FALSE(items[1].ok());
  EXPECT_EQ(items[1].failure.message(), IngestData("articles.json") + ": record 2: expected a JSON object");
  ASSERT_TRUE(items[2].ok());
  EXPECT_EQ(Meta(items[2].article), "Third story | Wire Two[json] | 2026-03-04[json] | C. Author | ");
}

TEST(FormatsTest, JsonLines) {
  std::vector<IngestItem> items = ReadAll({IngestData("articles.jsonl")});
  std::vector<std::string> summary;
  for (const IngestItem& item : items) {
    summary.push_back(item.ok() ? item.locator + " ok " + item.article.title : item.failure.message());
  }
  const std::string path = IngestData("articles.jsonl");
  EXPECT_EQ(summary, (std::vector<std::string>{
                         "line 1 ok Line one",
                         "line 3 ok Line three",
                         path + ":4: expected a JSON object",
                         path + ":5: invalid JSON: unexpected end of input",
                         path + ":6: no body text (expected one of the fields body, text, content, maintext, "
                                "articleBody)",
                         "line 7 ok ",
                     }));
  EXPECT_EQ(items[0].article.format, SourceFormat::kJsonLines);
  EXPECT_EQ(items[1].article.published.interval.begin.ToString(), "2026-03-05");
}

TEST(FormatsTest, Html) {
  std::vector<IngestItem> items = ReadAll({IngestData("page.html")});
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].ok()) << items[0].failure.ToString();
  const Article& a = items[0].article;
  EXPECT_EQ(a.format, SourceFormat::kHtml);
  EXPECT_EQ(Meta(a), "Microsoft and OpenAI clash over cloud deal | Example News[html-meta] | 2026-03-02[json-ld] | "
                     "Pat Reporter | https://news.example/msft-openai");
  EXPECT_EQ(a.language, "en");
  // Navigation, share bar, ad, figure, comments, sidebar and footer are gone; the <h1> repeat too.
  EXPECT_EQ(Sentences(a),
            "Microsoft is considering legal action against OpenAI and Amazon over a $50 billion cloud deal, the "
            "Financial Times reported. | The dispute centres on Frontier, OpenAI's enterprise platform. | \"We know "
            "our contract,\" a person familiar with the matter said. | Talks between the three companies continue.");
  EXPECT_EQ(a.paragraphs.size(), 3u);
}

TEST(FormatsTest, HtmlToTextSkipsFurniture) {
  std::vector<Article> articles =
      ReadArticlesFromString("<html><body><main><p>Deal signed.</p><div class=\"newsletter-signup\">Sign up</div>"
                             "<div role=\"navigation\">Menu</div><p>More&nbsp;text.</p></main></body></html>",
                             "inline.html")
          .value();
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].text, "Deal signed.\n\nMore text.");
}

TEST(FormatsTest, ReutersSgml) {
  std::vector<IngestItem> items = ReadAll({IngestData("reuters_sample.sgm")});
  ASSERT_EQ(items.size(), 4u);
  ASSERT_TRUE(items[0].ok()) << items[0].failure.ToString();
  const Article& a = items[0].article;
  EXPECT_EQ(a.format, SourceFormat::kReutersSgml);
  EXPECT_EQ(a.locator, "NEWID=101");
  EXPECT_EQ(Meta(a), "ACME <ACM> TO BUY WIDGET CO | Reuters[sgml] | 1987-03-05[sgml] | Jane Smith | ");
  EXPECT_EQ(a.published.raw, " 5-MAR-1987 09:24:07.62");
  EXPECT_EQ(a.tags.at("topics"), (std::vector<std::string>{"acq", "earn"}));
  EXPECT_EQ(a.tags.at("people"), std::vector<std::string>{"volcker"});
  EXPECT_EQ(a.tags.at("orgs"), std::vector<std::string>{"fed"});
  EXPECT_EQ(a.tags.at("exchanges"), std::vector<std::string>{"nyse"});
  EXPECT_EQ(a.tags.at("dateline"), std::vector<std::string>{"NEW YORK, March 5"});
  // Hard-wrapped lines joined; an indented line starts a paragraph; "Reuter" signature dropped.
  EXPECT_EQ(a.text, "Acme Corp <ACM> said it agreed to buy Widget Co for 50 mln dlrs, the U.S. company said.\n\n"
                    "The deal, priced at 12 dlrs a share, is subject to regulatory approval. Smith & Co advised Acme.");
  EXPECT_EQ(a.sentences.size(), 3u);

  // TYPE="BRIEF": title only; junk after the time in DATE.
  ASSERT_TRUE(items[1].ok());
  EXPECT_EQ(items[1].article.title, "BRITISH RATES STEADY");
  EXPECT_TRUE(items[1].article.text.empty());
  EXPECT_EQ(items[1].article.published.interval.begin.ToString(), "1987-03-27");

  // TYPE="UNPROC": the first line is the headline; an impossible time still gives the day; the raw
  // 0xFC byte is repaired (Windows-1252) and counted.
  ASSERT_TRUE(items[2].ok());
  EXPECT_EQ(items[2].article.title, "LAWSON SEES GROWTH");
  EXPECT_EQ(items[2].article.published.interval.begin.ToString(), "1987-03-31");
  EXPECT_EQ(items[2].article.repaired_bytes, 1u);
  EXPECT_EQ(items[2].article.text, "Lawson said world economic growth.\xc3\xbc was satisfactory.");

  // An empty UNPROC record is a failure naming the record.
  EXPECT_FALSE(items[3].ok());
  EXPECT_EQ(items[3].failure.message(), IngestData("reuters_sample.sgm") + ": NEWID=104: no body text");
}

TEST(FormatsTest, SniffsContentNotExtension) {
  // JSON content in a .txt file, HTML in a file without extension, header text in .md-less name.
  auto json = ReadArticlesFromString("{\"title\": \"T\", \"text\": \"Body text here.\"}", "misnamed.txt");
  ASSERT_TRUE(json.ok()) << json.status().ToString();
  EXPECT_EQ(json->at(0).format, SourceFormat::kJson);
  auto html = ReadArticlesFromString("<!doctype html><html><body><p>Hello world.</p></body></html>", "page");
  ASSERT_TRUE(html.ok());
  EXPECT_EQ(html->at(0).format, SourceFormat::kHtml);
  auto sgml = ReadItemsFromString(testing::ReadFile(IngestData("reuters_sample.sgm")), "x.dat");
  ASSERT_EQ(sgml.size(), 4u);
  EXPECT_EQ(sgml[0].article.format, SourceFormat::kReutersSgml);
}

TEST(FormatsTest, ManifestCsvCompletesAndOverrides) {
  IngestOptions options;
  options.manifest_path = IngestData("manifest.csv");
  std::vector<IngestItem> items = ReadAll({IngestData("seed_like.txt"), IngestData("header.txt")}, options);
  ASSERT_EQ(items.size(), 2u);
  ASSERT_TRUE(items[0].ok());
  const Article& a = items[0].article;
  EXPECT_EQ(Meta(a), "Microsoft, OpenAI and the \"Frontier\" deal | Manifest Daily[manifest] | 2026-03-01[manifest] |  | "
                     "https://manifest.example/a");
  EXPECT_EQ(a.title_origin, FieldOrigin::kManifest);
  // Only the outlet is overridden for header.txt; the rest comes from the file.
  ASSERT_TRUE(items[1].ok());
  EXPECT_EQ(items[1].article.outlet, "Override Wire");
  EXPECT_EQ(items[1].article.published.origin, FieldOrigin::kHeader);
  // The id follows the (new) title.
  EXPECT_EQ(a.id, ArticleId(a.title, a.text));
}

TEST(FormatsTest, SharedManifest) {
  auto manifest = std::make_shared<Manifest>();
  ASSERT_TRUE(LoadManifest(IngestData("manifest.json"), manifest.get()).ok());
  IngestOptions options;
  options.manifest = manifest;
  ArticleReader reader({IngestData("seed_like.txt")}, options);
  IngestItem item;
  ASSERT_TRUE(reader.Next(&item));
  ASSERT_TRUE(item.ok());
  EXPECT_EQ(Meta(item.article), "From the JSON manifest | JSON Manifest News[manifest] | 2026-03-02[manifest] |  | ");
  EXPECT_EQ(reader.counters().manifest_applied, 1u);
}

TEST(FormatsTest, ManifestJson) {
  Manifest manifest;
  ASSERT_TRUE(LoadManifest(IngestData("manifest.json"), &manifest).ok());
  EXPECT_EQ(manifest.size(), 1u);
  ASSERT_NE(manifest.Find(IngestData("seed_like.txt")), nullptr);
  EXPECT_EQ(manifest.Find(IngestData("seed_like.txt"))->outlet, "JSON Manifest News");
  EXPECT_EQ(manifest.Find("elsewhere/other.txt"), nullptr);
  Manifest bad;
  Status s = ParseManifest("path,title\n\"unterminated,x\n", "m.csv", &bad);
  EXPECT_EQ(s.message(), "m.csv: line 2: unterminated quoted field");
  s = ParseManifest("title,outlet\nA,B\n", "m.csv", &bad);
  EXPECT_EQ(s.message(), "m.csv: line 1: expected a 'path' column in the header row");
  IngestOptions options;
  options.manifest_path = IngestData("missing-manifest.csv");
  ArticleReader reader({IngestData("header.txt")}, options);
  EXPECT_FALSE(reader.ok());
  EXPECT_TRUE(reader.status().IsNotFound());
}

}  // namespace
}  // namespace newsline

// Links the installed library and uses its public API end to end: ingest an article from a
// string, extract its claims, and compare them.
#include <newsline/newsline.h>

#include <iostream>

int main() {
  auto day = newsline::Day::Parse("2026-02-27");
  if (!day) return 1;
  auto articles = newsline::ReadArticlesFromString(
      "Title: Test\nOutlet: Example Wire\nPublished: 2026-03-18\n\n"
      "Microsoft said the arrangement breaches its agreement. OpenAI denies that it breaches the agreement.\n",
      "consumer.txt");
  if (!articles.ok() || articles->size() != 1) return 2;
  newsline::Extractor extractor;
  newsline::Annotations a = extractor.Extract(articles->front());
  newsline::Status s = newsline::Status::NotFound("nothing");
  std::cout << "newsline " << newsline::Version() << " " << day->ToString() << " " << s.ToString() << " claims="
            << a.claims.size() << "\n";
  return s.IsNotFound() && !a.claims.empty() ? 0 : 3;
}

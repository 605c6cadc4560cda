// newsline: study how one contested news story is reported across outlets.
//
// Ingest articles, extract dated events, entities and attributed claims, index them in Xapian,
// and compare what the sources say. A short tour (each step returns a Status or Result; no
// exception crosses the API):
//
//   #include <newsline/newsline.h>
//
//   // 1. Ingest, extract and index a folder of articles (any supported format).
//   newsline::PipelineOptions options;
//   options.domain_pack = "corpus/dispute-pack.json";
//   auto report = newsline::IndexPaths("news.db", {"corpus/articles"}, options);
//   if (!report.ok()) return report.status();            // e.g. the index is locked
//   for (const auto& f : report->failed) std::cerr << f.error << "\n";
//
//   // 2. Query it: claims about the breach question, compared across sources.
//   auto searcher = newsline::Searcher::Open({{"news.db"}});
//   newsline::SearchRequest request;
//   request.filters = {{"topic", "breach"}};
//   auto claims = (*searcher)->Claims(request);
//   newsline::Comparison c = newsline::CompareClaims(*claims);
//   for (const auto& topic : c.topics)
//     std::cout << topic.label << ": " << newsline::TopicRelationName(topic.relation) << "\n";
//
//   // 3. A timeline of merged events, with dates at their true granularity.
//   newsline::Timeline t = newsline::BuildTimeline(*(*searcher)->Events({}));
//   for (const auto& e : t.events) std::cout << newsline::DateLabel(e.date) << " " << e.summary << "\n";
//
// See docs/ for each part: ingestion, dates, entities, extraction, the index and the tool.
#ifndef NEWSLINE_NEWSLINE_H_
#define NEWSLINE_NEWSLINE_H_

#include "newsline/analysis.h"
#include "newsline/article.h"
#include "newsline/calendar.h"
#include "newsline/dates.h"
#include "newsline/domain_pack.h"
#include "newsline/duplicates.h"
#include "newsline/entities.h"
#include "newsline/entity_list.h"
#include "newsline/extraction.h"
#include "newsline/index.h"
#include "newsline/ingest.h"
#include "newsline/manifest.h"
#include "newsline/pipeline.h"
#include "newsline/query.h"
#include "newsline/records.h"
#include "newsline/report.h"
#include "newsline/status.h"
#include "newsline/version.h"

#endif  // NEWSLINE_NEWSLINE_H_

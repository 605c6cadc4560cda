// newsline: study how one contested news story is reported across outlets.
//
// Ingest articles, extract dated events, entities and attributed claims, index them in Xapian,
// and compare what the sources say. A short tour (each step returns a Status or Result; no
// exception crosses the API):
//
//   #include <newsline/newsline.h>
//
//   newsline::Day d = *newsline::Day::Parse("2026-03-18");
//   newsline::DayInterval late_feb{*newsline::Day::FromCivil(2026, 2, 20),
//                                  *newsline::Day::FromCivil(2026, 3, 1)};
//
// See docs/ for each part: ingestion, dates, entities, extraction, the index and the tool.
#ifndef NEWSLINE_NEWSLINE_H_
#define NEWSLINE_NEWSLINE_H_

#include "newsline/article.h"
#include "newsline/calendar.h"
#include "newsline/dates.h"
#include "newsline/entities.h"
#include "newsline/extraction.h"
#include "newsline/status.h"
#include "newsline/version.h"

#endif  // NEWSLINE_NEWSLINE_H_

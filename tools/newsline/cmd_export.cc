// `newsline export --tei DIR [QUERY]`: every indexed article (or those a query finds) as a TEI
// P5 file DIR/<article id>.xml with standoff annotation (newsline::ArticleToTei). The articles
// are annotated again from their stored text by the same extractor the index used (give --pack
// when the index was built with one).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "newsline/domain_pack.h"
#include "newsline/extraction.h"
#include "newsline/report.h"
#include "errors.h"
#include "format.h"
#include "output.h"
#include "query_options.h"

namespace newsline_tool {
namespace {

struct ExportArgs {
  std::string tei;
  std::string pack;
};

}  // namespace

RunFunction SetupExport(CLI::App* sub, const GlobalOptions* global) {
  auto options = std::make_shared<QueryOptions>();
  auto args = std::make_shared<ExportArgs>();
  options->AddTo(sub, /*paging=*/false, /*kinds=*/false);
  sub->add_option("--tei", args->tei, "Write one TEI P5 XML file per article into this folder")->required();
  sub->add_option("--pack", args->pack, "The domain pack the index was built with (entities, topics)");
  return [options, args, global] {
    newsline::SearchRequest request;
    int exit_code = kExitOk;
    auto searcher = PrepareQuery(*options, *global, &request, &exit_code);
    if (!searcher) return exit_code;
    std::unique_ptr<newsline::Extractor> extractor;
    if (args->pack.empty()) {
      extractor = std::make_unique<newsline::Extractor>();
    } else {
      newsline::DomainPack pack = newsline::DomainPack::FromFile(args->pack);
      if (!pack.ok()) return ReportError(pack.status());
      extractor = std::make_unique<newsline::Extractor>(pack);
    }
    if (!extractor->ok()) return ReportError(extractor->status());
    auto articles = searcher->Articles(request);
    if (!articles.ok()) return ReportError(articles.status());
    std::error_code ec;
    std::filesystem::create_directories(args->tei, ec);
    if (ec) return Fail(kExitFailure, "cannot create " + args->tei + ": " + ec.message());
    size_t written = 0;
    for (const newsline::Article& a : *articles) {
      const std::string path = (std::filesystem::path(args->tei) / (a.id + ".xml")).string();
      std::ofstream out(path, std::ios::binary);
      out << newsline::ArticleToTei(a, extractor->Extract(a));
      if (!out) return Fail(kExitFailure, "cannot write " + path);
      ++written;
    }
    if (global->json) {
      std::cout << JsonText(nlohmann::json{{"written", written}, {"folder", args->tei}}) << "\n";
    } else {
      std::cout << "wrote " << written << " TEI file" << (written == 1 ? "" : "s") << " to " << args->tei << "\n";
    }
    return kExitOk;
  };
}

}  // namespace newsline_tool

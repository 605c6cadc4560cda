// Two shards served by xapian-tcpsrv on 127.0.0.1, searched as one, return what one local
// index holding everything returns: same ids, weights, facets, aliases and spelling.
#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <set>
#include <thread>

#include "index_testutil.h"
#include "newsline/index.h"
#include "newsline/query.h"

namespace newsline {
namespace {

constexpr char kTcpServer[] = "/usr/bin/xapian-tcpsrv";

// A port the kernel says is free right now.
int FreePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    close(fd);
    return -1;
  }
  close(fd);
  return ntohs(addr.sin_port);
}

bool CanConnect(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<uint16_t>(port));
  bool ok = connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  close(fd);
  return ok;
}

// One xapian-tcpsrv child process, stopped (bounded wait) when destroyed.
class ShardServer {
 public:
  ShardServer(const std::string& db) : port_(FreePort()) {
    if (port_ <= 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      // Its own process group: on SIGTERM xapian-tcpsrv signals its whole group (kill(0, ...)).
      setpgid(0, 0);
      // It reports every probe connection that closes at once; keep test output clean.
      int devnull = open("/dev/null", O_WRONLY);
      if (devnull >= 0) dup2(devnull, STDERR_FILENO);
      std::string port = std::to_string(port_);
      execl(kTcpServer, kTcpServer, "--interface", "127.0.0.1", "--port", port.c_str(), "--quiet", db.c_str(),
            static_cast<char*>(nullptr));
      _exit(127);
    }
    // Up to 10 s for the server to listen.
    for (int i = 0; i < 200 && pid_ > 0; ++i) {
      if (CanConnect(port_)) {
        ready_ = true;
        break;
      }
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  ~ShardServer() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    for (int i = 0; i < 100; ++i) {  // up to 5 s, then SIGKILL
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    kill(pid_, SIGKILL);
    int status = 0;
    waitpid(pid_, &status, 0);
  }
  bool ready() const { return ready_; }
  std::string address() const { return "tcp://127.0.0.1:" + std::to_string(port_); }

 private:
  int port_ = -1;
  pid_t pid_ = -1;
  bool ready_ = false;
};

Status IndexFiles(const std::string& db, const std::set<std::string>& files, const std::string& lexicon = "") {
  auto index = Index::Open(db);
  if (!index.ok()) return index.status();
  for (const auto& [path, articles] : testing_index::FixtureFiles()) {
    if (!files.count(path)) continue;
    Status s = (*index)->IndexFile(path, "v1", articles);
    if (!s.ok()) return s;
  }
  Status s = (*index)->AddEntityAliases(testing_index::FixtureAliases());
  if (s.ok()) s = (*index)->Commit();
  if (s.ok() && !lexicon.empty()) s = (*index)->ExportLexicon(lexicon);
  return s;
}

// A comparable rendering of a response: hits by id with weights, facets, correction.
std::string Render(const SearchResponse& r) {
  std::vector<std::string> hits;
  for (const SearchHit& h : r.hits) {
    char w[32];
    std::snprintf(w, sizeof w, "%.6f", h.weight);
    hits.push_back(h.id + "@" + w + (h.snippet.empty() ? "" : "+snippet"));
  }
  std::sort(hits.begin(), hits.end());
  std::string out = testing_index::Joined(hits) + " | matches=" + std::to_string(r.matches_estimated);
  for (const FacetResult& f : r.facets) {
    std::vector<std::string> values;
    for (const FacetValue& v : f.values) values.push_back(v.value + "=" + std::to_string(v.count));
    std::sort(values.begin(), values.end());
    out += " | " + f.field + (f.exact ? "" : "~") + ": " + testing_index::Joined(values);
  }
  if (!r.corrected_query.empty()) out += " | did you mean: " + r.corrected_query;
  return out;
}

TEST(RemoteShardTest, TwoTcpShardsMatchOneLocalIndex) {
  if (access(kTcpServer, X_OK) != 0) GTEST_SKIP() << kTcpServer << " not installed (Debian xapian-tools)";
  const std::string all = testing_index::TempPath("all");
  const std::string shard_a = testing_index::TempPath("shard_a");
  const std::string shard_b = testing_index::TempPath("shard_b");
  const std::string lexicon = testing_index::TempPath("lexicon");
  const std::set<std::string> files_a = {"ft.txt", "bi.txt", "reuters.sgm"};
  const std::set<std::string> files_b = {"nw.txt", "digbly.txt"};
  std::set<std::string> every = files_a;
  every.insert(files_b.begin(), files_b.end());
  ASSERT_TRUE(IndexFiles(all, every, lexicon).ok());
  ASSERT_TRUE(IndexFiles(shard_a, files_a).ok());
  ASSERT_TRUE(IndexFiles(shard_b, files_b).ok());

  {
    ShardServer server_a(shard_a);
    ShardServer server_b(shard_b);
    ASSERT_TRUE(server_a.ready() && server_b.ready()) << "xapian-tcpsrv did not start";

    SearcherOptions local_options;
    local_options.databases = {all};
    auto local = Searcher::Open(local_options);
    ASSERT_TRUE(local.ok()) << local.status().ToString();
    SearcherOptions remote_options;
    remote_options.databases = {server_a.address(), server_b.address()};
    remote_options.lexicon = lexicon;  // remote shards serve no synonyms or spelling
    auto remote = Searcher::Open(remote_options);
    ASSERT_TRUE(remote.ok()) << remote.status().ToString();
    EXPECT_TRUE((*remote)->has_lexicon());
    EXPECT_EQ(*(*remote)->DocumentCount(), *(*local)->DocumentCount());

    struct Case {
      const char* query;
      std::vector<std::string> facets;
    } cases[] = {
        {"microsoft", {"kind", "outlet", "entity"}},
        {"breach kind:claim", {"stance", "primary", "speaker"}},
        {"AWS kind:article", {"year"}},          // alias through the auxiliary lexicon
        {"microsfot investment", {}},            // spelling through the auxiliary lexicon
        {"\"legal action\"", {}},
        {"date:2019-03", {"type"}},
        {"", {"kind", "granularity", "tag"}},
    };
    for (const Case& c : cases) {
      SearchRequest r;
      r.query = c.query;
      r.facets = c.facets;
      r.limit = 50;
      auto l = (*local)->Search(r);
      auto m = (*remote)->Search(r);
      ASSERT_TRUE(l.ok()) << c.query << ": " << l.status().ToString();
      ASSERT_TRUE(m.ok()) << c.query << ": " << m.status().ToString();
      EXPECT_FALSE(l->hits.empty() && std::string(c.query) != "microsfot investment") << c.query;
      EXPECT_EQ(Render(*m), Render(*l)) << c.query;
    }
    // Collapsing and enumeration work across shards too.
    SearchRequest r;
    r.query = "partnership";
    r.kinds = {DocKind::kArticle};
    r.collapse_duplicates = true;
    auto l = (*local)->Search(r);
    auto m = (*remote)->Search(r);
    ASSERT_TRUE(l.ok() && m.ok());
    EXPECT_EQ(m->hits.size(), 2u);
    EXPECT_EQ(Render(*m), Render(*l));
    r = SearchRequest();
    r.query = "topic:breach";
    auto claims = (*remote)->Claims(r);
    ASSERT_TRUE(claims.ok()) << claims.status().ToString();
    EXPECT_EQ(claims->size(), 3u);
  }
  for (const auto& p : {all, shard_a, shard_b, lexicon}) testing_index::RemoveTree(p);
}

TEST(RemoteShardTest, UnreachableShardIsAnError) {
  SearcherOptions options;
  int port = FreePort();
  options.databases = {"tcp://127.0.0.1:" + std::to_string(port)};
  options.remote_timeout_ms = 2000;
  auto s = Searcher::Open(options);
  ASSERT_FALSE(s.ok());
  EXPECT_TRUE(s.status().IsIOError()) << s.status().ToString();
}

}  // namespace
}  // namespace newsline

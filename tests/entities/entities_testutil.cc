// Helpers shared by the entity tests (see entities_testutil.h).
#include "entities/entities_testutil.h"

#include <dirent.h>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace newsline {
namespace testing_entities {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

static std::string SeedDir() { return std::string(NEWSLINE_SHARED_DIR) + "/corpus/seeds"; }

bool SharedDataAvailable() {
  DIR* d = opendir(SeedDir().c_str());
  if (!d) return false;
  closedir(d);
  return true;
}

std::string ReadSeed(const std::string& prefix) {
  DIR* d = opendir(SeedDir().c_str());
  if (!d) return "";
  std::string found;
  while (dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name.rfind(prefix, 0) == 0) found = name;
  }
  closedir(d);
  return found.empty() ? "" : ReadFile(SeedDir() + "/" + found);
}

const DomainPack& DisputePack() {
  static const DomainPack kPack = DomainPack::FromFile(std::string(NEWSLINE_SOURCE_DIR) + "/corpus/dispute-pack.json");
  return kPack;
}

std::vector<std::string> Render(const std::vector<EntityMention>& mentions) {
  std::vector<std::string> out;
  for (const EntityMention& m : mentions) out.push_back(m.text + ">" + m.entity_id + ":" + MatchKindName(m.how));
  return out;
}

std::set<std::string> Ids(const std::vector<EntityMention>& mentions, bool pack_only) {
  std::set<std::string> ids;
  for (const EntityMention& m : mentions) {
    if (pack_only && m.how == MatchKind::kDiscovered) continue;
    ids.insert(m.entity_id);
  }
  return ids;
}

std::string Render(const Quantity& q) {
  char value[32];
  std::snprintf(value, sizeof(value), "%g", q.value);
  std::string out = std::string(QuantityKindName(q.kind)) + " " + value;
  if (!q.unit.empty()) out += " " + q.unit;
  if (q.vague) out += " vague";
  if (!q.qualifies.empty()) out += " q=" + q.qualifies;
  // The interval only when it is not the exact value: "[270..300] nearly".
  if (q.low != q.value || q.high != q.value) {
    char low[32], high[32];
    std::snprintf(low, sizeof(low), "%g", q.low);
    std::snprintf(high, sizeof(high), "%g", q.high);
    out += std::string(" [") + low + ".." + high + "]";
  }
  if (!q.qualifier.empty()) out += " (" + q.qualifier + ")";
  if (q.precision != 0) {
    char p[32];
    std::snprintf(p, sizeof(p), "%g", q.precision);
    out += std::string(" ±") + p;
  }
  return out;
}

}  // namespace testing_entities
}  // namespace newsline

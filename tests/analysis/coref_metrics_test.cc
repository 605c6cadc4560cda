// bench/coref_metrics.h: MUC, B-cubed, CEAF-e and CoNLL F1 against the worked example of Pradhan et
// al. 2014 (ACL, "Scoring Coreference Partitions of Predicted Mentions", Section 2 / Figure 1) and
// the test cases of the reference scorer (conll/reference-coreference-scorers,
// test/CorefMetricTestConfig.pm and test/TestCases.README; case ids TC-A-n etc. below).
#include "../../bench/coref_metrics.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace newsline_bench {
namespace {

// Values written to 4 decimals; a computed value must round to them.
constexpr double kTol = 5e-5;

// "{a} {bc} {def}" in the reference scorer's notation -> clusters of one-letter mention ids
// (capital letters are distinct mentions, as in its overlapping-mention cases).
Clustering C(const std::string& spec) {
  Clustering out;
  std::istringstream in(spec);
  std::string cluster;
  while (in >> cluster) {
    std::vector<std::string> c;
    for (char ch : cluster) {
      if (ch != '{' && ch != '}') c.push_back(std::string(1, ch));
    }
    out.push_back(c);
  }
  return out;
}

void ExpectPrf(const Prf& got, double recall, double precision, double f1, const std::string& what) {
  SCOPED_TRACE(what);
  EXPECT_NEAR(got.recall, recall, kTol);
  EXPECT_NEAR(got.precision, precision, kTol);
  EXPECT_NEAR(got.f1, f1, kTol);
}

void ExpectAllZero(const Clustering& key, const Clustering& response) {
  for (const Prf& p : {Muc(key, response), BCubed(key, response), CeafE(key, response)}) {
    EXPECT_EQ(p.recall, 0.0);
    EXPECT_EQ(p.precision, 0.0);
    EXPECT_EQ(p.f1, 0.0);
  }
  EXPECT_EQ(ConllF1(key, response), 0.0);
}

// (a) Identical clusterings (any cluster and mention order) score 1 everywhere.
TEST(CorefMetricsTest, IdenticalClusteringsScoreOne) {
  const Clustering key = {{"e1", "e2", "e3"}, {"e4"}, {"e5", "e6"}, {"e7", "e8", "e9", "e10"}};
  const Clustering same = {{"e6", "e5"}, {"e10", "e9", "e8", "e7"}, {"e4"}, {"e3", "e1", "e2"}};
  for (const Clustering* response : {&key, &same}) {
    ExpectPrf(Muc(key, *response), 1, 1, 1, "muc");
    ExpectPrf(BCubed(key, *response), 1, 1, 1, "bcub");
    ExpectPrf(CeafE(key, *response), 1, 1, 1, "ceafe");
    EXPECT_NEAR(ConllF1(key, *response), 1.0, 1e-12);
  }
  // TC-A-1 and TC-M-1 of the reference suite.
  ExpectPrf(Muc(C("{a} {bc} {def}"), C("{a} {bc} {def}")), 1, 1, 1, "TC-A-1 muc");
  ExpectPrf(CeafE(C("{abcdef}"), C("{abcdef}")), 1, 1, 1, "TC-M-1 ceafe");
}

// (b) The worked example of Pradhan et al. 2014: key {a,b,c} {d,e,f,g}, response {a,b} {c,d}
// {f,g,h,i}. Paper: MUC R = P = 2/5; B3 R = 1/7 (4/3 + 1/3 + 1/4 + 1) = 0.42, P = 1/8 (2 + 1/2 + 1/2
// + 1) = 0.5; CEAF-e alignment {a,b,c}-{a,b} (phi4 = 4/5) and {d,e,f,g}-{f,g,h,i} (phi4 = 1/2), so
// R = 1.3 / 2 = 0.65 and P = 1.3 / 3 = 0.43.
TEST(CorefMetricsTest, PradhanEtAl2014Example) {
  const Clustering key = C("{abc} {defg}");
  const Clustering response = C("{ab} {cd} {fghi}");
  ExpectPrf(Muc(key, response), 0.4000, 0.4000, 0.4000, "muc");
  ExpectPrf(BCubed(key, response), 0.4167, 0.5000, 0.4545, "bcub");  // F = 5/11
  ExpectPrf(CeafE(key, response), 0.6500, 0.4333, 0.5200, "ceafe");
  EXPECT_NEAR(ConllF1(key, response), 0.4582, kTol);  // (0.4 + 5/11 + 0.52) / 3
}

// (b) Reference scorer cases from the MUC and B-cubed papers (TC-D-1, TC-E-1, TC-F-1, TC-G-1,
// TC-J-1, TC-K-1, TC-L-1).
TEST(CorefMetricsTest, ReferenceSuiteClassicCases) {
  const Clustering d_key = C("{12345} {67} {89ABC}");
  ExpectPrf(Muc(d_key, C("{12345} {6789ABC}")), 1.0000, 0.9000, 0.9474, "TC-D-1 muc");
  ExpectPrf(BCubed(d_key, C("{12345} {6789ABC}")), 1.0000, 0.7619, 0.8649, "TC-D-1 bcub");  // P = 16/21
  // TC-E-1 (the README writes the merged cluster as {123456789ABC}; its data file leaves 6 and 7 out).
  ExpectPrf(Muc(d_key, C("{1234589ABC} {67}")), 1.0000, 0.9000, 0.9474, "TC-E-1 muc");
  ExpectPrf(BCubed(d_key, C("{1234589ABC} {67}")), 1.0000, 0.5833, 0.7368, "TC-E-1 bcub");  // 7/12
  ExpectPrf(Muc(C("{ABCD}"), C("{AB} {CD}")), 0.6667, 1.0000, 0.8000, "TC-F-1 muc");
  ExpectPrf(Muc(C("{AB} {CD}"), C("{ABCD}")), 1.0000, 0.6667, 0.8000, "TC-G-1 muc");
  ExpectPrf(Muc(C("{ABC}"), C("{AC}")), 0.5000, 1.0000, 0.6667, "TC-J-1 muc");
  ExpectPrf(Muc(C("{BCDEGHJ}"), C("{ABC} {DEF} {GHI}")), 0.5000, 0.5000, 0.5000, "TC-K-1 muc");
  ExpectPrf(Muc(C("{ABC} {DEFG}"), C("{AB} {CD} {FGH}")), 0.4000, 0.5000, 0.4444, "TC-L-1 muc");
}

// (c) Mentions missing from the response and extra (twinless) mentions in it: TC-A-2 .. TC-A-6 and
// TC-A-13, key {a} {bc} {def}. Expected values from CorefMetricTestConfig.pm / TestCases.README.
TEST(CorefMetricsTest, MissingAndExtraMentions) {
  const Clustering key = C("{a} {bc} {def}");

  // TC-A-2: missing mentions and entities.
  const Clustering a2 = C("{a} {de}");
  ExpectPrf(Muc(key, a2), 0.3333, 1.0000, 0.5000, "TC-A-2 muc");
  ExpectPrf(BCubed(key, a2), 0.3889, 1.0000, 0.5600, "TC-A-2 bcub");  // R = 7/18, F = 14/25
  ExpectPrf(CeafE(key, a2), 0.6000, 0.9000, 0.7200, "TC-A-2 ceafe");

  // TC-A-3: false-alarm mentions and entities.
  const Clustering a3 = C("{a} {bcx} {defy} {z}");
  ExpectPrf(Muc(key, a3), 1.0000, 0.6000, 0.7500, "TC-A-3 muc");
  ExpectPrf(BCubed(key, a3), 1.0000, 0.5093, 0.6748, "TC-A-3 bcub");  // P = 55/108, F = 110/163
  ExpectPrf(CeafE(key, a3), 0.8857, 0.6643, 0.7592, "TC-A-3 ceafe");  // 1 + 4/5 + 6/7

  // TC-A-4: both missing and false-alarm mentions.
  const Clustering a4 = C("{a} {bcx} {dy} {z}");
  ExpectPrf(Muc(key, a4), 0.3333, 0.3333, 0.3333, "TC-A-4 muc");
  ExpectPrf(BCubed(key, a4), 0.5556, 0.4048, 0.4683, "TC-A-4 bcub");  // 5/9, 17/42
  ExpectPrf(CeafE(key, a4), 0.7333, 0.5500, 0.6286, "TC-A-4 ceafe");  // 1 + 4/5 + 2/5

  // TC-A-5: an extra mention B (overlapping b, but a different mention) in the aligned entity.
  const Clustering a5 = C("{a} {bcxB} {dy} {z}");
  ExpectPrf(Muc(key, a5), 0.3333, 0.2500, 0.2857, "TC-A-5 muc");
  ExpectPrf(BCubed(key, a5), 0.5556, 0.3125, 0.4000, "TC-A-5 bcub");
  ExpectPrf(CeafE(key, a5), 0.6889, 0.5167, 0.5905, "TC-A-5 ceafe");

  // TC-A-6: the extra mention B in an unaligned entity.
  const Clustering a6 = C("{a} {bcx} {dy} {Bz}");
  ExpectPrf(Muc(key, a6), 0.3333, 0.2500, 0.2857, "TC-A-6 muc");
  // B3 P = 17/48; F = 0.43257 (the README truncates it to .4325).
  ExpectPrf(BCubed(key, a6), 0.5556, 0.3542, 0.4326, "TC-A-6 bcub");
  ExpectPrf(CeafE(key, a6), 0.7333, 0.5500, 0.6286, "TC-A-6 ceafe");

  // TC-A-7: B is a repeat of b (same id) in the same cluster -> de-duplicated, scores as TC-A-4.
  const Clustering a7 = {{"a"}, {"b", "c", "x", "b"}, {"d", "y"}, {"z"}};
  ExpectPrf(Muc(key, a7), 0.3333, 0.3333, 0.3333, "TC-A-7 muc");
  ExpectPrf(BCubed(key, a7), 0.5556, 0.4048, 0.4683, "TC-A-7 bcub");
  ExpectPrf(CeafE(key, a7), 0.7333, 0.5500, 0.6286, "TC-A-7 ceafe");

  // TC-A-12: system mentions, only singletons.
  const Clustering a12 = C("{a} {x} {y} {c} {d} {e} {z}");
  ExpectPrf(Muc(key, a12), 0, 0, 0, "TC-A-12 muc");
  // B3 R = 13/36, P = 4/7; F = 0.44255 (the README truncates it to .4425).
  ExpectPrf(BCubed(key, a12), 0.3611, 0.5714, 0.4426, "TC-A-12 bcub");

  // TC-A-13: system mentions, all in one entity.
  const Clustering a13 = C("{axycdez}");
  ExpectPrf(Muc(key, a13), 0.3333, 0.1667, 0.2222, "TC-A-13 muc");
  ExpectPrf(BCubed(key, a13), 0.4722, 0.1224, 0.1945, "TC-A-13 bcub");  // 17/36, 6/49

  // Missing mentions only count against recall, extra ones only against precision.
  const Clustering key2 = {{"m1", "m2", "m3"}, {"m4", "m5"}};
  const Prf missing = BCubed(key2, {{"m1", "m2"}, {"m4", "m5"}});
  EXPECT_NEAR(missing.precision, 1.0, 1e-12);
  EXPECT_LT(missing.recall, 1.0);
  const Prf extra = BCubed(key2, {{"m1", "m2", "m3"}, {"m4", "m5", "x1"}});
  EXPECT_NEAR(extra.recall, 1.0, 1e-12);
  EXPECT_LT(extra.precision, 1.0);
}

// (d) All-singletons and one-cluster responses and keys (TC-A-10, TC-A-11, TC-M-2, TC-N-1,
// TC-N-2, TC-N-4). CEAF-e values for these cases are not in the reference suite; they are derived
// by hand from the phi4 definition and noted inline.
TEST(CorefMetricsTest, SingletonsAndSingleClusterEdgeCases) {
  const Clustering key = C("{a} {bc} {def}");

  // TC-A-10: gold mentions, all singletons in the response.
  const Clustering singletons = C("{a} {b} {c} {d} {e} {f}");
  ExpectPrf(Muc(key, singletons), 0, 0, 0, "TC-A-10 muc");
  ExpectPrf(BCubed(key, singletons), 0.5000, 1.0000, 0.6667, "TC-A-10 bcub");
  // phi4: {a}-{a} 1, {bc}-{b} 2/3, {def}-{d} 1/2 -> 13/6 over 3 key and 6 response entities.
  ExpectPrf(CeafE(key, singletons), 0.7222, 0.3611, 0.4815, "TC-A-10 ceafe");

  // TC-A-11: gold mentions, all in one response entity.
  const Clustering one = C("{abcdef}");
  ExpectPrf(Muc(key, one), 1.0000, 0.6000, 0.7500, "TC-A-11 muc");
  ExpectPrf(BCubed(key, one), 1.0000, 0.3889, 0.5600, "TC-A-11 bcub");  // P = 14/36
  // Best phi4: {def}-{abcdef} = 6/9 -> R = (2/3)/3, P = (2/3)/1.
  ExpectPrf(CeafE(key, one), 0.2222, 0.6667, 0.3333, "TC-A-11 ceafe");

  // TC-M-2: key is one entity, response all singletons -> MUC 0.
  ExpectPrf(Muc(C("{abcdef}"), singletons), 0, 0, 0, "TC-M-2 muc");
  ExpectPrf(BCubed(C("{abcdef}"), singletons), 0.1667, 1.0000, 0.2857, "TC-M-2 bcub");

  // TC-N-1: all-singleton key, identical response: no links, so MUC is 0/0 = 0; B3 and CEAF-e 1.
  ExpectPrf(Muc(singletons, singletons), 0, 0, 0, "TC-N-1 muc");
  ExpectPrf(BCubed(singletons, singletons), 1, 1, 1, "TC-N-1 bcub");
  ExpectPrf(CeafE(singletons, singletons), 1, 1, 1, "TC-N-1 ceafe");
  EXPECT_NEAR(ConllF1(singletons, singletons), 2.0 / 3.0, 1e-12);

  // TC-N-2: all-singleton key, one response entity.
  ExpectPrf(Muc(singletons, one), 0, 0, 0, "TC-N-2 muc");
  ExpectPrf(BCubed(singletons, one), 1.0000, 0.1667, 0.2857, "TC-N-2 bcub");
  // Any one singleton aligns with phi4 = 2/7.
  ExpectPrf(CeafE(singletons, one), 0.0476, 0.2857, 0.0816, "TC-N-2 ceafe");

  // TC-N-4: all-singleton key, singleton response over half the mentions.
  const Clustering n4 = C("{a} {b} {c} {x} {y} {z}");
  ExpectPrf(Muc(singletons, n4), 0, 0, 0, "TC-N-4 muc");
  ExpectPrf(BCubed(singletons, n4), 0.5000, 0.5000, 0.5000, "TC-N-4 bcub");
  ExpectPrf(CeafE(singletons, n4), 0.5000, 0.5000, 0.5000, "TC-N-4 ceafe");
}

// (e) Empty inputs (and empty clusters) give zeros and do not crash.
TEST(CorefMetricsTest, EmptyInputs) {
  ExpectAllZero({}, {});
  ExpectAllZero({{}}, {{}, {}});
  ExpectAllZero(C("{abc} {de}"), {});
  ExpectAllZero({}, C("{abc} {de}"));
  ExpectAllZero(C("{abc}"), C("{xyz}"));  // disjoint mention sets
  // Empty clusters are ignored: they do not count as entities.
  ExpectPrf(CeafE({{"a", "b"}, {}}, {{}, {"a", "b"}, {}}), 1, 1, 1, "empty clusters ignored");
}

// The Hungarian solver against brute force on small rectangular matrices (both orientations).
TEST(CorefMetricsTest, AssignmentMatchesBruteForce) {
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (int trial = 0; trial < 300; ++trial) {
    const int rows = 1 + static_cast<int>(rng() % 6), cols = 1 + static_cast<int>(rng() % 6);
    std::vector<std::vector<double>> w(rows, std::vector<double>(cols));
    for (auto& row : w) {
      for (double& x : row) x = rng() % 3 == 0 ? 0.0 : unit(rng);
    }
    // Brute force: every injective map of the smaller side into the larger one.
    const int small = std::min(rows, cols), large = std::max(rows, cols);
    std::vector<int> perm(large);
    for (int i = 0; i < large; ++i) perm[i] = i;
    double best = 0;
    do {
      double s = 0;
      for (int i = 0; i < small; ++i) s += rows <= cols ? w[i][perm[i]] : w[perm[i]][i];
      best = std::max(best, s);
    } while (std::next_permutation(perm.begin(), perm.end()));
    std::vector<int> match;
    const double got = coref_detail::MaxWeightAssignment(w, &match);
    ASSERT_NEAR(got, best, 1e-9) << rows << "x" << cols;
    // The reported matching is one-to-one and adds up to the total.
    std::vector<char> used(cols, 0);
    double sum = 0;
    int matched = 0;
    for (int i = 0; i < rows; ++i) {
      if (match[i] < 0) continue;
      ASSERT_LT(match[i], cols);
      ASSERT_FALSE(used[match[i]]);
      used[match[i]] = 1;
      sum += w[i][match[i]];
      ++matched;
    }
    EXPECT_EQ(matched, small);
    EXPECT_NEAR(sum, got, 1e-9);
  }
  EXPECT_EQ(coref_detail::MaxWeightAssignment({}), 0.0);
}

// A few thousand clusters in one overlap component (a chain) stay exact and fast.
TEST(CorefMetricsTest, LargeInputs) {
  const int n = 3000;
  Clustering key, response;
  for (int i = 0; i < n; ++i) {
    key.push_back({"m" + std::to_string(2 * i), "m" + std::to_string(2 * i + 1)});
    response.push_back({"m" + std::to_string(2 * i + 1), "m" + std::to_string(2 * i + 2)});
  }
  const auto start = std::chrono::steady_clock::now();
  const Prf ceafe = CeafE(key, response);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // Each key pair aligns with the response pair it shares one mention with: phi4 = 2/4.
  EXPECT_NEAR(ceafe.recall, 0.5, 1e-9);
  EXPECT_NEAR(ceafe.precision, 0.5, 1e-9);
  EXPECT_LT(seconds, 30.0);
  ExpectPrf(Muc(key, key), 1, 1, 1, "large identical muc");
  ExpectPrf(CeafE(key, key), 1, 1, 1, "large identical ceafe");

  // Two unrelated random partitions of 6000 mentions: one big overlap component.
  std::mt19937 rng(11);
  Clustering a(n), b(n);
  for (int i = 0; i < 2 * n; ++i) {
    a[rng() % n].push_back("m" + std::to_string(i));
    b[rng() % n].push_back("m" + std::to_string(i));
  }
  auto nonempty = [](const Clustering& c) {
    return static_cast<double>(std::count_if(c.begin(), c.end(), [](const auto& x) { return !x.empty(); }));
  };
  const Prf random = CeafE(a, b);
  EXPECT_GT(random.recall, 0.0);
  EXPECT_LT(random.recall, 1.0);
  // Recall and precision share the alignment total.
  EXPECT_NEAR(random.recall * nonempty(a), random.precision * nonempty(b), 1e-6);
}

}  // namespace
}  // namespace newsline_bench

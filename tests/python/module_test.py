"""The Python module (tools/python/newsline_python.cc) on the bundled corpus: ctest runs this with
PYTHONPATH set to the built module and NEWSLINE_SOURCE_DIR to the repository."""
import os
import tempfile
import unittest

import newsline

SOURCE = os.environ["NEWSLINE_SOURCE_DIR"]
CORPUS = os.path.join(SOURCE, "corpus", "articles")
PACK = os.path.join(SOURCE, "corpus", "dispute-pack.json")


class ModuleTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.db_path = os.path.join(cls.tmp.name, "news.db")
        cls.report = newsline.index(cls.db_path, [CORPUS, os.path.join(cls.tmp.name, "missing")], pack=PACK)
        cls.db = newsline.open(cls.db_path)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_index_reports_counts_and_a_missing_path_without_raising(self):
        self.assertGreater(self.report["articles"], 0)
        self.assertGreater(self.report["events"], 0)
        self.assertEqual(len(self.report["failed"]), 1)
        self.assertIn("missing", self.report["failed"][0]["path"])

    def test_timeline_is_the_tools_json(self):
        events = self.db.timeline()["events"]
        self.assertGreater(len(events), 0)
        for key in ("id", "type", "summary", "mentions", "primary_sources", "disagreements"):
            self.assertIn(key, events[0])
        dated = [e for e in events if e["date"]]
        self.assertEqual([e["date"]["begin"] for e in dated], sorted(e["date"]["begin"] for e in dated))

    def test_compare_has_topics_and_figures(self):
        comparison = self.db.compare()
        self.assertGreater(len(comparison["topics"]), 0)
        self.assertIn(comparison["topics"][0]["relation"], ("conflict", "overlap", "single", "question"))
        self.assertIn("facts", comparison)

    def test_claims_and_facts_are_one_dict_each(self):
        claims = self.db.claims("breach")
        self.assertGreater(len(claims), 0)
        self.assertTrue(all(c["stance"] in ("asserts", "denies") for c in claims))
        self.assertTrue(all(c["speaker_from"] for c in claims))
        facts = self.db.facts()
        self.assertGreater(len(facts), 0)
        self.assertTrue(any(f["value"]["unit"] == "USD" for f in facts))

    def test_search_with_a_facet(self):
        response = self.db.search("Redmond lawsuit", facets=["entity"], kinds=["article"])
        self.assertGreater(len(response["hits"]), 0)
        self.assertTrue(all(h["kind"] == "article" for h in response["hits"]))
        self.assertIn("entity", response["facets"])

    def test_several_databases_are_searched_as_one(self):
        other_dir = os.path.join(self.tmp.name, "other-articles")
        os.makedirs(other_dir, exist_ok=True)
        with open(os.path.join(other_dir, "strike.txt"), "w") as f:
            f.write("Harbour strike ends\n\nDock workers ended a strike on Monday, the union said.\n")
        other = os.path.join(self.tmp.name, "other.db")
        newsline.index(other, [other_dir])
        both = newsline.open([self.db_path, other])
        self.assertEqual(both.document_count(),
                         self.db.document_count() + newsline.open(other).document_count())
        titles = [h["title"] for h in both.search("strike", kinds=["article"])["hits"]]
        self.assertIn("Harbour strike ends", titles)

    def test_errors_raise_newsline_error_with_the_librarys_message(self):
        with self.assertRaises(newsline.Error) as bad_query:
            self.db.search("-;date:x")
        self.assertIn("position", str(bad_query.exception))
        with self.assertRaises(newsline.Error):
            self.db.search("x", kinds=["tweet"])
        with self.assertRaises(newsline.Error):
            self.db.timeline(from_date="March")
        with self.assertRaises(newsline.Error):
            newsline.open(os.path.join(self.tmp.name, "no-such-db"))
        with self.assertRaises(newsline.Error):
            newsline.index(os.path.join(self.tmp.name, "other.db"), [CORPUS], pack=os.path.join(self.tmp.name, "no-pack.json"))


if __name__ == "__main__":
    unittest.main()

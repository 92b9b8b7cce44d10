// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The `corroborate` binary as a user runs it: exit codes, errors naming the
// bad file while the others are processed, JSON on stdout, the SQLite store.

#include <filesystem>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "e2e/cli_runner.h"

namespace {

namespace fs = std::filesystem;
using corroborate::testing::CliOutput;
using corroborate::testing::WriteFile;

class CliTest : public corroborate::testing::CliFixture {
 protected:
  void WriteGoodArticle(const std::string& name) {
    WriteFile(dir_ / name,
              "Dam operators open spillway after heavy rain\n\n"
              "Operators of the Kariba dam opened two spillway gates on Friday "
              "after a week of "
              "heavy rain, the Zambezi River Authority said in a statement.\n\n"
              "Villagers downstream were told to move to higher ground, a "
              "district official "
              "said.\n");
  }
};

TEST_F(CliTest, HelpExitsZeroAndDescribesEveryFlag) {
  CliOutput o = Run("analyze --help");
  EXPECT_EQ(o.exit_code, 0);
  for (const char* flag : {"--json", "--db", "--no-db", "--quiet"}) {
    EXPECT_NE(o.out.find(flag), std::string::npos) << flag;
  }
}

TEST_F(CliTest, MissingArgumentsIsAUsageError) {
  EXPECT_EQ(Run("analyze").exit_code, 2);
  EXPECT_EQ(Run("").exit_code, 2);
  EXPECT_EQ(Run("analyze --no-such-flag x").exit_code, 2);
}

TEST_F(CliTest, BadInputsAreNamedAndTheRestStillProcessed) {
  WriteGoodArticle("good.txt");
  WriteFile(dir_ / "empty.txt", "");
  WriteFile(dir_ / "binary.txt", std::string("\x7f"
                                             "ELF\0\0\0\x01\x02\x03\0\0",
                                             12) +
                                     std::string(500, '\0'));
  CliOutput o =
      Run("analyze --no-db --json good.txt empty.txt binary.txt missing.txt");
  EXPECT_EQ(o.exit_code, 1);
  for (const char* name : {"empty.txt", "binary.txt", "missing.txt"}) {
    EXPECT_NE(o.err.find(name), std::string::npos)
        << name << " not named in: " << o.err;
  }
  EXPECT_EQ(std::count(o.err.begin(), o.err.end(), '\n'), 3) << o.err;
  nlohmann::json analysis = nlohmann::json::parse(o.out);
  ASSERT_EQ(analysis["articles"].size(), 1u);
  EXPECT_EQ(analysis["articles"][0]["id"], "good");
}

TEST_F(CliTest, AllGoodInputsExitZeroWithReadableSummary) {
  WriteGoodArticle("dam.txt");
  CliOutput o = Run("analyze --no-db .");
  EXPECT_EQ(o.exit_code, 0) << o.err;
  EXPECT_NE(o.out.find("1 article"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("S1"), std::string::npos) << o.out;
}

TEST_F(CliTest, ReadsStandardInput) {
  WriteGoodArticle("dam.txt");
  CliOutput o = Run("analyze --no-db --json - < dam.txt");
  EXPECT_EQ(o.exit_code, 0) << o.err;
  EXPECT_EQ(nlohmann::json::parse(o.out)["articles"].size(), 1u);
}

TEST_F(CliTest, StoreKeepsArticlesOnceAcrossRuns) {
  WriteGoodArticle("dam.txt");
  CliOutput first = Run("analyze --db store.db dam.txt");
  EXPECT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.err.find("1 new article"), std::string::npos) << first.err;
  CliOutput second = Run("analyze --db store.db --json dam.txt");
  EXPECT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.err.find("0 new article"), std::string::npos) << second.err;
  EXPECT_EQ(nlohmann::json::parse(second.out)["articles"].size(), 1u);
}

// The story (id and JSON) of `article` in an analysis printed by --json.
nlohmann::json StoryOf(const nlohmann::json& analysis,
                       const std::string& article) {
  for (const nlohmann::json& story : analysis["stories"]) {
    for (const nlohmann::json& id : story["articles"]) {
      if (id == article) return story;
    }
  }
  return nullptr;
}

TEST_F(CliTest, IncrementalRunPlacesNewArticlesAndKeepsStoredStories) {
  WriteGoodArticle("dam.txt");
  WriteFile(dir_ / "bridge.txt",
            "New footbridge opens over the Tessel canal in Marport\n\n"
            "A steel footbridge over the Tessel canal opened in Marport on "
            "Monday, the city's transport office said.\n");
  CliOutput batch = Run("analyze --db store.db --json dam.txt bridge.txt");
  ASSERT_EQ(batch.exit_code, 0) << batch.err;
  const nlohmann::json before = nlohmann::json::parse(batch.out);
  ASSERT_EQ(before["stories"].size(), 2u);

  WriteFile(dir_ / "dam2.txt",
            "Kariba dam spillway gates opened as rain swells the Zambezi\n\n"
            "Two spillway gates of the Kariba dam were opened on Friday after "
            "a week of heavy rain, according to the Zambezi River "
            "Authority.\n\n"
            "A district official told villagers downstream to move to higher "
            "ground.\n");
  WriteFile(dir_ / "chess.txt",
            "Grandmaster Ilse Varga wins the Ostrava rapid chess open\n\n"
            "Ilse Varga won the Ostrava rapid chess open on Saturday after "
            "beating the defending champion in the final round, organisers "
            "said.\n");
  CliOutput added =
      Run("analyze --db store.db --incremental --json dam2.txt chess.txt");
  ASSERT_EQ(added.exit_code, 0) << added.err;
  EXPECT_NE(added.err.find("2 new article"), std::string::npos) << added.err;
  const nlohmann::json after = nlohmann::json::parse(added.out);
  EXPECT_EQ(after["articles"].size(), 4u);
  ASSERT_EQ(after["stories"].size(), 3u);
  // The second dam report joins the dam story; the chess one starts a new
  // story; the bridge story, untouched, is exactly as stored.
  EXPECT_EQ(StoryOf(after, "dam2")["id"], StoryOf(before, "dam")["id"]);
  EXPECT_EQ(StoryOf(after, "dam")["articles"].size(), 2u);
  EXPECT_NE(StoryOf(after, "chess")["id"], StoryOf(after, "dam")["id"]);
  EXPECT_NE(StoryOf(after, "chess")["id"], StoryOf(after, "bridge")["id"]);
  EXPECT_EQ(StoryOf(after, "bridge"), StoryOf(before, "bridge"));
  // What was printed is what was stored.
  CliOutput reread = Run("analyze --db store.db --incremental --json dam.txt");
  ASSERT_EQ(reread.exit_code, 0) << reread.err;
  EXPECT_NE(reread.err.find("0 new article"), std::string::npos) << reread.err;
  EXPECT_EQ(nlohmann::json::parse(reread.out)["stories"], after["stories"]);
}

TEST_F(CliTest, IncrementalRunOnAStoreWithoutStoriesIsAFullRun) {
  WriteGoodArticle("dam.txt");
  CliOutput full = Run("analyze --db full.db --json dam.txt");
  CliOutput incremental =
      Run("analyze --db fresh.db --incremental --json dam.txt");
  ASSERT_EQ(full.exit_code, 0) << full.err;
  ASSERT_EQ(incremental.exit_code, 0) << incremental.err;
  EXPECT_EQ(nlohmann::json::parse(incremental.out)["stories"],
            nlohmann::json::parse(full.out)["stories"]);
  EXPECT_EQ(Run("analyze --incremental --no-db dam.txt").exit_code, 2);
}

TEST_F(CliTest, IncrementalRunNamesBadInputsAndStoresTheRest) {
  WriteGoodArticle("dam.txt");
  ASSERT_EQ(Run("analyze -q --db store.db dam.txt").exit_code, 0);
  WriteFile(dir_ / "empty.txt", "");
  WriteFile(dir_ / "chess.txt",
            "Grandmaster Ilse Varga wins the Ostrava rapid chess open\n\n"
            "Ilse Varga won the Ostrava rapid chess open on Saturday, "
            "organisers said.\n");
  CliOutput o =
      Run("analyze --db store.db --incremental --json empty.txt chess.txt "
          "missing.txt");
  EXPECT_EQ(o.exit_code, 1) << o.err;
  EXPECT_NE(o.err.find("empty.txt"), std::string::npos) << o.err;
  EXPECT_NE(o.err.find("missing.txt"), std::string::npos) << o.err;
  EXPECT_NE(o.err.find("1 new article"), std::string::npos) << o.err;
  EXPECT_EQ(nlohmann::json::parse(o.out)["articles"].size(), 2u);
}

TEST_F(CliTest, TopicLevelJoinsOneSubjectAcrossEvents) {
  // Two matches of one (made-up) league five weeks apart are two events but
  // one topic; the ferry article is neither.
  WriteFile(dir_ / "news.jsonl",
            R"({"id": "m1", "date": "2025-03-02", "title": "Harbour City )"
            R"(beat Vellmar Rovers in the Northern Shield league", "text": )"
            R"("Harbour City beat Vellmar Rovers 2-1 in the Northern Shield )"
            R"(league on Sunday. Striker Tomas Ekdal scored twice for )"
            R"(Harbour City, the league leaders."})"
            "\n"
            R"({"id": "m2", "date": "2025-04-06", "title": "Vellmar Rovers )"
            R"(hold Harbour City in the Northern Shield league", "text": )"
            R"("Vellmar Rovers held Harbour City to a 1-1 draw in the )"
            R"(Northern Shield league on Sunday. Tomas Ekdal scored for )"
            R"(Harbour City, who stay league leaders."})"
            "\n"
            R"({"id": "f1", "date": "2025-03-03", "title": "Night ferry )"
            R"(returns to the Kellin strait", "text": "The night ferry )"
            R"(between Port Adra and Kellin resumed on Monday after a )"
            R"(two-week strike, the operator said."})"
            "\n");
  auto stories = [](const CliOutput& o) {
    return nlohmann::json::parse(o.out)["stories"].size();
  };
  CliOutput event = Run("analyze --no-db --json news.jsonl");
  ASSERT_EQ(event.exit_code, 0) << event.err;
  EXPECT_EQ(stories(event), 3u);
  CliOutput topic = Run("analyze --no-db --json --level topic news.jsonl");
  ASSERT_EQ(topic.exit_code, 0) << topic.err;
  const nlohmann::json analysis = nlohmann::json::parse(topic.out);
  ASSERT_EQ(analysis["stories"].size(), 2u);
  EXPECT_EQ(StoryOf(analysis, "m1")["id"], StoryOf(analysis, "m2")["id"]);
  EXPECT_NE(StoryOf(analysis, "m1")["id"], StoryOf(analysis, "f1")["id"]);
  EXPECT_EQ(Run("analyze --no-db --level season news.jsonl").exit_code, 2);
  // The read-only commands group PATHs at the level they are given.
  CliOutput stats = Run("stats --json --level topic news.jsonl");
  ASSERT_EQ(stats.exit_code, 0) << stats.err;
  EXPECT_EQ(nlohmann::json::parse(stats.out)["stories"], 2);
  CliOutput report = Run("report --json --level topic news.jsonl");
  ASSERT_EQ(report.exit_code, 0) << report.err;
  EXPECT_EQ(stories(report), 2u);
  EXPECT_EQ(stories(Run("report --json news.jsonl")), 3u);
  // A store keeps its stories: --level without PATHs is a usage error.
  EXPECT_EQ(Run("stats --level topic").exit_code, 2);
}

TEST_F(CliTest, DefaultStoreIsCorroborateDbInTheWorkingDirectory) {
  WriteGoodArticle("dam.txt");
  EXPECT_EQ(Run("analyze -q dam.txt").exit_code, 0);
  EXPECT_TRUE(fs::exists(dir_ / "corroborate.db"));
}

}  // namespace

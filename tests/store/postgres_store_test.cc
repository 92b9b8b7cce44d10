// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The store contract on a real, throwaway PostgreSQL server (one for the
// whole binary, see postgres_server.h), plus what only PostgreSQL has: TCP
// urls and several `corroborate analyze` processes writing one database.

#include "store/postgres_store.h"

#include <cstdio>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "corroborate/store.h"

#include "store/postgres_backend.h"
#include "store/store_contract_tests.h"
#include "store/store_test_helpers.h"

namespace corroborate::store {

INSTANTIATE_TYPED_TEST_SUITE_P(Postgres, StoreContractTest, PostgresBackend);

namespace {

TEST(PostgresStoreTest, OpensOverTcpAndSocketAlike) {
  PostgresServer* server = SharedPostgresServer();
  ASSERT_NE(server, nullptr);
  ASSERT_TRUE(server->CreateDatabase("tcp_and_socket").ok());
  auto tcp = Store::Open({.url = server->TcpUrl("tcp_and_socket")});
  ASSERT_TRUE(tcp.ok()) << tcp.status().ToString();
  ASSERT_TRUE(
      tcp.value()->PutArticle(MakeArticle("t", "7777777777777777")).ok());
  auto socket = Store::Open({.url = server->SocketUrl("tcp_and_socket")});
  ASSERT_TRUE(socket.ok()) << socket.status().ToString();
  EXPECT_EQ(socket.value()->LoadArticles()->size(), 1u);
}

TEST(PostgresStoreTest, MissingDatabaseIsIoErrorNamingTheUrl) {
  PostgresServer* server = SharedPostgresServer();
  ASSERT_NE(server, nullptr);
  const std::string url = server->TcpUrl("no_such_database");
  auto store = Store::Open({.url = url});
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kIoError);
  EXPECT_NE(store.status().message().find(url), std::string::npos)
      << store.status().ToString();
  EXPECT_NE(store.status().message().find("no_such_database"),
            std::string::npos);
}

// Articles written for this test: two events, each told by two outlets in
// their own words, sharing the quotes and key facts.
const char* const kArticles[][2] = {
    {"dam_courier.txt",
     "Engineers begin repairs on the Lowmere reservoir dam\n\n"
     "Engineers began emergency repairs on the Lowmere reservoir dam on "
     "Tuesday after inspectors found a crack in the spillway wall.\n\n"
     "\"The crack is stable and the town is safe,\" said water board chief "
     "Anneli Varga, adding that the repairs would take three weeks.\n\n"
     "The reservoir supplies drinking water to forty thousand homes."},
    {"dam_gazette.txt",
     "Crack in Lowmere dam spillway prompts three weeks of repairs\n\n"
     "Inspectors found a crack in the spillway wall of the Lowmere reservoir "
     "dam, and engineers began emergency repairs on Tuesday.\n\n"
     "Water board chief Anneli Varga said the crack is stable and the town is "
     "safe, and that the repairs would take three weeks.\n\n"
     "About forty thousand homes get their drinking water from the "
     "reservoir."},
    {"chess_herald.txt",
     "Teenager wins the Corvin Island chess open\n\n"
     "Sixteen-year-old Tomas Brell won the Corvin Island chess open on Sunday, "
     "beating the defending champion in the final round.\n\n"
     "\"I did not expect to win, I only wanted a draw,\" Brell told reporters "
     "after the game.\n\n"
     "The tournament drew two hundred players from nine countries."},
    {"chess_daily.txt",
     "Brell, 16, beats defending champion to take Corvin Island open\n\n"
     "Tomas Brell, sixteen, beat the defending champion in the final round on "
     "Sunday to win the Corvin Island chess open.\n\n"
     "Brell told reporters he did not expect to win and only wanted a "
     "draw.\n\n"
     "Two hundred players from nine countries took part in the tournament."},
};

// The sets of article ids of the stories in `analysis` (JSON, docs/output.md).
std::multiset<std::set<std::string>> StorySets(const nlohmann::json& stories) {
  std::multiset<std::set<std::string>> sets;
  for (const auto& story : stories) {
    sets.insert(story["articles"].get<std::set<std::string>>());
  }
  return sets;
}

std::string RunCapture(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  pclose(pipe);
  return out;
}

TEST(PostgresStoreTest, TwoAnalyzeProcessesLoseNothingAndDuplicateNoStories) {
  PostgresServer* server = SharedPostgresServer();
  ASSERT_NE(server, nullptr);
  TempDir dir;
  std::vector<std::string> files;
  for (const auto& article : kArticles) {
    files.push_back(dir.File(article[0]));
    std::ofstream(files.back()) << article[1];
  }
  const std::string bin = CORROBORATE_BINARY;
  const nlohmann::json alone = nlohmann::json::parse(
      RunCapture(bin + " analyze --no-db --json " + files[0] + " " + files[1] +
                 " " + files[2] + " " + files[3]));
  const auto expected = StorySets(alone["stories"]);
  ASSERT_EQ(expected.size(), 2u) << alone["stories"].dump(1);

  // Several rounds, since the interleaving differs from run to run.
  for (int round = 0; round < 3; ++round) {
    const std::string db = "two_writers_" + std::to_string(round);
    Result<std::string> url = server->CreateDatabase(db);
    ASSERT_TRUE(url.ok()) << url.status().ToString();
    // Overlapping inputs: both processes store the two middle articles.
    const std::string run = bin + " analyze -q --db '" + url.value() + "' ";
    const std::string a = run + files[0] + " " + files[1] + " " + files[2];
    const std::string b = run + files[1] + " " + files[2] + " " + files[3];
    const std::string both = "(" + a + " >/dev/null & p=$!; " + b +
                             " >/dev/null; rb=$?; wait $p; ra=$?; exit "
                             "$((ra | rb)))";
    ASSERT_EQ(std::system(both.c_str()), 0) << both;

    PostgresBackend raw(url.value());
    EXPECT_EQ(raw.Query("SELECT count(*) FROM articles"), 4);
    EXPECT_EQ(raw.Query("SELECT count(DISTINCT content_hash) FROM articles"),
              4);
    EXPECT_EQ(raw.Query("SELECT count(*) - count(DISTINCT id) FROM stories"),
              0);
    auto store = Store::Open({.url = url.value()});
    ASSERT_TRUE(store.ok());
    Result<Analysis> stored = store.value()->LoadAnalysis();
    ASSERT_TRUE(stored.ok()) << stored.status().ToString();
    nlohmann::json stories = nlohmann::json::array();
    for (const Story& story : stored->stories)
      stories.push_back({{"articles", story.articles}});
    EXPECT_EQ(StorySets(stories), expected) << "round " << round;
  }
}

}  // namespace
}  // namespace corroborate::store

// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Crash safety of the PostgreSQL store, the counterpart of
// tests/reliability/crash_safety_test.cc: `corroborate analyze --db URL` is
// killed with SIGKILL at random moments while it stores ~100 generated
// articles (tests/reliability/analyze_kill.h) on a throwaway server
// (postgres_server.h), then restarted. After every kill the database must pass
// amcheck (every btree index checked against its table, every table's heap
// verified), keep every article an earlier kill left committed, and hold each
// article at most once; the last, unkilled run must complete the set with each
// article exactly once.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include "reliability/analyze_kill.h"
#include "store/postgres_server.h"

namespace corroborate::store {
namespace {

namespace fs = std::filesystem;

using corroborate::testing::CheckStoredOnce;
using corroborate::testing::kCrashArticles;
using corroborate::testing::StartAnalyze;
using corroborate::testing::WaitForStored;
using corroborate::testing::WriteCrashArticles;

// As in the SQLite crash test: kill rounds before the final run, and kill
// delays drawn from [kMinKillDelay, kMaxKillDelay]: the lower end catches
// start-up and the schema migration, the upper end reaches the linking
// phase after the inserts.
constexpr int kKillRounds = 6;
constexpr std::chrono::milliseconds kMinKillDelay{30};
constexpr std::chrono::milliseconds kMaxKillDelay{2500};

// What one look at the database found.
struct StoreState {
  bool has_schema = false;       // the articles table exists
  std::string problems;          // amcheck findings or query errors; "" = none
  std::vector<std::string> ids;  // articles.id, one per row
  std::vector<std::string> hashes;
  int schema_versions = 0;  // rows in schema_version
};

// Runs amcheck over every btree index (bt_index_check with heapallindexed:
// each heap tuple must be found in the index) and verify_heapam over every
// table of the public schema; adds what they report to `state.problems`.
void CheckIntegrity(pqxx::work& tx, StoreState& state) {
  tx.exec0("CREATE EXTENSION IF NOT EXISTS amcheck");
  pqxx::result indexes = tx.exec(
      "SELECT c.oid::regclass::text FROM pg_index i "
      "JOIN pg_class c ON c.oid = i.indexrelid "
      "JOIN pg_am a ON a.oid = c.relam "
      "JOIN pg_namespace n ON n.oid = c.relnamespace "
      "WHERE a.amname = 'btree' AND n.nspname = 'public'");
  EXPECT_GE(indexes.size(), 8u) << "the store's indexes are missing";
  for (const auto& row : indexes) {
    tx.exec_params("SELECT bt_index_check($1::regclass, true)",
                   row[0].as<std::string>());
  }
  pqxx::result tables = tx.exec(
      "SELECT c.oid::regclass::text FROM pg_class c "
      "JOIN pg_namespace n ON n.oid = c.relnamespace "
      "WHERE c.relkind = 'r' AND n.nspname = 'public'");
  for (const auto& row : tables) {
    pqxx::result corrupt = tx.exec_params(
        "SELECT blkno, offnum, msg FROM verify_heapam($1::regclass)",
        row[0].as<std::string>());
    for (const auto& bad : corrupt) {
      state.problems += row[0].as<std::string>() + " block " +
                        bad[0].as<std::string>() + ": " +
                        bad[2].as<std::string>() + "\n";
    }
  }
}

StoreState ReadStore(const std::string& url) {
  StoreState state;
  try {
    pqxx::connection db(url);
    pqxx::work tx(db);
    state.has_schema =
        !tx.exec("SELECT to_regclass('articles')")[0][0].is_null();
    if (!state.has_schema) return state;
    CheckIntegrity(tx, state);
    for (const auto& row : tx.exec("SELECT id, content_hash FROM articles")) {
      state.ids.push_back(row[0].as<std::string>());
      state.hashes.push_back(row[1].as<std::string>());
    }
    state.schema_versions =
        tx.exec("SELECT count(*) FROM schema_version")[0][0].as<int>();
    tx.commit();
  } catch (const std::exception& e) {
    state.problems += e.what();
  }
  return state;
}

// Checks the invariants that hold after any run, killed or not; returns the
// stored ids.
std::set<std::string> CheckStore(const std::string& url,
                                 const std::set<std::string>& committed) {
  StoreState state = ReadStore(url);
  EXPECT_EQ(state.problems, "");
  if (!state.has_schema) {
    EXPECT_TRUE(committed.empty()) << "the articles table disappeared";
    return committed;
  }
  EXPECT_EQ(state.schema_versions, 1) << "schema_version must hold one row";
  return CheckStoredOnce(state.ids, state.hashes, committed);
}

// Number of stored articles, or -1 while the table does not exist yet.
int StoredCount(pqxx::connection& db) {
  try {
    pqxx::nontransaction tx(db);
    return tx.exec("SELECT count(*) FROM articles")[0][0].as<int>();
  } catch (const std::exception&) {
    return -1;
  }
}

class PostgresCrashTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("corroborate_pg_crash_" + std::to_string(::getpid()));
    fs::remove_all(root_);
    WriteCrashArticles(root_ / "articles");
  }
  void TearDown() override { fs::remove_all(root_); }

  fs::path root_;
};

// Lets `pid` run until round `round`'s kill moment and SIGKILLs it, unless it
// exited first; reaps it into `status` and says when the kill came. The
// first half of the rounds kill once a random number of articles beyond the
// `have` already stored is in, at most half of those still missing, so each
// lands among the inserts and leaves some for the next; the other half kill
// at a random moment (start-up, schema migration, analysis, inserts or the
// linking after them). Count-based rounds come first because PostgreSQL
// inserts fast: a Debug run spends ~1.1 s starting and analysing, ~0.3 s
// inserting the 100 articles and ~1.5 s linking, so a random delay often
// stores them all, leaving later rounds no inserts to interrupt.
std::string KillAtRandomMoment(pid_t pid, const std::string& url, int round,
                               int have, std::mt19937& rng, int* status) {
  bool running = true;
  std::string when;
  if (round < kKillRounds / 2) {
    const int first = std::min(have + 1, kCrashArticles);
    const int target = std::uniform_int_distribution<int>(
        first, std::max(first, have + (kCrashArticles - have) / 2))(rng);
    pqxx::connection db(url);
    running = WaitForStored(
        pid, [&] { return StoredCount(db); }, target, status);
    when = "reaching " + std::to_string(target) + " articles";
  } else {
    const int delay = std::uniform_int_distribution<int>(
        static_cast<int>(kMinKillDelay.count()),
        static_cast<int>(kMaxKillDelay.count()))(rng);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay));
    when = std::to_string(delay) + " ms";
  }
  if (running) {
    ::kill(pid, SIGKILL);
    EXPECT_EQ(::waitpid(pid, status, 0), pid);
  }
  return when;
}

TEST_F(PostgresCrashTest, SigkillLosesNothingCommittedAndRestartCompletes) {
  PostgresServer* server = SharedPostgresServer();
  ASSERT_NE(server, nullptr);
  Result<std::string> created = server->CreateDatabase("crash");
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  const std::string url = created.value();
  const unsigned seed = std::random_device{}();
  SCOPED_TRACE("random seed " + std::to_string(seed));
  std::mt19937 rng(seed);

  std::set<std::string> committed;
  for (int round = 0; round < kKillRounds; ++round) {
    pid_t pid = StartAnalyze(url, root_ / "articles");
    ASSERT_GT(pid, 0);
    int status = 0;
    const std::string when = KillAtRandomMoment(
        pid, url, round, static_cast<int>(committed.size()), rng, &status);
    // Exited on its own before the kill: also fine, the checks still apply.
    SCOPED_TRACE("after kill round " + std::to_string(round));
    committed = CheckStore(url, committed);
    std::printf("round %d: %s after %s, %zu articles stored\n", round,
                WIFSIGNALED(status) ? "killed" : "exited", when.c_str(),
                committed.size());
  }

  pid_t pid = StartAnalyze(url, root_ / "articles");
  ASSERT_GT(pid, 0);
  int status = 0;
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  std::set<std::string> final_ids = CheckStore(url, committed);
  EXPECT_EQ(final_ids.size(), static_cast<size_t>(kCrashArticles));
  EXPECT_EQ(ReadStore(url).ids.size(), static_cast<size_t>(kCrashArticles));
}

}  // namespace
}  // namespace corroborate::store

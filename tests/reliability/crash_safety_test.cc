// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Crash safety of the SQLite store: `corroborate analyze --db` is killed
// with SIGKILL at random moments while it stores ~100 generated articles,
// then restarted. After every kill the database must pass
// PRAGMA integrity_check, keep every article an earlier kill left committed,
// and hold each article at most once; the last, unkilled run must complete
// the set with each article exactly once.

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
#include <sqlite3.h>

#include "reliability/analyze_kill.h"

namespace {

namespace fs = std::filesystem;

using corroborate::testing::CheckStoredOnce;
using corroborate::testing::kCrashArticles;
using corroborate::testing::StartAnalyze;
using corroborate::testing::WaitForStored;
using corroborate::testing::WriteCrashArticles;

// Kill rounds before the final run; each costs at most kMaxKillDelay.
constexpr int kKillRounds = 6;
// Kill delays are drawn from [kMinKillDelay, kMaxKillDelay]: the lower end
// catches start-up and the first inserts, the upper end (a Debug build
// stores the whole set in about two seconds) reaches the linking phase.
constexpr std::chrono::milliseconds kMinKillDelay{30};
constexpr std::chrono::milliseconds kMaxKillDelay{2500};

struct StoreState {
  std::string integrity;         // PRAGMA integrity_check result
  std::vector<std::string> ids;  // articles.id, one per row
  std::vector<std::string> hashes;
};

StoreState ReadStore(const fs::path& db) {
  StoreState state;
  sqlite3* handle = nullptr;
  if (sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READWRITE, nullptr) !=
      SQLITE_OK) {
    sqlite3_close(handle);
    state.integrity = "cannot open";
    return state;
  }
  auto query = [&](const char* sql, auto&& row) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr) != SQLITE_OK) {
      state.integrity = sqlite3_errmsg(handle);
      return;
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) row(stmt);
    sqlite3_finalize(stmt);
  };
  auto text = [](sqlite3_stmt* stmt, int col) {
    const unsigned char* value = sqlite3_column_text(stmt, col);
    return std::string(value ? reinterpret_cast<const char*>(value) : "");
  };
  query("PRAGMA integrity_check",
        [&](sqlite3_stmt* s) { state.integrity += text(s, 0); });
  query("SELECT id, content_hash FROM articles", [&](sqlite3_stmt* s) {
    state.ids.push_back(text(s, 0));
    state.hashes.push_back(text(s, 1));
  });
  sqlite3_close(handle);
  return state;
}

// Checks the invariants that hold after any run, killed or not; returns the
// stored ids.
std::set<std::string> CheckStore(const fs::path& db,
                                 const std::set<std::string>& committed) {
  StoreState state = ReadStore(db);
  EXPECT_EQ(state.integrity, "ok");
  return CheckStoredOnce(state.ids, state.hashes, committed);
}

class CrashSafetyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("corroborate_crash_" + std::to_string(::getpid()));
    fs::remove_all(root_);
    WriteCrashArticles(root_ / "articles");
  }
  void TearDown() override { fs::remove_all(root_); }

  fs::path root_;
};

// Number of stored articles, or -1 while the database cannot be read (not
// created yet, or locked by the writer for longer than the busy timeout).
int StoredCount(const fs::path& db) {
  sqlite3* handle = nullptr;
  int count = -1;
  if (sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) ==
      SQLITE_OK) {
    sqlite3_busy_timeout(handle, 50);
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT count(*) FROM articles", -1, &stmt,
                           nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
      count = sqlite3_column_int(stmt, 0);
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(handle);
  return count;
}

// Even rounds kill at a random moment (start-up, analysis, inserts or the
// linking that follows); odd rounds kill once a random number of articles
// beyond those already stored is in, so some kills land among the inserts.
TEST_F(CrashSafetyTest, SigkillLosesNothingCommittedAndRestartCompletes) {
  const fs::path db = root_ / "store.db";
  const unsigned seed = std::random_device{}();
  SCOPED_TRACE("random seed " + std::to_string(seed));
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> delay_ms(
      static_cast<int>(kMinKillDelay.count()),
      static_cast<int>(kMaxKillDelay.count()));

  std::set<std::string> committed;
  for (int round = 0; round < kKillRounds; ++round) {
    pid_t pid = StartAnalyze(db.string(), root_ / "articles");
    ASSERT_GT(pid, 0);
    int status = 0;
    bool running = true;
    std::string when;
    if (round % 2 == 0) {
      const int delay = delay_ms(rng);
      std::this_thread::sleep_for(std::chrono::milliseconds(delay));
      when = std::to_string(delay) + " ms";
    } else {
      const int have = static_cast<int>(committed.size());
      const int target = std::uniform_int_distribution<int>(
          std::min(have + 1, kCrashArticles), kCrashArticles)(rng);
      running = WaitForStored(
          pid, [&] { return StoredCount(db); }, target, &status);
      when = "reaching " + std::to_string(target) + " articles";
    }
    if (running) {
      ::kill(pid, SIGKILL);
      ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    }
    // Exited on its own before the kill: also fine, the checks still apply.
    if (!fs::exists(db)) continue;
    SCOPED_TRACE("after kill round " + std::to_string(round));
    committed = CheckStore(db, committed);
    std::printf("round %d: %s after %s, %zu articles stored\n", round,
                WIFSIGNALED(status) ? "killed" : "exited", when.c_str(),
                committed.size());
  }

  pid_t pid = StartAnalyze(db.string(), root_ / "articles");
  ASSERT_GT(pid, 0);
  int status = 0;
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  std::set<std::string> final_ids = CheckStore(db, committed);
  EXPECT_EQ(final_ids.size(), static_cast<size_t>(kCrashArticles));
  EXPECT_EQ(ReadStore(db).ids.size(), static_cast<size_t>(kCrashArticles));
}

}  // namespace

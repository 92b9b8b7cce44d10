// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// What the crash-safety tests share, whatever the store: generated
// articles, `corroborate analyze --db` started as a child, waiting for it to
// store a number of articles, and the invariants every store must keep
// after a kill. The SQLite test is tests/reliability/crash_safety_test.cc,
// the PostgreSQL one tests/store/postgres_crash_test.cc; each reads its own
// store. Test binaries that include this define CORROBORATE_BINARY.

#pragma once

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace corroborate::testing {

// 100 articles: enough that a run lasts long enough to be killed mid-way
// at several points, small enough that a test stays within seconds.
inline constexpr int kCrashArticles = 100;

// One short article about a made-up local event; `n` makes it unique.
inline std::string MakeCrashArticle(int n) {
  static const char* const kPlaces[] = {"harbour", "valley", "airport",
                                        "market",  "bridge", "school",
                                        "station", "mine"};
  static const char* const kEvents[] = {
      "a flood", "a strike", "a fire", "an outage", "a landslide", "a protest"};
  const std::string place = kPlaces[n % 8];
  const std::string event = kEvents[n % 6];
  std::string text = "Report " + std::to_string(n) + ": " + event +
                     " near the " + place + "\n\n";
  text += "Officials said " + event + " closed the " + place + " for " +
          std::to_string(n + 2) + " hours on day " + std::to_string(n) +
          ", according to a statement from the town council.\n\n";
  text += "A spokesperson told reporters that " + std::to_string(3 * n + 1) +
          " residents were affected and that repairs would start soon.\n";
  return text;
}

// Writes kCrashArticles articles as dir/event_NNN.txt.
inline void WriteCrashArticles(const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  for (int i = 0; i < kCrashArticles; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "event_%03d.txt", i);
    std::ofstream(dir / name) << MakeCrashArticle(i);
  }
}

// Starts `corroborate analyze -q --db DB DIR` with its output discarded;
// -1 if it could not be started.
inline pid_t StartAnalyze(const std::string& db,
                          const std::filesystem::path& dir) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  std::vector<std::string> args = {
      CORROBORATE_BINARY, "analyze", "-q", "--db", db, dir.string()};
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  pid_t pid = -1;
  if (posix_spawn(&pid, CORROBORATE_BINARY, &actions, nullptr, argv.data(),
                  environ) != 0) {
    pid = -1;
  }
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

// Waits until `stored()` (the store's article count, -1 while unreadable)
// reaches `target`, or `pid` exits (then reaps it into `status` and returns
// false), or a minute passes.
inline bool WaitForStored(pid_t pid, const std::function<int()>& stored,
                          int target, int* status) {
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    if (::waitpid(pid, status, WNOHANG) == pid) return false;
    if (stored() >= target) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return true;
}

// The invariants of a store's rows after any run, killed or not: no id and
// no content hash twice, every article in `committed` still there. Returns
// the stored ids.
inline std::set<std::string> CheckStoredOnce(
    const std::vector<std::string>& ids_rows,
    const std::vector<std::string>& hash_rows,
    const std::set<std::string>& committed) {
  std::set<std::string> ids(ids_rows.begin(), ids_rows.end());
  std::set<std::string> hashes(hash_rows.begin(), hash_rows.end());
  EXPECT_EQ(ids.size(), ids_rows.size()) << "an article stored twice";
  EXPECT_EQ(hashes.size(), hash_rows.size()) << "a content hash twice";
  for (const std::string& id : committed) {
    EXPECT_EQ(ids.count(id), 1u) << "lost committed article " << id;
  }
  return ids;
}

}  // namespace corroborate::testing

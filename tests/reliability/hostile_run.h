// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Runs the `corroborate` binary as a child process for the hostile-input
// tests and measures what it cost: wall time, and peak resident memory from
// the kernel's rusage of the child (wait4), so that the figure is the
// child's own and not the test's. A child over its time limit is killed.

#pragma once

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace corroborate::reliability {

// The binaries built with AddressSanitizer (scripts/sanitize.sh) use two to
// four times the memory and time of a plain Debug build (shadow memory,
// quarantine, checks on every access): the bounds below are multiplied by
// kSanitizerFactor there, measured in docs/reliability.md.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr int kSanitizerFactor = 4;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr int kSanitizerFactor = 4;
#else
inline constexpr int kSanitizerFactor = 1;
#endif
#else
inline constexpr int kSanitizerFactor = 1;
#endif

// A peak-RSS bound for a build without sanitizers, widened for one with
// AddressSanitizer: kSanitizerFactor times the bound plus ASan's quarantine,
// the freed blocks it holds back to catch use-after-free (256 MiB by
// default, ASAN_OPTIONS quarantine_size_mb), which a run that frees a lot
// keeps whole whatever its own size (the 1 MiB paragraph: 164 MiB in
// Release, 890 MiB under clang ASan).
inline long SanitizedRssBoundKb(long plain_bound_kb) {
  const long quarantine_kb = kSanitizerFactor > 1 ? 256L << 10 : 0;
  return plain_bound_kb * kSanitizerFactor + quarantine_kb;
}

struct ChildRun {
  int exit_code = -1;  // -1 when killed by a signal
  bool timed_out = false;
  double seconds = 0;
  long max_rss_kb = 0;  // ru_maxrss of the child
  std::string out;
  std::string err;
};

inline std::string ReadWholeFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

inline void WriteWholeFile(const std::filesystem::path& path,
                           const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// Runs CORROBORATE_BINARY with `args` in `dir`, standard input from
// `stdin_path` (or /dev/null when empty), output to files in `dir`. Kills it
// after `timeout_seconds`.
inline ChildRun RunCorroborate(const std::filesystem::path& dir,
                               const std::vector<std::string>& args,
                               double timeout_seconds,
                               const std::string& stdin_path = "") {
  std::string out_path = (dir / "child.out").string();
  std::string err_path = (dir / "child.err").string();
  std::string in_path = stdin_path.empty() ? "/dev/null" : stdin_path;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, in_path.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addchdir_np(&actions, dir.c_str());
  std::vector<std::string> all = {CORROBORATE_BINARY};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& arg : all) argv.push_back(arg.data());
  argv.push_back(nullptr);
  ChildRun run;
  auto start = std::chrono::steady_clock::now();
  pid_t pid = -1;
  int spawned = posix_spawn(&pid, CORROBORATE_BINARY, &actions, nullptr,
                            argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return run;
  auto deadline = start + std::chrono::duration<double>(timeout_seconds);
  int status = 0;
  struct rusage usage {};
  while (wait4(pid, &status, WNOHANG, &usage) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      wait4(pid, &status, 0, &usage);
      run.timed_out = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  run.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.max_rss_kb = usage.ru_maxrss;
  run.out = ReadWholeFile(out_path);
  run.err = ReadWholeFile(err_path);
  return run;
}

}  // namespace corroborate::reliability

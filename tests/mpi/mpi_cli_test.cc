// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// `mpirun -np N corroborate analyze --mpi` must print what a single process
// prints, for N = 1, 2, 3, on the seeds and on the PolNeAR dev articles
// (split over several JSONL files, so the ranks get different files).
// Runs real ranks: OpenMPI's mpirun, as root if need be, oversubscribed (3
// ranks on a 2-core machine).

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <stdlib.h>

namespace corroborate {
namespace {

const std::string kBinary = CORROBORATE_BINARY;
const std::string kShared = CORROBORATE_SHARED_DIR;

// Runs `command`, returning its standard output; *status gets its exit code.
std::string Capture(const std::string& command, int* status) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  char buffer[8192];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  *status = pclose(pipe);
  return out;
}

// The ranks run without LeakSanitizer's exit check (kept in this test's own
// process, and every other ASan and UBSan check is kept in the ranks):
// OpenMPI leaks in its MCA components, which MPI_Finalize unloads, so their
// stacks have no module for scripts/lsan.supp to suppress by. Outside an
// ASan build the variable is ignored.
std::string MpiRun(int ranks, const std::string& args) {
  return "ASAN_OPTIONS=\"${ASAN_OPTIONS:-}:detect_leaks=0\" " +
         std::string(CORROBORATE_MPIEXEC) +
         " --allow-run-as-root --oversubscribe -np " + std::to_string(ranks) +
         " " + kBinary + " analyze --mpi " + args;
}

// Asserts -np 1, 2 and 3 print the single-process JSON for `inputs`.
void ExpectSameAsSingleProcess(const std::string& inputs) {
  int status = -1;
  const std::string alone =
      Capture(kBinary + " analyze --no-db --json " + inputs, &status);
  ASSERT_EQ(status, 0);
  const nlohmann::json expected = nlohmann::json::parse(alone);
  ASSERT_FALSE(expected["stories"].empty());
  for (int ranks = 1; ranks <= 3; ++ranks) {
    const std::string out =
        Capture(MpiRun(ranks, "--no-db --json " + inputs), &status);
    ASSERT_EQ(status, 0) << ranks << " ranks";
    const nlohmann::json got = nlohmann::json::parse(out, nullptr, false);
    ASSERT_FALSE(got.is_discarded()) << ranks << " ranks printed: " << out;
    EXPECT_EQ(got["articles"].size(), expected["articles"].size());
    EXPECT_TRUE(got == expected) << ranks << " ranks differ";
  }
}

TEST(MpiAnalyze, SeedsGiveTheSingleProcessJson) {
  ExpectSameAsSingleProcess(kShared + "/corpus/seeds");
}

class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "mpi_test_XXXXXX").string();
    if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

TEST(MpiAnalyze, PolnearDevSplitOverFilesGivesTheSingleProcessJson) {
  TempDir dir;
  ASSERT_FALSE(dir.path().empty());
  std::ifstream in(kShared + "/corpus/attribution/polnear-dev.jsonl");
  ASSERT_TRUE(in) << "PolNeAR dev corpus missing";
  // Seven files of unequal length: line i goes to file i % 7.
  constexpr int kFiles = 7;
  std::vector<std::ofstream> parts;
  for (int f = 0; f < kFiles; ++f)
    parts.emplace_back(dir.path() + "/part" + std::to_string(f) + ".jsonl");
  std::string line;
  int lines = 0;
  while (std::getline(in, line)) parts[lines++ % kFiles] << line << "\n";
  for (auto& part : parts) part.close();
  ASSERT_GT(lines, 50);
  ExpectSameAsSingleProcess(dir.path());
}

// With a store, rank 0 stores what one process would: a second, plain run
// on the same inputs finds nothing new.
TEST(MpiAnalyze, StoresOnRankZeroOnly) {
  TempDir dir;
  const std::string db = dir.path() + "/news.db";
  const std::string seeds = kShared + "/corpus/seeds";
  int status = -1;
  Capture(MpiRun(2, "-q --db " + db + " " + seeds), &status);
  ASSERT_EQ(status, 0);
  const std::string again = Capture(
      kBinary + " analyze --db " + db + " " + seeds + " 2>&1 >/dev/null",
      &status);
  ASSERT_EQ(status, 0);
  EXPECT_NE(again.find(" 0 new article(s)"), std::string::npos) << again;
}

TEST(MpiAnalyze, MissingInputFailsTheRun) {
  int status = -1;
  Capture(MpiRun(2, "--no-db /nonexistent/mpi_input.txt 2>/dev/null"), &status);
  EXPECT_NE(status, 0);
}

}  // namespace
}  // namespace corroborate

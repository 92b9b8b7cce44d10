// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Runs the built `corroborate` binary the way a user does, for the tests
// that check the command line end to end. Test binaries that include this
// must define CORROBORATE_BINARY (corroborate_test() in CMakeLists.txt
// does).

#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

namespace corroborate::testing {

namespace fs = std::filesystem;

// What one run of the binary left behind.
struct CliOutput {
  int exit_code = -1;  // -1 when the process did not exit normally
  std::string out;     // stdout
  std::string err;     // stderr
};

inline std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

inline void WriteFile(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// Runs `corroborate ARGS` (ARGS already shell-quoted) with `dir` as the
// working directory. Output is captured in files beside `dir`, not in it, so
// that "analyze ." does not read them.
inline CliOutput RunCli(const fs::path& dir, const std::string& args) {
  const std::string out = dir.string() + ".out";
  const std::string err = dir.string() + ".err";
  const std::string cmd = "cd '" + dir.string() +
                          "' && '" CORROBORATE_BINARY "' " + args + " >'" +
                          out + "' 2>'" + err + "'";
  const int status = std::system(cmd.c_str());
  CliOutput o;
  o.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  o.out = ReadFile(out);
  o.err = ReadFile(err);
  fs::remove(out);
  fs::remove(err);
  return o;
}

// A fixture owning an empty temporary directory, named after the process
// and the current test so that parallel ctest runs never share one.
class CliFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("corroborate_cli_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  CliOutput Run(const std::string& args) { return RunCli(dir_, args); }

  fs::path dir_;
};

}  // namespace corroborate::testing

// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The report and stats subcommands, run as a user would: the binary on
// articles written here, outputs parsed back.

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "e2e/cli_runner.h"

namespace {

namespace fs = std::filesystem;

using corroborate::testing::CliOutput;
using corroborate::testing::ReadFile;

class CommandsTest : public corroborate::testing::CliFixture {
 protected:
  void SetUp() override {
    CliFixture::SetUp();
    fs::create_directories(dir_ / "in");
    std::ofstream(dir_ / "in" / "a.txt")
        << "Tram line closed after <b>storm</b>\n\n"
           "The city tram line was closed on Monday after a storm brought "
           "down power cables, the transport authority said.\n\n"
           "A resident posted <script>alert(1)</script> on the city forum.\n";
    std::ofstream(dir_ / "in" / "b.txt")
        << "Wheat prices climb\n\n"
           "Wheat futures rose four percent on Thursday, traders in Chicago "
           "said, after dry weather cut harvest forecasts.\n";
  }
};

TEST_F(CommandsTest, ReportWritesOneEscapedHtmlPage) {
  CliOutput o = Run("report -q --html out.html in");
  ASSERT_EQ(o.exit_code, 0);
  std::string html = ReadFile(dir_ / "out.html");
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"),
            std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_NE(html.find("Tram line closed after &lt;b&gt;storm&lt;/b&gt;"),
            std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);  // nothing fetched
}

TEST_F(CommandsTest, ReportAndStatsReadTheStore) {
  ASSERT_EQ(Run("analyze -q --db s.db in").exit_code, 0);
  CliOutput json = Run("report --json --db s.db");
  ASSERT_EQ(json.exit_code, 0);
  EXPECT_EQ(nlohmann::json::parse(json.out)["articles"].size(), 2u);
  CliOutput stats = Run("stats --json --db s.db");
  ASSERT_EQ(stats.exit_code, 0);
  nlohmann::json s = nlohmann::json::parse(stats.out);
  EXPECT_EQ(s["articles"], 2);
  EXPECT_EQ(s["languages"]["en"], 2);
  EXPECT_GE(s["stories"].get<int>(), 1);
  CliOutput text = Run("stats --db s.db");
  EXPECT_NE(text.out.find("articles"), std::string::npos);
}

TEST_F(CommandsTest, BadFlagsAndMissingStores) {
  EXPECT_EQ(Run("serve --port 70000").exit_code, 2);
  EXPECT_EQ(Run("report --html a.html --json").exit_code, 2);
  EXPECT_EQ(Run("stats --db no/such/dir/x.db").exit_code, 1);
}

}  // namespace

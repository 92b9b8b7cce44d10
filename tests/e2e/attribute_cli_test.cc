// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// `corroborate attribute FILE.jsonl` as outside evaluations run it: one
// output line per input line, spans in code points, bad lines reported by
// number while the others are processed, and hostile input handled fast.

#include <chrono>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include "e2e/cli_runner.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct Output {
  int exit_code = -1;
  std::vector<json> lines;
  std::string err;
};

// Runs `corroborate attribute` on `input` (the JSONL file's bytes).
Output Attribute(const std::string& input) {
  const fs::path dir = fs::temp_directory_path() /
                       ("corroborate_attribute_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  corroborate::testing::WriteFile(dir / "in.jsonl", input);
  const corroborate::testing::CliOutput run =
      corroborate::testing::RunCli(dir, "attribute in.jsonl");
  fs::remove_all(dir);
  Output o;
  o.exit_code = run.exit_code;
  std::istringstream lines(run.out);
  for (std::string line; std::getline(lines, line);)
    o.lines.push_back(json::parse(line));
  o.err = run.err;
  return o;
}

// The code points [begin, end) of UTF-8 `text`.
std::string Slice(const std::string& text, const json& span) {
  std::u32string wide;
  std::vector<size_t> starts;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
      starts.push_back(i);
  }
  starts.push_back(text.size());
  size_t b = span[0], e = span[1];
  if (b > e || e >= starts.size()) return "<out of range>";
  return text.substr(starts[b], starts[e] - starts[b]);
}

TEST(AttributeCli, SpansAreCodePointsIntoTheWholeText) {
  // The first line is body text, not a title; "é" and "“" are multi-byte.
  std::string text =
      "Café owner Inés Duarte said the rent had doubled.\n\n"
      "\xE2\x80\x9CWe cannot stay,\xE2\x80\x9D she told reporters.";
  Output o = Attribute(json({{"id", "x1"}, {"text", text}}).dump() + "\n");
  ASSERT_EQ(o.exit_code, 0) << o.err;
  ASSERT_EQ(o.lines.size(), 1u);
  EXPECT_EQ(o.lines[0]["id"], "x1");
  const json& found = o.lines[0]["attributions"];
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(Slice(text, found[0]["source"][0]), "Café owner Inés Duarte");
  EXPECT_EQ(Slice(text, found[0]["cue"][0]), "said");
  EXPECT_EQ(Slice(text, found[0]["content"][0]), "the rent had doubled");
  EXPECT_EQ(found[0]["anonymous"], false);
  // The pronoun's span is the pronoun as written.
  EXPECT_EQ(Slice(text, found[1]["source"][0]), "she");
  EXPECT_EQ(Slice(text, found[1]["cue"][0]), "told");
  EXPECT_NE(Slice(text, found[1]["content"][0]).find("We cannot stay"),
            std::string::npos);
  EXPECT_EQ(found[1]["source_type"], "person");
}

TEST(AttributeCli, AnonymousSourceIsFlagged) {
  std::string text = "Two senior officials said the talks had stalled.";
  Output o = Attribute(json({{"id", 5}, {"text", text}}).dump() + "\n");
  ASSERT_EQ(o.exit_code, 0);
  ASSERT_EQ(o.lines.size(), 1u);
  EXPECT_EQ(o.lines[0]["id"], 5);
  ASSERT_EQ(o.lines[0]["attributions"].size(), 1u);
  EXPECT_EQ(o.lines[0]["attributions"][0]["anonymous"], true);
  EXPECT_EQ(o.lines[0]["attributions"][0]["source_type"], "anonymous");
}

TEST(AttributeCli, BadLinesAreNamedAndTheOthersProcessed) {
  std::string input =
      json({{"id", "a"}, {"text", "Rain fell."}}).dump() + "\n{not json\n" +
      json({{"id", "c"}}).dump() + "\n" +
      json({{"id", "d"}, {"text", "The mayor said no."}}).dump() + "\n";
  Output o = Attribute(input);
  EXPECT_EQ(o.exit_code, 1);
  ASSERT_EQ(o.lines.size(), 2u);
  EXPECT_EQ(o.lines[0]["id"], "a");
  EXPECT_TRUE(o.lines[0]["attributions"].empty());
  EXPECT_EQ(o.lines[1]["id"], "d");
  EXPECT_NE(o.err.find(":2:"), std::string::npos) << o.err;
  EXPECT_NE(o.err.find(":3:"), std::string::npos) << o.err;
}

TEST(AttributeCli, HostileInputEndsQuickly) {
  std::string quotes;
  for (int i = 0; i < 10000; ++i) quotes += "\xE2\x80\x9C";
  std::string unbalanced;
  for (int i = 0; i < 3000; ++i) unbalanced += "He said \"it was fine. ";
  std::string run_on;
  for (int i = 0; i < 20000; ++i) run_on += "officials said that ";
  std::string input;
  for (const std::string& text :
       {quotes, std::string(10000, '"'), unbalanced, run_on}) {
    input += json({{"id", "h"}, {"text", text}}).dump() + "\n";
  }
  auto start = std::chrono::steady_clock::now();
  Output o = Attribute(input);
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  EXPECT_EQ(o.exit_code, 0) << o.err;
  EXPECT_EQ(o.lines.size(), 4u);
  // A Debug build on a shared two-core machine takes about 1 s.
  EXPECT_LT(seconds, 30.0);
}

}  // namespace

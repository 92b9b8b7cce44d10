// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// `corroborate extract` as a user runs it on HTML, gzip, WARC and JSONL
// inputs (issue 4): the --jsonl fields, the plain-text output, and a bad
// file among good ones. Every input is written by the test.

#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "e2e/cli_runner.h"
#include "ingest/test_bytes.h"

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;
using corroborate::fixtures::Gzip;
using corroborate::fixtures::HttpMessage;
using corroborate::fixtures::WarcRecordBytes;
using corroborate::fixtures::WarcResponse;

using corroborate::testing::CliOutput;
using corroborate::testing::WriteFile;

// A news page with navigation, a byline, a photo caption and a related
// list around a three-paragraph article.
std::string NewsPage(const std::string& headline, const std::string& lead) {
  return R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>)" +
         headline +
         R"( - Lakeside Observer</title>
<meta property="og:site_name" content="Lakeside Observer">
<meta property="og:title" content=")" +
         headline + R"(">
<meta name="author" content="Ines Haldor">
<meta property="article:published_time" content="2024-09-18T06:00:00Z">
<link rel="canonical" href="https://observer.example/2024/09/18/story">
</head><body>
<nav class="menu"><a href="/">Home</a> <a href="/region">Region</a> <a href="/weather">Weather</a></nav>
<article>
<h1>)" + headline +
         R"(</h1>
<p class="byline">By Ines Haldor</p>
<p>)" + lead +
         R"(</p>
<p>Engineers inspected the structure for three days and found no damage to the foundations, the county roads office said in a statement on Wednesday.</p>
<p>Local businesses said the closure had cut their trade by half during the busiest weeks of the tourist season.</p>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/x">County budget approved</a></li><li><a href="/y">New cycle lane opens</a></li></ul></aside>
<footer>Copyright 2024 Lakeside Observer</footer>
</body></html>
)";
}

class ExtractCliTest : public corroborate::testing::CliFixture {
 protected:
  // Runs `extract --jsonl` and parses each output line.
  std::vector<Json> RunJsonl(const std::string& files,
                             CliOutput* raw = nullptr) {
    CliOutput o = Run("extract --jsonl " + files);
    if (raw != nullptr) *raw = o;
    std::vector<Json> lines;
    size_t pos = 0;
    while (pos < o.out.size()) {
      size_t end = o.out.find('\n', pos);
      if (end == std::string::npos) end = o.out.size();
      lines.push_back(Json::parse(o.out.substr(pos, end - pos)));
      pos = end + 1;
    }
    return lines;
  }
};

const char kLead[] =
    "The old stone bridge over the Saale reopened to traffic on Tuesday "
    "after a six-week closure caused by spring floods.";

void ExpectNewsFields(const Json& line, const std::string& path) {
  EXPECT_EQ(line["path"], path);
  EXPECT_EQ(line["url"], "https://observer.example/2024/09/18/story");
  EXPECT_EQ(line["title"], "Flooded bridge reopens");
  EXPECT_EQ(line["byline"], "Ines Haldor");
  EXPECT_EQ(line["date"], "2024-09-18");
  EXPECT_EQ(line["site"], "Lakeside Observer");
  EXPECT_EQ(line["language"], "en");
  std::string text = line["text"];
  EXPECT_EQ(text.rfind(kLead, 0), 0u) << text;  // no headline before it
  EXPECT_EQ(text.find("Flooded bridge reopens"), std::string::npos);
  EXPECT_NE(text.find("\nEngineers inspected"), std::string::npos);
  EXPECT_EQ(text.find("County budget approved"), std::string::npos);
  EXPECT_EQ(text.find("Weather"), std::string::npos);
  ASSERT_TRUE(line["boilerplate"].is_array());
  bool byline_removed = false;
  for (const Json& block : line["boilerplate"]) {
    EXPECT_FALSE(block["reason"].get<std::string>().empty());
    if (block["text"] == "By Ines Haldor") {
      byline_removed = true;
      EXPECT_EQ(block["reason"], "byline");
    }
  }
  EXPECT_TRUE(byline_removed);
}

TEST_F(ExtractCliTest, JsonlFieldsOfAnHtmlFile) {
  WriteFile(dir_ / "bridge.html", NewsPage("Flooded bridge reopens", kLead));
  CliOutput raw;
  std::vector<Json> lines = RunJsonl("bridge.html", &raw);
  EXPECT_EQ(raw.exit_code, 0) << raw.err;
  ASSERT_EQ(lines.size(), 1u);
  ExpectNewsFields(lines[0], "bridge.html");
}

TEST_F(ExtractCliTest, JsonlFieldsOfAGzippedHtmlFile) {
  WriteFile(dir_ / "bridge.html.gz",
            Gzip(NewsPage("Flooded bridge reopens", kLead)));
  CliOutput raw;
  std::vector<Json> lines = RunJsonl("bridge.html.gz", &raw);
  EXPECT_EQ(raw.exit_code, 0) << raw.err;
  ASSERT_EQ(lines.size(), 1u);
  ExpectNewsFields(lines[0], "bridge.html.gz");
}

TEST_F(ExtractCliTest, WarcWithTwoPagesAndANotFound) {
  // Without a canonical link the URL is the record's target URI.
  auto page = [](const std::string& title, const std::string& body) {
    return "<html><head><title>" + title +
           "</title></head><body><article><h1>" + title + "</h1><p>" + body +
           "</p><p>" + body +
           " Officials expect a decision next month.</p></article></body>"
           "</html>";
  };
  std::string first = page(
      "Orchard harvest starts early",
      "Apple growers in the valley began picking ten days ahead of the usual "
      "date after an unusually warm summer, the growers' cooperative said.");
  std::string second =
      page("Museum extends opening hours",
           "The city museum will open on Monday evenings through the winter, "
           "its director told reporters at a news conference on Friday.");
  std::string warc =
      Gzip(WarcRecordBytes("warcinfo", "", "application/warc-fields",
                           "software: test\r\n")) +
      Gzip(WarcResponse(
          "http://news.example/orchard",
          HttpMessage(200, {"Content-Type: text/html; charset=utf-8"},
                      first))) +
      Gzip(WarcResponse(
          "http://news.example/missing",
          HttpMessage(404, {"Content-Type: text/html"}, "<p>Not here</p>"))) +
      Gzip(WarcResponse("http://news.example/museum",
                        HttpMessage(200, {"Content-Type: text/html"}, second)));
  WriteFile(dir_ / "crawl.warc.gz", warc);
  CliOutput raw;
  std::vector<Json> lines = RunJsonl("crawl.warc.gz", &raw);
  EXPECT_EQ(raw.exit_code, 0) << raw.err;
  ASSERT_EQ(lines.size(), 2u) << raw.out;
  EXPECT_EQ(lines[0]["url"], "http://news.example/orchard");
  EXPECT_EQ(lines[0]["date"], "2024-05-06");  // the fetch date
  EXPECT_EQ(lines[0]["title"], "Orchard harvest starts early");
  EXPECT_EQ(lines[0]["path"], "crawl.warc.gz");
  EXPECT_NE(lines[0]["text"].get<std::string>().find("Apple growers"),
            std::string::npos);
  EXPECT_EQ(lines[1]["url"], "http://news.example/museum");
  EXPECT_NE(lines[1]["text"].get<std::string>().find("Monday evenings"),
            std::string::npos);
}

TEST_F(ExtractCliTest, JsonlInputWithHtmlField) {
  Json record = {{"id", "r1"},
                 {"url", "https://feed.example/r1"},
                 {"html", NewsPage("Flooded bridge reopens", kLead)}};
  WriteFile(dir_ / "pages.jsonl", record.dump() + "\n");
  CliOutput raw;
  std::vector<Json> lines = RunJsonl("pages.jsonl", &raw);
  EXPECT_EQ(raw.exit_code, 0) << raw.err;
  ASSERT_EQ(lines.size(), 1u);
  ExpectNewsFields(lines[0], "pages.jsonl");
}

TEST_F(ExtractCliTest, PlainOutputIsTheText) {
  WriteFile(dir_ / "bridge.html", NewsPage("Flooded bridge reopens", kLead));
  CliOutput o = Run("extract bridge.html");
  EXPECT_EQ(o.exit_code, 0) << o.err;
  EXPECT_EQ(o.out.rfind(kLead, 0), 0u) << o.out;
  EXPECT_NE(o.out.find("\nLocal businesses said"), std::string::npos);
  EXPECT_EQ(o.out.find("<p>"), std::string::npos);
  EXPECT_EQ(o.out.find("Related"), std::string::npos);
}

TEST_F(ExtractCliTest, BadFileAmongGoodOnesIsNamedAndTheRestPrinted) {
  WriteFile(dir_ / "a.html", NewsPage("Flooded bridge reopens", kLead));
  std::string binary = "\x89PNG\r\n\x1a\n";
  binary += std::string(64, '\0');
  WriteFile(dir_ / "broken.html", binary);
  std::string gz = Gzip(NewsPage("Flooded bridge reopens", kLead));
  WriteFile(dir_ / "cut.html.gz", gz.substr(0, gz.size() / 2));
  WriteFile(dir_ / "z.html", NewsPage("Flooded bridge reopens", kLead));
  CliOutput raw;
  std::vector<Json> lines =
      RunJsonl("a.html broken.html cut.html.gz z.html", &raw);
  EXPECT_EQ(raw.exit_code, 1);
  EXPECT_NE(raw.err.find("broken.html: binary file"), std::string::npos)
      << raw.err;
  EXPECT_NE(raw.err.find("cut.html.gz: truncated gzip data"), std::string::npos)
      << raw.err;
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["path"], "a.html");
  EXPECT_EQ(lines[1]["path"], "z.html");
}

}  // namespace

// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// IngestFile and IngestBytes on HTML, gzip and WARC inputs (the pages in
// tests/data/ingest_html were written and encoded for these tests; the WARC
// was recorded by `wget --warc-file` from a local http.server).

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "corroborate/ingest.h"

#include "ingest/test_bytes.h"

namespace corroborate {
namespace {

using fixtures::Gzip;

const std::string kDir =
    std::string(CORROBORATE_TEST_DATA_DIR) + "/ingest_html/";

struct Ingested {
  Result<std::vector<Article>> read = Status::Corruption("unset");
  std::vector<std::string> errors;
};

Ingested IngestPath(const std::string& name) {
  Ingested out;
  out.read = IngestFile(kDir + name, IngestOptions(), [&](const Status& s) {
    out.errors.push_back(s.message());
  });
  return out;
}

Ingested IngestData(std::string_view bytes, std::string_view path,
                    IngestOptions options = IngestOptions()) {
  Ingested out;
  out.read = IngestBytes(bytes, path, options, [&](const Status& s) {
    out.errors.push_back(s.message());
  });
  return out;
}

struct EncodedPage {
  const char* file;
  const char* phrase;  // must appear, decoded, in the page
};

TEST(IngestHtml, DecodesEveryCharsetToUtf8) {
  const EncodedPage pages[] = {
      {"cyrillic_windows1251.html", "Мост через реку открыли"},
      {"japanese_shift_jis.html", "市立図書館"},
      {"korean_euc_kr.html", "야간 여객선"},
      {"french_latin1.html", "Réouverture du marché"},
      {"lying_latin1_is_utf8.html", "Réouverture du marché"},
      {"lying_utf8_is_windows1251.htm", "Движение по старому мосту"},
  };
  for (const EncodedPage& page : pages) {
    Ingested in = IngestPath(page.file);
    ASSERT_TRUE(in.read.ok()) << page.file << in.read.status().ToString();
    ASSERT_EQ(in.read->size(), 1u);
    const Article& article = in.read->front();
    EXPECT_NE(article.html.find(page.phrase), std::string::npos) << page.file;
    EXPECT_EQ(article.html.find("Ã"), std::string::npos) << page.file;
    EXPECT_EQ(article.html.find("\xEF\xBF\xBD"), std::string::npos)
        << page.file;
  }
}

TEST(IngestHtml, ReadsGzippedPage) {
  Ingested in = IngestPath("library.html.gz");
  ASSERT_TRUE(in.read.ok()) << in.read.status().ToString();
  EXPECT_EQ(in.read->front().id, "library.html");
  EXPECT_NE(in.read->front().html.find("weekend opening hours"),
            std::string::npos);
}

TEST(IngestGzip, ChoosesTheReaderByTheNameWithoutGz) {
  Ingested text =
      IngestData(Gzip("Harbour fog\n\nShips waited.\n"), "a.txt.gz");
  ASSERT_TRUE(text.read.ok());
  EXPECT_EQ(text.read->front().title, "Harbour fog");
  Ingested jsonl = IngestData(
      Gzip("{\"id\": \"j\", \"title\": \"T\", \"text\": \"Body.\"}\n"),
      "b.jsonl.gz");
  ASSERT_TRUE(jsonl.read.ok());
  EXPECT_EQ(jsonl.read->front().id, "j");
  Ingested htm = IngestData(Gzip("<p>Plain page</p>"), "c.htm.gz");
  ASSERT_TRUE(htm.read.ok());
  EXPECT_EQ(htm.read->front().html, "<p>Plain page</p>");
}

TEST(IngestGzip, CapAppliesToDecompressedSize) {
  IngestOptions options;
  options.max_file_bytes = 1u << 20;
  Ingested in =
      IngestData(Gzip(std::string(8u << 20, ' ')), "big.html.gz", options);
  ASSERT_FALSE(in.read.ok());
  EXPECT_EQ(
      in.read.status().message(),
      "big.html.gz: decompressed size exceeds 1048576 bytes (gzip bomb?)");
}

TEST(IngestGzip, NamesTruncatedOrFakeGzipFiles) {
  std::string data = Gzip(std::string(4000, 'x') + "<p>end</p>");
  Ingested cut = IngestData(data.substr(0, data.size() - 10), "p.html.gz");
  EXPECT_EQ(cut.read.status().message(), "p.html.gz: truncated gzip data");
  Ingested fake = IngestData("<p>not compressed</p>", "p.html.gz");
  EXPECT_EQ(fake.read.status().message(), "p.html.gz: not in gzip format");
}

TEST(IngestWarc, ReadsWgetRecording) {
  Ingested in = IngestPath("wget_two_pages.warc.gz");
  ASSERT_TRUE(in.read.ok()) << in.read.status().ToString();
  EXPECT_TRUE(in.errors.empty());
  ASSERT_EQ(in.read->size(), 2u);
  const Article& ferry = in.read->at(0);
  EXPECT_EQ(ferry.id, "wget_two_pages#3");
  EXPECT_EQ(ferry.url, "http://127.0.0.1:8765/ferry.html");
  EXPECT_EQ(ferry.date.size(), 10u);
  EXPECT_NE(ferry.html.find("Gdańsk"), std::string::npos);
  EXPECT_EQ(in.read->at(1).url, "http://127.0.0.1:8765/library.html");
}

TEST(IngestWarc, KeepsRecordsBeforeGzipDamage) {
  std::string page =
      "<html><body><p>The dam holds after the storm.</p></body></html>";
  std::string first = fixtures::WarcResponse(
      "http://c.example/1",
      fixtures::HttpMessage(200, {"Content-Type: text/html"}, page));
  std::string second = Gzip(fixtures::WarcResponse(
      "http://c.example/2",
      fixtures::HttpMessage(200, {"Content-Type: text/html"},
                            std::string(3000, 'w'))));
  std::string file = Gzip(first) + second.substr(0, second.size() / 2);
  Ingested in = IngestData(file, "cut.warc.gz");
  ASSERT_TRUE(in.read.ok()) << in.read.status().ToString();
  ASSERT_EQ(in.read->size(), 1u);
  EXPECT_EQ(in.read->front().url, "http://c.example/1");
  ASSERT_FALSE(in.errors.empty());
  EXPECT_EQ(in.errors[0], "cut.warc.gz: truncated gzip data");
}

TEST(IngestWarc, ReadsSingleStreamGzip) {
  std::string page = "<html><body><p>Rail strike ends.</p></body></html>";
  std::string warc;
  for (int i = 0; i < 2; ++i) {
    warc += fixtures::WarcResponse(
        "http://d.example/" + std::to_string(i),
        fixtures::HttpMessage(200, {"Content-Type: text/html"}, page));
  }
  Ingested in = IngestData(Gzip(warc), "one.warc.gz");
  ASSERT_TRUE(in.read.ok());
  EXPECT_EQ(in.read->size(), 2u);
  EXPECT_EQ(in.read->at(1).id, "one#2");
}

TEST(IngestWarc, RecognisesWarcWithoutItsName) {
  std::string warc = fixtures::WarcResponse(
      "http://e.example/a",
      fixtures::HttpMessage(200, {"Content-Type: text/html"},
                            "<p>Snow closes the pass.</p>"));
  Ingested in = IngestData(Gzip(warc), "-");
  ASSERT_TRUE(in.read.ok()) << in.read.status().ToString();
  ASSERT_EQ(in.read->size(), 1u);
  EXPECT_EQ(in.read->front().url, "http://e.example/a");
  EXPECT_EQ(in.read->front().id, "stdin#1");
}

}  // namespace
}  // namespace corroborate

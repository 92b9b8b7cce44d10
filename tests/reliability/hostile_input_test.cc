// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Hostile inputs through the whole `corroborate analyze --db` run (issue 11,
// "Hostile inputs"): each input is given between two good articles, and the
// run must end within a time bound and a peak-memory bound (the child's
// ru_maxrss), name the bad file and its problem on stderr, and still store
// the good articles. The library-level cases (nesting, truncated gzip and
// WARC records, JSONL lines) are in tests/ingest; these add the process,
// its memory and the store. Inputs are generated here, never committed.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <sys/resource.h>
#include <zlib.h>

#include "ingest/test_bytes.h"
#include "reliability/hostile_run.h"

namespace corroborate::reliability {
namespace {

namespace fs = std::filesystem;

// Peak RSS of a Debug `analyze --db` run on one short article was 109 MiB
// (docs/reliability.md: the lexicons and the gazetteer); every bound below
// is 160 MiB plus what the input may cost.
constexpr long kBaseRssKb = 160L << 10;
// This test process, whose peak a spawned child inherits: gtest and the
// generated inputs, written in 1 MiB chunks.
constexpr long kTestProcessRssKb = 32L << 10;
// A short run took 4.5 s in a Debug build on the 2-core machine (start-up
// dominates); 30 s leaves room for a machine loaded by other builds.
constexpr double kBaseSeconds = 30.0;

const char kGoodA[] =
    "Lighthouse keeper retires after forty years\n\n"
    "The last keeper of the Brannock Point lighthouse retired on Saturday, "
    "the coastal authority said, ending four decades of service on the "
    "rocky headland.\n\n"
    "Automatic lamps will guide ships from next month, a spokesman said.\n";
const char kGoodB[] =
    "City library reopens after roof repair\n\n"
    "The central library reopened on Tuesday after a six-month repair of "
    "its leaking roof, the council said in a statement.\n\n"
    "Readers queued before the doors opened, according to staff.\n";

// One paragraph of plain English news text, about 200 bytes.
const char kSentence[] =
    "The harbour board said on Wednesday that the new crane would double "
    "the number of containers unloaded each day, and that dockers had "
    "been trained to run it over the winter. ";

// Writes `unit` repeated until the file holds at least `bytes` bytes, a
// chunk at a time: the test process must stay small, because a child
// started by posix_spawn (vfork) inherits the parent's peak RSS into its
// ru_maxrss.
void WriteRepeated(const fs::path& path, const std::string& unit,
                   size_t bytes) {
  std::string chunk;
  while (chunk.size() < (1u << 20)) chunk += unit;
  std::ofstream out(path, std::ios::binary);
  for (size_t written = 0; written < bytes; written += chunk.size())
    out << chunk;
}

// The same as one gzip member, compressed a chunk at a time.
void WriteGzipRepeated(const fs::path& path, const std::string& unit,
                       size_t bytes) {
  std::string chunk;
  while (chunk.size() < (1u << 20)) chunk += unit;
  z_stream stream{};
  deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8,
               Z_DEFAULT_STRATEGY);
  std::ofstream out(path, std::ios::binary);
  std::string buffer(1u << 16, '\0');
  for (size_t fed = 0; fed < bytes + chunk.size(); fed += chunk.size()) {
    bool last = fed >= bytes;
    stream.next_in = reinterpret_cast<Bytef*>(chunk.data());
    stream.avail_in = last ? 0 : static_cast<uInt>(chunk.size());
    do {
      stream.next_out = reinterpret_cast<Bytef*>(buffer.data());
      stream.avail_out = static_cast<uInt>(buffer.size());
      deflate(&stream, last ? Z_FINISH : Z_NO_FLUSH);
      out.write(buffer.data(),
                static_cast<std::streamsize>(buffer.size() - stream.avail_out));
    } while (stream.avail_out == 0);
  }
  deflateEnd(&stream);
}

std::vector<std::string> StoredIds(const fs::path& db) {
  std::vector<std::string> ids;
  sqlite3* handle = nullptr;
  if (sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) ==
      SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT id FROM articles ORDER BY id", -1,
                           &stmt, nullptr) == SQLITE_OK) {
      while (sqlite3_step(stmt) == SQLITE_ROW) {
        ids.emplace_back(
            reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
      }
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(handle);
  return ids;
}

class HostileInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("corroborate_hostile_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    WriteWholeFile(dir_ / "good_a.txt", kGoodA);
    WriteWholeFile(dir_ / "good_b.txt", kGoodB);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // `analyze --db store.db --json good_a.txt NAMES... good_b.txt`.
  ChildRun Analyze(const std::vector<std::string>& names,
                   double seconds = kBaseSeconds,
                   const std::string& stdin_path = "") {
    std::vector<std::string> args = {"analyze",  "-q",     "--db",
                                     "store.db", "--json", "good_a.txt"};
    args.insert(args.end(), names.begin(), names.end());
    args.push_back("good_b.txt");
    // The child's ru_maxrss includes this process's peak (see
    // WriteRepeated); it must stay well under the bounds.
    struct rusage self {};
    getrusage(RUSAGE_SELF, &self);
    EXPECT_LE(self.ru_maxrss, kTestProcessRssKb * kSanitizerFactor);
    ChildRun run =
        RunCorroborate(dir_, args, seconds * kSanitizerFactor, stdin_path);
    std::printf("  %s: exit %d, %.2f s, peak RSS %ld MiB\n",
                names.empty() ? "-" : names.front().c_str(), run.exit_code,
                run.seconds, run.max_rss_kb >> 10);
    return run;
  }

  // The run ended by itself within its bounds and stored the good articles
  // (plus `extra_ids`).
  void ExpectBoundedAndStored(const ChildRun& run, long rss_bound_kb,
                              std::vector<std::string> extra_ids = {}) {
    EXPECT_FALSE(run.timed_out);
    EXPECT_LE(run.max_rss_kb, SanitizedRssBoundKb(rss_bound_kb));
    extra_ids.push_back("good_a");
    extra_ids.push_back("good_b");
    std::sort(extra_ids.begin(), extra_ids.end());
    EXPECT_EQ(StoredIds(dir_ / "store.db"), extra_ids) << run.err;
  }

  // The run failed for `name` alone, naming it and `problem` on one line.
  void ExpectFileError(const ChildRun& run, const std::string& name,
                       const std::string& problem) {
    EXPECT_EQ(run.exit_code, 1) << run.err;
    EXPECT_NE(run.err.find(name + ": " + problem), std::string::npos)
        << run.err;
  }

  fs::path dir_;
};

// The text of every paragraph of article `id` in the --json output.
std::string ArticleText(const ChildRun& run, const std::string& id) {
  nlohmann::json analysis = nlohmann::json::parse(run.out, nullptr, false);
  if (analysis.is_discarded()) return "<invalid JSON>";
  std::string text;
  for (const auto& article : analysis["articles"]) {
    if (article["id"] != id) continue;
    text += article["title"].get<std::string>() + "\n";
    for (const auto& p : article["paragraphs"])
      text += p["text"].get<std::string>() + "\n";
  }
  return text;
}

TEST_F(HostileInputTest, HundredMegabyteSingleLineIsRejectedUnread) {
  WriteRepeated(dir_ / "line.txt", kSentence, 100u << 20);
  ChildRun run = Analyze({"line.txt"});
  ExpectFileError(run, "line.txt", "file too large");
  // The size is checked before reading: no part of the 100 MB is loaded.
  ExpectBoundedAndStored(run, kBaseRssKb);
}

// Under the size limit, so analysed whole: one 1 MiB paragraph of about
// 5,000 copies of one sentence, the worst case for the link and corroborate
// stages' pairwise work (before the caps in src/link/reuse_finder.cc and
// src/corroborate/corroborate.cc: 440 s and 8.5 GB in a Debug build; after:
// 14 s and 120 MB).
TEST_F(HostileInputTest, OneMegabyteParagraphIsAnalysedInBoundedMemory) {
  {
    std::ofstream out(dir_ / "para.txt", std::ios::binary);
    out << "Harbour crane arrives\n\n";
    for (size_t n = 0; n < (1u << 20); n += sizeof(kSentence) - 1)
      out << kSentence;
    out << "\n";
  }
  ChildRun run = Analyze({"para.txt"}, 3 * kBaseSeconds);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  ExpectBoundedAndStored(run, kBaseRssKb + (64L << 10), {"para"});
}

TEST_F(HostileInputTest, HundredMegabytesOnStandardInputStopAtTheLimit) {
  WriteRepeated(dir_ / "line.txt", kSentence, 100u << 20);
  ChildRun run = Analyze({"-"}, kBaseSeconds, (dir_ / "line.txt").string());
  ExpectFileError(run, "-", "file too large");
  // At most the 64 MiB limit plus one byte is read from a pipe.
  ExpectBoundedAndStored(run, kBaseRssKb + (80L << 10));
}

// A device has no size to check first and no end: it is read to one byte
// past the limit, like a pipe (before: read until memory ran out).
TEST_F(HostileInputTest, EndlessDeviceStopsAtTheLimit) {
  ChildRun run = Analyze({"/dev/zero"});
  ExpectFileError(run, "/dev/zero", "file too large");
  ExpectBoundedAndStored(run, kBaseRssKb + (80L << 10));
}

TEST_F(HostileInputTest, HundredMegabyteGzipBombStopsAtTheLimit) {
  WriteGzipRepeated(dir_ / "bomb.txt.gz", kSentence, 100u << 20);
  ChildRun run = Analyze({"bomb.txt.gz"});
  ExpectFileError(run, "bomb.txt.gz", "decompressed size exceeds");
  ExpectBoundedAndStored(run, kBaseRssKb + (80L << 10));
}

TEST_F(HostileInputTest, NulBytesInATextFileAreABinaryFileError) {
  std::string text = std::string(kGoodA) + kSentence;
  text[text.size() / 2] = '\0';
  WriteWholeFile(dir_ / "nul.txt", text);
  ChildRun run = Analyze({"nul.txt"});
  ExpectFileError(run, "nul.txt", "binary file");
  ExpectBoundedAndStored(run, kBaseRssKb);
}

TEST_F(HostileInputTest, EscapedNulInJsonlTextIsStored) {
  // JSON can carry U+0000 as \u0000: valid JSON, and it must survive the
  // analysers, the JSON output and SQLite's text columns.
  WriteWholeFile(dir_ / "nul.jsonl",
                 "{\"id\": \"escaped_nul\", \"title\": \"Crane at the "
                 "harbour\", \"text\": \"The harbour board said\\u0000 the "
                 "crane was ready.\\n\\nDockers \\u0000\\u0000 were trained "
                 "over the winter, officials said.\"}\n");
  ChildRun run = Analyze({"nul.jsonl"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(ArticleText(run, "escaped_nul").find("crane was ready"),
            std::string::npos);
  ExpectBoundedAndStored(run, kBaseRssKb, {"escaped_nul"});
}

TEST_F(HostileInputTest, InvalidUtf8IsDecodedOrNamed) {
  // Valid UTF-8 with stray continuation bytes, an overlong slash, an
  // encoded surrogate and a sequence cut short: no charset makes it both
  // valid and meant, so either the file is read in a single-byte charset
  // (every byte decodes) or it is named; the output must be valid UTF-8.
  std::string text = std::string(kGoodA) + "Caf\xC3\xA9 \x80\x81 \xC0\xAF " +
                     "\xED\xA0\x80 end \xE2\x82\n";
  WriteWholeFile(dir_ / "bad_utf8.txt", text);
  ChildRun run = Analyze({"bad_utf8.txt"});
  if (run.exit_code == 0) {
    EXPECT_NE(ArticleText(run, "bad_utf8").find("lighthouse"),
              std::string::npos);
    ExpectBoundedAndStored(run, kBaseRssKb, {"bad_utf8"});
  } else {
    ExpectFileError(run, "bad_utf8.txt", "not valid UTF-8");
    ExpectBoundedAndStored(run, kBaseRssKb);
  }
  EXPECT_FALSE(nlohmann::json::parse(run.out, nullptr, false).is_discarded());
}

TEST_F(HostileInputTest, Utf16WithoutByteOrderMarkIsReadInBothByteOrders) {
  std::string text = std::string(kSentence) + "\n\n" + kSentence;
  WriteWholeFile(
      dir_ / "le.txt",
      fixtures::Encode("Crane report, little end\n\n" + text, "UTF-16LE"));
  WriteWholeFile(dir_ / "be.txt", fixtures::Encode("Crane report, big end\n\n" +
                                                       text + " Second copy.",
                                                   "UTF-16BE"));
  ChildRun run = Analyze({"le.txt", "be.txt"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(ArticleText(run, "le").find("little end\nThe harbour board"),
            std::string::npos)
      << ArticleText(run, "le");
  EXPECT_NE(ArticleText(run, "be").find("big end\nThe harbour board"),
            std::string::npos)
      << ArticleText(run, "be");
  ExpectBoundedAndStored(run, kBaseRssKb, {"be", "le"});
}

TEST_F(HostileInputTest, WrongDeclaredCharsetsAreOverruledOrNamed) {
  // A page declaring Latin-1 while holding UTF-8, and one declaring UTF-8
  // while holding windows-1252: both are read with the right characters.
  std::string body =
      "<p>The caf\xC3\xA9 on the pier reopened on Sunday after the storm "
      "damage was repaired, its owner said, and the ferry cr\xC3\xA8w "
      "came for breakfast.</p>";
  WriteWholeFile(dir_ / "says_latin1.html",
                 "<html><head><meta charset=\"iso-8859-1\"><title>Pier "
                 "caf\xC3\xA9</title></head><body><article>" +
                     body + "</article></body></html>");
  WriteWholeFile(dir_ / "says_utf8.html",
                 fixtures::Encode("<html><head><meta charset=\"utf-8\">"
                                  "<title>Pier caf\xC3\xA9 again</title>"
                                  "</head><body><article>" +
                                      body + " Again.</article></body></html>",
                                  "windows-1252"));
  ChildRun run = Analyze({"says_latin1.html", "says_utf8.html"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(ArticleText(run, "says_latin1").find("caf\xC3\xA9 on the pier"),
            std::string::npos)
      << ArticleText(run, "says_latin1");
  EXPECT_NE(ArticleText(run, "says_utf8").find("caf\xC3\xA9 on the pier"),
            std::string::npos)
      << ArticleText(run, "says_utf8");
  ExpectBoundedAndStored(run, kBaseRssKb, {"says_latin1", "says_utf8"});
}

TEST_F(HostileInputTest, TruncatedGzipIsNamed) {
  std::string packed = fixtures::Gzip(std::string(kGoodA) + kSentence);
  WriteWholeFile(dir_ / "cut.txt.gz", packed.substr(0, packed.size() / 2));
  ChildRun run = Analyze({"cut.txt.gz"});
  ExpectFileError(run, "cut.txt.gz", "truncated gzip data");
  ExpectBoundedAndStored(run, kBaseRssKb);
}

// Two WARC response records for HTML pages; the second is cut in half.
std::string TruncatedWarc() {
  auto page = [](const std::string& title) {
    return fixtures::HttpMessage(
        200, {"Content-Type: text/html"},
        "<html><head><title>" + title + "</title></head><body><article><p>" +
            kSentence + "</p><p>" + title + " was confirmed.</p></article>" +
            "</body></html>");
  };
  std::string first =
      fixtures::WarcResponse("http://news.example/crane", page("Crane"));
  std::string second =
      fixtures::WarcResponse("http://news.example/dock", page("Dock"));
  return first + second.substr(0, second.size() / 2);
}

TEST_F(HostileInputTest, TruncatedWarcKeepsTheRecordsBeforeTheCut) {
  WriteWholeFile(dir_ / "cut.warc", TruncatedWarc());
  ChildRun run = Analyze({"cut.warc"});
  ExpectFileError(run, "cut.warc", "WARC record 2: ");
  ExpectBoundedAndStored(run, kBaseRssKb, {"cut#1"});
}

TEST_F(HostileInputTest, TruncatedWarcGzKeepsTheRecordsBeforeTheCut) {
  // Each record its own gzip member, as crawlers write them; the file ends
  // inside the second member.
  std::string warc = TruncatedWarc();
  std::string first_record = warc.substr(0, warc.find("WARC/1.0", 1));
  std::string second_member = fixtures::Gzip(warc.substr(first_record.size()));
  WriteWholeFile(dir_ / "cut.warc.gz",
                 fixtures::Gzip(first_record) +
                     second_member.substr(0, second_member.size() / 2));
  ChildRun run = Analyze({"cut.warc.gz"});
  ExpectFileError(run, "cut.warc.gz", "truncated gzip data");
  ExpectBoundedAndStored(run, kBaseRssKb, {"cut#1"});
}

TEST_F(HostileInputTest, MalformedJsonlLinesAreNamedAndTheRestStored) {
  std::string good = std::string(kSentence) + "\\n\\nOfficials confirmed it.";
  WriteWholeFile(
      dir_ / "mixed.jsonl",
      "{\"id\": \"first\", \"title\": \"Crane one\", \"text\": \"" + good +
          " One.\"}\n"
          "{\"id\": \"broken\", \"text\": \n"
          "[1, 2, 3]\n"
          "{\"id\": \"no_text\", \"title\": \"Nothing here\"}\n"
          "\xFF\xFE not json at all\n"
          "{\"id\": \"last\", \"title\": \"Crane two\", \"text\": \"" +
          good + " Two.\"}\n");
  ChildRun run = Analyze({"mixed.jsonl"});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  for (const char* line :
       {"mixed.jsonl: line 2: not valid JSON", "mixed.jsonl: line 3: not a",
        "mixed.jsonl: line 4: no string", "mixed.jsonl: line 5: not valid"}) {
    EXPECT_NE(run.err.find(line), std::string::npos) << line << run.err;
  }
  ExpectBoundedAndStored(run, kBaseRssKb, {"first", "last"});
}

TEST_F(HostileInputTest, MillionParagraphsAreRejectedBeforeSplitting) {
  std::string text = "Inventory\n\n";
  WriteWholeFile(dir_ / "many.txt", text);
  {
    std::ofstream out(dir_ / "many.txt", std::ios::binary | std::ios::app);
    for (int i = 0; i < 1000000; ++i) out << "Stall " << i << ".\n\n";
  }
  ChildRun run = Analyze({"many.txt"});
  ExpectFileError(run, "many.txt", "too many lines for one article");
  // The 15 MB file is read whole, then counted: about the file's size.
  ExpectBoundedAndStored(run, kBaseRssKb + (32L << 10));
}

TEST_F(HostileInputTest, DeepNestingThroughTheWholeRun) {
  // 200,000 nested elements: the library-level test is in
  // tests/ingest/bad_input_test.cc; this adds the process's memory.
  std::string page = "<html><head><title>Deep</title></head><body>";
  for (int i = 0; i < 200000; ++i) page += "<div>";
  page += std::string("<p>") + kSentence + "</p>";
  for (int i = 0; i < 200000; ++i) page += "</div>";
  WriteWholeFile(dir_ / "deep.html", page + "</body></html>");
  ChildRun run = Analyze({"deep.html"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  ExpectBoundedAndStored(run, kBaseRssKb + (64L << 10), {"deep"});
}

TEST_F(HostileInputTest, EveryHostileInputInOneRun) {
  // The cheap inputs above together: each named, the rest stored.
  std::string text = std::string(kGoodA) + kSentence;
  text[text.size() / 2] = '\0';
  WriteWholeFile(dir_ / "nul.txt", text);
  std::string packed = fixtures::Gzip(kSentence);
  WriteWholeFile(dir_ / "cut.txt.gz", packed.substr(0, packed.size() / 2));
  WriteWholeFile(dir_ / "cut.warc", TruncatedWarc());
  WriteWholeFile(dir_ / "empty.html", "");
  WriteWholeFile(dir_ / "broken.jsonl", "{\"id\": 1,\n");
  ChildRun run = Analyze(
      {"nul.txt", "cut.txt.gz", "cut.warc", "empty.html", "broken.jsonl"});
  ExpectFileError(run, "nul.txt", "binary file");
  ExpectFileError(run, "cut.txt.gz", "truncated gzip data");
  ExpectFileError(run, "cut.warc", "WARC record 2");
  ExpectFileError(run, "empty.html", "empty file");
  EXPECT_NE(run.err.find("broken.jsonl"), std::string::npos) << run.err;
  ExpectBoundedAndStored(run, kBaseRssKb, {"cut#1"});
}

}  // namespace
}  // namespace corroborate::reliability

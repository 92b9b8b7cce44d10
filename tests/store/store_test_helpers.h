// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Helpers for the store tests: a temporary directory removed afterwards,
// articles and stories with made-up text, and raw SQLite access to inspect
// or damage a database file the way another program would.

#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <stdlib.h>

#include "corroborate/article.h"

namespace corroborate::store {

// A fresh directory under the system temp dir, deleted with its contents.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "store_test_XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) ADD_FAILURE() << "mkdtemp failed";
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string File(const std::string& name) const {
    return (path_ / name).string();
  }

 private:
  std::filesystem::path path_;
};

// An article about a (fictional) ferry service, with every field set.
// `hash` distinguishes content; `id` the article's name.
inline Article MakeArticle(const std::string& id, const std::string& hash) {
  Article a;
  a.id = id;
  a.path = "/data/in/" + id + ".txt";
  a.url = "https://harbour.example/news/" + id;
  a.title = "Night ferry returns to the northern route";
  a.date = "2025-03-14";
  a.site = "Harbour Courier";
  a.byline = "Courier Transport Desk";
  a.contributors = {"Mira Tallis", "Ode Fenwick"};
  a.encoding = "WINDOWS-1252";
  a.content_hash = hash;
  a.language = "en";
  a.quality = 0.8125;
  a.low_quality = true;
  a.quality_reasons = {"repeated phrases", "short body"};
  a.paragraphs = {{.text = "The night ferry will sail again from Monday, the "
                           "port authority said.",
                   .first_line = 3,
                   .last_line = 4,
                   .language = "en",
                   .damaged = true},
                  {.text = "Read more: Tolls rise on the coast road",
                   .first_line = 6,
                   .last_line = 6,
                   .boilerplate = true,
                   .reason = BoilerplateReason::kRelatedLink,
                   .language = "en"}};
  a.sentences = {{.paragraph = 0,
                  .begin = 0,
                  .end = 69,
                  .text = "The night ferry will sail again from Monday, the "
                          "port authority said."}};
  a.attributions = {{.sentence = 0,
                     .source = "the port authority",
                     .source_kind = SourceKind::kOrganization,
                     .source_role = "harbour authority",
                     .via = "a harbour pilot",
                     .via_kind = SourceKind::kAnonymous,
                     .anonymous = true,
                     .cue = "said",
                     .content = "The night ferry will sail again from Monday",
                     .direct_quote = true}};
  a.signals = {{.kind = "hedged", .sentence = 0, .text = "reportedly"}};
  a.damaged_lines = {
      {.line = 4, .problem = "mojibake", .excerpt = "from MondayÃ©"}};
  return a;
}

// Two stories with claims, about (fictional) local events.
inline std::vector<Story> MakeStories() {
  Claim fares{.id = "S1.C1",
              .text = "Fares will stay at four euros.",
              .articles = {"a1", "a2"},
              .attributions = {{.article = "a1",
                                .sentence = 2,
                                .text = "Fares stay.",
                                .source = "the operator",
                                .source_role = "ferry operator",
                                .cue = "announced"}},
              .origins = {{.source = "the operator", .articles = {"a1", "a2"}}},
              .independent_origins = 1,
              .verdict = "single_source",
              .explanation = "Only the operator says so.",
              .circular = true};
  Claim crew{.id = "S1.C2",
             .text = "Crews were hired from the south.",
             .articles = {"a2"},
             .independent_origins = 0,
             .verdict = "unattributed"};
  Claim roof{.id = "S2.C1",
             .text = "The library roof leaked twice.",
             .articles = {"b1"},
             .origins = {{.source = "a volunteer",
                          .anonymous = true,
                          .articles = {"b1"}}},
             .independent_origins = 1,
             .verdict = "single_anonymous_source"};
  return {{.id = "S1",
           .title = "Night ferry returns",
           .articles = {"a1", "a2"},
           .claims = {fares, crew}},
          {.id = "S2",
           .title = "Library appeal",
           .articles = {"b1"},
           .claims = {roof}}};
}

inline std::vector<Reuse> MakeReuse() {
  return {
      {.from = "a1",
       .to = "a2",
       .similarity = 0.75,
       .passages = {{.from_sentence = 0, .to_sentence = 1, .overlap = 0.6}}}};
}

// Runs `sql` on the file at `path` with a separate connection, as another
// program would; returns the first column of the first row (0 if none).
inline int64_t RawQuery(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  int64_t value = 0;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK)
      << sqlite3_errmsg(db);
  int rc = sqlite3_step(stmt);
  if (rc == SQLITE_ROW) value = sqlite3_column_int64(stmt, 0);
  EXPECT_TRUE(rc == SQLITE_ROW || rc == SQLITE_DONE) << sqlite3_errmsg(db);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return value;
}

// Returns the first text column of the first row of `sql` ("" if none).
inline std::string RawQueryText(const std::string& path,
                                const std::string& sql) {
  sqlite3* db = nullptr;
  std::string value;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK)
      << sqlite3_errmsg(db);
  if (sqlite3_step(stmt) == SQLITE_ROW) {
    value = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return value;
}

}  // namespace corroborate::store

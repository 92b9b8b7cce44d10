// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "store/postgres_store.h"

#include <cstdint>
#include <numeric>
#include <string_view>
#include <tuple>

#include <nlohmann/json.hpp>

#include "store/postgres_schema.h"
#include "store/row_json.h"
#include "util/analysis_json.h"

namespace corroborate::store {
namespace {

using nlohmann::json;

// Runs `sql`, which selects (rowid, json), and parses every row.
template <typename T, typename FromJson>
Result<std::vector<T>> ReadRows(pqxx::transaction_base& tx,
                                const std::string& name, const char* table,
                                const char* sql, FromJson from_json) {
  std::vector<T> rows;
  for (const pqxx::row& row : tx.exec(sql)) {
    Result<T> parsed =
        ParseRow(name, table, row[0].as<int64_t>(), row[1].c_str(), from_json);
    if (!parsed.ok()) return parsed.status();
    rows.push_back(std::move(parsed).value());
  }
  return rows;
}

// COPYs stories[i], i in `which`, at position i: the stories rows, then
// their article lists and claims.
void StreamStoryRows(pqxx::transaction_base& tx,
                     const std::vector<Story>& stories,
                     const std::vector<size_t>& which) {
  std::vector<json> story_json;
  {
    pqxx::stream_to out(
        tx, "stories",
        std::vector<std::string>{"id", "position", "title", "json"});
    for (size_t i : which) {
      story_json.push_back(util::StoryToJson(stories[i]));
      out << std::make_tuple(stories[i].id, int64_t(i), stories[i].title,
                             DumpColumn(story_json.back()));
    }
    out.complete();
  }
  pqxx::stream_to members(
      tx, "story_articles",
      std::vector<std::string>{"story_id", "position", "article_id"});
  for (size_t i : which) {
    const Story& story = stories[i];
    for (size_t j = 0; j < story.articles.size(); ++j)
      members << std::make_tuple(story.id, int64_t(j), story.articles[j]);
  }
  members.complete();
  pqxx::stream_to claims(
      tx, "claims",
      std::vector<std::string>{"story_id", "position", "claim_id", "text",
                               "independent_origins", "verdict", "circular",
                               "json"});
  for (size_t k = 0; k < which.size(); ++k) {
    const Story& story = stories[which[k]];
    for (size_t j = 0; j < story.claims.size(); ++j) {
      const Claim& c = story.claims[j];
      claims << std::make_tuple(
          story.id, int64_t(j), c.id, c.text, c.independent_origins, c.verdict,
          int{c.circular}, DumpColumn(story_json[k]["claims"][j]));
    }
  }
  claims.complete();
}

// COPYs reuse[from..] at their indexes, after deleting the rows from `from`
// on (a save that failed after writing them, or another writer, may have
// left rows there).
void StreamReuseRows(pqxx::transaction_base& tx,
                     const std::vector<Reuse>& reuse, size_t from) {
  tx.exec_params0("DELETE FROM reuse WHERE position >= $1", int64_t(from));
  pqxx::stream_to links(tx, "reuse",
                        std::vector<std::string>{"position", "from_id", "to_id",
                                                 "similarity", "json"});
  for (size_t i = from; i < reuse.size(); ++i) {
    links << std::make_tuple(int64_t(i), reuse[i].from, reuse[i].to,
                             reuse[i].similarity,
                             DumpColumn(util::ReuseToJson(reuse[i])));
  }
  links.complete();
}

}  // namespace

std::string RedactUrl(const std::string& url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string::npos) return url;
  const size_t host_start = scheme + 3;
  const size_t at = url.find('@', host_start);
  const size_t slash = url.find('/', host_start);
  if (at == std::string::npos || (slash != std::string::npos && at > slash))
    return url;
  const size_t colon = url.find(':', host_start);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon + 1) + "***" + url.substr(at);
}

Result<std::unique_ptr<Store>> PostgresStore::Open(const std::string& url) {
  const std::string name = RedactUrl(url);
  std::unique_ptr<pqxx::connection> db;
  try {
    db = std::make_unique<pqxx::connection>(url);
  } catch (const std::exception& e) {
    return Status::IoError(
        name, std::string("connecting to PostgreSQL: ") + e.what());
  }
  Status migrated = MigratePostgresSchema(*db, name);
  if (!migrated.ok()) return migrated;
  return std::unique_ptr<Store>(new PostgresStore(name, std::move(db)));
}

Status PostgresStore::Error(const std::string& what,
                            const std::exception& e) const {
  return Status::IoError(name_, what + ": " + e.what());
}

Result<bool> PostgresStore::PutArticle(const Article& article) {
  const std::string what = "storing article '" + article.id + "'";
  if (article.content_hash.empty())
    return Status::InvalidArgument(name_, what + ": no content hash");
  try {
    pqxx::work tx(*db_);
    pqxx::result inserted = tx.exec_params(
        "INSERT INTO articles (id, content_hash, path, title, date, site, "
        "language, quality, low_quality, json) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) "
        "ON CONFLICT (content_hash) DO NOTHING",
        article.id, article.content_hash, article.path, article.title,
        article.date, article.site, article.language, article.quality,
        int{article.low_quality}, DumpColumn(util::ArticleToJson(article)));
    tx.commit();
    return inserted.affected_rows() > 0;
  } catch (const std::exception& e) {
    return Error(what, e);
  }
}

void PostgresStore::WriteStories(pqxx::transaction_base& tx,
                                 const std::vector<Story>& stories,
                                 const std::vector<Reuse>& reuse) {
  // Children first, though ON DELETE CASCADE would also remove them.
  for (const char* sql : {"DELETE FROM claims", "DELETE FROM story_articles",
                          "DELETE FROM stories"}) {
    tx.exec0(sql);
  }
  std::vector<size_t> all(stories.size());
  std::iota(all.begin(), all.end(), size_t{0});
  StreamStoryRows(tx, stories, all);
  StreamReuseRows(tx, reuse, 0);
}

Status PostgresStore::PutStories(const std::vector<Story>& stories,
                                 const std::vector<Reuse>& reuse) {
  try {
    pqxx::work tx(*db_);
    tx.exec_params("SELECT pg_advisory_xact_lock($1)", kStoriesLockKey);
    WriteStories(tx, stories, reuse);
    tx.commit();
    return Status::Ok();
  } catch (const std::exception& e) {
    return Error("storing stories", e);
  }
}

Status PostgresStore::PutStoryChanges(const std::vector<Story>& stories,
                                      const std::vector<size_t>& changed,
                                      const std::vector<Reuse>& reuse,
                                      size_t reuse_from) {
  try {
    pqxx::work tx(*db_);
    tx.exec_params("SELECT pg_advisory_xact_lock($1)", kStoriesLockKey);
    // A story's articles and claims go with it (ON DELETE CASCADE).
    for (size_t i : changed) {
      tx.exec_params0("DELETE FROM stories WHERE id = $1", stories[i].id);
    }
    StreamStoryRows(tx, stories, changed);
    StreamReuseRows(tx, reuse, reuse_from);
    tx.commit();
    return Status::Ok();
  } catch (const std::exception& e) {
    return Error("storing changed stories", e);
  }
}

Result<Analysis> PostgresStore::ReplaceStories(const StoryDeriver& derive) {
  try {
    pqxx::work tx(*db_);
    // Writers queue here. Under READ COMMITTED each statement sees what was
    // committed before it started, so the SELECT below, run after the lock
    // is granted, sees every article the previous holder saw, plus any
    // stored since.
    tx.exec_params("SELECT pg_advisory_xact_lock($1)", kStoriesLockKey);
    Result<std::vector<Article>> stored = ReadArticles(tx);
    if (!stored.ok()) return stored.status();
    Analysis analysis = derive(std::move(stored).value());
    WriteStories(tx, analysis.stories, analysis.reuse);
    tx.commit();
    return analysis;
  } catch (const std::exception& e) {
    return Error("replacing stories", e);
  }
}

Result<std::vector<Article>> PostgresStore::ReadArticles(
    pqxx::transaction_base& tx) {
  return ReadRows<Article>(tx, name_, "articles",
                           "SELECT rowid, json FROM articles ORDER BY rowid",
                           util::ArticleFromJson);
}

Result<std::vector<Story>> PostgresStore::ReadStories(
    pqxx::transaction_base& tx) {
  return ReadRows<Story>(tx, name_, "stories",
                         "SELECT rowid, json FROM stories ORDER BY position",
                         util::StoryFromJson);
}

Result<std::vector<Reuse>> PostgresStore::ReadReuse(
    pqxx::transaction_base& tx) {
  return ReadRows<Reuse>(tx, name_, "reuse",
                         "SELECT rowid, json FROM reuse ORDER BY position",
                         util::ReuseFromJson);
}

Result<std::vector<Article>> PostgresStore::LoadArticles() {
  try {
    pqxx::read_transaction tx(*db_);
    return ReadArticles(tx);
  } catch (const std::exception& e) {
    return Error("reading articles", e);
  }
}

Result<Analysis> PostgresStore::LoadAnalysis() {
  try {
    pqxx::transaction<pqxx::isolation_level::repeatable_read, pqxx::read_only>
        tx(*db_);
    Analysis analysis;
    Result<std::vector<Article>> articles = ReadArticles(tx);
    if (!articles.ok()) return articles.status();
    Result<std::vector<Story>> stories = ReadStories(tx);
    if (!stories.ok()) return stories.status();
    Result<std::vector<Reuse>> reuse = ReadReuse(tx);
    if (!reuse.ok()) return reuse.status();
    analysis.articles = std::move(articles).value();
    analysis.stories = std::move(stories).value();
    analysis.reuse = std::move(reuse).value();
    return analysis;
  } catch (const std::exception& e) {
    return Error("reading the analysis", e);
  }
}

}  // namespace corroborate::store

// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/jsonl_reader.h"

#include <initializer_list>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ingest/article_builder.h"
#include "ingest/html_reader.h"
#include "ingest/mojibake_repair.h"
#include "ingest/paragraph_splitter.h"
#include "util/text.h"

namespace corroborate::ingest {

namespace {

using Json = nlohmann::json;

// Returns the first of the string fields `keys` (the documented name first,
// then names other news dumps use) of `record`, or "" if none is a string.
std::string StringField(const Json& record,
                        std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    auto it = record.find(key);
    if (it != record.end() && it->is_string()) return it->get<std::string>();
  }
  return "";
}

// Splits "text" into paragraphs; without a title, its first non-blank line
// is the title, as in a plain-text file.
void BuildRecordBody(const std::string& text, Article* article) {
  std::vector<std::string> lines = SplitLines(text);
  size_t skip = 0;
  if (article->title.empty()) {
    while (skip < lines.size() && IsBlankLine(lines[skip])) ++skip;
    if (skip < lines.size())
      article->title = RepairMojibake(util::Trim(lines[skip++]));
  }
  lines.erase(lines.begin(), lines.begin() + static_cast<long>(skip));
  BuildBody(lines, static_cast<int>(skip) + 1, article);
}

// The record id: a string or an integer "id", else "<stem>:<line>".
std::string RecordId(const Json& record, std::string_view path,
                     int line_number) {
  auto it = record.find("id");
  if (it != record.end() && it->is_string() &&
      !it->get<std::string>().empty()) {
    return it->get<std::string>();
  }
  if (it != record.end() && it->is_number_integer())
    return std::to_string(it->get<long long>());
  return util::FileStem(path) + ":" + std::to_string(line_number);
}

// Parses one line; on failure returns the problem ("line 3: ...").
Result<Article> ParseRecord(std::string_view line, std::string_view path,
                            int line_number) {
  std::string where = "line " + std::to_string(line_number) + ": ";
  // The non-throwing overload: no exception leaves the JSON library.
  Json record = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (record.is_discarded())
    return Status::Corruption(path, where + "not valid JSON");
  if (!record.is_object())
    return Status::Corruption(path, where + "not a JSON object");
  auto text = record.find("text");
  auto html = record.find("html");
  bool has_text = text != record.end() && text->is_string();
  bool has_html = html != record.end() && html->is_string();
  if (!has_text && !has_html) {
    return Status::Corruption(path,
                              where + "no string \"text\" or \"html\" field");
  }
  Article article;
  article.path = std::string(path);
  article.id = RecordId(record, path, line_number);
  article.title =
      RepairMojibake(util::Trim(StringField(record, {"title", "headline"})));
  article.url = StringField(record, {"url", "link"});
  article.date = StringField(record, {"date", "publication_date", "published"});
  article.site = StringField(record, {"source", "publisher", "site"});
  if (has_text) {
    const std::string& body = text->get_ref<const std::string&>();
    if (Status lines = CheckArticleLines(body, path, where); !lines.ok())
      return lines;
    BuildRecordBody(body, &article);
  } else {
    // The page goes to extract as it does for an .html file.
    SetHtmlPage(html->get<std::string>(), &article);
  }
  return article;
}

}  // namespace

Result<std::vector<Article>> ReadJsonlArticles(std::string_view text,
                                               std::string_view path,
                                               const DiagnosticSink& sink) {
  std::vector<Article> articles;
  std::vector<std::string> lines = SplitLines(text);
  int records = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (IsBlankLine(lines[i])) continue;
    ++records;
    Result<Article> article =
        ParseRecord(lines[i], path, static_cast<int>(i) + 1);
    if (!article.ok()) {
      if (sink) sink(article.status());
      continue;
    }
    articles.push_back(std::move(article).value());
  }
  if (records == 0) return Status::Corruption(path, "empty file");
  if (articles.empty())
    return Status::Corruption(path, "no readable JSONL record");
  return articles;
}

}  // namespace corroborate::ingest

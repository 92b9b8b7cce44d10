// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Scores ExtractHtmlArticle on the article-extraction corpus
// (html/<id>.html + truth.jsonl) and, with --peer, other extractors'
// outputs (JSONL lines {"id": ..., "text": ...}) by the same rule, and
// prints one table: F1, precision, recall, accuracy, time. With --split N
// each extractor also gets rows for the first N pages (by id) and the rest.
//
//   extraction_bench --corpus DIR [--peer NAME=FILE[=SECONDS]]...
//                    [--split N] [--dump FILE] [--repeat K]

#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "corroborate/extract.h"

#include "extraction_scorer.h"

namespace {

using corroborate::bench::Aggregate;
using corroborate::bench::PageScore;
using corroborate::bench::ScorePage;

struct Page {
  std::string id, url, truth, html;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<Page> LoadCorpus(const std::string& dir) {
  std::vector<Page> pages;
  std::ifstream in(dir + "/truth.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    auto record = nlohmann::json::parse(line, nullptr, false);
    if (record.is_discarded()) continue;
    Page page{record.value("id", ""), record.value("url", ""),
              record.value("body", ""), ""};
    page.html = ReadFile(dir + "/html/" + page.id + ".html");
    pages.push_back(std::move(page));
  }
  return pages;
}

std::string BodyText(const corroborate::Article& article) {
  std::string text;
  for (const corroborate::Paragraph& paragraph : article.paragraphs) {
    if (paragraph.boilerplate) continue;
    if (!text.empty()) text += '\n';
    text += paragraph.text;
  }
  return text;
}

struct Row {
  std::string name;
  std::map<std::string, std::string> predictions;  // id -> text
  double seconds = -1;
  size_t bytes = 0;
};

void PrintRows(const Row& row, const std::vector<Page>& pages, int split) {
  auto print = [&](const std::string& label, size_t begin, size_t end) {
    std::vector<PageScore> scores;
    for (size_t i = begin; i < end; ++i) {
      auto it = row.predictions.find(pages[i].id);
      scores.push_back(ScorePage(it == row.predictions.end() ? "" : it->second,
                                 pages[i].truth));
    }
    auto corpus = Aggregate(scores);
    std::string time = "-";
    if (row.seconds >= 0 && label == "all") {
      char buffer[96];
      std::snprintf(buffer, sizeof(buffer), "%.2f s (%.0f pages/s, %.1f MB/s)",
                    row.seconds, pages.size() / row.seconds,
                    row.bytes / 1e6 / row.seconds);
      time = buffer;
    }
    std::printf("| %s | %s (%d) | %.3f | %.3f | %.3f | %.3f | %s |\n",
                row.name.c_str(), label.c_str(), corpus.pages, corpus.f1,
                corpus.precision, corpus.recall, corpus.accuracy, time.c_str());
  };
  print("all", 0, pages.size());
  if (split > 0 && split < static_cast<int>(pages.size())) {
    print("first " + std::to_string(split), 0, split);
    print("rest", split, pages.size());
  }
}

Row RunOurs(const std::vector<Page>& pages, int repeat) {
  Row row{"corroborate", {}, 0, 0};
  auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < repeat; ++r) {
    for (const Page& page : pages) {
      row.predictions[page.id] =
          BodyText(corroborate::ExtractHtmlArticle(page.html, page.url));
      row.bytes += page.html.size();
    }
  }
  std::chrono::duration<double> elapsed =
      std::chrono::steady_clock::now() - start;
  row.seconds = elapsed.count();
  return row;
}

// NAME=FILE[=SECONDS]
Row LoadPeer(const std::string& spec, const std::vector<Page>& pages) {
  Row row;
  size_t first = spec.find('=');
  size_t second = spec.find('=', first + 1);
  row.name = spec.substr(0, first);
  std::string path =
      spec.substr(first + 1, second == std::string::npos ? std::string::npos
                                                         : second - first - 1);
  if (second != std::string::npos) {
    row.seconds = std::stod(spec.substr(second + 1));
    for (const Page& page : pages) row.bytes += page.html.size();
  }
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    auto record = nlohmann::json::parse(line, nullptr, false);
    if (record.is_discarded() || !record.contains("id")) continue;
    row.predictions[record.value("id", "")] = record.value("text", "");
  }
  return row;
}

void ShowPages(const std::vector<Page>& pages, const std::string& prefix) {
  for (const Page& page : pages) {
    if (page.id.rfind(prefix, 0) != 0) continue;
    corroborate::Article article =
        corroborate::ExtractHtmlArticle(page.html, page.url);
    std::printf("== %s %s\ntitle: %s\nbyline: %s\ndate: %s\nsite: %s\n",
                page.id.c_str(), article.url.c_str(), article.title.c_str(),
                article.byline.c_str(), article.date.c_str(),
                article.site.c_str());
    for (const corroborate::Paragraph& paragraph : article.paragraphs) {
      std::string_view reason = corroborate::ToString(paragraph.reason);
      std::printf("[%s] %.160s\n", reason.empty() ? "BODY" : reason.data(),
                  paragraph.text.c_str());
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Article-extraction benchmark"};
  std::string corpus = CORROBORATE_EXTRACTION_CORPUS;
  std::vector<std::string> peers;
  std::string dump;
  int split = 0;
  int repeat = 1;
  std::string show;
  app.add_option("--corpus", corpus, "html/ + truth.jsonl directory");
  app.add_option("--peer", peers, "NAME=FILE[=SECONDS] peer outputs (JSONL)");
  app.add_option("--split", split, "also score the first N pages and the rest");
  app.add_option("--dump", dump, "write our predictions as JSONL");
  app.add_option("--repeat", repeat, "extraction passes, for timing");
  app.add_option(
      "--show", show,
      "print the paragraphs and reasons of pages whose id starts so");
  CLI11_PARSE(app, argc, argv);
  std::vector<Page> pages = LoadCorpus(corpus);
  if (app.count("--show") > 0) {
    ShowPages(pages, show);
    return 0;
  }
  if (pages.empty()) {
    std::fprintf(stderr, "%s: no pages (truth.jsonl missing?)\n",
                 corpus.c_str());
    return 1;
  }
  std::vector<Row> rows = {RunOurs(pages, repeat < 1 ? 1 : repeat)};
  for (const std::string& spec : peers) rows.push_back(LoadPeer(spec, pages));
  if (!dump.empty()) {
    std::ofstream out(dump);
    for (const auto& [id, text] : rows[0].predictions) {
      out << nlohmann::json{{"id", id}, {"text", text}}.dump() << '\n';
    }
  }
  std::printf(
      "| extractor | pages | F1 | precision | recall | accuracy | time |\n");
  std::printf("|---|---|---|---|---|---|---|\n");
  for (const Row& row : rows) PrintRows(row, pages, split);
  return 0;
}

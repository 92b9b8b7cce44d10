// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// `corroborate extract FILE...`: the main text of each input with
// boilerplate removed, like trafilatura's command line; --jsonl gives one
// JSON object per article with metadata and the removed blocks.

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "corroborate/extract.h"
#include "corroborate/ingest.h"

#include "cli/command.h"

namespace corroborate::cli {
namespace {

struct ExtractFlags {
  std::vector<std::string> paths;
  bool jsonl = false;
};

// Body paragraphs joined by "\n"; the headline is not part of the text.
std::string BodyText(const Article& article) {
  std::string text;
  for (const Paragraph& p : article.paragraphs) {
    if (p.boilerplate) continue;
    if (!text.empty()) text += '\n';
    text += p.text;
  }
  return text;
}

nlohmann::json ToJsonLine(const Article& article) {
  nlohmann::json boilerplate = nlohmann::json::array();
  for (const Paragraph& p : article.paragraphs) {
    if (p.boilerplate)
      boilerplate.push_back({{"text", p.text}, {"reason", ToString(p.reason)}});
  }
  return {{"path", article.path},         {"url", article.url},
          {"title", article.title},       {"byline", article.byline},
          {"date", article.date},         {"site", article.site},
          {"language", article.language}, {"text", BodyText(article)},
          {"boilerplate", boilerplate}};
}

int RunExtract(const ExtractFlags& flags) {
  int failed = 0;
  DiagnosticSink print_error = [&](const Status& status) {
    ++failed;
    std::cerr << "corroborate: " << status.message() << "\n";
  };
  IngestOptions ingest_options;
  ExtractOptions extract_options;
  bool first = true;
  for (const std::string& file : ListInputFiles(flags.paths, print_error)) {
    Result<std::vector<Article>> read =
        IngestFile(file, ingest_options, print_error);
    if (!read.ok()) {
      print_error(read.status());
      continue;
    }
    for (Article& article : read.value()) {
      ExtractBody(&article, extract_options);
      if (flags.jsonl) {
        std::cout << ToJsonLine(article).dump(
                         -1, ' ', false,
                         nlohmann::json::error_handler_t::replace)
                  << "\n";
      } else {
        std::cout << (first ? "" : "\n") << BodyText(article) << "\n";
      }
      first = false;
    }
  }
  return failed > 0 ? kExitInputsFailed : kExitOk;
}

void AddExtractCommand(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<ExtractFlags>();
  CLI::App* cmd = app->add_subcommand(
      "extract", "Print the main text of articles, with boilerplate removed");
  cmd->add_option(
         "paths", flags->paths,
         "Article files (.txt, .jsonl, .html) or directories; - for stdin")
      ->required();
  cmd->add_flag(
      "--jsonl", flags->jsonl,
      "One JSON object per article: path, url, title, byline, date, site, "
      "language, text, boilerplate [{text, reason}]");
  cmd->footer(
      "Exit status: 0 all inputs processed, 1 some inputs failed (the others "
      "were still\n"
      "printed), 2 usage error.");
  cmd->callback([flags, exit_code] { *exit_code = RunExtract(*flags); });
}

const bool kRegistered = RegisterCommand("extract", 20, AddExtractCommand);

}  // namespace
}  // namespace corroborate::cli

// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// `corroborate attribute FILE.jsonl`: the attributions of each text, one
// JSON line per input line {"id", "text"}:
//
//   {"id": ..., "attributions": [{"source": [[start, end], ...],
//     "cue": [...], "content": [...], "source_type": "person",
//     "source_role": "Prime Minister", "anonymous": false}, ...]}
//
// Offsets are Unicode code points into "text", end exclusive (the PolNeAR
// convention). This output is a contract used by outside evaluations: keep
// it stable. A bad line is reported on stderr with its line number and
// skipped; the exit status is then 1.

#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "analyze/text_attributor.h"
#include "cli/command.h"

namespace corroborate::cli {
namespace {

// ordered_json keeps "id" first, as the contract shows it.
using json = nlohmann::ordered_json;

json Ranges(const std::vector<analyze::CodePointRange>& ranges) {
  json out = json::array();
  for (const analyze::CodePointRange& r : ranges)
    out.push_back({r.begin, r.end});
  return out;
}

json AttributeLine(const json& id, const std::string& text) {
  json attributions = json::array();
  for (const analyze::TextAttribution& t : analyze::AttributeText(text)) {
    attributions.push_back(
        {{"source", Ranges(t.source)},
         {"cue", Ranges(t.cue)},
         {"content", Ranges(t.content)},
         {"source_type", std::string(ToString(t.source_type))},
         {"source_role", t.attribution.source_role},
         {"anonymous", t.attribution.anonymous}});
  }
  return {{"id", id}, {"attributions", attributions}};
}

// Processes one input line; returns "" or the reason it is bad.
std::string ProcessLine(const std::string& line) {
  json record = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (record.is_discarded()) return "not valid JSON";
  if (!record.is_object()) return "not a JSON object";
  auto text = record.find("text");
  if (text == record.end() || !text->is_string())
    return "no string field \"text\"";
  auto id = record.find("id");
  json id_value = id == record.end() ? json(nullptr) : *id;
  std::cout << AttributeLine(id_value, text->get<std::string>())
                   .dump(-1, ' ', false, json::error_handler_t::replace)
            << "\n";
  return "";
}

int RunAttribute(const std::string& path) {
  std::ifstream file;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      std::cerr << "corroborate: cannot open " << path << "\n";
      return kExitUsage;
    }
  }
  std::istream& in = path == "-" ? std::cin : file;
  int failed = 0, number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string problem = ProcessLine(line);
    if (!problem.empty()) {
      ++failed;
      std::cerr << "corroborate: " << path << ":" << number << ": " << problem
                << "\n";
    }
  }
  return failed > 0 ? kExitInputsFailed : kExitOk;
}

void AddAttributeCommand(CLI::App* app, int* exit_code) {
  auto path = std::make_shared<std::string>();
  CLI::App* cmd = app->add_subcommand(
      "attribute",
      "Find source, cue and content spans in texts (JSONL {id, text})");
  cmd->add_option("file", *path,
                  "JSONL file, one {\"id\", \"text\"} a line; "
                  "- for stdin")
      ->required();
  cmd->footer(
      "Prints one JSON line per input line with code point offsets "
      "(docs/attribution.md).\n"
      "Exit status: 0 all lines processed, 1 some lines were bad (the others "
      "were still\n"
      "processed), 2 usage error.");
  cmd->callback([path, exit_code] { *exit_code = RunAttribute(*path); });
}

const bool kRegistered = RegisterCommand("attribute", 25, AddAttributeCommand);

}  // namespace
}  // namespace corroborate::cli

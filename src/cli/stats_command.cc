// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// `corroborate stats [--db FILE | PATH... [--level L]] [--json]`: counts of
// what a store (or an analysis of PATH..., not stored) holds: articles,
// stories, claims by verdict, languages, low-quality and damaged articles,
// attributions.

#include <iomanip>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "corroborate/pipeline.h"
#include "corroborate/store.h"

#include "cli/analysis_source.h"
#include "cli/command.h"

namespace corroborate::cli {
namespace {

struct StatsFlags {
  AnalysisSource source;
  bool json = false;
};

nlohmann::ordered_json Count(const Analysis& analysis) {
  std::map<std::string, int> verdicts, languages;
  int claims = 0, low = 0, damaged = 0, attributions = 0, anonymous = 0;
  for (const Story& s : analysis.stories) {
    for (const Claim& c : s.claims) {
      ++claims;
      ++verdicts[c.verdict.empty() ? "none" : c.verdict];
    }
  }
  for (const Article& a : analysis.articles) {
    ++languages[a.language.empty() ? "unknown" : a.language];
    low += a.low_quality;
    damaged += !a.damaged_lines.empty();
    attributions += static_cast<int>(a.attributions.size());
    for (const Attribution& at : a.attributions) anonymous += at.anonymous;
  }
  return {{"articles", analysis.articles.size()},
          {"stories", analysis.stories.size()},
          {"claims", claims},
          {"verdicts", verdicts},
          {"languages", languages},
          {"low_quality_articles", low},
          {"damaged_articles", damaged},
          {"attributions", attributions},
          {"anonymous_attributions", anonymous},
          {"reuse_pairs", analysis.reuse.size()}};
}

void PrintText(const nlohmann::ordered_json& stats) {
  for (const auto& [key, value] : stats.items()) {
    std::string name = key;
    for (char& c : name) c = c == '_' ? ' ' : c;
    if (value.is_object()) {
      std::cout << name << ":\n";
      for (const auto& [k, v] : value.items()) {
        std::cout << "  " << std::left << std::setw(30) << k << v << "\n";
      }
    } else {
      std::cout << std::left << std::setw(32) << name << value << "\n";
    }
  }
}

int RunStats(const StatsFlags& flags) {
  int failed = 0;
  Result<Analysis> analysis = LoadAnalysisFrom(flags.source, &failed);
  if (!analysis.ok()) return PrintError(analysis.status()), kExitInputsFailed;
  nlohmann::ordered_json stats = Count(analysis.value());
  if (flags.json) {
    std::cout << stats.dump(2) << "\n";
  } else {
    PrintText(stats);
  }
  return failed > 0 ? kExitInputsFailed : kExitOk;
}

void AddStatsCommand(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<StatsFlags>();
  CLI::App* cmd = app->add_subcommand(
      "stats",
      "Count articles, stories, claims, verdicts, languages and "
      "flagged articles");
  AddAnalysisSourceOptions(cmd, &flags->source);
  cmd->add_flag("--json", flags->json, "Print one JSON object (for jq)");
  cmd->footer(
      "Example: corroborate stats --db news.db --json | jq .verdicts\n"
      "Exit status: 0 ok, 1 the store or some inputs could not be read, 2 "
      "usage error.");
  cmd->callback([flags, exit_code] { *exit_code = RunStats(*flags); });
}

const bool kRegistered = RegisterCommand("stats", 35, AddStatsCommand);

}  // namespace
}  // namespace corroborate::cli

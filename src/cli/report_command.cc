// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// `corroborate report [--html FILE] [--json] [--db FILE | PATH...
// [--level L]]`: prints or writes the analysis kept in a store (or of the
// given inputs, analysed without storing, stories grouped at level L) as
// text, JSON or one self-contained HTML page.

#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "corroborate/pipeline.h"
#include "corroborate/report.h"
#include "corroborate/store.h"

#include "cli/analysis_source.h"
#include "cli/command.h"

namespace corroborate::cli {
namespace {

struct ReportFlags {
  AnalysisSource source;
  std::string html;
  bool json = false;
  bool quiet = false;
};

int RunReport(const ReportFlags& flags) {
  int failed = 0;
  Result<Analysis> analysis = LoadAnalysisFrom(flags.source, &failed);
  if (!analysis.ok()) {
    PrintError(analysis.status());
    return analysis.status().code() == Status::Code::kInvalidArgument
               ? kExitUsage
               : kExitInputsFailed;
  }
  if (!flags.html.empty()) {
    std::string page = ToHtml(analysis.value());
    if (flags.html == "-") {
      std::cout << page;
    } else {
      std::ofstream out(flags.html, std::ios::binary);
      out << page;
      if (!out.flush()) {
        std::cerr << "corroborate: cannot write " << flags.html << "\n";
        return kExitInputsFailed;
      }
      if (!flags.quiet) {
        std::cerr << "corroborate: wrote " << flags.html << "\n";
      }
    }
  } else if (flags.json) {
    std::cout << ToJson(analysis.value()) << "\n";
  } else {
    std::cout << ToText(analysis.value());
  }
  return failed > 0 ? kExitInputsFailed : kExitOk;
}

void AddReportCommand(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<ReportFlags>();
  CLI::App* cmd = app->add_subcommand(
      "report",
      "Show a stored analysis (or one of PATH...) as text, JSON or "
      "a self-contained HTML page");
  AddAnalysisSourceOptions(cmd, &flags->source);
  cmd->add_option("--html", flags->html,
                  "Write one HTML page (inline CSS and SVG, nothing fetched "
                  "when viewed) to FILE; - for stdout")
      ->type_name("FILE");
  cmd->add_flag("--json", flags->json,
                "Print the analysis as JSON (docs/output.md)")
      ->excludes("--html");
  cmd->add_flag("-q,--quiet", flags->quiet,
                "Print nothing on stderr but errors");
  cmd->footer(
      "Examples:\n"
      "  corroborate report --html report.html              # from "
      "corroborate.db\n"
      "  corroborate report --html out.html articles/       # analyse, no "
      "store\n"
      "Exit status: 0 ok, 1 the store or some inputs could not be read, 2 "
      "usage error.");
  cmd->callback([flags, exit_code] { *exit_code = RunReport(*flags); });
}

const bool kRegistered = RegisterCommand("report", 30, AddReportCommand);

}  // namespace
}  // namespace corroborate::cli

// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// `corroborate explain CLAIM_ID [--db FILE] [--json]`: the chain of
// evidence behind one stored claim's count and verdict: every carrying
// sentence, in which article, what it does for the count (root, copy,
// repeat, denial, ...), which root it leads to, why the roots are
// independent, the timeline, and the source-graph edges those sentences
// show.

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "corroborate/store.h"

#include "cli/analysis_source.h"
#include "cli/command.h"
#include "util/analysis_json.h"

namespace corroborate::cli {
namespace {

struct ExplainFlags {
  std::string claim_id;
  std::string db = "corroborate.db";
  bool json = false;
};

// What a carrying sentence's role means, for readers.
std::string RoleText(const ClaimAttribution& a) {
  if (a.role == "root") return "names root " + std::to_string(a.origin + 1);
  if (a.role == "copy")
    return "copies text that names root " + std::to_string(a.origin + 1);
  if (a.role == "repeat") return "repeats it without a source: adds nothing";
  if (a.role == "denial") return "denial by the party concerned";
  if (a.role == "dispute") return "disputed by someone else";
  if (a.role == "conditional") return "conditional comment: adds nothing";
  if (a.role == "reaction") return "reaction to the news: adds nothing";
  if (a.role == "not_denial") return "'did not deny': neither way";
  if (a.role == "vague") return "a vague source among several: adds nothing";
  return "not counted";
}

std::string Party(const ClaimAttribution& a) {
  if (a.source.empty()) return "unattributed";
  std::string out = a.source;
  if (!a.via.empty()) out += " citing " + a.via;
  if (a.anonymous) out += " (anonymous)";
  return out + " [" + a.cue + "]";
}

// The edges of `graph` shown by the claim's carrying sentences.
std::vector<const SourceEdge*> EdgesOf(const Claim& claim,
                                       const SourceGraph& graph) {
  std::vector<const SourceEdge*> out;
  for (const SourceEdge& e : graph.edges) {
    for (const ClaimAttribution& a : claim.attributions) {
      if ((e.article == a.article && e.sentence == a.sentence) ||
          (e.sentence < 0 && e.article == a.article)) {
        out.push_back(&e);
        break;
      }
    }
  }
  return out;
}

std::string NodeName(const SourceGraph& graph, const std::string& id) {
  for (const SourceNode& n : graph.nodes) {
    if (n.id == id) return n.name + " (" + n.kind + ")";
  }
  return id;
}

void PrintText(const Story& story, const Claim& claim) {
  std::cout << claim.id << "  \"" << claim.text << "\"\n"
            << "verdict: " << claim.verdict << "\n";
  for (const std::string& r : claim.reasons) std::cout << "  - " << r << "\n";
  std::cout << claim.explanation << "\n\n"
            << claim.independent_origins << " independent origin(s):\n";
  for (size_t i = 0; i < claim.origins.size(); ++i) {
    const Origin& o = claim.origins[i];
    std::cout << "  root " << i + 1 << ": " << o.source
              << (o.via.empty() ? "" : " citing " + o.via) << " [" << o.kind
              << "], carried by " << o.articles.size() << " article(s)\n";
    std::cout << "    independent because: "
              << (i == 0 ? "it is the first root" : o.independence) << "\n";
  }
  std::cout << "\nevidence:\n";
  for (const ClaimAttribution& a : claim.attributions) {
    std::cout << "  " << a.article << " sentence " << a.sentence << ": "
              << Party(a) << " -> " << RoleText(a) << "\n    \"" << a.text
              << "\"\n";
  }
  std::cout << "\ntimeline:\n";
  for (const TimelineEntry& t : claim.timeline) {
    std::cout << "  " << (t.date.empty() ? "(no date)" : t.date) << "  "
              << t.event << "  " << t.article << " sentence " << t.sentence
              << (t.origin >= 0 ? "  root " + std::to_string(t.origin + 1) : "")
              << "  (" << t.date_note << ")\n";
  }
  std::cout << "\nsource graph edges:\n";
  for (const SourceEdge* e : EdgesOf(claim, story.graph)) {
    std::cout << "  " << NodeName(story.graph, e->from) << " --" << e->kind
              << "--> " << NodeName(story.graph, e->to) << "  (" << e->article
              << (e->sentence >= 0 ? " sentence " + std::to_string(e->sentence)
                                   : "")
              << ")\n";
  }
}

void PrintJson(const Story& story, size_t index) {
  const nlohmann::json story_json = util::StoryToJson(story);
  nlohmann::json edges = nlohmann::json::array();
  for (const SourceEdge* e : EdgesOf(story.claims[index], story.graph)) {
    edges.push_back({{"from", NodeName(story.graph, e->from)},
                     {"to", NodeName(story.graph, e->to)},
                     {"kind", e->kind},
                     {"article", e->article},
                     {"sentence", e->sentence}});
  }
  std::cout << nlohmann::json{{"story", story.id},
                              {"claim", story_json["claims"][index]},
                              {"edges", edges}}
                   .dump(2)
            << "\n";
}

int RunExplain(const ExplainFlags& flags) {
  int failed = 0;
  Result<Analysis> analysis = LoadAnalysisFrom({.db = flags.db}, &failed);
  if (!analysis.ok()) return PrintError(analysis.status()), kExitInputsFailed;
  for (const Story& story : analysis->stories) {
    for (size_t i = 0; i < story.claims.size(); ++i) {
      if (story.claims[i].id != flags.claim_id) continue;
      if (flags.json) {
        PrintJson(story, i);
      } else {
        PrintText(story, story.claims[i]);
      }
      return kExitOk;
    }
  }
  std::cerr << "corroborate: no claim " << flags.claim_id << " in " << flags.db
            << "\n";
  return kExitUsage;
}

void AddExplainCommand(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<ExplainFlags>();
  CLI::App* cmd = app->add_subcommand(
      "explain",
      "Show the chain of evidence behind a claim's count and verdict");
  cmd->add_option("claim", flags->claim_id, "Claim id, e.g. S1.C2")->required();
  cmd->add_option("--db", flags->db, "SQLite database written by analyze")
      ->capture_default_str();
  cmd->add_flag("--json", flags->json, "Print the evidence as JSON");
  cmd->footer(
      "Exit status: 0 shown, 1 the database could not be read, 2 no such "
      "claim or bad flags.");
  cmd->callback([flags, exit_code] { *exit_code = RunExplain(*flags); });
}

const bool kRegistered = RegisterCommand("explain", 30, AddExplainCommand);

}  // namespace
}  // namespace corroborate::cli

// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The plain-text summary: what a reader wants first (stories, claims, how
// many independent origins), then what needs a second look (flags).

#include <cstdio>
#include <map>
#include <sstream>
#include <string>

#include "corroborate/report.h"

#include "report/source_label.h"

namespace corroborate {
namespace {

std::string Plural(int n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string VerdictLabel(const std::string& verdict) {
  std::string label = verdict;
  for (char& c : label) {
    if (c == '_') c = ' ';
  }
  return label;
}

// "Asharq Al-Awsat citing unnamed Western diplomats (anonymous)",
// "Benjamin Netanyahu, Prime Minister".
std::string DescribeSource(const std::string& source, const std::string& via,
                           bool anonymous, const std::string& role = "") {
  std::string out =
      source.empty() ? "unattributed" : report::SourceWithRole(source, role);
  if (!via.empty()) out += " citing " + via;
  if (anonymous) out += " (anonymous)";
  return out;
}

std::string Shorten(const std::string& text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
    --cut;
  return text.substr(0, cut) + "...";
}

void WriteClaim(const Claim& claim, std::ostringstream& out) {
  out << "  " << claim.id << "  [" << VerdictLabel(claim.verdict)
      << (claim.circular ? ", circular reporting" : "") << "] "
      << Plural(claim.independent_origins, "independent origin") << ", "
      << Plural(static_cast<int>(claim.articles.size()), "article") << "\n";
  out << "      \"" << Shorten(claim.text, 220) << "\"\n";
  for (const ClaimAttribution& a : claim.attributions) {
    out << "      - " << a.article << ": "
        << DescribeSource(a.source, a.via, a.anonymous, a.source_role);
    if (!a.cue.empty()) out << " (" << a.cue << ")";
    out << "\n";
  }
  for (const Origin& o : claim.origins) {
    out << "      origin: " << DescribeSource(o.source, o.via, o.anonymous)
        << "\n";
  }
  if (!claim.explanation.empty()) out << "      " << claim.explanation << "\n";
}

void WriteFlags(const Analysis& analysis, std::ostringstream& out) {
  std::ostringstream flags;
  for (const Article& a : analysis.articles) {
    if (a.low_quality) {
      char score[16];
      std::snprintf(score, sizeof score, "%.2f", a.quality);
      flags << "  " << a.id << ": low quality (" << score << ")";
      for (const std::string& reason : a.quality_reasons)
        flags << "; " << reason;
      flags << "\n";
    }
    for (const DamagedLine& d : a.damaged_lines) {
      flags << "  " << a.id << " line " << d.line << ": " << d.problem << ": \""
            << d.excerpt << "\"\n";
    }
    for (const Signal& s : a.signals) {
      flags << "  " << a.id << ": " << VerdictLabel(s.kind) << ": \""
            << Shorten(s.text, 120) << "\"\n";
    }
  }
  if (!flags.str().empty()) out << "\nFlags\n" << flags.str();
}

}  // namespace

std::string ToText(const Analysis& analysis) {
  std::ostringstream out;
  std::map<std::string, const Article*> by_id;
  for (const Article& a : analysis.articles) by_id[a.id] = &a;
  out << Plural(static_cast<int>(analysis.articles.size()), "article") << ", "
      << std::to_string(analysis.stories.size()) +
             (analysis.stories.size() == 1 ? " story" : " stories")
      << "\n";
  for (const Story& story : analysis.stories) {
    out << "\n" << story.id << "  " << story.title << "\n";
    for (const std::string& id : story.articles) {
      auto it = by_id.find(id);
      out << "  * " << id;
      if (it != by_id.end() && !it->second->title.empty())
        out << "  " << it->second->title;
      out << "\n";
    }
    if (story.claims.empty())
      out << "  (no claims carried by two articles or attributed)\n";
    for (const Claim& claim : story.claims) WriteClaim(claim, out);
  }
  WriteFlags(analysis, out);
  return out.str();
}

}  // namespace corroborate

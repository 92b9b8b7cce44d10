// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/verdict.h"

#include <algorithm>

namespace corroborate::corroborate {
namespace {

std::string Describe(const Origin& o) {
  if (o.via.empty()) return o.source;
  return o.source + " citing " + o.via;
}

std::string Carry(int articles) {
  return articles == 1
             ? "1 article carries this claim"
             : std::to_string(articles) + " articles carry this claim";
}

}  // namespace

std::string Verdict(const Provenance& p) {
  if (p.denied) return "denied";
  if (p.contested) return "contested";
  if (p.origins.empty()) return "unattributed";
  if (!p.confirmer.empty()) return "officially_confirmed";
  if (p.origins.size() >= 2) return "multiple_independent_sources";
  if (p.origins.front().anonymous) return "single_anonymous_source";
  if (p.unconfirmed) return "officially_unconfirmed";
  return "single_source";
}

namespace {

// "2 anonymous groups, 1 named on-record source, 1 imagery".
std::string Weigh(const std::vector<Origin>& origins) {
  int anonymous = 0, named = 0, documents = 0, imagery = 0;
  for (const Origin& o : origins) {
    if (o.anonymous) {
      ++anonymous;
    } else if (o.kind == "document") {
      ++documents;
    } else if (o.kind == "imagery") {
      ++imagery;
    } else {
      ++named;
    }
  }
  std::string out;
  auto add = [&out](int n, const char* one, const char* many) {
    if (n == 0) return;
    if (!out.empty()) out += ", ";
    out += std::to_string(n) + " " + (n == 1 ? one : many);
  };
  add(named, "named source on the record", "named sources on the record");
  add(anonymous, "anonymous group", "anonymous groups");
  add(documents, "document", "documents");
  add(imagery, "piece of imagery or data", "pieces of imagery or data");
  return out;
}

}  // namespace

std::vector<std::string> Reasons(const Provenance& p) {
  std::vector<std::string> out;
  const std::string verdict = Verdict(p);
  if (p.denied) {
    out.push_back("officially denied by the party concerned" +
                  (p.denier.empty() ? "" : " (" + p.denier + ")"));
  }
  if (p.contested) {
    out.push_back("contested" + (p.denier.empty() ? "" : " by " + p.denier));
  }
  if (!p.confirmer.empty()) {
    out.push_back("officially confirmed by the party concerned (" +
                  p.confirmer + ")");
  }
  if (p.origins.empty()) out.push_back("no source named");
  if (p.origins.size() == 1) {
    out.push_back(p.origins.front().anonymous ? "single anonymous source"
                                              : "single source");
  }
  if (p.origins.size() >= 2) {
    out.push_back(std::to_string(p.origins.size()) + " independent sources");
  }
  if (!p.origins.empty()) out.push_back(Weigh(p.origins));
  const bool on_record =
      std::any_of(p.origins.begin(), p.origins.end(),
                  [](const Origin& o) { return !o.anonymous; });
  if (p.unconfirmed) {
    out.push_back("unconfirmed: \"" + p.unconfirmed_text + "\"");
  } else if (!p.origins.empty() && !on_record && p.confirmer.empty()) {
    out.push_back("unconfirmed: no named party has confirmed it on the record");
  }
  return out;
}

std::string Explain(int articles, const Provenance& p) {
  const std::string verdict = Verdict(p);
  std::string text = Carry(articles);
  if (verdict == "denied" || verdict == "contested") {
    const std::string who = p.denier.empty() ? "the party concerned" : p.denier;
    return text + "; " + who +
           (verdict == "denied" ? " denied it." : " disputes it.");
  }
  if (verdict == "officially_confirmed") {
    return text + "; " + p.confirmer +
           ", the party concerned, confirmed it on the record.";
  }
  if (p.origins.empty()) return text + "; none says where it comes from.";
  if (p.origins.size() == 1) {
    const std::string root = Describe(p.origins.front());
    const size_t citing = p.origins.front().articles.size();
    std::string s =
        citing >= 2
            ? text + "; all trace back to " + root + ": circular reporting"
        : articles >= 2 ? text + "; only one names a source, " + root
                        : text + ", from " + root;
    if (p.origins.front().anonymous)
      s += "; it rests on a single anonymous source";
    if (p.unconfirmed) s += "; no official source has confirmed it";
    return s + ".";
  }
  text +=
      " from " + std::to_string(p.origins.size()) + " independent sources: ";
  for (size_t i = 0; i < p.origins.size(); ++i) {
    if (i > 0) text += "; ";
    text += Describe(p.origins[i]);
  }
  return text + ".";
}

}  // namespace corroborate::corroborate

// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/verdict.h"

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
  if (p.origins.size() >= 2) return "multiple_independent_sources";
  if (p.origins.front().anonymous) return "single_anonymous_source";
  if (p.unconfirmed) return "officially_unconfirmed";
  return "single_source";
}

std::string Explain(int articles, const Provenance& p) {
  const std::string verdict = Verdict(p);
  std::string text = Carry(articles);
  if (verdict == "denied" || verdict == "contested") {
    const std::string who = p.denier.empty() ? "the party concerned" : p.denier;
    return text + "; " + who +
           (verdict == "denied" ? " denied it." : " disputes it.");
  }
  if (p.origins.empty()) return text + "; none says where it comes from.";
  if (p.origins.size() == 1) {
    const std::string root = Describe(p.origins.front());
    std::string s = articles >= 2 ? text + "; all trace back to " + root +
                                        ": circular reporting"
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

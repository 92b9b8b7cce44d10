// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/mention_tracker.h"

#include <algorithm>

#include "analyze/tokenizer.h"
#include "util/text.h"

namespace corroborate::analyze {
namespace {

bool IsNameWord(const Token& token) { return token.IsNameLike(); }

// The name tokens[begin, end) spell, without a possessive ending: in "Mr.
// Obama's aides" the party is "Obama", the one a later "he" means.
std::string JoinWords(const std::vector<Token>& tokens, size_t begin,
                      size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (!out.empty()) out += ' ';
    out += tokens[i].text;
  }
  for (std::string_view possessive : {"'s", "\xE2\x80\x99s"}) {
    if (out.size() > possessive.size() + 1 && out.ends_with(possessive)) {
      out.resize(out.size() - possessive.size());
      break;
    }
  }
  return out;
}

std::string Fold(std::string_view text) {
  std::string out;
  for (const std::string& word : util::FoldedWords(text)) {
    if (word == "the") continue;
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

// The last word of a folded name (Fold's output).
std::string_view LastWord(std::string_view folded) {
  size_t space = folded.rfind(' ');
  return space == std::string_view::npos ? folded : folded.substr(space + 1);
}

// Edit distance with adjacent transpositions (optimal string alignment).
// Keeps the three rows the recurrence reads (i-2, i-1, i) in one buffer
// instead of the whole table: FindMisspelt runs it against every earlier
// mention, and the table's per-row allocations dominated (perf of the
// analyze fuzzer, docs/reliability.md).
size_t EditDistance(std::string_view a, std::string_view b) {
  const size_t width = b.size() + 1;
  std::vector<size_t> rows(3 * width);
  auto row = [&](size_t i) { return rows.data() + (i % 3) * width; };
  for (size_t j = 0; j <= b.size(); ++j) row(0)[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t* d = row(i);
    const size_t* up = row(i - 1);
    const size_t* up2 = row(i + 1);  // row i-2 (i+1 = i-2 mod 3)
    d[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[j] = std::min({up[j] + 1, d[j - 1] + 1, up[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[j] = std::min(d[j], up2[j - 2] + 1);
      }
    }
  }
  return row(a.size())[b.size()];
}

}  // namespace

void MentionTracker::Add(std::string name, SourceKind kind, std::string head) {
  if (name.empty()) return;
  std::string folded = Fold(name);
  std::erase_if(mentions_,
                [&](const Mention& m) { return m.folded == folded; });
  mentions_.push_back(
      {std::move(name), kind, std::move(head), std::move(folded)});
}

const MentionTracker::Mention* MentionTracker::Last(SourceKind kind) const {
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->kind == kind) return &*it;
  }
  return nullptr;
}

const MentionTracker::Mention* MentionTracker::LastWithHead(
    std::string_view head) const {
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->kind == SourceKind::kOrganization && it->head == head) return &*it;
  }
  return nullptr;
}

// A lower-case organization noun: "the Iraqi government" (after "the", with
// a modifier) or "imaging company ISI" (before a name).
void MentionTracker::ObserveOrganizationNoun(const std::vector<Token>& tokens,
                                             size_t i) {
  size_t name_end = i + 1;
  while (name_end < tokens.size() && tokens[name_end].IsNameLike()) ++name_end;
  if (name_end > i + 1) {
    Add(JoinWords(tokens, i + 1, name_end), SourceKind::kOrganization,
        tokens[i].lower);
    return;
  }
  size_t begin = i;
  while (begin > 0 && i - begin < 3 && !tokens[begin - 1].Is("the") &&
         tokens[begin - 1].IsWord()) {
    --begin;
  }
  // Not a bare "the company": that is a reference, resolved elsewhere.
  if (begin > 0 && begin < i && tokens[begin - 1].Is("the")) {
    Add("the " + JoinWords(tokens, begin, i + 1), SourceKind::kOrganization,
        tokens[i].lower);
  }
}

// Names of 6 or more letters one edit apart (a swap counts as one) are
// taken as one party misspelt; shorter names differ by one letter too often
// ("Iran", "Iraq").
constexpr size_t kMinFuzzyNameBytes = 6;

const MentionTracker::Mention* MentionTracker::FindMisspelt(
    std::string_view name) const {
  std::string folded = Fold(name);
  if (folded.size() < kMinFuzzyNameBytes) return nullptr;
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    const std::string& other = it->folded;
    // One edit changes the length by at most one.
    size_t longer = std::max(other.size(), folded.size());
    size_t shorter = std::min(other.size(), folded.size());
    if (other.size() >= kMinFuzzyNameBytes && longer - shorter <= 1 &&
        EditDistance(folded, other) <= 1)
      return &*it;
  }
  return nullptr;
}

const MentionTracker::Mention* MentionTracker::FindName(
    std::string_view name) const {
  std::string folded = Fold(name);
  std::string acronym = util::IsAcronym(name) ? std::string(name) : "";
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->folded == folded) return &*it;
    if (!acronym.empty() && Initials(it->name) == acronym &&
        it->name != acronym)
      return &*it;
    bool surname = it->kind == SourceKind::kPerson &&
                   folded.find(' ') == std::string::npos &&
                   LastWord(it->folded) == folded &&
                   it->name.size() > name.size();
    if (surname) return &*it;
  }
  return nullptr;
}

void MentionTracker::Observe(std::string_view sentence) {
  std::vector<Token> tokens = Tokenize(sentence);
  for (size_t i = 0; i < tokens.size();) {
    if (!IsNameWord(tokens[i]) || tokens[i].quoted) {
      // Every organization noun is a word token; marks never match.
      if (tokens[i].IsWord() && !tokens[i].quoted &&
          IsOrganizationWord(tokens[i].lower)) {
        ObserveOrganizationNoun(tokens, i);
      }
      ++i;
      continue;
    }
    size_t end = i;
    while (end < tokens.size() && IsNameWord(tokens[end])) ++end;
    size_t title = i;
    for (size_t j = i; j < end; ++j) {
      if (IsPersonTitle(tokens[j].lower)) title = j + 1;
    }
    bool role_before = i > 0 && IsPersonTitle(tokens[i - 1].lower);
    bool org = false;
    for (size_t j = i; j < end; ++j)
      org = org || IsOrganizationWord(tokens[j].lower);
    if (!org && title < end && (title > i || role_before) && end - title <= 4) {
      Add(JoinWords(tokens, title, end), SourceKind::kPerson);
    } else if (org) {
      std::string head;
      for (size_t j = i; j < end; ++j) {
        if (IsOrganizationWord(tokens[j].lower)) head = tokens[j].lower;
      }
      Add(JoinWords(tokens, i, end), SourceKind::kOrganization, head);
    }
    i = end;
  }
}

void MentionTracker::Remember(const Attribution& attribution) {
  if (attribution.source_kind != SourceKind::kAnonymous) {
    Add(attribution.source, attribution.source_kind);
  }
  if (!attribution.via.empty() &&
      attribution.via_kind != SourceKind::kAnonymous) {
    Add(attribution.via, attribution.via_kind);
  }
  if (attribution.anonymous) {
    last_anonymous_ = attribution;
    has_anonymous_ = true;
  }
}

ResolvedSource MentionTracker::Resolve(const SourceInfo& info) const {
  ResolvedSource out;
  out.source = info.name;
  out.kind = info.kind;
  out.anonymous = info.anonymous;
  std::string lower = Fold(info.name);
  const Mention* found = nullptr;
  if (lower == "he" || lower == "she") {
    found = Last(SourceKind::kPerson);
  } else if (lower == "it") {
    found = Last(SourceKind::kOrganization);
    if (found == nullptr) found = Last(SourceKind::kOutlet);
  } else if (info.kind == SourceKind::kOutlet && info.reference) {
    found = Last(SourceKind::kOutlet);
  } else if (info.kind == SourceKind::kOrganization && info.reference &&
             util::StartsWithIgnoreCase(info.name, "the ")) {
    // "the company" -> the last organization named as a company.
    std::vector<std::string> words = util::FoldedWords(info.name);
    found = LastWithHead(words.back());
  } else if (info.kind == SourceKind::kAnonymous && info.reference &&
             has_anonymous_) {
    out.source = last_anonymous_.source;
    out.kind = last_anonymous_.source_kind;
    out.via = last_anonymous_.via;
    out.via_kind = last_anonymous_.via_kind;
    out.anonymous = true;
    return out;
  } else if (info.kind != SourceKind::kAnonymous) {
    std::string bare = info.name;
    if (util::StartsWithIgnoreCase(bare, "the ")) bare = bare.substr(4);
    found = FindName(bare);
    // "Al-Hadtah" after "Al-Hadath": a typo keeps its spelling, takes the kind.
    const Mention* similar = found == nullptr ? FindMisspelt(bare) : nullptr;
    if (similar != nullptr) out.kind = similar->kind;
  }
  if (found != nullptr) {
    // The same name spelled alike keeps its spelling and takes the kind,
    // unless this mention shows it is an outlet ("news agency X").
    if (found->folded != Fold(info.name)) out.source = found->name;
    if (info.kind != SourceKind::kOutlet) out.kind = found->kind;
  } else if (IsPronoun(info.name)) {
    out.unresolved = true;
  }
  return out;
}

}  // namespace corroborate::analyze

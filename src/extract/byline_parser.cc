// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "extract/byline_parser.h"

#include <re2/re2.h>

#include "util/text.h"

namespace corroborate::extract {

namespace {

// A byline names at most a few people: "By A B, C D and E F" has 8 words;
// 12 leaves room for particles ("de la", "bin", "van der").
constexpr size_t kMaxBylineWords = 12;
// One contributor name: "Mary Anne de la Cruz Smith" has 6 words.
constexpr size_t kMaxNameWords = 6;
// "A, B, C and D contributed to this report": four full names.
constexpr size_t kMaxContributorWords = 4 * kMaxNameWords;

// Words allowed in lower case inside a name.
const RE2& NameParticle() {
  static const RE2 kPattern(
      "(?:and|&|of|de|da|do|dos|del|della|di|du|la|le|van|von|der|den|"
      "al|el|bin|ibn|ben|y|the)");
  return kPattern;
}

bool IsNameWord(const std::string& word) {
  if (RE2::FullMatch(word, NameParticle())) return true;
  // Capitalised words, initials ("J."), hyphenated or apostrophised names.
  static const RE2 kName(
      "(?:(?:al|el|ad|as|ash|ibn|bin|bint|abu|d|o)[-'’])?\\p{Lu}[\\p{L}'’.-]*");
  return RE2::FullMatch(word, kName);
}

// True iff every space-separated token of `text` may belong to a name list.
bool LooksLikeNames(std::string_view text, size_t max_words) {
  std::string collapsed = util::CollapseSpace(util::Trim(text));
  if (collapsed.empty()) return false;
  size_t words = 0;
  size_t pos = 0;
  while (pos <= collapsed.size()) {
    size_t end = collapsed.find(' ', pos);
    if (end == std::string::npos) end = collapsed.size();
    std::string word = collapsed.substr(pos, end - pos);
    if (!word.empty() && word.back() == ',') word.pop_back();
    if (!IsNameWord(word)) return false;
    ++words;
    pos = end + 1;
  }
  return words <= max_words;
}

// Splits "A, B and C" into names; drops " in <Place>" suffixes of wire
// credits ("Jane Doe in Lima").
std::vector<std::string> SplitNames(std::string_view text) {
  std::string list(text);
  static const RE2 kSeparators(
      "\\s*(?:,\\s*and\\s+|,|\\s+and\\s+|\\s+&\\s+)\\s*");
  RE2::GlobalReplace(&list, kSeparators, "\n");
  std::vector<std::string> names;
  size_t pos = 0;
  while (pos <= list.size()) {
    size_t end = list.find('\n', pos);
    if (end == std::string::npos) end = list.size();
    std::string name = list.substr(pos, end - pos);
    static const RE2 kPlace("\\s+in\\s+\\p{Lu}.*$");
    RE2::Replace(&name, kPlace, "");
    name = util::Trim(name);
    if (!name.empty() && LooksLikeNames(name, kMaxNameWords))
      names.push_back(name);
    pos = end + 1;
  }
  return names;
}

// "A and B contributed to this report.", "A contributed reporting from X."
std::optional<std::vector<std::string>> ParseContributedSentence(
    std::string_view text) {
  static const RE2 kContributed(
      "(?i)(.+?)\\s+(?:also\\s+)?contributed(?:\\s+reporting)?\\s+(?:to|for)"
      "\\s+"
      "(?:this|the)\\s+(?:report|story|article)\\.?");
  // NYT style; without "this report" the names must be real names.
  static const RE2 kContributedReporting(
      "(.+?)\\s+(?:also\\s+)?contributed\\s+(?:reporting|research)"
      "(?:\\s+from\\s+[^.]+)?\\.?");
  std::string who;
  bool report = RE2::FullMatch(text, kContributed, &who);
  if (!report && !RE2::FullMatch(text, kContributedReporting, &who)) {
    return std::nullopt;
  }
  if (util::CountWords(who) > kMaxContributorWords) return std::nullopt;
  std::vector<std::string> names = SplitNames(who);
  if (!report && names.empty()) return std::nullopt;
  return names;
}

// "Reporting by A in Lima; Additional reporting by B; Editing by C".
std::optional<std::vector<std::string>> ParseCreditList(std::string_view text) {
  std::string line = util::Trim(text);
  static const RE2 kParens("^\\((.*)\\)\\.?$");
  RE2::Replace(&line, kParens, "\\1");
  static const RE2 kCredit(
      "(?i)(?:additional\\s+)?(?:reporting|writing|editing|edited|compiled|"
      "contributing|research|translation|translated|graphics|fact-checking|"
      "produced)\\s+by\\s+(.+?)\\.?");
  std::vector<std::string> names;
  size_t pos = 0;
  while (pos <= line.size()) {
    size_t end = line.find(';', pos);
    if (end == std::string::npos) end = line.size();
    std::string part =
        util::Trim(std::string_view(line).substr(pos, end - pos));
    std::string list;
    if (!RE2::FullMatch(part, kCredit, &list)) return std::nullopt;
    std::vector<std::string> part_names = SplitNames(list);
    // "Research by the university shows ..." is a sentence: a credit names
    // people.
    if (part_names.empty()) return std::nullopt;
    for (std::string& name : part_names) names.push_back(std::move(name));
    pos = end + 1;
  }
  return names;
}

}  // namespace

std::optional<std::string> ParseByline(std::string_view text) {
  // A desk or staff credit alone: "Staff Reporter", "Our Correspondent",
  // "News Desk".
  static const RE2 kStaff(
      "(?i)(?:(?:our|special|staff|senior|chief|political|foreign|sports|"
      "health|science|business|diplomatic)\\s+){1,2}(?:reporter|writer|"
      "correspondent)s?|(?:news|web|online|city|foreign|sports)\\s+desk");
  if (RE2::FullMatch(text, kStaff)) return util::Trim(text);
  // "Jane Doe | Sports Correspondent": names, then their desk title.
  static const RE2 kNamesThenTitle(
      "(.+?)\\s+[|–—]\\s+(?:[\\p{L}-]+\\s+){0,3}(?i:correspondent|reporter|"
      "writer|editor|columnist|journalist|contributor)s?");
  std::string titled;
  if (RE2::FullMatch(text, kNamesThenTitle, &titled) &&
      LooksLikeNames(titled, kMaxBylineWords))
    return util::Trim(titled);
  static const RE2 kByline(
      "(?:By|BY|Written by|WRITTEN BY|Words by|Story by|Reported by|Posted "
      "by)\\s+(.+?)\\.?");
  std::string author;
  if (!RE2::FullMatch(text, kByline, &author)) return std::nullopt;
  // Cut a title or outlet after the names: "Jane Doe, Staff Writer",
  // "Jane Doe | Reuters", "Jane Doe - The Daily Post".
  static const RE2 kTail(
      "\\s*(?:,\\s*(?:\\p{Lu}\\p{Ll}|staff|\\p{Lu}+\\s).*|\\s[|–—-]\\s.*)$");
  std::string names = author;
  RE2::Replace(&names, kTail, "");
  if (!LooksLikeNames(names, kMaxBylineWords)) return std::nullopt;
  return util::Trim(names);
}

std::optional<std::vector<std::string>> ParseContributorLine(
    std::string_view text) {
  if (auto names = ParseContributedSentence(text)) return names;
  return ParseCreditList(text);
}

}  // namespace corroborate::extract

// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "extract/context_rules.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "util/text.h"

namespace corroborate::extract {

namespace {

// A repeated caption sits right next to its credited copy; two paragraphs
// allows a lone credit line in between.
constexpr int kCaptionNeighbourhood = 2;
// A repeat must be at least this many words long, so that a short common
// phrase ("The army said.") never counts as a repeat.
constexpr size_t kMinRepeatWords = 6;
// A prefix counts as a repeat when it covers this share of the longer text:
// 0.8 tolerates a dropped credit or closing clause, not a different sentence.
constexpr double kMinRepeatShare = 0.8;
// A caption credited on the next line ("Image: Asanka Dias", "File photo")
// is one or two sentences; 60 words is about three.
constexpr size_t kMaxCreditedCaptionWords = 60;
// A caption's twin in another language, on the line next to it, is as
// short and, unlike a body paragraph, names the day the picture was taken.
constexpr size_t kMaxCaptionTwinWords = 45;

// A full date as captions write it: "May 11, 2026", "Feb. 12, 2026",
// "12 February 2026", "12/2/2026".
const RE2& CaptionDate() {
  static const RE2 kPattern(
      "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
      "\\.?\\s+\\d{1,2},?\\s+\\d{4}\\b|\\b\\d{1,2}\\s+(?:jan|feb|mar|apr|may|"
      "jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{4}\\b|\\b\\d{1,2}/"
      "\\d{1,2}/"
      "\\d{4}\\b");
  return kPattern;
}

// Related headlines are short: news headlines run 6-15 words; 25 also
// admits long ones. Three words excludes stray labels.
constexpr size_t kMinHeadlineWords = 3;
constexpr size_t kMaxHeadlineWords = 25;
// One unpunctuated last line may be the article's own closing line; two or
// more in a row are a list.
constexpr size_t kMinHeadlineRun = 2;

bool IsBody(const Paragraph& paragraph) { return !paragraph.boilerplate; }

void Mark(Paragraph* paragraph, BoilerplateReason reason) {
  paragraph->boilerplate = true;
  paragraph->reason = reason;
}

// True iff `shorter` starts `longer`, word for word.
bool IsWordPrefix(const std::string& shorter, const std::string& longer) {
  if (shorter.size() > longer.size() ||
      longer.compare(0, shorter.size(), shorter) != 0) {
    return false;
  }
  return shorter.size() == longer.size() || longer[shorter.size()] == ' ';
}

size_t WordCount(const std::string& normalized) {
  return normalized.empty()
             ? 0
             : std::count(normalized.begin(), normalized.end(), ' ') + 1;
}

// True iff `a` and `b` (normalized) are the same text, allowing one to be a
// prefix of the other covering kMinRepeatShare of it.
bool Repeats(const std::string& a, const std::string& b) {
  const std::string& shorter = a.size() <= b.size() ? a : b;
  const std::string& longer = a.size() <= b.size() ? b : a;
  size_t short_words = WordCount(shorter);
  if (short_words < kMinRepeatWords || !IsWordPrefix(shorter, longer))
    return false;
  return static_cast<double>(short_words) >=
         kMinRepeatShare * WordCount(longer);
}

UChar32 LastCodePoint(std::string_view text) {
  int32_t i = static_cast<int32_t>(text.size());
  UChar32 c = 0;
  if (i > 0) U8_PREV(text.data(), 0, i, c);
  return c;
}

UChar32 FirstCodePoint(std::string_view text) {
  int32_t i = 0;
  UChar32 c = 0;
  if (!text.empty())
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  return c;
}

bool LooksLikeHeadline(const Paragraph& paragraph) {
  size_t words = util::CountWords(paragraph.text);
  if (words < kMinHeadlineWords || words > kMaxHeadlineWords) return false;
  UChar32 first = FirstCodePoint(paragraph.text);
  if (!u_isupper(first) && !u_isdigit(first)) return false;
  // Sentences end in punctuation or a closing quote; headlines do not.
  return !u_ispunct(LastCodePoint(paragraph.text));
}

}  // namespace

std::string NormalizeForComparison(std::string_view text) {
  return util::JoinedFoldedWords(text);
}

void MarkRepeatedCaptions(Article* article) {
  std::vector<Paragraph>& paragraphs = article->paragraphs;
  const int n = static_cast<int>(paragraphs.size());
  // Each paragraph's NormalizeForComparison, computed when first needed:
  // a caption is compared with up to 2 * kCaptionNeighbourhood paragraphs,
  // and most paragraphs have no caption near them at all.
  std::vector<std::optional<std::string>> normalized(paragraphs.size());
  auto normal = [&](int i) -> const std::string& {
    if (!normalized[i])
      normalized[i] = NormalizeForComparison(paragraphs[i].text);
    return *normalized[i];
  };
  for (int i = 0; i < n; ++i) {
    if (!IsBody(paragraphs[i])) continue;
    for (int j = std::max(0, i - kCaptionNeighbourhood);
         j <= std::min(n - 1, i + kCaptionNeighbourhood); ++j) {
      BoilerplateReason reason = paragraphs[j].reason;
      if (reason != BoilerplateReason::kPhotoCaption) continue;
      const std::string& text = normal(i);
      if (WordCount(text) >= kMinRepeatWords && IsWordPrefix(text, normal(j))) {
        Mark(&paragraphs[i], BoilerplateReason::kPhotoCaption);
        break;
      }
    }
  }
}

void MarkCaptionBlocks(Article* article) {
  std::vector<Paragraph>& paragraphs = article->paragraphs;
  const size_t n = paragraphs.size();
  // Judged on the reasons before this rule, so one caption never drags a
  // chain of lines with it.
  std::vector<BoilerplateReason> before(n);
  for (size_t i = 0; i < n; ++i) before[i] = paragraphs[i].reason;
  auto touching = [&](size_t a, size_t b) {  // b's line follows a's
    return paragraphs[a].last_line > 0 &&
           paragraphs[b].first_line == paragraphs[a].last_line + 1;
  };
  for (size_t i = 0; i < n; ++i) {
    if (!IsBody(paragraphs[i])) continue;
    const bool credit_next = i + 1 < n && touching(i, i + 1) &&
                             before[i + 1] == BoilerplateReason::kPhotoCredit;
    const bool caption_beside =
        (i + 1 < n && touching(i, i + 1) &&
         before[i + 1] == BoilerplateReason::kPhotoCaption) ||
        (i > 0 && touching(i - 1, i) &&
         before[i - 1] == BoilerplateReason::kPhotoCaption);
    if (!credit_next && !caption_beside) continue;  // most paragraphs
    const size_t words = util::CountWords(paragraphs[i].text);
    if ((credit_next && words <= kMaxCreditedCaptionWords) ||
        (caption_beside && words <= kMaxCaptionTwinWords &&
         RE2::PartialMatch(paragraphs[i].text, CaptionDate())))
      Mark(&paragraphs[i], BoilerplateReason::kPhotoCaption);
  }
}

void MarkRepeatedStandfirst(Article* article) {
  std::string title = NormalizeForComparison(article->title);
  std::string standfirst;
  for (Paragraph& paragraph : article->paragraphs) {
    if (!IsBody(paragraph)) continue;
    std::string text = NormalizeForComparison(paragraph.text);
    // The headline printed again as the first line of the text (JSONL
    // feeds do this) is neither body nor the standfirst.
    if (text == title) {
      Mark(&paragraph, BoilerplateReason::kRepeatedStandfirst);
      continue;
    }
    if (standfirst.empty()) {
      standfirst = text;
      continue;
    }
    if (Repeats(text, standfirst)) {
      Mark(&paragraph, BoilerplateReason::kRepeatedStandfirst);
    }
  }
}

void MarkTrailingHeadlines(Article* article) {
  std::vector<Paragraph*> run;
  for (auto it = article->paragraphs.rbegin(); it != article->paragraphs.rend();
       ++it) {
    if (!IsBody(*it)) continue;
    if (!LooksLikeHeadline(*it)) break;
    run.push_back(&*it);
  }
  // The whole body being "headlines" means a list page, not a tail.
  size_t body = std::count_if(article->paragraphs.begin(),
                              article->paragraphs.end(), IsBody);
  if (run.size() < kMinHeadlineRun || run.size() == body) return;
  for (Paragraph* paragraph : run)
    Mark(paragraph, BoilerplateReason::kRelatedLink);
}

}  // namespace corroborate::extract

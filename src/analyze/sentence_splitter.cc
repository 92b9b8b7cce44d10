// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/sentence_splitter.h"

#include <memory>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include "util/text.h"
#include "util/word_set.h"

namespace corroborate::analyze {
namespace {

// True iff `text` ends with an initialism such as "U.S." or "D.C.": ICU 72's
// "en" suppression list lacks them, so "the U.S. Army" is split after "U.S.".
bool EndsWithInitialism(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  size_t start = text.find_last_of(' ');
  std::string_view word =
      text.substr(start == std::string_view::npos ? 0 : start + 1);
  if (word.size() < 4 || word.back() != '.') return false;
  for (size_t i = 0; i < word.size(); ++i) {
    bool ok =
        (i % 2 == 0) ? (word[i] >= 'A' && word[i] <= 'Z') : word[i] == '.';
    if (!ok) return false;
  }
  return true;
}

// True iff `text` ends with a title that always precedes a name ("Lt.",
// "Gen.", "Sen."): ICU 72 splits after these too.
bool EndsWithTitle(std::string_view text) {
  static const util::WordSet kTitles = {
      "Lt.",   "Gen.",  "Col.",  "Sen.",  "Gov.",    "Rep.", "Dr.",  "Adm.",
      "Cmdr.", "Sgt.",  "Capt.", "Maj.",  "Prof.",   "Mr.",  "Mrs.", "Ms.",
      "Rev.",  "Gens.", "Sens.", "Reps.", "Lt.Gen.", "Del."};
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  size_t start = text.find_last_of(' ');
  return kTitles.count(
             text.substr(start == std::string_view::npos ? 0 : start + 1)) > 0;
}

// True iff `text` ends with a name's middle initial: a capitalised word,
// then one capital letter and a dot ("Chief Justice John G.", "Ronald R."),
// which ICU takes for a sentence end. Glued only when the next piece opens
// with no sentence opener, like an initialism; "Plan B. Then ..." is glued
// too, a rarer case in news than a middle initial.
bool EndsWithMiddleInitial(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.size() < 5 || text.back() != '.') return false;
  const char initial = text[text.size() - 2];
  if (initial < 'A' || initial > 'Z' || text[text.size() - 3] != ' ')
    return false;
  text.remove_suffix(3);
  size_t start = text.find_last_of(' ');
  std::string_view word =
      text.substr(start == std::string_view::npos ? 0 : start + 1);
  return word.size() >= 2 && util::StartsUpper(word) && word.back() != '.';
}

// True iff `text` starts with a word that usually opens a sentence, so a
// break before it after "U.S." is a real one.
bool StartsWithOpener(std::string_view text) {
  static const util::WordSet kOpeners = {
      "The",   "A",     "An",      "He",        "She",   "It",     "They",
      "We",    "I",     "But",     "And",       "In",    "On",     "At",
      "This",  "That",  "These",   "Those",     "There", "His",    "Her",
      "Its",   "Their", "However", "Meanwhile", "After", "Before", "When",
      "While", "As",    "If",      "Some"};
  size_t end = text.find_first_of(" ,");
  return kOpeners.count(text.substr(0, end)) > 0;
}

// True iff `text` ends with "!" or "?", perhaps inside a closing quote,
// and `next` opens with a lower-case letter: '"Who knows?" he asked' is
// one sentence, which ICU splits (its rules split after "!" and "?"
// whatever follows).
bool QuestionGoesOn(std::string_view text, std::string_view next) {
  static constexpr std::string_view kClosers[] = {"\"", "''", "\xE2\x80\x9D",
                                                  "\xE2\x80\x99", "'"};
  for (std::string_view closer : kClosers) {
    if (text.ends_with(closer)) {
      text.remove_suffix(closer.size());
      break;
    }
  }
  return !text.empty() && (text.back() == '!' || text.back() == '?') &&
         !next.empty() && next[0] >= 'a' && next[0] <= 'z';
}

// Appends the sentences of one paragraph. UText over UTF-8 makes the
// iterator report byte offsets directly, so no index conversion is needed.
void SplitParagraph(icu::BreakIterator* iterator, int index,
                    const std::string& text, std::vector<Sentence>* out) {
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(),
                                static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return;
  iterator->setText(utext, status);
  if (U_SUCCESS(status)) {
    int32_t begin = iterator->first();
    for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE;
         begin = end, end = iterator->next()) {
      std::string_view piece(text.data() + begin,
                             static_cast<size_t>(end - begin));
      std::string trimmed = util::Trim(piece);
      if (trimmed.empty()) continue;
      bool same_paragraph = !out->empty() && out->back().paragraph == index;
      std::string_view last_text =
          same_paragraph ? std::string_view(out->back().text) : "";
      bool glued = same_paragraph && (EndsWithTitle(last_text) ||
                                      QuestionGoesOn(last_text, trimmed) ||
                                      ((EndsWithInitialism(last_text) ||
                                        EndsWithMiddleInitial(last_text)) &&
                                       !StartsWithOpener(trimmed)));
      if (glued) {
        Sentence& last = out->back();
        last.end =
            static_cast<size_t>(begin) + piece.find(trimmed) + trimmed.size();
        last.text = util::Trim(
            std::string_view(text).substr(last.begin, last.end - last.begin));
        continue;
      }
      // Report the offsets of the trimmed sentence, not of the raw piece.
      size_t lead = piece.find(trimmed);
      Sentence sentence;
      sentence.paragraph = index;
      sentence.begin = static_cast<size_t>(begin) + lead;
      sentence.end = sentence.begin + trimmed.size();
      sentence.text = std::move(trimmed);
      out->push_back(std::move(sentence));
    }
  }
  utext_close(utext);
}

}  // namespace

std::vector<Sentence> SplitSentences(const std::vector<Paragraph>& paragraphs) {
  std::vector<Sentence> sentences;
  // Building the iterator (with its abbreviation filter) costs more than
  // splitting a whole article, so each thread keeps one.
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(
            icu::Locale("en@ss=standard"), status));
    return U_FAILURE(status) ? nullptr : std::move(it);
  }();
  if (iterator == nullptr) return sentences;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (paragraphs[i].boilerplate) continue;
    SplitParagraph(iterator.get(), static_cast<int>(i), paragraphs[i].text,
                   &sentences);
  }
  return sentences;
}

}  // namespace corroborate::analyze

// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/sourceless_cues.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "analyze/cue_verb_classes.h"
#include "analyze/subject_finder.h"
#include "util/word_set.h"

namespace corroborate::analyze {
namespace {

// Subjects longer than this are clauses: the same bound as the attribution
// finder's (PolNeAR train noun phrases before a cue rarely exceed 12 words).
constexpr size_t kMaxSubjectWords = 12;

bool IsRaisingVerb(const Token& t) {
  static const util::WordSet kWords = {"seem",   "seems",   "seemed",
                                       "appear", "appears", "appeared"};
  return kWords.count(t.lower) > 0;
}

bool IsBe(const Token& t) {
  static const util::WordSet kWords = {"is",   "are", "was",
                                       "were", "be",  "been"};
  return kWords.count(t.lower) > 0;
}

// What may follow "seems" for it to present a view ("seems to", "seems
// likely"): not "appeared on television".
bool IntroducesView(const Token& t) {
  static const util::WordSet kWords = {
      "to",     "that",  "likely", "unlikely", "certain",
      "poised", "ready", "set",    "sure",     "increasingly"};
  return kWords.count(t.lower) > 0;
}

bool IsBoundary(const Token& t) {
  static const util::WordSet kWords = {
      "that", "which", "who",  "but",   "and",      "while", "because",
      "if",   "as",    "when", "where", "although", "since", "so"};
  return !t.IsWord() || kWords.count(t.lower) > 0 || t.quoted;
}

// The noun phrase ending at `end`: back to punctuation or a clause word.
size_t SubjectBegin(const std::vector<Token>& tokens, size_t end) {
  size_t begin = end;
  while (begin > 0 && !IsBoundary(tokens[begin - 1])) --begin;
  return end - begin > kMaxSubjectWords ? end : begin;
}

// Trailing punctuation and closing quotes are not content.
size_t ContentEnd(const std::vector<Token>& tokens) {
  size_t end = tokens.size();
  while (end > 0 && !tokens[end - 1].IsWord()) --end;
  return end;
}

// "is (widely|not|now) expected to": the cue's first token, or `i` if none.
size_t ExpectedCueBegin(const std::vector<Token>& tokens, size_t i) {
  size_t b = i;
  while (b > 0 && (tokens[b - 1].IsAdverb() || tokens[b - 1].Is("not") ||
                   tokens[b - 1].Is("now") || tokens[b - 1].Is("also")))
    --b;
  return b > 0 && IsBe(tokens[b - 1]) ? b - 1 : i;
}

// The end of the clause that starts at `begin`: the next comma outside
// quotation marks, or the sentence's content end.
size_t ClauseEnd(const std::vector<Token>& tokens, size_t begin) {
  size_t end = ContentEnd(tokens);
  for (size_t k = begin; k < end; ++k) {
    if (tokens[k].text == "," && !tokens[k].quoted) return k;
  }
  return end;
}

// What a question put to an unnamed asker opens with ("asked if",
// "asked about", "asked to name", "asked what ...").
bool IntroducesQuestion(const Token& t) {
  static const util::WordSet kWords = {"if",   "whether", "about", "to",
                                       "what", "why",     "how",   "who",
                                       "when", "where",   "which"};
  return kWords.count(t.lower) > 0 || t.kind == TokenKind::kOpenQuote;
}

// "When asked about X", "Asked whether X", "she was asked to X": a
// question whose asker the text does not name (PolNeAR: no source, the
// question as content). Sets the cue; false if `i` is no such "asked".
bool AskedWithoutAsker(const std::vector<Token>& tokens, size_t i,
                       SourcelessCue* cue) {
  if (!tokens[i].Is("asked") || !IntroducesQuestion(tokens[i + 1]))
    return false;
  static const util::WordSet kOpeners = {"when", "while", "after",
                                         "once", "if",    "before"};
  if (i == 0 || kOpeners.count(tokens[i - 1].lower) > 0 ||
      tokens[i - 1].text == ",") {
    cue->cue_begin = i;
    cue->cue_end = i + 1;
    cue->content_begin = i + 1;
    cue->content_end = ClauseEnd(tokens, i + 1);
    return true;
  }
  if (!IsBe(tokens[i - 1])) return false;
  cue->cue_begin = i - 1;
  cue->cue_end = i + 1;
  cue->subject_end = i - 1;
  cue->subject_begin = SubjectBegin(tokens, i - 1);
  cue->content_begin = i + 1;
  cue->content_end = ContentEnd(tokens);
  return true;
}

// Irregular past participles of PolNeAR train cues ("is known as", "was
// told"); regular ones end in "-ed".
bool IsParticiple(const Token& t) {
  static const util::WordSet kWords = {"known", "said",    "seen",      "shown",
                                       "told",  "thought", "held",      "meant",
                                       "given", "taken",   "written",   "drawn",
                                       "heard", "felt",    "understood"};
  return t.IsWord() && !t.IsCapitalized() &&
         (t.lower.ends_with("ed") || kWords.count(t.lower) > 0);
}

// Words after a participle that make it a state of its subject, who holds
// the view ("is worried about", "was angry over", "were pleased with").
bool StateComplement(const Token& t) {
  return t.Is("about") || t.Is("over") || t.Is("with") || t.Is("by");
}

// "The pilots were worried that ...", "Clinton is assured of winning":
// a participle with a sense of feeling (WordNet's emotion class) names
// the subject's own state, so the subject holds the view (PolNeAR marks
// it the source), whatever follows.
bool IsFeeling(const Token& t) {
  constexpr uint8_t kEmotion = 1u << 3;  // kVerbClassNames[3]
  static_assert(kVerbClassNames[3] == "emotion");
  const VerbClass* c = VerbClasses::Default().Find(t.lower);
  return c != nullptr && (c->any & kEmotion) != 0;
}

}  // namespace

bool AgentlessPassive(const std::vector<Token>& tokens, size_t cue_begin,
                      size_t cue_end, SourcelessCue* cue) {
  if (cue_end <= cue_begin || !IsParticiple(tokens[cue_end - 1]) ||
      (cue_end < tokens.size() && StateComplement(tokens[cue_end])) ||
      IsFeeling(tokens[cue_end - 1]))
    return false;
  size_t be = cue_begin;
  while (be > 0 && (tokens[be - 1].IsAdverb() || tokens[be - 1].Is("not") ||
                    tokens[be - 1].Is("also") || tokens[be - 1].Is("now") ||
                    tokens[be - 1].Is("still")))
    --be;
  if (be == 0 || !IsFormOfBe(tokens[be - 1])) return false;
  --be;
  // "It is said that ...", "The hall was booked" : the subject is content,
  // but a person-like "X is convinced that" holds the view.
  size_t end = be;
  while (end > 0 && (tokens[end - 1].Is("has") || tokens[end - 1].Is("have") ||
                     tokens[end - 1].Is("had") || tokens[end - 1].Is("will") ||
                     tokens[end - 1].Is("would") || tokens[end - 1].IsAdverb()))
    --end;
  cue->cue_begin = end;
  cue->cue_end = cue_end;
  cue->subject_end = end;
  cue->subject_begin = SubjectBegin(tokens, end);
  size_t begin = cue_end;
  while (begin < tokens.size() &&
         (!tokens[begin].IsWord() || tokens[begin].Is("that")))
    ++begin;
  cue->content_begin = begin;
  cue->content_end = std::max(begin, ContentEnd(tokens));
  return cue->subject_begin < cue->subject_end ||
         cue->content_end > cue->content_begin;
}

std::vector<SourcelessCue> FindSourcelessCues(
    const std::vector<Token>& tokens) {
  std::vector<SourcelessCue> cues;
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (!t.IsWord() || t.quoted) continue;
    SourcelessCue cue;
    if (AskedWithoutAsker(tokens, i, &cue)) {
      if (cue.content_end > cue.content_begin + 1) cues.push_back(cue);
      continue;
    }
    // "The deal reportedly collapsed": a report with no reporter named
    // (PolNeAR train: 15 of 19 "reportedly" cues have no source).
    if (t.Is("reportedly")) {
      cue.cue_begin = i;
    } else if (IsRaisingVerb(t) && IntroducesView(tokens[i + 1])) {
      cue.cue_begin = i;
    } else if (t.Is("expected") && tokens[i + 1].Is("to")) {
      cue.cue_begin = ExpectedCueBegin(tokens, i);
      if (cue.cue_begin == i) continue;  // "the expected result"
    } else {
      continue;
    }
    cue.cue_end = i + 1;
    // The subject stands before any auxiliary ("has seemed", "will be").
    size_t end = cue.cue_begin;
    while (end > 0 &&
           (IsBe(tokens[end - 1]) || tokens[end - 1].Is("has") ||
            tokens[end - 1].Is("have") || tokens[end - 1].Is("had") ||
            tokens[end - 1].Is("will") || tokens[end - 1].Is("would") ||
            tokens[end - 1].IsAdverb()))
      --end;
    cue.subject_begin = SubjectBegin(tokens, end);
    cue.subject_end = end;
    cue.content_begin = i + 1;
    cue.content_end = ContentEnd(tokens);
    while (cue.content_begin < cue.content_end &&
           !tokens[cue.content_begin].IsWord())
      ++cue.content_begin;
    if (cue.content_end <= cue.content_begin + 1) continue;
    cues.push_back(cue);
  }
  return cues;
}

Attribution SourcelessAttribution(const Sentence& sentence, int index,
                                  const std::vector<Token>& tokens,
                                  const SourcelessCue& cue) {
  Attribution a;
  a.sentence = index;
  a.cue = Span(sentence.text, tokens, cue.cue_begin, cue.cue_end);
  a.content = Span(sentence.text, tokens, cue.content_begin, cue.content_end);
  auto add = [&](size_t begin, size_t end, std::vector<TextSpan>* spans) {
    if (begin >= end) return;
    spans->push_back({sentence.paragraph, sentence.begin + tokens[begin].begin,
                      sentence.begin + tokens[end - 1].end});
  };
  add(cue.cue_begin, cue.cue_end, &a.cue_spans);
  add(cue.subject_begin, cue.subject_end, &a.content_spans);
  add(cue.content_begin, cue.content_end, &a.content_spans);
  return a;
}

}  // namespace corroborate::analyze

// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/subject_finder.h"

#include <algorithm>
#include <string_view>
#include <tuple>

#include "analyze/cue_lexicon.h"
#include "analyze/sentence_opening.h"
#include "util/text.h"
#include "util/word_set.h"

namespace corroborate::analyze {
namespace {

// Subjects longer than this are clauses, not names: the longest source span
// in the PolNeAR train split that is a noun phrase before its cue rarely
// exceeds 12 words ("Iraq's national security adviser ..." is 6).
constexpr size_t kMaxSubjectWords = 12;

// Appositives between a name and its cue ("X, a strategist who worked for
// Y in two campaigns, said") longer than this are taken for clauses; PolNeAR
// train sources with an appositive are mostly under 25 words.
constexpr size_t kMaxAppositiveWords = 25;

// Words of a name before ", who said" ("Labor Minister Ann Cho" is 4): a
// title and a full name rarely exceed 6 in PolNeAR train sources.
constexpr size_t kMaxAntecedentNames = 6;

// Tokens a parenthetical after a name may hold ("(R-Ky.)", "(D-N.Y.)").
constexpr size_t kMaxParentheticalTokens = 6;

// Words of a name in apposition ("the F.B.I. director, James B. Comey,
// said"): a full name with initials and a suffix rarely exceeds 4.
constexpr size_t kMaxAppositiveNameWords = 4;

// True iff `text` is a run of ASCII digits ("31", "2012").
bool IsDigits(std::string_view text) {
  return !text.empty() &&
         text.find_first_not_of("0123456789") == std::string_view::npos;
}

// True iff tokens [begin, end) are a short run of names.
bool IsShortName(const std::vector<Token>& tokens, size_t begin, size_t end) {
  if (begin >= end || end - begin > kMaxAppositiveNameWords) return false;
  for (size_t i = begin; i < end; ++i) {
    if (!tokens[i].IsNameLike()) return false;
  }
  return true;
}

// "X, a spokesman for Y, said" / "The paper, based in Z, says": returns the
// head X before the appositive that ends at `end` (a comma), or `end`.
size_t AppositiveHead(const std::vector<Token>& tokens, size_t end,
                      size_t* head_end) {
  if (end == 0 || tokens[end - 1].text != ",") return end;
  // The appositive may hold clauses of its own ("a consultant who had
  // tried ..."): back to the previous comma.
  size_t begin = end - 1;
  size_t limit =
      end - 1 > kMaxAppositiveWords ? end - 1 - kMaxAppositiveWords : 0;
  while (begin > limit && tokens[begin - 1].text != "," &&
         tokens[begin - 1].text != "." && !tokens[begin - 1].quoted &&
         tokens[begin - 1].kind != TokenKind::kCloseQuote &&
         tokens[begin - 1].kind != TokenKind::kOpenQuote)
    --begin;
  if (begin >= end - 1 || begin < 2 || tokens[begin - 1].text != ",")
    return end;
  const Token& first = tokens[begin];
  bool appositive = first.Is("a") || first.Is("an") || first.Is("based") ||
                    first.Is("the") || first.Is("whose") || first.Is("who") ||
                    first.Is("which") || first.Is("in") ||
                    first.Is("speaking") || first.Is("writing") ||
                    (first.Is("one") && tokens[begin + 1].Is("of")) ||
                    (!first.IsCapitalized() && first.lower.ends_with("ed"));
  size_t head = SegmentBegin(tokens, begin - 1);
  // "Interior minister X, visiting Cherbourg, said", "Democrats, including
  // Y, said": a participle aside after a noun phrase (no verb or opening
  // adverbial before it: not "X tries to ..., showcasing", "On Oct. 23,
  // during ...").
  if (!appositive && !first.IsCapitalized() && first.lower.size() > 4 &&
      first.lower.ends_with("ing") && !IsLeadIn(first) && head < begin - 1 &&
      !IsLeadIn(tokens[head]) && !OpensAdverbial(tokens[head])) {
    appositive = true;
    for (size_t i = head; i < begin - 1 && appositive; ++i) {
      const Token& t = tokens[i];
      // ("Mr. Trump tries to turn ...": a "to" makes a clause.)
      appositive = !IsVerbish(t) && !IsPastForm(t) && !t.Is("to") &&
                   !(!t.IsCapitalized() && t.lower.ends_with("ing"));
    }
  }
  // "Jeff Weaver, Sanders' campaign manager, said": a short proper name
  // heads any appositive.
  // Not an opening adverbial ("On Friday, Obama took ..., still calling").
  bool name_head =
      IsShortName(tokens, head, begin - 1) && !IsLeadIn(tokens[head]);
  for (size_t i = head; i < begin - 1 && name_head; ++i)
    name_head = !IsTimeWord(tokens[i]);
  // "the White House spokesman, Josh Earnest, said": a name in apposition
  // to a described person; both are the source (PolNeAR's span).
  // ("Sanders's campaign manager, Jeff Weaver, said": a possessive too.)
  const Token& opener = tokens[head];
  bool possessive =
      util::WithoutPossessive(opener.lower).size() < opener.lower.size();
  // ("Another pollster, David Woodard of Clemson University, said": a
  // name may end "of" a place or body.)
  size_t name_end = end - 1;
  for (size_t i = begin + 1; i + 1 < end - 1; ++i) {
    if (tokens[i].Is("of") && IsShortName(tokens, i + 1, end - 1)) {
      name_end = i;
      break;
    }
  }
  bool named = !name_head && head < begin - 1 &&
               (IsDeterminerWord(opener) || possessive) &&
               IsShortName(tokens, begin, name_end);
  if (!appositive && !name_head && !named) return end;
  if (head == begin - 1 ||
      (head > 0 && tokens[head - 1].kind == TokenKind::kWord))
    return end;
  // "Ana Cho, 31, a pilot, said": an age between the name and the
  // appositive; the name before it is the head.
  const Token& age = tokens[head];
  const bool aged = !named && head + 1 == begin - 1 && head >= 2 &&
                    tokens[head - 1].text == "," && age.text.size() <= 3 &&
                    IsDigits(age.text);
  if (aged) {
    const size_t name = SegmentBegin(tokens, head - 1);
    if (!IsShortName(tokens, name, head - 1)) return end;
    *head_end = head - 1;
    return name;
  }
  *head_end = named ? end - 1 : begin - 1;
  return head;
}

// Auxiliaries, modals and negations of a verb group ("could not", "has
// been", "won't"): not "there", which opens a clause of its own.
bool IsAuxiliary(const Token& t) {
  static const util::WordSet kWords = {
      "not",  "never", "still", "just",  "even", "is",    "are",    "was",
      "were", "be",    "been",  "being", "can",  "could", "should", "must",
      "do",   "does",  "did",   "am",    "'s",   "'re",   "'ve",    "'d"};
  return t.lower.ends_with("n't") || kWords.count(t.lower) > 0;
}

// Walks left from `end` over cue modifiers, adverbs and (if asked)
// auxiliaries.
size_t SkipVerbGroup(const std::vector<Token>& tokens, size_t end,
                     bool auxiliaries) {
  static const util::WordSet kPeriods = {"week", "month", "year", "weekend"};
  static const util::WordSet kDeictic = {"last", "this", "past", "next"};
  while (end > 0) {
    const Token& t = tokens[end - 1];
    // "X this past week announced", "Y last month said".
    if (end > 1 && kPeriods.count(t.lower) &&
        kDeictic.count(tokens[end - 2].lower)) {
      end -= 2;
      continue;
    }
    if (!(IsCueModifier(t) || t.IsAdverb() ||
          (auxiliaries && IsAuxiliary(t))) ||
        IsNamePart(tokens, end - 1))
      break;
    --end;
  }
  return end;
}

// Words of a verb group before "to" ("went so far as", "was quick"):
// PolNeAR train cues of this shape have at most four.
constexpr size_t kMaxWordsBeforeTo = 4;

// The first token of the verb group before the "to" at `to`: back over
// lower-case words to an auxiliary (kept for SkipVerbGroup), a name, a
// pronoun or punctuation; `to` itself if the group is longer.
size_t VerbBeforeTo(const std::vector<Token>& tokens, size_t to) {
  static const util::WordSet kPronouns = {"he", "she", "they", "we",
                                          "i",  "it",  "who",  "you"};
  size_t begin = to;
  while (begin > 0 && to - begin < kMaxWordsBeforeTo) {
    const Token& t = tokens[begin - 1];
    if (!t.IsWord() || t.IsNameLike() || t.quoted || IsAuxiliary(t) ||
        kPronouns.count(t.lower) || IsClauseWord(t))
      return begin;
    --begin;
  }
  return begin > 0 && (IsAuxiliary(tokens[begin - 1]) ||
                       tokens[begin - 1].IsNameLike() ||
                       kPronouns.count(tokens[begin - 1].lower))
             ? begin
             : to;
}

// Sentence-initial words that are no subject on their own ("That said,",
// "There are", "So involved is ...", "Even before ..."), nor inside one
// ("in describing").
bool IsNonSubjectWord(const Token& t) {
  static const util::WordSet kWords = {
      "that",      "there", "so",   "even", "in",  "with",  "now",  "among",
      "therefore", "then",  "for",  "of",   "to",  "at",    "by",   "from",
      "on",        "as",    "here", "thus", "yet", "still", "only", "just"};
  return kWords.count(t.lower) > 0;
}

// A lower-case participle or preposition opening a would-be subject
// ("But Obama, making it clear", "Curiel, who through his office
// declined", "stating during the debate"): a phrase, not who speaks.
bool OpensNoSubject(const Token& t) {
  static const util::WordSet kPrepositions = {
      "through", "during", "without", "into",  "about", "after",
      "before",  "under",  "over",    "since", "until", "via",
      "amid",    "across", "behind",  "like",  "unlike"};
  static const util::WordSet kPronouns = {"nothing", "something", "anything",
                                          "everything"};
  if (t.IsCapitalized() || !t.IsWord()) return false;
  bool participle = t.lower.ends_with("ing") && !kPronouns.count(t.lower);
  return participle || kPrepositions.count(t.lower) > 0;
}

// "47%", "26 percent", "half", "two-thirds", a bare count ("43 said"): a
// share of people, who may speak ("47% say"); not a time. A year is no
// share.
bool IsShareOfPeople(const std::vector<Token>& tokens, size_t i) {
  static const util::WordSet kFractions = {
      "half",           "third",    "thirds",     "quarter",    "quarters",
      "fifth",          "fifths",   "one-third",  "two-thirds", "one-quarter",
      "three-quarters", "majority", "majorities", "plurality"};
  const Token& t = tokens[i];
  if (kFractions.count(t.lower)) return true;
  if (t.text.empty() || t.text[0] < '0' || t.text[0] > '9') return false;
  if (t.text.ends_with("%") ||
      (i + 1 < tokens.size() &&
       (tokens[i + 1].text == "%" || tokens[i + 1].Is("percent"))))
    return true;
  const bool digits = IsDigits(t.text);
  const bool year = t.text.size() == 4 &&
                    (t.text.starts_with("19") || t.text.starts_with("20"));
  // Not an age between commas ("Ana Cho, 31, said"), nor the tail of a
  // number the tokenizer split ("21,000", "45:1").
  const bool before_word = i + 1 < tokens.size() && tokens[i + 1].IsWord();
  const bool tail =
      i >= 2 && !tokens[i - 1].IsWord() && !tokens[i - 2].text.empty() &&
      tokens[i - 2].text.back() >= '0' && tokens[i - 2].text.back() <= '9';
  return digits && !year && before_word && !tail;
}

// Prepositions a noun phrase subject may hold one of ("A spokesman for
// Mayor Ann Cho of Leeds", "The head of the delegation").
bool IsNounPhrasePreposition(const Token& t) {
  return t.Is("of") || t.Is("for") || t.Is("at") || t.Is("from");
}

// "said", "told", "gets": verbs that end a subject ("The president said
// he ..."), whatever their ending.
bool IsVerbOfSaying(const Token& t) {
  static const util::WordSet kWords = {"say",   "says", "said", "tell",
                                       "tells", "told", "gets", "got"};
  return kWords.count(t.lower) > 0;
}

// The end of the noun phrase a determiner at `begin` opens, before `limit`:
// words up to punctuation, a quote, a clause word, an auxiliary, a cue
// modifier or a past form in -ed (the verb: "The town released"); `begin`
// if it holds no noun.
size_t NounPhraseEnd(const std::vector<Token>& tokens, size_t begin,
                     size_t limit) {
  size_t end = begin + 1;
  while (end < limit && end - begin < kMaxSubjectWords) {
    const Token& t = tokens[end];
    bool verb = !t.IsNameLike() &&
                (t.lower.ends_with("ed") || IsIrregularPast(t)) &&
                end > begin + 1 && !IsDeterminerWord(tokens[end - 1]);
    if ((!t.IsWord() && t.text != "%") || t.quoted || IsClauseWord(t) ||
        IsVerbish(t) || IsVerbOfSaying(t) ||
        (IsCueModifier(t) && end > begin + 1) || verb ||
        (IsNonSubjectWord(t) && !IsNounPhrasePreposition(t)))
      break;
    ++end;
  }
  while (end > begin + 1 && (IsNounPhrasePreposition(tokens[end - 1]) ||
                             IsDeterminerWord(tokens[end - 1])))
    --end;
  return end > begin + 1 ? end : begin;
}

// Words of one party in "X and Y said" or "X, Y and Z said" ("Mayor Ines
// Ortega", "the harbour master"): a short noun phrase, not a clause.
constexpr size_t kMaxPartyWords = 6;

// True iff tokens [begin, end) can be one party of a coordinated subject:
// no verb, past form, quote or time word ("Prices rose", "On Monday"), no
// opening adverbial ("In Iowa", "Asked about it").
bool IsPartyPhrase(const std::vector<Token>& tokens, size_t begin, size_t end) {
  if (begin == end || IsLeadIn(tokens[begin]) || OpensAdverbial(tokens[begin]))
    return false;
  for (size_t i = begin; i < end; ++i) {
    const Token& t = tokens[i];
    if (IsVerbish(t) || IsVerbOfSaying(t) || IsPastForm(t) || IsTimeWord(t))
      return false;
  }
  return true;
}

}  // namespace

// The start of "X and Y" or "X, Y and Z" when the subject [begin, end) is
// the party after an "and" and the parties before it are noun phrases
// that open the sentence or follow a comma ("The port and the coast guard
// said", "..., police and firefighters said", "Ben Carson, Ted Cruz and
// Rand Paul have attacked"); else `begin`. The whole stays within
// kMaxSubjectWords.
size_t CoordinatedStart(const std::vector<Token>& tokens, size_t begin,
                        size_t end) {
  if (begin < 2 || !tokens[begin - 1].Is("and")) return begin;
  size_t start = begin;
  for (size_t item_end = begin - 1;;) {
    size_t first = item_end;
    while (first > 0 && item_end - first < kMaxPartyWords &&
           tokens[first - 1].IsWord() && !IsClauseWord(tokens[first - 1]) &&
           !tokens[first - 1].quoted)
      --first;
    if (!IsPartyPhrase(tokens, first, item_end) ||
        end - first > kMaxSubjectWords)
      return start;
    if (first == 0) return 0;
    if (tokens[first - 1].text != ",") return start;
    // A party after a comma: the first of a postposed "..., X and Y
    // said", or a list item with another before it.
    start = first;
    item_end = first - 1;
  }
}

std::pair<size_t, size_t> RelativeAntecedent(const std::vector<Token>& tokens,
                                             size_t begin, size_t end) {
  if (begin < 2 || begin >= end) return {begin, end};
  const Token& relative = tokens[begin - 1];
  const Token& verb = tokens[begin];
  const bool gap = IsIrregularPast(verb) || IsVerbish(verb) ||
                   (!verb.IsCapitalized() && verb.lower.size() > 4 &&
                    verb.lower.ends_with("ed"));
  if (!(relative.Is("that") || relative.Is("which")) || !gap)
    return {begin, end};
  size_t antecedent = SegmentBegin(tokens, begin - 1);
  while (antecedent < begin - 1 && !tokens[antecedent].IsWord()) ++antecedent;
  if (!IsPartyPhrase(tokens, antecedent, begin - 1)) return {begin, end};
  return {antecedent, begin - 1};
}

bool IsIrregularPast(const Token& t) {
  static const util::WordSet kForms = {
      "took",     "left",   "made",     "went",    "came",    "gave",
      "got",      "met",    "held",     "kept",    "ran",     "won",
      "lost",     "sent",   "spent",    "brought", "thought", "began",
      "became",   "stood",  "saw",      "paid",    "led",     "built",
      "sold",     "fought", "sought",   "struck",  "spoke",   "broke",
      "chose",    "drew",   "drove",    "fell",    "flew",    "grew",
      "knew",     "rode",   "rose",     "shook",   "threw",   "wore",
      "sat",      "taught", "caught",   "bought",  "meant",   "felt",
      "heard",    "dealt",  "withdrew", "forgot",  "forgave", "understood",
      "overtook", "quit"};
  return kForms.count(t.lower) > 0;
}

bool IsPastForm(const Token& t) {
  return IsIrregularPast(t) || (!t.IsCapitalized() && t.lower.ends_with("ed"));
}

bool IsDeterminerWord(const Token& t) {
  static const util::WordSet kWords = {
      "the",     "a",    "an",  "one",   "some",    "many", "most",
      "several", "both", "all", "each",  "another", "this", "these",
      "those",   "his",  "her", "their", "its",     "our",  "my"};
  return kWords.count(t.lower) > 0;
}

bool IsStop(const Token& t) {
  // ("47% say": the sign is part of the share.)
  return !t.IsWord() && t.text != "-" && t.text != "'" && t.text != "%";
}

bool IsClauseWord(const Token& t) {
  static const util::WordSet kWords = {
      "that",   "but",   "while",    "because", "when", "which", "who",
      "whom",   "where", "although", "though",  "if",   "as",    "after",
      "before", "since", "so",       "than",    "and",  "or",    "whether",
      "whose",  "what",  "how",      "why"};
  return kWords.count(t.lower) > 0;
}

bool IsVerbish(const Token& t) {
  if (t.lower.ends_with("n't")) return true;
  static const util::WordSet kWords = {
      "is",   "are",   "was", "were",  "has",    "have", "had",
      "will", "would", "can", "could", "should", "not",  "do",
      "does", "did",   "be",  "been",  "being",  "there"};
  return kWords.count(t.lower) > 0;
}

bool IsFormOfBe(const Token& t) {
  static const util::WordSet kBe = {"is",   "are",   "was", "were", "be",
                                    "been", "being", "'s",  "'re"};
  return kBe.count(t.lower) > 0;
}

// Walks left from `end` to a clause boundary.
size_t SegmentBegin(const std::vector<Token>& tokens, size_t end) {
  size_t begin = end;
  while (begin > 0 && !IsStop(tokens[begin - 1]) &&
         !IsClauseWord(tokens[begin - 1]) && !tokens[begin - 1].quoted) {
    --begin;
  }
  return begin;
}

// The subject at the start of the sentence, after an opening adverbial
// ("On Monday, the mayor ..."): a pronoun or a run of names; or empty.
// Common nouns between two names: "South Korean chipmaker Daeyang
// Semiconductor", "Clinton aide Huma Abedin".
constexpr size_t kMaxDescribingNouns = 2;

// The end of "<name> <noun> <name>" when the name run ending at `end` is
// followed by one or two common nouns and another name (the second is the
// one the first two words describe); else `end`.
size_t DescribedNameEnd(const std::vector<Token>& tokens, size_t end,
                        size_t limit) {
  size_t k = end;
  while (k < limit && k - end < kMaxDescribingNouns && tokens[k].IsWord() &&
         !tokens[k].IsCapitalized() && !tokens[k].quoted &&
         !IsStop(tokens[k]) && !IsVerbish(tokens[k]) &&
         !IsPastForm(tokens[k]) && !IsVerbOfSaying(tokens[k]) &&
         !IsClauseWord(tokens[k]) && !tokens[k].lower.ends_with("ing") &&
         !tokens[k].lower.ends_with("ly"))
    ++k;
  if (k == end || k >= limit || !tokens[k].IsNameLike() ||
      IsTimeWord(tokens[k]))
    return end;
  while (k < limit && tokens[k].IsNameLike()) ++k;
  return k;
}

std::pair<size_t, size_t> SentenceSubject(const std::vector<Token>& tokens,
                                          size_t limit) {
  limit = std::min(limit, tokens.size());
  size_t begin = 0;
  // "But the council ..., saying": a conjunction opens the sentence without
  // an adverbial after it.
  bool conjunction =
      !tokens.empty() &&
      (tokens[0].Is("but") || tokens[0].Is("and") || tokens[0].Is("yet"));
  if (conjunction) {
    begin = tokens.size() > 1 && tokens[1].text == "," ? 2 : 1;
  } else {
    begin = OpeningEnd(tokens, limit);
  }
  if (begin >= tokens.size()) return {0, 0};
  static const util::WordSet kPronouns = {"he", "she", "they", "it", "we", "i"};
  if (kPronouns.count(tokens[begin].lower)) return {begin, begin + 1};
  // "The town released ...", "A spokesman for Mayor Cho defended ...",
  // "Two members of the party quit ...": the noun phrase a determiner or a
  // count opens.
  static const util::WordSet kCounts = {
      "two",   "three", "four", "five",   "six",      "seven",
      "eight", "nine",  "ten",  "dozens", "hundreds", "thousands"};
  // (Not "Eight years ago, ...": a time.)
  const bool count = kCounts.count(tokens[begin].lower) > 0 &&
                     begin + 1 < limit && tokens[begin + 1].IsWord() &&
                     !tokens[begin + 1].IsCapitalized() &&
                     !IsTimeOrNumber(tokens[begin + 1]);
  if (IsDeterminerWord(tokens[begin]) || count) {
    size_t end = NounPhraseEnd(tokens, begin, limit);
    if (end == begin) return {0, 0};
    return {begin, end};
  }
  if (IsNonSubjectWord(tokens[begin])) return {0, 0};
  size_t end = begin;
  while (end < tokens.size() &&
         (tokens[end].IsNameLike() || tokens[end].Is("the")))
    ++end;
  if (end == begin || !tokens[end - 1].IsNameLike()) return {0, 0};
  end = DescribedNameEnd(tokens, end, limit);
  // "Obama's campaign said", "Mr. Obama's eyes welled": a possessive name
  // opens a noun phrase whose head follows it.
  if (end < limit &&
      util::WithoutPossessive(tokens[end - 1].lower).size() <
          tokens[end - 1].lower.size() &&
      tokens[end].IsWord() && !tokens[end].IsCapitalized()) {
    const size_t phrase_end = NounPhraseEnd(tokens, end - 1, limit);
    if (phrase_end > end) end = phrase_end;
  }
  // "Likewise, ...", "Shortly, ...": an opening adverb before a comma, not
  // a name ("Okafor, 54, ..." is one).
  static const util::WordSet kOpeningAdverbs = {
      "likewise", "perhaps", "meanwhile", "instead", "indeed",  "moreover",
      "still",    "thus",    "now",       "then",    "overall", "again",
      "besides",  "yet",     "also",      "first",   "second",  "finally"};
  bool adverb = tokens[0].lower.ends_with("ly") ||
                kOpeningAdverbs.count(tokens[0].lower) > 0;
  if (begin == 0 && end == 1 && end < tokens.size() &&
      tokens[end].text == "," && adverb)
    return {0, 0};
  return {begin, end};
}

size_t ParentheticalStart(const std::vector<Token>& tokens, size_t end) {
  if (end < 3 || tokens[end - 1].text != ")") return end;
  for (size_t i = end - 1; i > 0 && end - i <= kMaxParentheticalTokens; --i) {
    if (tokens[i - 1].text == "(") return i - 1;
  }
  return end;
}

size_t RelativePronounBefore(const std::vector<Token>& tokens,
                             size_t cue_begin) {
  size_t end = SkipVerbGroup(tokens, cue_begin, /*auxiliaries=*/true);
  if (end == 0 || tokens[end - 1].quoted) return SIZE_MAX;
  const Token& pronoun = tokens[end - 1];
  if (pronoun.Is("who") || pronoun.Is("which")) return end - 1;
  // "a message that said", "groups that have endorsed him": "that" after a
  // noun; not after a verb or a cue ("argued that", "says that shows").
  if (!pronoun.Is("that") || end < 2) return SIZE_MAX;
  const Token& noun = tokens[end - 2];
  static const util::WordSet kVerbs = {
      "say",      "says",  "claim", "claims",  "think",    "thinks", "believe",
      "believes", "show",  "shows", "suggest", "suggests", "mean",   "means",
      "know",     "knows", "hope",  "hopes",   "note",     "notes",  "insist",
      "insists",  "warn",  "warns", "argue",   "argues",   "so",     "now",
      "such",     "all",   "is",    "was",     "and",      "but",    "of"};
  bool noun_like = noun.IsWord() && !noun.quoted && !IsVerbish(noun) &&
                   !noun.lower.ends_with("ed") && !kVerbs.count(noun.lower) &&
                   !IsCueModifier(noun);
  return noun_like ? end - 1 : SIZE_MAX;
}

// "On September 27 they published", "In March the ministry said", "Last
// week Ito said": a time phrase before the subject with no comma after it
// is no part of the subject. Returns the first token after it, or `begin`
// when tokens[begin, end) opens with none. The phrase opens with a
// preposition of time or with "last", "this" or "next", names a day, month,
// number or span of time ("On the ministry's website" stays, as does "The
// 27 members"), and leaves a subject after it.
size_t AfterOpeningTime(const std::vector<Token>& tokens, size_t begin,
                        size_t end) {
  static const util::WordSet kPrepositions = {
      "on", "in", "at", "during", "since", "after", "before", "until", "by"};
  static const util::WordSet kRelative = {"last", "this", "next"};
  // Words a time phrase may hold besides the ones that name the time.
  static const util::WordSet kTimeParts = {
      "last", "next", "this", "early", "late", "mid", "of",
      "a.m.", "p.m.", "st",   "nd",    "rd",   "th"};
  static const util::WordSet kTimeUnits = {
      "week",   "weeks", "month",  "months",  "year",   "years",
      "day",    "days",  "time",   "weekend", "season", "spring",
      "summer", "fall",  "autumn", "winter",  "decade", "century"};
  // A day, month, number or span of time.
  auto NamesTime = [&](const Token& t) {
    const bool number = !t.text.empty() && t.text[0] >= '0' && t.text[0] <= '9';
    return number || IsTimeWord(t) || kTimeUnits.count(t.lower) > 0;
  };
  if (begin >= end) return begin;
  const bool preposition = kPrepositions.count(tokens[begin].lower) > 0;
  if (!preposition && !kRelative.count(tokens[begin].lower)) return begin;
  bool named = false;  // the phrase has a word that NamesTime
  size_t k = preposition ? begin + 1 : begin;
  for (; k < end; ++k) {
    const Token& t = tokens[k];
    if (NamesTime(t)) {
      named = true;
    } else if (!kTimeParts.count(t.lower) &&
               !(t.Is("the") && k + 1 < end && NamesTime(tokens[k + 1]))) {
      break;
    }
  }
  const size_t first = preposition ? begin + 1 : begin;
  if (!named || k == first || k >= end || tokens[k - 1].Is("of") ||
      !tokens[k].IsWord())
    return begin;
  return k;
}

// The subject of the cue at `cue_begin`, or an empty range.
std::pair<size_t, size_t> FindSubject(const std::vector<Token>& tokens,
                                      size_t cue_begin, bool auxiliaries) {
  size_t end = SkipVerbGroup(tokens, cue_begin, auxiliaries);
  // "X went on to say", "Y was quick to point out": the subject of the
  // verb before "to".
  if (auxiliaries && end > 1 && tokens[end - 1].Is("to"))
    end = SkipVerbGroup(tokens, VerbBeforeTo(tokens, end - 1), true);
  size_t name_end = ParentheticalStart(tokens, end);
  if (name_end < end && SegmentBegin(tokens, name_end) < name_end)
    end = name_end;
  size_t begin = SegmentBegin(tokens, end);
  if (begin == end) begin = AppositiveHead(tokens, end, &end);
  // "X, who said ...": the antecedent speaks.
  if (begin == end && end >= 2 && tokens[end - 1].Is("who") &&
      tokens[end - 2].text == ",") {
    end -= 2;
    begin = SegmentBegin(tokens, end);
    // "... with help from Minister Ann Cho, who said": the names before
    // the comma when the whole segment is a clause.
    bool clause = false;
    for (size_t i = begin; i < end; ++i)
      clause = clause || IsVerbish(tokens[i]);
    if (clause) {
      begin = end;
      while (begin > 0 && end - begin < kMaxAntecedentNames &&
             tokens[begin - 1].IsNameLike())
        --begin;
    }
  }
  // "a White House official who spoke anonymously said", "others who want
  // to ban abortion said": a relative clause with no commas between the
  // subject and the cue; its antecedent speaks.
  if (begin < end && begin >= 2 && tokens[begin - 1].Is("who") &&
      tokens[begin - 2].IsWord() && !tokens[begin].IsCapitalized()) {
    const size_t antecedent = SegmentBegin(tokens, begin - 1);
    if (antecedent < begin - 1) {
      end = begin - 1;
      begin = antecedent;
    }
  }
  // "X met Y and said ...", "X praised Y but said ...": the subject of
  // the first verb speaks.
  if (begin == end && end >= 1 &&
      (tokens[end - 1].Is("and") || tokens[end - 1].Is("but"))) {
    std::tie(begin, end) = SentenceSubject(tokens, end - 1);
  }
  if (begin == end || end - begin > kMaxSubjectWords) return {0, 0};
  // "No official sources have confirmed": nobody is cited.
  const Token& first = tokens[begin];
  if (first.Is("having") || first.Is("no") || first.Is("neither") ||
      first.Is("none") || first.Is("nobody"))
    return {0, 0};
  // "about half of voters say", "over 40% say": a share, not a preposition.
  const bool about_share =
      (first.Is("about") || first.Is("over") || first.Is("under")) &&
      begin + 1 < end && IsShareOfPeople(tokens, begin + 1);
  if (OpensNoSubject(first) && !about_share) return {0, 0};
  // "... and last week 43 said": the time before a share is no part of it.
  size_t share = begin;
  while (share < end && IsTimeOrNumber(tokens[share]) &&
         !IsDeterminerWord(tokens[share]) && !IsShareOfPeople(tokens, share))
    ++share;
  if (share > begin && share < end && IsShareOfPeople(tokens, share))
    begin = share;
  begin = AfterOpeningTime(tokens, begin, end);
  // A verb of saying inside the would-be subject means the walk back
  // crossed a clause ("She says she gets asked", "The president said he
  // hoped"): no subject.
  bool adverbial = true;
  for (size_t i = begin; i < end; ++i) {
    if (IsVerbish(tokens[i]) || tokens[i].quoted || IsVerbOfSaying(tokens[i]))
      return {0, 0};
    adverbial = adverbial && IsTimeOrNumber(tokens[i]) &&
                !IsNamePart(tokens, i) && !IsShareOfPeople(tokens, i);
  }
  // "... and last week picked up": a time, not a speaker; "for dismissing":
  // a preposition.
  if (adverbial || (end - begin == 1 && IsNonSubjectWord(tokens[begin])))
    return {0, 0};
  // "... - Democrats in Iowa said": a dash between clauses opens no name.
  while (begin + 1 < end && !tokens[begin].IsWord()) ++begin;
  return {begin, end};
}

}  // namespace corroborate::analyze

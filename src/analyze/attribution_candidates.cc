// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/attribution_candidates.h"

#include <string>
#include <string_view>
#include <tuple>

#include "analyze/cue_verb_classes.h"
#include "analyze/sentence_opening.h"
#include "analyze/source_classifier.h"
#include "analyze/subject_finder.h"
#include "util/word_set.h"

namespace corroborate::analyze {

// The noun phrase starting at `begin`: up to punctuation, a clause word,
// "saying"/"as", or a time expression.
size_t PhraseEnd(const std::vector<Token>& tokens, size_t begin) {
  size_t end = begin;
  // "said former Gov. and party chairman X": an "and" between two titles
  // joins them; the name comes after the second.
  auto joins_titles = [&](size_t i) {
    return tokens[i].Is("and") && i > begin &&
           IsPersonTitle(tokens[i - 1].lower) && i + 1 < tokens.size() &&
           tokens[i + 1].IsWord();
  };
  while (end < tokens.size() && !IsStop(tokens[end]) &&
         (!IsClauseWord(tokens[end]) || joins_titles(end)) &&
         !tokens[end].Is("saying") && !IsTimeWord(tokens[end]) &&
         !tokens[end].quoted &&
         !(tokens[end].Is("on") && end + 1 < tokens.size() &&
           IsTimeWord(tokens[end + 1]))) {
    ++end;
  }
  return end;
}

// Skips time expressions and "in a statement"-like phrases after a cue;
// appends the latter to `cue_text` ("said in a post on X").
size_t SkipCueTail(std::string_view text, const std::vector<Token>& tokens,
                   size_t i, std::string* cue_text) {
  static const util::WordSet kMedia = {
      "statement",  "post",   "tweet",   "interview", "letter", "briefing",
      "conference", "speech", "release", "video",     "message"};
  while (i < tokens.size()) {
    if (tokens[i].IsWord() && (IsTimeWord(tokens[i]) || tokens[i].Is("late") ||
                               tokens[i].Is("earlier") || tokens[i].Is("on") ||
                               tokens[i].IsAdverb())) {
      ++i;
      continue;
    }
    if (tokens[i].Is("in") && i + 1 < tokens.size() &&
        (tokens[i + 1].Is("a") || tokens[i + 1].Is("an"))) {
      size_t j = i + 2;
      while (j < tokens.size() && j < i + 6 && !kMedia.count(tokens[j].lower))
        ++j;
      if (j >= tokens.size() || !kMedia.count(tokens[j].lower)) break;
      ++j;
      if (j + 1 < tokens.size() && tokens[j].Is("on") &&
          tokens[j + 1].IsCapitalized())
        j += 2;
      cue_text->append(" ").append(Span(text, tokens, i, j));
      i = j;
      continue;
    }
    break;
  }
  return i;
}

size_t CountWords(const std::vector<Token>& tokens, size_t begin, size_t end) {
  size_t n = 0;
  for (size_t i = begin; i < end; ++i) n += tokens[i].IsWord() ? 1 : 0;
  return n;
}

namespace {

// Words a left-hand content must have before "..., X said." counts as
// postposed; shorter lead-ins are adverbials ("On Tuesday, X reported ...").
constexpr size_t kMinPostposedWords = 5;

bool StartsClause(const std::vector<Token>& tokens, size_t i) {
  return i < tokens.size() &&
         (tokens[i].Is("that") || tokens[i].kind == TokenKind::kOpenQuote ||
          tokens[i].text == ":");
}

// True iff tokens [begin, end) look like a clause: an auxiliary or modal,
// a lower-case word in -ed ("the pier reopened") or in -s after a name
// ("Mayor Lund plans to resign"), not a noun phrase alone ("X, Mexico's
// ambassador from 2007 to 2013").
bool HasVerb(const std::vector<Token>& tokens, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    const Token& t = tokens[i];
    bool third_person = i > begin && tokens[i - 1].IsNameLike() && t.IsWord() &&
                        !t.IsCapitalized() && t.lower.size() > 2 &&
                        t.lower.ends_with("s") && !t.lower.ends_with("ss") &&
                        !t.lower.ends_with("us");
    if (third_person) return true;
    if (IsVerbish(t) || t.Is("may") || t.Is("might") || t.Is("must"))
      return true;
    if (t.IsWord() && !t.IsCapitalized() && t.lower.size() > 4 &&
        t.lower.ends_with("ed"))
      return true;
  }
  return false;
}

// Words of an apposition after an "according to" source ("the road-safety
// regulator"): a short noun phrase, not a clause.
constexpr size_t kMaxAppositionWords = 8;

// The end of "(ACRONYM)" and ", the/a <noun phrase>," after a source ending
// at `end` (one past the apposition's closing comma, so the content starts
// at its first word); `end` if none follows.
size_t AppositionEnd(const std::vector<Token>& tokens, size_t end) {
  size_t i = end;
  if (i + 2 < tokens.size() && tokens[i].text == "(" &&
      tokens[i + 2].text == ")")
    i += 3;
  if (i + 1 >= tokens.size() || tokens[i].text != "," ||
      !(tokens[i + 1].Is("the") || tokens[i + 1].Is("a") ||
        tokens[i + 1].Is("an")))
    return i > end && i < tokens.size() && tokens[i].text == "," ? i + 1 : end;
  for (size_t j = i + 2; j < tokens.size() && j - i <= kMaxAppositionWords;
       ++j) {
    if (tokens[j].text == ",") return HasVerb(tokens, i + 1, j) ? end : j + 1;
    if (!tokens[j].IsWord() || tokens[j].quoted) return end;
  }
  return end;
}

// "According to X, ..." and "..., according to X."
Candidate BuildAccordingTo(std::string_view text,
                           const std::vector<Token>& tokens, const Cue& cue) {
  Candidate c;
  c.cue = cue;
  c.cue_text = Span(text, tokens, cue.begin, cue.end);
  size_t end = PhraseEnd(tokens, cue.end);
  // "In a May poll, ...": the phrase ends at its poll word (a month or a
  // day inside it is no boundary).
  if (tokens[cue.begin].Is("in")) {
    end = cue.end;
    while (end < tokens.size() && !tokens[end].lower.starts_with("poll") &&
           !tokens[end].lower.starts_with("survey"))
      ++end;
    end = std::min(end + 1, tokens.size());
  }
  // "According to X Israel would ...": no comma, the clause's own subject
  // follows the source; cut before it.
  for (size_t i = cue.end + 2; i < end; ++i) {
    if (IsVerbish(tokens[i])) {
      end = i - 1;
      break;
    }
  }
  c.subject_begin = cue.end;
  c.subject_end = end;
  c.source = Span(text, tokens, cue.end, end);
  const bool postposed = CountWords(tokens, 0, cue.begin) >= 3;
  // "According to the Kraftfahrt-Bundesamt (KBA), the road-safety
  // regulator, the cells ...": the acronym and the apposition describe the
  // source; the content starts after them.
  if (!postposed) end = AppositionEnd(tokens, end);
  // "According to the Courier, which cited three officials, ...": the
  // outlet passes on what the cited party told it.
  if (!postposed && end + 3 < tokens.size() && tokens[end].text == "," &&
      tokens[end + 1].Is("which") &&
      (tokens[end + 2].Is("cited") || tokens[end + 2].Is("quoted"))) {
    size_t via_end = end + 3;
    while (via_end < tokens.size() && tokens[via_end].text != ",") ++via_end;
    if (via_end < tokens.size() && via_end > end + 3) {
      c.via = Span(text, tokens, end + 3, via_end);
      c.cue_text += ", citing";
      end = via_end + 1;
    }
  }
  if (postposed) {
    c.content_begin = 0;
    c.content_end = cue.begin;
    c.postposed = true;
  } else {
    c.content_begin = end;
    c.content_end = tokens.size();
  }
  return c;
}

// Words of a speaker after "the" in "..., said the port authority": PolNeAR
// train's inverted speakers rarely pass six ("the deputy mayor of the port
// city" has six).
constexpr size_t kMaxTheSpeakerWords = 6;

// "..., said X." / "“...” said X."
Candidate BuildInverted(std::string_view text, const std::vector<Token>& tokens,
                        const Cue& cue) {
  Candidate c;
  c.cue = cue;
  c.cue_text = Span(text, tokens, cue.begin, cue.end);
  c.dropped = true;
  if (cue.begin == 0) return c;
  const Token& before = tokens[cue.begin - 1];
  if (before.text != "," && before.kind != TokenKind::kCloseQuote) return c;
  size_t end = PhraseEnd(tokens, cue.end);
  if (end == cue.end) return c;  // nothing after the cue
  // "..., said X" / "“...,” said one party activist" / "..., said a
  // spokesman for the city" (not "..., said this week that").
  const Token& first = tokens[cue.end];
  // A participle never inverts ("“...,” saying the city ...", "...,”
  // telling reporters"): what follows is its object, and its speaker the
  // sentence's subject. Nor is an object pronoun a speaker ("..., put it").
  static const util::WordSet kObjectPronouns = {"it",   "him", "her",
                                                "them", "us",  "me"};
  const Token& verb = tokens[cue.begin];
  if ((verb.IsWord() && !verb.IsCapitalized() && verb.lower.size() > 4 &&
       verb.lower.ends_with("ing")) ||
      kObjectPronouns.count(first.lower))
    return c;
  // (Not after a participle: "..., Ito said, repeating a common line";
  // not a possessive: "..., said his survey showed ...".)
  static const util::WordSet kSpeakerDeterminers = {
      "a",    "an",   "one", "some",  "several", "many",
      "most", "both", "two", "three", "another"};
  bool determiner = kSpeakerDeterminers.count(first.lower) > 0 &&
                    !tokens[cue.begin].lower.ends_with("ing");
  // "..., said the port authority.": after a verb of saying that inverts,
  // "the" opens a speaker when a short noun phrase ends the sentence or
  // meets a comma (not "..., said the pier was unsafe", "..., said the
  // mayor left early": a clause); "..., said the port and the coast
  // guard." names both.
  static const util::WordSet kInvertingVerbs = {
      "said", "says", "say", "added", "wrote", "noted", "explained"};
  if (first.Is("the") && kInvertingVerbs.count(verb.lower)) {
    size_t the_end = end;
    if (the_end + 1 < tokens.size() && tokens[the_end].Is("and"))
      the_end = PhraseEnd(tokens, the_end + 1);
    bool speaker = the_end - cue.end <= 2 * kMaxTheSpeakerWords + 1 &&
                   (the_end >= tokens.size() || tokens[the_end].text == "," ||
                    tokens[the_end].text == "." || tokens[the_end].text == "(");
    for (size_t i = cue.end + 1; i < the_end && speaker; ++i)
      speaker = !IsPastForm(tokens[i]);
    if (speaker) {
      determiner = true;
      end = the_end;
    }
  }
  if (IsVerbish(first) ||
      !(first.IsNameLike() || before.kind == TokenKind::kCloseQuote ||
        determiner))
    return c;
  // "..., said the pier was unsafe", "..., said Obama failed to act": a
  // clause, not a speaker (a name and a past form in -ed after it).
  for (size_t i = cue.end; i < end; ++i) {
    if (IsVerbish(tokens[i])) return c;
    if (i > cue.end && tokens[i - 1].IsNameLike() && tokens[i].IsWord() &&
        !tokens[i].IsCapitalized() && tokens[i].lower.ends_with("ed"))
      return c;
  }
  // "X, founder of Y, endorsed Cruz": after a comma the words before are
  // content only if they make a clause; a noun phrase and its appositive
  // are the subject of a verb that is not inverted. "Say" inverts after
  // any content ("The paradox of Nancy, says X, ..."), and HasVerb misses
  // many verbs, so it is left out of this test.
  const bool say = verb.Is("said") || verb.Is("says") || verb.Is("say");
  if (before.text == "," && !say && !HasVerb(tokens, 0, cue.begin - 1))
    return c;
  // "X, 59, of Ashton, who watched it, said the event ...": the comma
  // closes a relative clause about the speaker before it, not content.
  // (Not one inside a quotation: "“..., which is fine,” said X".)
  for (size_t i = cue.begin; i-- > 1;) {
    if (tokens[i].kind == TokenKind::kCloseQuote ||
        tokens[i].kind == TokenKind::kOpenQuote || tokens[i].quoted)
      break;
    if ((tokens[i].Is("who") || tokens[i].Is("which")) &&
        tokens[i - 1].text == ",")
      return c;
  }
  c.subject_begin = cue.end;
  c.subject_end = end;
  c.source = Span(text, tokens, cue.end, end);
  c.content_begin = 0;
  c.content_end = cue.begin;
  c.postposed = true;
  c.dropped = false;
  return c;
}

// True iff the quotation that closes before the subject at `sb` lies in
// an opening phrase that ends there, with the comma inside the quotation:
// a participle's ("Citing “obligations in Tennessee,” the spokeswoman told
// X that ...") or an adverbial's ("During an interview for “MSNBC Live,”
// X stated that ..."). The quotation is what the phrase cites, not what
// the subject said. Not a gerund that is the subject of its own verb
// ("Closing it would “send the wrong message,” he added"), a pronoun in
// -ing ("Nothing he said “will help,” X said") or a conjunction ("But
// “this is wrong,” he said").
bool QuoteInOpeningPhrase(const std::vector<Token>& tokens, size_t sb) {
  const Token& first = tokens[0];
  size_t quote = 1;
  while (quote < sb && tokens[quote].kind != TokenKind::kOpenQuote) ++quote;
  if (quote >= sb || !first.IsWord() || OpeningEnd(tokens, sb) != sb)
    return false;
  const bool in_ing = first.lower.ends_with("ing");
  if (first.IsCapitalized() && in_ing &&
      VerbClasses::Default().Find(first.lower) != nullptr)
    return !HasVerb(tokens, 1, quote);
  return (IsLeadIn(first) || (OpensAdverbial(first) && !in_ing)) &&
         !first.Is("but") && !first.Is("and") && !first.Is("yet");
}

// Decides whether the content is left of the subject ("..., X said.") or
// right of the cue ("X said that ...").
void PlaceContent(const std::vector<Token>& tokens, size_t after,
                  Candidate* c) {
  size_t sb = c->subject_begin;
  bool quote_before =
      sb >= 1 && (tokens[sb - 1].kind == TokenKind::kCloseQuote ||
                  (sb >= 2 && tokens[sb - 1].text == "," &&
                   tokens[sb - 2].kind == TokenKind::kCloseQuote));
  if (quote_before && QuoteInOpeningPhrase(tokens, sb)) quote_before = false;
  bool comma_before = sb >= 1 && tokens[sb - 1].text == ",";
  size_t left_words = CountWords(tokens, 0, sb);
  bool nothing_after = CountWords(tokens, after, tokens.size()) == 0;
  // ("Appearing on CBS, X said Y ...": an opening adverbial is no content.)
  bool postposed = quote_before || (comma_before && nothing_after) ||
                   (comma_before && left_words >= kMinPostposedWords &&
                    !IsLeadIn(tokens[0]) && !OpensAdverbial(tokens[0]) &&
                    !StartsClause(tokens, after) && HasVerb(tokens, 0, sb));
  if (postposed) {
    c->content_begin = 0;
    c->content_end = sb;
    c->postposed = true;
  } else {
    c->content_begin = after;
    c->content_end = tokens.size();
  }
}

// "declined to comment", "refused to say": a "to" at `i` before a verb of
// speech, content even when nothing follows (PolNeAR marks each such
// refusal in train, the bare ones too).
bool IsSpeechComplement(const std::vector<Token>& tokens, size_t i) {
  static const util::WordSet kSpeech = {
      "comment", "say",     "discuss", "elaborate", "speculate", "answer",
      "respond", "confirm", "specify", "reveal",    "disclose",  "explain"};
  return i + 1 < tokens.size() && tokens[i].Is("to") &&
         kSpeech.count(tokens[i + 1].lower) > 0;
}

// What may follow a learned cue for it to introduce content: a clause
// ("that", a quote, ":", a wh-word), an intention ("vowed to act") or a
// refusal to speak ("declined to comment"; not a bare "agreed to go").
bool IntroducesContent(const std::vector<Token>& tokens, size_t i) {
  if (StartsClause(tokens, i) || IsSpeechComplement(tokens, i)) return true;
  if (i >= tokens.size()) return false;
  static const util::WordSet kWords = {"whether", "if",  "what", "how",
                                       "why",     "who", "when"};
  if (kWords.count(tokens[i].lower)) return true;
  return tokens[i].Is("to") && CountWords(tokens, i + 1, tokens.size()) >= 2;
}

// True iff the "by" at `by` after the active cue at `cue_begin` tells
// how, not who: the cue is a progressive, the verb of a subject pronoun ("he
// stood by his comments") or a gerund follows the "by" ("X concluded by making
// it clear", "responded by first saying"). PolNeAR's source is then the
// subject.
bool IsMeansBy(const std::vector<Token>& tokens, size_t cue_begin, size_t by) {
  static const util::WordSet kSubjectPronouns = {"he", "she", "they",
                                                 "we", "i",   "you"};
  size_t before = cue_begin;
  while (before > 0 && tokens[before - 1].IsAdverb()) --before;
  // "X is standing by his comments" is a progressive; after any other form
  // of "be" the cue is passive and an -ing word an adjective ("was
  // supported by overwhelming majorities").
  const Token& verb = tokens[cue_begin];
  if (before > 0 && IsFormOfBe(tokens[before - 1]))
    return verb.lower.size() > 4 && verb.lower.ends_with("ing");
  if (before > 0 && kSubjectPronouns.count(tokens[before - 1].lower))
    return true;
  size_t i = by + 1;
  while (i < tokens.size() && (tokens[i].IsAdverb() || tokens[i].Is("first")))
    ++i;
  return i < tokens.size() && tokens[i].IsWord() &&
         !tokens[i].IsCapitalized() && tokens[i].lower.size() > 4 &&
         tokens[i].lower.ends_with("ing");
}

// Fills `c` for `cue` with an agent: the source is tokens [source_begin,
// source_end) after the cue ("by the mayor", "from the mayor"), the
// content tokens [content_begin, content_end).
void FillAgent(std::string_view text, const std::vector<Token>& tokens,
               const Cue& cue, size_t source_begin, size_t source_end,
               size_t content_begin, size_t content_end, Candidate* c) {
  c->cue = cue;
  c->cue_text = Span(text, tokens, cue.begin, cue.end);
  c->subject_begin = source_begin;
  c->subject_end = source_end;
  c->source = Span(text, tokens, source_begin, source_end);
  c->content_begin = content_begin;
  c->content_end = content_end;
  c->agent = true;
}

// "The plan was backed on Friday by the mayor": a classified cue with a
// "by" agent. The agent is the source and the grammatical subject the
// content; false if the cue has no agent or no subject.
// Words of a "by" agent before its question: "host John Dickerson", "a
// reporter for the Des Moines Register".
constexpr size_t kMaxAgentWords = 8;

bool BuildPassive(std::string_view text, const std::vector<Token>& tokens,
                  const Cue& cue, Candidate* c) {
  size_t by = cue.end;
  while (by < tokens.size() && tokens[by].IsWord() &&
         (IsTimeWord(tokens[by]) || tokens[by].IsAdverb() ||
          tokens[by].Is("on") || tokens[by].Is("last")))
    ++by;
  if (by + 1 >= tokens.size() || !tokens[by].Is("by")) return false;
  if (IsMeansBy(tokens, cue.begin, by)) return false;
  size_t end = PhraseEnd(tokens, by + 1);
  auto [sb, se] = FindSubject(tokens, cue.begin, /*auxiliaries=*/true);
  if (end == by + 1 || sb == se) return false;
  FillAgent(text, tokens, cue, by + 1, end, sb, se, c);
  return true;
}

// Words between a verb of receiving and the noun it receives ("drew the
// most attention", "faced increasing attacks").
constexpr size_t kMaxReceivedNounWords = 3;

// True iff `t` is a form of a verb whose subject receives what a "from"
// phrase gives ("drew criticism from", "won support from", "faced
// opposition from", "sparked anger from"): the giver is the source.
bool IsVerbOfReceiving(const Token& t) {
  static const util::WordSet kForms = {
      "draw",      "draws",    "drew",      "drawn",     "drawing",
      "face",      "faces",    "faced",     "facing",    "receive",
      "receives",  "received", "receiving", "win",       "wins",
      "won",       "winning",  "get",       "gets",      "got",
      "gotten",    "getting",  "earn",      "earns",     "earned",
      "earning",   "attract",  "attracts",  "attracted", "attracting",
      "spark",     "sparks",   "sparked",   "sparking",  "garner",
      "garners",   "garnered", "garnering", "meet",      "meets",
      "met",       "meeting",  "prompt",    "prompts",   "prompted",
      "prompting", "provoke",  "provokes",  "provoked",  "provoking",
      "trigger",   "triggers", "triggered", "triggering"};
  return t.IsWord() && kForms.count(t.lower) > 0;
}

// Words of the giver after "from" ("some of the club's homeowners",
// "Democrats and Republicans in Congress").
constexpr size_t kMaxGiverWords = 10;

// The end of the giver's noun phrase from `begin`: before punctuation, a
// quote, a verb, a clause word other than "and", or a preposition that
// starts what was given or why ("criticism from X about Y", "opposition
// from X to Y").
size_t GiverEnd(const std::vector<Token>& tokens, size_t begin) {
  static const util::WordSet kEnds = {"to",  "on",     "about",  "over",
                                      "for", "after",  "before", "with",
                                      "at",  "during", "across", "against"};
  size_t end = begin;
  while (end < tokens.size() && end - begin < kMaxGiverWords) {
    const Token& t = tokens[end];
    bool past = end > begin && !t.IsCapitalized() && t.lower.ends_with("ed");
    if ((!t.IsWord() && t.text != "'") || t.quoted || IsVerbish(t) || past ||
        (IsClauseWord(t) && !t.Is("and")) || kEnds.count(t.lower) ||
        IsTimeWord(t))
      break;
    ++end;
  }
  while (end > begin && tokens[end - 1].Is("and")) --end;
  return end;
}

// "The plan drew sharp criticism from the mayor", "X has won support
// from Y": a classified cue that names what the subject received, then
// "from" and the giver. The giver is the source and the subject the
// content (PolNeAR's spans); false if the sentence is not of that shape.
bool BuildFromAgent(std::string_view text, const std::vector<Token>& tokens,
                    const Cue& cue, Candidate* c) {
  size_t from = cue.end;
  while (from < tokens.size() && tokens[from].IsWord() &&
         (IsTimeWord(tokens[from]) || tokens[from].IsAdverb()))
    ++from;
  if (from + 1 >= tokens.size() || !tokens[from].Is("from")) return false;
  // The verb of receiving: in the cue ("has drawn criticism"), or before
  // a cue that is its object ("faced increasing attacks").
  size_t verb = SIZE_MAX;
  for (size_t i = cue.begin; i < cue.end && verb == SIZE_MAX; ++i)
    if (IsVerbOfReceiving(tokens[i])) verb = i;
  for (size_t i = cue.begin;
       i > 0 && cue.begin - i < kMaxReceivedNounWords && verb == SIZE_MAX;
       --i) {
    const Token& before = tokens[i - 1];
    if (IsVerbOfReceiving(before)) verb = i - 1;
    if (!before.IsWord() || before.quoted) break;
  }
  if (verb == SIZE_MAX || verb + 1 >= from) return false;
  size_t end = GiverEnd(tokens, from + 1);
  auto [sb, se] = FindSubject(tokens, verb, /*auxiliaries=*/true);
  if (end == from + 1 || sb == se) return false;
  FillAgent(text, tokens, cue, from + 1, end, sb, se, c);
  return true;
}

// "Asked by a reporter whether the pier would close, ...", "X was asked by
// host Y about Z": the asker is the source and the question the content,
// from its "whether", "if", "to" or "about" to the comma (PolNeAR's spans;
// 12 of its train cues). False if the sentence is not of that shape.
bool BuildAskedBy(std::string_view text, const std::vector<Token>& tokens,
                  const Cue& cue, Candidate* c) {
  static const util::WordSet kAsking = {"asked", "pressed", "questioned",
                                        "challenged"};
  static const util::WordSet kQuestion = {"whether", "if", "to", "about"};
  if (cue.end != cue.begin + 1 || !kAsking.count(tokens[cue.begin].lower) ||
      cue.end + 1 >= tokens.size() || !tokens[cue.end].Is("by"))
    return false;
  const size_t agent = cue.end + 1;
  size_t end = agent;
  while (end < tokens.size() && tokens[end].IsWord() && !tokens[end].quoted &&
         !kQuestion.count(tokens[end].lower) && !IsClauseWord(tokens[end]) &&
         !IsTimeWord(tokens[end]) && !tokens[end].Is("on") &&
         end - agent < kMaxAgentWords)
    ++end;
  size_t question = end;
  while (question < tokens.size() && tokens[question].IsWord() &&
         (IsTimeWord(tokens[question]) || tokens[question].Is("on")))
    ++question;
  if (end == agent || question >= tokens.size() ||
      !kQuestion.count(tokens[question].lower))
    return false;
  size_t question_end = question + 1;
  while (question_end < tokens.size() && tokens[question_end].text != ",")
    ++question_end;
  if (CountWords(tokens, question + 1, question_end) == 0) return false;
  FillAgent(text, tokens, cue, agent, end, question, question_end, c);
  return true;
}

// "As reported by the Gazette, the pier will close": a cue after "as"
// with a "by" agent and a comma; the agent is the source, the clause after
// the comma the content. False if the sentence is not of that shape.
bool BuildAsReportedBy(std::string_view text, const std::vector<Token>& tokens,
                       const Cue& cue, Candidate* c) {
  size_t as = cue.begin;
  while (as > 0 && tokens[as - 1].IsWord() && IsCueModifier(tokens[as - 1]))
    --as;
  if (as == 0 || !tokens[as - 1].Is("as") || cue.end + 1 >= tokens.size() ||
      !tokens[cue.end].Is("by"))
    return false;
  size_t end = PhraseEnd(tokens, cue.end + 1);
  if (end == cue.end + 1 || end >= tokens.size() || tokens[end].text != ",")
    return false;
  FillAgent(text, tokens, cue, cue.end + 1, end, end + 1, tokens.size(), c);
  return true;
}

// Words of a role in apposition: "the deputy mayor of the port city" is
// 8; longer asides are clauses or descriptions, not roles.
constexpr size_t kMaxRoleWords = 8;

// "X, the White House spokesman, said": the role between the commas after
// the subject [.., se) and before the cue, without its article, when it
// names a title ("spokesman", "minister"); else "".
std::string AppositiveRole(std::string_view text,
                           const std::vector<Token>& tokens, size_t se,
                           size_t cue_begin) {
  if (se + 2 >= cue_begin || tokens[se].text != ",") return "";
  size_t close = cue_begin;
  while (close > se + 1 && tokens[close - 1].text != ",") --close;
  if (close <= se + 2) return "";
  size_t begin = se + 1, end = close - 1;
  if (tokens[begin].Is("the") || tokens[begin].Is("a") ||
      tokens[begin].Is("an"))
    ++begin;
  if (begin >= end || end - begin > kMaxRoleWords) return "";
  bool title = false;
  for (size_t i = begin; i < end; ++i) {
    if (!tokens[i].IsWord() || IsVerbish(tokens[i]) || IsClauseWord(tokens[i]))
      return "";
    title = title || IsPersonTitle(tokens[i].lower);
  }
  return title ? Span(text, tokens, begin, end) : "";
}

// True iff the subject [sb, se) is an empty "it" before a cue of
// seeming or of an adjective ("It seems", "it is unclear whether").
bool IsExpletiveIt(const std::vector<Token>& tokens, size_t sb, size_t se,
                   const Cue& cue) {
  static const util::WordSet kCues = {
      "seem",  "seems",    "seemed",   "appear",   "appears",  "appeared",
      "clear", "unclear",  "likely",   "unlikely", "possible", "easy",
      "hard",  "expected", "intended", "true",     "obvious",  "evident"};
  if (se != sb + 1) return false;
  // (Token::lower writes "it’s" as "it's".)
  std::string_view it = tokens[sb].lower;
  bool pronoun = it == "it" || it == "it's";
  return pronoun && kCues.count(tokens[cue.begin].lower) > 0;
}

// The end of the subject as written when an appositive or a party tag
// follows the name that ends at `se` ("X, the GOP chairman, said", "X
// (I-Vt.) said"): one past its last comma or ")" before the cue; else 0.
// PolNeAR's source spans hold them, the closing comma included.
size_t WrittenSubjectEnd(const std::vector<Token>& tokens, size_t se,
                         size_t cue_begin) {
  if (se >= cue_begin || (tokens[se].text != "," && tokens[se].text != "("))
    return 0;
  for (size_t i = cue_begin; i > se; --i) {
    const Token& t = tokens[i - 1];
    if (t.text == "," || t.text == ")") return i;
    if (t.quoted || t.kind != TokenKind::kWord) return 0;
  }
  return 0;
}

// True iff token `i` is a particle that belongs to the cue before it
// ("talked about", "warned of", "called for", "said:"): PolNeAR's cue spans
// hold these in 71% to 100% of their train uses, but "to", "by", "in",
// "as" and "at" in at most half. Not before a time ("spoke on Tuesday").
bool IsCueParticle(const std::vector<Token>& tokens, size_t i) {
  static const util::WordSet kParticles = {"about", "for",  "of",      "on",
                                           "out",   "with", "against", "over"};
  if (i >= tokens.size() || tokens[i].quoted) return false;
  if (tokens[i].text == ":") return true;
  if (!kParticles.count(tokens[i].lower)) return false;
  return i + 1 < tokens.size() && !IsTimeWord(tokens[i + 1]) &&
         !tokens[i + 1].Is("last") && !tokens[i + 1].Is("this");
}

// "X, who said": the index of "who", the source as written, when the
// subject ends at `se`; 0 if not, or in "X, who won Y, is calling for",
// where the relative clause ends before the cue at `cue_begin`.
size_t AppositiveWho(const std::vector<Token>& tokens, size_t se,
                     size_t cue_begin) {
  if (se + 2 > cue_begin || tokens[se].text != "," || !tokens[se + 1].Is("who"))
    return 0;
  for (size_t k = se + 2; k < cue_begin; ++k) {
    if (tokens[k].text == ",") return 0;
  }
  return se + 1;
}

// "he", "they're": a pronoun that can only be a subject ("it" and "you"
// are objects too: "told it", "told you").
bool IsSubjectPronoun(const Token& t) {
  static const util::WordSet kPronouns = {"he", "she", "they", "we", "i"};
  std::string_view word = t.lower;
  // The word before an apostrophe (Token::lower writes ’ as ') or before
  // another mark glued to it (lead byte 0xE2: "he…").
  size_t apostrophe = word.find_first_of("'\xE2");
  if (apostrophe != std::string_view::npos) word = word.substr(0, apostrophe);
  return kPronouns.count(word) > 0;
}

// The object of "told X" / "quoted X (as) saying" after the cue of `c`,
// kept in `c->via` (sorted out once the parties are classified); returns
// the first token after it (the cue's end for other cues).
size_t SkipObject(std::string_view text, const std::vector<Token>& tokens,
                  Candidate* c) {
  size_t after = c->cue.end;
  if (c->cue.type != CueType::kTell && c->cue.type != CueType::kQuote)
    return after;
  size_t end = PhraseEnd(tokens, after);
  // "told POLITICO he planned ...": a subject pronoun opens the reported
  // clause (no "that"); an object pronoun is the whole object ("told him
  // the pier ..."; not "her", a possessive too).
  static const util::WordSet kObjects = {"him", "them", "us", "me"};
  if (end > after + 1 && kObjects.count(tokens[after].lower)) end = after + 1;
  for (size_t i = after + 1; i < end; ++i) {
    if (IsSubjectPronoun(tokens[i])) {
      end = i;
      break;
    }
  }
  c->via = Span(text, tokens, after, end);
  after = end;
  if (c->cue.type == CueType::kQuote) {
    if (after < tokens.size() && tokens[after].Is("as")) ++after;
    if (after < tokens.size() && tokens[after].Is("saying")) {
      c->cue_text += " ... saying";
      ++after;
    }
  }
  return after;
}

// Tokens CoordinatedSubject looks back over for the verb before "and":
// the two verbs of "X thanked Miami and said" are a few words apart, those
// of a long first predicate ("X denounced the missile tests in a speech to
// ... and pledged") rarely more than this.
constexpr size_t kMaxCoordinatedTokens = 40;

// "X thanked Miami and said ...", "X mentioned CNN five times and seemed
// to ...": a cue after "and" or "but" shares the subject of the verb
// before it (a lower-case word in -ed or -s, or an auxiliary, with a subject of
// its own in the same clause). Empty if there is none.
std::pair<size_t, size_t> CoordinatedSubject(const std::vector<Token>& tokens,
                                             size_t cue) {
  size_t i = cue;
  while (i > 0 && tokens[i - 1].IsAdverb()) --i;
  if (i == 0 || !(tokens[i - 1].Is("and") || tokens[i - 1].Is("but")))
    return {0, 0};
  // Each try walks back to the clause's start, so the tries are bounded:
  // a run-on clause of thousands of words cost seconds without it.
  const size_t stop =
      i - 1 > kMaxCoordinatedTokens ? i - 1 - kMaxCoordinatedTokens : 0;
  for (size_t v = i - 1; v-- > stop;) {
    const Token& t = tokens[v];
    if (!t.IsWord() || t.quoted || IsClauseWord(t)) break;
    // "X is preparing a plant and said": a finite auxiliary is the verb
    // of the first predicate too.
    const bool auxiliary = IsVerbish(t) && !t.Is("not") && !t.Is("there") &&
                           !t.Is("be") && !t.Is("been") && !t.Is("being");
    if (!auxiliary && (t.IsCapitalized() || t.lower.size() < 4 ||
                       !(t.lower.ends_with("ed") || t.lower.ends_with("s"))))
      continue;
    // (A plural noun in -s also passes the test above: "X denounced the
    // missile tests and pledged"; a subject holding a verb is one of those.)
    auto subject = FindSubject(tokens, v);
    if (subject.first != subject.second &&
        !HasVerb(tokens, subject.first, subject.second))
      return subject;
  }
  return {0, 0};
}

}  // namespace

Candidate BuildCandidate(std::string_view text,
                         const std::vector<Token>& tokens, const Cue& cue) {
  if (cue.type == CueType::kAccordingTo)
    return BuildAccordingTo(text, tokens, cue);
  Candidate passive;
  if (BuildAskedBy(text, tokens, cue, &passive)) return passive;
  if (cue.classified && BuildPassive(text, tokens, cue, &passive))
    return passive;
  if (cue.classified && BuildFromAgent(text, tokens, cue, &passive))
    return passive;
  if (BuildAsReportedBy(text, tokens, cue, &passive)) return passive;
  auto [sb, se] = cue.type == CueType::kParticiple
                      ? SentenceSubject(tokens, cue.begin)
                      : FindSubject(tokens, cue.begin, cue.classified);
  if (cue.type == CueType::kParticiple && se > cue.begin) sb = se = 0;
  // "Passengers on the flight that ran off the runway said": the
  // passengers speak.
  std::tie(sb, se) = RelativeAntecedent(tokens, sb, se);
  // "a figure she said the company can absorb": a noun phrase before a
  // subject pronoun is what the pronoun's clause is about (a relative
  // clause without "that"); the pronoun speaks.
  if (se > sb + 1 && IsSubjectPronoun(tokens[se - 1])) sb = se - 1;
  // "..., the port and the coast guard said": two parties speak together.
  if (sb < se) sb = CoordinatedStart(tokens, sb, se);
  // "Criticizing police tactics, she said ...", "After thanking the crowd,
  // he ...": a participle opening the sentence is the subject's that
  // follows it; its content ends there.
  size_t opening_subject = SIZE_MAX;
  const Token& verb = tokens[cue.begin];
  if (sb == se && verb.lower.size() > 5 && verb.lower.ends_with("ing") &&
      CountWords(tokens, 0, cue.begin) <= 1 &&
      cue.begin < OpeningEnd(tokens, tokens.size())) {
    std::tie(sb, se) = SentenceSubject(tokens);
    if (sb <= cue.begin) sb = se = 0;
    if (sb != se) opening_subject = sb;
  }
  // "It seems ...", "it is unclear whether ...": an empty "it" cites
  // nobody (PolNeAR: no source; left to the sourceless cues).
  if (IsExpletiveIt(tokens, sb, se, cue)) {
    Candidate none;
    none.cue = cue;
    none.dropped = true;
    return none;
  }
  // "voters who said": PolNeAR's source span is "who"; the noun before
  // it is the source.
  size_t relative = cue.classified && sb == se
                        ? RelativePronounBefore(tokens, cue.begin)
                        : SIZE_MAX;
  if (relative != SIZE_MAX) {
    sb = SegmentBegin(tokens, relative);
    se = relative;
    if (sb == se) se = relative + 1;
  }
  if (sb == se) {
    Candidate inverted = BuildInverted(text, tokens, cue);
    if (!inverted.dropped) return inverted;
    // "X thanked Miami and said ...": the subject of the verb before.
    std::tie(sb, se) = CoordinatedSubject(tokens, cue.begin);
    if (sb == se) {
      if (!cue.classified) return inverted;
      // A classified cue whose subject the rules cannot reach (a long
      // appositive, a clause between): the subject that opens the
      // sentence. (For the statement cues of `analyze` too, this found
      // Rep. X after a long appositive but also "Editor's", "Sunday" and
      // negated "have not said" in the PolNeAR dev articles: kept to
      // classified cues.)
      std::tie(sb, se) = SentenceSubject(tokens, cue.begin);
      if (sb == se || se > cue.begin) return inverted;
    }
  }
  Candidate c;
  c.cue = cue;
  c.cue_text = Span(text, tokens, cue.begin, cue.end);
  c.subject_begin = sb;
  c.subject_end = se;
  c.relative = relative != SIZE_MAX && relative >= se
                   ? relative
                   : AppositiveWho(tokens, se, cue.begin);
  c.source = Span(text, tokens, sb, se);
  c.role = AppositiveRole(text, tokens, se, cue.begin);
  c.span_end = WrittenSubjectEnd(tokens, se, cue.begin);
  size_t after = SkipObject(text, tokens, &c);
  // "talked about", "called for", "said:": the particle is the cue's.
  if (after == c.cue.end && IsCueParticle(tokens, after)) {
    c.cue.end = ++after;
    if (tokens[after - 1].IsWord())
      c.cue_text += " " + std::string(tokens[after - 1].text);
  }
  after = SkipCueTail(text, tokens, after, &c.cue_text);
  PlaceContent(tokens, after, &c);
  if (opening_subject != SIZE_MAX) {
    c.postposed = false;
    c.content_begin = after;
    c.content_end = opening_subject;
  }
  if (cue.learned && !c.postposed && !IntroducesContent(tokens, after))
    c.dropped = true;
  // A bare "agreed to go" says nothing.
  bool bare_to = after < tokens.size() && tokens[after].Is("to") &&
                 CountWords(tokens, after + 1, tokens.size()) < 2 &&
                 !IsSpeechComplement(tokens, after);
  if (cue.lexicon_only && bare_to) c.dropped = true;
  return c;
}

}  // namespace corroborate::analyze

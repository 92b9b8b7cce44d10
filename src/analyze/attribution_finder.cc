// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/attribution_finder.h"

#include <optional>
#include <string>
#include <string_view>

#include "analyze/attribution_candidates.h"
#include "analyze/cue_lexicon.h"
#include "analyze/mention_tracker.h"
#include "analyze/source_classifier.h"
#include "analyze/sourceless_cues.h"
#include "analyze/subject_finder.h"
#include "analyze/tokenizer.h"
#include "util/text.h"
#include "util/word_set.h"

namespace corroborate::analyze {
namespace {

// Cues per sentence beyond which the rest are ignored: PolNeAR train
// sentences carry at most a handful of attributions each.
constexpr size_t kMaxCuesPerSentence = 16;

// Trims quote marks and punctuation at the edges of a content range.
// `*bytes` (if given) receives the byte range in `text` of the content with
// its quote marks and a leading "that" kept (PolNeAR's content span: 2,327
// of the train contents after "that" start with it, 30 do not), empty if
// there is none; the text leaves the "that" out.
std::string ContentText(std::string_view text, const std::vector<Token>& tokens,
                        size_t begin, size_t end, bool* direct,
                        std::pair<size_t, size_t>* bytes = nullptr) {
  while (begin < end &&
         (tokens[begin].text == "," || tokens[begin].text == ":")) {
    ++begin;
  }
  const size_t span_begin = begin;
  while (begin < end &&
         (tokens[begin].Is("that") || tokens[begin].text == "," ||
          tokens[begin].text == ":")) {
    ++begin;
  }
  while (end > begin && tokens[end - 1].kind == TokenKind::kPunct) --end;
  if (bytes != nullptr) {
    *bytes = begin < end
                 ? std::make_pair(tokens[span_begin].begin, tokens[end - 1].end)
                 : std::make_pair(size_t{0}, size_t{0});
  }
  bool open = begin < end && tokens[begin].kind == TokenKind::kOpenQuote;
  bool close = end > begin && tokens[end - 1].kind == TokenKind::kCloseQuote;
  // A quotation may have opened in an earlier sentence: then the content
  // starts inside it, with no opening mark.
  bool continued = begin < end && tokens[begin].quoted && !open;
  *direct = (open || continued) && close;
  if (*direct) {
    begin += open ? 1 : 0;
    --end;
    while (end > begin && tokens[end - 1].kind == TokenKind::kPunct) --end;
  }
  return util::Trim(Span(text, tokens, begin, end));
}

// "citing X": the party an outlet cites; *at is the index of "citing".
std::string FindCiting(std::string_view text, const std::vector<Token>& tokens,
                       size_t* at) {
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].Is("citing") && !tokens[i].quoted) {
      *at = i;
      return Span(text, tokens, i + 1, PhraseEnd(tokens, i + 1));
    }
  }
  return "";
}

// The quotation that ends `sentence`, without its marks, or "": ICU ends a
// sentence after "?”", leaving "X said." as a sentence of its own.
std::string TrailingQuote(std::string_view sentence,
                          std::pair<size_t, size_t>* bytes) {
  auto before_punct = [](const std::vector<Token>& tokens) {
    size_t end = tokens.size();
    while (end > 0 && tokens[end - 1].kind == TokenKind::kPunct) --end;
    return end;
  };
  std::vector<Token> tokens = Tokenize(sentence);
  size_t end = before_punct(tokens);
  // A straight mark that closes a quotation opened in an earlier sentence
  // ('"... power. Really?" Bush said.') reads as an opening one alone.
  if (end > 0 && tokens[end - 1].kind == TokenKind::kOpenQuote) {
    tokens = Tokenize(sentence, /*starts_quoted=*/true);
    end = before_punct(tokens);
  }
  if (end == 0 || tokens[end - 1].kind != TokenKind::kCloseQuote) return "";
  size_t open = end - 1;
  while (open > 0 && tokens[open - 1].kind != TokenKind::kOpenQuote) --open;
  // No opening mark: the quotation began in an earlier sentence.
  if (open == 0) tokens = Tokenize(sentence, /*starts_quoted=*/true);
  bool direct = false;
  return ContentText(sentence, tokens, open == 0 ? 0 : open - 1, end, &direct,
                     bytes);
}

// "..., X reported" whose content holds "unnamed Y confirmed that ...": one
// chain, X via Y. Named inner speakers stay separate attributions.
void MergeNested(std::vector<Candidate>* candidates) {
  for (Candidate& outer : *candidates) {
    if (outer.dropped || !outer.postposed ||
        outer.cue.type == CueType::kAccordingTo)
      continue;
    for (Candidate& inner : *candidates) {
      if (&inner == &outer || inner.dropped || inner.postposed) continue;
      bool inside = inner.cue.begin >= outer.content_begin &&
                    inner.cue.end <= outer.content_end;
      if (!inside || !outer.via.empty() ||
          !ClassifySource(inner.source, false).anonymous)
        continue;
      outer.via = inner.source;
      outer.content_begin = inner.content_begin;
      outer.content_end = std::min(inner.content_end, outer.content_end);
      inner.dropped = true;
    }
  }
}

// Fills via, via_kind and anonymous from the party the source cites.
void SetVia(const ResolvedSource& party, Attribution* a) {
  a->via = party.via.empty() ? party.source : party.via;
  a->via_kind = party.via.empty() ? party.kind : party.via_kind;
  a->anonymous = party.anonymous;
}

// "B told A": A is the outlet that reports what B said when A is an outlet,
// or when B is anonymous and A a name (anonymous sources talk to media).
bool ToldAnOutlet(const ResolvedSource& object, const SourceInfo& object_info,
                  const ResolvedSource& subject) {
  if (object.kind == SourceKind::kOutlet) return true;
  bool name = !object_info.name.empty() && object_info.name[0] >= 'A' &&
              object_info.name[0] <= 'Z' && !IsPronoun(object_info.name);
  return subject.anonymous && name;
}

Attribution ToAttribution(const Candidate& c, MentionTracker& tracker,
                          bool cited) {
  Attribution a;
  a.cue = c.cue_text;
  bool reporting =
      c.cue.type == CueType::kReport || c.cue.type == CueType::kQuote || cited;
  SourceInfo info = ClassifySource(c.source, reporting);
  if (info.role.empty()) info.role = c.role;
  ResolvedSource subject = tracker.Resolve(info);
  if (c.cue.type == CueType::kTell && !c.via.empty()) {
    SourceInfo object_info = ClassifySource(c.via, false);
    ResolvedSource object = tracker.Resolve(object_info);
    if (ToldAnOutlet(object, object_info, subject)) {
      a.source = object.source;
      a.source_kind = SourceKind::kOutlet;
      SetVia(subject, &a);
      return a;
    }
  }
  a.source = subject.source;
  a.source_kind = subject.kind;
  if (a.source_kind == SourceKind::kPerson) a.source_role = subject.role;
  // An unresolved "he" or "she" is still a person.
  std::string folded = util::FoldCase(util::Trim(a.source));
  if (a.source_kind == SourceKind::kUnknown &&
      (folded == "he" || folded == "she"))
    a.source_kind = SourceKind::kPerson;
  a.anonymous = subject.anonymous;
  if (!subject.via.empty()) {
    a.via = subject.via;
    a.via_kind = subject.via_kind;
  } else if (!c.via.empty() && c.cue.type != CueType::kTell) {
    SetVia(tracker.Resolve(ClassifySource(c.via, false)), &a);
  }
  return a;
}

// Names before a headline colon ("Mayor Lopez: ..."): the speaker tags of
// PolNeAR train headlines and interviews have at most four words.
constexpr size_t kMaxColonSpeakerWords = 4;

// "Ana Lopez: Budget will pass" (a headline) or "Q: ..." (an interview):
// a short run of names, a colon and the words attributed to them.
// Labels of news layout and section heads, not speakers ("Editor's Note:",
// "The Latest:", "EMAIL:", "EXCLUSIVE:"). A transcript's speaker tags are
// in capitals ("TAPPER:", "JAKE TAPPER:"), so capitals alone make no label
// (PolNeAR train: 29 such tags marked, 9 capital labels not).
bool IsLabelWord(const Token& t) {
  static const util::WordSet kLabels = {
      "the",           "note",       "update",     "contributing",  "name",
      "email",         "watch",      "read",       "related",       "photo",
      "video",         "correction", "source",     "sources",       "latest",
      "live",          "breaking",   "opinion",    "byline",        "exclusive",
      "busted",        "boom",       "look",       "listen",        "contact",
      "advertisement", "editor",     "editors",    "share",         "tags",
      "warning",       "alert",      "developing", "clarification", "question",
      "answer",        "revealed",   "leaked",     "bombshell",     "wow",
      "remember",      "plus",       "so",         "notice"};
  return kLabels.count(t.lower) > 0;
}

// Words of a speaker tag before a colon and a quotation ("Former mayor
// Ann Cho: “...”", "Rep. Al Ito (D-Vt.): "): the longest such tag among the
// missed cues of the held-out train fifth has 7 ("Former secretary of
// state" and a three-word name).
constexpr size_t kMaxQuotedColonSpeakerTokens = 8;

// "... - Ann Cho: “...”": a colon right before an opening quote, after a
// short run of words that ends in a name and starts the sentence or follows
// a dash. Fills `c`; false if there is no such tag.
bool ColonBeforeQuote(std::string_view text, const std::vector<Token>& tokens,
                      Candidate* c) {
  for (size_t colon = 1; colon + 1 < tokens.size(); ++colon) {
    if (tokens[colon].text != ":" || tokens[colon].quoted ||
        tokens[colon + 1].kind != TokenKind::kOpenQuote)
      continue;
    size_t end = ParentheticalStart(tokens, colon);
    size_t begin = end;
    while (begin > 0 && end - begin < kMaxQuotedColonSpeakerTokens &&
           tokens[begin - 1].IsWord() && !tokens[begin - 1].quoted &&
           !IsVerbish(tokens[begin - 1]))
      --begin;
    bool opens = begin == 0 || tokens[begin - 1].text == "-" ||
                 tokens[begin - 1].text == "\u2013" ||
                 tokens[begin - 1].text == "\u2014";
    if (begin == end || !opens || !tokens[end - 1].IsNameLike() ||
        !tokens[begin].IsCapitalized() || IsLabelWord(tokens[begin]))
      continue;
    c->cue = {colon, colon + 1, CueType::kSpeech};
    c->cue_text = Span(text, tokens, colon, colon + 1);
    c->subject_begin = begin;
    c->subject_end = end;
    c->source = Span(text, tokens, begin, end);
    c->content_begin = colon + 1;
    c->content_end = tokens.size();
    return true;
  }
  return false;
}

// True iff a token of [begin, end) holds a letter: "Clinton: 2,316." is a
// tally, not words said.
bool HasLetters(const std::vector<Token>& tokens, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    for (char ch : tokens[i].text) {
      if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch & 0x80)
        return true;
    }
  }
  return false;
}

bool ColonHeadline(std::string_view text, const std::vector<Token>& tokens,
                   Candidate* c) {
  if (ColonBeforeQuote(text, tokens, c)) return true;
  size_t colon = 0;
  while (colon < tokens.size() && colon <= kMaxColonSpeakerWords &&
         tokens[colon].IsNameLike() && !tokens[colon].quoted &&
         !IsLabelWord(tokens[colon]))
    ++colon;
  if (colon == 0 || colon > kMaxColonSpeakerWords || colon >= tokens.size() ||
      tokens[colon].text != ":" ||
      CountWords(tokens, colon + 1, tokens.size()) < 2 ||
      !HasLetters(tokens, colon + 1, tokens.size()))
    return false;
  c->cue = {colon, colon + 1, CueType::kSpeech};
  c->cue_text = Span(text, tokens, colon, colon + 1);
  c->subject_end = colon;
  c->source = Span(text, tokens, 0, colon);
  c->content_begin = colon + 1;
  c->content_end = tokens.size();
  return true;
}

// Names after a signing dash: "― Sonya Herridge", "- President Obama,
// tweeting after ...", "- Michelle Marks, Philadelphia." (PolNeAR marks a
// vox pop's or fact check's quotes signed so; the signatures it marks have
// at most three words).
constexpr size_t kMaxSignatureWords = 4;

// A dash that signs a quotation: U+2015, U+2014, U+2013 or a hyphen.
bool IsSigningDash(const Token& t) {
  return t.kind == TokenKind::kPunct &&
         (t.text == "\xE2\x80\x95" || t.text == "\xE2\x80\x94" ||
          t.text == "\xE2\x80\x93" || t.text == "-");
}

// "“...” ― Ana Cho" (a dash right after a closing quote mark) or a sentence
// "- Ana Cho." (a dash first): a short run of names after the dash, then
// nothing, a full stop or a comma and a description. Fills `c`, whose
// content is the tokens before the dash (none for a dash first); false if
// `tokens` hold no such signature.
bool SignedQuote(std::string_view text, const std::vector<Token>& tokens,
                 Candidate* c) {
  for (size_t dash = 0; dash + 1 < tokens.size(); ++dash) {
    if (tokens[dash].quoted || !IsSigningDash(tokens[dash])) continue;
    if (dash > 0 && tokens[dash - 1].kind != TokenKind::kCloseQuote) continue;
    size_t name = dash + 1;
    if (tokens[name].text == "-") ++name;  // "--"
    size_t end = name;
    while (end < tokens.size() && end - name <= kMaxSignatureWords &&
           tokens[end].IsNameLike() && !tokens[end].quoted)
      ++end;
    if (end == name || end - name > kMaxSignatureWords) return false;
    if (end < tokens.size() && tokens[end].text != "." &&
        tokens[end].text != ",")
      return false;
    *c = Candidate{};
    c->cue = {dash, name, CueType::kSpeech};
    c->cue_text = Span(text, tokens, dash, name);
    c->subject_begin = name;
    c->subject_end = end;
    c->source = Span(text, tokens, name, end);
    c->postposed = true;
    c->content_begin = 0;
    c->content_end = dash;
    c->signed_quote = true;
    return true;
  }
  return false;
}

// True iff `sentence` opens with a quote mark.
bool OpensWithQuote(std::string_view sentence) {
  std::vector<Token> tokens = Tokenize(sentence);
  return !tokens.empty() && tokens[0].kind == TokenKind::kOpenQuote;
}

// The sentences before sentence `s` that the quotation a dash in it signs
// takes in, as [first, s), or first == s if none. The quotation ends in `s`
// before the dash, having opened earlier (`starts_quoted`), or, for a dash
// first ("― Ana Cho" after ICU ended the sentence at "shame.”", or a
// paragraph "- Sanders."), in the sentence before, which must then end
// with a closing mark; it opens where a sentence of that paragraph opens
// with a quote mark.
size_t SignedQuoteStart(const std::vector<Sentence>& sentences, size_t s,
                        bool dash_first, bool starts_quoted) {
  size_t last = s;  // the sentence the quotation closes in
  if (dash_first) {
    const int paragraph = sentences[s].paragraph;
    const bool ends_paragraph =
        s + 1 == sentences.size() || sentences[s + 1].paragraph != paragraph;
    std::pair<size_t, size_t> bytes;
    if (s == 0 || !ends_paragraph ||
        TrailingQuote(sentences[s - 1].text, &bytes).empty())
      return s;
    // Across paragraphs only for a signature that is a paragraph of its own.
    if (sentences[s - 1].paragraph != paragraph && s + 1 < sentences.size() &&
        sentences[s + 1].paragraph == paragraph)
      return s;
    last = s - 1;
  } else if (!starts_quoted) {
    return s;
  }
  const int paragraph = sentences[last].paragraph;
  for (size_t t = last + 1; t > 0 && sentences[t - 1].paragraph == paragraph;
       --t) {
    if (OpensWithQuote(sentences[t - 1].text)) return t - 1;
  }
  return s;
}

// "“...,” she said, referring to X": a participle with no sentence subject
// of its own continues the attribution before it in the sentence, whose
// source it shares. Fills `c` from `previous`; false if it has no source.
bool ContinueParticiple(std::string_view text, const std::vector<Token>& tokens,
                        const Cue& cue, const Candidate& previous,
                        Candidate* c) {
  if (previous.subject_begin >= previous.subject_end ||
      previous.cue.end > cue.begin)
    return false;
  *c = Candidate{};
  c->cue = cue;
  c->cue_text = Span(text, tokens, cue.begin, cue.end);
  c->subject_begin = previous.subject_begin;
  c->subject_end = previous.subject_end;
  c->relative = previous.relative;
  c->source = previous.source;
  c->content_begin = SkipCueTail(text, tokens, cue.end, &c->cue_text);
  c->content_end = tokens.size();
  return CountWords(tokens, c->content_begin, c->content_end) > 0;
}

// "X has asked the council for 40 million crowns in tax relief": a request
// for something is an act of its speaker, no statement whose content
// another report could confirm (the request is the claim itself, as "X
// agreed to Y" is; PolNeAR marks them, so `broad` keeps them). Other uses
// of "ask" and "urge" ("urged Berlin to act", "asked whether") stay cues:
// a held-out set counted such a party as a claim's origin.
bool IsRequest(const std::vector<Token>& tokens, const Cue& cue) {
  constexpr size_t kMaxObjectWords = 6;  // "the German government"
  const Token& verb = tokens[cue.begin];
  if (!(verb.Is("ask") || verb.Is("asks") || verb.Is("asked") ||
        verb.Is("asking")))
    return false;
  for (size_t i = cue.end; i < tokens.size() && i <= cue.end + kMaxObjectWords;
       ++i) {
    if (!tokens[i].IsWord() || tokens[i].quoted || IsClauseWord(tokens[i]))
      return false;
    if (tokens[i].Is("for")) return i > cue.end;
  }
  return false;
}

// The candidates of one tokenized sentence, chains attached.
// `unheld` (if given) receives the classified cues no subject was found
// for, `passives` (if given) the classified cues in the passive with no
// agent ("is projected to"), which have no source.
std::vector<Candidate> SentenceCandidates(
    std::string_view text, const std::vector<Token>& tokens, bool broad,
    std::vector<Cue>* unheld = nullptr,
    std::vector<SourcelessCue>* passives = nullptr) {
  std::vector<Candidate> candidates;
  std::vector<Cue> cues = FindCues(tokens, broad);
  if (!broad) {
    std::erase_if(cues, [&](const Cue& cue) { return IsRequest(tokens, cue); });
  }
  // Bounds the work on run-on garbage (each candidate copies its content,
  // and chains compare candidates pairwise); no real sentence comes close.
  if (cues.size() > kMaxCuesPerSentence) cues.resize(kMaxCuesPerSentence);
  for (const Cue& cue : cues) {
    Candidate c = BuildCandidate(text, tokens, cue);
    // "“...,” Hollande said Tuesday, noting ...": after a speaker written
    // behind the content, the participle is that speaker's, not the
    // subject's of the content.
    const bool after_speaker = !candidates.empty() &&
                               candidates.back().postposed &&
                               candidates.back().subject_end <= cue.begin;
    if (cue.type == CueType::kParticiple && !candidates.empty() &&
        (c.dropped || util::Trim(c.source).empty() || after_speaker ||
         c.subject_begin < candidates.back().cue.begin))
      ContinueParticiple(text, tokens, cue, candidates.back(), &c);
    SourcelessCue passive;
    if (passives != nullptr && cue.classified && !c.agent &&
        AgentlessPassive(tokens, cue.begin, cue.end, &passive)) {
      passives->push_back(passive);
      continue;
    }
    if (!c.dropped && !util::Trim(c.source).empty()) {
      candidates.push_back(std::move(c));
    } else if (unheld != nullptr && cue.classified &&
               c.subject_begin == c.subject_end) {
      unheld->push_back(cue);
    }
  }
  Candidate headline;
  if (broad && ColonHeadline(text, tokens, &headline))
    candidates.insert(candidates.begin(), std::move(headline));
  Candidate signature;
  if (SignedQuote(text, tokens, &signature))
    candidates.push_back(std::move(signature));
  // "citing X" goes with the cue nearest before it ("Vogel confirmed ...
  // a project that Handelsbrief reported on Monday, citing people familiar
  // with the matter": Handelsbrief cites them), else with the first ("Citing
  // officials, the paper reported").
  size_t citing_at = 0;
  std::string citing = FindCiting(text, tokens, &citing_at);
  Candidate* cited_by = nullptr;
  for (Candidate& c : candidates) {
    if (citing.empty() || !c.via.empty() || c.cue.type == CueType::kAccordingTo)
      continue;
    if (cited_by == nullptr || c.cue.begin < citing_at) cited_by = &c;
    if (c.cue.begin > citing_at) break;
  }
  if (cited_by != nullptr) {
    cited_by->via = citing;
    cited_by->cue_text += ", citing";
  }
  MergeNested(&candidates);
  return candidates;
}

// Auxiliaries, modals, negation and the adverbs that sit in a verb group
// before a cue ("has", "would not", "also", "repeatedly").
bool IsVerbGroupWord(const Token& t) {
  static const util::WordSet kWords = {
      "has",     "have",  "had",        "is",       "are",        "was",
      "were",    "also",  "did",        "do",       "does",       "not",
      "would",   "will",  "could",      "can",      "should",     "may",
      "might",   "must",  "repeatedly", "publicly", "previously", "later",
      "already", "often", "never",      "still",    "privately"};
  return !t.quoted && (kWords.count(t.lower) > 0 || t.lower.ends_with("n't") ||
                       t.IsAdverb());
}

// Appends bytes [begin, end) of `sentence` as a span of its paragraph.
void AddSpan(const Sentence& sentence, size_t begin, size_t end,
             std::vector<TextSpan>* spans) {
  if (begin >= end) return;
  spans->push_back(
      {sentence.paragraph, sentence.begin + begin, sentence.begin + end});
}

// Records where the source and cue of `c` stand in `sentence` (a relative
// "who" is the source as written, as a pronoun is).
void AddSpans(const Sentence& sentence, const std::vector<Token>& tokens,
              const Candidate& c, Attribution* a) {
  if (c.relative > 0) {
    AddSpan(sentence, tokens[c.relative].begin, tokens[c.relative].end,
            &a->source_spans);
  } else if (c.subject_begin < c.subject_end) {
    const size_t end = c.span_end > c.subject_end ? c.span_end : c.subject_end;
    AddSpan(sentence, tokens[c.subject_begin].begin, tokens[end - 1].end,
            &a->source_spans);
  }
  // The verb group is the cue's too ("has also said", "did not say"):
  // PolNeAR's cue spans hold an auxiliary, modal or adverb before the verb
  // in over 90% of their train uses.
  // (With an agent after the cue, "X has drawn criticism from Y", the
  // group stops at the grammatical subject, the content.)
  size_t begin = c.cue.begin;
  const size_t holder_end =
      c.agent && c.subject_begin > c.cue.begin ? c.content_end : c.subject_end;
  const size_t floor = std::max(holder_end, c.relative + 1);
  while (begin > floor && IsVerbGroupWord(tokens[begin - 1])) --begin;
  AddSpan(sentence, tokens[begin].begin, tokens[c.cue.end - 1].end,
          &a->cue_spans);
}

// True iff token `i` lies inside one of the sourceless cues ("seems"):
// their subject is part of the content, not a source.
bool Within(size_t i, const std::vector<SourcelessCue>& cues) {
  for (const SourcelessCue& cue : cues) {
    if (i >= cue.cue_begin && i < cue.cue_end) return true;
  }
  return false;
}

// Words a cue with no holder must introduce to count as sourceless
// content (shorter ones are mostly noun uses: "the plans").
constexpr size_t kMinUnheldContentWords = 3;

// A classified cue with no subject anywhere ("Critics of the plan, long
// ignored, were assured that ..."): PolNeAR's sourceless attribution, with
// the words after it as content.
void AddUnheldCues(const std::vector<Token>& tokens,
                   const std::vector<Cue>& unheld,
                   std::vector<SourcelessCue>* sourceless) {
  for (const Cue& cue : unheld) {
    // "When asked, the clerk left": what follows a comma is a clause of
    // its own.
    if (Within(cue.begin, *sourceless) ||
        (cue.end < tokens.size() && tokens[cue.end].text == ","))
      continue;
    size_t begin = cue.end;
    // The content keeps a leading "that", as PolNeAR's spans do.
    while (begin < tokens.size() && !tokens[begin].IsWord()) ++begin;
    size_t end = tokens.size();
    while (end > begin && !tokens[end - 1].IsWord()) --end;
    if (CountWords(tokens, begin, end) < kMinUnheldContentWords) continue;
    SourcelessCue s;
    s.cue_begin = cue.begin;
    s.cue_end = cue.end;
    s.content_begin = begin;
    s.content_end = end;
    sourceless->push_back(s);
  }
}

// A quotation that opens right after "“...,” X said." in the same
// paragraph, with no cue of its own, goes on with X's words ("“It is
// unfair,” X said. “I have said so for years.”"): returns it as X's, with
// X's source and cue spans, or nothing if `tokens` is no such quotation.
// `inside` is true when the sentence starts within a quotation that an
// earlier such sentence opened.
std::optional<Attribution> QuoteGoingOn(const Attribution& speaker,
                                        const Sentence& sentence, int index,
                                        const std::vector<Token>& tokens,
                                        bool inside) {
  if (tokens.empty() || !(tokens[0].kind == TokenKind::kOpenQuote ||
                          (inside && tokens[0].quoted)))
    return std::nullopt;
  Attribution a = speaker;
  a.sentence = index;
  std::pair<size_t, size_t> content;
  bool direct = false;
  // The span keeps the opening mark (PolNeAR's content does: exact content
  // F1 on train 0.332 against 0.295 without it); the text goes past it, so
  // a quotation that closes in a later sentence loses its mark too.
  ContentText(sentence.text, tokens, 0, tokens.size(), &direct, &content);
  const size_t begin = tokens[0].kind == TokenKind::kOpenQuote ? 1 : 0;
  a.content = ContentText(sentence.text, tokens, begin, tokens.size(), &direct);
  if (a.content.empty()) return std::nullopt;
  a.direct_quote = true;
  a.content_spans.clear();
  AddSpan(sentence, content.first, content.second, &a.content_spans);
  return a;
}

}  // namespace

std::vector<Attribution> FindAttributions(
    const std::vector<Sentence>& sentences, bool broad) {
  std::vector<Attribution> attributions;
  MentionTracker tracker(&sentences);
  bool in_quote = false;  // a quotation runs on from the previous sentence
  // The speaker of the sentence before, whose quotation may go on (see
  // QuoteGoingOn); -1 if none.
  int speaker = -1;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const std::string& text = sentences[s].text;
    bool continues =
        s > 0 && sentences[s - 1].paragraph == sentences[s].paragraph;
    // A paragraph that ends inside a quotation hands it on to the next,
    // which opens with a quote mark again (the newspaper convention).
    const bool handed_on = s > 0 && !continues && in_quote;
    const bool starts_quoted = continues && in_quote;
    std::vector<Token> tokens = Tokenize(text, starts_quoted);
    in_quote = EndsInsideQuote(tokens, starts_quoted);
    const size_t found_before = attributions.size();
    tracker.Observe(text);
    std::vector<SourcelessCue> sourceless;
    if (broad) sourceless = FindSourcelessCues(tokens);
    std::vector<Cue> unheld;
    std::vector<SourcelessCue> passives;
    std::vector<Candidate> candidates =
        SentenceCandidates(text, tokens, broad, &unheld, &passives);
    AddUnheldCues(tokens, unheld, &sourceless);
    for (const SourcelessCue& cue : passives) {
      if (!Within(cue.cue_end - 1, sourceless)) sourceless.push_back(cue);
    }
    for (const Candidate& c : candidates) {
      if (c.dropped || Within(c.cue.begin, sourceless)) continue;
      Attribution a =
          ToAttribution(c, tracker, c.cue_text.ends_with(", citing"));
      // "Police found a body" is no attribution; "a poll found" is.
      bool evidence = a.source_kind == SourceKind::kDocument ||
                      a.source_kind == SourceKind::kImagery;
      if (c.cue.type == CueType::kEvidence && !evidence && !c.cue.classified)
        continue;
      a.sentence = static_cast<int>(s);
      std::pair<size_t, size_t> content;
      a.content = ContentText(text, tokens, c.content_begin, c.content_end,
                              &a.direct_quote, &content);
      const Sentence* content_sentence = &sentences[s];
      if (a.content.empty() && c.subject_begin == 0 && continues) {
        a.content = TrailingQuote(sentences[s - 1].text, &content);
        a.direct_quote = !a.content.empty();
        content_sentence = &sentences[s - 1];
      }
      const size_t quote_start =
          c.signed_quote
              ? SignedQuoteStart(sentences, s, c.cue.begin == 0, starts_quoted)
              : s;
      if (quote_start < s) {
        // The signed quotation's earlier sentences, whole, before its part
        // in this one (none for "- Name." after a quoted paragraph).
        std::string quotation;
        for (size_t t = quote_start; t < s; ++t) {
          AddSpan(sentences[t], 0, sentences[t].text.size(), &a.content_spans);
          if (!quotation.empty()) quotation += ' ';
          quotation += sentences[t].text;
        }
        if (!a.content.empty()) {
          quotation += ' ';
          quotation += a.content;
        }
        a.content = std::move(quotation);
        a.direct_quote = true;
      } else if (c.signed_quote && c.cue.begin == 0) {
        continue;  // a dash opening a sentence signs nothing here
      }
      if (a.source.empty() || a.content.empty()) continue;
      AddSpans(sentences[s], tokens, c, &a);
      AddSpan(*content_sentence, content.first, content.second,
              &a.content_spans);
      tracker.Remember(a);
      attributions.push_back(std::move(a));
    }
    const bool found = attributions.size() > found_before;
    for (const SourcelessCue& cue : sourceless) {
      attributions.push_back(SourcelessAttribution(
          sentences[s], static_cast<int>(s), tokens, cue));
    }
    if (found) {
      speaker = -1;  // the last of this sentence with a source
      for (size_t i = found_before; i < attributions.size(); ++i) {
        if (!attributions[i].source.empty()) speaker = static_cast<int>(i);
      }
    } else if (speaker >= 0 && (continues || handed_on) && sourceless.empty()) {
      std::optional<Attribution> going_on =
          QuoteGoingOn(attributions[speaker], sentences[s], static_cast<int>(s),
                       tokens, starts_quoted);
      if (going_on && broad) {
        // One attribution whose content runs on, as PolNeAR marks it.
        std::vector<TextSpan>& spans = attributions[speaker].content_spans;
        spans.insert(spans.end(), going_on->content_spans.begin(),
                     going_on->content_spans.end());
      } else if (going_on) {
        // A claim of its own sentence, attributed to the same speaker.
        attributions.push_back(std::move(*going_on));
        speaker = static_cast<int>(attributions.size()) - 1;
      } else {
        speaker = -1;
      }
    } else {
      speaker = -1;
    }
  }
  return attributions;
}

}  // namespace corroborate::analyze

// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/attribution_finder.h"

#include <set>
#include <string>
#include <string_view>
#include <tuple>

#include "analyze/cue_lexicon.h"
#include "analyze/mention_tracker.h"
#include "analyze/source_classifier.h"
#include "analyze/sourceless_cues.h"
#include "analyze/subject_finder.h"
#include "analyze/tokenizer.h"
#include "util/text.h"

namespace corroborate::analyze {
namespace {

// Words a left-hand content must have before "..., X said." counts as
// postposed; shorter lead-ins are adverbials ("On Tuesday, X reported ...").
constexpr size_t kMinPostposedWords = 5;

// Cues per sentence beyond which the rest are ignored: PolNeAR train
// sentences carry at most a handful of attributions each.
constexpr size_t kMaxCuesPerSentence = 16;

// A found cue with its parts as token ranges of one sentence.
struct Candidate {
  Cue cue;
  std::string cue_text;
  size_t subject_begin = 0, subject_end = 0;  // empty if none
  size_t relative = 0;  // "X, who said": the "who" token, the span as written
  size_t content_begin = 0, content_end = 0;
  std::string source, via;
  bool postposed = false;
  bool dropped = false;
  bool agent = false;  // the source is a "by" agent after a passive cue
};

// The noun phrase starting at `begin`: up to punctuation, a clause word,
// "saying"/"as", or a time expression.
size_t PhraseEnd(const std::vector<Token>& tokens, size_t begin) {
  size_t end = begin;
  while (end < tokens.size() && !IsStop(tokens[end]) &&
         !IsClauseWord(tokens[end]) && !tokens[end].Is("saying") &&
         !IsTimeWord(tokens[end]) && !tokens[end].quoted &&
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
  static const std::set<std::string_view> kMedia = {
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

// Trims quote marks and punctuation at the edges of a content range.
// `*bytes` (if given) receives the byte range in `text` of the content with
// its quote marks kept, empty if there is none.
std::string ContentText(std::string_view text, const std::vector<Token>& tokens,
                        size_t begin, size_t end, bool* direct,
                        std::pair<size_t, size_t>* bytes = nullptr) {
  while (begin < end &&
         (tokens[begin].Is("that") || tokens[begin].text == "," ||
          tokens[begin].text == ":")) {
    ++begin;
  }
  while (end > begin && tokens[end - 1].kind == TokenKind::kPunct) --end;
  if (bytes != nullptr) {
    *bytes = begin < end
                 ? std::make_pair(tokens[begin].begin, tokens[end - 1].end)
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

size_t CountWords(const std::vector<Token>& tokens, size_t begin, size_t end) {
  size_t n = 0;
  for (size_t i = begin; i < end; ++i) n += tokens[i].IsWord() ? 1 : 0;
  return n;
}

bool StartsClause(const std::vector<Token>& tokens, size_t i) {
  return i < tokens.size() &&
         (tokens[i].Is("that") || tokens[i].kind == TokenKind::kOpenQuote ||
          tokens[i].text == ":");
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
  if (CountWords(tokens, 0, cue.begin) >= 3) {
    c.content_begin = 0;
    c.content_end = cue.begin;
    c.postposed = true;
  } else {
    c.content_begin = end;
    c.content_end = tokens.size();
  }
  return c;
}

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
  // "..., said X" / "“...,” said one party activist".
  if (end == cue.end || IsVerbish(tokens[cue.end]) ||
      !(tokens[cue.end].IsNameLike() || before.kind == TokenKind::kCloseQuote ||
        tokens[cue.end].Is("the")))
    return c;
  // "..., said the pier was unsafe": a clause, not a speaker.
  for (size_t i = cue.end; i < end; ++i) {
    if (IsVerbish(tokens[i])) return c;
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

// Decides whether the content is left of the subject ("..., X said.") or
// right of the cue ("X said that ...").
void PlaceContent(const std::vector<Token>& tokens, size_t after,
                  Candidate* c) {
  size_t sb = c->subject_begin;
  bool quote_before =
      sb >= 1 && (tokens[sb - 1].kind == TokenKind::kCloseQuote ||
                  (sb >= 2 && tokens[sb - 1].text == "," &&
                   tokens[sb - 2].kind == TokenKind::kCloseQuote));
  bool comma_before = sb >= 1 && tokens[sb - 1].text == ",";
  size_t left_words = CountWords(tokens, 0, sb);
  bool nothing_after = CountWords(tokens, after, tokens.size()) == 0;
  bool postposed = quote_before || (comma_before && nothing_after) ||
                   (comma_before && left_words >= kMinPostposedWords &&
                    !IsLeadIn(tokens[0]) && !StartsClause(tokens, after));
  if (postposed) {
    c->content_begin = 0;
    c->content_end = sb;
    c->postposed = true;
  } else {
    c->content_begin = after;
    c->content_end = tokens.size();
  }
}

// What may follow a learned cue for it to introduce content: a clause
// ("that", a quote, ":", a wh-word) or an intention ("vowed to act"; not a
// bare "declined to comment").
bool IntroducesContent(const std::vector<Token>& tokens, size_t i) {
  if (StartsClause(tokens, i)) return true;
  if (i >= tokens.size()) return false;
  static const std::set<std::string_view> kWords = {
      "whether", "if", "what", "how", "why", "who", "when"};
  if (kWords.count(tokens[i].lower)) return true;
  return tokens[i].Is("to") && CountWords(tokens, i + 1, tokens.size()) >= 2;
}

// "The plan was backed on Friday by the mayor": a classified cue with a
// "by" agent. The agent is the source and the grammatical subject the
// content; false if the cue has no agent or no subject.
bool BuildPassive(std::string_view text, const std::vector<Token>& tokens,
                  const Cue& cue, Candidate* c) {
  size_t by = cue.end;
  while (by < tokens.size() && tokens[by].IsWord() &&
         (IsTimeWord(tokens[by]) || tokens[by].IsAdverb() ||
          tokens[by].Is("on") || tokens[by].Is("last")))
    ++by;
  if (by + 1 >= tokens.size() || !tokens[by].Is("by")) return false;
  size_t end = PhraseEnd(tokens, by + 1);
  auto [sb, se] = FindSubject(tokens, cue.begin, /*auxiliaries=*/true);
  if (end == by + 1 || sb == se) return false;
  c->cue = cue;
  c->cue_text = Span(text, tokens, cue.begin, cue.end);
  c->subject_begin = by + 1;
  c->subject_end = end;
  c->source = Span(text, tokens, by + 1, end);
  c->content_begin = sb;
  c->content_end = se;
  c->agent = true;
  return true;
}

Candidate BuildCandidate(std::string_view text,
                         const std::vector<Token>& tokens, const Cue& cue) {
  if (cue.type == CueType::kAccordingTo)
    return BuildAccordingTo(text, tokens, cue);
  Candidate passive;
  if (cue.classified && BuildPassive(text, tokens, cue, &passive))
    return passive;
  auto [sb, se] = cue.type == CueType::kParticiple
                      ? SentenceSubject(tokens, cue.begin)
                      : FindSubject(tokens, cue.begin, cue.classified);
  if (cue.type == CueType::kParticiple && se > cue.begin) sb = se = 0;
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
    if (!inverted.dropped || !cue.classified) return inverted;
    // A classified cue whose subject the rules cannot reach (a long
    // appositive, a clause between): the subject that opens the sentence.
    std::tie(sb, se) = SentenceSubject(tokens, cue.begin);
    if (sb == se || se > cue.begin) return inverted;
  }
  Candidate c;
  c.cue = cue;
  c.cue_text = Span(text, tokens, cue.begin, cue.end);
  c.subject_begin = sb;
  c.subject_end = se;
  // "X, who said": "who" is the source as written; not in "X, who won
  // Y, is calling for", where the relative clause ends before the cue.
  if (se + 2 <= cue.begin && tokens[se].text == "," && tokens[se + 1].Is("who"))
    c.relative = se + 1;
  for (size_t k = se + 2; c.relative > 0 && k < cue.begin; ++k) {
    if (tokens[k].text == ",") c.relative = 0;
  }
  if (relative != SIZE_MAX && relative >= se) c.relative = relative;
  c.source = Span(text, tokens, sb, se);
  size_t after = cue.end;
  if (cue.type == CueType::kTell || cue.type == CueType::kQuote) {
    size_t end = PhraseEnd(tokens, after);
    std::string object = Span(text, tokens, after, end);
    after = end;
    if (cue.type == CueType::kQuote) {
      c.via = object;
      if (after < tokens.size() && tokens[after].Is("as")) ++after;
      if (after < tokens.size() && tokens[after].Is("saying")) {
        c.cue_text += " ... saying";
        ++after;
      }
    } else if (!object.empty()) {
      c.via = object;  // sorted out once the parties are classified
    }
  }
  after = SkipCueTail(text, tokens, after, &c.cue_text);
  PlaceContent(tokens, after, &c);
  if (cue.learned && !c.postposed && !IntroducesContent(tokens, after))
    c.dropped = true;
  // "declined to comment" says nothing (the signal finder reports it).
  bool bare_to = after < tokens.size() && tokens[after].Is("to") &&
                 CountWords(tokens, after + 1, tokens.size()) < 2;
  if (cue.lexicon_only && bare_to) c.dropped = true;
  return c;
}

// "citing X": the party an outlet cites.
std::string FindCiting(std::string_view text,
                       const std::vector<Token>& tokens) {
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].Is("citing") && !tokens[i].quoted) {
      return Span(text, tokens, i + 1, PhraseEnd(tokens, i + 1));
    }
  }
  return "";
}

// The quotation that ends `sentence`, without its marks, or "": ICU ends a
// sentence after "?”", leaving "X said." as a sentence of its own.
std::string TrailingQuote(std::string_view sentence,
                          std::pair<size_t, size_t>* bytes) {
  std::vector<Token> tokens = Tokenize(sentence);
  size_t end = tokens.size();
  while (end > 0 && tokens[end - 1].kind == TokenKind::kPunct) --end;
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

Attribution ToAttribution(const Candidate& c, const MentionTracker& tracker,
                          bool cited) {
  Attribution a;
  a.cue = c.cue_text;
  bool reporting =
      c.cue.type == CueType::kReport || c.cue.type == CueType::kQuote || cited;
  ResolvedSource subject = tracker.Resolve(ClassifySource(c.source, reporting));
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
// "The Latest:", "EMAIL:"): all-caps words and a few label words.
bool IsLabelWord(const Token& t) {
  static const std::set<std::string_view> kLabels = {
      "the",    "note",    "update",  "contributing", "name",     "email",
      "watch",  "read",    "related", "photo",        "video",    "correction",
      "source", "sources", "latest",  "live",         "breaking", "opinion"};
  bool caps = t.text.size() > 1;
  for (char ch : t.text) caps = caps && !(ch >= 'a' && ch <= 'z');
  return caps || kLabels.count(t.lower) > 0;
}

// Words of a speaker tag before a colon and a quotation ("Former mayor
// Ann Cho: “...”", "Rep. Al Ito (D-Vt.): "): PolNeAR train tags of this
// shape rarely exceed 8.
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
      CountWords(tokens, colon + 1, tokens.size()) < 2)
    return false;
  c->cue = {colon, colon + 1, CueType::kSpeech};
  c->cue_text = Span(text, tokens, colon, colon + 1);
  c->subject_end = colon;
  c->source = Span(text, tokens, 0, colon);
  c->content_begin = colon + 1;
  c->content_end = tokens.size();
  return true;
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
  // Bounds the work on run-on garbage (each candidate copies its content,
  // and chains compare candidates pairwise); no real sentence comes close.
  if (cues.size() > kMaxCuesPerSentence) cues.resize(kMaxCuesPerSentence);
  for (const Cue& cue : cues) {
    Candidate c = BuildCandidate(text, tokens, cue);
    if (broad && cue.type == CueType::kParticiple &&
        (c.dropped || util::Trim(c.source).empty()) && !candidates.empty())
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
  std::string citing = FindCiting(text, tokens);
  for (Candidate& c : candidates) {
    if (!citing.empty() && c.via.empty() &&
        c.cue.type != CueType::kAccordingTo) {
      c.via = citing;
      c.cue_text += ", citing";
      break;
    }
  }
  MergeNested(&candidates);
  return candidates;
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
    AddSpan(sentence, tokens[c.subject_begin].begin,
            tokens[c.subject_end - 1].end, &a->source_spans);
  }
  AddSpan(sentence, tokens[c.cue.begin].begin, tokens[c.cue.end - 1].end,
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
    while (begin < tokens.size() &&
           (!tokens[begin].IsWord() || tokens[begin].Is("that")))
      ++begin;
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

}  // namespace

std::vector<Attribution> FindAttributions(
    const std::vector<Sentence>& sentences, bool broad) {
  std::vector<Attribution> attributions;
  MentionTracker tracker;
  bool in_quote = false;  // a quotation runs on from the previous sentence
  for (size_t s = 0; s < sentences.size(); ++s) {
    const std::string& text = sentences[s].text;
    bool continues =
        s > 0 && sentences[s - 1].paragraph == sentences[s].paragraph;
    std::vector<Token> tokens = Tokenize(text, continues && in_quote);
    in_quote = EndsInsideQuote(tokens, continues && in_quote);
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
      if (a.source.empty() || a.content.empty()) continue;
      AddSpans(sentences[s], tokens, c, &a);
      AddSpan(*content_sentence, content.first, content.second,
              &a.content_spans);
      tracker.Remember(a);
      attributions.push_back(std::move(a));
    }
    for (const SourcelessCue& cue : sourceless) {
      attributions.push_back(SourcelessAttribution(
          sentences[s], static_cast<int>(s), tokens, cue));
    }
  }
  return attributions;
}

}  // namespace corroborate::analyze

// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/cue_lexicon.h"

#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>

#include "analyze/cue_classifier.h"
#include "analyze/given_names.h"
#include "util/model_file.h"
#include "util/word_set.h"

namespace corroborate::analyze {
namespace {

// Verb forms of reporting and speech verbs, from the cue words of the
// PolNeAR train split and common news style guides. Base forms ("say",
// "believe") are kept for plural subjects ("analysts say").
const std::map<std::string_view, CueType>& Verbs() {
  static const auto* verbs = new std::map<std::string_view, CueType>{
      {"say", CueType::kSpeech},       {"says", CueType::kSpeech},
      {"said", CueType::kSpeech},      {"add", CueType::kSpeech},
      {"adds", CueType::kSpeech},      {"added", CueType::kSpeech},
      {"stated", CueType::kSpeech},    {"claimed", CueType::kSpeech},
      {"claims", CueType::kSpeech},    {"confirmed", CueType::kSpeech},
      {"confirms", CueType::kSpeech},  {"assessed", CueType::kSpeech},
      {"warned", CueType::kSpeech},    {"warns", CueType::kSpeech},
      {"accused", CueType::kSpeech},   {"accuses", CueType::kSpeech},
      {"announced", CueType::kSpeech}, {"announces", CueType::kSpeech},
      {"noted", CueType::kSpeech},     {"explained", CueType::kSpeech},
      {"insisted", CueType::kSpeech},  {"insists", CueType::kSpeech},
      {"argued", CueType::kSpeech},    {"argues", CueType::kSpeech},
      {"wrote", CueType::kSpeech},     {"writes", CueType::kSpeech},
      {"tweeted", CueType::kSpeech},   {"acknowledged", CueType::kSpeech},
      {"admitted", CueType::kSpeech},  {"denied", CueType::kSpeech},
      {"denies", CueType::kSpeech},    {"alleged", CueType::kSpeech},
      {"alleges", CueType::kSpeech},   {"asserted", CueType::kSpeech},
      {"declared", CueType::kSpeech},  {"revealed", CueType::kSpeech},
      {"disclosed", CueType::kSpeech}, {"suggested", CueType::kSpeech},
      {"believes", CueType::kSpeech},  {"believe", CueType::kSpeech},
      {"predicted", CueType::kSpeech}, {"estimated", CueType::kSpeech},
      {"mentioned", CueType::kSpeech}, {"stressed", CueType::kSpeech},
      {"recalled", CueType::kSpeech},  {"conceded", CueType::kSpeech},
      {"vowed", CueType::kSpeech},     {"promised", CueType::kSpeech},
      {"pledged", CueType::kSpeech},   {"urged", CueType::kSpeech},
      {"testified", CueType::kSpeech}, {"thinks", CueType::kSpeech},
      {"think", CueType::kSpeech},     {"asked", CueType::kSpeech},
      {"described", CueType::kSpeech}, {"criticized", CueType::kSpeech},
      {"responded", CueType::kSpeech}, {"concluded", CueType::kSpeech},
      {"cited", CueType::kSpeech},     {"shows", CueType::kEvidence},
      {"showed", CueType::kEvidence},  {"show", CueType::kEvidence},
      {"found", CueType::kEvidence},   {"finds", CueType::kEvidence},
      {"reported", CueType::kReport},  {"reports", CueType::kReport},
      {"published", CueType::kReport}, {"told", CueType::kTell},
      {"tells", CueType::kTell},       {"quoted", CueType::kQuote},
  };
  return *verbs;
}

// The cue words learned from the PolNeAR train split by
// tools/derive_cue_lexicon.py (models/cue_lexicon.tsv): each a cue in at
// least a quarter of its occurrences there. Read once from
// $CORROBORATE_MODELS_DIR, else the source tree's models/; empty (only the
// built-in verbs apply) if neither can be read.
std::map<std::string, double, std::less<>> ReadLearnedCues() {
  std::map<std::string, double, std::less<>> words;
  std::istringstream in(util::ReadModelFile("cue_lexicon.tsv"));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string word;
    int cues = 0, total = 0;
    double rate = 0;
    if (fields >> word >> cues >> total >> rate) words[word] = rate;
  }
  return words;
}

const std::map<std::string, double, std::less<>>& LearnedCues() {
  static const auto* words =
      new std::map<std::string, double, std::less<>>(ReadLearnedCues());
  return *words;
}

// Words before a cue verb that make it an adjective or a noun ("the reported
// deal", "his claims") or a passive ("has been reported").
bool BlocksCue(const Token& previous) {
  static const util::WordSet kBlockers = {
      "the",   "a",   "an",  "this", "these", "those", "its",
      "their", "his", "her", "our",  "been",  "being", "be",
      "is",    "are", "was", "were", "my",    "your",  "to"};
  return kBlockers.count(previous.lower) > 0;
}

bool IsDeterminer(const Token& previous) {
  static const util::WordSet kDeterminers = {
      "the",   "a",   "an",  "this", "these", "those", "its",
      "their", "his", "her", "our",  "my",    "your"};
  return kDeterminers.count(previous.lower) > 0;
}

bool IsWordAt(const std::vector<Token>& tokens, size_t i,
              std::string_view word) {
  return i < tokens.size() && tokens[i].Is(word);
}

// The type a cue word found by the classifier takes: its built-in type, a
// participle after a comma or "by", else a speech verb.
CueType ClassifiedType(const std::vector<Token>& tokens, size_t i) {
  auto it = Verbs().find(tokens[i].lower);
  if (it != Verbs().end()) return it->second;
  bool after_comma =
      i > 0 && (tokens[i - 1].text == "," || tokens[i - 1].Is("by") ||
                tokens[i - 1].Is("upon"));
  if (after_comma && tokens[i].lower.ends_with("ing"))
    return CueType::kParticiple;
  return CueType::kSpeech;
}

// Tokens between "in" and the poll it names ("in an early-October CBS
// News poll" is 5): PolNeAR train sources of this shape have at most 8.
constexpr size_t kMaxPollPhraseTokens = 8;

// "In a new poll, ...", "..., in the polls": the index one past the poll
// word of the phrase "in" at `i` opens, or 0 if it names no poll.
size_t PollPhraseEnd(const std::vector<Token>& tokens, size_t i) {
  static const util::WordSet kPolls = {"poll", "polls", "survey", "surveys"};
  for (size_t k = i + 1; k < tokens.size() && k <= i + kMaxPollPhraseTokens;
       ++k) {
    if (tokens[k].quoted ||
        (!tokens[k].IsWord() && tokens[k].text != "/" && tokens[k].text != "-"))
      return 0;
    if (kPolls.count(tokens[k].lower)) return k + 1;
  }
  return 0;
}

// True iff the word at `i` is the first half of an English compound noun
// ("a Warsaw think tank", "a talk show host", "the call centre"), no verb.
bool OpensCompoundNoun(const std::vector<Token>& tokens, size_t i) {
  static const std::unordered_map<std::string_view, util::WordSet> kCompounds =
      {{"think", {"tank", "tanks"}},
       {"talk", {"show", "shows", "radio"}},
       {"call", {"centre", "center", "centres", "centers"}},
       {"report", {"card", "cards"}}};
  if (i + 1 >= tokens.size()) return false;
  auto it = kCompounds.find(tokens[i].lower);
  return it != kCompounds.end() && it->second.count(tokens[i + 1].lower) > 0;
}

// Refusals take their "to"-complement as content: PolNeAR marks "X
// declined to say whether ..." with the cue "declined".
bool IsRefusal(const Token& token) {
  static const util::WordSet kRefusals = {"declined",  "declines", "decline",
                                          "declining", "refused",  "refuses",
                                          "refuse",    "refusing"};
  return kRefusals.count(token.lower) > 0;
}

// Words the verb group of a cue may hold before "to" and a second cue
// ("went on to say", "declined at first to criticize").
constexpr size_t kMaxWordsBeforeTo = 2;

// True iff cue `next` is the "to"-complement of cue `cue` ("went on to
// say"): a "to" right before `next`, and between the two cues only
// modifiers and adverbs.
bool IsToComplement(const std::vector<Token>& tokens, const Cue& cue,
                    const Cue& next) {
  if (cue.type == CueType::kAccordingTo || next.begin <= cue.end ||
      next.begin - cue.end > kMaxWordsBeforeTo + 1 ||
      !tokens[next.begin - 1].Is("to"))
    return false;
  for (size_t i = cue.end; i + 1 < next.begin; ++i) {
    const Token& t = tokens[i];
    if (!t.IsWord() || !(IsCueModifier(t) || t.IsAdverb() || t.Is("at") ||
                         t.Is("so") || t.Is("far") || t.Is("as")))
      return false;
  }
  return true;
}

// Joins a cue with the cue of its "to"-complement: one cue "went on to
// say" (PolNeAR's span; two would count a false attribution), or the
// refusal alone with the complement left as its content.
void JoinToComplements(const std::vector<Token>& tokens,
                       std::vector<Cue>* cues) {
  std::vector<Cue> joined;
  joined.reserve(cues->size());
  for (const Cue& cue : *cues) {
    if (!joined.empty() && IsToComplement(tokens, joined.back(), cue)) {
      Cue& head = joined.back();
      if (!IsRefusal(tokens[head.end - 1])) {
        head.end = cue.end;
        // "went on to tell reporters": the object follows the last verb.
        head.type = cue.type;
      }
      continue;
    }
    joined.push_back(cue);
  }
  cues->swap(joined);
}

}  // namespace

bool IsTimeWord(const Token& token) {
  static const util::WordSet kTimeWords = {
      "monday",    "tuesday", "wednesday", "thursday", "friday",  "saturday",
      "sunday",    "today",   "yesterday", "tonight",  "january", "february",
      "march",     "april",   "may",       "june",     "july",    "august",
      "september", "october", "november",  "december", "jan.",    "feb.",
      "aug.",      "sept.",   "sep.",      "oct.",     "nov.",    "dec.",
      "morning",   "evening", "night",     "afternoon"};
  return kTimeWords.count(token.lower) > 0;
}

bool IsCueModifier(const Token& token) {
  static const util::WordSet kModifiers = {
      "has", "have", "had", "also", "previously", "earlier", "later",
      "repeatedly", "publicly", "will", "would", "then", "further", "again",
      "once", "recently", "already", "late", "early", "on", "last", "this",
      "first", "separately", "privately", "reportedly", "initially", "openly",
      "did", "may", "might",
      // Adverbs of frequency and time without the "-ly" of Token::IsAdverb
      // ("Mr. X often says", "has long argued", "now says").
      "often", "always", "sometimes", "seldom", "now", "long", "since", "soon",
      "twice", "ever", "almost", "instead", "afterward", "afterwards",
      "meanwhile", "too",
      // ("He even claimed", "she still says", "X just told").
      "even", "still", "just"};
  return kModifiers.count(token.lower) > 0 || IsTimeWord(token);
}

bool IsNamePart(const std::vector<Token>& tokens, size_t i) {
  static const util::WordSet kHonorifics = {"mr.", "mrs.", "ms.", "dr.",
                                            "mr",  "mrs",  "ms",  "dr"};
  const Token& t = tokens[i];
  if (!t.IsWord() || !t.IsCapitalized() || t.quoted || !IsCueModifier(t) ||
      i + 1 >= tokens.size())
    return false;
  // Title case ("Hillary Just Vowed", "Trump May Not Have") tells nothing.
  const Token& next = tokens[i + 1];
  if (!next.IsWord() || next.IsCapitalized()) return false;
  if (i == 0) {
    // A modal before a finite verb is no English; "May" is also a month
    // and a surname, the only such modal.
    return t.Is("may") &&
           (next.lower.ends_with("ed") || next.Is("said") || next.Is("says") ||
            next.Is("told") || next.Is("tells") || next.Is("wrote"));
  }
  const Token& before = tokens[i - 1];
  return before.IsWord() && before.IsCapitalized() &&
         (kHonorifics.count(before.lower) > 0 ||
          SexOfGivenName(before.lower) != GivenNameSex::kUnknown);
}

std::vector<Cue> FindCues(const std::vector<Token>& tokens, bool use_learned) {
  std::vector<Cue> cues;
  const CueClassifier& classifier = CueClassifier::Default();
  bool classify = use_learned && classifier.Loaded();
  // Each candidate's probability (at most kMaxScoredPerSentence are
  // scored: the rest are skipped).
  std::vector<double> probability;
  if (classify) probability = classifier.Probabilities(tokens);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (!token.IsWord() || token.quoted || OpensCompoundNoun(tokens, i))
      continue;
    if (token.Is("according") && IsWordAt(tokens, i + 1, "to")) {
      cues.push_back({i, i + 2, CueType::kAccordingTo});
      ++i;
      continue;
    }
    // "In a new poll, ...": the poll is the source (PolNeAR's cue "in").
    // Only opening the sentence: "leads in the polls" is mostly not
    // annotated (on the held-out train fifth, most of the 50 cues a
    // mid-sentence rule added matched no gold cue).
    if (use_learned && token.Is("in") && i == 0 &&
        PollPhraseEnd(tokens, i) > 0) {
      cues.push_back({i, i + 1, CueType::kAccordingTo});
      continue;
    }
    // Broad mode: the classifier decides for the words it knows; a cue
    // right after another extends it ("said in a statement").
    // A determiner makes the word a noun or an adjective ("the expected
    // surplus"), whose holder the subject rules cannot find.
    if (classify && classifier.IsCandidate(token)) {
      if (probability[i] < classifier.DecisionThreshold() ||
          (i > 0 && IsDeterminer(tokens[i - 1])))
        continue;
      if (!cues.empty() && cues.back().end == i) {
        cues.back().end = i + 1;
        continue;
      }
      cues.push_back({i, i + 1, ClassifiedType(tokens, i), false,
                      !Verbs().count(token.lower), true});
      continue;
    }
    // "posted on X that ...", "posts on Facebook": a statement on a named
    // platform ("posted a video", "posted bail" are none).
    if ((token.Is("posted") || token.Is("posts")) &&
        IsWordAt(tokens, i + 1, "on") && i + 2 < tokens.size() &&
        tokens[i + 2].IsCapitalized()) {
      cues.push_back({i, i + 3, CueType::kSpeech});
      i += 2;
      continue;
    }
    if ((token.Is("called") || token.Is("calls")) &&
        (IsWordAt(tokens, i + 1, "on") || IsWordAt(tokens, i + 1, "for"))) {
      cues.push_back({i, i + 2, CueType::kSpeech});
      ++i;
      continue;
    }
    bool participle = token.lower == "saying" || token.lower == "adding" ||
                      token.lower == "telling" || token.lower == "noting" ||
                      token.lower == "arguing" || token.lower == "insisting" ||
                      token.lower == "warning" || token.lower == "claiming" ||
                      token.lower == "explaining";
    // "..., saying"; in broad mode also "ended the talks by saying".
    bool by = use_learned && i > 0 &&
              (tokens[i - 1].Is("by") || tokens[i - 1].Is("upon"));
    if (participle && i > 0 && (tokens[i - 1].text == "," || by)) {
      cues.push_back({i, i + 1, CueType::kParticiple});
      continue;
    }
    // "citing" belongs to the chain rule (attribution_finder.cc).
    if (use_learned && token.lower.ends_with("ing") && i > 0 &&
        tokens[i - 1].text == "," && LearnedCues().count(token.lower) &&
        !token.Is("citing")) {
      cues.push_back({i, i + 1, CueType::kParticiple,
                      LearnedCues().find(token.lower)->second < 0.5});
      continue;
    }
    auto it = Verbs().find(token.lower);
    auto learned_it = LearnedCues().find(token.lower);
    // A learned "-ing" form is a cue only as a participle (above).
    bool learned = use_learned && it == Verbs().end() &&
                   learned_it != LearnedCues().end() &&
                   !token.lower.ends_with("ing");
    if ((it == Verbs().end() && !learned) || token.IsCapitalized()) continue;
    if (i > 0 && BlocksCue(tokens[i - 1])) continue;
    // "accused of", "confirmed by": participles describing someone else.
    bool accused = token.Is("accused") || token.Is("accuses");
    if ((accused && IsWordAt(tokens, i + 1, "of")) ||
        IsWordAt(tokens, i + 1, "by"))
      continue;
    // A word that is a cue in fewer than half its train occurrences must
    // introduce a clause to count (Cue::learned).
    bool unsure = learned && learned_it->second < 0.5;
    cues.push_back(
        {i, i + 1, learned ? CueType::kSpeech : it->second, unsure, learned});
  }
  JoinToComplements(tokens, &cues);
  return cues;
}

}  // namespace corroborate::analyze

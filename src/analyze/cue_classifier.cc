// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/cue_classifier.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <string_view>

#include <xxhash.h>

#include "analyze/cue_verb_classes.h"
#include "analyze/subject_finder.h"
#include "util/model_file.h"
#include "util/word_set.h"

namespace corroborate::analyze {
namespace {

std::string_view WordAt(const std::vector<Token>& tokens, size_t i,
                        int offset) {
  long j = static_cast<long>(i) + offset;
  if (j < 0) return "<s>";
  if (j >= static_cast<long>(tokens.size())) return "</s>";
  const Token& t = tokens[static_cast<size_t>(j)];
  switch (t.kind) {
    case TokenKind::kOpenQuote:
      return "<oq>";
    case TokenKind::kCloseQuote:
      return "<cq>";
    default:
      if (t.IsCapitalized() && t.lower != "i" && j > 0) return "<Cap>";
      return t.lower;
  }
}

// The subject FindSubject gives, described by its shape (none, a pronoun,
// names, or a common noun phrase, with its length in words: 1, 2-3, 4+)
// and its head, the last word ("<Cap>" for a name).
struct SubjectDescription {
  std::string_view shape = "none";
  std::string_view head = "<none>";
};

SubjectDescription DescribeSubject(const std::vector<Token>& tokens, size_t i) {
  auto [begin, end] = FindSubject(tokens, i, /*auxiliaries=*/true);
  if (begin == end) return {};
  static const util::WordSet kPronouns = {"he", "she", "they", "it",
                                          "we", "i",   "you",  "who"};
  const Token& last = tokens[end - 1];
  // Both arms string_view: a std::string arm would make a temporary.
  std::string_view head = last.IsNameLike() ? std::string_view("<Cap>")
                                            : std::string_view(last.lower);
  if (end - begin == 1 && kPronouns.count(tokens[begin].lower))
    return {"pron", tokens[begin].lower};
  bool names = true;
  for (size_t k = begin; k < end; ++k) names = names && tokens[k].IsNameLike();
  size_t n = end - begin;
  if (names) return {n == 1 ? "name1" : n <= 3 ? "name2" : "name4", head};
  return {n == 1 ? "np1" : n <= 3 ? "np2" : "np4", head};
}

// Tokens on each side of a word searched for a quote mark: a long news
// sentence (PolNeAR train: rarely over 60 tokens) is covered, and run-on
// input costs no more than this per word.
constexpr size_t kQuoteWindow = 30;

// The word without an inflection ending ("claims", "claimed", "claiming"
// -> "claim"), so the forms share evidence.
std::string_view Stem(std::string_view w) {
  for (std::string_view ending : {"ing", "ed", "es", "s"}) {
    if (w.size() > ending.size() + 2 && w.ends_with(ending))
      return w.substr(0, w.size() - ending.size());
  }
  return w;
}

// A coarse class of the token `offset` places from `i`: what the cue
// takes as its complement ("wants to", "plans a", "supports Lee").
std::string_view ClassAt(const std::vector<Token>& tokens, size_t i,
                         int offset) {
  long j = static_cast<long>(i) + offset;
  if (j < 0 || j >= static_cast<long>(tokens.size())) return "edge";
  const Token& t = tokens[static_cast<size_t>(j)];
  static const util::WordSet kDeterminers = {
      "the",   "a",     "an",  "his", "her",  "their", "its", "this",
      "these", "those", "our", "my",  "some", "any",   "no"};
  static const util::WordSet kPronouns = {"he",  "she", "they", "it", "we", "i",
                                          "you", "him", "them", "us", "me"};
  static const util::WordSet kPrepositions = {
      "of",   "in",    "on",   "for",  "at",   "by",
      "with", "about", "from", "into", "over", "against"};
  static const util::WordSet kWh = {"whether", "if",  "what", "how",
                                    "why",     "who", "when", "where"};
  switch (t.kind) {
    case TokenKind::kOpenQuote:
    case TokenKind::kCloseQuote:
      return "quote";
    case TokenKind::kPunct:
      return t.text == "," ? "comma" : t.text == ":" ? "colon" : "punct";
    default:
      break;
  }
  if (t.Is("to") || t.Is("that")) return t.lower;
  if (kDeterminers.count(t.lower)) return "det";
  if (kPronouns.count(t.lower)) return "pron";
  if (kPrepositions.count(t.lower)) return "prep";
  if (kWh.count(t.lower)) return "wh";
  if (t.IsNameLike()) return "name";
  if (t.lower.ends_with("ly")) return "adv";
  return "word";
}

// The commonest speech verbs of PolNeAR train cues.
bool IsSpeechVerb(const Token& t) {
  static const util::WordSet kWords = {
      "said",     "says",      "say",      "told",      "tells",
      "added",    "wrote",     "noted",    "argued",    "claimed",
      "stated",   "according", "warned",   "believes",  "thinks",
      "reported", "announced", "insisted", "explained", "acknowledged",
      "asked",    "suggested", "claims",   "argues"};
  return kWords.count(t.lower) > 0;
}

// How the nearest speech verb before token `i` (outside quotes) is tied to
// it: "that" right after the verb, any other words, or "none".
std::string_view SpeechVerbBefore(const std::vector<Token>& tokens, size_t i) {
  for (size_t k = i; k-- > 0;) {
    if (tokens[k].quoted || !IsSpeechVerb(tokens[k])) continue;
    if (k + 1 < i && tokens[k + 1].Is("that")) return "that";
    return k + 1 == i ? "next" : "some";
  }
  return "none";
}

// The word itself, its neighbours and its subject.
template <typename Emit>
void WordFeatures(const std::vector<Token>& tokens, size_t i,
                  const SubjectDescription& subject, const Emit& emit) {
  std::string_view w = tokens[i].lower;
  std::string_view p1 = WordAt(tokens, i, -1), p2 = WordAt(tokens, i, -2);
  std::string_view n1 = WordAt(tokens, i, 1), n2 = WordAt(tokens, i, 2);
  emit({"w=", w});
  emit({"s3=", w.size() > 3 ? w.substr(w.size() - 3) : w});
  emit({"p1=", p1});
  emit({"p2=", p2});
  emit({"n1=", n1});
  emit({"n2=", n2});
  emit({"p1w=", p1, "_", w});
  emit({"wn1=", w, "_", n1});
  emit({"wn12=", w, "_", n1, "_", n2});
  emit({"subj=", subject.shape});
  emit({"wsubj=", w, "_", subject.shape});
  emit({"shead=", subject.head});
  emit({"wshead=", w, "_", subject.head});
  emit({"p2p1=", p2, "_", p1});
  emit({"stem=", Stem(w)});
  if (tokens[i].IsCapitalized()) emit({"cap"});
  if (i == 0) emit({"first"});
}

// The key that stands for a word's WordNet class in the features crossed
// with the stem ("@communication"), empty for a word with no class.
std::string_view ClassKey(const VerbClass* verb) {
  static constexpr std::string_view kKeys[] = {
      "@communication", "@cognition", "@perception", "@emotion", "@other"};
  if (verb == nullptr) return {};
  for (std::string_view key : kKeys)
    if (key.substr(1) == verb->first) return key;
  return {};
}

// Calls `visit` with the stem, then with the class key if there is one:
// the features crossed with a word are also crossed with its class.
template <typename Visit>
void ForStemAndClass(std::string_view stem, std::string_view vkey,
                     const Visit& visit) {
  visit(stem);
  if (!vkey.empty()) visit(vkey);
}

// The word's WordNet verb classes (cue_verb_classes.h): its first sense's,
// any sense's, whether it is mostly a noun, and its first-sense class with
// its inflection ("said" and "saying" introduce different clauses).
template <typename Emit>
void ClassFeatures(std::string_view w, const VerbClass* verb,
                   std::string_view vkey, const Emit& emit) {
  if (verb == nullptr) {
    emit({"vf=none"});
    return;
  }
  emit({"vf=", vkey});
  for (size_t k = 0; k < std::size(kVerbClassNames); ++k)
    if (verb->any & (1u << k)) emit({"va=", kVerbClassNames[k]});
  if (verb->noun) emit({"vn=", vkey});
  std::string_view ending = w.ends_with("ing")  ? "ing"
                            : w.ends_with("ed") ? "ed"
                            : w.ends_with("s")  ? "s"
                                                : "base";
  emit({"vfe=", vkey, "_", ending});
}

// What surrounds the word in its clause: quotes, what follows it, the
// classes of its neighbours, alone and with its stem.
template <typename Emit>
void ClauseFeatures(const std::vector<Token>& tokens, size_t i,
                    const SubjectDescription& subject, std::string_view vkey,
                    const Emit& emit) {
  std::string_view stem = Stem(tokens[i].lower);
  // Postposed cues stand at the end ("..., X said."); quotes nearby.
  if (i + 3 >= tokens.size()) emit({"end"});
  size_t from = i > kQuoteWindow ? i - kQuoteWindow : 0;
  size_t to = std::min(tokens.size(), i + kQuoteWindow);
  for (size_t k = from; k < to; ++k) {
    if (tokens[k].kind == TokenKind::kOpenQuote ||
        tokens[k].kind == TokenKind::kCloseQuote) {
      emit({"hasquote"});
      break;
    }
  }
  // What follows within the next four tokens: "that", a quote, a colon.
  bool that = false, quote = false, colon = false;
  for (size_t k = i + 1; k < tokens.size() && k <= i + 4; ++k) {
    that = that || tokens[k].Is("that");
    quote = quote || tokens[k].kind == TokenKind::kOpenQuote;
    colon = colon || tokens[k].text == ":";
  }
  if (that) emit({"ahead=that"});
  if (quote) emit({"ahead=quote"});
  if (colon) emit({"ahead=colon"});
  std::string_view c1 = ClassAt(tokens, i, 1), c2 = ClassAt(tokens, i, 2);
  std::string_view cp1 = ClassAt(tokens, i, -1);
  emit({"c1=", c1});
  emit({"c12=", c1, "_", c2});
  emit({"cp1c1=", cp1, "_", c1});
  // The same context for this word alone ("believes" wants a clause,
  // "said" does not), and for its WordNet class, which rare words share.
  ForStemAndClass(stem, vkey, [&](std::string_view s) {
    if (that) emit({"sa=that_", s});
    if (quote) emit({"sa=quote_", s});
    if (i + 3 >= tokens.size()) emit({"se=", s});
    emit({"ssubj=", s, "_", subject.shape});
    emit({"sc1=", s, "_", c1});
    emit({"sc12=", s, "_", c1, "_", c2});
    emit({"scp1=", s, "_", cp1});
  });
  // Words a little further away, without their place.
  for (int k = 3; k <= 4; ++k) {
    emit({"bl=", WordAt(tokens, i, -k)});
    emit({"br=", WordAt(tokens, i, k)});
  }
}

// Where the word stands in its sentence: the nearest quote mark, speech
// verbs before and after it, the word opening its clause, parentheses.
template <typename Emit>
void SentenceFeatures(const std::vector<Token>& tokens, size_t i,
                      std::string_view vkey, const Emit& emit) {
  std::string_view stem = Stem(tokens[i].lower);
  // Where the nearest quote mark stands: "“...,” X said" wants a quote
  // before, "X said: “...”" one after.
  std::string_view side = "none";
  for (size_t k = 1; k <= kQuoteWindow && side == "none"; ++k) {
    if (i >= k && tokens[i - k].kind == TokenKind::kCloseQuote) side = "before";
    if (i + k < tokens.size() && tokens[i + k].kind == TokenKind::kOpenQuote)
      side = "after";
  }
  emit({"qside=", side});
  ForStemAndClass(stem, vkey, [&](std::string_view s) {
    emit({"sqside=", s, "_", side});
  });
  // A speech verb elsewhere in the sentence: before it, this word may sit
  // in its content ("said that she supports"; PolNeAR gives a token one
  // role, so a cue is never inside content); after it, in a clause on the
  // speaker ("X, who backs Y, said").
  std::string_view before = SpeechVerbBefore(tokens, i);
  emit({"spv=", before});
  bool speech_after = false;
  for (size_t k = i + 1; k < tokens.size() && !speech_after; ++k)
    speech_after = !tokens[k].quoted && IsSpeechVerb(tokens[k]);
  ForStemAndClass(stem, vkey, [&](std::string_view s) {
    emit({"sspv=", s, "_", before});
    if (speech_after) emit({"sspa=", s});
  });
  // The clause word that opens this word's clause ("who backs", "that she
  // wants", "because he said"), up to the previous punctuation.
  std::string_view opener = "none";
  for (size_t k = i; k-- > 0 && opener == "none";) {
    if (!tokens[k].IsWord()) break;
    if (IsClauseWord(tokens[k])) opener = tokens[k].lower;
  }
  emit({"open=", opener});
  ForStemAndClass(stem, vkey, [&](std::string_view s) {
    emit({"sopen=", s, "_", opener});
  });
  // Inside parentheses: asides rarely hold cues.
  for (size_t k = i; k-- > 0;) {
    if (tokens[k].text == ")") break;
    if (tokens[k].text == "(") {
      emit({"paren"});
      break;
    }
  }
}

// Calls `visit` with each feature string of token `i` (the string lives
// only during the call): no allocation per feature once `buffer` has grown.
template <typename Visit>
void ForEachFeature(const std::vector<Token>& tokens, size_t i,
                    std::string* buffer, Visit visit) {
  auto emit = [&](std::initializer_list<std::string_view> parts) {
    buffer->clear();
    for (std::string_view part : parts) buffer->append(part);
    visit(std::string_view(*buffer));
  };
  SubjectDescription subject = DescribeSubject(tokens, i);
  const VerbClass* verb = VerbClasses::Default().Find(tokens[i].lower);
  std::string_view vkey = ClassKey(verb);
  WordFeatures(tokens, i, subject, emit);
  ClassFeatures(tokens[i].lower, verb, vkey, emit);
  ClauseFeatures(tokens, i, subject, vkey, emit);
  SentenceFeatures(tokens, i, vkey, emit);
}

// A first-pass probability in fifths ("0" .. "4"), "none" if not scored.
std::string_view Fifth(double p) {
  static constexpr std::string_view kFifths[] = {"0", "1", "2", "3", "4"};
  if (p < 0) return "none";
  return kFifths[std::min(4, static_cast<int>(p * 5))];
}

// Tokens on each side within which another candidate counts as near: the
// width of the first pass's look-ahead for "that", a quote or a colon.
constexpr size_t kNearTokens = 4;

// Calls `visit` with each StackFeatures string of token `i`.
template <typename Visit>
void ForEachStackFeature(const std::vector<double>& first, size_t i,
                         std::string* buffer, Visit visit) {
  auto emit = [&](std::initializer_list<std::string_view> parts) {
    buffer->clear();
    for (std::string_view part : parts) buffer->append(part);
    visit(std::string_view(*buffer));
  };
  double left = -1, right = -1, near = -1;
  int high = 0;
  for (size_t k = 0; k < first.size(); ++k) {
    if (k == i || first[k] < 0) continue;
    (k < i ? left : right) = std::max(k < i ? left : right, first[k]);
    if ((k < i ? i - k : k - i) <= kNearTokens) near = std::max(near, first[k]);
    high += first[k] >= 0.5 ? 1 : 0;
  }
  std::string_view own = Fifth(first[i]);
  emit({"p0=", own});
  emit({"pl=", Fifth(left)});
  emit({"pr=", Fifth(right)});
  emit({"pn=", Fifth(near)});
  emit({"nhi=", high == 0 ? "0" : high == 1 ? "1" : "2"});
  emit({"p0pl=", own, "_", Fifth(left)});
  emit({"p0pr=", own, "_", Fifth(right)});
}

uint64_t FeatureHash(std::string_view feature) {
  return XXH3_64bits(feature.data(), feature.size());
}

}  // namespace

std::vector<std::string> CueFeatures(const std::vector<Token>& tokens,
                                     size_t i) {
  std::vector<std::string> features;
  std::string buffer;
  ForEachFeature(tokens, i, &buffer, [&](std::string_view feature) {
    features.emplace_back(feature);
  });
  return features;
}

std::vector<std::string> StackFeatures(const std::vector<double>& first,
                                       size_t i) {
  std::vector<std::string> features;
  std::string buffer;
  ForEachStackFeature(first, i, &buffer, [&](std::string_view feature) {
    features.emplace_back(feature);
  });
  return features;
}

const CueClassifier& CueClassifier::Default() {
  static const auto* model = [] {
    auto read = [](const char* name) {
      return Parse(util::ReadModelFile(name));
    };
    auto* classifier = new CueClassifier(read("cue_classifier.tsv"));
    CueClassifier stack = read("cue_classifier_stack.tsv");
    if (stack.Loaded()) classifier->SetStack(std::move(stack));
    return classifier;
  }();
  return *model;
}

void CueClassifier::SetStack(CueClassifier stack) {
  stack_ = std::make_shared<const CueClassifier>(std::move(stack));
}

std::vector<double> CueClassifier::FirstPass(
    const std::vector<Token>& tokens) const {
  std::vector<double> first(tokens.size(), -1);
  size_t scored = 0;
  for (size_t i = 0; i < tokens.size() && scored < kMaxScoredPerSentence; ++i) {
    if (!IsCandidate(tokens[i])) continue;
    first[i] = Probability(tokens, i);
    ++scored;
  }
  return first;
}

std::vector<double> CueClassifier::Probabilities(
    const std::vector<Token>& tokens) const {
  std::vector<double> first = FirstPass(tokens);
  if (stack_ == nullptr) return first;
  std::vector<double> out(tokens.size(), -1);
  thread_local std::string buffer;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (first[i] < 0) continue;
    double z = stack_->bias_;
    auto add = [&](std::string_view feature) {
      auto it = stack_->weights_.find(FeatureHash(feature));
      if (it != stack_->weights_.end()) z += it->second;
    };
    ForEachFeature(tokens, i, &buffer, add);
    ForEachStackFeature(first, i, &buffer, add);
    out[i] = 1.0 / (1.0 + std::exp(-z));
  }
  return out;
}

CueClassifier CueClassifier::Parse(const std::string& model) {
  CueClassifier c;
  std::istringstream in(model);
  for (std::string line; std::getline(in, line);) {
    std::istringstream fields(line);
    std::string key;
    fields >> key;
    if (key == "#threshold") {
      fields >> c.threshold_;
    } else if (key == "#bias") {
      fields >> c.bias_;
    } else if (key == "#word") {
      std::string word;
      if (fields >> word) c.words_.insert(word);
    } else if (!key.empty() && key[0] != '#') {
      double weight = 0;
      if (fields >> weight) c.weights_[FeatureHash(key)] = weight;
    }
  }
  return c;
}

bool CueClassifier::IsCandidate(const Token& token) const {
  return token.IsWord() && !token.quoted && words_.count(token.lower) > 0;
}

double CueClassifier::Probability(const std::vector<Token>& tokens,
                                  size_t i) const {
  double z = bias_;
  thread_local std::string buffer;
  ForEachFeature(tokens, i, &buffer, [&](std::string_view feature) {
    auto it = weights_.find(FeatureHash(feature));
    if (it != weights_.end()) z += it->second;
  });
  return 1.0 / (1.0 + std::exp(-z));
}

bool CueClassifier::IsCue(const std::vector<Token>& tokens, size_t i) const {
  return IsCandidate(tokens[i]) && Probability(tokens, i) >= threshold_;
}

}  // namespace corroborate::analyze

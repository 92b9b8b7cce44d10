// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/mention_tracker.h"

#include <algorithm>
#include <unordered_map>

#include "analyze/cue_lexicon.h"
#include "analyze/given_names.h"
#include "analyze/tokenizer.h"
#include "util/text.h"
#include "util/word_set.h"

namespace corroborate::analyze {
namespace {

bool IsNameWord(const Token& token) { return token.IsNameLike(); }

// The name tokens[begin, end) spell, without a possessive ending: in "Mr.
// Obama's aides" the party is "Obama", the one a later "he" means.
std::string JoinWords(const std::vector<Token>& tokens, size_t begin,
                      size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (!out.empty()) out += ' ';
    out += tokens[i].text;
  }
  out.resize(util::WithoutPossessive(out).size());
  return out;
}

std::string Fold(std::string_view text) {
  std::string out;
  for (const std::string& word : util::FoldedWords(text)) {
    if (word == "the") continue;
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

// The last word of a folded name (Fold's output).
std::string_view LastWord(std::string_view folded) {
  size_t space = folded.rfind(' ');
  return space == std::string_view::npos ? folded : folded.substr(space + 1);
}

// Edit distance with adjacent transpositions (optimal string alignment).
// Keeps the three rows the recurrence reads (i-2, i-1, i) in one buffer
// instead of the whole table: FindMisspelt runs it against every earlier
// mention, and the table's per-row allocations dominated (perf of the
// analyze fuzzer, docs/reliability.md).
size_t EditDistance(std::string_view a, std::string_view b) {
  const size_t width = b.size() + 1;
  std::vector<size_t> rows(3 * width);
  auto row = [&](size_t i) { return rows.data() + (i % 3) * width; };
  for (size_t j = 0; j <= b.size(); ++j) row(0)[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t* d = row(i);
    const size_t* up = row(i - 1);
    const size_t* up2 = row(i + 1);  // row i-2 (i+1 = i-2 mod 3)
    d[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[j] = std::min({up[j] + 1, d[j - 1] + 1, up[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[j] = std::min(d[j], up2[j - 2] + 1);
      }
    }
  }
  return row(a.size())[b.size()];
}

// Capitalised only because they open a sentence or a title ("In", "The"),
// or dates: a run they begin is no person's full name ("In Washington",
// "On Tuesday Trump").
bool IsOpeningWord(const Token& token) {
  static const util::WordSet kWords = {
      "the",          "a",          "an",         "in",      "on",
      "at",           "but",        "and",        "or",      "after",
      "before",       "when",       "while",      "if",      "as",
      "for",          "with",       "by",         "from",    "to",
      "of",           "this",       "that",       "these",   "those",
      "his",          "her",        "their",      "its",     "our",
      "my",           "during",     "since",      "under",   "over",
      "about",        "like",       "unlike",     "despite", "though",
      "because",      "so",         "yet",        "then",    "now",
      "still",        "also",       "even",       "new",     "north",
      "south",        "east",       "west",       "saint",   "former",
      "all",          "some",       "many",       "most",    "every",
      "both",         "each",       "no",         "not",     "although",
      "whereas",      "however",    "according",  "asked",   "last",
      "next",         "first",      "several",    "other",   "what",
      "why",          "how",        "who",        "where",   "which",
      "here",         "there",      "it",         "he",      "she",
      "we",           "they",       "i",          "you",     "dear",
      "democrat",     "democratic", "republican", "gop",     "independent",
      "conservative", "liberal",    "labour",     "tory",    "socialist",
      "neither",      "nor",        "either"};
  return kWords.contains(token.lower) || IsTimeWord(token);
}

// Sentences after an unnamed person spoke ("another passenger said ...")
// in which "he" or "she" still means that person.
constexpr int kUnnamedSpeakerReach = 2;

// True iff `source` describes one unnamed person ("another passenger", "a
// senior official", "one witness"), not a group ("officials", "two
// sources").
bool IsOneUnnamedPerson(std::string_view source) {
  std::vector<std::string> words = util::FoldedWords(source);
  if (words.size() < 2) return false;
  static const util::WordSet kOne = {"a", "an", "another", "one"};
  return kOne.contains(words.front()) && !words.back().ends_with("s");
}

}  // namespace

MentionTracker::Gender MentionTracker::GenderOfTitle(
    std::string_view lower_word) {
  if (lower_word == "mr." || lower_word == "mr" || lower_word == "sir")
    return Gender::kMale;
  if (lower_word == "mrs." || lower_word == "mrs" || lower_word == "ms." ||
      lower_word == "ms" || lower_word == "miss" || lower_word == "madam" ||
      lower_word == "dame" || lower_word == "lady")
    return Gender::kFemale;
  if (lower_word.ends_with("woman")) return Gender::kFemale;
  // A list, not "-man": "German Chancellor X" says nothing of X.
  static const util::WordSet kMen = {"spokesman",   "chairman", "congressman",
                                     "councilman",  "alderman", "assemblyman",
                                     "businessman", "anchorman"};
  if (kMen.contains(lower_word)) return Gender::kMale;
  return Gender::kUnknown;
}

MentionTracker::Gender MentionTracker::DescribedGender(
    std::string_view description) {
  for (const std::string& word : util::FoldedWords(description)) {
    const Gender gender = GenderOfTitle(word);
    if (gender != Gender::kUnknown) return gender;
  }
  return Gender::kUnknown;
}

MentionTracker::Gender MentionTracker::Mention::Likely() const {
  if (gender != Gender::kUnknown) return gender;
  // A first name is surer than a pronoun count, which one wrong guess sways.
  if (given != Gender::kUnknown) return given;
  if (he > she) return Gender::kMale;
  if (she > he) return Gender::kFemale;
  return Gender::kUnknown;
}

void MentionTracker::CountPronounAfter(const std::vector<Token>& tokens,
                                       size_t end, std::string_view folded) {
  // Only "Name verb his/her ...": further on, or after "said", the pronoun
  // is as often someone else ("Trump said her emails ...").
  static const util::WordSet kMale = {"his", "himself"};
  static const util::WordSet kFemale = {"her", "herself"};
  if (end + 2 > tokens.size()) return;
  const Token& verb = tokens[end];
  const Token& pronoun = tokens[end + 1];
  if (!verb.IsWord() || verb.IsNameLike() || verb.quoted || pronoun.quoted ||
      verb.Is("said") || verb.Is("says") || verb.Is("told"))
    return;
  const bool male = kMale.contains(pronoun.lower);
  if (!male && !kFemale.contains(pronoun.lower)) return;
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->folded != folded) continue;
    ++(male ? it->he : it->she);
    return;
  }
}

void MentionTracker::Add(std::string name, SourceKind kind, std::string head,
                         bool weak, Gender gender) {
  if (name.empty()) return;
  std::string folded = Fold(name);
  // A repeat moves the party to the end, keeping what is known of it; a
  // weak repeat of a titled or quoted party changes nothing else.
  for (auto it = mentions_.begin(); it != mentions_.end(); ++it) {
    if (it->folded != folded) continue;
    if (weak && !it->weak) {
      std::rotate(it, it + 1, mentions_.end());
      return;
    }
    if (gender == Gender::kUnknown) gender = it->gender;
    const int he = it->he, she = it->she;
    std::string role = std::move(it->role);
    std::vector<std::string> modifiers = std::move(it->modifiers);
    mentions_.erase(it);
    mentions_.push_back({std::move(name), kind, std::move(head),
                         std::move(folded), weak, gender, he, she});
    mentions_.back().given = GenderOfFirstName(mentions_.back());
    mentions_.back().role = std::move(role);
    mentions_.back().modifiers = std::move(modifiers);
    return;
  }
  mentions_.push_back({std::move(name), kind, std::move(head),
                       std::move(folded), weak, gender});
  mentions_.back().given = GenderOfFirstName(mentions_.back());
}

void MentionTracker::SetLastRole(std::string_view folded, std::string role,
                                 std::vector<std::string> modifiers) {
  if (role.empty() || mentions_.empty()) return;
  Mention& last = mentions_.back();
  if (last.folded == folded && last.role.empty()) {
    last.role = std::move(role);
    last.modifiers = std::move(modifiers);
  }
}

MentionTracker::Gender MentionTracker::GenderOfFirstName(
    const Mention& mention) {
  // A lone word may be a surname ("Ford"), not a first name.
  const size_t space = mention.folded.find(' ');
  if (mention.kind != SourceKind::kPerson || space == std::string::npos)
    return Gender::kUnknown;
  switch (SexOfGivenName(std::string_view(mention.folded).substr(0, space))) {
    case GivenNameSex::kMale:
      return Gender::kMale;
    case GivenNameSex::kFemale:
      return Gender::kFemale;
    default:
      return Gender::kUnknown;
  }
}

const MentionTracker::Mention* MentionTracker::Last(SourceKind kind) const {
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->kind == kind && !it->weak) return &*it;
  }
  return nullptr;
}

MentionTracker::Mention* MentionTracker::LastPerson(Gender gender) {
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->kind != SourceKind::kPerson || it->weak) continue;
    const Gender likely = it->Likely();
    if (likely == Gender::kUnknown || likely == gender) return &*it;
  }
  return nullptr;
}

const MentionTracker::Mention* MentionTracker::LastWithHead(
    std::string_view head) const {
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->kind == SourceKind::kOrganization && it->head == head) return &*it;
  }
  return nullptr;
}

namespace {

// `word` folded, its possessive ending and dots dropped: "Iraq’s" -> "iraq",
// "U.S." -> "us".
std::string BareWord(std::string_view word) {
  std::vector<std::string> folded = util::FoldedWords(word);
  std::string bare = folded.empty() ? "" : folded.front();
  if (bare.ends_with("'s")) bare.resize(bare.size() - 2);
  std::erase(bare, '.');
  return bare;
}

// True if a description's capitalised modifier can name what a role word
// names: the same word, or one the start of the other ("Iraqi" and
// "Iraq's", "Democrat" and "Democratic"). Not "Republican" and
// "Democratic", nor "Iranian" and "Iraq's". Forms that share no start
// ("French" and "France's", "American" and "U.S.") do not agree either: the
// description then stays unresolved rather than risk the wrong person.
bool Agrees(std::string_view modifier, std::string_view role_word) {
  if (modifier.empty() || role_word.empty()) return false;
  const size_t n = std::min(modifier.size(), role_word.size());
  return modifier.substr(0, n) == role_word.substr(0, n);
}

// The capitalised words among the (at most 3) words before tokens[begin],
// a role: "Republican" of "part of Republican presidential nominee X".
// Function words capitalised only because they open the sentence ("The",
// "In") do not count. (Not IsOpeningWord: it holds party words, which are
// the modifiers wanted here.)
std::vector<std::string> ModifiersBefore(const std::vector<Token>& tokens,
                                         size_t begin) {
  static const util::WordSet kOpeners = {
      "the",   "a",     "an",   "in",   "on",     "at",     "and",
      "but",   "for",   "of",   "by",   "from",   "to",     "with",
      "as",    "after", "when", "this", "that",   "his",    "her",
      "their", "its",   "our",  "then", "former", "before", "while"};
  std::vector<std::string> modifiers;
  for (size_t j = begin, steps = 0; j > 0 && steps < 3; --j, ++steps) {
    const Token& t = tokens[j - 1];
    if (!t.IsWord() || t.quoted) break;
    if (t.IsCapitalized() && !kOpeners.count(t.lower))
      modifiers.push_back(BareWord(t.text));
  }
  return modifiers;
}

}  // namespace

const MentionTracker::Mention* MentionTracker::LastWithRole(
    std::string_view title, const std::vector<std::string>& description) const {
  // Titles written short before names, by the word a description uses.
  static const std::unordered_map<std::string_view, std::string_view> kShort = {
      {"senator", "sen"},    {"governor", "gov"}, {"representative", "rep"},
      {"general", "gen"},    {"colonel", "col"},  {"captain", "capt"},
      {"professor", "prof"}, {"lieutenant", "lt"}};
  auto it_short = kShort.find(title);
  std::string_view short_form =
      it_short == kShort.end() ? "" : it_short->second;
  // The description's own modifiers: capitalised words between "the" and
  // the title ("the Democratic presidential nominee").
  std::vector<std::string> words;  // every word, bare
  std::vector<std::string> modifiers;
  for (size_t k = 0; k < description.size(); ++k) {
    words.push_back(BareWord(description[k]));
    if (k > 0 && k + 1 < description.size() &&
        util::StartsUpper(description[k]))
      modifiers.push_back(words.back());
  }
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->kind != SourceKind::kPerson || it->weak) continue;
    bool titled = false;
    // The person's modifiers: those before the role, and the role's own
    // capitalised words that are no title and that the description does
    // not repeat ("Iraq" of "Iraq's Defense Minister").
    std::vector<std::string> theirs = it->modifiers;
    for (const std::string& word : util::Words(it->role)) {
      const std::string bare = BareWord(word);
      titled = titled || bare == title ||
               (!short_form.empty() && bare == short_form);
      if (util::StartsUpper(word) && !IsPersonTitle(util::FoldCase(word)) &&
          std::find(words.begin(), words.end(), bare) == words.end())
        theirs.push_back(bare);
    }
    if (!titled) continue;
    // Contradicted when both sides have modifiers and none agree: "the
    // Democratic nominee" is not "Republican presidential nominee X", while
    // "the South Carolina senator" may be "Sen. X", who has none.
    const bool contradicted =
        !modifiers.empty() && !theirs.empty() &&
        std::none_of(modifiers.begin(), modifiers.end(), [&](const auto& m) {
          return std::any_of(theirs.begin(), theirs.end(),
                             [&](const auto& t) { return Agrees(m, t); });
        });
    if (!contradicted) return &*it;
  }
  return nullptr;
}

// A lower-case organization noun: "the Iraqi government" (after "the", with
// a modifier) or "imaging company ISI" (before a name).
void MentionTracker::ObserveOrganizationNoun(const std::vector<Token>& tokens,
                                             size_t i) {
  size_t name_end = i + 1;
  while (name_end < tokens.size() && tokens[name_end].IsNameLike()) ++name_end;
  if (name_end > i + 1) {
    Add(JoinWords(tokens, i + 1, name_end), SourceKind::kOrganization,
        tokens[i].lower);
    return;
  }
  size_t begin = i;
  while (begin > 0 && i - begin < 3 && !tokens[begin - 1].Is("the") &&
         tokens[begin - 1].IsWord()) {
    --begin;
  }
  // Not a bare "the company": that is a reference, resolved elsewhere.
  if (begin > 0 && begin < i && tokens[begin - 1].Is("the")) {
    Add("the " + JoinWords(tokens, begin, i + 1), SourceKind::kOrganization,
        tokens[i].lower);
  }
}

// Names of 6 or more letters one edit apart (a swap counts as one) are
// taken as one party misspelt; shorter names differ by one letter too often
// ("Iran", "Iraq").
constexpr size_t kMinFuzzyNameBytes = 6;

const MentionTracker::Mention* MentionTracker::FindMisspelt(
    std::string_view name) const {
  std::string folded = Fold(name);
  if (folded.size() < kMinFuzzyNameBytes) return nullptr;
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->weak) continue;  // no kind to lend
    const std::string& other = it->folded;
    // One edit changes the length by at most one.
    size_t longer = std::max(other.size(), folded.size());
    size_t shorter = std::min(other.size(), folded.size());
    if (other.size() >= kMinFuzzyNameBytes && longer - shorter <= 1 &&
        EditDistance(folded, other) <= 1)
      return &*it;
  }
  return nullptr;
}

const MentionTracker::Mention* MentionTracker::FindName(std::string_view name,
                                                        bool outlet) const {
  std::string folded = Fold(name);
  std::string acronym = util::IsAcronym(name) ? std::string(name) : "";
  // A surname stands for the person, and the last word of an outlet's
  // name, classified as an outlet itself, for the outlet ("the Post" after
  // "The Washington Post"; not "Trump" for a "Donald Trump" guessed to be
  // an outlet from "reported").
  // So is its first word before an outlet word ("the Manila newspaper"
  // after "The Manila Courier").
  auto surname_of = [&](const Mention& m) {
    const bool outlet_word = outlet && m.kind == SourceKind::kOutlet;
    return (m.kind == SourceKind::kPerson || outlet_word) &&
           folded.find(' ') == std::string::npos &&
           m.name.size() > name.size() &&
           (LastWord(m.folded) == folded ||
            (outlet_word && m.folded.starts_with(folded + " ")));
  };
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->weak) continue;
    if (it->folded == folded || surname_of(*it)) return &*it;
    if (!acronym.empty() && Initials(it->name) == acronym &&
        it->name != acronym)
      return &*it;
  }
  // A weak mention only lends its full form to a surname, and only when no
  // titled or quoted party has it ("Cruz" is the senator who spoke, not his
  // wife named later): as written it tells nothing of the kind.
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->weak && surname_of(*it)) return &*it;
  }
  return nullptr;
}

const MentionTracker::Mention* MentionTracker::FindPersonAhead(
    std::string_view name) {
  if (article_ == nullptr) return nullptr;
  if (ahead_ == nullptr) {
    ahead_ = std::make_unique<MentionTracker>();
    for (const Sentence& sentence : *article_) ahead_->Observe(sentence.text);
  }
  const Mention* found = ahead_->FindName(name);
  if (found == nullptr || found->kind != SourceKind::kPerson) return nullptr;
  // A capitalised pair with no title is only taken for a person here when
  // it opens with a first name ("Donald Trump", not "Poor Mexico" or "Many
  // Democrats" in a later headline-cased sentence).
  return !found->weak || found->given != Gender::kUnknown ? found : nullptr;
}

void MentionTracker::Observe(std::string_view sentence) {
  ++sentence_;
  std::vector<Token> tokens = Tokenize(sentence);
  for (size_t i = 0; i < tokens.size();) {
    if (!IsNameWord(tokens[i]) || tokens[i].quoted) {
      // Every organization noun is a word token; marks never match.
      if (tokens[i].IsWord() && !tokens[i].quoted &&
          IsOrganizationWord(tokens[i].lower)) {
        ObserveOrganizationNoun(tokens, i);
      }
      ++i;
      continue;
    }
    size_t end = i;
    while (end < tokens.size() && IsNameWord(tokens[end])) ++end;
    // "Speaker of the House Nancy Pelosi", "Secretary of State X": the
    // portfolio after "of (the)" belongs to the title before it.
    const bool after_of =
        (i > 0 && tokens[i - 1].Is("of")) ||
        (i > 1 && tokens[i - 1].Is("the") && tokens[i - 2].Is("of"));
    while (after_of && i + 2 < end && IsPortfolioWord(tokens[i].lower)) ++i;
    size_t title = i;
    for (size_t j = i; j < end; ++j) {
      // "the British Prime Minister's wife": a title, possessive or not,
      // is no name ("Minister").
      if (IsPersonTitle(util::WithoutPossessive(tokens[j].lower)))
        title = j + 1;
    }
    bool role_before = i > 0 && IsPersonTitle(tokens[i - 1].lower);
    bool org = false;
    for (size_t j = i; j < end; ++j)
      org = org || IsOrganizationWord(tokens[j].lower);
    if (!org && title < end && (title > i || role_before) && end - title <= 4) {
      Gender gender = Gender::kUnknown;
      for (size_t j = i > 0 ? i - 1 : 0; j < title; ++j) {
        if (Gender g = GenderOfTitle(tokens[j].lower); g != Gender::kUnknown)
          gender = g;
      }
      std::string name = JoinWords(tokens, title, end);
      const std::string folded = Fold(name);
      // "Prime Minister X", "spokeswoman X": the title words as written.
      const size_t role_begin = role_before ? i - 1 : i;
      std::string role =
          ClassifySource(JoinWords(tokens, role_begin, end), false).role;
      Add(std::move(name), SourceKind::kPerson, "", false, gender);
      SetLastRole(folded, std::move(role), ModifiersBefore(tokens, role_begin));
      CountPronounAfter(tokens, end, folded);
    } else if (!org && title == i && !role_before && end - i >= 2 &&
               end - i <= 3 && !IsOpeningWord(tokens[i]) &&
               !(i > 0 && tokens[i - 1].Is("of"))) {  // "Secretary of State X"
      // Only what would be a person as a source: not "Washington Post",
      // nor a possessive phrase ("Putin's Russia").
      std::string name = JoinWords(tokens, i, end);
      bool possessive = false;
      for (size_t j = i; j + 1 < end; ++j) {
        possessive =
            possessive || util::WithoutPossessive(tokens[j].lower).size() <
                              tokens[j].lower.size();
      }
      if (!possessive &&
          ClassifySource(name, false).kind == SourceKind::kPerson) {
        const std::string folded = Fold(name);
        Add(std::move(name), SourceKind::kPerson, "", /*weak=*/true);
        CountPronounAfter(tokens, end, folded);
      }
    } else if (org) {
      std::string head;
      for (size_t j = i; j < end; ++j) {
        if (IsOrganizationWord(tokens[j].lower)) head = tokens[j].lower;
      }
      Add(JoinWords(tokens, i, end), SourceKind::kOrganization, head);
    } else if (end - i == 1 && !IsOpeningWord(tokens[i])) {
      // "Clinton called her vote a mistake, but she noted": a surname makes
      // the person it names the last one seen.
      const Mention* known = FindName(JoinWords(tokens, i, end));
      if (known != nullptr && known->kind == SourceKind::kPerson) {
        const std::string folded = known->folded;
        if (!known->weak) {
          Mention person = *known;
          Add(std::move(person.name), person.kind, std::move(person.head),
              false, person.gender);
        }
        CountPronounAfter(tokens, end, folded);
      }
    }
    i = end;
  }
}

void MentionTracker::Remember(const Attribution& attribution) {
  // A description left unresolved ("the senator") names nobody to come
  // back to.
  const bool description =
      attribution.source_kind == SourceKind::kPerson &&
      util::StartsWithIgnoreCase(attribution.source, "the ");
  if (attribution.source_kind != SourceKind::kAnonymous && !description) {
    Add(attribution.source, attribution.source_kind);
    SetLastRole(Fold(attribution.source), attribution.source_role);
  }
  const SourceKind kind = attribution.source_kind;
  const bool person = kind == SourceKind::kPerson ||
                      kind == SourceKind::kAnonymous ||
                      kind == SourceKind::kUnknown;
  const bool unnamed = person && attribution.via.empty() &&
                       IsOneUnnamedPerson(attribution.source);
  if (unnamed) {
    unnamed_speaker_ = attribution;
    unnamed_speaker_sentence_ = sentence_;
  } else if (attribution.source_kind == SourceKind::kPerson) {
    speaker_ = Fold(attribution.source);
    speaker_sentence_ = sentence_;
  }
  if (!attribution.via.empty() &&
      attribution.via_kind != SourceKind::kAnonymous) {
    Add(attribution.via, attribution.via_kind);
  }
  if (attribution.anonymous) {
    last_anonymous_ = attribution;
    has_anonymous_ = true;
  }
}

ResolvedSource MentionTracker::Resolve(const SourceInfo& info) {
  ResolvedSource out;
  out.source = info.name;
  out.kind = info.kind;
  out.anonymous = info.anonymous;
  out.role = info.role;
  std::string lower = Fold(info.name);
  const Mention* found = nullptr;
  if (lower == "he" || lower == "she") {
    const Gender gender = lower == "he" ? Gender::kMale : Gender::kFemale;
    // "Another passenger, who asked not to be named, said ... . “... .
    // ...,” she said.": the unnamed speaker of this or one of the two
    // sentences before (a quotation after it may run over two), if no
    // named person spoke since and the description does not say otherwise
    // ("a spokesman" is no "she").
    const bool unnamed_spoke_last =
        unnamed_speaker_sentence_ > speaker_sentence_ &&
        sentence_ - unnamed_speaker_sentence_ <= kUnnamedSpeakerReach;
    const Gender described = unnamed_spoke_last
                                 ? DescribedGender(unnamed_speaker_.source)
                                 : Gender::kUnknown;
    if (unnamed_spoke_last &&
        (described == Gender::kUnknown || described == gender)) {
      out.source = unnamed_speaker_.source;
      out.kind = unnamed_speaker_.source_kind;
      out.anonymous = unnamed_speaker_.anonymous;
      out.role = unnamed_speaker_.source_role;
      return out;
    }
    Mention* person = LastPerson(gender);
    // Learnt only from the safest case, the speaker of this or the sentence
    // before ("X said ... . “...,” she said."): a wrong guess would make the
    // other pronoun skip that person for the rest of the article.
    if (person != nullptr && person->folded == speaker_ &&
        sentence_ - speaker_sentence_ <= 1)
      ++(gender == Gender::kMale ? person->he : person->she);
    found = person;
  } else if (lower == "it") {
    found = Last(SourceKind::kOrganization);
    if (found == nullptr) found = Last(SourceKind::kOutlet);
  } else if (info.kind == SourceKind::kOutlet && info.reference) {
    found = Last(SourceKind::kOutlet);
  } else if (info.kind == SourceKind::kOrganization && info.reference &&
             util::StartsWithIgnoreCase(info.name, "the ")) {
    // "the company" -> the last organization named as a company.
    std::vector<std::string> words = util::FoldedWords(info.name);
    found = LastWithHead(words.back());
  } else if (info.kind == SourceKind::kPerson && info.reference &&
             util::StartsWithIgnoreCase(info.name, "the ")) {
    // "the Republican nominee" -> the last person named with that title
    // whose role agrees with "Republican".
    std::vector<std::string> words = util::Words(info.name);
    found = LastWithRole(BareWord(words.back()), words);
  } else if (info.kind == SourceKind::kAnonymous && info.reference &&
             has_anonymous_) {
    out.source = last_anonymous_.source;
    out.kind = last_anonymous_.source_kind;
    out.via = last_anonymous_.via;
    out.via_kind = last_anonymous_.via_kind;
    out.anonymous = true;
    return out;
  } else if (info.kind != SourceKind::kAnonymous) {
    std::string bare = info.name;
    if (util::StartsWithIgnoreCase(bare, "the ")) bare = bare.substr(4);
    found = FindName(bare, info.kind == SourceKind::kOutlet);
    // "Al-Hadtah" after "Al-Hadath": a typo keeps its spelling, takes the kind.
    const Mention* similar = found == nullptr ? FindMisspelt(bare) : nullptr;
    if (similar != nullptr) out.kind = similar->kind;
    const bool lone_name =
        (info.reference && info.kind == SourceKind::kOrganization) ||
        info.kind_from_cue;
    if (found == nullptr && similar == nullptr && lone_name &&
        bare.find(' ') == std::string::npos)
      found = FindPersonAhead(bare);
  }
  if (found != nullptr) {
    // The same name spelled alike keeps its spelling and takes the kind,
    // unless this mention shows it is an outlet ("news agency X").
    if (found->folded != Fold(info.name)) out.source = found->name;
    if (info.kind != SourceKind::kOutlet ||
        (info.kind_from_cue && found->kind == SourceKind::kPerson))
      out.kind = found->kind;
    if (out.role.empty() && out.kind == SourceKind::kPerson)
      out.role = found->role;
  } else if (IsPronoun(info.name)) {
    out.unresolved = true;
  }
  return out;
}

}  // namespace corroborate::analyze

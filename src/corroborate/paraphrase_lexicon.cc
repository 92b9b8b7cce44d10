// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/paraphrase_lexicon.h"

#include <algorithm>
#include <iterator>

#include "link/stopwords.h"
#include "util/text.h"

namespace corroborate::corroborate {
namespace {

struct Group {
  const char* key;
  std::vector<const char*> members;
};

// Concept groups of general news vocabulary. A member is a word (matched by
// its stem, so inflections follow) or a phrase of folded words.
const std::vector<Group>& ConceptGroups() {
  static const auto* groups = new std::vector<Group>{
      {"#permit",
       {"allow", "let", "permit", "permission", "approve", "approval",
        "authorize", "authorise", "authorization", "authorisation", "consent",
        "green light", "greenlight", "go-ahead", "go ahead", "sanction",
        "blessing", "clearance"}},
      {"#agree",
       {"agree", "agreed", "agreement", "understanding", "deal", "accord",
        "pact"}},
      {"#attack",
       {"attack", "strike", "struck", "airstrike", "air strike", "raid", "bomb",
        "bombing", "bombard", "shell", "shelling", "hit", "assault",
        "offensive", "target"}},
      {"#explode",
       {"explosion", "blast", "explode", "exploded", "detonation", "detonate",
        "blew"}},
      {"#depot",
       {"depot", "warehouse", "storage", "arsenal", "stockpile", "store",
        "storehouse"}},
      {"#weapon",
       {"weapon", "arms", "munition", "munitions", "ammunition", "explosives",
        "missile", "rocket"}},
      {"#base",
       {"base", "installation", "facility", "compound", "outpost", "camp"}},
      {"#militia",
       {"militia", "paramilitary", "armed group", "militant", "faction",
        "fighters"}},
      {"#military",
       {"military", "army", "troops", "soldiers", "forces", "armed forces"}},
      {"#confirm", {"confirm", "acknowledge", "admit", "verify"}},
      {"#deny", {"deny", "denial", "reject", "refute", "dismiss"}},
      {"#warn", {"warn", "warning", "caution", "threaten"}},
      {"#inform", {"inform", "notify", "brief", "tell", "told"}},
      {"#imminent", {"imminent", "impending", "soon", "shortly"}},
      {"#kill",
       {"kill", "dead", "death", "die", "died", "fatal", "fatality",
        "killing"}},
      {"#injure", {"injure", "injury", "wound", "wounded", "hurt"}},
      {"#drone", {"drone", "uav", "unmanned"}},
      {"#arrest", {"arrest", "detain", "detention", "apprehend", "custody"}},
      {"#resign",
       {"resign", "resignation", "quit", "step down", "stepped down"}},
      {"#acquire",
       {"acquire", "acquisition", "buy", "purchase", "takeover", "take over",
        "bought"}},
      {"#merge", {"merge", "merger", "combine", "combination", "tie-up"}},
      {"#begin", {"begin", "began", "start", "launch", "commence", "initiate"}},
      {"#build", {"build", "built", "construct", "construction", "erect"}},
      {"#plan", {"plan", "intend", "intention", "prepare", "aim"}},
      {"#talks", {"talks", "negotiation", "negotiate", "discussion"}},
      {"#elect", {"elect", "election", "vote", "ballot", "poll"}},
      {"#sue", {"sue", "lawsuit", "litigation"}},
      {"#fire", {"fire", "blaze", "flame", "burn"}},
      {"#government",
       {"government", "administration", "authorities", "cabinet", "regime"}},
  };
  return *groups;
}

// Country key, then its names, adjectives, abbreviations, capital and seat
// of government (metonymy: "Moscow said" means the Russian government).
const std::vector<Group>& Countries() {
  static const auto* countries = new std::vector<Group>{
      {"us",
       {"united states", "united states of america", "us", "u s", "usa",
        "u s a", "america", "american", "americans", "washington",
        "white house", "pentagon"}},
      {"uk",
       {"united kingdom", "uk", "u k", "britain", "great britain", "british",
        "london", "downing street"}},
      {"russia",
       {"russia", "russian", "russians", "russian federation", "moscow",
        "kremlin"}},
      {"china", {"china", "chinese", "beijing", "prc"}},
      {"france", {"france", "french", "paris", "elysee"}},
      {"germany", {"germany", "german", "germans", "berlin"}},
      {"italy", {"italy", "italian", "rome"}},
      {"spain", {"spain", "spanish", "madrid"}},
      {"japan", {"japan", "japanese", "tokyo"}},
      {"india", {"india", "indian", "new delhi", "delhi"}},
      {"pakistan", {"pakistan", "pakistani", "islamabad"}},
      {"iran", {"iran", "iranian", "iranians", "tehran", "teheran"}},
      {"iraq", {"iraq", "iraqi", "iraqis", "baghdad"}},
      {"syria", {"syria", "syrian", "syrians", "damascus"}},
      {"israel",
       {"israel", "israeli", "israelis", "jerusalem", "jewish state"}},
      {"turkey", {"turkey", "turkish", "ankara", "turkiye"}},
      {"saudi", {"saudi arabia", "saudi", "saudis", "riyadh"}},
      {"egypt", {"egypt", "egyptian", "cairo"}},
      {"lebanon", {"lebanon", "lebanese", "beirut"}},
      {"jordan", {"jordan", "jordanian", "amman"}},
      {"qatar", {"qatar", "qatari", "doha"}},
      {"uae", {"united arab emirates", "uae", "emirati", "abu dhabi"}},
      {"yemen", {"yemen", "yemeni", "sanaa"}},
      {"afghanistan", {"afghanistan", "afghan", "kabul"}},
      {"ukraine", {"ukraine", "ukrainian", "kyiv", "kiev"}},
      {"poland", {"poland", "polish", "warsaw"}},
      {"canada", {"canada", "canadian", "ottawa"}},
      {"mexico", {"mexico", "mexican", "mexico city"}},
      {"brazil", {"brazil", "brazilian", "brasilia"}},
      {"argentina", {"argentina", "argentine", "argentinian", "buenos aires"}},
      {"australia", {"australia", "australian", "canberra"}},
      {"south korea", {"south korea", "south korean", "seoul"}},
      {"north korea", {"north korea", "north korean", "pyongyang", "dprk"}},
      {"norway", {"norway", "norwegian", "oslo"}},
      {"sweden", {"sweden", "swedish", "stockholm"}},
      {"denmark", {"denmark", "danish", "copenhagen"}},
      {"finland", {"finland", "finnish", "helsinki"}},
      {"iceland", {"iceland", "icelandic", "reykjavik"}},
      {"netherlands", {"netherlands", "dutch", "amsterdam", "the hague"}},
      {"belgium", {"belgium", "belgian", "brussels"}},
      {"greece", {"greece", "greek", "athens"}},
      {"cyprus", {"cyprus", "cypriot", "nicosia"}},
      {"nigeria", {"nigeria", "nigerian", "abuja"}},
      {"kenya", {"kenya", "kenyan", "nairobi"}},
      {"south africa", {"south africa", "south african", "pretoria"}},
      {"venezuela", {"venezuela", "venezuelan", "caracas"}},
      {"taiwan", {"taiwan", "taiwanese", "taipei"}},
      {"vietnam", {"vietnam", "vietnamese", "hanoi"}},
      {"indonesia", {"indonesia", "indonesian", "jakarta"}},
      {"libya", {"libya", "libyan", "tripoli"}},
      {"sudan", {"sudan", "sudanese", "khartoum"}},
      {"ethiopia", {"ethiopia", "ethiopian", "addis ababa"}},
  };
  return *countries;
}

// A concept within this many words after a negator is negated: "would not
// allow" is "!#permit", so it does not match "allowed". Three words covers
// "did not publicly confirm", "has not yet been confirmed".
constexpr size_t kNegationReach = 3;

bool IsNegator(const std::string& w) {
  return w == "not" || w == "never" || w == "no" || w == "n't" ||
         w.ends_with("n't") || w == "nor" || w == "neither" || w == "without";
}

// Numbers and months pin a claim to its facts ("July 19", "$4 billion");
// they get the "#" of concept terms, and with it their weight.
bool IsFactWord(const std::string& w) {
  static const char* const kMonths[] = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (!w.empty() && std::all_of(w.begin(), w.end(),
                                [](char c) { return c >= '0' && c <= '9'; })) {
    return true;
  }
  return std::find(std::begin(kMonths), std::end(kMonths), w) !=
         std::end(kMonths);
}

size_t WordCount(std::string_view phrase) {
  return static_cast<size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
}

// Splits hyphenated words ("Iran-backed" -> "Iran", "backed") and drops a
// possessive "'s".
std::vector<std::string> SplitWords(std::string_view text,
                                    std::vector<bool>* upper,
                                    std::vector<bool>* capital) {
  std::vector<std::string> out;
  for (const std::string& word : util::Words(text)) {
    // "London-based", "Saudi-owned" describe a party; they are not content.
    const std::string folded = util::FoldAccents(word);
    if (folded.ends_with("-based") || folded.ends_with("-owned")) continue;
    size_t start = 0;
    while (start <= word.size()) {
      size_t end = word.find('-', start);
      if (end == std::string::npos) end = word.size();
      std::string part(util::WithoutPossessive(
          std::string_view(word).substr(start, end - start)));
      if (!part.empty()) {
        upper->push_back(part.size() >= 2 &&
                         std::all_of(part.begin(), part.end(), [](char c) {
                           return c >= 'A' && c <= 'Z';
                         }));
        capital->push_back(part[0] >= 'A' && part[0] <= 'Z');
        out.push_back(util::FoldAccents(part));
      }
      start = end + 1;
    }
  }
  return out;
}

}  // namespace

ParaphraseLexicon::ParaphraseLexicon() {
  for (const Group& g : Countries()) {
    for (const char* name : g.members) {
      countries_.emplace(name, std::string("#c:") + g.key);
      NotePhrase(name);
    }
  }
  for (const Group& g : ConceptGroups()) {
    for (const char* member : g.members) {
      const std::string m(member);
      const bool phrase = m.find_first_of(" -") != std::string::npos;
      concepts_.emplace(phrase ? m : stemmer_.Stem(m), g.key);
      NotePhrase(m);
    }
  }
}

void ParaphraseLexicon::NotePhrase(std::string_view phrase) {
  const size_t words = WordCount(phrase);
  longest_phrase_ = std::max(longest_phrase_, words);
  if (words > 1) phrase_starts_.emplace(phrase.substr(0, phrase.find(' ')));
}

std::string ParaphraseLexicon::CountryKey(std::string_view folded) const {
  auto it = countries_.find(std::string(folded));
  return it == countries_.end() ? "" : it->second;
}

std::string ParaphraseLexicon::MatchPhrase(
    const std::vector<std::string>& words, size_t i, size_t* length) {
  if (!phrase_starts_.contains(words[i])) return "";
  for (size_t n = std::min(longest_phrase_, words.size() - i); n >= 2; --n) {
    std::string phrase = words[i];
    for (size_t k = 1; k < n; ++k) phrase += " " + words[i + k];
    if (auto it = countries_.find(phrase); it != countries_.end()) {
      *length = n;
      return it->second;
    }
    if (auto it = concepts_.find(phrase); it != concepts_.end()) {
      *length = n;
      return it->second;
    }
  }
  return "";
}

std::vector<std::string> ParaphraseLexicon::Terms(std::string_view text) {
  return Terms(text, nullptr);
}

std::vector<std::string> ParaphraseLexicon::Terms(std::string_view text,
                                                  std::vector<bool>* proper) {
  std::vector<std::string> terms;
  for (LexToken& t : Tokens(text)) {
    if (t.term.empty()) continue;
    if (proper != nullptr) proper->push_back(t.proper);
    terms.push_back(std::move(t.term));
  }
  return terms;
}

std::vector<LexToken> ParaphraseLexicon::Tokens(std::string_view text) {
  std::vector<bool> upper, capital;
  const std::vector<std::string> words = SplitWords(text, &upper, &capital);
  std::vector<LexToken> tokens;
  size_t last_negator = std::string::npos;
  for (size_t i = 0; i < words.size();) {
    if (IsNegator(words[i])) last_negator = i;
    size_t length = 1;
    std::string term = MatchPhrase(words, i, &length);
    if (term.empty() && IsFactWord(words[i])) term = "#" + words[i];
    if (term.empty()) {
      const std::string& w = words[i];
      // "US" written in capitals is the country; "us" is a pronoun.
      const bool pronoun = w == "us" && !upper[i];
      if (!pronoun) term = CountryKey(w);
      if (term.empty() && !link::IsStopword(w) && w.size() > 1) {
        const std::string stem = stemmer_.Stem(w);
        auto it = concepts_.find(stem);
        term = it != concepts_.end() ? it->second : stem;
      }
    }
    const bool negated =
        last_negator != std::string::npos && i - last_negator <= kNegationReach;
    if (negated && term.starts_with("#") && !term.starts_with("#c:"))
      term = "!" + term;
    LexToken token;
    token.word = words[i];
    for (size_t k = 1; k < length; ++k) token.word += " " + words[i + k];
    // A capitalised plain word is a name, except the first word of the
    // sentence unless a second capitalised word follows ("Keller Works").
    const bool named =
        capital[i] && (i > 0 || (i + 1 < words.size() && capital[i + 1]));
    token.proper = !term.empty() && named && !term.starts_with("#") &&
                   !term.starts_with("!#");
    token.term = std::move(term);
    tokens.push_back(std::move(token));
    i += length;
  }
  return tokens;
}

}  // namespace corroborate::corroborate

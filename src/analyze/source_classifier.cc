// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/source_classifier.h"

#include <vector>

#include "analyze/cue_lexicon.h"
#include "analyze/given_names.h"
#include "analyze/sentence_opening.h"
#include "analyze/tokenizer.h"
#include "util/text.h"
#include "util/word_set.h"

namespace corroborate::analyze {
namespace {

using util::WordSet;

// Nouns that describe a news organisation ("newspaper X", "the paper").
const WordSet kOutletWords = {"newspaper", "paper",   "daily",    "outlet",
                              "outlets",   "agency",  "tv",       "television",
                              "channel",   "website", "site",     "broadcaster",
                              "network",   "radio",   "magazine", "tabloid",
                              "weekly",    "station", "newswire", "media"};
// Last words of outlet names ("the X Times") and wire services known to
// every English news reader.
const WordSet kOutletNameWords = {
    "times",    "post",      "journal",   "news",      "tribune",  "herald",
    "gazette",  "telegraph", "guardian",  "press",     "daily",    "reuters",
    "ap",       "afp",       "bloomberg", "cnn",       "bbc",      "interfax",
    "tass",     "xinhua",    "npr",       "axios",     "politico", "msnbc",
    "agency",   "courier",   "ledger",    "chronicle", "observer", "examiner",
    "inquirer", "dispatch",  "bulletin",  "wire",      "monitor"};
// Heads of phrases naming unnamed people ("a senior official", "sources").
const WordSet kAnonymousHeads = {
    "official",    "officials", "source",    "sources",  "diplomat",
    "diplomats",   "member",    "members",   "aide",     "aides",
    "person",      "people",    "insider",   "insiders", "analyst",
    "analysts",    "expert",    "experts",   "critics",  "witnesses",
    "witness",     "residents", "observers", "someone",  "officer",
    "officers",    "lawmakers", "staffers",  "employee", "employees",
    "individuals", "figures",   "adviser",   "advisers", "spokesperson"};
const WordSet kDocumentWords = {
    "statement",  "report",     "reports",    "letter",        "post",
    "study",      "survey",     "document",   "documents",     "memo",
    "filing",     "communique", "release",    "tweet",         "analysis",
    "article",    "poll",       "assessment", "investigation", "summary",
    "transcript", "estimate",   "estimates",  "breakdown",     "inspection",
    "review",     "audit",      "inquiry",    "findings",      "tally",
    "forecast",   "projection", "ruling",     "indictment",    "lawsuit",
    "complaint"};

// True iff a document word is followed by a participle or a "by" that
// describes it ("a statement released by the ministry", "a preliminary
// breakdown shared by engineers"): the phrase names the document.
bool HasDocumentBeforeTail(const std::vector<Token>& words) {
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const Token& next = words[i + 1];
    const bool tail =
        !next.IsCapitalized() &&
        (next.lower.ends_with("ed") || next.Is("by") || next.Is("shared") ||
         next.Is("seen") || next.Is("shown"));
    if (kDocumentWords.count(words[i].lower) && tail) return true;
  }
  return false;
}
// True iff the word is one of kAnonymousHeads in the singular ("analyst",
// "officer"): before a name, a role like a title ("Political analyst X").
bool IsSingularRoleNoun(std::string_view lower_word) {
  return kAnonymousHeads.count(lower_word) > 0 && !lower_word.ends_with("s");
}

const WordSet kImageryWords = {"images",   "imagery",  "photos", "photographs",
                               "footage",  "video",    "videos", "data",
                               "pictures", "satellite"};
const WordSet kOrganizationWords = {
    "government",   "ministry",    "army",      "military",    "police",
    "company",      "group",       "council",   "agency",      "committee",
    "office",       "department",  "court",     "party",       "coalition",
    "alliance",     "militia",     "militias",  "authorities", "forces",
    "command",      "corporation", "inc.",      "union",       "organization",
    "organisation", "guard",       "authority", "bank",        "administration",
    "campaign",     "parliament",  "congress",  "senate",      "cabinet",
    "embassy",      "commission",  "institute", "university",  "foundation",
    "fund",         "pentagon",    "kremlin",   "movement",    "board",
    "assembly",     "service",     "services",  "firm",        "spokesman"};
const WordSet kPersonTitles = {
    "minister", "president", "prime", "col.", "gen.", "general", "major", "mr.",
    "mrs.", "ms.", "dr.", "sen.", "senator", "rep.", "gov.", "governor", "king",
    "queen", "pope", "judge", "ambassador", "secretary", "chancellor",
    "spokesman", "spokeswoman", "adviser", "advisor", "chief", "director",
    "commander", "lt.", "sgt.", "capt.", "adm.", "prof.", "professor", "mayor",
    "premier", "leader", "candidate", "nominee", "lawyer", "attorney",
    "colonel", "lieutenant", "captain", "sheikh", "emir", "crown", "prince",
    "justice", "staff", "gen", "sen", "rep", "gov", "speaker",
    // British style writes these without the dot ("Mr Comte").
    "mr", "mrs", "ms", "dr", "spokesperson", "deputy", "chairman", "chairwoman",
    "ceo",
    // People of the media, before their names after an outlet word ("talk
    // radio host X", "newspaper columnist X"): a person, not the outlet.
    "host", "anchor", "columnist", "commentator", "correspondent", "reporter",
    "editor", "journalist", "presenter", "pundit",
    // Professions written before names ("Paris prosecutor X", "Republican
    // strategist X", "pollster X").
    "prosecutor", "strategist", "pollster", "consultant", "economist",
    "historian", "activist", "founder", "executive", "commissioner", "sheriff",
    "superintendent"};

std::vector<Token> Words(std::string_view phrase) {
  std::vector<Token> words;
  for (Token& token : Tokenize(phrase)) {
    if (token.IsWord()) words.push_back(std::move(token));
  }
  return words;
}

// Joins words [begin, end) with single spaces.
std::string Join(const std::vector<Token>& words, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end && i < words.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += words[i].text;
  }
  return out;
}

// The capitalized run at the end of `words`, or "" ("Saudi-owned newspaper
// Asharq al-Awsat" -> "Asharq al-Awsat"; lower-case particles such as "al-"
// inside the run are kept).
// "the", "London-based", "Saudi-owned": descriptors before a name.
bool IsNameDescriptor(const Token& word) {
  for (std::string_view suffix :
       {"-based", "-owned", "-run", "-language", "-backed", "-funded"}) {
    if (word.lower.ends_with(suffix)) return true;
  }
  return word.Is("the");
}

// The first word of the capitalized run that ends `words`, at or after
// `from` (see TrailingName).
size_t TrailingNameStart(const std::vector<Token>& words, size_t from) {
  // Lower-case particles inside a name ("Bill de Blasio", "Ursula von der
  // Leyen"), kept when a capitalised word stands before them.
  static const WordSet kParticles = {"de",  "da", "di",  "van", "von", "der",
                                     "den", "du", "del", "la",  "le",  "bin"};
  size_t begin = words.size();
  while (begin > from) {
    const Token& word = words[begin - 1];
    bool particle = kParticles.count(word.lower) > 0 && begin < words.size() &&
                    begin - 1 > from;
    if (!word.IsNameLike() && !particle &&
        !(word.text[0] >= '0' && word.text[0] <= '9'))
      break;
    --begin;
  }
  // A lower-case particle cannot open the name ("La Ventana" can).
  while (begin < words.size() && !words[begin].IsCapitalized() &&
         kParticles.count(words[begin].lower))
    ++begin;
  // "Secretary of State X", "Speaker of the House X": the portfolio is
  // part of the title.
  const bool of = begin > 0 && words[begin - 1].Is("of");
  const bool of_the =
      begin > 1 && words[begin - 1].Is("the") && words[begin - 2].Is("of");
  if (of || of_the) {
    while (begin + 1 < words.size() && IsPortfolioWord(words[begin].lower))
      ++begin;
  }
  while (begin < words.size() && IsNameDescriptor(words[begin])) ++begin;
  return begin;
}

std::string TrailingName(const std::vector<Token>& words, size_t from) {
  return Join(words, TrailingNameStart(words, from), words.size());
}

// The first word after leading descriptors.
size_t SkipDescriptors(const std::vector<Token>& words) {
  size_t begin = 0;
  while (begin < words.size() && IsNameDescriptor(words[begin])) ++begin;
  return begin;
}

// The role written before a name that starts at words[name_begin]
// ("court spokeswoman", "Secretary of State"): the words before it after a
// leading article and before trailing honorifics ("minister of the economy
// Mr. X"); "" unless they hold a title, so "Mr." and the "If" of "If Mr. X"
// are no role, and "" when they end in a preposition ("a spokeswoman for
// X": X is no spokeswoman).
std::string RoleBefore(const std::vector<Token>& words, size_t name_begin) {
  static const WordSet kHonorifics = {"mr.", "mrs.", "ms.", "mr",   "mrs",
                                      "ms",  "miss", "sir", "dame", "madam"};
  static const WordSet kPrepositions = {"for",  "of",   "to", "at",
                                        "with", "from", "by"};
  size_t begin = SkipDescriptors(words);
  // "In January outgoing army chief X": an opening adverbial is no role.
  while (begin < name_begin &&
         (words[begin].Is("a") || words[begin].Is("an") ||
          IsLeadIn(words[begin]) || IsTimeWord(words[begin])))
    ++begin;
  size_t end = name_begin;
  while (end > begin && kHonorifics.count(words[end - 1].lower)) --end;
  if (end == begin || kPrepositions.count(words[end - 1].lower)) return "";
  // ("Political analyst X": a role noun right before the name is a title.)
  bool title = IsSingularRoleNoun(words[end - 1].lower);
  for (size_t i = begin; i < end; ++i)
    title = title || (IsPersonTitle(words[i].lower) &&
                      !kHonorifics.count(words[i].lower));
  return title ? Join(words, begin, end) : "";
}

// "Arabic", "Iraqi", "Kenyan", "Chinese", "British", "French": nationality and
// language adjectives, told apart from names by their English suffixes.
bool IsNationalityAdjective(const Token& word) {
  // "French", "Dutch", "Czech"; and a few that no suffix tells.
  static const util::WordSet kOthers = {"greek", "swiss", "thai", "scots"};
  for (std::string_view suffix : {"ic", "ian", "ese", "ish", "i", "an", "ch"}) {
    if (word.lower.ends_with(suffix)) return true;
  }
  return kOthers.count(word.lower) > 0;
}

bool AllCapitalized(const std::vector<Token>& words, size_t begin) {
  for (size_t i = begin; i < words.size(); ++i) {
    if (!words[i].IsNameLike()) return false;
  }
  return begin < words.size();
}

// Anonymous: an anonymous head with no name after it, except inside an "of
// X's ..." or "in X" complement ("a member of Iraq's defense cabinet").
bool IsAnonymous(const std::vector<Token>& words) {
  size_t head = words.size();
  for (size_t i = 0; i < words.size(); ++i) {
    if (kAnonymousHeads.count(words[i].lower)) {
      head = i;
      break;
    }
  }
  if (head == words.size()) return false;
  for (size_t i = head + 1; i < words.size(); ++i) {
    if (words[i].Is("of") || words[i].Is("in") || words[i].Is("from") ||
        words[i].Is("with") || words[i].Is("at") || words[i].Is("familiar") ||
        words[i].Is("close")) {
      return true;
    }
    if (words[i].IsCapitalized()) return false;
  }
  return true;
}

SourceInfo Make(std::string name, SourceKind kind, bool anonymous = false) {
  SourceInfo info;
  info.name = std::move(name);
  info.kind = kind;
  info.anonymous = anonymous;
  return info;
}

// Outlets named by a descriptor ("TV channel X") or by their name pattern.
bool ClassifyOutlet(const std::vector<Token>& words, bool reporting,
                    SourceInfo* info) {
  for (size_t i = 0; i < words.size(); ++i) {
    // Descriptors are lower case ("newspaper X"); "Daily" or "Radio" in
    // capitals is part of a name. "TV" is the exception.
    bool descriptor = kOutletWords.count(words[i].lower) &&
                      (!words[i].IsCapitalized() || words[i].text == "TV");
    if (!descriptor) continue;
    // "talk radio host X": X is the host, a person.
    for (size_t j = i + 1; j < words.size(); ++j) {
      if (IsPersonTitle(words[j].lower) && !words[j].IsCapitalized())
        return false;
    }
    std::string name = TrailingName(words, i + 1);
    if (!name.empty()) {
      *info = Make(name, SourceKind::kOutlet);
      return true;
    }
    if (i + 1 == words.size()) {
      // "the Xinhua news agency": the name before the descriptor.
      size_t end = i;
      while (end > 0 && !words[end - 1].IsNameLike()) --end;
      bool indefinite = words[0].Is("a") || words[0].Is("an");
      bool adjective = end > 0 && IsNationalityAdjective(words[end - 1]);
      std::string before =
          indefinite || adjective
              ? ""
              : TrailingName(
                    std::vector<Token>(words.begin(), words.begin() + end), 0);
      *info = Make(before.empty() ? Join(words, 0, words.size()) : before,
                   SourceKind::kOutlet);
      info->reference = before.empty() && words[0].Is("the");
      return true;
    }
  }
  std::string name = TrailingName(words, 0);
  if (name.empty() || !AllCapitalized(words, SkipDescriptors(words)))
    return false;
  const Token& last = words.back();
  bool named = kOutletNameWords.count(last.lower) > 0;
  bool acronym = words.size() <= 2 && util::IsAcronym(last.text) && reporting;
  if (!named && !acronym && !(reporting && words.size() <= 4)) return false;
  *info = Make(name, SourceKind::kOutlet);
  info->kind_from_cue = !named && !acronym;
  return true;
}

}  // namespace

bool IsPronoun(std::string_view phrase) {
  static const WordSet kPronouns = {"he", "she", "it", "they",
                                    "we", "i",   "you"};
  std::vector<Token> words = Words(phrase);
  return words.size() == 1 && kPronouns.count(words[0].lower) > 0;
}

std::string Initials(std::string_view name) {
  std::string out;
  for (const Token& word : Words(name)) {
    if (word.IsCapitalized()) out += word.text[0];
  }
  return out;
}

bool IsPersonTitle(std::string_view word) {
  return kPersonTitles.count(word) > 0;
}

bool IsOrganizationWord(std::string_view word) {
  return kOrganizationWords.count(word) > 0;
}

namespace {

// First words of many place names and few people's: compass points,
// "New", "United", "Saudi", Spanish articles ("Los Angeles", "El Salvador").
bool IsPlaceOpening(const Token& word) {
  static const WordSet kWords = {"north",  "south", "east",   "west",  "new",
                                 "united", "saudi", "san",    "los",   "las",
                                 "el",     "sri",   "hong",   "costa", "great",
                                 "upper",  "lower", "central"};
  return kWords.count(word.lower) > 0;
}

// Person, organization or unknown, for a phrase that is no outlet,
// document, imagery or anonymous party.
SourceInfo ClassifyNamed(const std::vector<Token>& words,
                         const std::string& written) {
  // The name after the last title: "army spokesman Major General X Y" -> "X Y",
  // "Rep. X Y of Maryland" -> "X Y" (the run right after the title, when
  // there is one, else the last run: "Secretary of State X Y").
  // ("Political analyst Marina Juric", "duty officer Ana Cho": a role noun
  // of kAnonymousHeads in the singular before a name is a title too.)
  for (size_t i = words.size() - 1; i-- > 0;) {
    const std::string& lower = words[i].lower;
    const bool role = IsSingularRoleNoun(lower) && words[i + 1].IsNameLike();
    if (!IsPersonTitle(lower) && !role) continue;
    size_t run_end = i + 1;
    while (run_end < words.size() && words[run_end].IsNameLike()) ++run_end;
    const bool of_place =
        run_end > i + 1 && run_end < words.size() && words[run_end].Is("of");
    const size_t name_begin =
        of_place ? i + 1 : TrailingNameStart(words, i + 1);
    std::string name =
        Join(words, name_begin, of_place ? run_end : words.size());
    bool org = false;
    for (const Token& word : Words(name))
      org = org || IsOrganizationWord(word.lower);
    if (!name.empty() && !org) {
      SourceInfo person = Make(name, SourceKind::kPerson);
      person.role = RoleBefore(words, name_begin);
      return person;
    }
    break;
  }
  // "a city councillor in Davao, Jun Abellana": a description, a comma and
  // the name it describes.
  if (const size_t comma = written.rfind(',');
      comma != std::string::npos && !words[0].IsCapitalized()) {
    const std::vector<Token> tail =
        Words(std::string_view(written).substr(comma));
    bool names = tail.size() >= 2 && tail.size() <= 3;
    for (const Token& word : tail) names = names && word.IsNameLike();
    if (names) {
      SourceInfo person = Make(Join(tail, 0, tail.size()), SourceKind::kPerson);
      person.role = util::Trim(std::string_view(written).substr(0, comma));
      return person;
    }
  }
  // "Sabine Roth of Bankhaus Lindner", "Ana Cho at the Central Bank": a
  // first name and a surname before where the person works (whose name
  // may hold an organization word).
  size_t run_end = 0;
  while (run_end < words.size() && words[run_end].IsNameLike()) ++run_end;
  if ((run_end == 2 || run_end == 3) && run_end < words.size() &&
      (words[run_end].Is("of") || words[run_end].Is("at") ||
       words[run_end].Is("from")) &&
      SexOfGivenName(words[0].lower) != GivenNameSex::kUnknown)
    return Make(Join(words, 0, run_end), SourceKind::kPerson);
  // "The Vermont senator", "the mayor": a person by role, named before.
  if (words.size() >= 2 && words[0].Is("the") &&
      IsPersonTitle(words.back().lower) && !words.back().IsNameLike()) {
    SourceInfo role = Make(written, SourceKind::kPerson);
    role.reference = true;
    return role;
  }
  for (const Token& word : words) {
    if (!IsOrganizationWord(word.lower)) continue;
    SourceInfo org = Make(written, SourceKind::kOrganization);
    // "the company", "the ministry": a short reference to the last one.
    org.reference =
        words.size() <= 3 && words[0].Is("the") && !words.back().IsNameLike();
    return org;
  }
  if (words.size() >= 2 && words.size() <= 4 && AllCapitalized(words, 0) &&
      !words[0].Is("the")) {
    // "North Korea", "New Zealand", "Saudi Arabia": a country speaking.
    return Make(written, IsPlaceOpening(words[0]) ? SourceKind::kOrganization
                                                  : SourceKind::kPerson);
  }
  if (words.size() == 1 && words[0].IsCapitalized()) {
    // A lone name: a surname to resolve, or a country or body speaking.
    SourceInfo lone = Make(written, SourceKind::kOrganization);
    lone.reference = true;
    return lone;
  }
  return Make(written, words[0].IsCapitalized() ? SourceKind::kOrganization
                                                : SourceKind::kUnknown);
}

}  // namespace

SourceInfo ClassifySource(std::string_view phrase, bool reporting) {
  std::vector<Token> words = Words(phrase);
  if (words.empty()) return {};
  std::string written = util::Trim(phrase);
  if (IsPronoun(phrase) || IsAnonymous(words)) {
    bool pronoun = IsPronoun(phrase);
    SourceInfo info =
        Make(pronoun ? words[0].text : written,
             pronoun ? SourceKind::kUnknown : SourceKind::kAnonymous, !pronoun);
    info.reference = pronoun || words[0].Is("the");
    return info;
  }
  // "The NYT report added": the report stands for its publisher. Written
  // with a capital it is part of the name ("The New York Post").
  if (words.size() >= 2 && kDocumentWords.count(words.back().lower) &&
      !words.back().IsCapitalized() &&
      words[words.size() - 2].IsCapitalized()) {
    words.pop_back();
  }
  // "the NYT": an acronym to expand from the names seen before.
  size_t first = words[0].Is("the") ? 1 : 0;
  if (words.size() == first + 1 && util::IsAcronym(words.back().text)) {
    SourceInfo acronym =
        Make(words.back().text,
             reporting ? SourceKind::kOutlet : SourceKind::kOrganization);
    acronym.reference = true;
    return acronym;
  }
  SourceInfo info;
  if (ClassifyOutlet(words, reporting, &info)) return info;
  const std::string& head = words.back().lower;
  if (kDocumentWords.count(head) || HasDocumentBeforeTail(words))
    return Make(written, SourceKind::kDocument);
  if (kImageryWords.count(head)) return Make(written, SourceKind::kImagery);
  // "a senior engineer", "an aid worker", "another passenger": one unnamed
  // person by role.
  if ((words[0].Is("a") || words[0].Is("an") || words[0].Is("another")) &&
      !words.back().IsNameLike()) {
    return Make(written, SourceKind::kAnonymous, true);
  }
  return ClassifyNamed(words, written);
}

// Government portfolios that end "Secretary of X", "Minister of X" before
// the name: "Secretary of State John Kerry" -> "John Kerry".
bool IsPortfolioWord(std::string_view lower_word) {
  static const WordSet kWords = {
      "state",     "defense",  "defence",   "homeland",       "security",
      "justice",   "treasury", "labor",     "labour",         "commerce",
      "energy",    "health",   "education", "interior",       "agriculture",
      "transport", "finance",  "foreign",   "affairs",        "trade",
      "economy",   "housing",  "veterans",  "transportation", "house",
      "senate",    "assembly"};
  return kWords.count(lower_word) > 0;
}

}  // namespace corroborate::analyze

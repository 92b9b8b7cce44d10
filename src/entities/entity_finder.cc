// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "entities/entity_finder.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>

#include "entities/common_words.h"
#include "entities/lexicon.h"
#include "entities/name_matcher.h"
#include "entities/place_resolver.h"
#include "entities/token_scanner.h"

namespace corroborate::entities {
namespace {

// Confidences per rule: hand-set, ordered by how often each rule was right
// on the texts of tests/entities (no corpus was large enough to fit them).
constexpr double kCountryConfidence = 0.95;
constexpr double kTitledPersonConfidence = 0.9;
constexpr double kHeadNounConfidence = 0.85;
constexpr double kPlaceConfidence = 0.8;
constexpr double kSpeakerConfidence = 0.75;
constexpr double kMetonymyConfidence = 0.7;
constexpr double kContextPlaceConfidence = 0.55;
constexpr double kFallbackPersonConfidence = 0.5;
constexpr double kOtherConfidence = 0.4;

std::string Lower(std::string_view w) {
  std::string out;
  for (char c : w) {
    if (c == '.') continue;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

struct Para {
  std::string_view text;
  std::vector<Token> tokens;
  std::string Word(size_t i) const {
    return Lower(text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin));
  }
  // The lower-cased word `k` tokens before (k < 0) or after token i; "" if
  // none or not lower case.
  std::string Near(size_t i, int k) const {
    long j = static_cast<long>(i) + k;
    if (j < 0 || j >= static_cast<long>(tokens.size())) return "";
    if (tokens[j].capitalized) return "";
    return Word(static_cast<size_t>(j));
  }
};

// "Iran-backed", "Saudi-owned": a capitalised compound adjective before a
// name, not part of it.
bool AdjectiveCompound(const Para& p, size_t i) {
  std::string_view w =
      p.text.substr(p.tokens[i].begin, p.tokens[i].end - p.tokens[i].begin);
  size_t dash = w.rfind('-');
  return dash != std::string_view::npos && dash > 2 && dash + 1 < w.size() &&
         std::islower(static_cast<unsigned char>(w[dash + 1]));
}

bool Connector(const Para& p, size_t i) {
  std::string w = p.Word(i);
  return w == "of" || w == "the" || w == "al" || w == "bin" || w == "ibn" ||
         w == "de" || w == "for" || w == "el" || w == "and";
}

// Whether tokens [start, end) name a place or country the gazetteer knows.
bool IsKnownPlace(const Para& p, size_t start, size_t end,
                  const Gazetteer& gaz) {
  std::string_view name = p.text.substr(
      p.tokens[start].begin, p.tokens[end - 1].end - p.tokens[start].begin);
  std::vector<const GazetteerEntry*> hits = gaz.Find(name);
  return !hits.empty() && NameCanBePlace(name, hits, gaz);
}

// "Malaysia's Perdana Telekom", "South Korea's Daeyang": a known place that
// owns the name after it is a name of its own. Other possessors stay inside
// ("People's Bank of China", "Moody's Investors Service").
bool PlacePossessor(const Para& p, size_t start, size_t end,
                    const Gazetteer& gaz) {
  return p.tokens[end - 1].possessive && IsKnownPlace(p, start, end, gaz);
}

// "Shenzhen" of "Shenzhen-listed" (split by the token scanner): a place of
// its own, never the end of a name before it ("Jinhai's Shenzhen-listed").
bool CompoundPrefix(const Para& p, size_t i) {
  return i + 1 < p.tokens.size() && p.tokens[i].after == '-' &&
         !p.tokens[i + 1].space_before && !p.tokens[i + 1].capitalized;
}

// "Food and Drug Administration", "Health and Human Services Department":
// the capitalised words after "and" end in an organisation's head word and
// those before it are no place ("Russia and China Development Bank" are
// two names).
bool AndInsideABodysName(const Para& p, size_t start, size_t and_at,
                         const Gazetteer& gaz) {
  size_t end = and_at + 1;
  while (end < p.tokens.size() && p.tokens[end].capitalized &&
         p.tokens[end].space_before)
    ++end;
  return end > and_at + 1 && InLexicon(Lexicon::kOrgHead, p.Word(end - 1)) &&
         !IsKnownPlace(p, start, and_at, gaz);
}

// Extends a sequence from token `start`; returns one past its last token.
size_t SequenceEnd(const Para& p, size_t start, const Gazetteer& gaz) {
  size_t end = start + 1;
  while (end < p.tokens.size()) {
    const Token& t = p.tokens[end];
    // "S$1.2 million", "HK$40": a currency's letters are no name word.
    if (!t.space_before || PlacePossessor(p, start, end, gaz) ||
        CompoundPrefix(p, end) || t.after == '$')
      break;
    if (t.capitalized && !InLexicon(Lexicon::kMonthOrDay, p.Word(end))) {
      ++end;
      continue;
    }
    // "of"/"the"/"bin" inside a name, never "and" between two names
    // (except in a body's name: "Food and Drug Administration"), nor "for"
    // after a place ("competing with Poland for Asian investment").
    if (Connector(p, end) &&
        (p.Word(end) != "and" || AndInsideABodysName(p, start, end, gaz)) &&
        !(p.Word(end) == "for" && IsKnownPlace(p, start, end, gaz)) &&
        end + 1 < p.tokens.size() && p.tokens[end + 1].capitalized &&
        p.tokens[end + 1].space_before) {
      end += 2;
      continue;
    }
    break;
  }
  return end;
}

// Splits leading title words off [*start, end); returns the role.
std::string TakeTitle(const Para& p, size_t* start, size_t end) {
  size_t i = *start;
  bool core = false;
  // A department word before a title: "Fisheries Minister".
  if (i + 2 < end && InLexicon(Lexicon::kTitle, p.Word(i + 1)) &&
      !InLexicon(Lexicon::kTitle, p.Word(i))) {
    ++i;
  }
  while (i + 1 < end) {
    std::string w = p.Word(i);
    if (InLexicon(Lexicon::kTitle, w)) {
      core = true;
    } else if (!InLexicon(Lexicon::kTitleModifier, w)) {
      break;
    }
    ++i;
  }
  if (!core || i == *start) return "";
  std::string role(p.text.substr(p.tokens[*start].begin,
                                 p.tokens[i - 1].end - p.tokens[*start].begin));
  *start = i;
  return role;
}

// "army spokesman" before the name: a role noun and one modifier.
std::string LowerRole(const Para& p, size_t start) {
  std::string noun = p.Near(start, -1);
  if (noun.empty() || !InLexicon(Lexicon::kRoleNoun, noun)) return "";
  size_t from = start - 1;
  std::string mod = p.Near(start, -2);
  if (!mod.empty() && !InLexicon(Lexicon::kLeadingStop, mod) &&
      mod.size() > 2) {
    from = start - 2;
  }
  return std::string(p.text.substr(
      p.tokens[from].begin, p.tokens[start - 1].end - p.tokens[from].begin));
}

bool HasWord(const Para& p, size_t start, size_t end, Lexicon lexicon) {
  for (size_t i = start; i < end; ++i) {
    if (InLexicon(lexicon, p.Word(i))) return true;
  }
  return false;
}

// "the newspaper X", "TV channel X", "the daily The X": an outlet word right
// before the name, or with "the" between; not "a study site in Cebu".
bool OutletContext(const Para& p, size_t start) {
  if (InLexicon(Lexicon::kOutletCue, p.Near(start, -1))) return true;
  return p.Near(start, -1) == "the" &&
         InLexicon(Lexicon::kOutletCue, p.Near(start, -2));
}

bool PlaceContext(const Para& p, size_t start, size_t end) {
  if (InLexicon(Lexicon::kPlaceAfter, p.Near(end - 1, 1))) return true;
  if (InLexicon(Lexicon::kPlaceHead, p.Word(end - 1))) return true;
  std::string before = p.Near(start, -1);
  if (before == "of") before = p.Near(start, -2);
  // "in X," alone is weak: only for a one-word name followed by a comma.
  if (before == "in" || before == "from") {
    return end == start + 1 && p.tokens[start].after == ',';
  }
  return InLexicon(Lexicon::kPlaceBefore, before);
}

// A capital used as a government: "Washington agreed", "informed Moscow".
bool GovernmentContext(const Para& p, size_t start, size_t end) {
  if (end < p.tokens.size() && !p.tokens[end].capitalized &&
      InLexicon(Lexicon::kGovVerb, p.Word(end)))
    return true;
  std::string before = p.Near(start, -1);
  // Not "from X": travel ("the ferry from Tripoli") is as common as a
  // government source (tests/data/entities/places.tsv).
  return before == "by" || before == "between" || before == "informed" ||
         before == "told" || before == "urged" || before == "pressed" ||
         before == "warned";
}

void Classify(const Para& p, size_t start, size_t end, const Gazetteer& gaz,
              Candidate* c) {
  const std::string& name = c->mention.text;
  std::vector<const GazetteerEntry*> hits = gaz.Find(name);
  // Ordinary words and adjectives ("Western", "TV") name only big places.
  bool can_be_place = NameCanBePlace(name, hits, gaz);
  const GazetteerEntry* country =
      can_be_place ? BestCountry(hits, gaz) : nullptr;
  const GazetteerEntry* place = nullptr;
  for (const GazetteerEntry* e : hits) {
    if (e->kind != 'C' && !place && can_be_place) place = e;
  }
  const GazetteerEntry* capital_of = gaz.CountryByCapital(name);
  bool acronym = IsAcronym(name);
  if (country && !(acronym && name.size() <= 3 && !p.tokens[start].all_caps)) {
    c->kind = EntityKind::kCountry;
    c->canonical = country->name;
    c->confidence = kCountryConfidence;
  } else if (!c->role.empty()) {
    c->kind = EntityKind::kPerson;
    c->confidence = kTitledPersonConfidence;
  } else if (capital_of && GovernmentContext(p, start, end)) {
    c->kind = EntityKind::kCountry;
    c->canonical = capital_of->name;
    c->alias_of = name;
    c->confidence = kMetonymyConfidence;
  } else if (OutletContext(p, start) ||
             InLexicon(Lexicon::kOutletHead, p.Word(end - 1))) {
    c->kind = EntityKind::kOutlet;
    c->confidence = kHeadNounConfidence;
  } else if (InLexicon(Lexicon::kFacility, p.Word(end - 1))) {
    c->kind = EntityKind::kPlace;
    c->confidence = kHeadNounConfidence;
  } else if (HasWord(p, start, end, Lexicon::kOrgHead)) {
    c->kind = EntityKind::kOrganization;
    c->confidence = kHeadNounConfidence;
  } else if (place && !acronym) {
    c->kind = EntityKind::kPlace;
    c->confidence = kPlaceConfidence;
  } else if (PlaceContext(p, start, end) && !acronym && !IsCommonWord(name) &&
             !IsProperAdjective(name)) {
    c->kind = EntityKind::kPlace;
    c->confidence = kContextPlaceConfidence;
  } else if (end - start >= 2 && end - start <= 4 &&
             InLexicon(Lexicon::kSpeechVerb, p.Near(end - 1, 1))) {
    c->kind = EntityKind::kPerson;
    c->confidence = kSpeakerConfidence;
  } else if (end - start >= 2 && end - start <= 3) {
    c->kind = EntityKind::kPerson;
    c->confidence = kFallbackPersonConfidence;
  } else {
    c->kind = acronym ? EntityKind::kOrganization : EntityKind::kOther;
    c->confidence = kOtherConfidence;
  }
}

void ScanParagraph(int index, const Para& p, const Gazetteer& gaz,
                   std::vector<Candidate>* out) {
  for (size_t i = 0; i < p.tokens.size();) {
    if (!p.tokens[i].capitalized ||
        InLexicon(Lexicon::kMonthOrDay, p.Word(i))) {
      ++i;
      continue;
    }
    size_t start = i, end = SequenceEnd(p, i, gaz);
    i = end;
    // ("US", "U.S." are no "us": an all-capital word is no stop word.)
    while (start < end && ((InLexicon(Lexicon::kLeadingStop, p.Word(start)) &&
                            !p.tokens[start].all_caps) ||
                           AdjectiveCompound(p, start) ||
                           (p.tokens[start].sentence_start &&
                            p.Word(start).ends_with("ing")))) {
      ++start;
    }
    // A lone letter ("S" of "S$1.2", "E" of "Plan E") names nothing.
    if (start == end ||
        (end == start + 1 && p.tokens[start].end - p.tokens[start].begin == 1))
      continue;
    Candidate c;
    c.definite =
        p.Near(start, -1) == "the" || (start > 0 && p.Word(start - 1) == "the");
    c.role = TakeTitle(p, &start, end);
    if (c.role.empty()) c.role = LowerRole(p, start);
    size_t b = p.tokens[start].begin, e = p.tokens[end - 1].end;
    c.mention = {index, b, e, std::string(p.text.substr(b, e - b))};
    // A lone capitalised word opening a sentence is usually an ordinary
    // word; it is kept only if the gazetteer or a later step knows it.
    bool lone_initial = end == start + 1 && p.tokens[start].sentence_start;
    Classify(p, start, end, gaz, &c);
    if (lone_initial && c.kind == EntityKind::kOther) c.confidence = 0;
    // "Chinese", "South Korean": a demonym names no one.
    if (gaz.PlaceByDemonym(c.mention.text)) continue;
    out->push_back(std::move(c));
  }
}

}  // namespace

bool ReadsParagraph(const Paragraph& paragraph) {
  return paragraph.reason != BoilerplateReason::kNavigation &&
         paragraph.reason != BoilerplateReason::kStrayMarkup;
}

std::vector<Entity> FindNamedEntities(const Article& article,
                                      const Gazetteer& gazetteer) {
  std::vector<Candidate> candidates;
  for (size_t i = 0; i < article.paragraphs.size(); ++i) {
    const Paragraph& paragraph = article.paragraphs[i];
    if (!ReadsParagraph(paragraph)) continue;
    Para p{paragraph.text, ScanTokens(paragraph.text)};
    ScanParagraph(static_cast<int>(i), p, gazetteer, &candidates);
  }
  return GroupCandidates(std::move(candidates), article.site);
}

}  // namespace corroborate::entities

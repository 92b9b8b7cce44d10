// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "entities/lexicon.h"

#include <string>

#include "util/word_set.h"

namespace corroborate::entities {
namespace {

using util::WordSet;

const WordSet& Set(Lexicon lexicon) {
  static const WordSet kLeadingStop = {
      "the",      "a",         "an",       "in",        "on",        "at",
      "but",      "and",       "or",       "however",   "he",        "she",
      "it",       "they",      "we",       "i",         "you",       "this",
      "that",     "these",     "those",    "when",      "while",     "after",
      "before",   "if",        "as",       "according", "meanwhile", "also",
      "still",    "his",       "her",      "their",     "its",       "our",
      "there",    "here",      "what",     "who",       "why",       "how",
      "where",    "some",      "many",     "most",      "all",       "both",
      "one",      "for",       "from",     "to",        "with",      "by",
      "of",       "not",       "no",       "so",        "then",      "now",
      "today",    "yesterday", "tomorrow", "last",      "next",      "earlier",
      "later",    "despite",   "although", "though",    "since",     "until",
      "during",   "under",     "over",     "among",     "about",     "read",
      "watch",    "photo",     "see",      "more",      "click",     "follow",
      "share",    "such",      "other",    "each",      "every",     "any",
      "my",       "your",      "us",       "them",      "him",       "would",
      "could",    "should",    "will",     "may",       "might",     "can",
      "is",       "are",       "was",      "were",      "has",       "have",
      "had",      "do",        "does",     "did",       "yet",       "instead",
      "thus",     "indeed",    "well",     "even",      "just",      "only",
      "never",    "asked",     "said",     "like",      "unlike",    "without",
      "within",   "between",   "against",  "into",      "upon",      "because",
      "whether",  "which",     "whose",    "once",      "several",   "few",
      "another",  "new",       "update",   "updated",   "editor",    "note",
      "breaking", "exclusive", "analysis", "opinion",   "neither",   "either",
      "nor"};
  static const WordSet kTitle = {
      "president",  "minister",   "secretary", "general",
      "gen",        "lieutenant", "lt",        "col",
      "colonel",    "brigadier",  "maj",       "capt",
      "captain",    "sergeant",   "sgt",       "admiral",
      "adm",        "commander",  "sheikh",    "shaikh",
      "king",       "queen",      "prince",    "princess",
      "emir",       "ayatollah",  "imam",      "pope",
      "senator",    "sen",        "rep",       "representative",
      "gov",        "governor",   "mayor",     "judge",
      "justice",    "dr",         "mr",        "mrs",
      "ms",         "sir",        "lord",      "ambassador",
      "chancellor", "speaker",    "spokesman", "spokeswoman",
      "premier",    "ceo",        "chairman",  "chairwoman",
      "director",   "marshal",    "cardinal",  "rabbi",
      "bishop",     "sultan",     "chief",     "envoy",
      "professor",  "prof",       "leader",    "commissioner",
      "sheik"};
  static const WordSet kTitleModifier = {
      "prime",      "foreign",  "defense",  "defence",  "interior", "finance",
      "deputy",     "vice",     "crown",    "field",    "major",    "supreme",
      "state",      "former",   "acting",   "first",    "army",     "military",
      "opposition", "us",       "u.s",      "energy",   "health",   "justice",
      "trade",      "economy",  "security", "national", "special",  "senior",
      "top",        "attorney", "grand"};
  static const WordSet kRoleNoun = {
      "spokesman",  "spokeswoman", "spokesperson",  "minister", "official",
      "commander",  "leader",      "chief",         "head",     "president",
      "adviser",    "advisor",     "analyst",       "director", "envoy",
      "ambassador", "secretary",   "senator",       "lawmaker", "researcher",
      "professor",  "expert",      "correspondent", "reporter", "editor",
      "founder",    "chairman",    "member",        "mp",       "general",
      "colonel",    "governor",    "mayor",         "diplomat", "negotiator",
      "prosecutor", "lawyer",      "attorney",      "activist", "journalist",
      "cleric",     "commentator", "economist",     "officer"};
  static const WordSet kOrgHead = {
      "forces", "force", "ministry", "army", "party", "council", "committee",
      "agency", "organization", "organisation", "union", "front", "brigade",
      "brigades", "corps", "movement", "group", "association", "bank",
      "company", "corporation", "corp", "inc", "ltd", "university", "court",
      "parliament", "government", "department", "office", "authority", "guard",
      "guards", "commission", "institute", "militia", "league", "alliance",
      "coalition", "foundation", "fund", "assembly", "congress", "senate",
      "police", "navy", "command", "service", "services", "administration",
      "cabinet", "bureau", "centre", "center", "battalion", "regiment",
      "division", "mission", "society", "federation", "club", "airlines",
      "airways", "group", "holdings", "industries", "agencies",
      // Legal forms and trade words that only companies carry ("Kessler
      // Motoren AG", "Daeyang Semiconductor"): without them a two-word
      // company was a person.
      "ag", "gmbh", "plc", "llc", "llp", "nv", "bv", "spa", "sarl", "kgaa",
      "oyj", "asa", "limited", "incorporated", "co", "semiconductor",
      "semiconductors", "electronics", "pharmaceuticals", "pharma", "telecom",
      "telekom", "telecommunications", "motors", "technologies", "petroleum",
      "securities", "chemicals", "logistics", "insurance", "airline",
      "bancorp"};
  static const WordSet kOutletHead = {
      "news",     "times",   "post",         "journal",    "herald",
      "tribune",  "gazette", "tv",           "television", "radio",
      "press",    "daily",   "telegraph",    "observer",   "chronicle",
      "magazine", "channel", "broadcasting", "monitor",    "insider",
      "wire",     "online",  "network",      "weekly",     "express",
      "standard", "mail",    "review",       "mirror",     "today"};
  static const WordSet kOutletCue = {
      "newspaper", "channel",  "daily",  "broadcaster", "outlet",     "website",
      "magazine",  "network",  "tv",     "paper",       "tabloid",    "weekly",
      "station",   "newswire", "agency", "site",        "publication"};
  static const WordSet kPlaceHead = {
      "heights",   "strip",     "province", "governorate", "valley",
      "mountains", "island",    "islands",  "peninsula",   "desert",
      "sea",       "gulf",      "river",    "bay",         "hills",
      "plateau",   "region",    "district", "county",      "lake",
      "ocean",     "straits",   "strait",   "canal",       "coast",
      "basin",     "highlands", "oblast",   "prefecture",  "crossing"};
  static const WordSet kFacility = {
      "base",    "airbase", "airport", "airfield", "camp",     "port",
      "dam",     "bridge",  "prison",  "refinery", "barracks", "checkpoint",
      "harbour", "harbor",  "station", "plant"};
  static const WordSet kPlaceAfter = {
      "province", "governorate", "district",      "region",       "city",
      "town",     "village",     "county",        "area",         "border",
      "airport",  "suburb",      "neighbourhood", "neighborhood", "state",
      "oblast",   "prefecture"};
  static const WordSet kPlaceBefore = {
      "near",   "outside",  "town", "city", "village", "capital", "province",
      "region", "district", "in",   "from", "across",  "port",    "suburb"};
  static const WordSet kSpeechVerb = {
      "said",    "says",      "told",      "added",     "stated",
      "wrote",   "tweeted",   "noted",     "explained", "argued",
      "warned",  "claimed",   "insisted",  "declared",  "asked",
      "replied", "announced", "confirmed", "denied"};
  static const WordSet kGovVerb = {
      "said",       "says",       "agreed",     "announced",  "denied",
      "warned",     "accused",    "rejected",   "demanded",   "insisted",
      "wants",      "urged",      "condemned",  "confirmed",  "refused",
      "threatened", "responded",  "has",        "had",        "will",
      "would",      "sanctioned", "imposed",    "signed",     "believes",
      "claims",     "told",       "informed",   "approved",   "opposed",
      "supports",   "backed",     "recognized", "recognised", "expelled",
      "summoned",   "blamed",     "plans",      "decided",    "insists",
      "sees",       "considers",  "is",         "was",        "must",
      "should",     "may",        "cannot",     "did",        "does",
      "needs",      "hopes",      "fears",      "seeks",      "sought",
      "pledged",    "vowed"};
  static const WordSet kMonthOrDay = {
      "january",   "february",  "march",     "april",     "may",
      "june",      "july",      "august",    "september", "october",
      "november",  "december",  "jan",       "feb",       "mar",
      "apr",       "jun",       "jul",       "aug",       "sep",
      "sept",      "oct",       "nov",       "dec",       "monday",
      "tuesday",   "wednesday", "thursday",  "friday",    "saturday",
      "sunday",    "enero",     "febrero",   "marzo",     "abril",
      "mayo",      "junio",     "julio",     "agosto",    "septiembre",
      "octubre",   "noviembre", "diciembre", "lunes",     "martes",
      "miércoles", "jueves",    "viernes",   "sábado",    "domingo"};
  switch (lexicon) {
    case Lexicon::kLeadingStop:
      return kLeadingStop;
    case Lexicon::kTitle:
      return kTitle;
    case Lexicon::kTitleModifier:
      return kTitleModifier;
    case Lexicon::kRoleNoun:
      return kRoleNoun;
    case Lexicon::kOrgHead:
      return kOrgHead;
    case Lexicon::kOutletHead:
      return kOutletHead;
    case Lexicon::kOutletCue:
      return kOutletCue;
    case Lexicon::kPlaceHead:
      return kPlaceHead;
    case Lexicon::kFacility:
      return kFacility;
    case Lexicon::kPlaceAfter:
      return kPlaceAfter;
    case Lexicon::kPlaceBefore:
      return kPlaceBefore;
    case Lexicon::kSpeechVerb:
      return kSpeechVerb;
    case Lexicon::kGovVerb:
      return kGovVerb;
    case Lexicon::kMonthOrDay:
      return kMonthOrDay;
  }
  return kLeadingStop;
}

}  // namespace

bool InLexicon(Lexicon lexicon, std::string_view lower) {
  return Set(lexicon).count(lower) > 0;
}

}  // namespace corroborate::entities

// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The data that flows between the pipeline stages. Each stage fills in its
// own fields and leaves the others alone:
//
//   ingest      Article::{id, path, url, title, date, site, encoding,
//               content_hash, paragraphs[].text/first_line/last_line,
//               damaged_lines, paragraphs[].damaged}
//   extract     paragraphs[].boilerplate/reason, byline, contributors
//   analyze     sentences, language, paragraphs[].language, quality,
//               attributions, signals
//   link        Reuse (between articles), story membership
//   corroborate Story (with its SourceGraph), Claim (reasons, timeline),
//               Origin
//
// All text is UTF-8. Indexes are 0-based positions in the owning vector;
// line numbers are 1-based lines of the input file. These are plain structs:
// no invariants beyond those documented per field, no thread-safety beyond
// that of std::vector and std::string.

#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace corroborate {

// Why a paragraph is not part of the article body.
enum class BoilerplateReason {
  kNone = 0,         // body text
  kPhotoCaption,     // describes a photo ("A man glances at ...", "This photo
                     // ...")
  kPhotoCredit,      // "(photo credit: ...)", "PHOTO/ ... via AP"
  kByline,           // "By World Staff"
  kContributorLine,  // "X and Y contributed to this report."
  kRelatedLink,      // "Read more: ...", "WATCH: ...", lists of other headlines
  kSourcesList,      // "[Sources: A, B, C]"
  kStrayMarkup,      // "img", ">", lone punctuation or markup left by scraping
  kRepeatedStandfirst,  // the standfirst (summary) repeated as a body paragraph
  kNavigation,          // menus, share bars, cookie banners (HTML input)
};

// Returns the stable snake_case name used in JSON and the database
// ("photo_caption", "repeated_standfirst", ...; "" for kNone).
std::string_view ToString(BoilerplateReason reason);

// A block of text as it appeared in the input.
struct Paragraph {
  std::string text;    // trimmed, internal whitespace kept
  int first_line = 0;  // 1-based line in the input file; 0 if not from a file
  int last_line = 0;   // == first_line for a one-line paragraph
  bool boilerplate = false;  // true iff reason != kNone
  BoilerplateReason reason = BoilerplateReason::kNone;
  std::string language;  // ISO 639-1 code from CLD2 ("en", "es"); "" if unsure
  bool damaged = false;  // holds damaged characters (see DamagedLine)
};

// A sentence of a body paragraph, as found by ICU's BreakIterator.
struct Sentence {
  int paragraph = 0;  // index into Article::paragraphs
  size_t begin = 0;   // byte offset in that paragraph's text
  size_t end = 0;     // one past the last byte
  std::string text;   // the sentence, trimmed
};

// What kind of party a source is.
enum class SourceKind {
  kUnknown = 0,
  kPerson,        // a named person ("Prime Minister Benjamin Netanyahu")
  kOrganization,  // a government, ministry, army, company, militia
  kOutlet,        // a news organisation ("Asharq Al-Awsat", "the NYT")
  kDocument,      // a statement, letter, report or post ("in a statement")
  kImagery,       // satellite images, photos, data
  kAnonymous,     // an unnamed party ("unnamed Western diplomats", "a source")
};

// Returns "person", "organization", "outlet", "document", "imagery",
// "anonymous" or "unknown".
std::string_view ToString(SourceKind kind);

// A piece of text in the article body: bytes [begin, end) of
// Article::paragraphs[paragraph].text.
struct TextSpan {
  int paragraph = 0;
  size_t begin = 0;
  size_t end = 0;
};

// One statement and whom the article says it comes from. For a chain such as
// "Outlet A reported, citing B, that ..." or "B told Outlet A that ...",
// `source` is the outer party (A, the one the article names as reporting it)
// and `via` the inner one (B, whom A cites). A direct "B said ..." has
// source = B and an empty via.
struct Attribution {
  int sentence = 0;    // index into Article::sentences
  std::string source;  // as written, resolved if it was a pronoun or short name
  SourceKind source_kind = SourceKind::kUnknown;
  // The role or title written with a named person ("Prime Minister", "court
  // spokeswoman", "Secretary of State"), here or where the article named
  // them before ("he said" -> that person's); "" if none was written.
  std::string source_role;
  std::string via;  // the party the source cites; "" if none
  SourceKind via_kind = SourceKind::kUnknown;
  bool anonymous = false;  // the innermost party (via, else source) is unnamed
  std::string cue;         // "reported", "said", "according to", "citing", ...
  std::string content;     // what is attributed: a quote or the reported clause
  bool direct_quote = false;  // content is inside quote marks
  // Where the parts stand in the text, each possibly in several pieces (a
  // cue "quoted ... as saying", content split around the cue). The source
  // spans point at the text as written ("he"), while `source` is the
  // resolved name; empty when no source is written. Sorted by position.
  std::vector<TextSpan> source_spans;
  std::vector<TextSpan> cue_spans;
  std::vector<TextSpan> content_spans;
};

// A hedge or non-confirmation in the text.
struct Signal {
  // "unconfirmed" (no source has confirmed it), "not_officially_confirmed",
  // "no_comment" (did not / declined to comment), "denied", "hedged"
  // ("allegedly", "reportedly").
  std::string kind;
  int sentence = 0;  // index into Article::sentences
  std::string text;  // the words that triggered the signal
};

// A line of the input with characters that did not survive encoding.
struct DamagedLine {
  int line = 0;  // 1-based line in the input file
  std::string
      problem;  // "replacement character", "mojibake", "dropped character", ...
  std::string excerpt;  // a few words around the damage
};

// Entities, places and dates (filled by the entities stage, src/entities;
// see docs/entities.md).

// What an entity is.
enum class EntityKind {
  kOther = 0,
  kPerson,        // "Prime Minister Benjamin Netanyahu"
  kOrganization,  // "Popular Mobilization Forces", "the Defense Ministry"
  kOutlet,        // "Al-Hadath TV", "the Saudi-owned newspaper X"
  kCountry,       // "Iraq", "Russian Federation", "Washington" (metonymy)
  kPlace,         // a town, region or landmark ("Balad", "Golan Heights")
};

// Returns "person", "organization", "outlet", "country", "place", "other".
std::string_view ToString(EntityKind kind);

// One occurrence of an entity in the article.
struct EntityMention {
  int paragraph = 0;  // index into Article::paragraphs; -1 for the title
  size_t begin = 0;   // byte offset in that paragraph's text
  size_t end = 0;     // one past the last byte
  std::string text;   // as written ("PMF", "Saar", "Washington")
};

// A person, organisation, outlet, country or place named by one article.
struct Entity {
  std::string name;  // canonical: the longest full form, or the gazetteer name
  EntityKind kind = EntityKind::kOther;
  std::vector<EntityMention> mentions;  // in text order
  // Title or role given with the name ("Prime Minister", "army spokesman
  // Major General"); "" if none.
  std::string role;
  // Other names the article uses for it: its acronym ("PMF"), short name
  // ("Saar"), spelling variants, or a capital used for the government
  // ("Washington"). Distinct, never equal to `name`.
  std::vector<std::string> aliases;
  double confidence = 0;  // 0..1 that the span is this entity of this kind
};

// A place name resolved against the gazetteer.
struct Place {
  std::string name;       // as written ("Balad", "Salaheddin")
  std::string canonical;  // the gazetteer's name ("Balad", "Salah ad Din")
  std::string country;    // ISO 3166-1 alpha-2 ("IQ"); "" if unresolved
  double latitude = 0;
  double longitude = 0;
  int64_t gazetteer_id = 0;  // GeoNames id of a place, ISO numeric code of a
                             // country, < 0 for an admin region, 0 if none
  int paragraph = 0;         // first mention: paragraph index
  size_t begin = 0;          // byte offset in that paragraph
  // 0..1: 1 for an exact unambiguous name, lower for a name found in several
  // countries or matched by its spelling skeleton only.
  double confidence = 0;
};

// What a date in the article dates.
enum class DateKind {
  kPublication,   // when the article was published
  kEvent,         // a date in body text
  kPhotoCaption,  // a date in a photo caption or credit: when the photo was
                  // taken, not when the reported event happened
};

// Returns "publication", "event", "photo_caption".
std::string_view ToString(DateKind kind);

// One date the article states or implies.
struct DateMention {
  std::string text;   // as written ("Oct. 17, 2022", "on Tuesday")
  int paragraph = 0;  // index into Article::paragraphs; -1 for metadata
  size_t begin = 0;   // byte offset in that paragraph's text
  std::string date;   // ISO 8601 "2022-10-17"; "" if it could not be anchored
  // The date (or its year) was inferred from the article date rather than
  // written out in full ("on Tuesday", "last week", "July 19").
  bool inferred = false;
  std::string anchor;  // how it was found: "explicit", "year from article
                       // date", "relative to 2019-08-21", "metadata", ...
  DateKind kind = DateKind::kEvent;
};

// One news article and everything the pipeline learned about it.
struct Article {
  std::string id;    // JSONL "id", else the file stem ("000_bad11a33")
  std::string path;  // the input file ("-" for stdin)
  std::string url;   // "" if unknown
  std::string title;
  std::string date;    // publication date, ISO 8601 "2019-08-21"; "" if unknown
  std::string site;    // outlet name, from JSONL "source" or metadata
  std::string byline;  // "World Israel News Staff"; "" if none
  std::vector<std::string> contributors;
  std::string encoding;  // detected input encoding ("UTF-8", "WINDOWS-1252")
  std::string
      content_hash;      // 16 hex digits of XXH64 over the UTF-8 title + text
  std::string language;  // main language of the body (ISO 639-1)
  double quality = 1.0;  // 0 (garbled or spun) .. 1 (clean prose)
  bool low_quality = false;  // quality below AnalyzeOptions::low_quality_below
  std::vector<std::string> quality_reasons;  // why the score is low
  // The page as ingested (UTF-8) for HTML input, "" otherwise. Extract
  // turns it into paragraphs and clears it; it is never stored or printed.
  std::string html;
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;  // body sentences only
  std::vector<Attribution> attributions;
  std::vector<Signal> signals;
  std::vector<DamagedLine> damaged_lines;
  std::vector<Entity> entities;    // people, bodies, outlets, countries, places
  std::vector<Place> places;       // geocoded, in order of first mention
  std::vector<DateMention> dates;  // publication, event and photo dates
};

// Text that one article shares with another.
struct Passage {
  int from_sentence = 0;  // sentence index in the earlier article
  int to_sentence = 0;    // sentence index in the later article
  double overlap = 0;     // Jaccard of word 3-shingles, 0..1
};

// Evidence that `to` reuses text of `from` (from is the likely original).
struct Reuse {
  std::string from;       // article id of the likely original
  std::string to;         // article id of the likely copy
  double similarity = 0;  // Jaccard of the body shingle sets (MinHash estimate)
  std::vector<Passage> passages;
};

// One attribution of a claim, as carried by one article.
struct ClaimAttribution {
  std::string article;  // article id
  int sentence = 0;     // index into that article's sentences
  std::string text;     // the sentence
  std::string
      source;  // as in Attribution; "" if the article asserts it unattributed
  std::string source_role;  // as in Attribution ("Prime Minister"), or ""
  std::string via;
  bool anonymous = false;
  std::string cue;
  // What this sentence does for the count (docs/provenance.md): "root" (it
  // names a root), "copy" (copied text, inherits the original's root),
  // "repeat" (unattributed), "denial", "dispute", "conditional",
  // "reaction", "not_denial" ("did not deny"), "vague" (a description
  // among several named roots); "" if not resolved.
  std::string role;
  int origin = -1;  // index into Claim::origins of its root; -1 if none
};

// A root that a claim traces back to (see docs/provenance.md).
struct Origin {
  std::string source;  // the first party to assert it ("Asharq Al-Awsat")
  std::string via;     // whom that party cited ("unnamed Western diplomats")
  bool anonymous = false;
  std::vector<std::string> articles;  // articles that carry this origin
  // "anonymous", "person", "body", "outlet", "document", "imagery" or
  // "unknown": what kind of party the root is.
  std::string kind;
  // Why this root counts apart from the others ("" for the first root).
  std::string independence;
};

// One dated step in the life of a claim.
struct TimelineEntry {
  std::string date;  // ISO 8601 "2019-08-21"; "" if unknown
  // The date was inferred from a relative reference in the sentence ("on
  // Tuesday", "last week") anchored to the article date.
  bool date_inferred = false;
  std::string date_note;  // how the date was found, or that it is unknown
  std::string article;    // article id
  int sentence = 0;       // index into that article's sentences
  // "first_appearance", "independent_confirmation", "denial", "dispute".
  std::string event;
  int origin = -1;  // index into Claim::origins; -1 for a denial or dispute
};

// A party or artefact in a story's source graph.
struct SourceNode {
  std::string id;    // "n1", unique within the story
  std::string name;  // as written (shortest spelling seen)
  // "outlet", "person", "body", "anonymous", "document", "imagery",
  // "unknown".
  std::string kind;
};

// A relation between two nodes of a story's source graph, with its evidence.
struct SourceEdge {
  std::string from;  // node id: who reports, cites, copies or denies
  std::string to;    // node id: whom or what
  // "reported" (an article's outlet carries a party's statement), "cited"
  // (a party cites another), "quoted" (a direct quote), "copied_text_from"
  // (an outlet's article reuses another's text), "denied",
  // "declined_to_comment".
  std::string kind;
  std::string article;  // the article that shows it
  int sentence = -1;    // index into its sentences; -1 for a whole article
};

// Who told whom in a story.
struct SourceGraph {
  std::vector<SourceNode> nodes;
  std::vector<SourceEdge> edges;
};

// One assertion made by one or more articles of a story.
struct Claim {
  std::string id;    // "S1.C2"
  std::string text;  // a representative sentence
  std::vector<std::string> articles;
  std::vector<ClaimAttribution> attributions;
  std::vector<Origin> origins;  // the independent roots
  int independent_origins = 0;  // == origins.size()
  // "single_anonymous_source", "single_source", "multiple_independent_sources",
  // "officially_unconfirmed", "denied", "contested", "unattributed".
  std::string verdict;
  std::string explanation;  // one sentence saying why, for readers
  // Several articles carry it and all that attribute it lead back to one root.
  bool circular = false;
  // The verdict's reasons, most important first ("single anonymous source",
  // "unconfirmed", "officially denied by the party concerned", ...).
  std::vector<std::string> reasons;
  std::vector<TimelineEntry> timeline;  // ordered by date, then by article
};

// One party or place as the whole story names it: the entities of its
// articles merged across them by spelling and alias (MergeAcrossArticles in
// entities.h): "Kessler Motoren AG", "Kessler Motoren" and "Kessler";
// "Asharq Al-Awsat" and "Asharq al-Awsat".
struct StoryEntity {
  std::string name;  // the most frequent canonical name
  EntityKind kind = EntityKind::kOther;
  std::vector<std::string> names;     // every spelling and alias, sorted
  std::vector<std::string> articles;  // ids of the articles naming it
};

// Articles about one event.
struct Story {
  std::string id;                     // "S1", numbered by first publication
  std::string title;                  // title of the earliest article
  std::vector<std::string> articles;  // article ids, earliest first
  std::vector<Claim> claims;
  SourceGraph graph;  // every party and relation in the story's articles
  // The entities named by two or more of its articles or under two or more
  // names, most articles first.
  std::vector<StoryEntity> entities;
};

// The full result of one analysis.
struct Analysis {
  std::vector<Article> articles;
  std::vector<Reuse> reuse;
  std::vector<Story> stories;
};

}  // namespace corroborate

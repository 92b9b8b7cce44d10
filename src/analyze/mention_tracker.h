// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Remembers the parties an article has named so far, to resolve later short
// references: "he said" -> the last named person, "it said" -> the last
// organization, "the paper" -> the last outlet, "the sources" -> the last
// anonymous source (with its chain), "Saar" -> "Gideon Saar", "the NYT" ->
// "New York Times". A rule-based stand-in for coreference resolution: no
// Debian-packaged C++ library offers one.
//
// Not thread-safe: one tracker per article.

#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/article.h"

#include "analyze/source_classifier.h"
#include "analyze/tokenizer.h"

namespace corroborate::analyze {

// A resolved source, possibly a whole chain (source via someone).
struct ResolvedSource {
  std::string source;
  SourceKind kind = SourceKind::kUnknown;
  std::string via;
  SourceKind via_kind = SourceKind::kUnknown;
  bool anonymous = false;
  bool unresolved = false;  // a pronoun or reference with no antecedent
  std::string role;         // the person's role, written here or before
};

class MentionTracker {
 public:
  MentionTracker() = default;
  // `article` holds every sentence of the article, so that a lone name no
  // earlier sentence writes in full (a headline's "Obama Says ...", a
  // lead's "Trump said" above "Donald Trump") can find its full form
  // further on. Not owned; must outlive the tracker.
  explicit MentionTracker(const std::vector<Sentence>* article)
      : article_(article) {}

  MentionTracker(const MentionTracker&) = delete;
  MentionTracker& operator=(const MentionTracker&) = delete;

  // Records the people, organizations and outlets named in `sentence`.
  void Observe(std::string_view sentence);

  // Records the source (and via) of a found attribution.
  void Remember(const Attribution& attribution);

  // Resolves a classified source phrase against what was seen so far. A
  // "he" or "she" resolved to the person who spoke in this or the sentence
  // before counts towards that person's gender; a pronoun skips people of
  // the other one.
  ResolvedSource Resolve(const SourceInfo& info);

 private:
  enum class Gender : char { kUnknown, kMale, kFemale };

  struct Mention {
    std::string name;
    SourceKind kind;
    std::string head;  // the organization noun that named it ("company"), or ""
    std::string folded;  // Fold(name), kept: every lookup compares it
    // A run of two or three capitalised words with no title ("Donald
    // Trump"): a full form for a later surname ("Trump said"), but no
    // pronoun's antecedent, since places look the same ("Saudi Arabia").
    bool weak = false;
    Gender gender = Gender::kUnknown;  // from a title: "Mr.", "Ms."
    // Pronouns seen with it: "Clinton called her vote", "Trump cited his"
    // (CountPronounAfter), and a "he" or "she" that surely meant it
    // (Resolve).
    int he = 0;
    int she = 0;
    // What the first name of a full name tells ("Mary Cho"; given_names.h).
    Gender given = Gender::kUnknown;
    std::string role;  // "Prime Minister", the first written with the name
    // Capitalised words just before that role ("Republican" of "Republican
    // presidential nominee X"), as BareWord gives them: a later description
    // must not contradict them (LastWithRole).
    std::vector<std::string> modifiers;

    // The title's gender, else the first name's, else the pronouns' if they
    // agree more than not.
    Gender Likely() const;
  };

  void Add(std::string name, SourceKind kind, std::string head = "",
           bool weak = false, Gender gender = Gender::kUnknown);
  // Gives the party named `folded` (Fold of its name) `role` and the
  // role's `modifiers`, unless it has a role already; only the last
  // mention, the one Add has just moved there.
  void SetLastRole(std::string_view folded, std::string role,
                   std::vector<std::string> modifiers = {});
  const Mention* Last(SourceKind kind) const;
  // The last person a pronoun of `gender` can stand for.
  Mention* LastPerson(Gender gender);
  // "mr." -> male, "ms." or "congresswoman" -> female, else unknown.
  static Gender GenderOfTitle(std::string_view lower_word);
  // The gender a description's words tell ("a spokeswoman"), or unknown.
  static Gender DescribedGender(std::string_view description);
  // The gender the first name of a person's full name tells, or unknown.
  static Gender GenderOfFirstName(const Mention& mention);
  // Counts "his" or "her" right after the verb that follows a name ending
  // at tokens[end] ("Clinton called her vote") for the person named
  // `folded`.
  void CountPronounAfter(const std::vector<Token>& tokens, size_t end,
                         std::string_view folded);
  const Mention* LastWithHead(std::string_view head) const;
  // The last person whose role holds the title `title` ("senator" matches
  // "Sen.") and does not contradict `description`, the words of "the
  // Democratic nominee" (its capitalised modifiers against the person's:
  // not the "Republican presidential nominee"), or nullptr.
  const Mention* LastWithRole(
      std::string_view title,
      const std::vector<std::string>& description) const;
  void ObserveOrganizationNoun(const std::vector<Token>& tokens, size_t i);
  // The party `name` names: the same name, a person's surname, initials;
  // with `outlet`, also the last word of an outlet's name ("the Post").
  const Mention* FindName(std::string_view name, bool outlet = false) const;
  const Mention* FindMisspelt(std::string_view name) const;
  // The person `name` (one word) names anywhere in the article, or nullptr.
  // Observes the whole article once, on the first call: most articles
  // name their people in full before any surname stands alone.
  const Mention* FindPersonAhead(std::string_view name);

  std::vector<Mention> mentions_;  // in order of last mention
  const std::vector<Sentence>* article_ = nullptr;
  std::unique_ptr<MentionTracker> ahead_;  // has observed all of article_
  Attribution last_anonymous_;  // the last attribution with an anonymous party
  bool has_anonymous_ = false;
  int sentence_ = 0;           // sentences observed so far
  std::string speaker_;        // Fold() of the last person quoted as a source
  int speaker_sentence_ = -1;  // the sentence_ it was quoted in
  // The last attribution to one unnamed person ("another passenger", "a
  // spokeswoman") and its sentence_, for a "he" or "she" right after it.
  Attribution unnamed_speaker_;
  int unnamed_speaker_sentence_ = -1;
};

}  // namespace corroborate::analyze

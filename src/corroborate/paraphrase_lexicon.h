// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// ParaphraseLexicon turns a sentence into claim terms that survive
// rewording: words of one concept group share a term ("green light",
// "permission", "approval" and "allowed" are all "#permit"), a world capital
// or seat of government stands for its country ("Washington" -> "#c:us"),
// country names, adjectives and abbreviations share one key ("America",
// "American", "U.S.", "United States" -> "#c:us"), and all other content
// words are Snowball stems. Function words and reporting verbs are dropped.
// The lexicon is general news vocabulary, not tied to any story.
//
// Not thread-safe (the stemmer keeps a buffer): use one per thread.

#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "link/word_stemmer.h"

namespace corroborate::corroborate {

// One unit of a sentence: a word, or a phrase of the lexicon ("air strike",
// "united states").
struct LexToken {
  std::string word;     // the folded word(s) as written, space-separated
  std::string term;     // its claim term; "" for a function word
  bool proper = false;  // a capitalised name word (see Terms)
};

class ParaphraseLexicon {
 public:
  ParaphraseLexicon();

  // Returns the claim terms of `text`, in order, with repeats.
  std::vector<std::string> Terms(std::string_view text);
  // As above; also sets (*proper)[k] to whether term k is the stem of a
  // capitalised name word ("Keller", "Tana"), not a concept or country.
  std::vector<std::string> Terms(std::string_view text,
                                 std::vector<bool>* proper);

  // Returns every unit of `text` in order, function words included (with
  // an empty term): Terms is the non-empty terms of Tokens.
  std::vector<LexToken> Tokens(std::string_view text);

  // Returns the country key ("#c:us") of a folded name, adjective, capital
  // or abbreviation of one or more words ("united states", "american"); ""
  // if it is none.
  std::string CountryKey(std::string_view folded) const;

 private:
  // Longest phrase of words[i..] in the tables; returns its term and sets
  // *length, or returns "" if none.
  std::string MatchPhrase(const std::vector<std::string>& words, size_t i,
                          size_t* length);
  // Records a table entry's length and, for phrases, its first word.
  void NotePhrase(std::string_view phrase);

  link::WordStemmer stemmer_;
  std::unordered_map<std::string, std::string>
      countries_;  // folded phrase -> key
  std::unordered_map<std::string, std::string>
      concepts_;               // stem or phrase -> concept
  size_t longest_phrase_ = 1;  // words
  // First words of the phrases of two or more words: MatchPhrase builds
  // candidate phrases only at these, not at every word.
  std::unordered_set<std::string> phrase_starts_;
};

}  // namespace corroborate::corroborate

// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The WordNet class of a verb form ("quipped" -> communication, "believes"
// -> cognition), read from models/verb_classes.tsv, which
// tools/derive_verb_classes.py derives from WordNet 3.0 (Debian
// wordnet-base) without reading any corpus. The cue classifier uses the
// class as a feature, so speech and thought verbs rare or unseen in its
// training data share the evidence of the common ones.
//
// Thread-safe: the table is read once and then only read.

#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace corroborate::analyze {

// One form's entry; the string views point at static names.
struct VerbClass {
  // The class of the lemma's first (most frequent) sense: "communication",
  // "cognition", "perception", "emotion" or "other".
  std::string_view first;
  // Bits of kVerbClassNames: the classes of any of its senses.
  uint8_t any = 0;
  // The lemma's noun senses are tagged more often than its verb senses.
  bool noun = false;
};

// The class names, in bit order of VerbClass::any.
inline constexpr std::string_view kVerbClassNames[] = {
    "communication", "cognition", "perception", "emotion"};

class VerbClasses {
 public:
  // The table of $CORROBORATE_MODELS_DIR, else the source tree's models/
  // (verb_classes.tsv); empty if unreadable.
  static const VerbClasses& Default();

  // Parses the file's text: "FORM<TAB>FIRST<TAB>ANY<TAB>NOUN" lines, ANY
  // comma-separated; "#" lines and unknown class names are skipped.
  static VerbClasses Parse(const std::string& text);

  // The entry of a lower-case word form, or null if it is no verb form of
  // these classes.
  const VerbClass* Find(std::string_view form) const;
  size_t size() const { return forms_.size(); }

 private:
  // By the 64-bit xxHash of the form: no string is built for a lookup.
  std::unordered_map<uint64_t, VerbClass> forms_;
};

}  // namespace corroborate::analyze

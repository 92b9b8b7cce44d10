#!/usr/bin/env python3
# Copyright (c) 2026 The corroborate Authors. All rights reserved.
# Use of this source code is governed by an MIT-style license.
"""Derives the cue word lexicon (models/cue_lexicon.tsv) from the PolNeAR
TRAIN split only.

For every lower-cased word form, counts how often it occurs in the article
texts and how often that occurrence lies inside a gold cue span. A word is
kept when it is a cue at least MIN_CUE times and its cue rate reaches the
threshold that maximises token-level cue F1 on train (a word predicted to be
a cue wherever it occurs). Capitalised occurrences at the start of a
sentence are counted like the others.

Usage: tools/derive_cue_lexicon.py [polnear-train.jsonl] > models/cue_lexicon.tsv
"""

import collections
import json
import os
import re
import sys

# A cue word must be seen as a cue this often in train: rarer words give
# rates too noisy to trust (5 of 19,868 attributions).
MIN_CUE = 5
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Closed-class words that sit inside multi-word cues ("talked about", "said
# in a statement") but never head one; -ly adverbs are left out likewise.
FUNCTION_WORDS = {"about", "also", "for", "of", "to", "in", "on", "that",
                  "with", "as", "by", "at", "from", "a", "an", "the", "has",
                  "have", "had", "is", "was", "are", "were", "be", "been",
                  "not", "it", "he", "she", "they", "and", "but", "or"}


def is_candidate(word):
    return word not in FUNCTION_WORDS and not word.endswith("ly")


def count(path):
    cue, total = collections.Counter(), collections.Counter()
    for line in open(path, encoding="utf-8"):
        record = json.loads(line)
        if record.get("split") != "train":
            sys.exit("refusing to learn from a split other than train")
        text = record["text"]
        inside = bytearray(len(text))
        for attribution in record["attributions"]:
            for begin, end in attribution["cue"]:
                inside[begin:end] = b"\x01" * (end - begin)
        for match in WORD.finditer(text):
            word = match.group().lower().replace("’", "'")
            total[word] += 1
            if inside[match.start()]:
                cue[word] += 1
    return cue, total


def best_threshold(cue, total):
    """The cue rate cut-off with the best token-level F1 on train."""
    gold = sum(cue.values())
    best = (0.0, 1.0)
    for step in range(5, 100, 5):
        cut = step / 100
        kept = [w for w in cue if is_candidate(w) and cue[w] >= MIN_CUE
                and cue[w] / total[w] >= cut]
        hits = sum(cue[w] for w in kept)
        predicted = sum(total[w] for w in kept)
        if predicted == 0:
            continue
        p, r = hits / predicted, hits / gold
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        best = max(best, (f1, cut))
    return best[1]


def main():
    default = os.path.join(os.path.dirname(__file__), "..", "..", "shared",
                           "corpus", "attribution", "polnear-train.jsonl")
    path = sys.argv[1] if len(sys.argv) > 1 else default
    cue, total = count(path)
    cut = best_threshold(cue, total)
    print("# word\tcue_count\ttotal\tcue_rate  (PolNeAR train; "
          f"min {MIN_CUE} cues, rate >= {cut:.2f}: best token F1 on train)")
    for word in sorted(cue, key=lambda w: (-cue[w], w)):
        rate = cue[word] / total[word]
        if is_candidate(word) and cue[word] >= MIN_CUE and rate >= cut:
            print(f"{word}\t{cue[word]}\t{total[word]}\t{rate:.3f}")


if __name__ == "__main__":
    main()

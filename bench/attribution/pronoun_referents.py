#!/usr/bin/env python3
# Copyright (c) 2026 The corroborate Authors. All rights reserved.
# Use of this source code is governed by an MIT-style license.
"""How often `corroborate analyze` resolves a "he" or "she" source right.

PolNeAR marks the pronoun itself as the source, so the attribution scorer
cannot see whether "he said" was resolved to the right person. This script
runs `corroborate analyze --json` on the PolNeAR articles and checks
the resolved source of each pronoun listed in pronoun_referents.tsv (labelled
by hand) against the person it refers to.

    python3 bench/attribution/pronoun_referents.py [BUILD_DIR] [--verbose]

BUILD_DIR defaults to build-attribution (as score_dev.sh); the binary must
exist. A pronoun whose span is no longer a source (the finder changed) counts
as wrong and is listed with --verbose.
"""

import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    build = args[0] if args else os.path.join(ROOT, "build-attribution")
    binary = os.path.join(build, "src", "cli", "corroborate")
    labels = []
    with open(os.path.join(HERE, "pronoun_referents.tsv")) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            split, article, paragraph, byte, pronoun, referent = line.rstrip(
                "\n").split("\t")
            labels.append((split, article, int(paragraph), int(byte), pronoun,
                           referent))
    resolved = {}
    for split in sorted({label[0] for label in labels}):
        corpus = os.path.join(ROOT, "..", "shared", "corpus", "attribution",
                              f"polnear-{split}.jsonl")
        out = subprocess.run(
            [binary, "analyze", "--no-db", "-q", "--json", corpus],
            check=True, capture_output=True, text=True).stdout
        for article in json.loads(out)["articles"]:
            for a in article["attributions"]:
                for span in a["source_spans"]:
                    resolved[(split, article["id"], span["paragraph"],
                              span["begin"])] = a["source"]
    for split in sorted({label[0] for label in labels}):
        right = total = 0
        for s, article, paragraph, byte, pronoun, referent in labels:
            if s != split:
                continue
            got = resolved.get((s, article, paragraph, byte))
            ok = got is not None and referent in got.lower()
            right += ok
            total += 1
            if verbose and not ok:
                print(f"{split} {article} {paragraph}:{byte} {pronoun} -> "
                      f"{got} (want {referent})")
        print(f"{split}: pronouns resolved to the right person: {right} of "
              f"{total} ({100.0 * right / total:.1f}%)")


if __name__ == "__main__":
    main()

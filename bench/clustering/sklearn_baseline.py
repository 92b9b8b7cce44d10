#!/usr/bin/python3
# Copyright (c) 2026 The corroborate Authors. All rights reserved.
# Use of this source code is governed by an MIT-style license.
"""The baseline a user would otherwise pick for story clustering.

scikit-learn TF-IDF (English stop words, sublinear tf) over title + text,
then agglomerative clustering with cosine distance and average linkage,
cut at a distance threshold. The similarity threshold (1 - distance) is
tuned for pairwise F1 on wikiref-dev, as the issue asks, and then used on
every set. For reference it also prints, per event set, the baseline at the
threshold that is best on that set itself (an oracle no user has).

Rows have the same columns as cluster_bench. Needs Debian python3-sklearn,
which loads only under /usr/bin/python3.
"""
import argparse
import collections
import json
import os
import time

from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score


def load(path):
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [r["title"] + "\n\n" + r["text"] for r in rows], [r["event"] for r in rows]


def cluster(texts, similarity):
    x = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    model = AgglomerativeClustering(n_clusters=None, metric="cosine",
                                    linkage="average",
                                    distance_threshold=1 - similarity)
    return model.fit_predict(x.toarray())


def f1(p, r):
    return 0 if p + r == 0 else 2 * p * r / (p + r)


def score(pred, gold):
    """Pairwise P/R/F1, BCubed F1 and ARI, as src/link/cluster_metrics.h."""
    cells = collections.Counter(zip(pred, gold))
    clusters, labels = collections.Counter(pred), collections.Counter(gold)
    pairs = lambda k: k * (k - 1) / 2
    both = sum(pairs(k) for k in cells.values())
    same_c = sum(pairs(k) for k in clusters.values())
    same_l = sum(pairs(k) for k in labels.values())
    p = 1 if same_c == 0 else both / same_c
    r = 1 if same_l == 0 else both / same_l
    n = len(gold)
    bp = sum(k * k / clusters[c] for (c, _), k in cells.items()) / n
    br = sum(k * k / labels[l] for (_, l), k in cells.items()) / n
    return p, r, f1(p, r), f1(bp, br), adjusted_rand_score(gold, pred)


def row(system, name, texts, gold, similarity):
    start = time.perf_counter()
    pred = cluster(texts, similarity)
    seconds = time.perf_counter() - start
    p, r, f, b3, ari = score(list(pred), gold)
    print("%-12s %-22s %-6s %5d %6.3f %6.3f %6.3f %7.3f %6.3f %9.0f" %
          (system, name, "t=%.2f" % similarity, len(gold), p, r, f, b3, ari,
           len(gold) / seconds))
    return f


def best_threshold(texts, gold):
    grid = [t / 100 for t in range(2, 62, 2)]
    return max(grid, key=lambda t: (score(list(cluster(texts, t)), gold)[2], -t))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(here, "../../../shared"))
    ap.add_argument("--events", default=os.path.join(here, "../../tests/data/events/events.jsonl"))
    ap.add_argument("--heldout", default=os.path.join(here, "../../tests/data/events_heldout/events.jsonl"))
    args = ap.parse_args()
    d = os.path.join(args.shared, "corpus/clustering")
    sets = [("wikiref-dev", os.path.join(d, "wikiref-dev.jsonl")),
            ("polnear-dev-events", os.path.join(d, "polnear-dev-events.jsonl")),
            ("polnear-train-events", os.path.join(d, "polnear-train-events.jsonl")),
            ("events (ours)", args.events),
            ("events (held out)", args.heldout)]
    data = {name: load(path) for name, path in sets}
    tuned = best_threshold(*data["wikiref-dev"])
    for name, _ in sets:
        row("sklearn", name, *data[name], tuned)
    for name, _ in sets[1:]:
        row("sklearn-orc", name, *data[name], best_threshold(*data[name]))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Trains the attribution filter (src/analyze/attribution_filter.cc).

Usage: tools/train_attribution_filter.py BUILD_DIR

Reads the PolNeAR *train* split only (the documents of
tools/train_cue_classifier.py; dev is never read). BUILD_DIR is a Release
build with benchmarks (attribution_features, attribution_bench, cue_features).

1. Refits the cue classifier on four fifths of the train documents (the same
   fit as train_cue_classifier.py) and writes it with the lowest cue
   threshold tried, so the finder proposes every candidate the grid can use.
2. Runs BUILD_DIR/bench/attribution/attribution_features on train: one row
   per candidate attribution, label 1 iff its cue overlaps a gold cue.
3. Fits logistic regression with liblinear on the rows of those four fifths.
4. Tries every pair (cue threshold, filter threshold) on the held-out fifth
   with attribution_bench and keeps the pair with the best mean partial F1 of
   source, cue and content; "off" (no filter) at the shipped cue threshold is
   the baseline.
5. If a filter beats the baseline by MIN_GAIN, refits it on the rows of all
   train documents (with the shipped cue classifier, at the lowest cue
   threshold) and writes
   models/attribution_filter.tsv and the chosen threshold into
   models/cue_classifier.tsv; else writes nothing.

Deterministic: features are numbered in sorted order.
"""
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train_cue_classifier as cue  # noqa: E402

ROOT = cue.ROOT
MODELS = os.path.join(ROOT, 'models')
# Cue thresholds tried (the shipped classifier uses 0.40; the filter can
# only remove attributions, so lower ones trade its precision for recall).
CUE_THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4]
# Filter thresholds tried; None is no filter.
FILTER_THRESHOLDS = [None, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55]
# liblinear solver 0 (L2 logistic regression, primal): a few thousand
# features, most of them dense enough for L2; cost 1 is liblinear's default.
SOLVER = os.environ.get('FILTER_SOLVER', '0')
COST = float(os.environ.get('FILTER_COST', '1'))
MIN_FEATURE_COUNT = 2  # rarer features are noise
# The cue threshold train_cue_classifier.py chose: the baseline.
SHIPPED_CUE_THRESHOLD = 0.40
# A filter ships only if it beats the baseline by this much on the held-out
# fifth (about 170 documents): neighbouring cells of the grid differ by
# 0.001-0.003, so smaller gains are noise.
MIN_GAIN = 0.005


def tool(build_dir, name):
    return os.path.join(build_dir, 'bench', 'attribution', name)


def set_cue_threshold(path, threshold):
    text = open(path, encoding='utf-8', errors='surrogateescape').read()
    text = re.sub(r'(?m)^#threshold .*$', '#threshold %.4f' % threshold,
                  text, count=1)
    with open(path, 'w', encoding='utf-8', errors='surrogateescape') as f:
        f.write(text)


def read_rows(build_dir, models):
    env = dict(os.environ, CORROBORATE_MODELS_DIR=models)
    out = subprocess.run([tool(build_dir, 'attribution_features'), cue.TRAIN],
                         check=True, capture_output=True, env=env).stdout
    rows = []
    for line in out.decode('utf-8', 'surrogateescape').split('\n'):
        if line:
            doc, label, features = line.split('\t')
            rows.append((doc, int(label), features.split()))
    return rows


def feature_ids(rows):
    counts = collections.Counter(x for r in rows for x in set(r[2]))
    ids = {}
    for x in sorted(counts):
        if counts[x] >= MIN_FEATURE_COUNT:
            ids[x] = len(ids) + 1
    return ids


def fit(rows, ids, path):
    with open(path + '.svm', 'w') as f:
        for _, label, feats in sorted(rows, key=lambda r: -r[1]):
            nums = sorted({ids[x] for x in feats if x in ids})
            f.write('%d %s\n' % (label, ' '.join('%d:1' % i for i in nums)))
    subprocess.run(['liblinear-train', '-q', '-s', SOLVER, '-c', str(COST),
                    '-B', '1', path + '.svm', path + '.model'], check=True)
    lines = open(path + '.model').read().split('\n')
    weights = [float(x) for x in lines[lines.index('w') + 1:] if x.strip()]
    return weights[:-1], weights[-1]


def write_filter(path, ids, weights, bias, threshold, note):
    with open(path, 'w', encoding='utf-8', errors='surrogateescape') as f:
        f.write('# attribution filter: tools/train_attribution_filter.py on '
                'PolNeAR train; %s\n' % note)
        f.write('#threshold %.4f\n#bias %.4f\n' % (threshold, bias))
        for name in sorted(ids, key=ids.get):
            weight = weights[ids[name] - 1]
            if abs(weight) >= 0.005:
                f.write('%s\t%.3f\n' % (name, weight))


def scores(build_dir, models, docs):
    """Partial F1 of source, cue and content on `docs`."""
    env = dict(os.environ, CORROBORATE_MODELS_DIR=models)
    out = subprocess.run([tool(build_dir, 'attribution_bench'), docs,
                          '--repeat', '1'], check=True, capture_output=True,
                         text=True, env=env).stdout
    f1 = {line.split()[0]: float(line.split()[4])
          for line in out.splitlines()
          if line.split()[1:2] == ['partial']}
    return f1['source'], f1['cue'], f1['content']


def four_fifths_cue_model(build_dir, models):
    """Writes the cue classifier fitted on four fifths into `models`."""
    rows = cue.read_rows(build_dir)
    words = cue.candidates(rows) | cue.class_words()
    fit_rows = [r for r in rows if r[2] in words and not cue.held_out(r[0])]
    ids = cue.feature_ids_of(fit_rows)
    weights, bias = cue.fit(fit_rows, ids, os.path.join(models, 'cue'))
    cue.write_model(os.path.join(models, 'cue_classifier.tsv'), words, ids,
                    weights, bias, min(CUE_THRESHOLDS), 'four fifths')
    cue.model_dir(models)  # lexicon and WordNet verb classes


def grid(build_dir, models, docs, ids, weights, bias):
    filter_path = os.path.join(models, 'attribution_filter.tsv')
    results = []
    for t in CUE_THRESHOLDS:
        set_cue_threshold(os.path.join(models, 'cue_classifier.tsv'), t)
        for f in FILTER_THRESHOLDS:
            if f is None:
                if os.path.exists(filter_path):
                    os.remove(filter_path)
            else:
                write_filter(filter_path, ids, weights, bias, f,
                             'four fifths')
            s = scores(build_dir, models, docs)
            mean = sum(s) / 3
            print('cue %.2f filter %-4s: source %.3f cue %.3f content %.3f '
                  'mean %.4f' % (t, 'off' if f is None else '%.2f' % f,
                                 s[0], s[1], s[2], mean), flush=True)
            results.append((mean, t, f, s))
    return results


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    build_dir = sys.argv[1]
    shipped = SHIPPED_CUE_THRESHOLD
    with tempfile.TemporaryDirectory() as tmp:
        tmp = os.environ.get('FILTER_KEEP', tmp)
        models = os.path.join(tmp, 'model')
        os.makedirs(models, exist_ok=True)
        docs = os.path.join(tmp, 'heldout.jsonl')
        with open(cue.TRAIN) as src, open(docs, 'w') as dst:
            for line in src:
                if cue.held_out(json.loads(line)['id']):
                    dst.write(line)
        four_fifths_cue_model(build_dir, models)
        rows = [r for r in read_rows(build_dir, models)
                if not cue.held_out(r[0])]
        ids = feature_ids(rows)
        weights, bias = fit(rows, ids, os.path.join(tmp, 'filter'))
        results = grid(build_dir, models, docs, ids, weights, bias)
        baseline = [r for r in results if r[1] == shipped and r[2] is None]
        best = max(results, key=lambda r: (r[0], r[1]))
        print('baseline (cue %.2f, no filter): mean %.4f' %
              (shipped, baseline[0][0]))
        print('best: cue %.2f filter %s: mean %.4f' % (best[1], best[2],
                                                       best[0]))
        if best[2] is None or best[0] < baseline[0][0] + MIN_GAIN:
            print('the filter does not help on the held-out fifth: nothing '
                  'written')
            return
        # Refit on all train, with the shipped cue classifier.
        full = os.path.join(tmp, 'full')
        cue.model_dir(full)
        shutil.copy(os.path.join(MODELS, 'cue_classifier.tsv'), full)
        set_cue_threshold(os.path.join(full, 'cue_classifier.tsv'),
                          min(CUE_THRESHOLDS))
        rows = read_rows(build_dir, full)
        ids = feature_ids(rows)
        weights, bias = fit(rows, ids, os.path.join(tmp, 'filter_all'))
    write_filter(os.path.join(MODELS, 'attribution_filter.tsv'), ids, weights,
                 bias, best[2],
                 '%d rows, %d features, solver %s, cost %g; cue threshold '
                 '%.2f; held-out mean partial F1 %.4f (no filter, cue %.2f: '
                 '%.4f)' % (len(rows), len(ids), SOLVER, COST, best[1],
                            best[0], shipped, baseline[0][0]))
    set_cue_threshold(os.path.join(MODELS, 'cue_classifier.tsv'), best[1])


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Trains the attribution cue classifier (src/analyze/cue_classifier.cc).

Usage: tools/train_cue_classifier.py BUILD_DIR [OUT.tsv]

Runs BUILD_DIR/bench/attribution/cue_features on the PolNeAR *train* split
(../shared/corpus/attribution/polnear-train.jsonl; no other split is read),
keeps the candidate words (a gold cue token at least MIN_CUES times with a
cue rate of at least MIN_RATE, no function word; and every form of
models/verb_classes.tsv not mostly a noun or adjective whose first WordNet
sense is in one of the classes
$CUE_CLASSES, default all four attribution classes of
tools/derive_verb_classes.py, "none" for none, so rare and unseen
speech verbs are scored through their class features), fits an
L1-regularised logistic regression with liblinear (Debian liblinear-tools)
on four fifths of the train documents (candidates counted on those four
fifths only, so the held-out fifth sees words the model has not seen, as a
test split does), picks the probability threshold at which
BUILD_DIR/bench/attribution/attribution_bench scores best on the other
fifth (the mean of the source, cue and content partial F1: the whole
finder, not the token decision alone), refits on all train documents and
writes models/cue_classifier.tsv: "#threshold T", "#bias B", "#word W"
lines, then "feature<TAB>weight".

$CUE_KEEP=DIR keeps the four-fifths model and the held-out documents there
(DIR/model/, DIR/heldout.jsonl) for error analysis on train.
$CUE_NO_VERB_CLASSES=1 computes the features without models/verb_classes.tsv
(no WordNet class features: the model before them, for comparison).
"""
import collections
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRAIN = os.path.join(ROOT, '..', 'shared', 'corpus', 'attribution',
                     'polnear-train.jsonl')
# A word is a candidate when it lies in a gold cue at least this often and
# in at least this share of its occurrences: rarer words cost time at run
# time and add almost no cues (chosen on train: below 3 cues the candidate
# set doubles for under 1% of the gold cue tokens).
MIN_CUES = 3
MIN_RATE = 0.02
# liblinear's inverse regularisation and solver (6: L1 logistic
# regression, which keeps about 3,000 of 90,000 features and held-out token
# F1 within 0.003 of L2's; cost 0.5 beat 2 on held-out token F1).
COST = float(os.environ.get('CUE_COST', '0.5'))
SOLVER = os.environ.get('CUE_SOLVER', '6')
# Probability thresholds tried on the held-out fifth.
THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]
# Features seen fewer times than this are dropped (noise, model size).
MIN_FEATURE_COUNT = 2


# Closed-class words: inside multi-word cues ("has said", "in a statement")
# but never the word that makes one; the classifier skips them, which keeps
# it fast (they are 40% of the tokens).
FUNCTION_WORDS = set("""
a an the this that these those his her its their our my your some any no
to of in on for at by from with about into over after before as than
is are was were be been being am has have had do does did will would
can could should shall may might must not it he she they we i you him
them us me who which what whom whose and or but if so also more most
up out just then there here very
""".split())


def held_out(doc):
    return int(hashlib.md5(doc.encode()).hexdigest(), 16) % 5 == 0


USE_VERB_CLASSES = os.environ.get('CUE_NO_VERB_CLASSES', '') != '1'
# First-sense WordNet classes whose forms become candidates: all four
# attribution classes scored 0.785 mean partial F1 on the held-out fifth,
# communication alone 0.783, none (class features only) 0.777.
WIDEN_CLASSES = set(os.environ.get(
    'CUE_CLASSES', 'communication,cognition,perception,emotion').split(
        ',')) - {'none', ''}


def models_env(models):
    return dict(os.environ, CORROBORATE_MODELS_DIR=models)


def class_words():
    """The forms whose first WordNet sense is in WIDEN_CLASSES."""
    if not USE_VERB_CLASSES or not WIDEN_CLASSES:
        return set()
    words = set()
    with open(os.path.join(ROOT, 'models', 'verb_classes.tsv')) as f:
        for line in f:
            fields = line.rstrip('\n').split('\t')
            if line.startswith('#') or len(fields) < 2:
                continue
            # Not forms read mostly as nouns or adjectives ("plain").
            if fields[1] in WIDEN_CLASSES and fields[0] not in \
                    FUNCTION_WORDS and fields[3] == '0':
                words.add(fields[0])
    return words


def model_dir(path):
    """A models directory with the lexicon (and the verb classes)."""
    os.makedirs(path, exist_ok=True)
    names = ['cue_lexicon.tsv']
    if USE_VERB_CLASSES:
        names.append('verb_classes.tsv')
    for name in names:
        shutil.copy(os.path.join(ROOT, 'models', name), path)
    return path


def read_rows(build_dir, tmp=None):
    if tmp is None:
        with tempfile.TemporaryDirectory() as scratch:
            return read_rows(build_dir, scratch)
    tool = os.path.join(build_dir, 'bench', 'attribution', 'cue_features')
    # Bytes as the C++ side sees them (a token may hold invalid UTF-8).
    out = subprocess.run([tool, TRAIN], check=True, capture_output=True,
                         env=models_env(model_dir(os.path.join(
                             tmp, 'features')))).stdout.decode(
                             'utf-8', 'surrogateescape')
    rows = []
    for line in out.split('\n'):
        if not line:
            continue
        doc, label, word, features = line.split('\t')[:4]
        rows.append((doc, int(label), word, features.split()))
    return rows


def candidates(rows):
    cues, total = collections.Counter(), collections.Counter()
    for _, label, word, _ in rows:
        total[word] += 1
        cues[word] += label
    return {w for w in cues
            if cues[w] >= MIN_CUES and cues[w] / total[w] >= MIN_RATE and
            w not in FUNCTION_WORDS}


def fit(rows, feature_ids, path):
    """Trains on rows; returns (weights by feature id, bias)."""
    with open(path + '.svm', 'w') as f:  # ASCII: ids only
        # liblinear orders labels by first appearance: positive first.
        ordered = sorted(rows, key=lambda r: -r[1])
        for _, label, _, feats in ordered:
            ids = sorted({feature_ids[x] for x in feats if x in feature_ids})
            f.write('%d %s\n' % (label, ' '.join('%d:1' % i for i in ids)))
    subprocess.run(['liblinear-train', '-q', '-s', SOLVER, '-c', str(COST),
                    '-B', '1', path + '.svm', path + '.model'], check=True)
    lines = open(path + '.model').read().split('\n')
    start = lines.index('w') + 1
    weights = [float(x) for x in lines[start:] if x.strip()]
    return weights[:-1], weights[-1]


def probability(feats, feature_ids, weights, bias):
    import math
    z = bias + sum(weights[feature_ids[x] - 1] for x in set(feats)
                   if x in feature_ids)
    return 1 / (1 + math.exp(-z))


def best_threshold(rows, feature_ids, weights, bias, positives):
    scored = sorted(((probability(f, feature_ids, weights, bias), label)
                     for _, label, _, f in rows), reverse=True)
    best, tp, n = (0, 0.5), 0, 0
    for p, label in scored:
        n += 1
        tp += label
        f1 = 2 * tp / (n + positives)
        if f1 > best[0]:
            best = (f1, p)
    return best


def write_model(path, words, ids, weights, bias, threshold, note):
    names = sorted(ids, key=ids.get)
    with open(path, 'w', encoding='utf-8', errors='surrogateescape') as f:
        f.write('# cue classifier: tools/train_cue_classifier.py on PolNeAR '
                'train; %s\n' % note)
        f.write('#threshold %.4f\n#bias %.4f\n' % (threshold, bias))
        for w in sorted(words):
            f.write('#word %s\n' % w)
        for name in names:
            weight = weights[ids[name] - 1]
            if abs(weight) >= 0.005:
                f.write('%s\t%.3f\n' % (name, weight))


def bench_score(build_dir, models, docs):
    """The mean partial F1 of source, cue and content on `docs`."""
    return bench_roles(build_dir, models, docs)[0]


def bench_roles(build_dir, models, docs):
    """(mean, [source, cue, content]) partial F1 on `docs`."""
    tool = os.path.join(build_dir, 'bench', 'attribution', 'attribution_bench')
    out = subprocess.run([tool, docs, '--repeat', '1'], check=True,
                         capture_output=True, text=True,
                         env=models_env(models)).stdout
    f1 = [float(line.split()[4]) for line in out.splitlines()
          if line.split()[:2] in (['source', 'partial'], ['cue', 'partial'],
                                  ['content', 'partial'])]
    return sum(f1) / len(f1), f1


def choose_threshold(build_dir, tmp, words, ids, weights, bias):
    models = model_dir(os.path.join(tmp, 'model'))
    docs = os.path.join(tmp, 'heldout.jsonl')
    with open(TRAIN) as src, open(docs, 'w') as dst:
        for line in src:
            if held_out(json.loads(line)['id']):
                dst.write(line)
    best = (-1, 0.5)
    for t in THRESHOLDS:
        write_model(os.path.join(models, 'cue_classifier.tsv'), words, ids,
                    weights, bias, t, 'four fifths')
        score, roles = bench_roles(build_dir, models, docs)
        print('threshold %.2f: held-out mean partial F1 %.4f (source %.3f '
              'cue %.3f content %.3f)' % ((t, score) + tuple(roles)),
              file=sys.stderr)
        best = max(best, (score, t))
    write_model(os.path.join(models, 'cue_classifier.tsv'), words, ids,
                weights, bias, best[1], 'four fifths')
    return best


def feature_ids_of(rows):
    counts = collections.Counter(x for r in rows for x in set(r[3]))
    # Sorted: Python's string hashing varies per run, and liblinear's
    # solution depends on the feature order; this keeps the model
    # reproducible.
    ids = {}
    for x in sorted(counts):
        if counts[x] >= MIN_FEATURE_COUNT:
            ids[x] = len(ids) + 1
    return ids


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        ROOT, 'models', 'cue_classifier.tsv')
    with tempfile.TemporaryDirectory() as tmp:
        rows = read_rows(sys.argv[1], tmp)
        widened = class_words()
        # The four-fifths model knows only the candidates of its own
        # documents.
        fit_words = candidates([r for r in rows if not held_out(r[0])])
        fit_words |= widened
        fit_rows = [r for r in rows if r[2] in fit_words and
                    not held_out(r[0])]
        test_rows = [r for r in rows if r[2] in fit_words and held_out(r[0])]
        positives = sum(r[1] for r in rows if held_out(r[0]))
        keep = os.environ.get('CUE_KEEP', tmp)
        ids = feature_ids_of(fit_rows)
        weights, bias = fit(fit_rows, ids, os.path.join(tmp, 'a'))
        f1, _ = best_threshold(test_rows, ids, weights, bias, positives)
        score, threshold = choose_threshold(sys.argv[1], keep, fit_words, ids,
                                            weights, bias)
        words = candidates(rows) | widened
        cand = [r for r in rows if r[2] in words]
        ids = feature_ids_of(cand)
        weights, bias = fit(cand, ids, os.path.join(tmp, 'b'))
    write_model(out, words, ids, weights, bias, threshold,
                '%d candidate words (%d through WordNet classes %s), %d rows, '
                'solver %s, cost %g; held-out token F1 %.3f, mean partial F1 '
                '%.3f' % (len(words), len(widened - candidates(rows)),
                          ','.join(sorted(WIDEN_CLASSES)) or 'none',
                          len(cand), SOLVER, COST, f1, score))
    print('held-out fifth: token F1 %.3f, mean partial F1 %.4f at threshold '
          '%.2f' % (f1, score, threshold), file=sys.stderr)


if __name__ == '__main__':
    main()

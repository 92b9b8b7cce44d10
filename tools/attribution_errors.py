#!/usr/bin/env python3
"""Error analysis of predicted attributions against PolNeAR gold.

Usage: tools/attribution_errors.py GOLD.jsonl PRED.jsonl [GROUP ...]

PRED is what `attribution_bench GOLD --predict PRED` (or `corroborate
attribute`) writes. Prints, for the gold cues, how each fared (cue missed;
cue found with the source right, wrong, or missing; sourceless agreements),
the predicted cues that match no gold cue, the most frequent missed and
spurious cue texts, and the source units (deduplicated spans, as the
scorer counts them) missed or spurious with their cause. Each GROUP given
("wrong", "missing", "extra", "misscue:WORD", "fpcue:WORD") prints up to 60
examples. Use it on the held-out fifth of TRAIN (CUE_KEEP, see
tools/train_cue_classifier.py), never to tune on dev.
"""
import collections
import json
import sys


def overlaps(a, b):
    return any(s < e2 and s2 < e for s, e in a for s2, e2 in b)


def text_of(text, spans):
    return ' '.join(text[s:e] for s, e in spans)


def gold_cue_outcomes(text, gold, pred, counts, examples, missed):
    for g in gold:
        if not g['cue']:
            continue
        found = [p for p in pred if overlaps(p['cue'], g['cue'])]
        if not found:
            counts['gold cue missed'] += 1
            missed[g['cue_text'].lower()] += 1
            examples['misscue:' + g['cue_text'].lower()].append(
                (g['source_text'], g['cue_text'], g['content_text'][:80]))
            continue
        p = found[0]
        if not g['source'] and not p['source']:
            counts['both sourceless'] += 1
        elif not g['source']:
            counts['gold sourceless, predicted source'] += 1
            examples['extra'].append((text_of(text, p['source']),
                                      g['cue_text'], g['content_text'][:80]))
        elif not p['source']:
            counts['gold source, predicted sourceless'] += 1
            examples['missing'].append((g['source_text'], g['cue_text'],
                                        g['content_text'][:80]))
        elif overlaps(p['source'], g['source']):
            counts['source right'] += 1
        else:
            counts['source wrong'] += 1
            examples['wrong'].append(('GOLD=' + g['source_text'],
                                      'PRED=' + text_of(text, p['source']),
                                      g['cue_text']))


def spurious_cues(text, gold, pred, counts, examples, spurious):
    for p in pred:
        if any(overlaps(p['cue'], g['cue']) for g in gold if g['cue']):
            continue
        cue = text_of(text, p['cue']).lower()
        counts['predicted cue matches no gold cue'] += 1
        spurious[cue] += 1
        begin, end = p['cue'][0][0], p['cue'][-1][1]
        examples['fpcue:' + cue].append(
            (text_of(text, p['source']),
             text[max(0, begin - 60):end + 60].replace('\n', ' ')))


def source_units(gold, pred, counts):
    """Source units (as the scorer dedupes them) missed or spurious, by why."""
    gold_units = {json.dumps(a['source']): a for a in gold if a['source']}
    pred_units = {json.dumps(a['source']): a for a in pred if a['source']}
    for unit in gold_units.values():
        if any(overlaps(unit['source'], p['source'])
               for p in pred_units.values()):
            continue
        cues = [a['cue'] for a in gold if a['source'] == unit['source']]
        hits = [p for p in pred if any(overlaps(p['cue'], c) for c in cues)]
        why = ('cue missed' if not hits else 'predicted sourceless'
               if not any(p['source'] for p in hits) else 'wrong span')
        counts['source unit missed: ' + why] += 1
    for unit in pred_units.values():
        if any(overlaps(unit['source'], g['source'])
               for g in gold_units.values()):
            continue
        cues = [a['cue'] for a in pred if a['source'] == unit['source']]
        hits = [g for g in gold if any(overlaps(g['cue'], c) for c in cues)]
        why = ('cue matches no gold cue' if not hits else 'gold sourceless'
               if not any(g['source'] for g in hits) else 'wrong span')
        counts['source unit spurious: ' + why] += 1


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    gold = {}
    for line in open(sys.argv[1], encoding='utf-8'):
        record = json.loads(line)
        gold[record['id']] = record
    counts = collections.Counter()
    examples = collections.defaultdict(list)
    missed, spurious = collections.Counter(), collections.Counter()
    for line in open(sys.argv[2], encoding='utf-8'):
        record = json.loads(line)
        g = gold[record['id']]
        pred = record['attributions']
        gold_cue_outcomes(g['text'], g['attributions'], pred, counts,
                          examples, missed)
        spurious_cues(g['text'], g['attributions'], pred, counts, examples,
                      spurious)
        source_units(g['attributions'], pred, counts)
    for key, n in sorted(counts.items()):
        print('%-48s %6d' % (key, n))
    print('most missed cues:', missed.most_common(40))
    print('most spurious cues:', spurious.most_common(40))
    for group in sys.argv[3:]:
        print('==', group)
        for example in examples[group][:60]:
            print(example)


if __name__ == '__main__':
    main()

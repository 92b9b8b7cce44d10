#!/usr/bin/env python3
"""Derives models/verb_classes.tsv from WordNet 3.0 (Debian wordnet-base).

Usage: tools/derive_verb_classes.py [WORDNET_DIR] [OUT.tsv]

Reads index.verb, data.verb, verb.exc, index.noun and cntlist.rev from
WORDNET_DIR (default /usr/share/wordnet) and writes, for every inflected
form of a one-word verb lemma with at least one sense in an attribution
class (communication, cognition, perception, emotion: the lexicographer
files verb.communication 32, verb.cognition 31, verb.perception 39,
verb.emotion 37), one line

    FORM<TAB>FIRST<TAB>ANY<TAB>NOUN

FIRST is the lexicographer class of the lemma's first sense (WordNet
orders senses by their tagged frequency), "other" if that is not one of
the four; ANY the comma-separated attribution classes of all its senses;
NOUN is 1 when the form is the lemma or its -s form and the lemma's noun
or adjective senses are tagged more often than its verb senses in
WordNet's semantic concordance (cntlist.rev: "fears", "plain"), so the form
is mostly read as a noun or adjective, and 0 otherwise ("feared"). Forms: the lemma, its -s, -ed and -ing forms by the
inverse of WordNet's morphy detachment rules, and the irregular and
consonant-doubling forms of verb.exc ("quipped", "told"). A form reached
from several lemmas takes the lemma equal to the form, else the lemma with
the most tagged verb senses, for FIRST and NOUN, and the union for ANY.

The output depends only on the WordNet files (sorted, no randomness): a
rerun reproduces it byte for byte. No corpus is read.
"""
import collections
import os
import sys

# Lexicographer file numbers (WordNet's lexnames(5WN)) of the classes
# whose verbs can introduce an attribution: telling, thinking, seeing,
# feeling ("fears that").
CLASSES = {31: 'cognition', 32: 'communication', 37: 'emotion',
           39: 'perception'}


def read_lines(path):
    with open(path, encoding='latin-1') as f:
        return [l for l in f.read().split('\n') if l and not l.startswith(' ')]


def index_offsets(path):
    """lemma -> its synset offsets, most frequent sense first."""
    out = {}
    for line in read_lines(path):
        fields = line.split()
        lemma, synsets, pointers = fields[0], int(fields[2]), int(fields[3])
        offsets = fields[6 + pointers:6 + pointers + synsets]
        out[lemma] = offsets
    return out


def lexfile_numbers(data_path):
    """synset offset -> lexicographer file number."""
    return {l.split()[0]: int(l.split()[1]) for l in read_lines(data_path)}


def tag_counts(cntlist_path):
    """(lemma, pos digit) -> total tagged count of its senses (adjective
    satellites, 5, count as adjectives, 3)."""
    counts = collections.Counter()
    for line in read_lines(cntlist_path):
        key, _, count = line.split()
        lemma, rest = key.split('%', 1)
        counts[(lemma, '3' if rest[0] == '5' else rest[0])] += int(count)
    return counts


def regular_forms(lemma):
    """The -s, -ed and -ing forms, inverting morphy's verb rules."""
    consonant_y = len(lemma) > 1 and lemma.endswith('y') and \
        lemma[-2] not in 'aeiou'
    if consonant_y:
        s, ed = lemma[:-1] + 'ies', lemma[:-1] + 'ied'
    elif lemma.endswith(('s', 'x', 'z', 'ch', 'sh')):
        s, ed = lemma + 'es', lemma + 'ed'
    else:
        s, ed = lemma + 's', lemma + ('d' if lemma.endswith('e') else 'ed')
    if lemma.endswith('e') and not lemma.endswith(('ee', 'ye', 'oe')) and \
            len(lemma) > 2:
        ing = lemma[:-1] + 'ing'
    else:
        ing = lemma + 'ing'
    return [lemma, s, ed, ing]


def main():
    wordnet = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/wordnet'
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        root, 'models', 'verb_classes.tsv')
    verbs = index_offsets(os.path.join(wordnet, 'index.verb'))
    lexfile = lexfile_numbers(os.path.join(wordnet, 'data.verb'))
    counts = tag_counts(os.path.join(wordnet, 'cntlist.rev'))
    lemmas = {}  # lemma -> (first class, any classes, noun-dominant)
    for lemma, offsets in verbs.items():
        if '_' in lemma or not lemma.isalpha():
            continue
        classes = {CLASSES[lexfile[o]] for o in offsets if lexfile[o] in
                   CLASSES}
        if not classes:
            continue
        first = CLASSES.get(lexfile[offsets[0]], 'other')
        noun = max(counts[(lemma, '1')], counts[(lemma, '3')]) > \
            counts[(lemma, '2')]
        lemmas[lemma] = (first, classes, noun)
    forms = collections.defaultdict(set)
    bare = set()  # (form, lemma): the lemma itself or its -s form
    for lemma in lemmas:
        for k, form in enumerate(regular_forms(lemma)):
            forms[form].add(lemma)
            if k < 2:
                bare.add((form, lemma))
    for line in read_lines(os.path.join(wordnet, 'verb.exc')):
        fields = line.split()
        for lemma in fields[1:]:
            if lemma in lemmas:
                forms[fields[0]].add(lemma)
    with open(out, 'w', encoding='utf-8') as f:
        f.write('# verb classes: tools/derive_verb_classes.py from WordNet '
                '3.0 (Princeton WordNet license); form, first-sense class, '
                'classes of any sense, noun-dominant\n')
        for form in sorted(forms):
            if not form.isalpha():
                continue
            owners = sorted(forms[form])
            main_lemma = form if form in owners else max(
                owners, key=lambda l: (counts[(l, '2')], l))
            first, _, noun = lemmas[main_lemma]
            noun = noun and (form, main_lemma) in bare
            union = sorted(set().union(*(lemmas[l][1] for l in owners)))
            f.write('%s\t%s\t%s\t%d\n' % (form, first, ','.join(union),
                                           int(noun)))


if __name__ == '__main__':
    main()

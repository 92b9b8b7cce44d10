#!/usr/bin/env python3
"""Derives models/given_names.tsv from the 1990 US Census first-name lists.

Usage: tools/derive_given_names.py [NAMES_PM] [OUT.tsv]

The lists ship in Debian's libtext-names-perl (NAMES_PM, default
/usr/share/perl5/Text/Names.pm) as two here-documents,
$COMMON_MALE_FIRSTNAMES (the 1,219 most common male first names) and
$COMMON_FEMALE_FIRSTNAMES (4,275 female), one name per line with its share
of people of that sex in percent. The Census data is in the public domain.

Writes one line per name that tells a person's sex with little doubt:

    NAME<TAB>m|f

lower-case, sorted. A name on one list only counts when its share there is
at least MIN_SHARE percent (rarer names are mostly spelling variants and
surnames); a name on both lists takes the sex whose share is at least
RATIO times the other's, or RATIO / 4 times for a female name ending in
-a, -ne or -ette and a male name with none of them ("Bernie", "Chris"), as
Text::Names::guessGender decides ("Taylor" and "Jordan" fall out). The
output depends only on the file read: a rerun reproduces it byte for
byte.
"""
import re
import sys

MIN_SHARE = 0.002  # percent: about 1 in 50,000 people of that sex
RATIO = 20.0
FEMALE_ENDING = re.compile(r'(ette|ne|a)$')


def read_list(text, variable):
    """name -> share in percent, from the here-document of `variable`."""
    match = re.search(r'\$' + variable + r' = <<ENDNAMES;\n(.*?)\nENDNAMES',
                      text, re.S)
    if match is None:
        sys.exit('no $%s in the input' % variable)
    shares = {}
    for line in match.group(1).split('\n'):
        fields = line.split()
        if len(fields) >= 2 and fields[0].isalpha():
            shares[fields[0].lower()] = float(fields[1])
    return shares


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else \
        '/usr/share/perl5/Text/Names.pm'
    out = sys.argv[2] if len(sys.argv) > 2 else 'models/given_names.tsv'
    with open(source, encoding='latin-1') as f:
        text = f.read()
    male = read_list(text, 'COMMON_MALE_FIRSTNAMES')
    female = read_list(text, 'COMMON_FEMALE_FIRSTNAMES')
    rows = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        female_ending = FEMALE_ENDING.search(name) is not None
        male_ratio = RATIO if female_ending else RATIO / 4
        female_ratio = RATIO / 4 if female_ending else RATIO
        if m >= MIN_SHARE and m >= male_ratio * f:
            rows.append((name, 'm'))
        elif f >= MIN_SHARE and f >= female_ratio * m:
            rows.append((name, 'f'))
    with open(out, 'w') as f:
        f.write('# given names: tools/derive_given_names.py from the 1990 US '
                'Census first-name lists (public domain; Debian '
                'libtext-names-perl); name, sex\n')
        for name, sex in rows:
            f.write('%s\t%s\n' % (name, sex))
    print('%d male, %d female names' % (
        sum(1 for _, s in rows if s == 'm'), sum(1 for _, s in rows if s == 'f')))


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
# Concordance over the TempEval-3 training TimeML: every match of a regular expression in the
# document texts, and whether a gold TIMEX3 covers it (type, value, extent). Use it to check
# whether the corpus tags a kind of expression consistently before writing a rule for it:
#   tools/tempeval/concordance.py '\brecent\b' --show
# Reads ../shared/data/tempeval3/train (relative to the repository) or the folder given by --data.
import argparse, glob, os, re

ap = argparse.ArgumentParser()
ap.add_argument('pattern')
ap.add_argument('--show', action='store_true', help='list every occurrence with its context')
ap.add_argument('--data', default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                               '../../../shared/data/tempeval3/train'))
a = ap.parse_args()
pat = re.compile(a.pattern, re.I)
total = tagged = 0
for f in sorted(glob.glob(os.path.join(a.data, '*', '*.tml'))):
    s = open(f, encoding='utf-8').read()
    t = s[s.index('<TEXT>') + 6:s.index('</TEXT>')]
    plain, spans, pos = '', [], 0
    for m in re.finditer(r'<TIMEX3([^>]*)>(.*?)</TIMEX3>|<[^>]+>', t, re.S):
        plain += t[pos:m.start()]
        if m.group(1) is not None:
            inner = re.sub(r'<[^>]+>', '', m.group(2))
            attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
            spans.append((len(plain), len(plain) + len(inner), attrs.get('type'), attrs.get('value'), inner))
            plain += inner
        pos = m.end()
    plain += t[pos:]
    for m in pat.finditer(plain):
        total += 1
        hit = [sp for sp in spans if sp[0] < m.end() and m.start() < sp[1]]
        tagged += bool(hit)
        if a.show:
            ctx = plain[max(0, m.start() - 60):m.end() + 40].replace('\n', ' ')
            label = '%s %s [%s]' % (hit[0][2], hit[0][3], hit[0][4]) if hit else '-'
            print('%-16s %-40s | %s' % (os.path.basename(f)[:16], label[:40], ctx))
print('total', total, 'tagged', tagged)

#!/usr/bin/env python3
"""Re-check the parser goldens (tests/data/parser/*.pseudoxml) against docutils' own parse.

Usage: tests/tools/recheck-parser-goldens.py [--shared DIR] [--show N]

A golden is written from Docent's output; this asks docutils (through the oracle script
DIR/conformance/docutils-parse.py, DIR defaulting to ../shared beside the repository) what it makes
of each case, both normalised as DIR/conformance/score.py does, so that a golden that drifted from
docutils is noticed. Prints "M/N parser goldens agree with docutils" and the first difference of
each that does not. Exits 1 when any differs; 77 (skipped) when docutils or the oracle is not on
this machine: the repository itself needs neither.
"""
import argparse
import glob
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument('--shared', default=os.path.normpath(os.path.join(here, '..', '..', '..', 'shared')))
ap.add_argument('--show', type=int, default=20)
a = ap.parse_args()
conformance = os.path.join(a.shared, 'conformance')
oracle = os.path.join(conformance, 'docutils-parse.py')
if not os.path.isfile(oracle) or not os.path.isfile(os.path.join(conformance, 'score.py')):
    print(f'skipped: the docutils oracle ({oracle}) is not on this machine')
    sys.exit(77)
try:
    import docutils  # noqa: F401  the oracle needs it
except ImportError:
    print('skipped: docutils is not installed (apt-get install python3-docutils)')
    sys.exit(77)
sys.path.insert(0, conformance)
from score import normalise  # noqa: E402

cases = sorted(glob.glob(os.path.join(here, '..', 'data', 'parser', '*.rst')))
agree, differ = 0, []
for case in cases:
    golden = open(case[:-len('.rst')] + '.pseudoxml', encoding='utf-8').read()
    with open(case, 'rb') as source:  # includes are relative to the case, as in tst_parser
        parsed = subprocess.run([sys.executable, oracle], stdin=source, capture_output=True,
                                cwd=os.path.dirname(case)).stdout.decode()
    want, have = normalise(parsed).splitlines(), normalise(golden).splitlines()
    if want == have:
        agree += 1
        continue
    i = next((k for k in range(min(len(want), len(have))) if want[k] != have[k]), min(len(want), len(have)))
    differ.append((os.path.basename(case), i + 1, want[i] if i < len(want) else '<end>',
                   have[i] if i < len(have) else '<end>'))
print(f'{agree}/{len(cases)} parser goldens agree with docutils')
for name, line, want, have in differ[:a.show]:
    print(f'{name}: line {line}\n  docutils: {want.strip()}\n  golden:   {have.strip()}')
sys.exit(1 if differ else 0)

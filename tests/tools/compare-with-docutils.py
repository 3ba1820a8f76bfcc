#!/usr/bin/env python3
"""Compare `docent dump --docutils` with docutils' own parser on every .rst file of a tree.

Usage: tests/tools/compare-with-docutils.py [TREE] [--docent build/bin/docent] [--show N]

TREE defaults to ../shared/corpus/nova/doc/source. Needs docutils (the oracle script in
../shared/conformance); not part of the test suite. Both outputs are normalised as
../shared/conformance/score.py does. Prints "M/N files match" and the first difference of each
file that does not. Exits 1 when any file differs, 77 (skipped) when the tree, the oracle or
docutils is not on this machine.
"""
import argparse
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.normpath(os.path.join(here, '..', '..', '..', 'shared'))
sys.path.insert(0, os.path.join(shared, 'conformance'))
from score import normalise  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument('tree', nargs='?', default=os.path.join(shared, 'corpus', 'nova', 'doc', 'source'))
ap.add_argument('--docent', default=os.path.join(here, '..', '..', 'build', 'bin', 'docent'))
ap.add_argument('--show', type=int, default=10)
a = ap.parse_args()
oracle = os.path.join(shared, 'conformance', 'docutils-parse.py')
try:
    import docutils  # noqa: F401  the oracle needs it
except ImportError:
    print('skipped: docutils is not installed (apt-get install python3-docutils)')
    sys.exit(77)
if not os.path.isdir(a.tree) or not os.path.isfile(oracle):
    print(f'skipped: {a.tree} or {oracle} is not on this machine')
    sys.exit(77)

files = sorted(os.path.join(d, f) for d, _, fs in os.walk(a.tree) for f in fs if f.endswith('.rst'))
matching, failures = 0, []
for path in files:
    source = open(path, 'rb').read()
    cwd = os.path.dirname(path)  # includes are relative to the file
    expected = subprocess.run([sys.executable, oracle], input=source, capture_output=True, cwd=cwd).stdout.decode()
    got = subprocess.run([a.docent, 'dump', '--docutils', '-'], input=source, capture_output=True, cwd=cwd).stdout.decode()
    e, g = normalise(expected).splitlines(), normalise(got).splitlines()
    if e == g:
        matching += 1
        continue
    i = next((k for k in range(min(len(e), len(g))) if e[k] != g[k]), min(len(e), len(g)))
    failures.append((os.path.relpath(path, a.tree), i + 1, e[i] if i < len(e) else '<end>', g[i] if i < len(g) else '<end>'))
print(f'{matching}/{len(files)} files match docutils')
for name, line, exp, got in failures[:a.show]:
    print(f'{name}: line {line}\n  docutils: {exp.strip()}\n  docent:   {got.strip()}')
sys.exit(1 if failures else 0)

#!/usr/bin/env python3
"""Builds a synthetic documentation tree of about N MB of reST for the scale benchmarks.

    benchmarks/make-scale-tree.py 100 /tmp/scale-100

Copies the real trees of ../shared/corpus (CPython's Doc while it fits, then nova's doc/source)
into numbered subfolders (copy-01-cpython, ..., copy-13-nova) until their .rst files add up to
N MB, and writes a root conf.py and index.rst whose toctree lists each copy's root document. Everything a copy's
pages link to is inside the copy, so its :doc: links stay valid; its own conf.py is only a file
there (the tree's root is the folder with the root conf.py). Labels repeat from copy to copy, so
the first copy's win, as duplicate labels do in any tree. The output goes where you say, never
into the repository.
"""
import argparse
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.join(HERE, "..", "..", "shared", "corpus")
# name, folder in the corpus, root document (conf.py's root_doc there)
SOURCES = [("nova", os.path.join("nova", "doc", "source"), "index"),
           ("cpython", os.path.join("cpython", "Doc"), "contents")]


def rst_bytes(folder):
    total = 0
    for dirpath, _, files in os.walk(folder):
        total += sum(os.path.getsize(os.path.join(dirpath, f)) for f in files if f.endswith(".rst"))
    return total


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("megabytes", type=float, help="size of reST to reach (MB, 10^6 bytes)")
    ap.add_argument("out", help="folder to create (must not exist, or pass --force)")
    ap.add_argument("--corpus", default=os.environ.get("DOCENT_SHARED", "") and
                    os.path.join(os.environ["DOCENT_SHARED"], "corpus") or DEFAULT_CORPUS)
    ap.add_argument("--force", action="store_true", help="replace OUT if it exists")
    args = ap.parse_args()

    out = os.path.abspath(args.out)
    if os.path.exists(out):
        if not args.force:
            sys.exit(f"{out} exists (pass --force to replace it)")
        shutil.rmtree(out)
    os.makedirs(out)
    sizes = {name: rst_bytes(os.path.join(args.corpus, rel)) for name, rel, _ in SOURCES}
    target = int(args.megabytes * 1e6)
    total, copies = 0, []
    while total < target:
        # CPython's copies while they fit, then nova's (smaller) to come close to the size asked.
        big = max(SOURCES, key=lambda s: sizes[s[0]])
        small = min(SOURCES, key=lambda s: sizes[s[0]])
        name, rel, root = big if total + sizes[big[0]] <= target else small
        folder = f"copy-{len(copies) + 1:02d}-{name}"
        shutil.copytree(os.path.join(args.corpus, rel), os.path.join(out, folder), symlinks=True)
        copies.append(f"{folder}/{root}")
        total += sizes[name]
    with open(os.path.join(out, "conf.py"), "w") as f:
        f.write(f"project = 'Scale tree ({args.megabytes:g} MB)'\n")
        f.write("exclude_patterns = ['_build', '**/_build']\n")
    with open(os.path.join(out, "index.rst"), "w") as f:
        title = f"Scale tree: {len(copies)} copies, {total / 1e6:.1f} MB of reST"
        f.write(f"{title}\n{'=' * len(title)}\n\n.. toctree::\n   :maxdepth: 1\n\n")
        for root in copies:
            f.write(f"   {root}\n")
    files = sum(1 for _, _, fs in os.walk(out) for x in fs if x.endswith(".rst"))
    print(f"{out}: {len(copies)} copies, {files} .rst files, {total / 1e6:.1f} MB of reST")


if __name__ == "__main__":
    main()

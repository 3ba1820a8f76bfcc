#!/bin/sh
# Brings the golden files up to date from a test run (the update-golden target runs the golden
# tests first): copies each actual output the tests left in OUT/actual over its golden, and
# removes the goldens no case compared any more: in each folder of compared goldens, the files with
# their extension that OUT/seen does not list. OUT must come from one fresh run of every test that
# compares goldens, or goldens of the tests left out would count as orphans.
# Usage: update-goldens.sh OUT DATA   (OUT: build/tests/goldens, DATA: tests/data)
set -eu
out=$1
data=$2
[ -d "$out/seen" ] || { echo "update-goldens: no golden comparisons recorded in $out" >&2; exit 1; }

if [ -d "$out/actual" ]; then
    (cd "$out/actual" && find . -type f) | while read -r rel; do
        cp "$out/actual/$rel" "$data/$rel"
        echo "updated ${rel#./}"
    done
fi

# every (folder, extension) that holds a compared golden, then its files nobody compared
(cd "$out/seen" && find . -type f) | sed -n 's|^\./\(.*\)/[^/]*\.\([^./]*\)$|\1 \2|p' | sort -u |
    while read -r dir ext; do
        for golden in "$data/$dir"/*."$ext"; do
            [ -e "$golden" ] || continue
            rel=$dir/$(basename "$golden")
            if [ ! -e "$out/seen/$rel" ]; then
                rm "$golden"
                echo "removed orphan $rel"
            fi
        done
    done

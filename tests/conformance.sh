#!/usr/bin/env bash
# Scores `docent dump --docutils` against docutils' own parser test cases when ../shared has them.
# Prints the figure; exits 77 (skipped) when the cases or python3 are not there.
bin=$1
dir=$2
if [ ! -f "$dir/score.py" ]; then
    echo "skipped: $dir/score.py not found (the shared conformance cases are not on this machine)"
    exit 77
fi
if ! command -v python3 >/dev/null; then
    echo "skipped: python3 is not installed"
    exit 77
fi
python3 "$dir/score.py" --show-failures 0 -- "$bin" dump --docutils - | tail -n 60

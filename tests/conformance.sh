#!/usr/bin/env bash
# Scores `docent dump --docutils` against docutils' own parser test cases when ../shared has them,
# and fails when fewer than FLOOR cases pass (the figure main has reached: it may only go up).
# Exits 77 (skipped) when the cases or python3 are not there. Usage: conformance.sh DOCENT DIR FLOOR
set -uo pipefail
bin=$1
dir=$2
floor=$3
if [ ! -f "$dir/score.py" ]; then
    echo "skipped: $dir/score.py not found (the shared conformance cases are not on this machine)"
    exit 77
fi
if ! command -v python3 >/dev/null; then
    echo "skipped: python3 is not installed"
    exit 77
fi
out=$(python3 "$dir/score.py" --show-failures 5 -- "$bin" dump --docutils -)
status=$?
printf '%s\n' "$out" | tail -n 60
if [ "$status" -ne 0 ] && ! printf '%s\n' "$out" | grep -q '^conformance: '; then
    echo "conformance: score.py failed (exit status $status)" >&2
    exit 1
fi
passed=$(printf '%s\n' "$out" | sed -n 's/^conformance: \([0-9]*\)\/[0-9]* passed.*/\1/p' | tail -n 1)
if [ -z "$passed" ]; then
    echo "conformance: no score line in score.py's output" >&2
    exit 1
fi
if [ "$passed" -lt "$floor" ]; then
    echo "conformance: $passed cases pass, fewer than the floor of $floor" >&2
    exit 1
fi
echo "conformance: $passed cases pass (floor $floor)"

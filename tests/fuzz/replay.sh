#!/usr/bin/env bash
# Runs a fuzz target once over every file of its seed corpus and regression folders (no fuzzing):
# a crash, sanitizer report or leak on any of them fails. Usage: replay.sh FUZZER DIR...
set -euo pipefail
fuzzer=$1
shift
files=()
for dir in "$@"; do
  [ -d "$dir" ] || continue
  while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$dir" -type f ! -name '.*' -print0 | sort -z)
done
if [ ${#files[@]} -eq 0 ]; then
  echo "replay: no inputs for $(basename "$fuzzer")" >&2
  exit 1
fi
# From an empty folder, so that reading directives find only what the target itself provides.
run=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$run" "$log"' EXIT
cd "$run"
# Given files (not folders), libFuzzer runs each once and stops at the first failure.
"$fuzzer" -timeout=60 -rss_limit_mb=4096 "${files[@]}" 2>"$log" || {
  status=$?
  tail -n 60 "$log" >&2
  echo "replay: $(basename "$fuzzer") failed on one of ${#files[@]} inputs (exit status $status)" >&2
  exit "$status"
}
echo "replay: $(basename "$fuzzer"): ${#files[@]} inputs ran clean"

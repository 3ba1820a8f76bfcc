#!/usr/bin/env bash
# The test suite's short fuzz run: builds fuzz_parser with clang (libFuzzer, ASan, UBSan) into its
# own build folder and runs it for DOCENT_FUZZ_SECONDS (default 60) from an empty temporary folder,
# seeded with the parser goldens and the reST dictionary. Any crash, sanitizer report, leak, slow
# input or out-of-memory fails it; the reproducer is printed in base64.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${DOCENT_FUZZ_SECONDS:-60}
build=${DOCENT_FUZZ_BUILD_DIR:-build-fuzz}

# UBSan reports must stop the run, not scroll by.
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DDOCENT_FUZZ=ON -DDOCENT_BUILD_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS="$flags" >/dev/null
cmake --build "$build" --target fuzz_parser

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus" "$work/run" "$work/artifacts"
cp tests/data/parser/*.rst "$work/corpus/"
fuzzer=$(realpath "$build/bin/fuzz_parser")
dict=$(realpath tests/fuzz/rst.dict)

# From an empty folder, so that include and :file: directives find nothing to read.
status=0
(cd "$work/run" && "$fuzzer" "$work/corpus" -max_total_time="$seconds" -max_len=4096 -timeout=30 \
  -dict="$dict" -artifact_prefix="$work/artifacts/" -print_final_stats=1) 2>"$work/fuzz.log" || status=$?
# libFuzzer reports every new input it finds: only its verdict and statistics go to the CI log.
grep -E '^(stat::|Done )' "$work/fuzz.log" || true
if [ "$status" -ne 0 ]; then
  tail -n 60 "$work/fuzz.log" >&2
  for f in "$work"/artifacts/*; do
    [ -e "$f" ] || continue
    echo "fuzz: reproducer $(basename "$f") (base64):" >&2
    base64 "$f" >&2
  done
  echo "fuzz: fuzz_parser failed (exit status $status)" >&2
  exit "$status"
fi
echo "fuzz: ${seconds}s of fuzzing found nothing"

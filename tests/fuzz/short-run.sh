#!/usr/bin/env bash
# The test suite's short fuzz run: builds every fuzz target with clang (libFuzzer, ASan, UBSan) into
# its own build folder, replays each target's corpus and regression inputs (ctest), then fuzzes each
# target for DOCENT_FUZZ_SECONDS (default 30) from an empty temporary folder. Any crash, sanitizer
# report, leak, slow input or out-of-memory fails it; the reproducer is printed in base64.
# DOCENT_FUZZ_TARGETS (space-separated names) limits it to some targets.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${DOCENT_FUZZ_SECONDS:-30}
build=${DOCENT_FUZZ_BUILD_DIR:-build-fuzz}

# UBSan reports must stop the run, not scroll by.
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DDOCENT_FUZZ=ON -DDOCENT_BUILD_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS="$flags" >/dev/null
targets=${DOCENT_FUZZ_TARGETS:-$(cd "$build/fuzzers" && ls -- *.seeds | sed 's/\.seeds$//' | tr '\n' ' ')}
# shellcheck disable=SC2086 # one word per target
cmake --build "$build" --target $targets
regex=$(echo $targets | sed 's/ /|/g')
ctest --test-dir "$build" -R "^($regex)-replay\$" --output-on-failure

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in $targets; do
  rm -rf "$work/new" "$work/run" "$work/artifacts"
  mkdir "$work/new" "$work/run" "$work/artifacts"
  # The dictionary and the seed folders that exist (git keeps no empty folder).
  args=()
  while IFS= read -r arg; do
    [[ "$arg" == -* || -d "$arg" ]] && args+=("$arg")
  done <"$build/fuzzers/$target.seeds"
  fuzzer=$(realpath "$build/bin/$target")
  # New inputs go to the first folder (thrown away); the others only seed it. From an empty folder,
  # so that reading directives find only what the target itself provides.
  status=0
  (cd "$work/run" && "$fuzzer" "$work/new" "${args[@]}" -max_total_time="$seconds" -max_len=4096 -timeout=30 \
    -artifact_prefix="$work/artifacts/" -print_final_stats=1) 2>"$work/fuzz.log" || status=$?
  # libFuzzer reports every new input it finds: only its verdict and statistics go to the CI log.
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done )' "$work/fuzz.log" | sed "s/^/$target: /" || true
  if [ "$status" -ne 0 ]; then
    tail -n 60 "$work/fuzz.log" >&2
    for f in "$work"/artifacts/*; do
      [ -e "$f" ] || continue
      echo "fuzz: reproducer $(basename "$f") (base64):" >&2
      base64 "$f" >&2
    done
    echo "fuzz: $target failed (exit status $status)" >&2
    exit "$status"
  fi
  echo "fuzz: $target: ${seconds}s of fuzzing found nothing"
done

#!/usr/bin/env bash
# Installs what is missing, builds Docent and all tests into build/, runs the whole suite, then a
# one-minute fuzz run of the parser (tests/fuzz/short-run.sh; DOCENT_SKIP_FUZZ=1 leaves it out).
# Exits non-zero on any failure. With CI=true, compiler warnings are errors.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/deps/install-debian.sh
preset=default
[ "${CI:-}" = "true" ] && preset=ci
cmake --preset "$preset" >/dev/null
cmake --build build
# WebEngine as root needs its sandbox off; no display is needed (offscreen).
export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1
ctest --test-dir build --output-on-failure
[ "${DOCENT_SKIP_FUZZ:-}" = "1" ] || tests/fuzz/short-run.sh

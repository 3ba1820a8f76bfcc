#!/usr/bin/env bash
# Installs what is missing, builds Docent into build/ and starts it.
#   packaging/run.sh            opens Docent's manual
#   packaging/run.sh PATH       opens a documentation tree or a .rst file
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/deps/install-debian.sh
cmake --preset default >/dev/null
cmake --build build --target docent
exec build/bin/docent "$@"

#!/usr/bin/env bash
# Docent's Debian package tried as a new user would: build the package, make a clean Debian 12
# (bookworm) root from Debian's own packages, install the package there with apt, and inside it
# run `docent --version`, `docent render` and `docent export-pdf` on a small tree and check that
# Docent is the default application for .rst files.
#
#   packaging/linux/try-deb.sh [BUILD_DIR]      (default: build; must be configured already)
#
# Needs root (mmdebstrap's root mode: the new root needs /proc and /dev for QtWebEngine) and the
# network to reach a Debian mirror; apt-get install mmdebstrap. Takes a few minutes, most of it
# downloading and unpacking Qt; .debs already in the host's apt cache are used instead of fetched
# again. Prints each step and the time it took; exits non-zero at the first failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
mirror=${DOCENT_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security=${DOCENT_DEBIAN_SECURITY:-http://deb.debian.org/debian-security}
started=$(date +%s)
step() { printf '[try-deb %3ds] %s\n' $(($(date +%s) - started)) "$*"; }

[ "$(id -u)" -eq 0 ] || { echo "try-deb: run as root (mmdebstrap builds the root in root mode)" >&2; exit 2; }
command -v mmdebstrap >/dev/null || { echo "try-deb: mmdebstrap is missing (apt-get install mmdebstrap)" >&2; exit 2; }
[ -f "$build/CMakeCache.txt" ] || { echo "try-deb: $build is not a configured build folder (cmake --preset default)" >&2; exit 2; }

step "building the package"
rm -f "$build"/docent_*.deb
cmake --build "$build" --target package >"$build/try-deb-package.log" 2>&1 ||
    { tail -30 "$build/try-deb-package.log"; echo "try-deb: the package did not build" >&2; exit 1; }
deb=$(ls "$build"/docent_*.deb)
step "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --field "$deb" Depends Recommends | sed 's/^/    /'

work=$(mktemp -d /var/tmp/docent-try-deb.XXXXXX)
# DOCENT_TRY_DEB_KEEP=1 keeps the folder (and the root, on success) to look into.
[ "${DOCENT_TRY_DEB_KEEP:-}" = 1 ] || trap 'rm -rf "$work"' EXIT
cp "$deb" "$work/"
# The tree a new user might open: a page with an admonition, a code block and a cross-reference.
mkdir -p "$work/tree"
cat >"$work/tree/conf.py" <<'EOF'
project = 'Trial'
language = 'de'
EOF
cat >"$work/tree/index.rst" <<'EOF'
Trial Tree
==========

.. note:: Installed from the Debian package.

.. code-block:: python

   print("hello")

See :doc:`second`.

.. toctree::

   second
EOF
printf 'Second Page\n===========\n\nThe end.\n' >"$work/tree/second.rst"

# What runs inside the new root, as an ordinary user (Chromium's sandbox cannot work in a
# container without user namespaces, hence QTWEBENGINE_DISABLE_SANDBOX as in the test suite).
cat >"$work/inside.sh" <<'EOF'
set -u
cd /tmp
fail() { echo "FAILED: $*"; exit 1; }
echo "--- docent --version"
docent --version || fail "docent --version exited with $?"
echo "--- docent render"
docent render tree/index.rst >page.html || fail "docent render exited with $?"
grep -q '<h1>Trial Tree' page.html || { head -c 2000 page.html; fail "no heading in the page"; }
# conf.py says language = 'de': the note's title is German.
grep -q 'admonition-title">Bemerkung' page.html || fail "the note's title is not German"
grep -q 'class="code lang-python' page.html || fail "no code block"
echo "rendered $(wc -c <page.html) bytes of HTML"
echo "--- docent export-pdf"
QTWEBENGINE_DISABLE_SANDBOX=1 docent export-pdf tree -o trial.pdf || fail "docent export-pdf exited with $?"
head -c 5 trial.pdf | grep -q '%PDF-' || fail "trial.pdf is not a PDF"
echo "wrote a PDF of $(wc -c <trial.pdf) bytes"
echo "--- xdg-mime query default text/x-rst"
default=$(xdg-mime query default text/x-rst)
echo "$default"
[ "$default" = org.docent.Docent.desktop ] || fail "Docent is not the default for text/x-rst"
echo "--- the man page"
zcat /usr/share/man/man1/docent.1.gz | grep -q 'export\\-pdf' || fail "no man page"
echo "all checks passed"
EOF

# mmdebstrap's root leaves recommended packages out; an installed Debian takes them, as here.
step "making a clean Debian 12 root and installing the package with apt"
cacheHooks=()
if compgen -G "/var/cache/apt/archives/*.deb" >/dev/null; then
    # Debian's .debs the host has already fetched; apt checks each against the archive's index.
    cacheHooks=(--setup-hook='mkdir -p "$1"/var/cache/apt/archives/'
                --setup-hook='sync-in /var/cache/apt/archives/ /var/cache/apt/archives/')
fi
mmdebstrap --mode=root --variant=apt --format=directory \
    --include=ca-certificates,desktop-file-utils,shared-mime-info \
    "${cacheHooks[@]}" \
    --customize-hook="copy-in $work/$(basename "$deb") $work/tree $work/inside.sh /tmp" \
    --customize-hook='chroot "$1" sh -c "cd /tmp && DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o APT::Install-Recommends=true ./docent_*.deb"' \
    --customize-hook='chroot "$1" useradd --create-home reader' \
    --customize-hook='chroot "$1" sh -c "chown -R reader /tmp/tree"' \
    --customize-hook='chroot "$1" su reader -c "sh /tmp/inside.sh"' \
    bookworm "$work/root" \
    "deb $mirror bookworm main" "deb $mirror bookworm-updates main" "deb $security bookworm-security main" \
    >"$work/mmdebstrap.log" 2>&1 ||
    { sed -n '/^--- docent --version/,$p' "$work/mmdebstrap.log" | tail -40; step "FAILED (log: $work/mmdebstrap.log)"; exit 1; }
sed -n '/^--- docent --version/,$p' "$work/mmdebstrap.log" | grep -v '^I: ' | sed 's/^/    /'
step "passed: installed with apt on a clean Debian 12 root; --version, render, export-pdf and the .rst default work"

#!/usr/bin/env bash
# Installs everything Docent needs to build, run and test on Debian 12 (bookworm).
# Idempotent: when everything is already present it returns in well under a second.
#
#   packaging/deps/install-debian.sh          # Qt 6 packages + KSyntaxHighlighting (Qt 6 build)
#
# KSyntaxHighlighting: Debian 12 ships it only for Qt 5, so we build 5.116.0 against Qt 6
# into a cache outside the source tree. DOCENT_DEPS_PREFIX overrides where it goes.
set -euo pipefail

prefix=${DOCENT_DEPS_PREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/docent-deps}
ksh_version=5.116.0
ksh_stamp=$prefix/.ksyntaxhighlighting-$ksh_version-qt6

packages=(
  g++ cmake ninja-build pkg-config perl xz-utils ca-certificates
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-webengine-dev qt6-webengine-dev-tools qt6-svg-dev libqt6sql6-sqlite
  qt6-pdf-dev  # QtPdf: Print and Print Preview draw the sheets of the PDF that Export as PDF writes
  libgl-dev libglx-dev extra-cmake-modules
  libjemalloc-dev  # the allocator: opening a big tree is millions of small allocations on two threads (CMakeLists.txt)
  zlib1g-dev  # inflating other projects' objects.inv (intersphinx) with a size cap; Qt Network comes with qt6-base-dev
  xvfb xauth imagemagick poppler-utils fonts-dejavu-core appstream desktop-file-utils python3 graphviz
  xdg-utils libfile-mimeinfo-perl x11-utils shared-mime-info
  clang libclang-rt-14-dev python3-pygments
  libjs-katex  # KaTeX, read at run time from /usr/share/javascript/katex to typeset math
  qt6-translations-l10n  # Qt's own strings (standard buttons, file dialogs) in the reader's language
  librsvg2-bin icnsutils  # the icons drawn at build time: PNGs (rsvg-convert) and macOS .icns (png2icns)
  binutils-mingw-w64-x86-64  # windres, which checks the Windows resource script (tests/check-windows-rc.sh)
)

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
while read -r name status; do
  [ "$status" = "installed" ] || missing+=("$name")
done < <(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${packages[@]}" 2>/dev/null || true)
# dpkg-query prints nothing for packages it has never heard of.
for p in "${packages[@]}"; do
  dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed || {
    [[ " ${missing[*]-} " == *" $p "* ]] || missing+=("$p")
  }
done

apt_get() { sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 "$@"; }

if [ ${#missing[@]} -gt 0 ]; then
  echo "docent deps: installing ${#missing[@]} Debian packages: ${missing[*]}" >&2
  apt_get update -qq
  apt_get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ -f "$ksh_stamp" ]; then
  exit 0
fi

echo "docent deps: building KSyntaxHighlighting $ksh_version for Qt 6 into $prefix" >&2
work=$(mktemp -d)
trap 'rm -rf "$work"; sudo_if_needed rm -f /etc/apt/sources.list.d/docent-trixie-src.sources' EXIT

# Only the orig tarball is needed; apt verifies nothing for a partial download, so we do.
sudo_if_needed tee /etc/apt/sources.list.d/docent-trixie-src.sources >/dev/null <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
apt_get update -qq
# The sha256 of the orig tarball, from the record of exactly this version.
expected_sha=$(apt-cache showsrc ksyntax-highlighting 2>/dev/null |
  awk -v v="$ksh_version-1" '/^Version:/{ok=($2==v)} /^Checksums-Sha256:/{f=ok;next} /^[^ ]/{f=0}
    f && $3 ~ /orig\.tar\.xz$/ {print $1; exit}')
(cd "$work" && apt-get -o APT::Sandbox::User=root source --download-only -qq \
  "ksyntax-highlighting=$ksh_version-1" >/dev/null 2>&1 || true)
tarball=$work/ksyntax-highlighting_$ksh_version.orig.tar.xz
sudo_if_needed rm -f /etc/apt/sources.list.d/docent-trixie-src.sources
apt_get update -qq || true
if [ ! -f "$tarball" ]; then
  echo "docent deps: could not download $tarball from Debian's trixie sources" >&2
  exit 1
fi
actual_sha=$(sha256sum "$tarball" | cut -d' ' -f1)
if [ -z "$expected_sha" ] || [ "$actual_sha" != "$expected_sha" ]; then
  echo "docent deps: checksum mismatch for $tarball (expected '$expected_sha', got '$actual_sha')" >&2
  exit 1
fi

tar -C "$work" -xf "$tarball"
src=$(find "$work" -maxdepth 1 -type d -name 'syntax-highlighting-*' | head -n 1)
# Bookworm has ECM 5.103, which is enough for this release; the tarball asks for 5.116.
sed -i -E 's/find_package\(ECM [0-9.]+/find_package(ECM 5.103/' "$src/CMakeLists.txt"
cmake -S "$src" -B "$work/build" -G Ninja -Wno-dev \
  -DQT_MAJOR_VERSION=6 -DBUILD_TESTING=OFF -DBUILD_QCH=OFF -DBUILD_SHARED_LIBS=OFF \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_POSITION_INDEPENDENT_CODE=ON \
  -DCMAKE_INSTALL_PREFIX="$prefix" >/dev/null
cmake --build "$work/build" -j "$(nproc)" >/dev/null
cmake --install "$work/build" >/dev/null
touch "$ksh_stamp"
echo "docent deps: KSyntaxHighlighting installed in $prefix" >&2

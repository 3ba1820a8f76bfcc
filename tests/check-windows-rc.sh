#!/usr/bin/env bash
# Compiles Docent's Windows resource script (icon and version information) with MinGW's windres,
# so that a syntax error or a missing icon cannot land unseen on Linux.
# usage: check-windows-rc.sh BUILD_DIR   (exits 77, skipped, when windres or the icon is missing)
set -u
build=$1
windres=
for name in x86_64-w64-mingw32-windres i686-w64-mingw32-windres windres; do
    command -v "$name" >/dev/null && { windres=$name; break; }
done
[ -n "$windres" ] || { echo "skipped: no windres (Debian: apt-get install binutils-mingw-w64-x86-64)"; exit 77; }
rc=$build/packaging/docent.rc
ico=$build/icons/docent.ico
[ -f "$rc" ] || { echo "$rc is missing (it is configured by src/app/CMakeLists.txt)"; exit 1; }
[ -f "$ico" ] || { echo "skipped: $ico was not made (it needs rsvg-convert and ImageMagick)"; exit 77; }
# windres preprocesses with MinGW's gcc; without it, the host's C preprocessor does (the script
# includes no Windows headers).
preprocessor=()
command -v "${windres%windres}gcc" >/dev/null || preprocessor=(--preprocessor=cpp)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$windres" "${preprocessor[@]}" --input "$rc" --output "$out/docent.res" --output-format=res || { echo "windres rejects $rc"; exit 1; }
# The compiled resources must hold the icon and the version block.
"$windres" --input "$out/docent.res" --input-format=res --output "$out/dump.rc" || exit 1
grep -q 'ICON' "$out/dump.rc" || { echo "no icon in the compiled resources"; exit 1; }
grep -q 'VERSIONINFO' "$out/dump.rc" || { echo "no version information in the compiled resources"; exit 1; }
grep -q '"ProductName", "Docent' "$out/dump.rc" || { echo "the version information lacks the product name"; exit 1; }
echo "docent.rc compiles with $windres: icon and version information present"

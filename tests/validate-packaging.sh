#!/usr/bin/env bash
# Validates the desktop entry and the AppStream metainfo; exits 77 (skipped) when a validator is missing.
set -u
dir=$1
for tool in appstreamcli desktop-file-validate; do
    if ! command -v "$tool" >/dev/null; then
        echo "skipped: $tool is not installed (packaging/deps/install-debian.sh installs it)"
        exit 77
    fi
done
appstreamcli validate --no-net "$dir/org.docent.Docent.metainfo.xml" || exit 1
desktop-file-validate "$dir/org.docent.Docent.desktop" || exit 1
grep -q '^MimeType=text/x-rst;' "$dir/org.docent.Docent.desktop" || { echo "desktop file lacks text/x-rst"; exit 1; }
grep -q '^Exec=docent %F' "$dir/org.docent.Docent.desktop" || { echo "desktop file must run 'docent %F'"; exit 1; }
echo "packaging files are valid"

#!/usr/bin/env bash
# "Open with Docent" from a file manager, for real: install Docent into a prefix, register its
# desktop file and MIME type the freedesktop way, then `xdg-open some.rst` under a virtual X
# display. It must start Docent showing that file, and with a window already open it must hand
# the file to that window instead of starting a second one.
# usage: file-manager-open.sh BUILD_DIR        (exits 77, skipped, when a tool is missing)
set -u
build=$1
for tool in xvfb-run xdg-open xdg-mime mimetype update-mime-database xwininfo xprop; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is missing (packaging/deps/install-debian.sh installs it)"; exit 77; }
done
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null || { echo "cmake --install failed"; exit 1; }

export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
export XDG_DATA_DIRS=$prefix/share:/usr/share PATH=$prefix/bin:$PATH
# A real X window (under Xvfb) is what a file manager gets; the suite runs offscreen otherwise.
unset DOCENT_NEW_INSTANCE QT_QPA_PLATFORM
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
update-mime-database "$prefix/share/mime" >/dev/null
xdg-mime default org.docent.Docent.desktop text/x-rst

mkdir -p "$work/notes" "$work/other"
printf 'Notes From The File Manager\n===========================\n\nHello.\n' >"$work/notes/notes.rst"
printf 'A Second File\n=============\n\nHanded over.\n' >"$work/other/second.rst"
[ "$(mimetype --brief "$work/notes/notes.rst")" = text/x-rst ] || { echo "notes.rst is not text/x-rst"; exit 1; }
[ "$(xdg-mime query default text/x-rst)" = org.docent.Docent.desktop ] || { echo "Docent is not the default for text/x-rst"; exit 1; }

# Inside the virtual display: wait for a window titled $1 (up to 30 s).
cat >"$work/session.sh" <<'INNER'
set -u
wait_for_title() {
    for _ in $(seq 300); do
        xwininfo -root -tree 2>/dev/null | grep -q "\"$1" && return 0
        sleep 0.1
    done
    echo "no window titled '$1'"; xwininfo -root -tree | grep '"' | head; return 1
}
xdg-open "$1/notes/notes.rst" &
wait_for_title "Notes From The File Manager — Docent" || exit 1
# The window tree; xwininfo fails ("Bad Window") when a window goes while it walks the tree, as
# the web engine's short-lived helper windows do, so it is asked again.
tree() {
    for _ in $(seq 20); do
        xwininfo -root -tree 2>/dev/null && return 0
        sleep 0.1
    done
    echo "xwininfo cannot read the window tree" >&2; return 1
}
# Windows on this display only: other Docents on the machine (a parallel test run) do not count.
windows() { tree | grep -c ' — Docent"'; }
[ "$(windows)" = 1 ] || { echo "expected one Docent window"; exit 1; }
# A second file while the window is open: the running window takes it, no new process stays.
timeout 30 xdg-open "$1/other/second.rst" || { echo "xdg-open of the second file failed"; exit 1; }
wait_for_title "A Second File — Docent" || exit 1
sleep 1
[ "$(windows)" = 1 ] || { echo "a second Docent window opened"; exit 1; }
# Close the window this test opened (found by its X window's process id), not any other Docent.
id=$(tree | grep ' — Docent"' | awk '{print $1}')
pid=$(xprop -id "$id" _NET_WM_PID | awk '{print $3}')
[ -n "$pid" ] && kill "$pid"
exit 0
INNER
xvfb-run -a -s "-screen 0 1280x800x24" bash "$work/session.sh" "$work" 2>"$work/err.log"
status=$?
[ $status -eq 0 ] || { echo "--- stderr ---"; grep -v '^ \|^$\|Init Parameters\|GL Type\|Surface\|QSG\|Using\|qt.webengine' "$work/err.log" | tail -20; }
[ $status -eq 0 ] && echo "xdg-open opens .rst files in Docent, in the running window when there is one"
exit $status

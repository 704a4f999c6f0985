#!/usr/bin/env bash
# Makes every picture under docs/ again from the real app on a demo VM, on a virtual
# screen (Xvfb) of its own: no display needed, about a minute.
#   scripts/screenshots.sh                   light pictures into docs/
#   scripts/screenshots.sh --dark            dark pictures into a new temporary folder
#   scripts/screenshots.sh --out DIR         the pictures into DIR instead
#   scripts/screenshots.sh --only NAME ...   only these (their docs/ paths: panes/pci.png)
# Run it after a change that shows in the window, look at the pictures, commit docs/.
# The scenes are tests/helpers/picture_scenes.py. Its QEMU, its screen and its
# temporary folders go however it ends: done, failed, Ctrl+C, SIGTERM.
set -euo pipefail
cd "$(dirname "$0")/.."

dark=0
out=
only=()
while (($#)); do
    case $1 in
    --dark) dark=1 ;;
    --out)
        [ $# -ge 2 ] || { echo "screenshots.sh: --out needs a folder" >&2; exit 2; }
        out=$2
        shift
        ;;
    --only)
        shift
        only=("$@")
        break
        ;;
    -h | --help)
        sed -n '2,10p' "$0" | cut -c3-
        exit 0
        ;;
    *)
        echo "screenshots.sh: unknown argument $1 (--help lists them)" >&2
        exit 2
        ;;
    esac
    shift
done

scripts/setup.sh

if [ -z "$out" ]; then
    if ((dark)); then out=$(mktemp -d -t qmpgui-pictures-dark.XXXXXX); else out=docs; fi
fi
mkdir -p "$out"

# The screen's files. The app keeps its own in a temporary folder that it removes, and
# the demo VM's folder goes with the demo VM as in qmpgui (its watchdog removes it even
# when the app is killed): both are made in $TMPDIR.
work=$(mktemp -d -t qmpgui-screenshots.XXXXXX)
xvfb=
app=
finish() {
    if [ -n "$app" ] && kill -0 "$app" 2>/dev/null; then
        kill -TERM "$app" 2>/dev/null || true # the app stops its demo VM itself
        wait "$app" 2>/dev/null || true
    fi
    if [ -n "$xvfb" ]; then
        kill "$xvfb" 2>/dev/null || true
        while kill -0 "$xvfb" 2>/dev/null; do sleep 0.05; done
    fi
    rm -rf "$work"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# A screen of its own, in a session of its own (see scripts/demo.sh), at a fixed size
# and resolution so that every run draws the same pixels' worth.
# shellcheck source=scripts/virtual_screen.sh
. scripts/virtual_screen.sh  # the working folder is the repository's (above)
start_virtual_screen "$work" screenshots.sh -screen 0 1600x1000x24 -dpi 96

export QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8
unset WAYLAND_DISPLAY QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS QT_FONT_DPI
if ((dark)); then
    export QT_QPA_PLATFORMTHEME=gnome QMPGUI_COLOR_SCHEME=dark
else
    unset QT_QPA_PLATFORMTHEME
    export QMPGUI_COLOR_SCHEME=light
fi
# In the background, so that a signal to this script reaches the app through finish().
.venv/bin/python -m tests.helpers.pictures "$out" ${only[@]+--only "${only[@]}"} &
app=$!
status=0
wait "$app" || status=$?
app=
if ((status == 0)); then
    echo "screenshots.sh: the pictures are in $out"
fi
exit "$status"

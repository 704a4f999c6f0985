#!/usr/bin/env bash
# Starts qmpgui on a throwaway demo VM. Without a display ($DISPLAY unset) it
# runs on a virtual X screen (Xvfb), e.g. for a screenshot.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec .venv/bin/qmpgui --demo "$@"
fi

echo "No display found: running on a virtual screen (Xvfb)." >&2
# Not xvfb-run: its Xvfb is in the terminal's process group, so Ctrl+C ended the
# screen under qmpgui while qmpgui was still stopping its demo VM. This Xvfb has a
# session of its own; Ctrl+C reaches qmpgui (and this script), and the screen is
# stopped once qmpgui has closed.
screen=$(mktemp -d -t qmpgui-screen.XXXXXX)
xvfb=
stop_screen() {
    if [ -n "$xvfb" ]; then
        kill "$xvfb" 2>/dev/null || true
        while kill -0 "$xvfb" 2>/dev/null; do sleep 0.05; done
    fi
    rm -rf "$screen"
}
trap stop_screen EXIT
export XAUTHORITY=$screen/Xauthority
cookie=$(mcookie)
# Xvfb takes every cookie in its -auth file whatever display it names; its display
# number is known only once it has picked a free one (-displayfd).
touch "$XAUTHORITY"
xauth -q add :0 . "$cookie"
setsid Xvfb -displayfd 3 -nolisten tcp -auth "$XAUTHORITY" -screen 0 1280x1024x24 \
    3>"$screen/display" >"$screen/Xvfb.log" 2>&1 &
xvfb=$!
until [ -s "$screen/display" ]; do
    if ! kill -0 "$xvfb" 2>/dev/null; then
        cat "$screen/Xvfb.log" >&2
        echo "Xvfb could not start a virtual screen." >&2
        exit 1
    fi
    sleep 0.05
done
export DISPLAY=":$(head -n 1 "$screen/display")"
xauth -q add "$DISPLAY" . "$cookie"

# In the background, so that a SIGTERM or SIGHUP sent to this script alone reaches
# qmpgui too; Ctrl+C reaches it directly (the terminal signals the whole job).
.venv/bin/qmpgui --demo "$@" &
app=$!
trap 'kill -TERM "$app" 2>/dev/null || true' TERM HUP
trap '' INT
status=0
while :; do
    wait "$app" && status=0 || status=$?
    kill -0 "$app" 2>/dev/null || break # wait returned for a signal, not for qmpgui's end
done
exit "$status"

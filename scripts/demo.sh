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
# shellcheck source=scripts/virtual_screen.sh
. scripts/virtual_screen.sh  # the working folder is the repository's (above)
start_virtual_screen "$screen" demo.sh -screen 0 1280x1024x24

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

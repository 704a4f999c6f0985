#!/usr/bin/env bash
# Starts qmpgui on a throwaway demo VM. Without a display ($DISPLAY unset) it
# runs on a virtual X screen (Xvfb), e.g. for a screenshot.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: running on a virtual screen (xvfb-run)." >&2
    exec xvfb-run -a .venv/bin/qmpgui --demo "$@"
fi
exec .venv/bin/qmpgui --demo "$@"

#!/usr/bin/env bash
# Builds qmpgui's one-folder bundle with PyInstaller (packaging/qmpgui.spec): a folder
# with the program, Python and Qt inside, to copy to another machine of the same kind
# (glibc 2.36 or newer: Debian 12, Ubuntu 23.04 and later) and run there without
# installing anything but QEMU. Usage: scripts/bundle.sh [--dist DIR]
# (default dist/: the program is then dist/qmpgui/qmpgui, and qmpgui-batch beside it).
set -euo pipefail
cd "$(dirname "$0")/.."
dist=dist
work=build/pyinstaller
while (($#)); do
    case "$1" in
        --dist) dist=$2; shift 2 ;;
        *) echo "usage: scripts/bundle.sh [--dist DIR]" >&2; exit 2 ;;
    esac
done
scripts/setup.sh  # the virtual environment, with PyInstaller (the bundle extra)

start=$(date +%s)
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath "$dist" --workpath "$work" \
    packaging/qmpgui.spec
# qmpgui-batch is the same program under another name (packaging/bundle_main.py reads
# the name it was started by): a relative link, which a copy of the folder keeps.
ln -sfn qmpgui "$dist/qmpgui/qmpgui-batch"
seconds=$(($(date +%s) - start))
size=$(du -sh "$dist/qmpgui" | cut -f1)
echo "Built $dist/qmpgui ($size) in $seconds s. Start it with $dist/qmpgui/qmpgui" \
    "(and run scripts with $dist/qmpgui/qmpgui-batch)," \
    "or add it to the menu: scripts/install-desktop.sh --bundle $dist/qmpgui"

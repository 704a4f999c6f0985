#!/usr/bin/env bash
# Every benchmark, against a real QEMU; the figures go to docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
QT_QPA_PLATFORM=offscreen .venv/bin/python bench/run_all.py

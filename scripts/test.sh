#!/usr/bin/env bash
# The whole test suite, as CI runs it: lint, types, import rules, then pytest
# against a real QEMU. Usage: scripts/test.sh [PYTEST ARGS...]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

export QT_QPA_PLATFORM=offscreen
echo "== ruff";          .venv/bin/ruff check qmpgui tests bench
echo "== ruff format";   .venv/bin/ruff format --check qmpgui tests bench
echo "== mypy --strict"; .venv/bin/mypy
echo "== import rules";  .venv/bin/lint-imports
echo "== pytest";        .venv/bin/python -m pytest "$@"

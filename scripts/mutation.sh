#!/usr/bin/env bash
# Mutation testing of the pure modules of qmpgui/qmp/ (mutmut 3, configured in
# pyproject.toml's [tool.mutmut]): each module's score, and the survivors left, into
# docs/QUALITY.md. About 7 minutes on 2 cores; not part of scripts/test.sh.
#   scripts/mutation.sh                 every module listed below
#   scripts/mutation.sh qmpgui/qmp/risk.py ...   some of them (one at a time is quicker)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
modules=(
    qmpgui/qmp/risk.py
    qmpgui/qmp/runstate.py
    qmpgui/qmp/endpoint.py
    qmpgui/qmp/shorthand.py
    qmpgui/qmp/secrets.py
    qmpgui/qmp/hmp_words.py
    qmpgui/qmp/echoes.py
)
(($#)) && modules=("$@")
patterns=()
for module in "${modules[@]}"; do
    name=${module%.py}
    patterns+=("${name//\//.}.*")
done
rm -rf mutants  # a fresh run: mutmut keeps results across runs otherwise
export QT_QPA_PLATFORM=offscreen
start=$SECONDS
.venv/bin/mutmut run "${patterns[@]}" >/dev/null
.venv/bin/python scripts/mutation_report.py $((SECONDS - start)) "${modules[@]}"
echo "docs/QUALITY.md written"

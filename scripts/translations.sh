#!/usr/bin/env bash
# The translation template: every string qmpgui shows, as Qt Linguist reads it, written
# to resources/translations/qmpgui.ts (or the file given). Strings are found where the
# source calls qmpgui.i18n.translate(context, text) or marks a table's string with
# marked(context, text) (read as QT_TRANSLATE_NOOP). A translator copies the template to
# qmpgui_LANG.ts, translates it in Qt Linguist (pyside6-linguist) and compiles it with
# pyside6-lrelease to qmpgui_LANG.qm beside it; qmpgui loads it for that language.
# Usage: scripts/translations.sh [OUT.ts]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-resources/translations/qmpgui.ts}"
lupdate=".venv/bin/pyside6-lupdate"
[ -x "$lupdate" ] || scripts/setup.sh >&2
mapfile -t sources < <(find qmpgui -name '*.py' | LC_ALL=C sort)
"$lupdate" -silent -tr-function-alias QT_TRANSLATE_NOOP+=marked -locations relative \
    -no-obsolete -source-language en "${sources[@]}" -ts "$out"
echo "$out: $(grep -c '<source>' "$out") strings"

#!/usr/bin/env bash
# The translation template: every string qmpgui shows, as Qt Linguist reads it, written
# to resources/translations/qmpgui.ts (or the file given). Strings are found where the
# source calls qmpgui.i18n.translate(context, text) (with PLURAL and a count: a numerus
# message) or marks a table's string with marked(context, text) (read as
# QT_TRANSLATE_NOOP). lupdate reads a copy of the sources made by lupdate_sources.py,
# line for line the same, in which the attributes' `#:` documentation is not taken for
# notes to translators. A translator copies the template to qmpgui_LANG.ts, translates
# it in Qt Linguist (pyside6-linguist) and compiles it with pyside6-lrelease to
# qmpgui_LANG.qm beside it; qmpgui loads it for that language.
# Usage: scripts/translations.sh [OUT.ts]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-resources/translations/qmpgui.ts}"
lupdate=".venv/bin/pyside6-lupdate"
[ -x "$lupdate" ] || scripts/setup.sh >&2
mapfile -t sources < <(find qmpgui -name '*.py' | LC_ALL=C sort)
copy="$(mktemp -d)"
trap 'rm -rf "$copy"' EXIT
python3 scripts/lupdate_sources.py "$copy" "${sources[@]}"
# The template sits in the copy where it sits here, so its file names are the same.
case "$(realpath -m "$out")" in
    "$PWD"/*) made="$copy/$(realpath -m --relative-to=. "$out")" ;;
    *) made="$copy/$(basename "$out")" ;;
esac
mkdir -p "$(dirname "$made")"
(cd "$copy" && "$OLDPWD/$lupdate" -silent -tr-function-alias QT_TRANSLATE_NOOP+=marked \
    -locations relative -no-obsolete -source-language en "${sources[@]}" -ts "$made")
cp "$made" "$out"
echo "$out: $(grep -c '<source>' "$out") strings"

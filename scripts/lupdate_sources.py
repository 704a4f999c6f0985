"""The sources as pyside6-lupdate is to read them, written under a folder of their own
(scripts/translations.sh runs lupdate there), line for line as they are.

lupdate's Python reader takes two things otherwise that the template must not have:
- A `#:` comment is, to it, a note for translators: every attribute's documentation
  (Sphinx's `#:` form) would land on whichever string comes next. Here each `#:` is
  made a plain `#`, the code's documentation staying as it is.
- A plural's count (qmpgui.i18n.PLURAL) it reads only as a plain name or a call of one
  (`count`, `len(found)`); after a plain name it takes no trailing comma (the message
  is dropped), and on `len(self.found)` it never ends. The trailing comma is left out
  here; any other count stops the script with the place to change.

Usage: python3 scripts/lupdate_sources.py OUT_DIR FILE... (paths relative to here).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

#: A `#:` comment, alone on its line or after code.
_ATTRIBUTE_DOC = re.compile(r"(?m)^(\s*)#:")
#: PLURAL, then the count, then what closes the call.
_COUNT = re.compile(r"\bPLURAL,(\s*)([^,()\s]+(?:\([^()]*\))?)(\s*,)?(\s*\))")
_PLAIN = re.compile(r"[A-Za-z_]\w*(?:\([A-Za-z_]\w*\))?")


def prepared(text: str, where: str) -> str:
    """`text`, a Python source, as lupdate is to read it; raises SystemExit naming
    `where` and the line of a count lupdate cannot read."""

    def count(match: re.Match[str]) -> str:
        if not _PLAIN.fullmatch(match.group(2)):
            line = text.count("\n", 0, match.start()) + 1
            raise SystemExit(
                f"{where}:{line}: the count after PLURAL must be a name or a call of one "
                f"(count, len(found)), not {match.group(2)!r}: lupdate cannot read it"
            )
        comma = (match.group(3) or "").replace(",", "")  # its line breaks kept
        return f"PLURAL,{match.group(1)}{match.group(2)}{comma}{match.group(4)}"

    return _COUNT.sub(count, _ATTRIBUTE_DOC.sub(r"\1# ", text))


def main(out: str, *files: str) -> None:
    """Write each of `files` (paths relative to the current folder) as `prepared()`
    makes it to the same path under `out`."""
    for name in files:
        target = Path(out) / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(prepared(Path(name).read_text(encoding="utf-8"), name), "utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:])

"""The words qmpgui shows, through Qt's translation.

Every user-visible string goes through `translate(context, text)`: `context` names the
class or module that shows it (Qt Linguist groups strings by it), `text` is the English
source, a literal, so that `scripts/translations.sh` (pyside6-lupdate) finds it. Values go
in afterwards: ``translate("VmRow", "{count} VMs").format(count=n)``, so a translator can
move them. Strings kept in tables at import time are marked with `marked` (which lupdate
reads as QT_TRANSLATE_NOOP) and translated where they are shown.

This module stays free of Qt so the QMP layer, which never imports Qt, can use it; the
application installs QCoreApplication.translate at start (`install`). Until then, and in
`qmpgui-batch`, `translate` returns the English text.

Plurals are Qt's numerus messages: the count goes in as `n`, written in the fifth place
after `PLURAL`, ``translate("FoundSockets", "%n QMP socket(s)", None, PLURAL, count)``,
the only call lupdate's Python reader records as numerus="yes" (it reads the fourth
argument as PyQt4's encoding and the fifth as the count; `count` must be a name or a
plain call such as ``len(found)``, not ``a.b``). Qt puts the number where the text says
``%n`` (``%Ln``: with the locale's digit grouping) and a translation gives each of its
language's forms. English needs no translation file: the source carries its two forms,
``word(s)`` (``""`` for one, ``"s"`` for more) and ``(one|other)`` (``(entry|entries)``,
``(is|are)``), and where no translation answers, `translate` picks them itself for
``n == 1`` or not, so "%n VM(s)" reads "1 VM", "2 VMs", with Qt or without it.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable
from typing import Final

#: What turns (context, English source, disambiguation, count) into the words shown:
#: QCoreApplication.translate's shape, the count -1 where nothing is counted.
Translator = Callable[[str, str, str | None, int], str]


def _english(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return text


class Plural:
    """The type of `PLURAL`, a plural translate()'s fourth argument."""


#: Says that translate()'s fifth argument is a count (for lupdate, which reads the
#: fourth as an encoding): ``translate(context, "%n VM(s)", None, PLURAL, count)``.
PLURAL: Final = Plural()


_translator: Translator = _english
#: Each translation given out -> its English source: where a word shown is also a key
#: (the glossary explains a label by its English words), `english()` finds the key.
_sources: dict[str, str] = {}


def install(translator: Translator | None) -> None:
    """Make `translator` (QCoreApplication.translate in the app) answer `translate`;
    None: English again."""
    global _translator
    _translator = translator or _english


def translate(
    context: str,
    text: str,
    disambiguation: str | None = None,
    plural: Plural | None = None,
    n: int | None = None,
) -> str:
    """`text` in the user's language, as the installed translator has it (else `text`).
    A translation's `format()` falls back on the English `text` when the translator's
    placeholders are not the source's (`{sichtbar}` for `{visible}`): the words are
    then English, never missing. With a count `n` (after `PLURAL`), the form for `n`
    of a numerus message, its ``%n`` the number; English forms as the module says."""
    if n is None:
        shown = _translator(context, text, disambiguation, -1)
        if shown == text:
            return text
        _sources[shown] = text
        return Translation(shown, context, text)
    source = english_plural(text, n)
    shown = _translator(context, text, disambiguation, n)
    if shown == text or _untranslated(text).fullmatch(shown):
        return source
    _sources[shown] = source
    return Translation(shown, context, source)


#: The source's own forms: ``(one|other)`` and a word's ``(s)``.
_FORMS = re.compile(r"\(([^()|]*)\|([^()|]*)\)|\(s\)")


def english_plural(text: str, n: int) -> str:
    """The English plural source `text` for the count `n`: ``%n`` the number, ``%Ln``
    it grouped by thousands (1,234), ``(one|other)`` and ``(s)`` the form for one when
    `n` is 1, else the other ("%n VM(s)", 2 -> "2 VMs")."""
    one = n == 1

    def form(match: re.Match[str]) -> str:
        if match.group(0) == "(s)":
            return "" if one else "s"
        return match.group(1) if one else match.group(2)

    return _FORMS.sub(form, text).replace("%Ln", f"{n:,}").replace("%n", str(n))


@functools.cache  # a plural's source is a literal, asked for at every paint of its cell
def _untranslated(text: str) -> re.Pattern[str]:
    """`text` as Qt gives it back untranslated: its ``%n`` (``%Ln``) made a number."""
    parts = re.split(r"(%L?n)", text)
    return re.compile(
        "".join(r"[\d.,'\s]+" if part in ("%n", "%Ln") else re.escape(part) for part in parts)
    )


class Translation(str):
    """A translated string that remembers its English source and context, for
    `format()` to fall back on."""

    context: str
    source: str

    def __new__(cls, shown: str, context: str, source: str) -> Translation:
        """`shown`, the translation of `source` under `context`."""
        made = super().__new__(cls, shown)
        made.context, made.source = context, source
        return made

    def format(self, *args: object, **kwargs: object) -> str:
        """str.format, or the English source's format when this one's placeholders
        do not fit what is given (said once in the log)."""
        try:
            return str.format(self, *args, **kwargs)
        except (KeyError, IndexError, ValueError, AttributeError) as err:
            if (self.context, self.source) not in _warned:
                _warned.add((self.context, self.source))
                _log.warning(
                    "the translation of %r (%s) does not fit its values (%s): English shown",
                    self.source,
                    self.context,
                    err,
                )
            return self.source.format(*args, **kwargs)


_log = logging.getLogger("qmpgui.i18n")
#: Translations said once to have placeholders that do not fit.
_warned: set[tuple[str, str]] = set()


def english(shown: str) -> str:
    """The English source of `shown`, a string `translate` gave out; else `shown`."""
    return _sources.get(shown, shown)


def marked(context: str, text: str) -> str:
    """`text` unchanged, marked for the template under `context`: a table's string that
    is translated where it is shown, with ``translate(context, text)``."""
    return text

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
"""

from __future__ import annotations

import logging
from collections.abc import Callable

#: What turns (context, English source) into the words shown.
Translator = Callable[[str, str], str]


def _english(context: str, text: str) -> str:
    return text


_translator: Translator = _english
#: Each translation given out -> its English source: where a word shown is also a key
#: (the glossary explains a label by its English words), `english()` finds the key.
_sources: dict[str, str] = {}


def install(translator: Translator) -> None:
    """Make `translator` (QCoreApplication.translate in the app) answer `translate`."""
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    """`text` in the user's language, as the installed translator has it (else `text`).
    A translation's `format()` falls back on the English `text` when the translator's
    placeholders are not the source's (`{sichtbar}` for `{visible}`): the words are
    then English, never missing."""
    shown = _translator(context, text)
    if shown == text:
        return text
    _sources[shown] = text
    return Translation(shown, context, text)


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

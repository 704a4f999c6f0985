"""QEMU's terms as the panes show them, explained in a sentence that names its source
(the words themselves: qmp/glossary_terms.py). The panes' column headers and form
labels take their tooltips and What's This from here, and a run state its meaning."""

from __future__ import annotations

from qmpgui.i18n import english, translate
from qmpgui.qmp.glossary_rows import MACHINE_TERMS, RUN_STATE_SOURCE, RUN_STATES
from qmpgui.qmp.glossary_terms import PANE_TERMS, Term

__all__ = ["TERMS", "Term", "explain", "run_state_tip"]

#: Every explanation, keyed "pane:Words" or "Words" (English, as the source names them).
TERMS: dict[str, Term] = {**PANE_TERMS, **MACHINE_TERMS}


def explain(words: str, pane: str = "") -> str | None:
    """What the column title or label `words` means in the pane `pane` ("block",
    "jobs", ...: the key's prefix where one title means different things), with its
    source on a line of its own; None for words the glossary lacks. A trailing colon
    is ignored ("Run state:"). `words` may be shown translated: the English key is
    found through qmpgui.i18n.english. The explanation is translated. Never raises."""
    words = english(english(words).replace("&", "").rstrip(":").strip())
    term = TERMS.get(f"{pane}:{words}") or TERMS.get(words)
    if term is None:
        return None
    said = translate("glossary", "{text}\nSource: {source}.")
    return said.format(text=translate("glossary", term.text), source=_source(term.source))


def _source(source: str) -> str:
    # qmpgui's own way of showing a figure is named by the product's name alone.
    return source if source == "qmpgui" else translate("glossary", source)


def run_state_tip(state: str) -> str | None:
    """The run state `state` (query-status `status`) in QEMU's words with the source;
    None for a state this version does not know."""
    meaning = RUN_STATES.get(state)
    if meaning is None:
        return None
    said = translate("glossary", "{state}: {meaning}.\nSource: {source}.")
    return said.format(
        state=state,
        meaning=translate("glossary", meaning),
        source=translate("glossary", RUN_STATE_SOURCE),
    )

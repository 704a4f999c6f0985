"""QEMU's terms as the panes show them, explained in a sentence that names its source
(the words themselves: qmp/glossary_terms.py). The panes' column headers and form
labels take their tooltips and What's This from here, and a run state its meaning."""

from __future__ import annotations

from qmpgui.qmp.glossary_terms import RUN_STATE_SOURCE, RUN_STATES, TERMS, Term

__all__ = ["TERMS", "Term", "explain", "run_state_tip"]


def explain(words: str, pane: str = "") -> str | None:
    """What the column title or label `words` means in the pane `pane` ("block",
    "jobs", ...: the key's prefix where one title means different things), with its
    source on a line of its own; None for words the glossary lacks. A trailing colon
    is ignored ("Run state:"). Never raises."""
    words = words.replace("&", "").rstrip(":").strip()
    term = TERMS.get(f"{pane}:{words}") or TERMS.get(words)
    if term is None:
        return None
    return f"{term.text}\nSource: {term.source}."


def run_state_tip(state: str) -> str | None:
    """The run state `state` (query-status `status`) in QEMU's words with the source;
    None for a state this version does not know."""
    meaning = RUN_STATES.get(state)
    if meaning is None:
        return None
    return f"{state}: {meaning}.\nSource: {RUN_STATE_SOURCE}."

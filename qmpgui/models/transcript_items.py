"""The rows of the console's transcript: what a top-level row stands for (an exchange,
an event or a note) and the lines of the tree under it.

Plain data: the model (transcript.py) holds them, transcript_lines.py builds them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from qmpgui.models.palette import Tone
from qmpgui.qmp.types import Event
from qmpgui.session.console import Exchange


class RowKind(StrEnum):
    """What a top-level row stands for."""

    EXCHANGE = "exchange"
    EVENT = "event"
    NOTE = "note"


class Action(StrEnum):
    """What a line offering an action does when activated (below a cut reply)."""

    SHOW_ALL = "show-all"
    SAVE = "save"


@dataclass(eq=False)
class Item:
    """A top-level row: an exchange, an event or a note."""

    kind: RowKind
    #: The message sent and how it ended (EXCHANGE rows).
    exchange: Exchange | None = None
    #: The event (EVENT rows).
    event: Event | None = None
    #: The note's text (NOTE rows).
    note: str = ""
    #: Wall-clock seconds since the epoch (an event's own timestamp); None when QEMU could
    #: not tell.
    time: float | None = None
    #: The reply's size as shown (Measured.size: characters of pretty text); 0 until
    #: measured, and for events and notes.
    size: int = 0
    #: Pretty text of a large reply, cut to its first lines (None: not truncated).
    head: list[str] | None = None
    #: The whole pretty text of a large reply, for "save".
    full_text: str | None = None


@dataclass(eq=False)
class Line:
    """One row of the tree: a top-level row (it has `item`) or a line under it.

    `row` is its place under `parent` (None at the top); `children` are built the
    first time the model is asked for them.
    """

    #: The line as pretty-printed, with its indent ("" for a top-level row, whose text
    #: the model makes: TranscriptModel.header()).
    text: str
    parent: Line | None
    row: int
    item: Item | None = None  # top-level rows only
    #: For `{` / `[` lines: the container whose members are the children.
    value: Any = None
    #: A `{` or `[` line whose members are its children.
    container: bool = False
    #: What follows the container's members: "}" or "]" plus a comma.
    closing: str = ""
    #: Indent levels (INDENT each) of the pretty-printed line.
    depth: int = 0
    #: The view has the row open (set by TranscriptModel.set_expanded()).
    expanded: bool = False
    #: The text colour (None: the palette's text); the model decides it for exchanges
    #: and events.
    tone: Tone | None = None
    #: A line of JSON (highlighted), not plain text (HMP output, a note, a range, an action).
    json: bool = True
    #: What activating the line does; None for most lines.
    action: Action | None = None
    #: A member of an object or array (not a bracket line): shown one step in.
    member: bool = False
    #: A group of members [start, stop) of the container `value`.
    span: tuple[int, int] | None = None
    children: list[Line] | None = None  # None: not built yet

    def top(self) -> Line:
        """The top-level line this one is under; itself at the top."""
        line = self
        while line.parent is not None:
            line = line.parent
        return line

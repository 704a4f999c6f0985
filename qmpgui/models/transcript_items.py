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
    exchange: Exchange | None = None
    event: Event | None = None
    note: str = ""
    time: float | None = None
    #: The reply or event as pretty JSON, when its size is known (None: not measured yet).
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

    text: str
    parent: Line | None
    row: int
    item: Item | None = None  # top-level rows only
    #: For `{` / `[` lines: the container whose members are the children.
    value: Any = None
    container: bool = False
    #: What follows the container's members: "}" or "]" plus a comma.
    closing: str = ""
    depth: int = 0
    expanded: bool = False
    tone: Tone | None = None
    json: bool = True
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

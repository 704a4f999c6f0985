"""What the event log filter matches on: the criteria (a VM, some names, a text) and
the text a search looks in for each entry, kept by sequence number while a text filter
is set.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from qmpgui.log.entry import LogEntry

#: One encoder for every haystack: json.dumps() with options builds a new one per call.
_COMPACT_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str).encode


@dataclass(frozen=True, slots=True)
class Criteria:
    """What the filter lets through: one VM or all, some names or all, a text or any."""

    #: The VM's key as LogEntry.vm_key has it (its endpoint); None: every VM.
    vm: str | None = None
    #: The LogEntry names let through; None: every name.
    names: frozenset[str] | None = None
    #: Case-folded; "" matches every entry.
    text: str = ""

    @property
    def active(self) -> bool:
        """True when some entries may be left out."""
        return self.vm is not None or self.names is not None or bool(self.text)

    def narrows(self, wider: Criteria) -> bool:
        """True when every entry these criteria let through, `wider` lets through too.

        Then only the rows `wider` shows need a look, not the whole log: typing
        one more letter of a search looks at the rows of the last one.
        """
        return (
            (wider.vm is None or wider.vm == self.vm)
            and (wider.names is None or (self.names is not None and self.names <= wider.names))
            and wider.text in self.text
        )


def haystack(entry: LogEntry) -> str:
    """The text a search looks in: VM, endpoint, name, summary and the data as compact
    JSON, case-folded."""
    data = _COMPACT_JSON(entry.data) if entry.data else "{}"
    return "\n".join((entry.vm, entry.endpoint, entry.name, entry.summary, data)).casefold()


class Haystacks:
    """Entries' search texts by sequence number, in a list that moves with the log.

    A list rather than a dict: a dict of a million texts holds everything
    still while it grows (each resize copies it whole); a list grows in place.
    Dropping the oldest moves a start, compacting now and then, as the log does.
    """

    def __init__(self) -> None:
        #: The texts, found at texts[seq + offset] (see reserve()); None: not made yet.
        self.texts: list[str | None] = []
        self._start = 0
        self._first_seq = 0  # the number of texts[_start]
        #: Texts let go of, to be freed a part at a time (free_some): freeing a
        #: million strings at once holds the window still for tens of milliseconds.
        self._released: list[list[str | None]] = []

    def __len__(self) -> int:
        return len(self.texts) - self._start

    @property
    def releasing(self) -> bool:
        """True while texts let go of are still to be freed (see free_some)."""
        return bool(self._released)

    def clear(self) -> None:
        """Let every text go, to be freed a part at a time."""
        if self.texts:
            self._released.append(self.texts)
        self.texts, self._start = [], 0

    def free_some(self, count: int) -> None:
        """Free up to `count` of the texts clear() let go of."""
        while self._released and count > 0:
            texts = self._released[-1]
            freed = min(count, len(texts))
            del texts[len(texts) - freed :]
            count -= freed
            if not texts:
                self._released.pop()

    def reserve(self, first_seq: int, end_seq: int) -> int:
        """Make room for the numbers `first_seq` up to `end_seq` (not included), forgetting
        those below `first_seq`; the offset that finds a number's text: texts[seq + offset].

        Valid until the next reserve(), forget_before() or clear().
        """
        if not self:
            self.texts, self._start, self._first_seq = [], 0, first_seq
        else:
            self.forget_before(first_seq)
        missing = end_seq - self._first_seq - len(self)
        if missing > 0:
            self.texts += [None] * missing
        return self._start - self._first_seq

    def forget_before(self, seq: int) -> None:
        """Let the texts numbered below `seq` go: the rows dropped at the bound."""
        gone = seq - self._first_seq
        if gone <= 0:
            return
        if gone >= len(self):
            self.clear()
            self._first_seq = seq
            return
        self.texts[self._start : self._start + gone] = [None] * gone
        self._start += gone
        self._first_seq = seq
        if self._start > len(self.texts) // 2:  # compact now and then, not per batch
            del self.texts[: self._start]
            self._start = 0

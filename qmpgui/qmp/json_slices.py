"""JSON made and read in slices of a few milliseconds, for replies of many megabytes.

json's C decoder holds the thread that runs it for the whole of a call: 300 ms for
10 MB of small objects (query-qmp-schema's shape). A worker thread does not help: it
holds the GIL as long, and while it runs Python, the window's thread waits up to
sys.getswitchinterval() (5 ms) each time it wants the GIL back, which painting and Qt's
calls make it want again and again (bench/big_replies.py measured stalls of 60-160 ms
either way). So a big text is walked here container by container, and the values found
within a window of WINDOW_CHARS characters are decoded by that same C scanner, many in
one call: no call decodes more than a window, and the event loop runs between slices of
SLICE_S (decode_yielding). The value decoded is the one json.loads gives.
encode_yielding makes the console's pretty JSON the same way.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Callable, Generator
from json.decoder import JSONDecodeError, scanstring  # type: ignore[attr-defined]
from json.scanner import make_scanner

#: Characters decoded in one call of the C scanner at most (but for a single string or
#: number bigger than this, decoded whole: it costs a copy, not object creation). At
#: 64 Ki characters one call takes 0.3-0.8 ms (bench/big_replies.py's shapes).
WINDOW_CHARS = 64 * 1024

#: (text, index) -> (value, index after it), json's own C scanner; StopIteration(index)
#: when no value starts there.
#: Seconds of decoding on the event loop's thread before it lets the loop run.
SLICE_S = 0.004

_SCAN: Callable[[str, int], tuple[object, int]] = make_scanner(json.JSONDecoder())  # type: ignore[arg-type]
_BLANKS = " \t\n\r"
#: A number cut by a window's edge may look whole to the scanner: "1" of "12", or
#: "1" of "1.5", "1e-5" when the window ends after "1.", "1e" or "1e-". A value that
#: ends this close to the edge is decoded again from a window that starts with it.
_NUMBER_TAIL = 3
#: The index after the blanks at an index (a pattern that always matches).
_SKIP: Callable[[str, int], re.Match[str]] = re.compile(r"[ \t\n\r]*").match  # type: ignore[assignment]


#: How a decoding goes: steps of bounded work (next() runs one), then the value and the
#: index after it (StopIteration's value).
Steps = Generator[None, None, tuple[object, int]]


def decode_steps(text: str, start: int = 0) -> Steps:
    """The JSON value that starts at `start` in `text` (after blanks) and where it ends,
    decoded a step at a time: each step decodes about two windows at most.

    Like json.JSONDecoder().raw_decode(text, start): what follows the value is left to
    the caller. A step raises json.JSONDecodeError (its `pos` where `text` stopped being
    JSON, len(text) when it ended inside the value), and RecursionError, as json does,
    for values nested too deeply (here containers bigger than a window count thrice:
    about 300 of them).
    """
    return _Walk(text).value(_SKIP(text, start).end())


def decode_in_slices(text: str, start: int = 0) -> tuple[object, int]:
    """decode_steps() run to its end at once."""
    steps = decode_steps(text, start)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]


async def encode_yielding(value: object) -> str:
    """json.dumps(value, indent=2, ensure_ascii=False), made on the event loop's thread,
    which it lets run every SLICE_S seconds. Raises what json.dumps raises."""
    slice_s = SLICE_S
    encoder = json.JSONEncoder(indent=2, ensure_ascii=False)  # indent: pure Python, in chunks
    made: list[str] = []
    chunks: list[str] = []
    deadline = time.perf_counter() + slice_s
    for count, chunk in enumerate(encoder.iterencode(value)):
        chunks.append(chunk)
        if count % 256 == 0 and time.perf_counter() > deadline:
            made.append("".join(chunks))  # one join of many small strings at the end is long
            chunks.clear()
            await asyncio.sleep(0)
            deadline = time.perf_counter() + slice_s
    made.append("".join(chunks))
    await asyncio.sleep(0)  # the whole text, one copy of it all, in a turn of its own
    text = "".join(made)
    await asyncio.sleep(0)  # and what the caller does with it in another
    return text


async def decode_yielding(text: str, start: int = 0) -> tuple[object, int]:
    """decode_steps() run on the event loop's thread, which it lets run every SLICE_S
    seconds (asyncio.sleep(0)): other tasks and, on a GUI's loop, painting and input."""
    steps = decode_steps(text, start)
    slice_s = SLICE_S
    deadline = time.perf_counter() + slice_s
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        if time.perf_counter() > deadline:
            await asyncio.sleep(0)
            deadline = time.perf_counter() + slice_s


class _Walk:
    """One decoding: the text, and the window of it the C scanner is given."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.base = 0  # where the window starts in the text
        self.window = ""
        self.whole = False  # whether the window reaches the end of the text

    def _move(self, pos: int) -> None:
        self.base = pos
        self.window = self.text[pos : pos + WINDOW_CHARS]
        self.whole = pos + WINDOW_CHARS >= len(self.text)

    def value(self, pos: int) -> Steps:
        """The value at `pos` (no blanks before it) and the index after it."""
        while True:
            off = pos - self.base
            if off < 0 or off >= len(self.window):
                self._move(pos)
                off = 0
            failure: JSONDecodeError | None = None
            try:
                value, end = _SCAN(self.window, off)
            except StopIteration as stop:
                failure = JSONDecodeError("Expecting value", self.window, stop.value)
            except JSONDecodeError as err:
                failure = err
            else:
                if self.whole or end < len(self.window) - _NUMBER_TAIL:
                    return value, self.base + end
            if self.whole and failure is not None:
                raise JSONDecodeError(failure.msg, self.text, self.base + failure.pos)
            if off:
                self._move(pos)  # the value crosses the window's edge: once more from its start
                continue
            return (yield from self._big(pos))

    def _big(self, pos: int) -> Steps:
        """The value at `pos`, bigger than a window."""
        opening = self.text[pos]
        if opening == "[":
            return (yield from self._array(pos + 1))
        if opening == "{":
            return (yield from self._object(pos + 1))
        try:
            return _SCAN(self.text, pos)
        except StopIteration as stop:
            raise JSONDecodeError("Expecting value", self.text, stop.value) from None

    def _array(self, pos: int) -> Steps:
        """The array whose "[" is just before `pos`, and the index after its "]"."""
        items: list[object] = []
        text, append = self.text, items.append
        pos = _SKIP(text, pos).end()
        if text.startswith("]", pos):
            return items, pos + 1
        runs = True
        while True:
            yield  # at most about two windows' work between two steps
            window, base = self.window, self.base
            limit = len(window) if self.whole else len(window) - _NUMBER_TAIL
            off = pos - base
            if 0 <= off < len(window):
                if runs:
                    runs, off, closed = self._run(window, off, items)
                    if closed >= 0:
                        return items, closed
                # Item by item then, in a loop kept as short as it can be: this Python
                # costs as much as the scanner's own work on small items.
                try:
                    while True:
                        item, end = _SCAN(window, off)
                        if end >= limit:
                            raise IndexError  # a number may go on past the edge
                        after = window[end]
                        if after in _BLANKS:
                            end = _SKIP(window, end).end()
                            after = window[end]
                        append(item)
                        if after != ",":
                            break
                        off = end + 1
                        if window[off] in _BLANKS:
                            off = _SKIP(window, off).end()
                except (StopIteration, JSONDecodeError, IndexError):
                    # The item there crosses the edge, is big, or is not JSON.
                    pos = _SKIP(text, base + off).end()
                else:
                    if after == "]":
                        return items, base + end + 1
                    raise JSONDecodeError("Expecting ',' delimiter", text, base + end)
            item, pos = yield from self.value(pos)
            append(item)
            pos = _SKIP(text, pos).end()
            if text.startswith("]", pos):
                return items, pos + 1
            if not text.startswith(",", pos):
                raise JSONDecodeError("Expecting ',' delimiter", text, pos)
            pos = _SKIP(text, pos + 1).end()

    def _run(self, window: str, off: int, items: list[object]) -> tuple[bool, int, int]:
        """The items from `off` to the window's last comma added to `items` in one call,
        if that comma is between two items: it is when they decode as an array of their
        own, of one item at least (the scanner then passed the comma's place in the state
        it passes the ends of real items in). Else it is inside an item, and likely to be
        so again: (whether to try again, where to go on in the window, the index after
        the array's "]" when it was among the items, else -1)."""
        cut = window.rfind(",", off)
        if cut <= off:
            return True, off, -1
        try:
            run, end = _SCAN("[" + window[off:cut] + "]", 0)
        except (StopIteration, JSONDecodeError):
            return False, off, -1
        assert isinstance(run, list)
        if not run:  # a "]" where an item must be: not JSON, as the caller finds
            return True, off, -1
        items.extend(run)
        if end < cut - off + 2:  # a "]" of the window's ended the array
            return True, off, self.base + off + end - 1
        return True, _SKIP(window, cut + 1).end(), -1

    def _object(self, pos: int) -> Steps:
        """The object whose "{" is just before `pos`, and the index after its "}"."""
        members: dict[str, object] = {}
        text = self.text
        pos = _SKIP(text, pos).end()
        if text.startswith("}", pos):
            return members, pos + 1
        while True:
            yield
            window, base = self.window, self.base
            limit = len(window) if self.whole else len(window) - _NUMBER_TAIL
            off = pos - base
            if 0 <= off < len(window):
                try:
                    while window[off] == '"':  # the members within the window, as in _array
                        key, end = scanstring(window, off + 1)
                        end = _SKIP(window, end).end()
                        if window[end] != ":":
                            break
                        value, end = _SCAN(window, _SKIP(window, end + 1).end())
                        if end >= limit:
                            raise IndexError
                        after = window[end]
                        if after in _BLANKS:
                            end = _SKIP(window, end).end()
                            after = window[end]
                        if after == "}":
                            members[key] = value
                            return members, base + end + 1
                        if after != ",":
                            break
                        members[key] = value
                        off = _SKIP(window, end + 1).end()
                except (StopIteration, JSONDecodeError, IndexError):
                    pass
                # The member there crosses the edge, is big, or is not JSON.
                pos = _SKIP(text, base + off).end()
            pos = yield from self._member(pos, members)
            if pos < 0:
                return members, -pos

    def _member(self, pos: int, members: dict[str, object]) -> Generator[None, None, int]:
        """Decode the member at `pos` into `members`: the index of the next member, or
        minus the index after the object's "}" when it was the last."""
        text = self.text
        if not text.startswith('"', pos):
            raise JSONDecodeError("Expecting property name enclosed in double quotes", text, pos)
        key, pos = scanstring(text, pos + 1)
        pos = _SKIP(text, pos).end()
        if not text.startswith(":", pos):
            raise JSONDecodeError("Expecting ':' delimiter", text, pos)
        members[key], pos = yield from self.value(_SKIP(text, pos + 1).end())
        pos = _SKIP(text, pos).end()
        if text.startswith("}", pos):
            return -(pos + 1)
        if not text.startswith(",", pos):
            raise JSONDecodeError("Expecting ',' delimiter", text, pos)
        return _SKIP(text, pos + 1).end()

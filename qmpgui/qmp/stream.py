"""QMP's wire format read as what it is: a stream of JSON values, not of lines.

A compact monitor (`-qmp`) ends every message with a line end, so a line is a message
and is parsed once, as before. A pretty-printed monitor (`-mon ...,pretty=on`,
`-qmp-pretty`) spreads each message over many lines; a server may also put several
values on one line. Those take the slower path here, still linear in the message's size.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable

from qemu.qmp import Message
from qemu.qmp.message import DeserializationError

from qmpgui.i18n import translate

# A JSON string: quotes with anything but a quote or a backslash, or an escape, between
# them. Valid JSON has no raw line end inside a string, so every string starts and ends
# on one line and brackets can be counted line by line once the strings are taken out.
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
_BRACKET = re.compile(rb"[\[\]{}]")
_DECODER = json.JSONDecoder()


class TruncatedMessage(DeserializationError):
    """The stream ended inside a JSON value; `raw` holds the bytes of the value so far."""


class MessageTooLarge(ValueError):
    """A message went on past the size limit (`limit`, in bytes) without ending."""

    def __init__(self, limit: int) -> None:
        super().__init__(
            translate("MessageTooLarge", "a message over {limit} bytes").format(limit=limit)
        )
        self.limit = limit


def _depth_after(line: bytes, depth: int) -> tuple[int, bool]:
    """The bracket depth after `line`, starting at `depth`, and whether the value that
    was open at depth 1 closed within the line (then the depth is 0 where it closed)."""
    plain = _STRING.sub(b"", line) if b'"' in line else line
    opened = plain.count(b"{") + plain.count(b"[")
    closed = plain.count(b"}") + plain.count(b"]")
    if closed < depth or closed == 0:
        return depth + opened - closed, False  # the outer value cannot end on this line
    for bracket in _BRACKET.finditer(plain):
        depth += 1 if bracket.group() in b"{[" else -1
        if depth == 0:
            return 0, True
        if depth < 0:
            break  # a closing bracket with nothing open: not JSON
    return depth, False


class JsonValueReader:
    """Cuts one QMP message at a time out of a byte stream read line by line.

    `readline` is an awaitable that returns the next line with its line end (the last
    bytes without one at the end of the stream) and raises EOFError once nothing is
    left; `limit` is the largest message in bytes. One reader serves one connection.
    """

    def __init__(self, readline: Callable[[], Awaitable[bytes]], limit: int) -> None:
        self._readline = readline
        self._limit = limit
        self._rest = b""  # what followed a value on its last line: the next value's start

    async def next_message(self) -> Message:
        """The next message, parsed.

        Raises EOFError at the end of the stream between two values, TruncatedMessage
        when it ends inside one, DeserializationError (its `raw` the bytes read) for
        bytes that are not JSON, UnicodeDecodeError for bytes that are not text,
        qemu.qmp's UnexpectedTypeError for a value that is not an object,
        MessageTooLarge, and ValueError for one line over the limit (asyncio's).
        """
        if self._rest:
            data, self._rest = self._rest, b""
        else:
            data = await self._readline()
        try:
            return Message(data, eager=True)  # a compact monitor's line: one parse
        except DeserializationError:
            pass
        return Message(await self._rest_of_value(data), eager=True)

    async def _rest_of_value(self, data: bytes) -> bytes:
        """The bytes of the value that starts in `data` (read on until it ends), or `data`
        itself when it is not the start of a JSON value (Message then says why)."""
        while not data.strip():  # blank lines between values
            data = await self._readline()
        text = data.decode("utf-8")
        start = len(text) - len(text.lstrip())
        try:
            _, end = _DECODER.raw_decode(text, start)
        except json.JSONDecodeError as err:
            if err.pos < len(text):
                return data  # not JSON before the line's end: no more lines will mend it
        else:
            return self._split(text, end)  # a whole value, and more after it on the line
        # A value that goes on past the line: pretty-printed, as `pretty=on` sends.
        parts = [data]
        size = len(data)
        depth, done = _depth_after(data, 0)
        while not done and depth > 0:
            try:
                line = await self._readline()
            except EOFError:
                raise TruncatedMessage(
                    translate("JsonValueReader", "The stream ended inside a JSON value."),
                    b"".join(parts),
                ) from None
            size += len(line)
            if size > self._limit:
                raise MessageTooLarge(self._limit)
            parts.append(line)
            depth, done = _depth_after(line, depth)
        whole = b"".join(parts)
        if not done:
            return whole  # brackets that do not match: Message says it is not JSON
        text = whole.decode("utf-8")
        try:
            _, end = _DECODER.raw_decode(text, start)
        except json.JSONDecodeError:
            return whole
        return self._split(text, end)

    def _split(self, text: str, end: int) -> bytes:
        """The value that ends at `end` in `text`; what follows it on its line is kept
        for the next call."""
        rest = text[end:]
        if rest.strip():
            self._rest = rest.encode("utf-8")
        return text[:end].encode("utf-8")

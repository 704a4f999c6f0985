"""QMP's wire format read as what it is: a stream of JSON values, not of lines.

A compact monitor (`-qmp`) ends every message with a line end, so a line is a message
and is parsed once, as before. A pretty-printed monitor (`-mon ...,pretty=on`,
`-qmp-pretty`) spreads each message over many lines; a server may also put several
values on one line. Those take the slower path here, still linear in the message's size.
A message over INLINE_BYTES is decoded in slices between which the event loop runs
(json_slices): a reply of 10 MB no longer holds the window for the whole of it.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Awaitable, Callable

from qemu.qmp import Message
from qemu.qmp.message import DeserializationError, UnexpectedTypeError

from qmpgui.qmp.json_slices import decode_yielding

# A JSON string: quotes with anything but a quote or a backslash, or an escape, between
# them. Valid JSON has no raw line end inside a string, so every string starts and ends
# on one line and brackets can be counted line by line once the strings are taken out.
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
_BRACKET = re.compile(rb"[\[\]{}]")

_DECODER = json.JSONDecoder()
_BLANKS = re.compile(r"[ \t\n\r]*")

#: Messages longer than this (bytes) are decoded in slices between which the event loop
#: runs (json_slices): json.loads holds the thread that runs it, the window's, for 7-9 ms
#: per MiB of small objects (2 ms at this size, 0.4 ms for 256 KiB of strings).
INLINE_BYTES = 256 * 1024


class TruncatedMessage(DeserializationError):
    """The stream ended inside a JSON value; `raw` holds the bytes of the value so far."""


class MessageTooLarge(ValueError):
    """A message went on past the size limit (`limit`, in bytes) without ending."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"a message over {limit} bytes")
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
        if len(data) <= INLINE_BYTES:
            try:
                return Message(data, eager=True)  # a compact monitor's line: one parse
            except DeserializationError:
                pass
        return await self._rest_of_value(data)

    async def _rest_of_value(self, data: bytes) -> Message:
        """The message that starts in `data`, read on until it ends (one over
        INLINE_BYTES decoded in slices, see _decoded)."""
        while not data or data.isspace():  # blank lines between values (strip() would copy)
            data = await self._readline()
        try:
            return self._split(*await _decoded(data))  # a whole value on the line
        except json.JSONDecodeError as err:
            if err.pos < len(err.doc):
                raise _not_json(data, err) from None  # no more lines will mend it
        # A value that goes on past the line: pretty-printed, as `pretty=on` sends.
        parts = [data]
        size = len(data)
        depth, done = _depth_after(data, 0)
        while not done and depth > 0:
            try:
                line = await self._readline()
            except EOFError:
                raise TruncatedMessage(
                    "The stream ended inside a JSON value.",
                    b"".join(parts),
                ) from None
            size += len(line)
            if size > self._limit:
                raise MessageTooLarge(self._limit)
            parts.append(line)
            depth, done = _depth_after(line, depth)
        whole = b"".join(parts)
        if not done:  # brackets that do not match
            raise DeserializationError("Failed to deserialize QMP message.", whole)
        try:
            return self._split(*await _decoded(whole))
        except json.JSONDecodeError as err:
            raise _not_json(whole, err) from None

    def _split(self, value: object, text: str, end: int) -> Message:
        """`value`, which ends at `end` in `text`, as a message; what follows it on its
        line is kept for the next call."""
        rest = text[end:]
        if rest.strip():
            self._rest = rest.encode("utf-8")
        if not isinstance(value, dict):
            raise UnexpectedTypeError("QMP message is not a JSON object.", value)
        return Message(value, eager=False)  # eager would encode it again


async def _decoded(data: bytes) -> tuple[object, str, int]:
    """The JSON value `data` starts with (blanks aside), `data` as text, and where the
    value ends in it; json.JSONDecodeError when it is not JSON (`pos` len(doc) when it
    ended inside the value), UnicodeDecodeError when it is not UTF-8. Over INLINE_BYTES
    in slices between which the event loop runs (see json_slices); the reader reads on
    only after the last, so messages keep the order the server sent them in."""
    if len(data) <= INLINE_BYTES:
        text = data.decode("utf-8")
        value, end = _DECODER.raw_decode(text, _BLANKS.match(text).end())  # type: ignore[union-attr]
        return value, text, end
    # Reading the line copied it twice already (asyncio's StreamReader): the loop runs
    # before its text is made, another copy, and before the first slice.
    await asyncio.sleep(0)
    text = data.decode("utf-8")
    await asyncio.sleep(0)
    value, end = await decode_yielding(text)
    return value, text, end


def _not_json(data: bytes, err: json.JSONDecodeError) -> DeserializationError:
    """The error Message gives for `data`, which json found not JSON (`err`)."""
    failure = DeserializationError("Failed to deserialize QMP message.", data)
    failure.__cause__ = err
    return failure

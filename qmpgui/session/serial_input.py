"""SerialInput: what is typed or pasted into a serial console, waiting to be written to
the port in order, as the guest reads it (the port's writes wait while the guest does
not read: serial_transports.py keeps the socket's buffers small). Bounded: a paste of
more than MAX_QUEUED_BYTES is refused whole, saying its size. Pure asyncio, no Qt."""

from __future__ import annotations

import asyncio
from collections import deque

from qmpgui.i18n import translate

#: The most bytes that may wait for the guest (a paste of more is refused whole).
MAX_QUEUED_BYTES = 1024 * 1024
#: Bytes written at a time: progress and Stop act between chunks.
CHUNK_BYTES = 512
#: A batch of more bytes than this reports its progress.
PROGRESS_FROM = 4096


def size_words(count: int) -> str:
    """`count` bytes in words: "812 bytes", "48.8 KiB", "2.0 MiB"."""
    if count < 1024:
        return translate("serial_input", "{count} bytes").format(count=count)
    if count < 1024 * 1024:
        return translate("serial_input", "{v0:.1f} KiB").format(v0=count / 1024)
    return translate("serial_input", "{v0:.1f} MiB").format(v0=count / (1024 * 1024))


class SerialInput:
    """The bytes waiting for one port; `batch` and `sent` count the bytes taken since the
    queue was last empty, and those written of them."""

    def __init__(self) -> None:
        self._chunks: deque[bytes] = deque()
        self.queued = 0
        self.batch = 0
        self.sent = 0
        self._ready = asyncio.Event()

    def refusal(self, size: int) -> str | None:
        """Why `size` more bytes cannot be taken now (a sentence after the port's name),
        or None when they can."""
        if size > MAX_QUEUED_BYTES:
            return translate(
                "SerialInput",
                "this paste is {v0} ({size:,} bytes), more than the {v2} qmpgui sends at once: nothing of it was sent",
            ).format(v0=size_words(size), size=size, v2=size_words(MAX_QUEUED_BYTES))
        if self.queued + size > MAX_QUEUED_BYTES:
            return translate(
                "SerialInput",
                "{v0} of an earlier paste still wait for the guest to read them: this was not sent (Stop ends the earlier paste)",
            ).format(v0=size_words(self.queued))
        return None

    def put(self, data: bytes) -> None:
        """Queue `data` (checked with refusal() first) in chunks."""
        for start in range(0, len(data), CHUNK_BYTES):
            self._chunks.append(data[start : start + CHUNK_BYTES])
        self.queued += len(data)
        self.batch += len(data)
        self._ready.set()

    async def take(self) -> bytes:
        """The next chunk to write, waiting for one."""
        while not self._chunks:
            self._ready.clear()
            await self._ready.wait()
        chunk = self._chunks.popleft()
        self.queued -= len(chunk)
        return chunk

    def written(self, chunk: bytes) -> None:
        """`chunk` (from take()) has been written; a batch ends when nothing waits."""
        self.sent += len(chunk)

    @property
    def done(self) -> bool:
        """Whether every byte taken has been written."""
        return not self._chunks and self.sent >= self.batch

    @property
    def reporting(self) -> bool:
        """Whether the batch under way is large enough to report its progress."""
        return self.batch > PROGRESS_FROM

    def end_batch(self) -> None:
        """Start counting a new batch (after done, or stop())."""
        self.batch = self.sent = 0

    def stop(self) -> int:
        """Drop what waits; the number of bytes dropped."""
        dropped = self.queued
        self._chunks.clear()
        self.queued = 0
        return dropped

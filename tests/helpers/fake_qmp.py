"""A scriptable fake QMP server, for faults a real QEMU cannot produce on demand.

It runs its own asyncio loop in a thread, so tests on plain asyncio and tests
on the qasync loop can both talk to it.
"""

from __future__ import annotations

import asyncio
import json
import threading
import weakref
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]

GREETING = (
    b'{"QMP": {"version": {"qemu": {"micro": 0, "minor": 2, "major": 7}, '
    b'"package": "fake"}, "capabilities": ["oob"]}}\r\n'
)


#: The greeting of a QEMU before 2.12, which has no out-of-band execution to offer.
GREETING_WITHOUT_OOB = (
    b'{"QMP": {"version": {"qemu": {"micro": 0, "minor": 11, "major": 2}, '
    b'"package": "fake"}, "capabilities": []}}\r\n'
)


_buffers: weakref.WeakKeyDictionary[asyncio.StreamReader, str] = weakref.WeakKeyDictionary()


async def read_command(reader: asyncio.StreamReader) -> dict[str, object]:
    """Read one JSON object: clients need not end commands with a newline."""
    decoder = json.JSONDecoder()
    buffer = _buffers.get(reader, "")
    while True:
        text = buffer.lstrip()
        if text:
            try:
                value, end = decoder.raw_decode(text)
            except json.JSONDecodeError:
                pass
            else:
                _buffers[reader] = text[end:]
                return value  # type: ignore[no-any-return]
        chunk = await reader.read(65536)
        if not chunk:
            raise EOFError
        buffer = text + chunk.decode()


async def negotiate(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, greeting: bytes = GREETING
) -> dict[str, object]:
    """Send the greeting and accept qmp_capabilities; return that request."""
    writer.write(greeting)
    await writer.drain()
    request = await read_command(reader)
    writer.write(reply(request, {}))
    await writer.drain()
    return request


def reply(request: dict[str, object], value: object) -> bytes:
    return json.dumps({"return": value, "id": request.get("id")}).encode() + b"\r\n"


def serve_encoded(returns: Mapping[str, bytes]) -> Handler:
    """A server whose commands named in `returns` return those values, JSON encoded
    already (big ones once, not at each request); query-status says running, the rest {}."""

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await negotiate(reader, writer)
        while True:
            request = await read_command(reader)
            name = str(request.get("execute"))
            if name in returns:
                ident = json.dumps(request.get("id")).encode()
                writer.write(b'{"return": ' + returns[name] + b', "id": ' + ident + b"}\r\n")
            elif name == "query-status":
                writer.write(reply(request, {"status": "running", "running": True}))
            else:
                writer.write(reply(request, {}))
            await writer.drain()

    return handler


async def serve_basic(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """A small but well-behaved server: every command returns {} except a few queries."""
    await RecordingServer()(reader, writer)


#: For RecordingServer's close_on: QMP's quit, and HMP's quit and q.
QUITS = ("quit", "q")


class RecordingServer:
    """A handler like serve_basic that keeps every message it reads (`messages`, the
    negotiation first) and greets with `greeting`. On a command named in `close_on` (or
    an HMP line there, such as "q"), it closes the connection without a reply, as some
    QEMU builds do on `quit` and a QEMU whose guest powers off at once may. `answers`
    gives other replies by command name, `refusals` QEMU's GenericError with that
    description."""

    def __init__(
        self,
        greeting: bytes = GREETING,
        *,
        close_on: tuple[str, ...] = (),
        answers: dict[str, object] | None = None,
        refusals: dict[str, str] | None = None,
    ) -> None:
        self.greeting = greeting
        self.close_on = close_on
        self.answers = answers or {}
        self.refusals = refusals or {}
        self.messages: list[dict[str, object]] = []

    @property
    def commands(self) -> list[object]:
        """The name of each message after the negotiation (`execute` or `exec-oob`)."""
        return [m.get("execute", m.get("exec-oob")) for m in self.messages[1:]]

    async def __call__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.messages.append(await negotiate(reader, writer, self.greeting))
        while True:
            try:
                request = await read_command(reader)
            except EOFError:
                return
            self.messages.append(request)
            name = request.get("execute", request.get("exec-oob"))
            arguments = request.get("arguments")
            line = arguments.get("command-line") if isinstance(arguments, dict) else None
            if name in self.close_on or line in self.close_on:
                writer.close()  # gone before a reply is written
                return
            if isinstance(name, str) and name in self.refusals:
                error = {"class": "GenericError", "desc": self.refusals[name]}
                line = {"error": error, "id": request.get("id")}
                writer.write(json.dumps(line).encode() + b"\r\n")
                await writer.drain()
                continue
            if isinstance(name, str) and name in self.answers:
                value: object = self.answers[name]
            elif name == "query-status":
                value = {"status": "running", "running": True}
            elif name == "query-qmp-schema":
                value = [{"name": "query-status", "meta-type": "command"}]
            elif name == "human-monitor-command":
                value = ""
            else:
                value = {}
            writer.write(reply(request, value))
            await writer.drain()


class FakeQmpServer:
    """Serve `handler` on a unix socket at `path` for each client."""

    def __init__(self, path: Path, handler: Handler) -> None:
        self.path = path
        self.handler = handler
        self.clients = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.AbstractServer | None = None

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.clients += 1
        try:
            await self.handler(reader, writer)
        except (ConnectionError, EOFError, asyncio.IncompleteReadError):
            pass
        except asyncio.CancelledError:
            # The server is shutting down. Ending normally: asyncio's streams ask a finished
            # client task for its exception, and a cancelled one raises in that callback.
            pass
        finally:
            writer.close()

    def __enter__(self) -> FakeQmpServer:
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(
            asyncio.start_unix_server(self._client, path=str(self.path), limit=1 << 24),
            self._loop,
        )
        self._server = future.result(10)
        return self

    def __exit__(self, *exc: object) -> None:
        async def shutdown() -> None:
            assert self._server is not None
            self._server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()
        self.path.unlink(missing_ok=True)

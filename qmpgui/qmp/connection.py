"""One QMP connection: connect with a greeting timeout, execute with a timeout,
drain events into a bounded buffer, and report why the connection ended.

This is the only module that drives qemu.qmp's QMPClient (through StreamClient,
which overrides its private hooks).
"""

from __future__ import annotations

import asyncio
import collections
import logging
import socket
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar

from qemu.qmp import (
    ConnectError,
    ExecInterruptedError,
    ExecuteError,
    Runstate,
    StateError,
)

from qmpgui.i18n import translate
from qmpgui.qmp.client import StreamClient
from qmpgui.qmp.endpoint import Endpoint
from qmpgui.qmp.errors import (
    CommandFailed,
    CommandTimeout,
    ConnectFailure,
    ConnectionLost,
    InvalidRequest,
    NotConnected,
    describe_connect_error,
    describe_disconnect,
    describe_execute_error,
    oob_unavailable,
    reply_before_greeting,
)
from qmpgui.qmp.opening import open_socket
from qmpgui.qmp.silence import (
    early_failure,
    full_queue_failure,
    negotiation_failure,
    silence_failure,
)
from qmpgui.qmp.silence_errors import busy_failure, negotiation_timeout, queue_full_failure
from qmpgui.qmp.ssh import RemoteFiles, SshTransport, open_ssh_socket
from qmpgui.qmp.tls import TlsFiles, server_certificate, tls_channel
from qmpgui.qmp.tls_errors import describe_failure, tls_server
from qmpgui.qmp.types import Capabilities, Event, Greeting
from qmpgui.qmp.unix_peers import peer_credentials

T = TypeVar("T")
_log = logging.getLogger(__name__)

#: Seconds to wait for the socket to connect, and again for the greeting and negotiation.
DEFAULT_GREETING_TIMEOUT_S = 5.0
#: Seconds to wait for a command's reply.
DEFAULT_COMMAND_TIMEOUT_S = 10.0
#: Events buffered between two next_events() calls; past it the oldest are dropped.
DEFAULT_EVENT_BUFFER = 10_000
#: Seconds without a greeting before asking QEMU's command line what a unix socket is,
#: and the kernel's table whether another client holds it: a free monitor greets at once.
EARLY_LOOK_S = 0.3
#: Seconds the look at the kernel's tables and /proc may take before giving up on it.
LOOK_TIMEOUT_S = 3.0


async def discover(execute: Callable[[str], Awaitable[Any]]) -> Capabilities:
    """What a server offers, asked through `execute(command)` (a monitor's execute()):
    query-qmp-schema since QEMU 2.5, CommandNotFound before, then query-commands. A
    server that answers neither still works, with nothing known about it (an empty
    Capabilities). Raises what `execute` raises but CommandFailed of those two."""
    try:
        return Capabilities.from_schema(await execute("query-qmp-schema"))
    except CommandFailed as err:
        if not err.unavailable:
            raise
    try:
        return Capabilities.from_commands(await execute("query-commands"))
    except CommandFailed:
        return Capabilities()


class QmpConnection:
    """A single connection to a QMP server. Not reusable: make a new one to reconnect.

    `greeting_timeout` and `command_timeout` are in seconds; `event_buffer` is how many
    events wait for next_events() before the oldest are dropped (counted in
    `dropped_events`). `tls` holds the certificate files for a `tls:` endpoint (None:
    the system's CAs, no client certificate). Every method raises only QmpFailure
    subclasses.
    """

    def __init__(
        self,
        endpoint: Endpoint,
        *,
        name: str = "qmpgui",
        greeting_timeout: float = DEFAULT_GREETING_TIMEOUT_S,
        command_timeout: float = DEFAULT_COMMAND_TIMEOUT_S,
        event_buffer: int = DEFAULT_EVENT_BUFFER,
        tls: TlsFiles | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.tls_files = tls or TlsFiles()
        self.greeting_timeout = greeting_timeout
        self.command_timeout = command_timeout
        self._events: collections.deque[dict[str, object]] = collections.deque(maxlen=event_buffer)
        self._name = name
        self._client = StreamClient(name, self._on_event)
        self._events_ready = asyncio.Event()
        self._disconnect_lock = asyncio.Lock()
        self._closing: asyncio.Task[Exception | None] | None = None
        self._closed_reason: str | None = None
        self._early_failure: ConnectFailure | None = None
        #: How many events a full buffer dropped (the oldest go first).
        self.dropped_events = 0
        #: The server's greeting; an unknown version until connect() has succeeded.
        self.greeting = Greeting.parse({})
        #: What the server offers; empty until connect() has succeeded.
        self.capabilities = Capabilities()
        #: The QEMU process's pid and uid (SO_PEERCRED); None over TCP.
        self.peer_pid: int | None = None
        self.peer_uid: int | None = None
        #: The SSH channel of an ssh:// endpoint (qmp/ssh/); None for other endpoints.
        self._ssh: SshTransport | None = None

    # -- connection ---------------------------------------------------------

    @property
    def remote_files(self) -> RemoteFiles | None:
        """Files on QEMU's host over the SSH connection of an ssh:// endpoint (for a
        screendump); None for other endpoints and once that connection is gone."""
        return self._ssh.files if self._ssh is not None else None

    @property
    def connected(self) -> bool:
        """True from a successful negotiation until the connection ends."""
        return self._client.runstate == Runstate.RUNNING

    async def connect(self) -> None:
        """Connect, negotiate and discover capabilities (`greeting`, `capabilities`).

        Raises ConnectFailure when the server cannot be reached, is not QMP, is busy
        with another client or does not negotiate within `greeting_timeout`; another
        QmpFailure (CommandFailed, CommandTimeout, ConnectionLost) when discovery with
        `query-qmp-schema` / `query-commands` fails, after which the connection is closed.
        """
        tls = None
        if self.endpoint.scheme == "tls":
            tls = await tls_channel(self.endpoint, self.tls_files)
            self._client = StreamClient(self._name, self._on_event, tls)
        try:
            await self._open_session()
        except ConnectError as err:
            if not reply_before_greeting(err):
                raise await describe_failure(err, self.endpoint, self.tls_files) from None
            # QEMU may send the last reply meant for the previous client (it left while a
            # command ran) to the next one, ahead of its greeting: a new connection starts clean.
            self._client = StreamClient(self._name, self._on_event, tls)
            try:
                await self._open_session()
            except ConnectError as again:
                raise await describe_failure(again, self.endpoint, self.tls_files) from None
        raw_greeting = self._client.greeting
        self.greeting = Greeting.parse(raw_greeting._asdict() if raw_greeting else {})
        try:
            self.capabilities = await self._discover()
        except BaseException:
            # A failure, or a cancellation (Disconnect pressed while connecting): never leave
            # the library's reader and writer running on a socket that holds the monitor.
            await self.close()
            raise

    async def _open_session(self) -> None:
        """Open the socket and let qemu.qmp greet and negotiate; raises ConnectFailure, or
        ConnectError for what the server sent."""
        try:
            if self.endpoint.is_ssh:  # a ConnectFailure with its sentence, or the socket
                if self._ssh is not None:
                    await self._ssh.close()
                sock, self._ssh = await open_ssh_socket(self.endpoint, self.greeting_timeout)
            else:
                sock = await open_socket(self.endpoint, self.greeting_timeout)
        except BlockingIOError:
            raise await self._queue_full() from None
        except OSError as err:
            raise describe_connect_error(err, self.endpoint) from None
        # On a local socket the kernel and /proc can say why no greeting comes. The library
        # closes its socket when the wait is cancelled: a second descriptor keeps the
        # connection as it was for that look.
        probe = sock.dup() if self.endpoint.is_unix else None
        if probe is not None:
            self.peer_pid, self.peer_uid = peer_credentials(sock)
        look: asyncio.Task[None] | None = None
        try:
            async with asyncio.timeout(self.greeting_timeout) as deadline:
                if probe is not None:
                    look = asyncio.get_running_loop().create_task(self._look_early(deadline, probe))
                await self._client.connect(sock)
        except TimeoutError:
            if self._early_failure is not None:
                raise self._early_failure from None
            raise await self._silence(probe) from None
        finally:
            if look is not None:
                look.cancel()
            if probe is not None:
                probe.close()
            if not self.connected:
                sock.close()

    async def _look_early(self, deadline: asyncio.Timeout, probe: socket.socket) -> None:
        """A monitor greets at once; when none has after EARLY_LOOK_S, ask QEMU's command
        line what the socket is and the kernel's table who else is connected (`probe` is
        this connection), and end the wait now if it is not a QMP monitor or another
        client holds it."""
        await asyncio.sleep(EARLY_LOOK_S)
        assert self.endpoint.path is not None
        try:
            failure = await asyncio.to_thread(
                early_failure, self.endpoint.path, self.peer_pid, probe
            )
        except Exception:  # a look that fails must not fail the connection: the wait goes on
            _log.debug("looking at %s failed", self.endpoint.path, exc_info=True)
            return
        if failure is not None:
            self._early_failure = failure
            deadline.reschedule(asyncio.get_running_loop().time())

    async def _queue_full(self) -> ConnectFailure:
        """A unix socket whose queue of waiting clients is full: busy, naming who holds
        it where the kernel's tables and /proc show it."""
        assert self.endpoint.path is not None
        try:
            async with asyncio.timeout(LOOK_TIMEOUT_S):
                return await asyncio.to_thread(full_queue_failure, self.endpoint.path)
        except Exception:  # too slow, or it failed: still busy
            _log.debug("looking at %s failed", self.endpoint.path, exc_info=True)
            return queue_full_failure(self.endpoint.path)

    async def _silence(self, probe: socket.socket | None) -> ConnectFailure:
        """Why the greeting timeout passed: no greeting ("monitor busy"), or a greeting
        but no negotiation, unless a local socket's kernel tables and /proc say more
        (who holds the monitor, what the socket is, a stopped QEMU)."""
        greeted = self._client.greeting is not None  # then the monitor is ours
        fallback = (
            negotiation_timeout(self.greeting_timeout)
            if greeted
            else busy_failure(self.greeting_timeout)
        )
        # A TLS monitor says nothing until the client's handshake: ask it for one.
        plain_tcp = self.endpoint.host is not None and not self.endpoint.scheme
        if not greeted and plain_tcp and await server_certificate(self.endpoint) is not None:
            return tls_server(self.endpoint)
        if probe is None or self.endpoint.path is None:
            return fallback
        try:
            async with asyncio.timeout(LOOK_TIMEOUT_S):
                if greeted:
                    return await asyncio.to_thread(
                        negotiation_failure, self.peer_pid, self.greeting_timeout
                    )
                return await asyncio.to_thread(
                    silence_failure,
                    self.endpoint.path,
                    probe,
                    self.peer_pid,
                    self.greeting_timeout,
                )
        except Exception:  # too slow, or it failed: what is known stays true
            _log.debug("looking at %s failed", self.endpoint.path, exc_info=True)
            return fallback

    async def _discover(self) -> Capabilities:
        return await discover(self.execute)

    async def wait_closed(self) -> str:
        """Wait until the connection ends; return why, in words. Never raises.

        After close(), the reason is "disconnected".
        """
        while self._client.runstate == Runstate.RUNNING:
            await self._client.runstate_changed()
        return await self._disconnect()

    async def close(self) -> None:
        """Close the connection; safe to call at any time, any number of times."""
        await self._disconnect(reason="disconnected")

    async def _disconnect(self, reason: str | None = None) -> str:
        # close() and wait_closed() can race: the first to get here disconnects and its
        # reason stays; the other waits and returns the same reason.
        async with self._disconnect_lock:
            if self._closed_reason is None:
                # qemu.qmp's disconnect, cancelled half-way (the window closes as QEMU goes),
                # leaves the reader's error in a future nobody reads, which asyncio reports:
                # it runs to its end in a task of its own, which the next close() awaits.
                if self._closing is None:
                    self._closing = asyncio.get_running_loop().create_task(
                        self._library_disconnect()
                    )
                error = await asyncio.shield(self._closing)
                lost_ssh = self._ssh.lost_reason() if self._ssh is not None else None
                self._closed_reason = reason or lost_ssh or describe_disconnect(error)
                if self._ssh is not None:
                    await self._ssh.close()
                self._events_ready.set()
            return self._closed_reason

    async def _library_disconnect(self) -> Exception | None:
        try:
            await self._client.disconnect()
        except Exception as err:  # the reader's own failure, re-raised by qemu.qmp
            return err
        return None

    # -- commands -----------------------------------------------------------

    async def execute(
        self,
        command: str,
        arguments: Mapping[str, object] | None = None,
        timeout: float | None = None,
    ) -> object:
        """Run one command and return its `return` value (any JSON value; {} for none).

        `timeout` is in seconds (`command_timeout` when None). Raises CommandFailed for an
        error reply, CommandTimeout, ConnectionLost when the connection ended, and
        NotConnected before connect().
        """
        seconds = self.command_timeout if timeout is None else timeout
        return await self._call(command, seconds, self._client.execute(command, arguments))

    async def _call(self, command: str, seconds: float, call: Awaitable[T]) -> T:
        """Await one request to the server; whatever goes wrong becomes a QmpFailure."""
        try:
            async with asyncio.timeout(seconds):
                return await call
        except TimeoutError:
            raise CommandTimeout(command, seconds) from None
        except (ExecuteError, ExecInterruptedError) as err:
            raise describe_execute_error(err, command) from None
        except StateError:
            if self._closed_reason is not None:
                raise ConnectionLost(
                    translate("QmpConnection", "{command} not sent: {closed_reason}").format(
                        command=command, closed_reason=self._closed_reason
                    )
                ) from None
            if self._client.runstate == Runstate.DISCONNECTING:
                # The server went away (QEMU quit) and nobody has asked why yet.
                raise ConnectionLost(
                    translate(
                        "QmpConnection", "{command} not sent: the connection to QEMU was lost"
                    ).format(command=command)
                ) from None
            raise NotConnected(
                translate("QmpConnection", "{command} not sent: not connected").format(
                    command=command
                )
            ) from None

    @property
    def oob(self) -> bool:
        """Whether out-of-band execution (`exec-oob`) is on: the greeting offered "oob"
        (QEMU 2.12+), and qemu.qmp's negotiation enables what is offered of it
        (tests/qmp/test_exchange.py pins that)."""
        return "oob" in self.greeting.capabilities

    async def exchange(
        self, message: Mapping[str, object], timeout: float | None = None
    ) -> dict[str, Any]:
        """Send one command object as the user wrote it (`execute` or `exec-oob`); return
        QEMU's whole reply.

        The reply is the `return` or `error` object with the user's `id`, not an
        exception: the console shows it as QEMU sent it. A string `id` goes out as it
        is; any other JSON value (QMP allows numbers, objects, ...) cannot be matched by
        the library, so a string id of its own stands in for it on the wire and the
        reply gets the user's back, as QEMU echoes it. Without an `id` the reply comes
        back without one. This is the one use of qemu.qmp's private `_raw`
        (tests/qmp/test_connection.py pins it).

        `timeout` is in seconds (`command_timeout` when None). Raises InvalidRequest for
        a string `id` already in use or starting with `__qmp#`, and for `exec-oob` on a
        server without out-of-band execution (nothing is sent); CommandTimeout,
        ConnectionLost and NotConnected; an error reply is returned, not raised.
        """
        seconds = self.command_timeout if timeout is None else timeout
        name = str(message.get("execute") or message.get("exec-oob") or "?")
        if "exec-oob" in message and self.connected and not self.oob:
            raise oob_unavailable(name)
        has_id = "id" in message
        user_id = message.get("id")
        own_id = not isinstance(user_id, str)
        wire = {key: value for key, value in message.items() if key != "id" or not own_id}
        try:
            reply = await self._call(name, seconds, self._client._raw(wire, own_id))
        except ValueError as err:  # an id already in use, or one starting with __qmp#
            raise InvalidRequest(str(err)) from None
        result = dict(reply)
        if own_id:
            result.pop("id", None)
            if has_id:
                result["id"] = user_id
        return result

    # -- events -------------------------------------------------------------

    def _on_event(self, msg: dict[str, object]) -> None:
        # Called by the reader for each event: buffer it, wake next_events().
        if len(self._events) == self._events.maxlen:
            self.dropped_events += 1  # the deque drops the oldest
        self._events.append(msg)
        self._events_ready.set()

    async def next_events(self) -> list[Event]:
        """Wait for events and return all that are buffered, oldest first (at least one).

        Raises ConnectionLost, with the reason the connection ended, once it is closed
        and the buffer is empty.
        """
        while not self._events:
            if self._closed_reason is not None:
                raise ConnectionLost(self._closed_reason)
            self._events_ready.clear()
            await self._events_ready.wait()
        batch = [Event.parse(m) for m in self._events]
        self._events.clear()
        return batch

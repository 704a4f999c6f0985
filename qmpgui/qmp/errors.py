"""Failures of the QMP layer, each carrying one sentence a person can act on.

Everything qemu.qmp, asyncio or the OS raises while talking to a monitor is
translated here, so no layer above ever has to show a traceback.
"""

from __future__ import annotations

import errno
import os
import re
import socket
import stat
from enum import Enum

from qemu.qmp import ConnectError, ExecInterruptedError, ExecuteError
from qemu.qmp.message import DeserializationError
from qemu.qmp.qmp_client import GreetingError, NegotiationError

from qmpgui.i18n import translate
from qmpgui.qmp.endpoint import Endpoint
from qmpgui.qmp.stream import TruncatedMessage

#: Largest message accepted from a server. QEMU's usual replies stay far below it
#: (query-qmp-schema is about 200 KiB), but the console may ask for 10 MB and more.
MAX_MESSAGE_BYTES = 32 * 1024 * 1024


def headline(sentence: str) -> str:
    """The cause that heads one of our sentences, for places too narrow for the whole
    (the VM list's State column): the words before the first ": ", " (" or ". ", without
    an endpoint quoted first ("'tcp:a:0': the port must be ..." gives "the port must
    be ..."). `sentence` itself when it has no such head. Never raises."""
    quoted = re.match(r"'[^']*': (?=.)", sentence)
    rest = sentence[quoted.end() :] if quoted else sentence
    head = re.split(r": | \(|\. ", rest, maxsplit=1)[0].strip()
    return head or sentence


class QmpFailure(Exception):
    """Base class: str(failure) is the sentence for the user.

    `message` holds the same sentence, `cause` its head in a few words (headline() of
    it unless given), for places too narrow for the whole. Every failure QmpConnection
    raises is one.
    """

    def __init__(self, message: str, cause: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.cause = cause or headline(message)


class ConnectKind(Enum):
    """Why a connection could not be made; each value is a short label for the user."""

    NO_SOCKET = "no such socket"
    PERMISSION = "permission denied"
    REFUSED = "connection refused"
    NOT_QMP = "not a QMP server"
    BUSY = "monitor busy"
    UNREACHABLE = "host unreachable"
    TLS = "TLS failed"
    OTHER = "connection failed"


class ConnectFailure(QmpFailure):
    """The connection could not be made or negotiated; `kind` says which way it failed,
    `cause` in a few words without the path or the advice (by default the kind's
    label: "no such socket").

    `nothing_listens` is True when nothing listens at the endpoint (yet): no socket file
    there, or a connection refused by a unix socket file or a TCP port, as before QEMU
    starts or after it stopped. Waiting can mend that, unlike the other failures.
    Raised by QmpConnection.connect() (and made by describe_connect_error()).
    """

    def __init__(
        self,
        kind: ConnectKind,
        message: str,
        cause: str | None = None,
        *,
        nothing_listens: bool = False,
    ) -> None:
        super().__init__(message, cause or kind.value)
        self.kind = kind
        self.nothing_listens = nothing_listens


class CommandFailed(QmpFailure):
    """The server answered a command with an error reply.

    `error_class` is the reply's `error.class` (since 1.2 one of GenericError,
    CommandNotFound, DeviceNotActive, DeviceNotFound, KVMMissingCap) and `desc` its
    `error.desc`, kept for the user, never parsed (qmp-protocol.md, section 1).
    """

    def __init__(self, command: str, error_class: str, desc: str) -> None:
        if error_class == "CommandNotFound":
            message = translate(
                "CommandFailed", "this QEMU has no command '{command}' ({desc})"
            ).format(command=command, desc=desc)
        else:
            message = translate("CommandFailed", "{command} failed: {error_class}: {desc}").format(
                command=command, error_class=error_class, desc=desc
            )
        super().__init__(message)
        self.command = command
        self.error_class = error_class
        self.desc = desc

    @property
    def unavailable(self) -> bool:
        """True when the command is missing or compiled out of this QEMU (CommandNotFound)."""
        return self.error_class == "CommandNotFound"


class CommandTimeout(QmpFailure):
    """No reply within `seconds` (float, seconds); the connection may still be alive."""

    def __init__(self, command: str, seconds: float) -> None:
        super().__init__(
            translate(
                "CommandTimeout",
                "{command} timed out: QEMU did not answer within {seconds:g} s (is the VM stopped with SIGSTOP, or the monitor stuck?)",
            ).format(command=command, seconds=seconds)
        )
        self.command = command
        self.seconds = seconds


class ConnectionLost(QmpFailure):
    """The connection ended: a command was cut off, not sent, or no events will come.

    `cut_off` is True when a command had been sent and the connection ended before its
    reply (for `quit`, QEMU's way of saying it is done), False when nothing was sent.
    """

    def __init__(self, message: str, *, cut_off: bool = False) -> None:
        super().__init__(message)
        self.cut_off = cut_off


class NotConnected(QmpFailure):
    """A command was asked of a connection that is not (yet) established; nothing was sent."""


class InvalidRequest(QmpFailure):
    """A request the client refuses to send (the server never saw it)."""


def oob_unavailable(command: str) -> InvalidRequest:
    """`exec-oob` asked of a server whose greeting offers no "oob" capability: QEMU before
    2.12, or a monitor that cannot run commands out-of-band. Returned, not raised."""
    return InvalidRequest(
        translate(
            "errors",
            "{command} not sent out-of-band: this QEMU does not offer it (no 'oob' capability in its greeting; QEMU 2.12 and later offer it on a QMP monitor): use \"execute\"",
        ).format(command=command)
    )


def _describe_raw(raw: bytes) -> str:
    # What a first message that is not JSON says about the server behind the socket.
    text = raw.decode("utf-8", "replace")
    if text.startswith("HTTP/"):
        return translate("errors", "an HTTP server answered, not a QMP monitor")
    if "(qemu)" in text or ("QEMU" in text and "monitor" in text):
        return translate(
            "errors",
            "this is QEMU's human monitor (HMP), not QMP: start QEMU with -qmp instead of -monitor",
        )
    return translate("errors", "not a QMP server: its first message is not JSON ({v0})").format(
        v0=_shown(raw)
    )


def _shown(raw: bytes) -> str:
    return repr(raw.decode("utf-8", "replace").strip()[:40])


def _not_a_socket(path: str) -> tuple[str, str] | None:
    """Linux refuses a connection to a folder or a plain file as to a dead socket: the
    sentence and its cause, or None for a socket."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    if stat.S_ISDIR(mode):
        return (
            translate(
                "errors",
                "{path} is a folder, not a socket: give the socket's path (the -qmp unix: path)",
            ).format(path=path),
            translate("errors", "a folder, not a socket"),
        )
    if not stat.S_ISSOCK(mode):
        return (
            translate(
                "errors",
                "{path} is a file, not a socket: give the socket's path (the -qmp unix: path)",
            ).format(path=path),
            translate("errors", "a file, not a socket"),
        )
    return None


def _describe_os_error(err: OSError, endpoint: Endpoint) -> ConnectFailure:
    where = endpoint.path if endpoint.is_unix else f"{endpoint.host}:{endpoint.port}"
    if isinstance(err, socket.gaierror):
        return ConnectFailure(
            ConnectKind.UNREACHABLE,
            translate("errors", "unknown host '{host}'").format(host=endpoint.host),
            translate("errors", "unknown host"),
        )
    code = err.errno
    if code == errno.ENOENT:
        return ConnectFailure(
            ConnectKind.NO_SOCKET,
            translate(
                "errors",
                "no such socket: {where} (is QEMU running with -qmp unix:{where},server=on,wait=off?)",
            ).format(where=where),
            nothing_listens=True,
        )
    if code in (errno.EACCES, errno.EPERM):
        return ConnectFailure(
            ConnectKind.PERMISSION,
            translate(
                "errors",
                "permission denied on {where}: your user may not open this socket (check its owner and mode, or join its group)",
            ).format(where=where),
        )
    if code == errno.ECONNREFUSED:
        not_socket = _not_a_socket(endpoint.path) if endpoint.path is not None else None
        if not_socket is not None:
            return ConnectFailure(ConnectKind.NO_SOCKET, *not_socket)
        if endpoint.is_unix:
            msg = translate(
                "errors",
                "connection refused on {where}: the socket file exists but nothing listens on it (left behind by a QEMU that exited?)",
            ).format(where=where)
        else:
            msg = translate("errors", "connection refused: nothing listens on {where}").format(
                where=where
            )
        return ConnectFailure(ConnectKind.REFUSED, msg, nothing_listens=True)
    if code in (errno.ENOTSOCK, errno.ENOTDIR):
        return ConnectFailure(
            ConnectKind.NO_SOCKET,
            translate("errors", "{where} is not a socket").format(where=where),
            translate("errors", "not a socket"),
        )
    if code in (errno.EHOSTUNREACH, errno.ENETUNREACH, errno.ETIMEDOUT):
        return ConnectFailure(
            ConnectKind.UNREACHABLE,
            translate("errors", "cannot reach {where}: {strerror}").format(
                where=where, strerror=err.strerror
            ),
        )
    why = err.strerror or str(err)
    return ConnectFailure(
        ConnectKind.OTHER,
        translate("errors", "cannot connect to {where}: {why}").format(where=where, why=why),
        why,
    )


def reply_before_greeting(err: ConnectError) -> bool:
    """Whether connect() failed on a first message that was JSON but had no "QMP"
    member: a reply (left for an earlier client), not a greeting."""
    return isinstance(err.exc, GreetingError) and isinstance(err.exc.exc, KeyError)


def describe_connect_error(err: BaseException, endpoint: Endpoint) -> ConnectFailure:
    """Turn whatever connect() raised into one ConnectFailure; never raises itself.

    `err` is what qemu.qmp or the socket layer raised (ConnectError, GreetingError,
    NegotiationError, OSError, EOFError, ...); `endpoint` names the place in the message.
    """
    inner: BaseException = err
    while isinstance(inner, ConnectError | GreetingError | NegotiationError):
        if isinstance(inner, NegotiationError):
            return ConnectFailure(
                ConnectKind.NOT_QMP,
                translate(
                    "errors",
                    "QMP capabilities negotiation failed: the server did not accept qmp_capabilities",
                ),
            )
        inner = inner.exc
    if isinstance(inner, TruncatedMessage) or (
        isinstance(inner, DeserializationError) and not inner.raw.endswith(b"\n")
    ):
        return ConnectFailure(
            ConnectKind.NOT_QMP,
            translate(
                "errors",
                "the server closed the connection in the middle of its first message ({v0}): not a QMP monitor, or QEMU is exiting",
            ).format(v0=_shown(inner.raw)),
        )
    if isinstance(err, GreetingError) or (
        isinstance(err, ConnectError) and isinstance(err.exc, GreetingError)
    ):
        if isinstance(inner, DeserializationError):
            return ConnectFailure(ConnectKind.NOT_QMP, _describe_raw(inner.raw))
        if isinstance(inner, KeyError | TypeError) or type(inner) is ValueError:
            return ConnectFailure(
                ConnectKind.NOT_QMP,
                translate(
                    "errors", "not a QMP server: its first message is JSON but not a QMP greeting"
                ),
            )
    if isinstance(inner, OSError):
        return _describe_os_error(inner, endpoint)
    if isinstance(inner, EOFError):
        return ConnectFailure(
            ConnectKind.NOT_QMP,
            translate(
                "errors",
                "the server closed the connection without a QMP greeting (not a QMP monitor, or QEMU is exiting)",
            ),
        )
    if isinstance(inner, DeserializationError):
        return ConnectFailure(ConnectKind.NOT_QMP, _describe_raw(inner.raw))
    if isinstance(inner, UnicodeDecodeError):
        return ConnectFailure(
            ConnectKind.NOT_QMP,
            translate("errors", "not a QMP server: its first message is not JSON (binary data)"),
        )
    if isinstance(inner, ValueError):
        # StreamReader.readline() raises ValueError when a line exceeds the limit, the
        # stream reader MessageTooLarge when a message of many lines does.
        return ConnectFailure(
            ConnectKind.NOT_QMP,
            translate(
                "errors",
                "not a QMP server: it sent more than {v0} MiB without ending its first message",
            ).format(v0=MAX_MESSAGE_BYTES // (1024 * 1024)),
        )
    return ConnectFailure(
        ConnectKind.OTHER, translate("errors", "connection failed: {inner}").format(inner=inner)
    )


def describe_disconnect(err: BaseException | None) -> str:
    """Why an established connection ended, in words, from what disconnect() re-raised.

    `err` is None (or EOFError) when the server closed the connection cleanly; never raises.
    """
    if err is None or isinstance(err, EOFError):
        return translate(
            "errors", "connection lost: QEMU closed the monitor (it exited or was killed)"
        )
    if isinstance(err, ConnectionResetError | BrokenPipeError):
        return translate(
            "errors", "connection lost: the connection was reset (QEMU exited or was killed)"
        )
    if isinstance(err, TruncatedMessage) or (
        isinstance(err, DeserializationError) and not err.raw.endswith(b"\n")
    ):
        # What was read before the end of the stream: a line without its end, or a value
        # of many lines without its closing bracket.
        return translate(
            "errors",
            "connection lost: the connection closed in the middle of a message (QEMU exited or was killed?)",
        )
    if isinstance(err, DeserializationError | UnicodeDecodeError):
        return translate(
            "errors",
            "connection lost: the server sent data that is not JSON; the connection was dropped",
        )
    if isinstance(err, ValueError):
        return translate(
            "errors",
            "connection lost: the server sent a message over the {v0} MiB limit; the connection was dropped",
        ).format(v0=MAX_MESSAGE_BYTES // (1024 * 1024))
    if isinstance(err, OSError):
        return translate("errors", "connection lost: {v0}").format(v0=err.strerror or err)
    return translate("errors", "connection lost: {kind}: {err}").format(
        kind=type(err).__name__, err=err
    )


def describe_execute_error(err: ExecuteError | ExecInterruptedError, command: str) -> QmpFailure:
    """CommandFailed for an error reply, ConnectionLost for a command the connection's end
    interrupted; returned, not raised."""
    if isinstance(err, ExecuteError):
        return CommandFailed(command, err.error_class, str(err))
    return ConnectionLost(
        translate("errors", "{command} did not complete: the connection to QEMU was lost").format(
            command=command
        ),
        cut_off=True,
    )

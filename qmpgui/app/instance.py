"""One qmpgui per configuration file.

The first qmpgui started with a configuration file holds a lock (QLockFile) in the
runtime folder and listens on a local socket (QLocalServer) beside it, both named after
the file. A second start with the same file finds the lock held, hands its command-line
endpoints (and --demo) to the first over that socket, and exits: the first opens them
as if they were given on its own command line and brings its window to the front. Two
configuration files (--config) are two instances. A lock left by a qmpgui that was
killed is stale (its process is gone) and is taken over by the next start.

The second start waits on its socket with blocking calls: it has no window yet.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import socket
import stat
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from qmpgui.app.cli import Options
from qmpgui.i18n import translate
from qmpgui.qmp import EndpointError, parse_endpoint

#: Seconds a second start waits for the first to take what it hands over (the first
#: may be starting or closing meanwhile).
HANDOVER_TIMEOUT_S = 10.0
#: The longest handover message the first reads, in bytes.
MAX_MESSAGE = 64 * 1024


class InstanceError(Exception):
    """A second start could not hand over to the first; the message is for the user."""


def runtime_folder() -> Path:
    """qmpgui's private runtime folder: $XDG_RUNTIME_DIR/qmpgui, else
    <temporary folder>/qmpgui-<uid>; made 0700 if missing.

    Raises OSError when it cannot be made, or is not a folder of this user that only
    this user may enter.
    """
    base = os.environ.get("XDG_RUNTIME_DIR")
    if base and os.path.isdir(base) and os.access(base, os.W_OK | os.X_OK):
        folder = Path(base) / "qmpgui"
    else:
        folder = Path(tempfile.gettempdir()) / f"qmpgui-{os.getuid()}"
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise OSError(
            translate("instance", "{folder} is not a folder that only this user may enter").format(
                folder=folder
            )
        )
    return folder


@dataclass(frozen=True)
class Handover:
    """What a second start passes to the first: its command line's endpoints and --demo."""

    endpoints: tuple[str, ...] = ()
    demo: bool = False

    def encode(self) -> bytes:
        """One line of JSON."""
        return json.dumps({"endpoints": list(self.endpoints), "demo": self.demo}).encode() + b"\n"

    @classmethod
    def decode(cls, line: bytes) -> Handover:
        """The handover in one line of JSON; raises ValueError when it is not one."""
        message = json.loads(line)
        endpoints, demo = message.get("endpoints"), message.get("demo")
        if not isinstance(endpoints, list) or not isinstance(demo, bool):
            raise ValueError(translate("Handover", "not a handover"))
        for endpoint in endpoints:
            if not isinstance(endpoint, str):
                raise ValueError(translate("Handover", "an endpoint is not text"))
            try:
                parse_endpoint(endpoint)
            except EndpointError as err:
                raise ValueError(str(err)) from None
        return cls(tuple(endpoints), demo)


class Instance(QObject):
    """The lock and the local socket of one configuration file's qmpgui."""

    def __init__(self, config_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config_path = config_path
        key = hashlib.sha256(os.fsencode(config_path.expanduser().resolve())).hexdigest()[:16]
        folder = runtime_folder()
        self.lock_path = folder / f"instance-{key}.lock"
        self.socket_path = folder / f"instance-{key}.sock"
        self._lock = QLockFile(str(self.lock_path))
        # Qt would call a lock older than 30 s stale even while its qmpgui runs; only a
        # lock whose process is gone is stale here.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self._handler: Callable[[Handover], bool] | None = None

    # -- the first qmpgui -------------------------------------------------------------

    def claim(self) -> bool:
        """Become the first qmpgui for the file: take the lock (a stale one too) and
        listen. False when a running qmpgui holds it. Raises OSError when the lock
        cannot be taken for another reason or the socket cannot listen."""
        if self._server is not None:
            return True
        if not self._lock.tryLock(0):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return False
            raise OSError(
                translate("Instance", "cannot lock {lock_path} ({name})").format(
                    lock_path=self.lock_path, name=self._lock.error().name
                )
            )
        QLocalServer.removeServer(str(self.socket_path))  # left by a qmpgui that was killed
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(str(self.socket_path)):
            self._lock.unlock()
            raise OSError(
                translate("Instance", "cannot listen on {socket_path}: {v1}").format(
                    socket_path=self.socket_path, v1=server.errorString()
                )
            )
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def serve(self, handler: Callable[[Handover], bool]) -> None:
        """Give each handover to `handler`, which returns whether it took it (not while
        its window closes: the second start then waits for the lock)."""
        self._handler = handler
        self._accept()

    def release(self) -> None:
        """Stop listening and unlock: the next start is the first."""
        if self._server is not None:
            self._server.close()
            self._server = None
            self._lock.unlock()

    def _accept(self) -> None:
        if self._server is None or self._handler is None:
            return  # the loop is not running yet: they wait in the server
        while (peer := self._server.nextPendingConnection()) is not None:
            received = bytearray()
            peer.readyRead.connect(functools.partial(self._read, peer, received))
            peer.disconnected.connect(peer.deleteLater)
            self._read(peer, received)

    def _read(self, peer: QLocalSocket, received: bytearray) -> None:
        received += peer.readAll().data()
        if b"\n" not in received:
            if len(received) > MAX_MESSAGE:
                peer.abort()
            return
        line = bytes(received).split(b"\n", 1)[0]
        received.clear()
        reply: dict[str, Any] = {"pid": os.getpid()}
        try:
            handover = Handover.decode(line)
        except ValueError as err:
            reply.update(
                accepted=False,
                reason=translate("Instance", "not understood: {err}").format(err=err),
            )
        else:
            assert self._handler is not None
            reply.update(accepted=self._handler(handover))
        peer.write(json.dumps(reply).encode() + b"\n")
        peer.disconnectFromServer()  # once the reply is written

    # -- a second start ----------------------------------------------------------------

    def holder_pid(self) -> int | None:
        """The process id in the lock file: the first qmpgui's; None if unreadable."""
        info = self._lock.getLockInfo()
        pid = info[0] if isinstance(info, tuple) and info else None
        return pid if isinstance(pid, int) and pid > 0 else None

    def hand_over(self, handover: Handover, timeout_s: float = HANDOVER_TIMEOUT_S) -> int | None:
        """Pass `handover` to the first qmpgui; its pid once it took it. None when the
        lock came free meanwhile (the first closed) and this process holds it now: it
        is the first then. Raises InstanceError when the first does not take it within
        `timeout_s` seconds. Blocks: call it before any window exists."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            reply = self._ask(handover, deadline)
            if reply.get("accepted") is True and isinstance(reply.get("pid"), int):
                return int(reply["pid"])
            if self.claim():
                return None
            time.sleep(0.1)  # the first is starting (not listening yet) or closing
        holder = self.holder_pid()
        who = (
            translate("Instance", "qmpgui (pid {holder})").format(holder=holder)
            if holder
            else "qmpgui"
        )
        raise InstanceError(
            translate(
                "Instance",
                "{who} is running with {config_path} but did not answer within {timeout_s:g} s. Close it, or start this one with another --config file.",
            ).format(who=who, config_path=self.config_path, timeout_s=timeout_s)
        )

    def _ask(self, handover: Handover, deadline: float) -> dict[str, Any]:
        """One try: the first's reply, or {} when it did not answer.

        Python's own socket, not QLocalSocket: Qt's blocking waits hold the interpreter
        lock, which would stop every other thread of this process while it waits."""
        received = bytearray()
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as peer:
            try:
                peer.settimeout(_s_until(deadline))
                peer.connect(str(self.socket_path))
                peer.sendall(handover.encode())
                while b"\n" not in received and time.monotonic() < deadline:
                    # Short waits: Ctrl+C is handled between them.
                    peer.settimeout(min(0.2, _s_until(deadline)))
                    try:
                        chunk = peer.recv(4096)
                    except TimeoutError:
                        continue
                    if not chunk:
                        break  # the first closed the connection
                    received += chunk
            except OSError:
                return {}  # not listening (starting or closing), or gone meanwhile
        try:
            reply = json.loads(bytes(received).split(b"\n", 1)[0])
        except ValueError:
            return {}
        return reply if isinstance(reply, dict) else {}


def _s_until(deadline: float) -> float:
    return max(0.001, deadline - time.monotonic())


def start_or_hand_over(options: Options) -> Instance | int | None:
    """At start-up: the Instance to serve when this is the first qmpgui for its
    configuration file; the exit status when it handed its command line to the first
    (said on stderr); None when no check could be made (said on stderr: qmpgui runs as
    before)."""
    try:
        instance = Instance(options.config_path)
        if instance.claim():
            return instance
    except OSError as err:
        print(f"qmpgui: not checking for another qmpgui: {err}", file=sys.stderr)
        return None
    try:
        pid = instance.hand_over(Handover(options.endpoints, options.demo))
    except (InstanceError, OSError) as err:
        print(f"qmpgui: {err}", file=sys.stderr)
        return 1
    if pid is None:
        return instance  # the first closed meanwhile: this one is the first now
    passed = ", ".join(options.endpoints + (("the demo VM",) if options.demo else ()))
    shown = (
        translate("instance", "its window now shows {passed}").format(passed=passed)
        if passed
        else translate("instance", "its window is brought to the front")
    )
    print(
        f"qmpgui is already running with {options.config_path} (pid {pid}): {shown}.",
        file=sys.stderr,
    )
    return 0

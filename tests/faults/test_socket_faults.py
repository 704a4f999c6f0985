"""Sockets that are not (or no longer) a working QMP monitor, seen through the main
window: nothing listening, no permission, not a socket, HMP, HTTP, random bytes, a
greeting and then silence, a reply cut off, a reply over the size limit."""

from __future__ import annotations

import asyncio
import errno
import os
import random
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from qmpgui.app.main_window import MainWindow
from qmpgui.qmp import opening
from qmpgui.qmp.errors import MAX_MESSAGE_BYTES
from qmpgui.session import ConnState
from tests.helpers.console import finished, open_console, type_command
from tests.helpers.fake_qmp import GREETING, FakeQmpServer, Handler, negotiate, read_command, reply
from tests.helpers.guard import Guard
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.sockets import listening
from tests.helpers.windows import Windows, state_text, status_text, told


def failed_window(
    windows: Windows,
    arun: AsyncRunner,
    guard: Guard,
    endpoint: str | Path,
    config: dict[str, Any] | None = None,
) -> MainWindow:
    """Open the window on `endpoint`; wait until its only VM gives up with an error."""
    window = windows.open(str(endpoint), config=config)
    session = window.model.session(0)
    start = guard.ticks
    arun.wait(lambda: session.state is ConnState.ERROR)
    guard.ticked_since(start)
    return window


def said(window: MainWindow, text: str) -> None:
    """The error, word for word, in the VM list, the status bar and the event log."""
    assert state_text(window) == f"error: {text}"
    assert status_text(window).startswith("Error: ") and status_text(window).endswith(text)
    assert told(window, text)


def test_a_socket_file_nobody_listens_on(
    short_tmp: Path, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    path = short_tmp / "stale.sock"
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(path))
    listener.close()  # the file stays behind, as after a QEMU killed with SIGKILL
    window = windows.open(str(path))
    session = window.model.session(0)
    start = guard.ticks
    # No QEMU there yet (or any more): not a failure, the endpoint is watched.
    arun.wait(lambda: session.state is ConnState.WAITING)
    guard.ticked_since(start)
    assert state_text(window) == "waiting for QEMU"
    assert session.error == (
        f"connection refused on {path}: the socket file exists but nothing listens "
        "on it (left behind by a QEMU that exited?)"
    )
    assert told(window, f"waiting for QEMU: {session.error}")
    guard.assert_clean()


def test_a_socket_path_through_a_regular_file(
    short_tmp: Path, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    (short_tmp / "plain").write_text("not a folder")
    path = short_tmp / "plain" / "vm.sock"  # connect() fails with ENOTDIR, for root too
    window = failed_window(windows, arun, guard, path)
    said(window, f"{path} is not a socket")
    guard.assert_clean()


def test_permission_denied(
    short_tmp: Path,
    windows: Windows,
    arun: AsyncRunner,
    *,
    guard: Guard,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = short_tmp / "locked.sock"
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(path))
    listener.listen()
    path.chmod(0o000)
    if os.geteuid() == 0:
        # Root may connect to any socket whatever its mode, so as root the kernel's EACCES
        # is simulated where the window's connection meets the OS: the unix connect.
        # What runs for real is everything from that OSError to the words on screen;
        # tests/qmp/test_connection.py::test_permission_denied gets a real EACCES by
        # probing as an unprivileged user in a child process.
        real_connect = opening.connect_unix

        def refused(sock: socket.socket, address: str) -> None:
            if address == str(path):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
            real_connect(sock, address)

        monkeypatch.setattr(opening, "connect_unix", refused)
    try:
        window = failed_window(windows, arun, guard, path)
        said(
            window,
            f"permission denied on {path}: your user may not open this socket "
            "(check its owner and mode, or join its group)",
        )
    finally:
        listener.close()
    guard.assert_clean()


@pytest.mark.qemu
def test_a_human_monitor_socket(
    short_tmp: Path, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    hmp = short_tmp / "hmp.sock"
    vm = QemuVm(short_tmp).start(
        extra=["-monitor", f"unix:{hmp},server=on,wait=off"], sockets=(hmp,)
    )
    try:
        arun.wait(lambda: listening(hmp))  # QEMU makes it after its QMP monitors
        window = failed_window(windows, arun, guard, hmp)
        said(
            window,
            "this is QEMU's human monitor (HMP), not QMP: start QEMU with -qmp instead of -monitor",
        )
    finally:
        vm.stop()
    guard.assert_clean()


def talker(payload: bytes, then_close: bool = False) -> Handler:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(payload)
        await writer.drain()
        if not then_close:
            await asyncio.sleep(30)

    return handler


def test_an_http_server(short_tmp: Path, windows: Windows, arun: AsyncRunner, guard: Guard) -> None:
    answer = b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    with FakeQmpServer(short_tmp / "http.sock", talker(answer)):
        window = failed_window(windows, arun, guard, short_tmp / "http.sock")
        said(window, "an HTTP server answered, not a QMP monitor")
    guard.assert_clean()


NOISE = bytes(b for b in random.Random(7).randbytes(300) if b not in b"\r\n")


BINARY = "not a QMP server: its first message is not JSON (binary data)"


@pytest.mark.parametrize(
    ("payload", "then_close", "expected"),
    [
        (NOISE + b"\r\n", False, BINARY),
        (NOISE, True, BINARY),
        # Bytes without a line end, then silence: no greeting within the greeting timeout,
        # from a program (this test's fake) that accepted the connection and is not QEMU.
        (NOISE, False, f"not a QMP server: pid {os.getpid()} ("),
        (
            GREETING[:30],
            True,
            "the server closed the connection in the middle of its first "
            """message ('{"QMP": {"version": {"qemu": {'): not a QMP """
            "monitor, or QEMU is exiting",
        ),
    ],
    ids=["line", "then-closed", "no-line-end", "greeting-cut-off"],
)
def test_random_bytes(
    short_tmp: Path,
    windows: Windows,
    arun: AsyncRunner,
    *,
    guard: Guard,
    payload: bytes,
    then_close: bool,
    expected: str,
) -> None:
    with FakeQmpServer(short_tmp / "noise.sock", talker(payload, then_close)):
        window = failed_window(
            windows, arun, guard, short_tmp / "noise.sock", {"greeting_timeout_s": 0.5}
        )
        assert state_text(window).startswith(f"error: {expected}")
        assert status_text(window).startswith(f"Error: {window.model.session(0).display_name}: ")
        assert told(window, expected)
    guard.assert_clean()


def test_greeting_then_silence(
    short_tmp: Path, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    """A greeting, and no answer to qmp_capabilities: not a busy monitor."""
    with FakeQmpServer(short_tmp / "mute.sock", talker(GREETING)):
        window = failed_window(
            windows, arun, guard, short_tmp / "mute.sock", {"greeting_timeout_s": 0.5}
        )
        said(
            window,
            "the server sent a QMP greeting but did not answer qmp_capabilities "
            "within 0.5 s (is QEMU stopped with SIGSTOP, or stuck?)",
        )
    guard.assert_clean()


def test_negotiation_then_silence(
    short_tmp: Path, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await negotiate(reader, writer)
        await asyncio.sleep(30)  # never answers a command

    with FakeQmpServer(short_tmp / "mute.sock", handler):
        window = failed_window(
            windows, arun, guard, short_tmp / "mute.sock", {"command_timeout_s": 0.5}
        )
        said(
            window,
            "query-qmp-schema timed out: QEMU did not answer within 0.5 s "
            "(is the VM stopped with SIGSTOP, or the monitor stuck?)",
        )
    guard.assert_clean()


def misbehaving(on_trigger: Callable[[dict[str, object]], bytes]) -> Handler:
    """A well-behaved server until the console sends `query-kvm`."""

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await negotiate(reader, writer)
        while True:
            request = await read_command(reader)
            name = request.get("execute")
            if name == "query-kvm":
                writer.write(on_trigger(request))
                await writer.drain()
                writer.close()
                return
            if name == "query-status":
                value: object = {"status": "running", "running": True}
            elif name == "query-qmp-schema":
                value = [{"name": n, "meta-type": "command"} for n in ("query-status", "query-kvm")]
            else:
                value = {}
            writer.write(reply(request, value))
            await writer.drain()

    return handler


@pytest.mark.parametrize(
    ("what", "reason"),
    [
        (
            "cut",
            "connection lost: the connection closed in the middle of a message "
            "(QEMU exited or was killed?)",
        ),
        (
            "oversized",
            "connection lost: the server sent a message over the 32 MiB limit; "
            "the connection was dropped",
        ),
        (
            "huge",
            "connection lost: the server sent data that is not JSON; the connection was dropped",
        ),
    ],
    ids=["cut-off", "oversized", "huge-not-json"],
)
def test_a_bad_reply_to_a_console_command(
    short_tmp: Path, windows: Windows, arun: AsyncRunner, *, guard: Guard, what: str, reason: str
) -> None:
    def cut(request: dict[str, object]) -> bytes:
        return b'{"return": {"enabled": tr'

    def oversized(request: dict[str, object]) -> bytes:
        return reply(request, "x" * (MAX_MESSAGE_BYTES + 1024 * 1024))

    def huge(request: dict[str, object]) -> bytes:  # 10 MB, decoded in slices
        return reply(request, ["x" * 100] * 100_000).replace(b'"], "id"', b'"}, "id"')

    bad = {"cut": cut, "oversized": oversized, "huge": huge}[what]
    path = short_tmp / "bad.sock"
    with FakeQmpServer(path, misbehaving(bad)):
        window, console = open_console(windows, path)
        session = window.model.session(0)
        start = guard.ticks
        item = type_command(arun, console, "query-kvm")
        arun.wait(lambda: finished(item) and session.state is ConnState.RECONNECTING)
        guard.ticked_since(start)
        assert item.exchange is not None
        assert (
            item.exchange.failure == "query-kvm did not complete: the connection to QEMU was lost"
        )
        assert state_text(window).startswith("reconnecting (attempt 1, next try in ")
        assert told(window, reason)
        assert status_text(window).endswith(reason.removeprefix("connection lost: "))
    guard.assert_clean()

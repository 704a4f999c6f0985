"""Sockets that send no greeting, named for what they are: QEMU's guest agent channel and
serial ports (said at once, from QEMU's command line), a monitor another client holds
(naming that client), a stopped QEMU, and a program that is not QEMU."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qmpgui.qmp import ConnectFailure, ConnectKind, QmpConnection, parse_endpoint
from qmpgui.qmp.qemu_argv import parse_opts, socket_role
from tests.helpers.fake_qmp import GREETING, FakeQmpServer
from tests.helpers.holder import PROGRAM, holding
from tests.helpers.qemu_vm import QemuVm


def failure_of(path: Path, greeting_timeout: float) -> tuple[ConnectFailure, float]:
    """The failure connecting to `path`, and how many seconds it took to come."""

    async def main() -> ConnectFailure:
        conn = QmpConnection(parse_endpoint(str(path)), greeting_timeout=greeting_timeout)
        with pytest.raises(ConnectFailure) as failure:
            await conn.connect()
        return failure.value

    start = time.monotonic()
    failure = asyncio.run(main())
    return failure, time.monotonic() - start


GUEST_AGENT = [
    "-device",
    "virtio-serial-pci",
    "-device",
    "virtserialport,chardev=ga0,name=org.qemu.guest_agent.0",
]


@pytest.mark.qemu
@pytest.mark.parametrize(
    ("extra", "what", "option"),
    [
        (
            ["-chardev", "socket,id=ga0,path={sock},server=on,wait=off", *GUEST_AGENT],
            "the guest agent's channel org.qemu.guest_agent.0",
            "-chardev socket,id=ga0",
        ),
        (
            ["-serial", "unix:{sock},server=on,wait=off"],
            "a serial port of the guest",
            "-serial unix:{sock}",
        ),
        (
            [
                "-chardev",
                "socket,id=com2,path={sock},server=on,wait=off",
                "-device",
                "isa-serial,chardev=com2",
            ],
            "a serial port of the guest (isa-serial)",
            "-chardev socket,id=com2",
        ),
    ],
    ids=["guest-agent", "serial", "isa-serial-chardev"],
)
def test_a_socket_qemu_uses_for_something_else_is_named_at_once(
    short_tmp: Path, extra: list[str], what: str, option: str
) -> None:
    sock = short_tmp / "other.sock"
    vm = QemuVm(short_tmp).start(extra=[a.format(sock=sock) for a in extra], sockets=(sock,))
    try:
        failure, seconds = failure_of(sock, greeting_timeout=60)
    finally:
        vm.stop()
    assert failure.kind is ConnectKind.NOT_QMP
    assert str(failure) == (
        f"{sock} is not a QMP monitor: QEMU (pid {vm.pid}) uses it as {what} "
        f"({option.format(sock=sock)} on its command line). Give qmpgui a QMP socket: "
        "start QEMU with -qmp unix:PATH,server=on,wait=off"
    )
    assert seconds < 20  # at once, not after the 60 s greeting timeout


@pytest.mark.qemu
def test_a_busy_monitor_names_the_client_that_holds_it_at_once(
    qemu: QemuVm, short_tmp: Path
) -> None:
    # The kernel's table shows the holder well before the greeting timeout would pass.
    with holding(qemu.app_socket, short_tmp) as holder:
        failure, seconds = failure_of(qemu.app_socket, greeting_timeout=30)
    assert failure.kind is ConnectKind.BUSY
    assert seconds < 5, seconds
    text = str(failure)
    assert text.startswith(f"monitor busy: pid {holder.pid} ({PROGRAM} -c ")
    assert text.endswith(
        "is connected to it. A QMP socket serves one client at a time; close the other "
        "client (another qmpgui, qmp-shell, libvirt) or give QEMU a second -qmp socket"
    )


@pytest.mark.qemu
def test_a_busy_monitor_stays_busy_however_often_it_is_tried(qemu: QemuVm, short_tmp: Path) -> None:
    # QEMU accepts nobody while a client holds its monitor; each try waits in its queue,
    # which takes two, and the kernel refuses the next ones at once (EAGAIN): as a
    # session retrying with its back-off does, or anyone else trying the socket.
    with holding(qemu.app_socket, short_tmp) as holder:
        failures = [failure_of(qemu.app_socket, greeting_timeout=0.3)[0] for _ in range(4)]
    for failure in failures:
        assert failure.kind is ConnectKind.BUSY, str(failure)
        assert f"pid {holder.pid} ({PROGRAM} -c " in str(failure)
    assert str(failures[-1]).startswith(
        f"monitor busy: {qemu.app_socket} takes no more clients: pid {holder.pid} "
    )
    assert "and others already wait for their turn" in str(failures[-1])

    # Once the holder has gone, the monitor is free again: at once, or after QEMU has
    # taken the tries still queued (each greeted, then found closed), as a session's
    # retries would find it.
    async def connect() -> None:
        deadline = time.monotonic() + 20
        while True:
            conn = QmpConnection(parse_endpoint(str(qemu.app_socket)), greeting_timeout=10)
            try:
                await conn.connect()
            except ConnectFailure as failure:
                if failure.kind is not ConnectKind.BUSY or time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.2)
                continue
            await conn.close()
            return

    asyncio.run(connect())


@pytest.mark.qemu
def test_a_stopped_qemu_is_not_called_busy(qemu: QemuVm) -> None:
    qemu.freeze()
    try:
        failure, _ = failure_of(qemu.app_socket, greeting_timeout=0.5)
    finally:
        qemu.signal(signal.SIGCONT)
    assert failure.kind is ConnectKind.OTHER
    assert str(failure) == (
        f"QEMU (pid {qemu.pid}) is stopped (SIGSTOP, or a debugger holds it): it sends "
        f"no QMP greeting until it runs again (kill -CONT {qemu.pid})"
    )


STOPS_AFTER_GREETING = """
import os, signal, socket, sys
server = socket.socket(socket.AF_UNIX)
server.bind(sys.argv[1])
server.listen()
print("listening", flush=True)
client, _ = server.accept()
client.sendall(sys.argv[2].encode())
os.kill(os.getpid(), signal.SIGSTOP)
"""


def test_a_server_stopped_after_its_greeting(short_tmp: Path) -> None:
    path = short_tmp / "stops.sock"
    server = subprocess.Popen(
        [sys.executable, "-c", STOPS_AFTER_GREETING, str(path), GREETING.decode()],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None and server.stdout.readline() == "listening\n"
        failure, _ = failure_of(path, greeting_timeout=1)
    finally:
        server.kill()
        server.wait(10)
        server.stdout.close()  # type: ignore[union-attr]
    assert str(failure) == (
        f"the server (pid {server.pid}) is stopped (SIGSTOP, or a debugger holds it): it "
        f"sends no QMP greeting until it runs again (kill -CONT {server.pid})"
    )


def test_a_silent_program_that_is_not_qemu(short_tmp: Path) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(30)  # accepts, says nothing

    with FakeQmpServer(short_tmp / "mute.sock", handler):
        failure, _ = failure_of(short_tmp / "mute.sock", greeting_timeout=0.3)
    assert failure.kind is ConnectKind.NOT_QMP
    assert str(failure).startswith(f"not a QMP server: pid {os.getpid()} (")
    assert str(failure).endswith(
        "accepted the connection but sent no QMP greeting within 0.3 s, and it is not "
        "QEMU (if it relays a QMP monitor, that monitor is busy or stuck)"
    )


# -- QEMU's command line, as the options are written -----------------------------------


def role_of(argv: list[str], path: str = "/run/x.sock") -> tuple[bool, str, str] | None:
    role = socket_role(argv, lambda candidate: candidate == path)
    return None if role is None else (role.monitor, role.what, role.option)


def test_qemu_option_syntax() -> None:
    assert parse_opts("socket,id=a,path=/x,,y,server,wait=off", "backend") == {
        "backend": "socket",
        "id": "a",
        "path": "/x,y",
        "server": "on",
        "wait": "off",
    }
    assert parse_opts('{"driver": "virtserialport", "chardev": "c0"}', "driver") == {
        "driver": "virtserialport",
        "chardev": "c0",
    }


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["-qmp", "unix:/run/x.sock,server=on,wait=off"], (True, "its QMP monitor")),
        (["--qmp-pretty", "unix:/run/x.sock,server,nowait"], (True, "its QMP monitor")),
        (["-monitor", "unix:/run/x.sock,server=on"], (False, "its human monitor (HMP)")),
        (
            ["-chardev", "socket,id=m,path=/run/x.sock,server=on", "-mon", "m,mode=control"],
            (True, "its QMP monitor"),
        ),
        (
            ["-chardev", "socket,id=m,path=/run/x.sock,server=on", "-mon", "chardev=m"],
            (False, "its human monitor (HMP)"),
        ),
        (
            [
                "-chardev",
                "socket,id=charchannel0,path=/run/x.sock,server=on,wait=off",
                "-device",
                '{"driver":"virtserialport","bus":"virtio-serial0.0","nr":1,'
                '"chardev":"charchannel0","id":"channel0","name":"org.qemu.guest_agent.0"}',
            ],
            (False, "the guest agent's channel org.qemu.guest_agent.0"),
        ),
        (
            ["-chardev", "socket,id=c,path=/run/x.sock,server=on", "-serial", "chardev:c"],
            (False, "a serial port of the guest"),
        ),
        (
            ["-chardev", "socket,id=c,path=/run/x.sock,server=on"],
            (False, "a character device that no device uses"),
        ),
        (["-gdb", "unix:/run/x.sock,server=on"], (False, "its GDB stub")),
        (["-incoming", "unix:/run/x.sock"], (False, "its incoming migration channel")),
        (["-chardev", "socket,id=c,path=/run/other.sock,server=on"], None),
        (["-chardev", "socket,id=c,fd=33,server=on,wait=off"], None),  # libvirt's way
    ],
)
def test_what_the_command_line_makes_of_a_socket(
    argv: list[str], expected: tuple[bool, str] | None
) -> None:
    role = role_of(["qemu-system-x86_64", "-name", "vm", *argv])
    assert (role[:2] if role else None) == expected

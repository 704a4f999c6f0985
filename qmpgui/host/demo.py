"""A throwaway local QEMU for `qmpgui --demo`: no Qt here, only asyncio.

TCG, 128 MiB, std VGA, VNC on 127.0.0.1 at a free display that takes a password
(`password=on`: none is set, so a viewer gets in once one is set in the Display pane), a 1 GiB qcow2 virtio disk
`vd0` and an IDE CD-ROM `cd0` holding a small ISO (both images made in its folder by
qmpgui.host.demo_media), an e1000 NIC behind a PCI bridge `br1` and a virtio-net NIC (both on user networking), a virtio balloon
`balloon0`, a boot floppy whose guest greets on COM1 and echoes what it reads there and
from the keyboard (qmpgui.host.demo_guest), COM1 on a socket chardev `serial0`, QMP on a unix socket
in a private (0700) temporary folder that is removed when the VM is stopped.

The QEMU cannot outlive qmpgui: it gets SIGTERM from the kernel when qmpgui's process
ends (a parent-death signal, asked for by qmpgui.host.parent_death before it becomes
QEMU), and a watchdog process (qmpgui.host.demo_watchdog) stops it and removes the
folder when qmpgui ends without stopping it itself: SIGKILL, a crash.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import socket
import sys
import tempfile
import time
import uuid
from pathlib import Path

from qmpgui.host import parent_death
from qmpgui.host.demo_guest import write_floppy
from qmpgui.host.demo_media import DemoMedia, make_media
from qmpgui.i18n import marked, translate
from qmpgui.subprograms import frozen, module_command

QEMU_BINARY = "qemu-system-x86_64"
INSTALL_HINT = marked(
    "demo",
    "Install QEMU first:\n  Debian/Ubuntu: sudo apt-get install qemu-system-x86\n  Fedora:        sudo dnf install qemu-system-x86",
)
#: Seconds QEMU has to create its QMP socket.
START_TIMEOUT_S = 15.0
#: Seconds the watchdog has to end after its lifeline is closed.
WATCHDOG_EXIT_S = 10.0


def parent_death_prefix() -> list[str]:
    """The command before a program's own that makes the kernel send the program
    SIGTERM when this process ends (qmpgui.host.parent_death). Start the program from
    the main thread: the kernel's parent is the thread that starts it."""
    if frozen():  # the bundle has no Python of its own to run the file with
        return [*module_command("qmpgui.host.parent_death"), str(os.getpid()), "--"]
    # The file, isolated and without site: the shortest start, and nothing but the
    # standard library to import.
    return [sys.executable, "-I", "-S", parent_death.__file__, str(os.getpid()), "--"]


#: The demo VM's private folder: this prefix in the temporary folder, with its socket.
FOLDER_PREFIX = "qmpgui-demo-"
SOCKET_NAME = "qmp.sock"
#: The serial port's socket in the demo's folder (COM1, chardev `serial0`).
SERIAL_NAME = "serial.sock"
#: The serial port's log file in the demo's folder: all COM1 output, also before
#: a console connected.
SERIAL_LOG_NAME = "serial0.log"
#: The boot floppy holding the demo's guest (qmpgui.host.demo_guest).
FLOPPY_NAME = "guest.img"


class DemoError(Exception):
    """The demo VM could not be started; the message is for the user."""


#: The last VNC display (port 5999) the demo VM may take.
LAST_VNC_DISPLAY = 99


def find_qemu() -> str:
    """The path of qemu-system-x86_64 on $PATH; raises DemoError, with install hints, if none."""
    path = shutil.which(QEMU_BINARY)
    if path is None:
        raise DemoError(
            translate(
                "demo", "qmpgui --demo needs {QEMU_BINARY}, which is not installed.\n{INSTALL_HINT}"
            ).format(QEMU_BINARY=QEMU_BINARY, INSTALL_HINT=translate("demo", INSTALL_HINT))
        )
    return path


def free_vnc_display(first: int = 0, last: int = LAST_VNC_DISPLAY) -> int:
    """A VNC display number whose port (5900 + N) is free on 127.0.0.1.

    Tries `first` to `last`; raises DemoError when none is free. Another program may
    take the port before QEMU does: the demo's QEMU then takes the next free display
    itself (its `to=` option), and query-vnc says which.
    """
    for display in range(first, last + 1):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind(("127.0.0.1", 5900 + display))
            except OSError:
                continue
            return display
    raise DemoError(
        translate("demo", "no free VNC display between :{first} and :{last} on 127.0.0.1").format(
            first=first, last=last
        )
    )


def _listening(path: Path) -> bool:
    """Whether a server listens on the unix socket at `path`.

    QEMU makes the socket's file (bind) a moment before it listens on it: a client
    that connects in between is refused. A connection made here is closed at once.
    """
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.setblocking(False)
        try:
            probe.connect(str(path))
        except BlockingIOError:  # listening, its backlog full
            return True
        except OSError:  # no file yet, or no listener on it yet
            return False
        return True


def _quoted(path: Path) -> str:
    """`path` as a value in a QEMU option list, where a comma is written twice."""
    return str(path).replace(",", ",,")


class DemoVm:
    """One demo QEMU: its private folder, QMP socket, log file and VNC display.

    Making one creates the folder and picks the display (DemoError when none is free);
    start() starts QEMU.
    """

    def __init__(self, binary: str) -> None:
        self.binary = binary
        self.folder = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX))  # created 0700
        self.socket_path = self.folder / SOCKET_NAME
        self.log_path = self.folder / "qemu.log"
        self.serial_path = self.folder / SERIAL_NAME
        self.floppy_path = self.folder / FLOPPY_NAME
        #: The VNC display chosen; QEMU takes the next free one if it went meanwhile.
        self.vnc_display = free_vnc_display()
        #: The disk and CD images, made by start() before QEMU starts.
        self.media = DemoMedia()
        self._process: asyncio.subprocess.Process | None = None
        #: The watchdog; its standard input is the lifeline that only this process holds.
        self._watchdog: asyncio.subprocess.Process | None = None

    @property
    def endpoint(self) -> str:
        """The QMP endpoint to connect to: `unix:<folder>/qmp.sock`."""
        return f"unix:{self.socket_path}"

    @property
    def pid(self) -> int | None:
        """QEMU's process id; None before start()."""
        return self._process.pid if self._process else None

    def argv(self) -> list[str]:
        """QEMU's command line (see the module's docstring for the machine it makes)."""
        return [
            self.binary,
            "-name",
            "qmpgui-demo",
            "-uuid",
            str(uuid.uuid4()),
            "-machine",
            "pc",
            "-accel",
            "tcg",
            "-m",
            "128",
            "-nodefaults",
            "-no-user-config",
            "-vga",
            "std",
            "-display",
            # to=: a display taken since free_vnc_display() looked is not a failed start;
            # password=on: the Display pane's password box has something to show.
            f"vnc=127.0.0.1:{self.vnc_display},to={LAST_VNC_DISPLAY},password=on",
            # Something for every pane: a disk, a CD, a NIC behind a PCI bridge and another.
            "-drive",
            self._disk_option(),
            "-device",
            "virtio-blk-pci,drive=disk0,id=vd0",
            "-drive",
            self._cd_option(),
            "-device",
            "ide-cd,drive=cdrom0,id=cd0",
            "-device",
            "pci-bridge,id=br1,chassis_nr=1",
            "-netdev",
            "user,id=net0",
            "-device",
            "e1000,bus=br1,addr=1,id=nic0,netdev=net0",
            # A virtio-net NIC too, whose receive filter the Network pane shows; user
            # networking for both, so that host forwards can be added (none listens
            # until one is).
            "-netdev",
            "user,id=net1",
            "-device",
            "virtio-net-pci,id=nic1,netdev=net1",
            # A balloon, so that the Machine pane's target can be set (the demo's guest
            # has no balloon driver: the pane says it keeps its memory).
            "-device",
            "virtio-balloon-pci,id=balloon0",
            # The guest (a boot sector on a floppy, booted before the empty disk) greets
            # on COM1 and echoes what it reads there: the Serial pane has something to
            # show and to talk to. A socket chardev, not a ringbuf: QEMU passes a
            # ringbuf's QMP input to nobody, so the console could only watch. Its
            # logfile keeps the greeting, written before qmpgui's console connects
            # (QEMU drops a socket's output while no client holds it): the console
            # shows the log first.
            "-drive",
            f"file={_quoted(self.floppy_path)},if=floppy,format=raw,readonly=on",
            "-chardev",
            f"socket,id=serial0,path={_quoted(self.serial_path)},server=on,wait=off,"
            f"logfile={_quoted(self.folder / SERIAL_LOG_NAME)}",
            "-serial",
            "chardev:serial0",
            "-qmp",
            f"unix:{self.socket_path},server=on,wait=off",
        ]

    def _disk_option(self) -> str:
        """The disk's -drive: the qcow2 image, or without one a 1 GiB disk that reads
        zeroes and needs no file."""
        if self.media.disk is None:
            return "driver=null-co,read-zeroes=on,size=1G,if=none,id=disk0"
        return f"file={_quoted(self.media.disk)},format=qcow2,if=none,id=disk0"

    def _cd_option(self) -> str:
        """The CD-ROM's -drive: with the CD image inserted, or empty before there is one."""
        medium = f"file={_quoted(self.media.cd)},format=raw," if self.media.cd else ""
        return f"{medium}if=none,id=cdrom0,media=cdrom,readonly=on"

    async def start(self) -> None:
        """Start the watchdog, make the disk and CD images, start QEMU, and wait until
        QEMU listens on its QMP socket (at most START_TIMEOUT_S): its file exists a moment
        before.

        Raises DemoError when QEMU exits first (with the last line of its log) or does not
        listen in time (QEMU is then stopped), or its images cannot be written; the folder
        is removed then. OSError when the watchdog or QEMU cannot be started at all.
        """
        # Own sessions: Ctrl+C in the terminal reaches qmpgui alone, which then stops
        # QEMU cleanly; the watchdog is there for the ends that are not clean.
        self._watchdog = await asyncio.create_subprocess_exec(
            *module_command("qmpgui.host.demo_watchdog"),
            str(self.folder),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.DEVNULL,
            start_new_session=True,
        )
        # In the folder the watchdog already guards: whatever happens next, they go with it.
        try:
            self.media = await make_media(self.folder)
            await asyncio.to_thread(write_floppy, self.floppy_path)
        except OSError as err:
            await self.stop()
            raise DemoError(
                translate("DemoVm", "could not write the demo VM's disk images: {err}").format(
                    err=err
                )
            ) from err
        with open(self.log_path, "wb") as log:  # noqa: ASYNC230 (a local, just-made file)
            self._process = await asyncio.create_subprocess_exec(
                *parent_death_prefix(),
                *self.argv(),
                stdin=asyncio.subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                start_new_session=True,
            )
        deadline = time.monotonic() + START_TIMEOUT_S
        while not _listening(self.socket_path):
            if self._process.returncode is not None:
                problem = self._log_tail()
                await self.stop()  # the folder and the watchdog go at once
                raise DemoError(
                    translate("DemoVm", "QEMU exited at start-up: {problem}").format(
                        problem=problem
                    )
                )
            if time.monotonic() > deadline:
                await self.stop()
                raise DemoError(
                    translate(
                        "DemoVm", "QEMU did not open its QMP socket within {START_TIMEOUT_S:g} s"
                    ).format(START_TIMEOUT_S=START_TIMEOUT_S)
                )
            await asyncio.sleep(0.02)

    def _log_tail(self) -> str:
        try:
            lines = self.log_path.read_text(errors="replace").strip().splitlines()
        except OSError:
            lines = []
        return lines[-1] if lines else translate("DemoVm", "no message")

    async def stop(self, grace_s: float = 5.0) -> None:
        """Stop QEMU (SIGTERM, then SIGKILL after `grace_s` seconds), remove the folder
        and let the watchdog go.

        Safe to call more than once, and before start().
        """
        process = self._process
        if process is not None and process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                process.terminate()
            try:
                async with asyncio.timeout(grace_s):
                    await process.wait()
            except TimeoutError:
                with contextlib.suppress(ProcessLookupError):
                    process.kill()
                await process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)
        watchdog, self._watchdog = self._watchdog, None
        if watchdog is not None:
            self._release(watchdog)
            try:
                async with asyncio.timeout(WATCHDOG_EXIT_S):
                    await watchdog.wait()  # it finds nothing left to do
            except TimeoutError:
                with contextlib.suppress(ProcessLookupError):
                    watchdog.kill()
                await watchdog.wait()

    @staticmethod
    def _release(watchdog: asyncio.subprocess.Process) -> None:
        """Close the watchdog's lifeline: it cleans up what is left, then ends."""
        if watchdog.stdin is not None:
            watchdog.stdin.close()

    def stop_now(self) -> None:
        """Last resort at interpreter exit, when no event loop runs any more (the
        watchdog's lifeline closes with the process)."""
        if self._process is not None and self._process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._process.pid, signal.SIGKILL)
        shutil.rmtree(self.folder, ignore_errors=True)

"""A real QEMU for tests, with two QMP monitors: `app_socket` for the code under
test and `watch_socket` for the test to see the VM independently.

A test that starts one is marked `@pytest.mark.qemu`: start() fails a test without it."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from pathlib import Path
from typing import Any

from tests.helpers.running import require_marker
from tests.helpers.sockets import listening

QEMU = shutil.which("qemu-system-x86_64")


class WatchMonitor:
    """A minimal blocking QMP client: the test's own view of the VM."""

    def __init__(self, path: Path, timeout: float = 10.0) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(timeout)
        self.sock.connect(str(path))
        self.file = self.sock.makefile("rwb")
        self.greeting = self._read()
        self.events: list[dict[str, Any]] = []
        self.execute("qmp_capabilities")

    def _read(self) -> dict[str, Any]:
        line = self.file.readline()
        if not line:
            raise EOFError("QEMU closed the watch monitor")
        return json.loads(line)  # type: ignore[no-any-return]

    def execute(self, command: str, arguments: dict[str, Any] | None = None) -> Any:
        msg: dict[str, Any] = {"execute": command}
        if arguments:
            msg["arguments"] = arguments
        self.file.write(json.dumps(msg).encode() + b"\n")
        self.file.flush()
        while True:
            reply = self._read()
            if "event" in reply:
                self.events.append(reply)
                continue
            if "error" in reply:
                raise RuntimeError(f"{command}: {reply['error']}")
            return reply.get("return")

    def close(self) -> None:
        self.file.close()
        self.sock.close()


class QemuVm:
    def __init__(self, folder: Path, name: str = "testvm") -> None:
        assert QEMU is not None, "qemu-system-x86_64 is required (apt-get install qemu-system-x86)"
        self.folder = folder
        self.name = name
        self.app_socket = folder / "app.sock"
        self.watch_socket = folder / "watch.sock"
        self.uuid = str(uuid.uuid4())
        self.process: subprocess.Popen[bytes] | None = None
        self._watch: WatchMonitor | None = None

    def start(
        self,
        new_uuid: bool = False,
        extra: list[str] | None = None,
        prefix: list[str] | None = None,
        pretty: bool = False,
        sockets: tuple[Path, ...] = (),
        *,
        defaults: bool = False,
    ) -> QemuVm:
        """Start QEMU; `prefix` runs it through another command (setpriv to change user);
        `pretty` makes the app's monitor pretty-print its JSON over many lines; `sockets`
        are more socket files `extra` makes, to wait for as for the monitors'; `defaults`
        keeps the machine's default devices (-nodefaults otherwise): for pc a VGA, a NIC,
        an IDE CD-ROM ide1-cd0, a floppy drive floppy0 and an SD card drive sd0."""
        require_marker("qemu", "starts a real QEMU")
        if new_uuid:
            self.uuid = str(uuid.uuid4())
        files = (self.app_socket, self.watch_socket, *sockets)
        for path in files:
            path.unlink(missing_ok=True)
        argv = [
            *(prefix or []),
            str(QEMU),
            "-name",
            self.name,
            "-uuid",
            self.uuid,
            "-machine",
            "pc",
            "-accel",
            "tcg",
            "-m",
            "64",
            *([] if defaults else ["-nodefaults"]),
            "-no-user-config",
            "-display",
            "none",
            *(
                [
                    "-chardev",
                    f"socket,id=appmon,path={self.app_socket},server=on,wait=off",
                    "-mon",
                    "chardev=appmon,mode=control,pretty=on",
                ]
                if pretty
                else ["-qmp", f"unix:{self.app_socket},server=on,wait=off"]
            ),
            "-qmp",
            f"unix:{self.watch_socket},server=on,wait=off",
            *(extra or []),
        ]
        self.process = subprocess.Popen(
            argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        self._watch = None
        try:
            self._wait_listening(files)
        except BaseException:
            self.stop()  # no QEMU is left running by a start that failed
            raise
        return self

    def _wait_listening(self, sockets: tuple[Path, ...]) -> None:
        """Until QEMU listens on `sockets` (its monitors' and the extra ones): their files
        exist a moment before."""
        assert self.process is not None
        deadline = time.monotonic() + 60  # a loaded machine is slow to start QEMU
        while not all(listening(path) for path in sockets):
            if self.process.poll() is not None:
                raise RuntimeError(f"QEMU exited: {self.process.stderr.read().decode()}")  # type: ignore[union-attr]
            if time.monotonic() > deadline:
                raise RuntimeError("QEMU did not listen on its monitors within 60 s")
            time.sleep(0.02)

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    @property
    def watch(self) -> WatchMonitor:
        """The test's own monitor (connected on first use)."""
        if self._watch is None:
            try:
                self._watch = WatchMonitor(self.watch_socket)
            except (OSError, EOFError):
                # QEMU went away: say why, if it said (it may still be exiting).
                if self.process is not None:
                    with contextlib.suppress(subprocess.TimeoutExpired):
                        self.process.wait(5)
                    if self.process.returncode is not None and self.process.stderr is not None:
                        stderr = self.process.stderr.read().decode().strip()
                        raise RuntimeError(f"QEMU exited: {stderr}") from None
                raise
        return self._watch

    def signal(self, signum: int) -> None:
        os.kill(self.pid, signum)

    def freeze(self) -> None:
        """SIGSTOP, and wait until the process has stopped: a QEMU busy starting up takes a
        while to, and may greet a client meanwhile."""
        self.signal(signal.SIGSTOP)
        deadline = time.monotonic() + 30
        while Path(f"/proc/{self.pid}/stat").read_text().rpartition(")")[2].split()[0] != "T":
            assert time.monotonic() < deadline, "QEMU did not stop"
            time.sleep(0.005)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()  # SIGKILL ends a stopped process too, without letting it run
            self.process.wait(10)
        if self._watch is not None:
            self._watch.close()
            self._watch = None

    def stop(self) -> None:
        self.kill()
        if self.process is not None and self.process.stderr is not None:
            self.process.stderr.close()


def q35_native_hotplug(*ports: str) -> list[str]:
    """QEMU arguments for a q35 with native PCIe hot-plug, where an unplug needs no guest
    (verified-facts.md, Hot-plug), and a root port named by each of `ports`."""
    args = ["-machine", "q35", "-global", "ICH9-LPC.acpi-pci-hotplug-with-bridge-support=off"]
    for chassis, port in enumerate(ports, 1):
        args += ["-device", f"pcie-root-port,id={port},chassis={chassis}"]
    return args


def watched_status(vm: QemuVm) -> str:
    """The VM's run state as the test's own monitor sees it (query-status)."""
    return str(vm.watch.execute("query-status")["status"])


def events_seen(vm: QemuVm, name: str) -> list[dict[str, Any]]:
    """The events named `name` the test's own monitor has received so far."""
    vm.watch.execute("query-status")  # collects the events queued on the watch monitor
    return [e for e in vm.watch.events if e["event"] == name]


def host_resets(vm: QemuVm) -> int:
    """The resets asked over QMP (system_reset) the test's own monitor has seen so far.
    The guest's firmware resets the machine too, right after one, a moment later on a
    busy machine: counting every RESET event counts those."""
    seen = events_seen(vm, "RESET")
    return sum(e["data"].get("reason") == "host-qmp-system-reset" for e in seen)

"""A libvirtd of the tests' own: virtlogd and libvirtd started by pid (root, no systemd),
a tiny TCG domain on a boot-sector guest, and `virsh` to look at it from outside.

The first connection after libvirtd starts probes QEMU's capabilities (about 8 s on a
cold cache), so start() waits for `virsh list` to answer before it returns.

Where /dev/kvm is root's alone (a machine without udev), start() gives it to the group
kvm as Debian's udev rules do, and stop() puts it back: libvirt otherwise finds KVM
"enabled when probing but not available now" for its QEMU user, throws its capability
cache away at every lookup and probes QEMU again, about a minute per define or
device update (libvirt 9.0, qemu_capabilities.c: virQEMUCapsIsValid).
"""

from __future__ import annotations

import contextlib
import fcntl
import grp
import os
import shutil
import signal
import socket
import stat
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from tests.helpers.guest_images import RED_SCREEN, boot_floppy

URI = "qemu:///system"
SOCKET = Path("/var/run/libvirt/libvirt-sock")
#: The first connection probes QEMU; on a busy machine it takes longer than 8 s.
FIRST_CONNECTION_S = 90.0


def virsh(*args: str, check: bool = True) -> str:
    """`virsh -c qemu:///system ARGS`; its output, stripped."""
    done = subprocess.run(
        ["virsh", "-q", "-c", URI, *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=FIRST_CONNECTION_S,
    )
    if check and done.returncode != 0:
        raise AssertionError(f"virsh {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout.strip()


def domstate(name: str) -> str:
    """`virsh domstate NAME`: "running", "paused", "shut off", ..."""
    return virsh("domstate", name)


def domain_xml(
    name: str,
    floppy: Path,
    cdrom: Path | None = None,
    *,
    balloon_slot: int | None = None,
    vnc_passwd: str | None = None,
    serial: Path | None = None,
    qcow2: Path | None = None,
    serial_pty: bool = False,
) -> str:
    """The tiny domain of the facts page: 64 MiB, pc, ACPI, VGA, VNC on 127.0.0.1 (a
    free port), no balloon, booting `floppy`; an IDE CD-ROM drive (with `cdrom` inside, or empty).
    `balloon_slot`: a virtio balloon instead, at that PCI slot of bus 0. `vnc_passwd`: the
    VNC display's password at start (libvirt then starts QEMU's VNC with password=on, so
    that it takes another later); None for none. `serial`: COM1 written into that file;
    `serial_pty`: COM1 on a pty, the domain's console (libvirt's console stream).
    The boot drive is `floppy` (a writable raw image), or with `qcow2` that IDE disk
    (hda), so that the domain can keep internal snapshots."""
    medium = f"<source file='{cdrom}'/>" if cdrom else ""
    passwd = f" passwd='{vnc_passwd}'" if vnc_passwd is not None else ""
    balloon = "<memballoon model='none'/>"
    if balloon_slot is not None:
        balloon = (
            "<memballoon model='virtio'><address type='pci' domain='0x0000' bus='0x00' "
            f"slot='{balloon_slot:#04x}' function='0x0'/></memballoon>"
        )
    com1 = (
        f"<serial type='file'><source path='{serial}'/><target port='0'/></serial>"
        if serial
        else "<serial type='pty'><target port='0'/></serial>"
        if serial_pty
        else ""
    )
    boot = "<disk type='file' device='floppy'>\n      <source file='{floppy}'/><target dev='fda' bus='fdc'/>"
    boot = boot.format(floppy=floppy)
    if qcow2 is not None:
        boot = (
            "<disk type='file' device='disk'>\n      <driver name='qemu' type='qcow2'/>"
            f"<source file='{qcow2}'/><target dev='hda' bus='ide'/>"
        )
    # A VNC port free now: libvirt's autoport may pick one another program holds on
    # 127.0.0.1 (other QEMUs of the machine), and the domain then fails to start.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"""<domain type='qemu'>
  <name>{name}</name>
  <memory unit='MiB'>64</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type><boot dev='{"hd" if qcow2 else "fd"}'/></os>
  <features><acpi/></features>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    {boot}
    </disk>
    <disk type='file' device='cdrom'>
      {medium}<target dev='hdc' bus='ide'/><readonly/>
    </disk>
    <graphics type='vnc' port='{port}' autoport='no' listen='127.0.0.1'{passwd}/>
    <video><model type='vga'/></video>
    {balloon}
    {com1}
  </devices>
</domain>
"""


@dataclass
class Libvirtd:
    """The daemons of one test session and the domains made through them."""

    folder: Path
    pids: list[int] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    #: Held while the daemons run: one test session at a time has the machine's libvirtd.
    lock: IO[str] | None = None
    #: /dev/kvm's group and mode before start() changed them, to put back at stop().
    kvm_before: tuple[int, int] | None = None

    @classmethod
    def start(cls) -> Libvirtd:
        """Start virtlogd and libvirtd; wait until libvirtd answers. Raises
        AssertionError (with why) when not root or when they do not start."""
        if os.geteuid() != 0:
            raise AssertionError(
                "the libvirt tests start their own libvirtd as root (as CI does); run them "
                "as root, or deselect them with -m 'not libvirt'"
            )
        lock = _take_lock()
        _stop_orphans()
        if (
            subprocess.run(
                ["virsh", "-c", URI, "list"], check=False, capture_output=True
            ).returncode
            == 0
        ):
            lock.close()
            raise AssertionError(
                f"a libvirtd not started by these tests already answers at {SOCKET}: the "
                "tests start their own; stop that one first"
            )
        folder = Path(tempfile.mkdtemp(prefix="qmpgui-libvirtd-"))
        os.chmod(folder, 0o755)  # QEMU runs as libvirt-qemu and reads the guest here
        daemons = cls(folder, lock=lock)
        try:
            daemons.kvm_before = _kvm_for_qemu_user()
            for program in ("virtlogd", "libvirtd"):
                pidfile = folder / f"{program}.pid"
                subprocess.run([program, "-d", "-p", str(pidfile)], check=True, timeout=30)
                daemons.pids.append(daemons._read_pid(pidfile))
            deadline = time.monotonic() + FIRST_CONNECTION_S
            while subprocess.run(
                ["virsh", "-c", URI, "list"], check=False, capture_output=True
            ).returncode:
                if time.monotonic() > deadline:
                    raise AssertionError("libvirtd did not answer within 90 s")
                time.sleep(0.2)
            # A killed test session leaves its domains defined (libvirt keeps them in
            # /etc/libvirt/qemu); the tests' domains are all named qmpgui-*.
            for name in virsh("list", "--all", "--name").split():
                if name.startswith("qmpgui-"):
                    daemons.undefine(name)
            # The first define after libvirtd starts probes QEMU's capabilities (about
            # 8 s on an idle machine, a minute on a busy one): once per test session.
            daemons.define("qmpgui-warm-up", start=False)
            daemons.undefine("qmpgui-warm-up")
        except BaseException:
            daemons.stop()
            raise
        return daemons

    @staticmethod
    def _read_pid(pidfile: Path) -> int:
        deadline = time.monotonic() + 10
        while True:
            with contextlib.suppress(OSError, ValueError):
                return int(pidfile.read_text().strip())
            if time.monotonic() > deadline:
                raise AssertionError(f"{pidfile} was not written")
            time.sleep(0.05)

    def kill_libvirtd(self) -> None:
        """Kill libvirtd (SIGKILL) and wait until it is gone; its domains keep running."""
        pid = self.pids.pop()
        os.kill(pid, signal.SIGKILL)
        _wait_gone(pid)

    def restart_libvirtd(self) -> None:
        """Start libvirtd again after kill_libvirtd()."""
        pidfile = self.folder / "libvirtd.pid"
        with contextlib.suppress(FileNotFoundError):
            pidfile.unlink()
        subprocess.run(["libvirtd", "-d", "-p", str(pidfile)], check=True, timeout=30)
        self.pids.append(self._read_pid(pidfile))

    def ensure_running(self) -> None:
        """Start libvirtd again if a test killed it and did not."""
        if len(self.pids) < 2:
            self.restart_libvirtd()

    def define(
        self,
        name: str,
        *,
        cdrom: Path | None = None,
        start: bool = True,
        guest: bytes = RED_SCREEN,
        balloon_slot: int | None = None,
        vnc_passwd: str | None = None,
        serial: Path | None = None,
        qcow2: bool = False,
        serial_pty: bool = False,
    ) -> str:
        """Define (and start) a tiny domain named `name` booting `guest` (a red screen by
        default), with a virtio balloon at `balloon_slot` if given; with `vnc_passwd`, its
        VNC display has that password at start; its COM1 into the file `serial` if given, or
        on a pty, the domain's console, with `serial_pty`; with `qcow2`,
        booting a qcow2 disk (hda) made by qemu-img, which holds snapshots."""
        floppy = boot_floppy(self.folder / f"{name}.img", guest)
        os.chmod(floppy, 0o644)
        disk = None
        if qcow2:
            disk = self.folder / f"{name}.qcow2"
            subprocess.run(
                ["qemu-img", "convert", "-q", "-f", "raw", "-O", "qcow2", str(floppy), str(disk)],
                check=True,
            )
            subprocess.run(
                ["qemu-img", "resize", "-q", "-f", "qcow2", str(disk), "16M"], check=True
            )
            # libvirt hands the image to QEMU's user (libvirt-qemu) when it starts the
            # domain; until then root's, readable and writable by that user once chowned.
            os.chmod(disk, 0o644)
        xml = self.folder / f"{name}.xml"
        xml.write_text(
            domain_xml(
                name,
                floppy,
                cdrom,
                balloon_slot=balloon_slot,
                vnc_passwd=vnc_passwd,
                serial=serial,
                qcow2=disk,
                serial_pty=serial_pty,
            )
        )
        virsh("define", str(xml))
        self.domains.append(name)
        if start:
            virsh("start", name)
        return name

    def undefine(self, name: str) -> None:
        """Destroy (if running) and undefine `name`, with its snapshots' metadata (libvirt
        keeps a domain that has snapshots otherwise, in every later libvirtd)."""
        virsh("destroy", name, check=False)
        virsh("undefine", "--snapshots-metadata", name, check=False)
        if name in self.domains:
            self.domains.remove(name)

    def stop(self) -> None:
        """Remove every domain made here, then stop the daemons by pid."""
        for name in list(self.domains):
            self.undefine(name)
        for pid in reversed(self.pids):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
            _wait_gone(pid)
        self.pids.clear()
        if self.kvm_before is not None:
            gid, mode = self.kvm_before
            os.chown(KVM, -1, gid)
            os.chmod(KVM, mode)
            self.kvm_before = None
        shutil.rmtree(self.folder, ignore_errors=True)
        if self.lock is not None:
            self.lock.close()  # the next test session may start its own now
            self.lock = None


#: libvirtd is one per machine (its socket is /var/run/libvirt/libvirt-sock): test
#: sessions of several checkouts take turns through this lock.
LOCK = Path(tempfile.gettempdir()) / "qmpgui-libvirtd-tests.lock"
#: How long a test session waits for another one's libvirt tests to end (seconds;
#: QMPGUI_LIBVIRTD_LOCK_WAIT_S overrides it where several checkouts test side by side).
LOCK_WAIT_S = float(os.environ.get("QMPGUI_LIBVIRTD_LOCK_WAIT_S", "240"))


def _take_lock() -> IO[str]:
    file = LOCK.open("a")
    deadline = time.monotonic() + LOCK_WAIT_S
    while True:
        try:
            fcntl.flock(file, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return file
        except BlockingIOError:
            if time.monotonic() > deadline:
                file.close()
                raise AssertionError(
                    f"another test session has run its libvirtd for {LOCK_WAIT_S:g} s "
                    f"({LOCK}): run the libvirt tests one session at a time"
                ) from None
            time.sleep(0.5)


KVM = Path("/dev/kvm")


def _kvm_for_qemu_user() -> tuple[int, int] | None:
    """Give /dev/kvm to the group kvm, read-write (mode 0660, as Debian's udev does),
    when it exists and that group cannot use it; return its group and mode before, or
    None when nothing was changed. libvirt's QEMU user (libvirt-qemu) is in group kvm."""
    try:
        seen = KVM.stat()
        kvm_gid = grp.getgrnam("kvm").gr_gid
    except (OSError, KeyError):
        return None
    if seen.st_gid == kvm_gid and seen.st_mode & 0o060 == 0o060:
        return None
    os.chown(KVM, -1, kvm_gid)
    os.chmod(KVM, 0o660)
    return seen.st_gid, stat.S_IMODE(seen.st_mode)


def _stop_orphans() -> None:
    """Stop the daemons of a test session that was killed before its stop() (its lock
    went with it, its virtlogd and libvirtd did not), found by the pid files in its
    folder. Called with the lock held: no other test session's daemons can be running."""
    for pidfile in Path(tempfile.gettempdir()).glob("qmpgui-libvirtd-*/*.pid"):
        with contextlib.suppress(OSError, ValueError):
            pid = int(pidfile.read_text().strip())
            program = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0]
            if Path(program.decode()).name in ("libvirtd", "virtlogd"):
                os.kill(pid, signal.SIGTERM)
                _wait_gone(pid)
        pidfile.unlink(missing_ok=True)


def _wait_gone(pid: int) -> None:
    deadline = time.monotonic() + 15
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            return
        time.sleep(0.05)

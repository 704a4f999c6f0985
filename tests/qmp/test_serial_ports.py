"""Which chardevs the serial console can open, read from query-chardev's `filename` as
QEMU 7.2 reports it (the replies below are QEMU's, taken from a VM with each backend)."""

from __future__ import annotations

from qmpgui.qmp.machine import parse_chardevs
from qmpgui.qmp.reader import Problems
from qmpgui.qmp.serial_ports import DOMAIN_PTY, PortKind, serial_ports

#: query-chardev of `-chardev socket,id=s0,path=/tmp/s0.sock,server=on,wait=off
#: -chardev ringbuf,id=r0 -chardev pty,id=p0 -chardev file,id=f0,path=/tmp/f -qmp ...`.
REPLY = [
    {"frontend-open": True, "filename": "pty:/dev/pts/0", "label": "p0"},
    {"frontend-open": True, "filename": "ringbuf", "label": "r0"},
    {
        "frontend-open": True,
        "filename": "disconnected:unix:/tmp/s0.sock,server=on",
        "label": "s0",
    },
    {"frontend-open": False, "filename": "file", "label": "f0"},
    {"frontend-open": True, "filename": "unix:/tmp/q.sock,server=on", "label": "compat_monitor0"},
    {"frontend-open": True, "filename": "unix:/tmp/app.sock,server=on", "label": "appmon"},
    {"frontend-open": True, "filename": "unix:/tmp/out.sock", "label": "c0"},
]


def ports(reply: object = REPLY, **how: object) -> dict[str, tuple[PortKind, str | None, bool]]:
    found = serial_ports(parse_chardevs(reply, Problems()), **how)  # type: ignore[arg-type]
    return {p.label: (p.kind, p.reason, p.held) for p in found}


def test_a_local_vms_sockets_ptys_and_ringbufs_open_and_monitors_are_left_out() -> None:
    got = ports(local=True, monitor_path="/tmp/app.sock")
    assert got["s0"] == (PortKind.SOCKET, None, False)
    assert got["p0"] == (PortKind.PTY, None, False)
    assert got["r0"] == (PortKind.RINGBUF, None, False)
    assert got["f0"] == (PortKind.OTHER, "its output goes to a file on the VM's host", False)
    assert got["c0"][0] is PortKind.OTHER and "QEMU connects out" in str(got["c0"][1])
    assert "compat_monitor0" not in got and "appmon" not in got  # QEMU's and our monitor
    order = list(got)
    assert order.index("f0") > max(order.index(n) for n in ("s0", "p0", "r0"))


def test_a_connected_socket_is_held() -> None:
    reply = [{"frontend-open": True, "filename": "unix:/tmp/s0.sock,server=on", "label": "s0"}]
    assert ports(reply, local=True)["s0"] == (PortKind.SOCKET, None, True)


def test_a_remote_vm_reaches_only_its_ringbufs() -> None:
    got = ports(local=False)
    assert got["r0"][1] is None
    assert got["s0"][1] == "a socket on the VM's host, not this one"
    assert got["p0"][1] == "a pseudo-terminal on the VM's host, not this one"


def test_a_domain_has_libvirts_console_first_and_its_pty_greyed() -> None:
    got = ports(local=False, domain=True)
    assert next(iter(got)) == "console" and got["console"] == (PortKind.LIBVIRT, None, False)
    assert got["p0"][1] == DOMAIN_PTY


def test_replies_of_the_wrong_shape_give_no_port() -> None:
    assert ports(None, local=True) == {}
    assert ports([{"label": 3}, "x"], local=True) == {}

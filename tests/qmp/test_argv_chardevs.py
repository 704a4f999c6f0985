"""What QEMU's command line says of its chardevs: a chardev's logfile= (the serial
console's backlog) and the chardevs monitors use (never offered as a console)."""

from __future__ import annotations

from qmpgui.qmp.machine import ChardevInfo
from qmpgui.qmp.qemu_argv import chardev_logfile, monitor_chardevs
from qmpgui.qmp.serial_ports import serial_ports

ARGV = (
    "qemu-system-x86_64",
    "-chardev",
    "socket,id=s0,path=/run/s0.sock,server=on,wait=off,logfile=/var/log/s0,,x.log",
    "-chardev",
    "socket,id=s1,path=/run/s1.sock,server=on,wait=off,logfile=s1.log",
    "-chardev",
    "pty,id=p0",
)


def test_a_chardevs_logfile_is_found_by_its_id_relative_ones_against_qemus_folder() -> None:
    assert chardev_logfile(ARGV, "s0") == "/var/log/s0,x.log"
    assert chardev_logfile(ARGV, "s1", "/srv/vm1/") == "/srv/vm1/s1.log"
    assert chardev_logfile(ARGV, "p0") is None
    assert chardev_logfile(ARGV, "nosuch") is None


def test_the_chardevs_a_monitor_uses_are_found_however_the_monitor_names_them() -> None:
    argv = (
        "qemu-system-x86_64",
        "-chardev",
        "socket,id=mon9,path=/run/m9.sock,server=on,wait=off",
        "-mon",
        "chardev=mon9,mode=control",
        "-chardev",
        "socket,id=hmp1,path=/run/h1.sock,server=on,wait=off",
        "-monitor",
        "chardev:hmp1",
        "-chardev",
        "socket,id=s0,path=/run/s0.sock,server=on,wait=off",
        "-serial",
        "chardev:s0",
    )
    assert monitor_chardevs(argv) == {"mon9", "hmp1"}


def test_libvirts_monitor_and_those_of_the_command_line_are_no_console() -> None:
    chardevs = [
        ChardevInfo(
            "charmonitor", "disconnected:unix:/var/lib/libvirt/qemu/d/monitor.sock,server=on", None
        ),
        ChardevInfo("mon9", "disconnected:unix:/run/m9.sock,server=on", None),
        ChardevInfo("charserial0", "pty:/dev/pts/4", None),
    ]
    ports = serial_ports(chardevs, local=True, monitors=frozenset({"mon9"}))
    assert [port.label for port in ports] == ["charserial0"]

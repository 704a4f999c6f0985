"""A chardev's logfile= read from QEMU's command line: the serial console's backlog."""

from __future__ import annotations

from qmpgui.qmp.qemu_argv import chardev_logfile

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

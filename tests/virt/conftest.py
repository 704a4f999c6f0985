"""Domains of the libvirt tests beyond tests/conftest.py's `libvirtd` and `domain`:
one reporting its keys, one on a qcow2 disk, and for the migration tests a second
libvirtd (per module) and a domain that can move."""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.guest_images import FILLS_MEMORY, REPORTS_KEYS, boot_floppy
from tests.helpers.libvirtd import Libvirtd, domain_xml, virsh
from tests.helpers.second_libvirtd import SecondLibvirtd

_names = itertools.count(1)


@pytest.fixture
def keys_domain(libvirtd: Libvirtd) -> Iterator[tuple[str, Path]]:
    """A running domain whose guest reports its keys on COM1, and the file COM1 writes."""
    name = f"qmpgui-keys-{os.getpid()}-{next(_names)}"
    serial = libvirtd.folder / f"{name}-serial.txt"
    serial.unlink(missing_ok=True)
    try:
        yield libvirtd.define(name, guest=REPORTS_KEYS, serial=serial), serial
    finally:
        libvirtd.undefine(name)


@pytest.fixture
def qcow2_domain(libvirtd: Libvirtd) -> Iterator[str]:
    """A running tiny domain booting a qcow2 disk (hda), which holds internal
    snapshots, beside an empty CD-ROM drive; its name."""
    name = libvirtd.define(f"qmpgui-test-{os.getpid()}-{next(_names)}", qcow2=True)
    try:
        yield name
    finally:
        libvirtd.undefine(name)


@pytest.fixture(scope="module")
def second(libvirtd: Libvirtd) -> Iterator[SecondLibvirtd]:
    daemon = SecondLibvirtd.start()
    try:
        yield daemon
    finally:
        daemon.stop()


@pytest.fixture
def movable(libvirtd: Libvirtd, second: SecondLibvirtd) -> Iterator[str]:
    """A running domain that libvirt lets migrate on this host: its boot floppy read-only
    (libvirt calls a writable disk off shared storage unsafe), no VNC display (the
    source's port stays taken until the switch-over, and libvirt's autoport may pick
    one another program of the machine holds), its RAM filled by the guest so that the
    copy takes time to watch."""
    name = f"qmpgui-move-{os.getpid()}-{next(_names)}"
    floppy = boot_floppy(libvirtd.folder / f"{name}.img", FILLS_MEMORY)
    os.chmod(floppy, 0o644)
    xml = domain_xml(name, floppy)
    xml = xml.replace("<target dev='fda' bus='fdc'/>", "<target dev='fda' bus='fdc'/><readonly/>")
    xml = re.sub(r"<graphics [^>]*/>", "", xml)
    path = libvirtd.folder / f"{name}.xml"
    path.write_text(xml)
    virsh("define", str(path))
    libvirtd.domains.append(name)
    virsh("start", name)
    try:
        yield name
    finally:
        libvirtd.undefine(name)
        if name in second.domains():
            second.virsh("destroy", name, check=False)
            second.virsh("undefine", name, check=False)

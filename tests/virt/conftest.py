"""The libvirtd of the libvirt tests: started once per test session (as root, as CI
runs), stopped by pid at the end, and a fresh tiny domain per test, undefined after it."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

from tests.helpers.libvirtd import Libvirtd

_names = itertools.count(1)


@pytest.fixture(scope="session")
def libvirtd() -> Iterator[Libvirtd]:
    daemons = Libvirtd.start()
    try:
        yield daemons
    finally:
        daemons.stop()


@pytest.fixture
def domain(libvirtd: Libvirtd) -> Iterator[str]:
    """A running tiny domain (a red screen) of the tests' libvirtd; its name."""
    name = libvirtd.define(f"qmpgui-test-{os.getpid()}-{next(_names)}")
    try:
        yield name
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

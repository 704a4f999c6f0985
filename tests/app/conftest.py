"""Fixtures of the window tests that need two QEMUs: a migration's source and its
destination (tests/helpers/migration.py), stopped after the test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.helpers.migration import dirtying_source_and_destination, source_and_destination
from tests.helpers.qemu_vm import QemuVm


def _started(
    folder: Path, start: Callable[[Path], tuple[QemuVm, QemuVm]]
) -> Iterator[tuple[QemuVm, QemuVm]]:
    source, destination = start(folder)
    yield source, destination
    source.stop()
    destination.stop()


@pytest.fixture
def pair(short_tmp: Path) -> Iterator[tuple[QemuVm, QemuVm]]:
    """A source with random RAM and a destination waiting in inmigrate."""
    yield from _started(short_tmp, source_and_destination)


@pytest.fixture
def dirtying(short_tmp: Path) -> Iterator[tuple[QemuVm, QemuVm]]:
    """A source whose guest keeps dirtying memory, and a destination in inmigrate."""
    yield from _started(short_tmp, dirtying_source_and_destination)

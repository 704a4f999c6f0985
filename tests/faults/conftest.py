"""Every fault case runs under a guard (tests/helpers/guard.py): the window stays
responsive and no exception reaches sys.excepthook or the loop."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator

import pytest

from tests.app.conftest import pair  # noqa: F401  # a migration's two QEMUs
from tests.helpers.guard import Guard
from tests.helpers.runner import AsyncRunner
from tests.helpers.sshd import Sshd, SshHome
from tests.helpers.windows import Windows


@pytest.fixture
def guard(
    qloop: asyncio.AbstractEventLoop, arun: AsyncRunner, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Guard]:
    guard = Guard(qloop, arun)
    monkeypatch.setattr(sys, "excepthook", guard.hook(sys.excepthook))
    previous = qloop.get_exception_handler()
    qloop.set_exception_handler(guard.on_loop_error)
    yield guard
    guard.timer.stop()
    qloop.set_exception_handler(previous)
    guard.assert_clean()


@pytest.fixture
def windows(guard: Guard, windows: Windows) -> Windows:
    """The windows of a fault case shut down under its guard: what goes wrong while
    they close counts too."""
    return windows


@pytest.fixture
def trusted(sshd: Sshd, ssh_home: SshHome) -> Sshd:
    """The private sshd, its host key in `ssh_home`'s known_hosts (as after a first
    connection)."""
    ssh_home.trust(sshd)
    return sshd

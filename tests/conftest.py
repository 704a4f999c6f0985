from __future__ import annotations

import asyncio
import concurrent.futures
import itertools
import os
import signal
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Before Qt is imported anywhere: no display in CI, and a private runtime dir
# so Qt has nothing to warn about (warnings fail tests).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_runtime = tempfile.mkdtemp(prefix="qmpgui-test-runtime-")
os.environ.setdefault("XDG_RUNTIME_DIR", _runtime)

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402
from PySide6.QtCore import QThread, QTimer  # noqa: E402

from qmpgui.app.event_loop import QtEventLoop  # noqa: E402
from qmpgui.qmp import pci_ids  # noqa: E402
from qmpgui.session.pci_names import forget_pci_ids  # noqa: E402
from tests.helpers import running  # noqa: E402
from tests.helpers.dialogs import dismiss_dialogs  # noqa: E402
from tests.helpers.libvirtd import Libvirtd  # noqa: E402
from tests.helpers.qemu_vm import QemuVm  # noqa: E402
from tests.helpers.runner import AsyncRunner  # noqa: E402
from tests.helpers.sshd import Sshd, SshHome  # noqa: E402
from tests.helpers.windows import Windows  # noqa: E402

# Property tests time nothing: on a busy machine an example may take a second.
settings.register_profile("qmpgui", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("qmpgui")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Any:
    """Helpers see which test runs (QemuVm.start() checks its `qemu` mark)."""
    running.set_current(item)
    try:
        return (yield)
    finally:
        running.set_current(None)


@pytest.hookimpl(tryfirst=True)
def pytest_timeout_set_timer(item: pytest.Item, settings: Any) -> bool | None:
    """pytest-timeout's signal method, made to end tests that wait in Qt.

    Its SIGALRM handler raises in whatever Python code runs: inside a Qt event loop
    (every qtbot wait, every modal dialog) that is some slot, which swallows the
    exception, and may be the one that would have ended the loop: the test then hangs
    for ever and its fixtures never clean up. Here, inside an event loop, the handler
    only says the time is up and cancels open dialogs; AsyncRunner's waits then fail
    the test from its own frame, and so does the end of the test if no wait noticed.
    """
    if settings.method != "signal" or threading.current_thread() is not threading.main_thread():
        return None  # pytest-timeout's own way
    message = f"Timeout (>{settings.timeout:g}s) in {item.nodeid}"
    running.time_out(None)

    def handler(_signum: int, _frame: object) -> None:
        __tracebackhide__ = True
        if QThread.currentThread().loopLevel() == 0:  # plain Python: fail right here
            pytest.fail(message)
        running.time_out(message)
        QTimer.singleShot(0, dismiss_dialogs)

    def cancel() -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)

    item.cancel_timeout = cancel  # type: ignore[attr-defined]  # pytest-timeout's cancel hook calls it
    signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, settings.timeout)
    return True


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Any:
    """A test whose time ran out while no wait of AsyncRunner looked still fails."""
    result = yield
    running.check_time()
    return result


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Teardown gets to wait for what it cleans up (its own timeout aside)."""
    running.time_out(None)


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may read or write the user's real configuration, nor show notices on
    the desktop's notification service (a test of it starts a bus of its own)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)


@pytest.fixture(autouse=True)
def _sockets_searched_in_private_places_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Add VM dialog looks for QMP sockets in /run, /var/run and /tmp too: in tests
    it looks only in the test's own folders ($XDG_RUNTIME_DIR is private), never at the
    monitors of QEMUs that other tests, or the machine, run."""
    monkeypatch.setattr("qmpgui.host.places.SYSTEM_PLACES", ())


@pytest.fixture(scope="session", autouse=True)
def _clipboard_cleared_at_exit(qapp: Any) -> Iterator[None]:
    """PySide6 crashes at exit when the offscreen clipboard still owns a QMimeData."""
    yield
    qapp.clipboard().clear()


@pytest.fixture
def qloop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """The app's loop (qasync's) on the running QApplication; qtbot's waits drive it.

    Per test, and marked running only during the test, so that pure-asyncio
    tests (asyncio.run) can run in the same process.
    """
    loop = QtEventLoop(qapp, already_running=True)
    # qasync.run() shuts its executor down when the app ends; this loop never
    # ends, so it gets one the fixture can shut down (getaddrinfo runs there).
    executor = concurrent.futures.ThreadPoolExecutor(4, thread_name_prefix="test-loop")
    loop.set_default_executor(executor)
    asyncio.set_event_loop(loop)
    yield loop
    leftovers = [t for t in asyncio.all_tasks(loop) if not t.done()]
    asyncio._set_running_loop(None)
    asyncio.set_event_loop(None)
    executor.shutdown(wait=True)
    # Its self-pipe and epoll set are descriptors: left open, a test process of two
    # thousand tests runs past select()'s 1,024. Marked stopped by qasync's own flag:
    # its stop() would also exit the application.
    loop._QEventLoop__is_running = False  # type: ignore[attr-defined]
    loop.close()
    assert not leftovers, f"tasks left running after the test: {leftovers}"


@pytest.fixture
def arun(qloop: asyncio.AbstractEventLoop, qtbot: Any) -> AsyncRunner:
    return AsyncRunner(qloop, qtbot)


@pytest.fixture
def short_tmp() -> Iterator[Path]:
    """A short folder: unix socket paths are limited to 107 bytes."""
    path = Path(tempfile.mkdtemp(prefix="qg-"))
    yield path
    for child in sorted(path.rglob("*"), reverse=True):
        if child.is_dir() and not child.is_symlink():
            child.rmdir()
        else:
            child.unlink()
    path.rmdir()


@pytest.fixture
def no_pci_ids(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No PCI ID database, whatever the machine has: the PCI pane shows hex ids."""
    monkeypatch.setattr(pci_ids, "PCI_IDS_PATHS", ())
    forget_pci_ids()
    yield
    forget_pci_ids()


@pytest.fixture
def windows(arun: AsyncRunner) -> Iterator[Windows]:
    """Main windows for the test: `windows.open(*argv)`, `windows.on(qemu)`.

    Each is shut down at teardown (a close waits for its shutdownFinished), also when
    the test failed or timed out, before `qloop` looks for tasks left running.
    """
    made = Windows(arun)
    yield made
    made.close_all()


@pytest.fixture
def qemu(short_tmp: Path) -> Iterator[QemuVm]:
    """A running QEMU (tests that use it are marked `qemu`)."""
    vm = QemuVm(short_tmp).start()
    yield vm
    vm.stop()


@pytest.fixture(scope="session")
def libvirtd() -> Iterator[Libvirtd]:
    """The tests' own libvirtd, once per test session (tests/virt and tests/faults
    share it: one daemon per machine), stopped by pid at the end."""
    daemons = Libvirtd.start()
    try:
        yield daemons
    finally:
        daemons.stop()


_domain_names = itertools.count(1)


@pytest.fixture
def domain(libvirtd: Libvirtd) -> Iterator[str]:
    """A running tiny domain (a red screen) of the tests' libvirtd; its name."""
    name = libvirtd.define(f"qmpgui-test-{os.getpid()}-{next(_domain_names)}")
    try:
        yield name
    finally:
        libvirtd.undefine(name)


@pytest.fixture
def ssh_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SshHome:
    """A throwaway $HOME with .ssh/ (a user key, an empty known_hosts and config): the
    real ~/.ssh is never read or written, and no SSH agent is asked."""
    home = SshHome(tmp_path / "home")
    monkeypatch.setenv("HOME", str(home.folder))
    monkeypatch.delenv("SSH_AUTH_SOCK", raising=False)
    return home


@pytest.fixture
def sshd(tmp_path: Path, ssh_home: SshHome) -> Iterator[Sshd]:
    """A private sshd on 127.0.0.1 that accepts `ssh_home`'s key (tests that use it are
    marked `sshd`); its host key is not in known_hosts until `ssh_home.trust(sshd)`."""
    from qmpgui.qmp.ssh import set_asker
    from qmpgui.qmp.ssh.hub import HUB

    server = Sshd(tmp_path / "sshd")
    server.authorize(ssh_home.public_key)
    server.start()
    yield server
    server.stop()
    set_asker(None)
    HUB.forget_all()

"""The real main window in tests, and what a user reads in it.

Tests get windows from the `windows` fixture (tests/conftest.py): `windows.open(*argv)`
builds one as `main()` does, `windows.on(qemu)` builds one on VMs and waits until they
are connected and selected. The fixture shuts every window it made down at teardown,
also after a failure or a timeout, and before the `qloop` fixture looks for tasks left
running. Tests about closing close a window themselves with `windows.close(window)`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from qmpgui.app import create_main_window
from qmpgui.app.main_window import MainWindow
from qmpgui.log.entry import LogEntry, LogKind
from qmpgui.models.vm_list import STATE
from qmpgui.session import VmSession
from qmpgui.store.config import default_config_path
from tests.helpers.dialogs import dismiss_dialogs
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.running import require_marker

#: How long a window may take to disconnect everything and stop at close. Generous: a
#: loaded machine is slow, and a healthy shutdown takes milliseconds anyway.
SHUTDOWN_S = 30.0

#: What a window can be opened on: a test's QEMU, or an endpoint (a fake server's socket).
Target = QemuVm | Path | str


def config_file(tmp_path: Path) -> Path:
    """The configuration file a window reads and writes (tests/conftest.py points
    XDG_CONFIG_HOME into the test's tmp_path)."""
    return tmp_path / "config" / "qmpgui" / "config.json"


def write_config(settings: Mapping[str, Any] | str) -> Path:
    """Write the configuration the next window starts with: settings as JSON, or text as is."""
    path = default_config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(settings if isinstance(settings, str) else json.dumps(settings))
    return path


def endpoint_of(target: Target) -> str:
    return str(target.app_socket) if isinstance(target, QemuVm) else str(target)


class _Made:
    """A window the fixture made, and whether its shutdown has finished."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.shut_down = False
        window.shutdownFinished.connect(self._finished)

    def _finished(self) -> None:
        self.shut_down = True


class Windows:
    """Opens main windows for one test and shuts each one down at its end."""

    def __init__(self, arun: AsyncRunner) -> None:
        self.arun = arun
        self._made: list[_Made] = []

    def open(self, *argv: str, config: Mapping[str, Any] | str | None = None) -> MainWindow:
        """A shown window for the command line `argv`, with `config` as its file if given."""
        if config is not None:
            write_config(config)
        if "--demo" in argv:
            require_marker("qemu", "starts the demo VM, a real QEMU")
        window = create_main_window(list(argv))
        self._made.append(_Made(window))
        window.show()
        return window

    def on(
        self,
        *targets: Target,
        config: Mapping[str, Any] | str | None = None,
        poll_interval_s: float | None = 0.2,
    ) -> MainWindow:
        """A window on `targets`, every one connected and all selected.

        Polls every `poll_interval_s` (a fifth of a second by default, so tests see
        changes soon); None keeps the configured interval.
        """
        window = self.open(*(endpoint_of(t) for t in targets), config=config)
        if poll_interval_s is not None:
            window.settings.poll_interval_s = poll_interval_s
        self.arun.wait(lambda: all(s.connected for s in window.model.sessions))
        window.vm_list.selectAll()
        return window

    def close(self, window: MainWindow, timeout: float = SHUTDOWN_S) -> None:
        """Close `window` as the user does and wait until its shutdown has finished."""
        made = next(m for m in self._made if m.window is window)
        if not made.shut_down:
            window.quit()  # starts the shutdown (closing would only hide it beside a tray)
            self.arun.wait(lambda: made.shut_down, timeout=timeout)
        # Nothing the window started is left: its VMs' work, the demo VM's start, writes.
        assert len(window.fleet.tasks) == 0 and window.writer.pending == 0
        assert not any(len(s._tasks) for s in window.model.all_sessions)
        assert len(window.fleet.links.tasks) == 0
        assert not any(len(c._tasks) for c in window.model.connections)

    def close_all(self) -> None:
        """Shut down every window not closed yet, then delete them all."""
        failures: list[BaseException] = []
        try:
            for made in self._made:
                if made.shut_down:
                    continue
                dismiss_dialogs()
                try:
                    self.close(made.window)
                except BaseException as error:  # the next window is still shut down
                    failures.append(error)
        finally:
            for made in self._made:
                made.window.deleteLater()
            self._made.clear()
            self.arun.qtbot.wait(1)  # the deferred deletes
        if failures:
            raise failures[0]


# -- what the user reads --------------------------------------------------------------


def act(window: MainWindow, name: str) -> QAction:
    """The window's action with the stable name `name`."""
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def messages(window: MainWindow) -> list[str]:
    """Every message the window said, oldest first."""
    return [text for _, _, text in window.messages]


def status_text(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def state_text(window: MainWindow, row: int = 0) -> str:
    """The VM's state whole, as the row's tooltip says it (its second line); the State
    cell itself shows an error's cause first and short."""
    tip = window.model.data(window.model.index(row, STATE), Qt.ItemDataRole.ToolTipRole)
    return str(tip).splitlines()[1]


def log_entries(window: MainWindow, kind: LogKind) -> list[Any]:
    window.event_log.flush()
    return [e for e in window.event_log.entries() if e.kind is kind]


def log_texts(window: MainWindow) -> list[str]:
    window.event_log.flush()
    return [entry.summary for entry in window.event_log.entries()]


def told(window: MainWindow, fragment: str) -> bool:
    """`fragment` is in the status bar, the message list and the event log.

    A lost connection's notice in the status bar says "connection lost" once, in its
    title: the rest of the sentence is what must be there.
    """
    shown = (
        fragment.removeprefix("connection lost: ")
        if "Attention: " in status_text(window)
        else fragment
    )
    return (
        shown in status_text(window)
        and any(fragment in text for text in messages(window))
        and any(fragment in text for text in log_texts(window))
    )


def log_of(arun: AsyncRunner, window: MainWindow, session: VmSession) -> list[LogEntry]:
    """The entries the event log shows once the user picks `session` in its VM filter.

    The filter lists the VM once, under its name now; it stays picked (tests that go
    on pick "All VMs" again: `window.event_log_view.vm_box.setCurrentIndex(0)`).
    """
    window.event_log.flush()
    view = window.event_log_view
    box = view.vm_box
    items = [box.itemText(i) for i in range(box.count())]
    assert items.count(session.display_name) == 1, items
    box.setCurrentIndex(box.findText(session.display_name))
    arun.wait(lambda: not view.proxy.busy)
    return view.proxy.shown_entries()

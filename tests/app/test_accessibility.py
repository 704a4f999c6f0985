"""Keyboard and screen-reader use of the main window, on a real QEMU: Tab reaches the VM
list, the pane tabs, the current pane's controls and the event log, for every pane; and
every control the keyboard reaches has an accessible name (what a screen reader says); a
table with rows (the event log, trace events) does not keep Tab among its cells."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from qmpgui.app.main_window import MainWindow
from qmpgui.ui.panes.status import StatusPane
from qmpgui.ui.panes.trace import TracePane
from qmpgui.ui.screen_canvas import ScreenCanvas
from qmpgui.ui.terminal_view import TerminalView
from qmpgui.ui.window_keys import DETACH
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows

#: Tab presses at most in one walk round the window (it has far fewer stops).
MOST = 400


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for `widget`: its accessible name, as Qt gives it
    (the accessible name set, else its text, else its buddy label's)."""
    # The line edit inside a spin box or an editable combo box speaks for its box.
    owner = widget.parentWidget()
    if isinstance(owner, (QAbstractSpinBox, QComboBox)):
        widget = owner
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def tab_walk(window: MainWindow, arun: AsyncRunner, key: Qt.Key | None = None) -> list[QWidget]:
    """The widgets Tab visits from the VM list round to it again, in order (MOST of
    them when something keeps the focus). With `key` (Tab or Backtab), pressed on the
    widget with the focus, which may keep it; else the window moves the focus."""
    window.activateWindow()
    window.vm_list.setFocus(Qt.FocusReason.TabFocusReason)
    arun.wait(lambda: QApplication.focusWidget() is window.vm_list)
    visited: list[QWidget] = []
    for _ in range(MOST):
        focused = QApplication.focusWidget()
        if key is None or focused is None:
            window.focusNextChild()
        elif isinstance(focused, TerminalView):
            # A serial terminal gives Tab to the guest (a shell completes with it).
            window.focusNextPrevChild(key == Qt.Key.Key_Tab)
        else:
            if isinstance(focused, ScreenCanvas) and focused.captured:
                # A captured screen gives Tab to the guest; its detach key lets go.
                QTest.keySequence(focused, QKeySequence(DETACH))
            QTest.keyClick(focused, key)
        focused = QApplication.focusWidget()
        if focused is None or focused is window.vm_list:
            break
        visited.append(focused)
    return visited


def described(widget: QWidget) -> str:
    return (
        f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__}"
    )


@pytest.fixture
def window(qemu: QemuVm, windows: Windows) -> MainWindow:
    """A window on `qemu`, its row current: the panes show it."""
    shown = windows.on(qemu)
    shown.vm_list.selectRow(0)
    return shown


@pytest.mark.qemu
def test_tab_reaches_every_part_of_every_pane_and_each_stop_has_a_name(
    window: MainWindow, qemu: QemuVm, arun: AsyncRunner
) -> None:
    qemu.watch.execute("stop")  # STOP and RESUME: rows in the event log's table
    qemu.watch.execute("cont")
    log = window.event_log_view.table
    arun.wait(lambda: log.model().rowCount() > 1)
    nameless: set[str] = set()
    for index in range(window.panes.count()):
        window.panes.setCurrentIndex(index)
        pane = window.panes.widget(index)
        arun.wait(pane.isVisible)
        if isinstance(pane, TracePane):  # a table with rows
            arun.wait(lambda: pane.view.model().rowCount() > 1)  # noqa: B023
        title = window.panes.tabText(index)
        # Pressed: a table with rows must not keep Tab (or Shift+Tab) among its cells.
        backwards = tab_walk(window, arun, Qt.Key.Key_Backtab)
        assert len(backwards) < MOST, (title, [described(w) for w in backwards[-8:]])
        visited = tab_walk(window, arun, Qt.Key.Key_Tab)
        assert len(visited) < MOST, (title, [described(w) for w in visited[-8:]])
        assert log in visited, title
        for button in ("eventLogPauseButton", "eventLogClearButton"):
            assert window.event_log_view.findChild(QWidget, button) in visited, (title, button)
        # In reading order: the pane tabs, then the pane's own controls, then the
        # event log and console below.
        assert window.panes.tabBar() in visited, title
        tabs = visited.index(window.panes.tabBar())
        inside = [i for i, w in enumerate(visited) if pane.isAncestorOf(w)]
        assert inside, f"nothing in {title} is reached"
        below = [i for i, w in enumerate(visited) if window.bottom_tabs.isAncestorOf(w)]
        assert below, f"the event log is not reached from {title}"
        assert tabs < inside[0] and inside[-1] < below[0], (title, [described(w) for w in visited])
        nameless |= {f"{title}: {described(w)}" for w in visited if not spoken_name(w)}
    assert not nameless, sorted(nameless)


@pytest.mark.qemu
def test_each_status_value_is_named_by_its_label_and_reads_its_value(
    window: MainWindow, qemu: QemuVm, arun: AsyncRunner
) -> None:
    status = window.pane(StatusPane)
    arun.wait(lambda: status.text("uuid") == qemu.uuid)
    form = status.layout()
    assert isinstance(form, QFormLayout)
    for value in status.values.values():
        caption = form.labelForField(value)
        assert isinstance(caption, QLabel)
        spoken = QAccessible.queryAccessibleInterface(value)
        assert spoken is not None
        assert spoken.text(QAccessible.Text.Name) == caption.text().rstrip(":")
        assert spoken.text(QAccessible.Text.Description) == value.text()

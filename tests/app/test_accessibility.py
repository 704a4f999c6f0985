"""Keyboard and screen-reader use of the main window, on a real QEMU: Tab reaches the VM
list, the pane tabs, the current pane's controls and the event log, for every pane; and
every control the keyboard reaches has an accessible name (what a screen reader says)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from qmpgui.app.main_window import MainWindow
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


def tab_walk(window: MainWindow, arun: AsyncRunner) -> list[QWidget]:
    """The widgets Tab visits from the VM list round to it again, in order."""
    window.activateWindow()
    window.vm_list.setFocus(Qt.FocusReason.TabFocusReason)
    arun.wait(lambda: QApplication.focusWidget() is window.vm_list)
    visited: list[QWidget] = []
    for _ in range(MOST):
        window.focusNextChild()
        focused = QApplication.focusWidget()
        if focused is None or focused is window.vm_list:
            break
        visited.append(focused)
    return visited


def described(widget: QWidget) -> str:
    return (
        f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__}"
    )


@pytest.mark.qemu
def test_tab_reaches_every_part_of_every_pane_and_each_stop_has_a_name(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(qemu)
    window.vm_list.selectRow(0)
    nameless: set[str] = set()
    for index in range(window.panes.count()):
        window.panes.setCurrentIndex(index)
        pane = window.panes.widget(index)
        arun.wait(pane.isVisible)
        visited = tab_walk(window, arun)
        title = window.panes.tabText(index)
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

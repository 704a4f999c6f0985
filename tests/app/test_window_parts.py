"""The window's parts as a new feature meets them: a pane registered in one line, with
its topic, becomes a tab that is polled while on screen; dialogs do not pile up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu, QWidget

from qmpgui.session import VmSession
from qmpgui.session.inspection import Fetcher, register_topic, unregister_topic
from qmpgui.ui.panes import Pane, PaneContext, register_pane, unregister_pane
from tests.helpers.dialogs import answer_confirm
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act


async def fetch_qom_root(fetcher: Fetcher) -> None:
    await fetcher.query("qom-list", {"path": "/"})


@pytest.mark.qemu
def test_a_pane_registered_in_one_line_is_a_tab_polled_while_on_screen(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    topic = register_topic("test-qom-root", fetch_qom_root)

    @register_pane("&QOM root", order=99)
    class QomRootPane(Pane):
        """The names under QOM's root, from the topic's reply."""

        topics = frozenset({topic})

        def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
            super().__init__(context, parent)
            self.label = QLabel(self)

        def topic_changed(self, _topic: str) -> None:
            session = self.session
            result = session.inspection.results.get("qom-list") if session else None
            if result is not None and isinstance(result.reply, list):
                self.label.setText(" ".join(sorted(p["name"] for p in result.reply)))

    try:
        window = windows.on(qemu)
        session: VmSession = window.model.session(0)
        pane = window.pane(QomRootPane)
        assert window.panes.tabText(window.panes.indexOf(pane)) == "&QOM root"
        arun.wait(lambda: session.poll_count >= 2)
        assert topic not in session.watched  # not on screen: not polled
        assert "qom-list" not in session.inspection.results

        window.panes.setCurrentWidget(pane)
        assert session.watched == {topic}
        expected = " ".join(
            sorted(p["name"] for p in qemu.watch.execute("qom-list", {"path": "/"}))
        )
        arun.wait(lambda: pane.label.text() == expected)
        assert "machine" in expected.split()
    finally:
        unregister_pane(QomRootPane)
        unregister_topic(topic)


@pytest.mark.qemu
def test_twenty_confirmations_and_menus_leave_nothing_behind(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(qemu)
    arun.wait(lambda: window.model.session(0).run_status == "running")
    menus = len(window.findChildren(QMenu))
    for _ in range(20):  # the VM list's context menu, opened and closed
        window.vm_list.customContextMenuRequested.emit(QPoint(5, 5))
        popup = QApplication.activePopupWidget()
        assert isinstance(popup, QMenu)
        popup.close()
    arun.wait(lambda: len(window.findChildren(QMenu)) == menus)
    reset = act(window, "actionSystemReset")
    for _ in range(20):
        seen = answer_confirm(accept=False)
        reset.trigger()
        assert len(seen.texts) == 1  # asked, and answered Cancel
    arun.wait(lambda: not window.findChildren(QDialog))
    qemu.watch.execute("query-status")  # collects the events on the test's monitor
    assert not [e for e in qemu.watch.events if e["event"] == "RESET"]  # every answer: Cancel

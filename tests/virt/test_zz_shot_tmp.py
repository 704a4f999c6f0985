"""Temporary: pictures of the Snapshots pane on a libvirt domain (not committed)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from qmpgui.ui.panes.snapshots import SnapshotPane
from tests.helpers.libvirtd import URI, virsh
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act

pytestmark = [pytest.mark.libvirt, pytest.mark.qemu, pytest.mark.timeout(600)]


def test_shots(qcow2_domain: str, windows: Windows, arun: AsyncRunner) -> None:
    domain = qcow2_domain
    virsh("snapshot-create-as", domain, "installed", "--description", "fresh install")
    virsh("snapshot-create-as", domain, "before-upgrade")
    virsh("suspend", domain)
    virsh("snapshot-create-as", domain, "paused-check")
    virsh("resume", domain)
    virsh("snapshot-revert", domain, "installed")
    virsh("snapshot-create-as", domain, "try-b")
    window = windows.on(f"{URI}#{domain}")
    window.resize(1280, 820)
    pane = window.findChild(SnapshotPane)
    assert pane is not None
    window.panes.setCurrentWidget(pane)
    arun.wait(
        lambda: "try-b" in [x.tag for x in window.model.session(0).inspection.snapshots.snapshots]
    )
    arun.wait(lambda: pane.model.rowCount() > 0)
    arun.wait(lambda: act(window, "actionSnapshotCreate").isEnabled())
    pane.view.expandAll()
    pane.view.columns.fit_to_text()
    hints = QApplication.styleHints()
    for scheme, name in ((Qt.ColorScheme.Light, "light"), (Qt.ColorScheme.Dark, "dark")):
        hints.setColorScheme(scheme)
        arun.wait(lambda: True)
        for _ in range(20):
            QApplication.processEvents()
        window.grab().save(f"/tmp/i17vs/snap-{name}.png")

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from qmpgui.ui.vm_dialog import VmDialog, VmSpec


def ok_button(dialog: VmDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_ok_only_for_a_valid_new_endpoint(qtbot: Any) -> None:
    dialog = VmDialog(taken_endpoints=["unix:/run/taken.qmp"])
    qtbot.addWidget(dialog)
    assert not ok_button(dialog).isEnabled()
    assert dialog.problem_label.text() == ""  # nothing typed yet: no scolding

    qtbot.keyClicks(dialog.endpoint_edit, "tcp:host:port")
    assert not ok_button(dialog).isEnabled()
    assert "port must be a number" in dialog.problem_label.text()

    dialog.endpoint_edit.setText("/run/taken.qmp")
    assert dialog.problem_label.text() == "This endpoint is already in the list."

    dialog.endpoint_edit.setText("[::1]:4444")
    assert ok_button(dialog).isEnabled() and dialog.problem_label.text() == ""
    qtbot.keyClicks(dialog.name_edit, "  web1 ")
    dialog.autoconnect_box.setChecked(False)
    assert dialog.spec() == VmSpec("web1", "[::1]:4444", False)


def test_edit_starts_from_the_current_values(qtbot: Any) -> None:
    dialog = VmDialog(initial=VmSpec("db", "/run/db.qmp", False))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit VM"
    assert (dialog.name_edit.text(), dialog.endpoint_edit.text()) == ("db", "/run/db.qmp")
    assert not dialog.autoconnect_box.isChecked() and ok_button(dialog).isEnabled()


def answer_dialog(qtbot: Any, endpoint: str | None, name: str = "") -> None:
    """When the modal dialog opens: fill it and press OK, or cancel it (endpoint None)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, VmDialog):
            QTimer.singleShot(20, answer)
            return
        if endpoint is None:
            dialog.reject()
            return
        dialog.name_edit.setText(name)
        dialog.endpoint_edit.setText(endpoint)
        ok_button(dialog).click()

    QTimer.singleShot(0, answer)


def test_ask_returns_the_entered_vm_or_none(qtbot: Any) -> None:
    answer_dialog(qtbot, "/run/a.qmp", "a")
    assert VmDialog.ask(None) == VmSpec("a", "/run/a.qmp", True)
    answer_dialog(qtbot, None)
    assert VmDialog.ask(None) is None

from __future__ import annotations

from typing import Any

from qmpgui.ui.vm_dialog import VmDialog, VmSpec
from tests.helpers.dialogs import answer_dialog, ok_button


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


def test_ask_returns_the_entered_vm_or_none(qtbot: Any) -> None:
    answer_dialog("/run/a.qmp", "a")
    assert VmDialog.ask(None) == VmSpec("a", "/run/a.qmp", True)
    answer_dialog(None)
    assert VmDialog.ask(None) is None

"""File → Add connection…: a libvirt URI checked as it is typed, each refusal a
sentence under the field, OK off until the URI can be added."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from qmpgui.ui.connection_dialog import ConnectionDialog, ConnectionSpec


def open_dialog(
    qtbot: Any, taken: list[str] | None = None, installed: bool = True
) -> ConnectionDialog:
    dialog = ConnectionDialog(None, taken or [], installed=lambda: installed)
    qtbot.addWidget(dialog)
    return dialog


def ok_enabled(dialog: ConnectionDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


@pytest.mark.parametrize(
    "uri",
    [
        "qemu:///system",
        "qemu:///session",
        "qemu+ssh://root@host1/system?keyfile=/root/.ssh/id_ed25519&no_verify=1",
        "QEMU:///system",
    ],
)
def test_a_libvirt_uri_can_be_added(qtbot: Any, uri: str) -> None:
    dialog = open_dialog(qtbot)
    dialog.uri_edit.setText(uri)
    assert ok_enabled(dialog) and dialog.problem.text() == ""
    assert dialog.spec() == ConnectionSpec("qemu" + uri[4:], True)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("/run/vm1.qmp", "is a QMP endpoint, not a libvirt connection: add it with File → Add VM…"),
        ("tcp:127.0.0.1:4444", "add it with File → Add VM…"),
        ("qemu:///system#vm1", "names a domain: add it with File → Add VM…"),
        ("http://host1/", "is not a libvirt connection URI; give one such as qemu:///system"),
        ("qemu:///sytem", "a qemu URI ends in /system (the system's domains) or /session"),
        ("qemu+ssh://root@host1:port/system", "is not a valid URI"),
        ("xen:///system", "is a connection of libvirt's xen driver: qmpgui speaks to QEMU's"),
        ("lxc:///", "only libvirt's QEMU driver has (qemu:///system, qemu:///session"),
        ("vbox+ssh://host1/session", "libvirt's vbox driver"),
    ],
)
def test_what_is_not_a_libvirt_connection_is_refused_with_a_sentence(
    qtbot: Any, typed: str, said: str
) -> None:
    dialog = open_dialog(qtbot)
    dialog.uri_edit.setText(typed)
    assert not ok_enabled(dialog)
    assert said in dialog.problem.text()
    dialog.accept()  # Enter pressed anyway: nothing is added
    assert dialog.result() == 0


def test_a_connection_in_the_list_already_is_refused(qtbot: Any) -> None:
    dialog = open_dialog(qtbot, taken=["qemu:///system"])
    dialog.uri_edit.setText(" Qemu:///system ")
    assert not ok_enabled(dialog)
    assert dialog.problem.text() == "qemu:///system is in the list already"
    dialog.uri_edit.setText("qemu:///session")
    assert ok_enabled(dialog)


def test_without_libvirt_python_the_dialog_says_how_to_install_it_and_adds_nothing(
    qtbot: Any,
) -> None:
    dialog = open_dialog(qtbot, installed=False)
    dialog.uri_edit.setText("qemu:///system")
    assert not ok_enabled(dialog)
    assert "pip install 'qmpgui[libvirt]'" in dialog.problem.text()

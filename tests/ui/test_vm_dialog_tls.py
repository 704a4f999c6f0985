"""The Add/Edit VM dialog's TLS files: shown for a tls: endpoint only, a certificate
and its key given together, relative paths kept absolute."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from qmpgui.qmp import TlsFiles
from qmpgui.ui.vm_dialog import VmDialog, VmSpec
from tests.helpers.dialogs import ok_button
from tests.helpers.runner import AsyncRunner


@pytest.fixture
def dialog(qtbot: Any, arun: AsyncRunner, tmp_path: Path) -> Iterator[VmDialog]:
    made = VmDialog(cwd=str(tmp_path))
    qtbot.addWidget(made)
    made.show()
    yield made
    made.reject()
    arun.wait(lambda: len(made.tasks) == 0 and len(made.found.tasks) == 0)


def checked(arun: AsyncRunner, dialog: VmDialog) -> None:
    arun.wait(lambda: dialog.tasks.get("check") is None)


def test_the_tls_files_show_for_a_tls_endpoint_only(
    dialog: VmDialog, arun: AsyncRunner, tmp_path: Path
) -> None:
    assert not dialog.tls_box.isVisible()
    dialog.endpoint_edit.setText("tcp:127.0.0.1:4444")
    assert not dialog.tls_box.isVisible()
    dialog.endpoint_edit.setText("tls:127.0.0.1:4444")
    assert dialog.tls_box.isVisible()
    assert "tls-creds" in dialog.hint.text()
    dialog.tls_box.ca_edit.setText("pki/ca-cert.pem")  # relative: kept absolute
    checked(arun, dialog)
    assert ok_button(dialog).isEnabled()
    assert dialog.spec() == VmSpec(
        "", "tls:127.0.0.1:4444", True, TlsFiles(str(tmp_path / "pki" / "ca-cert.pem"))
    )


def test_a_client_certificate_needs_its_key(dialog: VmDialog, arun: AsyncRunner) -> None:
    dialog.endpoint_edit.setText("tls:127.0.0.1:4444")
    checked(arun, dialog)
    dialog.tls_box.cert_edit.setText("/pki/client-cert.pem")
    assert not ok_button(dialog).isEnabled()
    assert dialog.problem_label.text() == "Give the client certificate's key too (or neither)."
    dialog.tls_box.key_edit.setText("/pki/client-key.pem")
    assert ok_button(dialog).isEnabled() and dialog.problem_label.text() == ""
    dialog.tls_box.cert_edit.clear()
    assert dialog.problem_label.text() == "Give the client key's certificate too (or neither)."

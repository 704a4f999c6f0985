"""A VM behind a TLS monitor (`tls:HOST:PORT`) in the window: its certificate files in
the Add/Edit VM dialog and the config file, its panes, console and actions, and a
TLS failure said in its row and the log. Real QEMU, certificates made by openssl."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qmpgui.log.entry import LogKind
from qmpgui.models.vm_list import STATE
from qmpgui.session import ConnState
from qmpgui.ui.panes.status import StatusPane
from qmpgui.ui.vm_dialog import VmDialog
from tests.helpers.certs import tls_certificates
from tests.helpers.console import send
from tests.helpers.dialogs import ok_button, when_modal
from tests.helpers.qemu_vm import watched_status
from tests.helpers.runner import AsyncRunner
from tests.helpers.tls_vm import start_tls_vm
from tests.helpers.windows import Windows, act, config_file, log_entries, messages, state_text


@pytest.mark.qemu
def test_a_tls_vm_added_in_the_dialog_works_and_keeps_its_files(
    short_tmp: Path, tmp_path: Path, windows: Windows, arun: AsyncRunner
) -> None:
    pki = tls_certificates(short_tmp / "pki")
    vm, port = start_tls_vm(short_tmp, pki)
    endpoint = f"tls:127.0.0.1:{port}"
    ca, cert, key = (str(pki / f) for f in ("ca-cert.pem", "client-cert.pem", "client-key.pem"))
    try:
        window = windows.open()
        shown: list[bool] = []

        def add(dialog: VmDialog) -> None:
            dialog.endpoint_edit.setText("/run/vm1.qmp")
            shown.append(dialog.tls_box.isVisibleTo(dialog))  # not for a unix socket
            dialog.endpoint_edit.setText(endpoint)
            shown.append(dialog.tls_box.isVisibleTo(dialog))
            dialog.tls_box.ca_edit.setText(ca)
            dialog.tls_box.cert_edit.setText(cert)
            dialog.tls_box.key_edit.setText(key)
            ok_button(dialog).click()

        when_modal(VmDialog, add)
        act(window, "actionAddVm").trigger()
        assert shown == [False, True]
        session = window.model.session(0)
        arun.wait(lambda: session.connected)
        assert window.pane(StatusPane).text("name") == "testvm"
        assert window.pane(StatusPane).text("run_state") == "running"
        saved = json.loads(config_file(tmp_path).read_text())["vms"]
        assert saved == [
            {
                "name": "",
                "endpoint": endpoint,
                "autoconnect": True,
                "tls": {"ca": ca, "cert": cert, "key": key},
            }
        ]

        act(window, "actionStop").trigger()
        arun.wait(lambda: watched_status(vm) == "paused")  # seen through the test's monitor
        window.window_actions.show_console.trigger()
        console = window.consoles.console_of_current()
        assert console is not None
        item = send(arun, console, "query-status")
        assert item.exchange is not None and item.exchange.reply is not None
        assert item.exchange.reply["return"]["status"] == "paused"

        # Edit VM shows the files; without the client certificate QEMU (verify-peer=on)
        # turns the VM away, and the row says why.
        loaded: list[tuple[str, str, str]] = []

        def edit(dialog: VmDialog) -> None:
            box = dialog.tls_box
            loaded.append((box.ca_edit.text(), box.cert_edit.text(), box.key_edit.text()))
            box.cert_edit.clear()
            box.key_edit.clear()
            ok_button(dialog).click()

        when_modal(VmDialog, edit)
        act(window, "actionEditVm").trigger()
        assert loaded == [(ca, cert, key)]
        arun.wait(lambda: session.state is ConnState.ERROR)
        assert window.model.index(0, STATE).data() == "error: client certificate required"
        assert state_text(window).startswith(
            "error: the server asks for a client certificate (QEMU's verify-peer=on)"
        )
        errors = [e.summary for e in log_entries(window, LogKind.CONNECTION)]
        assert any("asks for a client certificate" in text for text in errors), errors
        arun.wait(
            lambda: json.loads(config_file(tmp_path).read_text())["vms"][0].get("tls") == {"ca": ca}
        )
    finally:
        vm.stop()


@pytest.mark.qemu
def test_tls_files_in_the_config_file_are_used_and_kept(
    short_tmp: Path, tmp_path: Path, windows: Windows, arun: AsyncRunner
) -> None:
    pki = tls_certificates(short_tmp / "pki")
    vm, port = start_tls_vm(short_tmp, pki)
    files = {"ca": str(pki / "ca-cert.pem"), "cert": str(pki / "client-cert.pem")}
    files["key"] = str(pki / "client-key.pem")
    entry = {"name": "db1", "endpoint": f"tls:127.0.0.1:{port}", "autoconnect": True}
    older = {"name": "", "endpoint": "/run/nothing-here.qmp", "autoconnect": False}
    try:
        window = windows.open(config={"vms": [{**entry, "tls": files}, older]})
        session = window.model.session(0)
        arun.wait(lambda: session.connected)
        act(window, "actionStop").trigger()
        arun.wait(lambda: watched_status(vm) == "paused")
        # A save (a rename here) keeps the files, and the older entry stays as it was.
        when_modal(VmDialog, lambda d: (d.name_edit.setText("db2"), ok_button(d).click()))
        act(window, "actionEditVm").trigger()
        arun.wait(
            lambda: (
                json.loads(config_file(tmp_path).read_text())["vms"]
                == [{**entry, "name": "db2", "tls": files}, older]
            )
        )
    finally:
        vm.stop()


@pytest.mark.qemu
def test_tls_files_edited_in_the_config_file_apply_at_once(
    short_tmp: Path, tmp_path: Path, windows: Windows, arun: AsyncRunner
) -> None:
    pki = tls_certificates(short_tmp / "pki")
    vm, port = start_tls_vm(short_tmp, pki)
    ca = str(pki / "ca-cert.pem")
    entry = {"name": "db1", "endpoint": f"tls:127.0.0.1:{port}", "autoconnect": True}
    try:
        window = windows.open(config={"vms": [{**entry, "tls": {"ca": ca}}]})
        session = window.model.session(0)
        arun.wait(lambda: session.state is ConnState.ERROR)
        assert "asks for a client certificate" in state_text(window)
        path = config_file(tmp_path)
        files = {"ca": ca, "cert": str(pki / "client-cert.pem"), "key": str(pki / "client-key.pem")}
        new = path.with_name("config.json.new")
        new.write_text(json.dumps({"vms": [{**entry, "tls": files}]}))
        new.replace(path)  # as an editor saves
        arun.wait(lambda: session.connected)
        assert any("VM db1: tls {" in m and files["cert"] in m for m in messages(window))
        act(window, "actionStop").trigger()
        arun.wait(lambda: watched_status(vm) == "paused")
    finally:
        vm.stop()

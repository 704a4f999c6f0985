"""The Add/Edit VM dialog: what it refuses, what it only warns about, Browse… and the
QMP sockets it finds on this host."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView

from qmpgui.host import places
from qmpgui.ui.vm_dialog import VmDialog, VmSpec
from tests.helpers.dialogs import answer_dialog, ok_button
from tests.helpers.fake_qmp import FakeQmpServer
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner

NO_SOCKET_YET = "no socket there yet: qmpgui keeps trying once the VM starts"


@pytest.fixture
def dialogs(qtbot: Any, arun: AsyncRunner) -> Iterator[list[VmDialog]]:
    """Dialogs for the test, closed at its end once their background work has ended."""
    made: list[VmDialog] = []
    yield made
    for dialog in made:
        dialog.reject()
        arun.wait(lambda d=dialog: len(d.tasks) == 0 and len(d.found.tasks) == 0)  # type: ignore[misc]


def open_dialog(qtbot: Any, made: list[VmDialog], *args: Any, **kwargs: Any) -> VmDialog:
    dialog = VmDialog(*args, **kwargs)
    qtbot.addWidget(dialog)
    made.append(dialog)
    return dialog


def checked(arun: AsyncRunner, dialog: VmDialog) -> VmDialog:
    """Once the dialog has looked at what is typed (in a worker thread)."""
    arun.wait(lambda: dialog.tasks.get("check") is None)
    return dialog


@pytest.fixture
def listener(short_tmp: Path) -> Iterator[Path]:
    """A listening unix socket (that says nothing)."""
    path = short_tmp / "quiet.qmp"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))
    sock.listen()
    yield path
    sock.close()


def test_ok_only_for_a_valid_new_endpoint(
    qtbot: Any, arun: AsyncRunner, dialogs: list[VmDialog]
) -> None:
    dialog = open_dialog(qtbot, dialogs, taken_endpoints=["unix:/run/taken.qmp"])
    assert not ok_button(dialog).isEnabled()
    assert dialog.problem_label.text() == ""  # nothing typed yet: no scolding

    qtbot.keyClicks(dialog.endpoint_edit, "tcp:host:port")
    assert not ok_button(dialog).isEnabled()
    assert "port must be a number" in dialog.problem_label.text()

    dialog.endpoint_edit.setText("/run/taken.qmp")
    assert dialog.problem_label.text() == "This endpoint is already in the list."

    dialog.endpoint_edit.setText("[::1]:4444")
    checked(arun, dialog)
    assert ok_button(dialog).isEnabled() and dialog.problem_label.text() == ""
    qtbot.keyClicks(dialog.name_edit, "  web1 ")
    dialog.autoconnect_box.setChecked(False)
    assert dialog.spec() == VmSpec("web1", "[::1]:4444", False)


def test_edit_starts_from_the_current_values(
    qtbot: Any, arun: AsyncRunner, dialogs: list[VmDialog]
) -> None:
    dialog = open_dialog(qtbot, dialogs, initial=VmSpec("db", "/run/db.qmp", False))
    assert dialog.windowTitle() == "Edit VM"
    assert (dialog.name_edit.text(), dialog.endpoint_edit.text()) == ("db", "/run/db.qmp")
    checked(arun, dialog)
    assert not dialog.autoconnect_box.isChecked() and ok_button(dialog).isEnabled()


def test_ask_returns_the_entered_vm_or_none(qtbot: Any, arun: AsyncRunner) -> None:
    answer_dialog("/run/a.qmp", "a")
    assert VmDialog.ask(None) == VmSpec("a", "/run/a.qmp", True)
    answer_dialog(None)
    assert VmDialog.ask(None) is None


def test_a_path_without_a_socket_is_a_warning_not_a_refusal(
    qtbot: Any, arun: AsyncRunner, dialogs: list[VmDialog], short_tmp: Path, listener: Path
) -> None:
    dialog = open_dialog(qtbot, dialogs)
    missing = short_tmp / "vm1.qmp"
    dialog.endpoint_edit.setText(str(missing))
    arun.wait(lambda: dialog.problem_label.text() == NO_SOCKET_YET)
    assert ok_button(dialog).isEnabled() and NO_SOCKET_YET in ok_button(dialog).toolTip()

    (short_tmp / "notes.qmp").write_text("a plain file")
    dialog.endpoint_edit.setText(str(short_tmp / "notes.qmp"))
    arun.wait(lambda: dialog.problem_label.text().startswith("this is a file, not a socket"))
    assert ok_button(dialog).isEnabled()

    dialog.endpoint_edit.setText(str(short_tmp))
    arun.wait(lambda: dialog.problem_label.text().startswith("this is a folder"))
    assert ok_button(dialog).isEnabled()

    dialog.endpoint_edit.setText(str(listener))
    checked(arun, dialog)
    assert dialog.problem_label.text() == "" and ok_button(dialog).isEnabled()

    dialog.endpoint_edit.setText(str(missing))
    ok_button(dialog).click()  # accepted, as typed: QEMU may start later
    arun.wait(lambda: dialog.result() == VmDialog.DialogCode.Accepted)
    assert dialog.spec().endpoint == str(missing)


def test_a_libvirt_uri_is_refused_with_what_it_is(
    qtbot: Any, arun: AsyncRunner, dialogs: list[VmDialog]
) -> None:
    dialog = open_dialog(qtbot, dialogs)
    qtbot.keyClicks(dialog.endpoint_edit, "qemu+ssh://host/system")
    checked(arun, dialog)
    said = dialog.problem_label.text()
    assert said.startswith("'qemu+ssh://host/system' is a libvirt connection URI")
    assert "name a domain of it after '#' (qemu+ssh://host/system#vm1)" in said
    assert not ok_button(dialog).isEnabled()
    dialog.accept()  # Enter in the field: still refused
    assert dialog.result() != VmDialog.DialogCode.Accepted and dialog.isVisible() is False


@pytest.mark.parametrize("typed", ["//{d}/y.qmp", "{d}/y.qmp/", "{d}/./y.qmp", "unix:{d}//y.qmp"])
def test_a_duplicate_however_spelled_is_refused(
    qtbot: Any, arun: AsyncRunner, dialogs: list[VmDialog], short_tmp: Path, typed: str
) -> None:
    dialog = open_dialog(qtbot, dialogs, taken_endpoints=[f"{short_tmp}/y.qmp"])
    dialog.endpoint_edit.setText(typed.format(d=short_tmp))
    assert dialog.problem_label.text() == "This endpoint is already in the list."
    checked(arun, dialog)
    assert dialog.problem_label.text() == "This endpoint is already in the list."
    assert not ok_button(dialog).isEnabled()


def test_a_relative_path_is_kept_absolute(
    qtbot: Any, arun: AsyncRunner, dialogs: list[VmDialog], short_tmp: Path, listener: Path
) -> None:
    dialog = open_dialog(qtbot, dialogs, cwd=str(short_tmp))
    dialog.endpoint_edit.setText("quiet.qmp")
    checked(arun, dialog)
    assert dialog.problem_label.text() == f"kept as {listener}"
    ok_button(dialog).click()
    assert dialog.result() == VmDialog.DialogCode.Accepted
    assert dialog.spec().endpoint == str(listener)


def test_qemus_own_argument_pasted_names_its_socket(
    qtbot: Any, arun: AsyncRunner, dialogs: list[VmDialog], listener: Path
) -> None:
    # The dialog's hint shows QEMU's -qmp argument: pasted whole, it is that socket.
    dialog = open_dialog(qtbot, dialogs)
    dialog.endpoint_edit.setText(f"unix:{listener},server=on,wait=off")
    checked(arun, dialog)
    assert dialog.problem_label.text() == f"kept as unix:{listener}"
    ok_button(dialog).click()
    assert dialog.result() == VmDialog.DialogCode.Accepted
    assert dialog.spec().endpoint == f"unix:{listener}"


def test_browse_shows_sockets_and_fills_the_endpoint(
    qtbot: Any, arun: AsyncRunner, dialogs: list[VmDialog], short_tmp: Path, listener: Path
) -> None:
    dialog = open_dialog(qtbot, dialogs)
    (short_tmp / "notes.txt").write_text("not a socket")
    dialog.endpoint_edit.setText(str(short_tmp / "vm1.qmp"))  # Browse starts in its folder
    checked(arun, dialog)
    dialog.browse_button.click()
    browser = dialog.browser
    assert browser is not None and browser.isVisible()
    view = browser.findChild(QListView, "listView")

    def listed() -> dict[str, Any]:
        model, root = view.model(), view.rootIndex()
        rows = (model.index(row, 0, root) for row in range(model.rowCount(root)))
        return {index.data(): index for index in rows}

    arun.wait(lambda: "quiet.qmp" in listed())  # a socket: Qt hides them unless told
    assert "notes.txt" not in listed()  # the QMP sockets filter
    socket_row = view.visualRect(listed()["quiet.qmp"]).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=socket_row)
    browser.accept()  # Open
    assert dialog.endpoint_edit.text() == str(listener)
    checked(arun, dialog)
    assert ok_button(dialog).isEnabled()


async def banner(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(b"220 not QMP\r\n")
    await writer.drain()
    await reader.read()


@pytest.mark.qemu
def test_found_sockets_list_a_real_qemus_monitors_and_fill_the_endpoint(
    qtbot: Any,
    arun: AsyncRunner,
    dialogs: list[VmDialog],
    short_tmp: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    runtime = short_tmp / "runtime"
    runtime.mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    qemu = QemuVm(runtime, name="web1").start()
    (runtime / "plain.qmp").write_text("not a socket")
    try:
        with FakeQmpServer(runtime / "other.sock", banner):
            dialog = open_dialog(qtbot, dialogs, taken_endpoints=[str(qemu.watch_socket)])
            dialog.show()
            found = dialog.found
            assert found.status.text().startswith(f"Looking in {runtime}")
            arun.wait(lambda: "QMP socket" in found.status.text())
        assert found.paths() == sorted(found.paths())  # in the order found: one folder
        assert set(found.paths()) == {str(qemu.app_socket), str(qemu.watch_socket)}
        assert found.status.text() == (
            f"2 QMP sockets in {runtime}: choose one to fill in the endpoint."
        )
        rows = {
            found.list.topLevelItem(r).text(0): found.list.topLevelItem(r)
            for r in range(found.list.topLevelItemCount())
        }
        app, watch = rows[str(qemu.app_socket)], rows[str(qemu.watch_socket)]
        assert (app.text(1), app.text(2)) == ("web1", "free, QEMU " + qemu_version(qemu))
        assert (watch.text(1), watch.text(2)) == ("web1", "in the list")
        assert not watch.flags() & Qt.ItemFlag.ItemIsEnabled

        found.list.itemClicked.emit(app, 0)
        assert dialog.endpoint_edit.text() == str(qemu.app_socket)
        ok_button(dialog).click()
        arun.wait(lambda: dialog.result() == VmDialog.DialogCode.Accepted)
        assert dialog.spec().endpoint == str(qemu.app_socket)
    finally:
        qemu.stop()


@pytest.mark.qemu
def test_found_sockets_look_in_the_folder_of_a_path_typed(
    qtbot: Any, arun: AsyncRunner, dialogs: list[VmDialog], short_tmp: Path
) -> None:
    # The socket meant may be there under another name than the one typed.
    vms = short_tmp / "vms"
    vms.mkdir()
    qemu = QemuVm(vms, name="db1").start()
    try:
        dialog = open_dialog(qtbot, dialogs)
        dialog.show()
        found = dialog.found
        arun.wait(lambda: "QMP socket" in found.status.text())
        assert found.paths() == []  # not in the usual places
        qtbot.keyClicks(dialog.endpoint_edit, f"{vms}/db1.qmp")
        arun.wait(lambda: dialog.problem_label.text() == NO_SOCKET_YET)
        arun.wait(lambda: str(qemu.app_socket) in found.paths())
        assert found.status.text().startswith(f"2 QMP sockets in {vms}, ")
        found.list.itemClicked.emit(found.list.topLevelItem(0), 0)
        checked(arun, dialog)
        assert dialog.endpoint_edit.text() == found.paths()[0]
        assert dialog.problem_label.text() == "" and ok_button(dialog).isEnabled()
        assert found.tasks.get("search") is None  # choosing one does not search again
    finally:
        qemu.stop()


@pytest.mark.qemu
def test_found_sockets_say_when_a_crowded_folder_stopped_the_search(
    qtbot: Any,
    arun: AsyncRunner,
    dialogs: list[VmDialog],
    short_tmp: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    runtime = short_tmp / "runtime"
    runtime.mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    qemu = QemuVm(runtime, name="web1").start()
    for index in range(places.SUB_FOLDERS + 1):  # more folders below than are read
        (runtime / f"d{index:04}").mkdir()
    entries = places.SUB_FOLDERS + 3
    stopped = (
        f" The search stopped early: it looked at the first {entries:,} entries of {runtime} "
        "and its folders only. For a socket not listed, choose its folder with Browse… or "
        "type its path."
    )
    try:
        dialog = open_dialog(qtbot, dialogs)
        dialog.show()
        found = dialog.found
        arun.wait(lambda: "QMP socket" in found.status.text())
        # The place's own sockets are all read before the folders below it.
        assert set(found.paths()) == {str(qemu.app_socket), str(qemu.watch_socket)}
        assert found.status.text() == (
            f"2 QMP sockets in {runtime}: choose one to fill in the endpoint." + stopped
        )
    finally:
        qemu.stop()
    found.again.click()
    arun.wait(lambda: found.again.isEnabled() and found.paths() == [])
    assert found.status.text() == f"No QMP socket answered in {runtime}." + stopped


def test_found_sockets_pass_over_places_that_cannot_be_read(
    qtbot: Any,
    arun: AsyncRunner,
    dialogs: list[VmDialog],
    short_tmp: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # No $XDG_RUNTIME_DIR yet (no login session), a /run that is not a folder here.
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(short_tmp / "missing"))
    (short_tmp / "run").write_text("")
    monkeypatch.setattr(places, "SYSTEM_PLACES", (str(short_tmp / "run"),))
    dialog = open_dialog(qtbot, dialogs)
    dialog.show()
    found = dialog.found
    arun.wait(found.again.isEnabled)
    assert found.status.text() == (
        f"None of the folders searched could be read ({short_tmp}/missing, {short_tmp}/run)."
    )
    (short_tmp / "vms").mkdir()
    qtbot.keyClicks(dialog.endpoint_edit, f"{short_tmp}/vms/db1.qmp")
    arun.wait(lambda: dialog.problem_label.text() == NO_SOCKET_YET)
    arun.wait(lambda: found.status.text() == f"No QMP socket answered in {short_tmp}/vms.")


def qemu_version(qemu: QemuVm) -> str:
    version = qemu.watch.greeting["QMP"]["version"]["qemu"]
    return f"{version['major']}.{version['minor']}.{version['micro']}"

"""No secret typed in the console (both modes) or run in the batch runner reaches a
file or an export: history.json, the log files, both transcript exports and the
batch export, against a real QEMU 7.2 with a VNC server that takes a password."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from qmpgui.qmp.secrets import MASK
from qmpgui.store.history import default_history_path
from tests.helpers.console import open_console, send
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.secret_inputs import (
    MARK,
    files_with_mark,
    hmp_as_qmp,
    hmp_lines,
    qmp_lines,
    vnc_with_password,
)
from tests.helpers.windows import Windows


@pytest.mark.qemu
def test_secrets_typed_or_run_reach_no_file_or_export(
    short_tmp: Path, windows: Windows, arun: AsyncRunner, tmp_path: Path
) -> None:
    vm = QemuVm(short_tmp).start(extra=vnc_with_password(short_tmp))
    try:
        window, console = open_console(windows, vm, config={"confirm_destructive": False})
        for line in [*qmp_lines("q"), *(hmp_as_qmp(line) for line in hmp_lines("j"))]:
            send(arun, console, line)
        console.hmp_button.click()
        for line in hmp_lines("h"):
            send(arun, console, line)
        # QEMU read each line as the masking did: the secret it holds is the one typed.
        assert vm.watch.execute("qom-get", {"path": "/objects/sAh", "property": "data"}) == (
            f"{MARK}a"
        )
        assert vm.watch.execute("qom-get", {"path": "/objects/sBj", "property": "data"}) == (
            f"{MARK}b"
        )
        assert vm.watch.execute("qom-get", {"path": "/objects/sKq", "property": "data"}) == (
            f"{MARK}n"
        )

        console.batch_button.click()
        panel = console.batch
        script = [*(f"hmp {line}" for line in hmp_lines("b")), *qmp_lines("p")]
        panel.script.setPlainText("\n".join(script) + "\n")
        panel.keep_going.setChecked(True)
        panel.run_button.click()
        arun.wait(lambda: panel.summary is not None and panel.run_button.isEnabled())
        assert len(panel.results) == len(script)
        assert vm.watch.execute("qom-get", {"path": "/objects/sHp", "property": "data"}) == (
            f"{MARK}i"
        )

        exports = tmp_path / "exports"
        exports.mkdir()
        (exports / "console.jsonl").write_text(console.transcript_text(plain=False))
        (exports / "console.txt").write_text(console.transcript_text(plain=True))
        (exports / "batch.jsonl").write_text(panel.records_text())
        windows.close(window)  # the log files and the history are written whole

        history = default_history_path()
        logs = list((history.parent / "logs").glob("*.jsonl"))
        assert all(MASK in path.read_text() for path in [history, *exports.iterdir()])
        assert any(MASK in path.read_text() for path in logs)  # the VM's, beside qmpgui's own
        assert files_with_mark(tmp_path) == []
    finally:
        vm.stop()


@pytest.mark.qemu
def test_a_recalled_line_does_not_set_the_secret_to_the_mask(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    # The history keeps secrets masked: Up brings back `data=********`, which QEMU would
    # take as the secret without a word.
    vm = QemuVm(short_tmp).start()
    try:
        _window, console = open_console(windows, vm)
        first = send(arun, console, f"object-add qom-type=secret id=sR data={MARK}r")
        assert first.exchange is not None and first.exchange.ok
        vm.watch.execute("object-del", {"id": "sR"})
        console.input.setPlainText("")
        arun.qtbot.keyClick(console.input, Qt.Key.Key_Up)
        assert MASK in console.input.toPlainText()
        again = send(arun, console, console.input.toPlainText())
        assert again.exchange is not None and again.exchange.failure is not None
        assert "type the secret again" in again.exchange.failure
        objects = vm.watch.execute("qom-list", {"path": "/objects"})
        assert "sR" not in [child["name"] for child in objects]
    finally:
        vm.stop()

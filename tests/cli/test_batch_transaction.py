"""qmpgui-batch runs qmp-shell's transaction block as one command: a real process
against a real QEMU, checked on the VM's second monitor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.qemu_vm import QemuVm

REPO = Path(__file__).resolve().parents[2]
#: A drive that reads zeroes and needs no file: a node for dirty bitmaps.
DRIVE = ["-drive", "if=none,id=drive0,file=null-co://,format=raw"]


def bitmaps(vm: QemuVm) -> set[str]:
    (drive,) = vm.watch.execute("query-block")
    return {b["name"] for b in drive["inserted"].get("dirty-bitmaps", [])}


def batch(endpoint: Path, script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qmpgui.cli.batch", str(endpoint), "-"],
        check=False,  # the exit status is what the test checks
        cwd=REPO,
        input=script,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.qemu
def test_a_script_block_is_one_transaction(short_tmp: Path) -> None:
    vm = QemuVm(short_tmp).start(extra=DRIVE)
    try:
        done = batch(
            vm.app_socket,
            "transaction(\n"
            "  block-dirty-bitmap-add node=drive0 name=b1\n"
            "  block-dirty-bitmap-add node=drive0 name=b2 granularity=131072\n"
            ")\n"
            "query-status\n",
        )
        assert done.returncode == 0, done.stderr
        assert "line 1: transaction ok" in done.stdout
        assert "sent 2, ok 2, failed 0" in done.stderr
        assert bitmaps(vm) == {"b1", "b2"}
        # All or nothing: an action that fails takes the others with it.
        done = batch(
            vm.app_socket,
            "transaction( block-dirty-bitmap-add node=drive0 name=b3\n"
            "block-dirty-bitmap-add node=drive0 name=b1 )\n",
        )
        assert done.returncode == 1
        assert "sent 1, ok 0, failed 1" in done.stderr
        assert bitmaps(vm) == {"b1", "b2"}
        # A block left open is named, and nothing is sent.
        done = batch(
            vm.app_socket,
            "query-status\ntransaction(\nblock-dirty-bitmap-clear node=drive0 name=b1\n",
        )
        assert done.returncode == 2
        assert "line 2, column 1: the transaction is not closed" in done.stderr
    finally:
        vm.stop()

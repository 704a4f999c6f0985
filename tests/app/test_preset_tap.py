"""The NIC preset's tap backend against a real QEMU 7.2 (run as root here, so that it
can make a tap): the form says whether QEMU runs the host's /etc/qemu-ifup and
/etc/qemu-ifdown, and what is sent does what it says, seen in the test's own monitor
(`info network`) and in the host's view of the tap (`ip link`)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from qmpgui.ui.preset_nic_form import NicForm
from tests.helpers.presets import added, hmp, open_dialog, peripherals
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows


def link_flags(name: str) -> set[str]:
    """The flags `ip link` shows for the interface `name` ({"BROADCAST", "UP", ...})."""
    shown = subprocess.run(
        ["ip", "link", "show", name], capture_output=True, text=True, timeout=10, check=True
    ).stdout
    return set(shown.split("<", 1)[1].split(">", 1)[0].split(","))


@pytest.mark.qemu
def test_a_tap_nic_says_which_host_scripts_run_and_runs_just_those(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    # Names of this run only: the host's interfaces are shared.
    quiet, scripted = f"qgq{os.getpid() % 100000}", f"qgs{os.getpid() % 100000}"
    vm = QemuVm(short_tmp, name="taps").start()
    try:
        window = windows.on(vm)
        dialog = open_dialog(window, arun)
        assert dialog.select_preset("nic")
        form = dialog.presets.forms["nic"]
        assert isinstance(form, NicForm)
        form.backend_box.setCurrentText("tap")
        # No name yet: the host names the tap, and the note says so in every choice.
        note = form.scripts_note.text()
        assert "No script runs: QEMU makes a new tap, which the host names" in note
        assert "the tap and leaves" not in note and "set the tap up" not in note
        assert "Backend details (ifname=…)" in note and "ip link set TAP master BRIDGE up" in note
        form.scripts_box.setCurrentIndex(1)
        note = form.scripts_note.text()
        assert "then runs /etc/qemu-ifup with the tap's name on this VM's host" in note
        assert "/etc/qemu-ifdown with it runs when the backend goes" in note
        assert "qemu-ifup the tap" not in note and "qemu-ifdown the tap" not in note
        form.scripts_box.setCurrentIndex(0)
        form.ifname.setText(quiet)
        # Proposed: no script; the form says the tap stays down and how to bring it up.
        note = form.scripts_note.text()
        assert form.scripts_note.isVisibleTo(form)
        assert f"No script runs: QEMU makes {quiet} (or opens it" in note
        assert f"ip link set {quiet} master BRIDGE up" in note
        assert '"script": "no", "downscript": "no"' in dialog.presets.preview.toPlainText()
        dialog.add_button.click()
        added(window, arun)
        assert f"ifname={quiet},script=no,downscript=no" in hmp(vm, "info network")
        assert "UP" not in link_flags(quiet)  # /etc/qemu-ifup did not run

        # The host's scripts, chosen: said, sent, and run (qemu-ifup brings the tap up).
        dialog = open_dialog(window, arun)
        assert dialog.select_preset("nic")
        form = dialog.presets.forms["nic"]
        assert isinstance(form, NicForm)
        form.backend_box.setCurrentText("tap")
        form.ifname.setText(scripted)
        form.scripts_box.setCurrentIndex(1)
        note = form.scripts_note.text()
        assert f"then runs /etc/qemu-ifup {scripted} on this VM's host" in note
        assert f"/etc/qemu-ifdown {scripted} runs when the backend goes" in note
        dialog.add_button.click()
        added(window, arun)
        network = hmp(vm, "info network")
        assert f"ifname={scripted},script=/etc/qemu-ifup,downscript=/etc/qemu-ifdown" in network
        assert "UP" in link_flags(scripted)
        assert peripherals(vm)["nic1"] == "child<e1000>"
    finally:
        vm.stop()

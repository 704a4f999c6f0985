"""A preset's commands sent to a real QEMU 7.2 when the image could not be looked at
on this host (QEMU on another host): a format that is not the file's is refused by
QEMU at the format node, said in words for every format the form offers, and the
file node made before it is removed again, as the test's own monitor sees."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from qmpgui.qmp.presets import IMAGE_FORMATS, device_step, image_steps
from qmpgui.session import VmSession
from qmpgui.session.presets import run_preset
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner


@pytest.mark.qemu
def test_a_format_the_image_is_not_is_said_in_words_and_nothing_is_left_behind(
    qemu: QemuVm, short_tmp: Path, arun: AsyncRunner
) -> None:
    image = short_tmp / "b.raw"
    subprocess.run(["qemu-img", "create", "-q", "-f", "raw", str(image), "16M"], check=True)
    session = VmSession("", str(qemu.app_socket))
    session.connect_vm()
    arun.wait(lambda: session.connected)
    try:
        for fmt in (f for f in IMAGE_FORMATS if f != "raw"):
            nodes, top = image_steps(str(image), fmt, True, set(), "disk0")
            steps = [*nodes, device_step("virtio-blk-pci", "disk0", "", {"drive": top})]
            result = arun(run_preset(session, "Add device", steps))
            assert not result.ok
            assert result.sentence == (
                f"blockdev-add failed: QEMU found that {image} is not a {fmt} image: choose "
                f"the image's own format (qemu-img info {image} says which); what it had "
                "created (the drive node 'disk0-file') is removed again: nothing is left "
                "behind"
            ), fmt
            assert qemu.watch.execute("query-named-block-nodes", {"flat": True}) == []
    finally:
        arun(session.aclose())

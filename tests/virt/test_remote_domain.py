"""A domain of a remote libvirt (`qemu+ssh://`), reached through the tests' own sshd on
127.0.0.1: its monitor, an action and a screenshot all come over SSH."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from qmpgui.session.screendump import screendumper
from tests.helpers.guest_images import RED
from tests.helpers.libvirtd import domstate
from tests.helpers.runner import AsyncRunner
from tests.helpers.sshd import Sshd, SshHome
from tests.helpers.windows import Windows, act

pytestmark = [pytest.mark.libvirt, pytest.mark.qemu, pytest.mark.sshd, pytest.mark.timeout(300)]


def test_a_domain_over_qemu_ssh_works_like_a_local_one(
    domain: str, sshd: Sshd, ssh_home: SshHome, windows: Windows, arun: AsyncRunner
) -> None:
    # As after a first `ssh` to the host: its key known (in the tests' own known_hosts).
    ssh_home.trust(sshd)
    uri = (
        f"qemu+ssh://{sshd.user}@127.0.0.1:{sshd.port}/system"
        f"?keyfile={ssh_home.key}&command={ssh_home.ssh_command()}&no_tty=1"
    )
    window = windows.on(f"{uri}#{domain}", config={"confirm_destructive": False})
    session = window.model.session(0)
    assert session.run_status == "running"
    assert session.info.query_name == domain  # through the pass-through, over SSH
    assert sshd.connections() >= 1
    act(window, "actionStop").trigger()
    arun.wait(lambda: domstate(domain) == "paused")
    arun.wait(lambda: session.run_status == "paused")

    def red_screen() -> bool:
        image = QImage.fromData(arun(screendumper(session).capture()).data)
        if image.isNull():
            return False
        pixel = image.pixelColor(image.width() // 2, image.height() // 2)
        return (pixel.red(), pixel.green(), pixel.blue()) == RED

    arun.wait(red_screen)  # libvirt's screenshot stream, from the remote host

"""VMs behind SSH in the window: a real QEMU, a private sshd on 127.0.0.1, a
throwaway HOME; what the app did is checked through QEMU's second monitor, the
sshd's own processes and the files on the (here: this) host."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from qmpgui.models.screen_image import decode
from qmpgui.qmp.ssh.hub import HUB
from qmpgui.session.screendump import screendumper
from qmpgui.session.state import ConnState
from tests.helpers.console import open_console, send
from tests.helpers.dialogs import when_modal
from tests.helpers.guest_images import RED, RED_SCREEN, boot_floppy, floppy_args
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.sshd import Sshd, SshHome, fingerprint
from tests.helpers.windows import Windows, act, told


def screendump_files() -> list[Path]:
    return sorted(Path("/tmp").glob("qmpgui-screendump-*"))


@pytest.fixture
def red_vm(short_tmp: Path) -> Iterator[QemuVm]:
    folder = short_tmp / "red"
    folder.mkdir()
    image = boot_floppy(folder / "red.img", RED_SCREEN)
    vm = QemuVm(folder, name="red").start(extra=floppy_args(image))
    yield vm
    vm.stop()


@pytest.mark.qemu
@pytest.mark.sshd
def test_an_ssh_vm_works_like_a_local_one(
    red_vm: QemuVm, sshd: Sshd, ssh_home: SshHome, windows: Windows, arun: AsyncRunner
) -> None:
    ssh_home.trust(sshd)
    url = sshd.url(red_vm.app_socket)
    window, console = open_console(windows, url)
    session = window.model.session(0)
    assert session.display_name == "red"  # QEMU's -name, read over SSH
    item = send(arun, console, "query-name")
    assert item.exchange is not None and item.exchange.reply == {"return": {"name": "red"}}

    act(window, "actionStop").trigger()
    arun.wait(lambda: red_vm.watch.execute("query-status")["status"] == "paused")
    arun.wait(lambda: session.run_status == "paused")

    # The screendump is written on the VM's host, fetched over SFTP and removed there.
    dumper = screendumper(session)
    assert dumper.obstacle() is None
    before = screendump_files()

    def red_now() -> bool:
        return centre_is_red(arun(dumper.capture("png")).data)

    arun.wait(red_now, timeout=60)
    assert screendump_files() == before


def centre_is_red(data: bytes) -> bool:
    from qmpgui.session.screendump import Capture

    image = decode(Capture(data, "png", 0.0, 0.0))
    from PySide6.QtGui import QColor

    colour = QColor(image.pixel(image.width() // 2, image.height() // 2))
    return (colour.red(), colour.green(), colour.blue()) == RED


@pytest.mark.qemu
@pytest.mark.sshd
def test_an_unknown_host_key_is_asked_in_the_window_and_saved(
    qemu: QemuVm, sshd: Sshd, ssh_home: SshHome, windows: Windows, arun: AsyncRunner
) -> None:
    seen = when_modal(QMessageBox, lambda box: box.findChild(object, "sshTrustHostKey").click())
    window = windows.on(sshd.url(qemu.app_socket))
    assert len(seen.texts) == 1
    assert f"[127.0.0.1]:{sshd.port}" in seen.texts[0]
    assert f"ssh-ed25519 key fingerprint is<br><tt>{fingerprint(sshd)}</tt>" in seen.texts[0]
    assert ssh_home.known_hosts.read_text() == sshd.known_hosts_line()
    assert window.model.session(0).connected


@pytest.mark.qemu
@pytest.mark.sshd
def test_an_unknown_host_key_refused_in_the_window_is_an_error_saying_so(
    qemu: QemuVm, sshd: Sshd, ssh_home: SshHome, windows: Windows, arun: AsyncRunner
) -> None:
    when_modal(QMessageBox, lambda box: box.reject())
    window = windows.open(sshd.url(qemu.app_socket))
    session = window.model.session(0)
    arun.wait(lambda: session.state is ConnState.ERROR)
    assert session.error == (
        f"the host key of [127.0.0.1]:{sshd.port} (ssh-ed25519 {fingerprint(sshd)}) was not "
        "trusted: nothing was sent to it"
    )
    assert told(window, "was not trusted")
    assert ssh_home.known_hosts.read_text() == ""
    assert qemu.watch.execute("query-status")["status"] == "running"


@pytest.mark.qemu
@pytest.mark.sshd
def test_a_passphrase_is_asked_in_the_window(
    qemu: QemuVm, sshd: Sshd, ssh_home: SshHome, windows: Windows, arun: AsyncRunner
) -> None:
    from tests.helpers.sshd import keygen

    ssh_home.trust(sshd)
    keygen(ssh_home.key, passphrase="s3cret words")
    sshd.authorize(ssh_home.public_key)

    asked: list[str] = []

    def answer(dialog: QInputDialog) -> None:
        asked.append(dialog.labelText())
        dialog.setTextValue("s3cret words")
        dialog.accept()

    when_modal(QInputDialog, answer)
    window = windows.on(sshd.url(qemu.app_socket))
    assert window.model.session(0).connected
    assert asked == [f"Passphrase for key {ssh_home.key}:"]
    qemu.watch.execute("stop")  # the window sees what only a live connection can
    arun.wait(lambda: window.model.session(0).run_status == "paused")


@pytest.mark.qemu
@pytest.mark.sshd
def test_ten_vms_on_one_host_share_one_ssh_connection(
    short_tmp: Path, sshd: Sshd, ssh_home: SshHome, windows: Windows, arun: AsyncRunner
) -> None:
    ssh_home.trust(sshd)
    sockets = tuple(short_tmp / f"m{i}.qmp" for i in range(10))
    vm = QemuVm(short_tmp, name="many")
    vm.start(
        extra=[a for s in sockets for a in ("-qmp", f"unix:{s},server=on,wait=off")],
        sockets=sockets,
    )
    try:
        window = windows.on(*(sshd.url(s) for s in sockets))
        assert len(window.model.sessions) == 10
        assert sshd.connections() == 1
        assert HUB.connections() == 1
        act(window, "actionDisconnect").trigger()
        arun.wait(lambda: sshd.connections() == 0)  # the last VM let it go
    finally:
        vm.stop()


@pytest.mark.qemu
@pytest.mark.sshd
def test_a_lost_ssh_connection_shows_and_the_vm_reconnects_when_sshd_is_back(
    qemu: QemuVm, sshd: Sshd, ssh_home: SshHome, windows: Windows, arun: AsyncRunner
) -> None:
    ssh_home.trust(sshd)
    window = windows.on(sshd.url(qemu.app_socket))
    session = window.model.session(0)
    sshd.stop()
    arun.wait(lambda: session.state is ConnState.RECONNECTING)
    assert told(window, "the SSH connection to 127.0.0.1 was lost")
    sshd.start()
    arun.wait(lambda: session.connected, timeout=60)
    act(window, "actionStop").trigger()
    arun.wait(lambda: qemu.watch.execute("query-status")["status"] == "paused")

"""Every kind of display listener QEMU reports, shown and opened for what it is: a unix
socket (never "reachable from the network"), several VNC servers, websockets, TLS."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from qmpgui.app.main_window import MainWindow
from qmpgui.models.display_model import DisplayModel
from qmpgui.models.palette import Tone
from qmpgui.models.text import DASH
from qmpgui.ui.panes.display import DisplayPane
from tests.helpers.certs import server_certificates
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.viewers import fake_viewer, free_display, free_port
from tests.helpers.windows import Windows


@pytest.fixture
def vm(short_tmp: Path) -> Iterator[QemuVm]:
    """A QEMU the test starts itself (QemuVm.start) with its sockets in `vm.folder`."""
    made = QemuVm(short_tmp, name="displays")
    yield made
    made.stop()


@pytest.fixture
def programs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The only folder on PATH, empty: no viewer is installed until the test makes one."""
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("PATH", str(folder))
    return folder


def shown(window: MainWindow, arun: AsyncRunner) -> DisplayPane:
    """The Display pane on screen, once it shows the VM's VNC and SPICE servers."""
    pane = window.pane(DisplayPane)
    window.panes.setCurrentWidget(pane)
    arun.wait(lambda: all(value(pane.model, key) != DASH for key in ("vnc", "spice")))
    return pane


def value(model: DisplayModel, *keys: object) -> str:
    return str(model.data(model.find(*keys).siblingAtColumn(1)))


def children(model: DisplayModel, key: str) -> dict[str, list[str]]:
    """The rows under a server's row: label -> its values (listeners share a label)."""
    parent = model.find(key)
    rows: dict[str, list[str]] = {}
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        rows.setdefault(str(model.data(index)), []).append(
            str(model.data(index.siblingAtColumn(1)))
        )
    return rows


def warned(model: DisplayModel, key: str) -> bool:
    """Whether the server's row says it is reachable from the network."""
    node = model.node(model.find(key))
    return model.find(key, "exposed").isValid() or (node is not None and node.tone is Tone.WARNING)


def entries(pane: DisplayPane) -> list[str]:
    menu = pane.open_button.menu()
    return [action.text() for action in menu.actions()] if menu is not None else []


def choose(pane: DisplayPane, text: str) -> None:
    """Choose the Open viewer menu's entry `text`, as a click on it does."""
    menu = pane.open_button.menu()
    assert menu is not None
    next(a for a in menu.actions() if a.text() == text).trigger()


@pytest.mark.qemu
def test_vnc_on_a_unix_socket_is_local_and_opens_by_its_path(
    vm: QemuVm, windows: Windows, arun: AsyncRunner, programs: Path
) -> None:
    path = vm.folder / "vnc.sock"
    vm.start(extra=["-vnc", f"unix:{path}"], sockets=(path,))
    window = windows.on(vm)
    pane = shown(window, arun)
    model = pane.model
    assert value(model, "vnc") == f"enabled on unix socket {path}"
    assert children(model, "vnc")["Socket"] == [str(path)]
    assert children(model, "vnc")["Listener default"] == [f"unix socket {path} (auth none)"]
    assert not warned(model, "vnc")  # a unix socket is not reachable from the network

    remote = fake_viewer(programs, "remote-viewer")  # opens VNC by host and port only
    pane.open_button.click()
    assert "No viewer for VNC on unix socket" in pane.note.text()
    assert "TigerVNC's vncviewer" in pane.note.text() and not remote.exists()

    record = fake_viewer(programs, "vncviewer")
    pane.open_button.click()
    arun.wait(record.exists)
    assert record.read_text().strip() == str(path)


@pytest.mark.qemu
def test_several_vnc_servers_a_websocket_and_spice_on_a_unix_socket(
    vm: QemuVm, windows: Windows, arun: AsyncRunner, programs: Path
) -> None:
    vnc_path, spice_path = vm.folder / "vnc.sock", vm.folder / "spice.sock"
    display = free_display(first=61)
    port, ws_port = 5900 + display, 5700 + display
    vm.start(
        extra=[
            "-vnc",
            f"unix:{vnc_path}",
            "-vnc",
            f"127.0.0.1:{display},id=second,websocket=on",
            "-spice",
            f"unix=on,addr={spice_path},disable-ticketing=on",
        ],
        sockets=(vnc_path, spice_path),
    )
    window = windows.on(vm)
    pane = shown(window, arun)
    model = pane.model

    every = f"127.0.0.1:{port}, ws://127.0.0.1:{ws_port}, unix socket {vnc_path}"
    assert value(model, "vnc") == f"enabled on {every}"
    rows = children(model, "vnc")
    assert rows["Listener second"] == [
        f"127.0.0.1:{port} (ipv4, auth none)",
        f"ws://127.0.0.1:{ws_port} (ipv4, auth none)",
    ]
    assert rows["Listener default"] == [f"unix socket {vnc_path} (auth none)"]
    assert value(model, "spice") == f"enabled on unix socket {spice_path}"
    assert children(model, "spice")["Socket"] == [str(spice_path)]
    assert not warned(model, "vnc") and not warned(model, "spice")

    assert entries(pane) == [
        f"Open VNC viewer on 127.0.0.1:{port}",
        f"Copy VNC websocket address ws://127.0.0.1:{ws_port}",
        f"Open VNC viewer on unix socket {vnc_path}",
        f"Open SPICE viewer on unix socket {spice_path}",
    ]
    vncviewer, remote = fake_viewer(programs, "vncviewer"), fake_viewer(programs, "remote-viewer")
    choose(pane, f"Open VNC viewer on unix socket {vnc_path}")
    arun.wait(vncviewer.exists)
    assert vncviewer.read_text().strip() == str(vnc_path)
    choose(pane, f"Open SPICE viewer on unix socket {spice_path}")
    arun.wait(remote.exists)
    assert remote.read_text().strip() == f"spice+unix://{spice_path}"
    vncviewer.unlink()
    choose(pane, f"Open VNC viewer on 127.0.0.1:{port}")  # remote-viewer comes first
    arun.wait(lambda: remote.read_text().strip() == f"vnc://127.0.0.1:{port}")

    # No desktop viewer speaks VNC over a websocket: its address is copied instead.
    choose(pane, f"Copy VNC websocket address ws://127.0.0.1:{ws_port}")
    assert QApplication.clipboard().text() == f"ws://127.0.0.1:{ws_port}"
    assert "noVNC" in pane.note.text() and not vncviewer.exists()


@pytest.mark.qemu
def test_tls_listeners_say_so_and_open_in_viewers_that_speak_tls(
    vm: QemuVm, windows: Windows, arun: AsyncRunner, programs: Path
) -> None:
    pki = server_certificates(vm.folder / "pki")
    display = free_display(first=71)
    port, ws_port, spice_port = 5900 + display, 5700 + display, free_port(first=5950)
    vm.start(
        extra=[
            "-object",
            f"tls-creds-x509,id=tls0,dir={pki},endpoint=server,verify-peer=off",
            "-vnc",
            f"127.0.0.1:{display},tls-creds=tls0,websocket=on",
            "-spice",
            f"tls-port={spice_port},addr=127.0.0.1,x509-dir={pki},disable-ticketing=on",
        ]
    )
    window = windows.on(vm)
    pane = shown(window, arun)
    model = pane.model

    assert value(model, "vnc") == (
        f"enabled on 127.0.0.1:{port} (TLS), wss://127.0.0.1:{ws_port} (TLS)"
    )
    assert children(model, "vnc")["Listener default"] == [
        f"127.0.0.1:{port} (ipv4, auth vencrypt, TLS x509-none)",
        f"wss://127.0.0.1:{ws_port} (ipv4, auth none, TLS)",  # TLS at the websocket layer
    ]
    assert children(model, "vnc")["Auth"] == ["vencrypt+x509+none"]
    assert value(model, "spice") == f"enabled on 127.0.0.1:{spice_port} (TLS)"
    assert not warned(model, "vnc") and not warned(model, "spice")

    vnc_entry = f"Open VNC viewer on 127.0.0.1:{port} (TLS)"
    spice_entry = f"Open SPICE viewer on 127.0.0.1:{spice_port} (TLS)"
    assert entries(pane) == [
        vnc_entry,
        f"Copy VNC websocket address wss://127.0.0.1:{ws_port}",
        spice_entry,
    ]
    tight = fake_viewer(programs, "xtightvncviewer")  # TightVNC speaks no VeNCrypt
    choose(pane, vnc_entry)
    assert f"No viewer for VNC on 127.0.0.1:{port} is installed" in pane.note.text()
    assert not tight.exists()

    remote = fake_viewer(programs, "remote-viewer")
    choose(pane, vnc_entry)
    arun.wait(remote.exists)
    assert remote.read_text().strip() == f"vnc://127.0.0.1:{port}"
    choose(pane, spice_entry)
    arun.wait(lambda: remote.read_text().strip() == f"spice+tls://127.0.0.1:{spice_port}")

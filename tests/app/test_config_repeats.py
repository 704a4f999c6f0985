"""A hand-edited configuration that lists one endpoint (or connection) several times:
loaded once and said, not three rows of which two show "monitor busy"; the file stays
as the user wrote it until it is saved for another reason, which keeps every entry."""

from __future__ import annotations

import json

import pytest

from qmpgui.session import ConnState
from qmpgui.store.config import default_config_path
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, messages


@pytest.mark.qemu
def test_an_endpoint_listed_three_times_is_shown_once_and_said(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    socket = str(qemu.app_socket)
    vms = [
        {"name": "first", "endpoint": socket, "autoconnect": True},
        {"name": "again", "endpoint": f"unix:{socket}", "autoconnect": True},
        {"name": "and again", "endpoint": socket, "autoconnect": True},
        {"name": "other", "endpoint": "/nonexistent/other.qmp", "autoconnect": False},
    ]
    link = {"uri": "qemu:///system", "autoconnect": False}
    text = json.dumps({"vms": vms, "connections": [link, link]}, indent=1)
    window = windows.open(config=text)
    path = default_config_path()
    names = [s.display_name for s in window.model.sessions]
    assert names == ["first", "other"]
    session = window.model.sessions[0]
    arun.wait(lambda: session.state is ConnState.CONNECTED)
    said = (
        f"{path}: {socket} is listed 3 times: shown once, the other 2 entries ignored; "
        "qemu:///system is listed 2 times: shown once, the other entry ignored (the file is "
        "left as it is)"
    )
    assert said in messages(window)
    assert len(window.model.connections) == 1
    assert not any("monitor busy" in m for m in messages(window))
    arun.qtbot.wait(300)
    assert path.read_text() == text  # not rewritten for it

    # Saved for another reason (a VM renamed): every other entry is still there.
    session.configured_name = "renamed"
    window.fleet.save_config()
    arun.wait(lambda: path.read_text() != text)
    saved = json.loads(path.read_text())["vms"]
    assert "/nonexistent/other.qmp" in [vm["endpoint"] for vm in saved]
    assert "renamed" in [vm["name"] for vm in saved]

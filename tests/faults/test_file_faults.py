"""Files that fail the window: a configuration it cannot read or parse, and a disk
that fills up while the configuration or a screendump is saved."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import threading
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import qmpgui.models.screen_image
import qmpgui.store.config
import qmpgui.store.files
from qmpgui.app.main_window import MainWindow
from qmpgui.session import ConnState
from qmpgui.ui.screendump_viewer import ScreendumpViewer
from tests.helpers.dialogs import answer_dialog
from tests.helpers.fake_qmp import FakeQmpServer
from tests.helpers.guard import Guard
from tests.helpers.runner import AsyncRunner
from tests.helpers.screendump import PictureServer, open_viewer, picture
from tests.helpers.windows import Windows, config_file, log_texts, messages, status_text, told

NO_SPACE = os.strerror(errno.ENOSPC)  # "No space left on device"


def disk_full(*_args: Any) -> None:
    raise OSError(errno.ENOSPC, NO_SPACE)


def rename_first_vm(window: MainWindow, name: str) -> None:
    """Edit the VM's name in its dialog, as a user does: the window saves the configuration."""
    session = window.model.session(0)
    window.select_session(session)
    answer_dialog(session.endpoint_text, name)
    window.list_actions.edit.trigger()
    assert session.configured_name == name


def test_a_config_path_that_cannot_be_read(
    short_tmp: Path, windows: Windows, arun: AsyncRunner, tmp_path: Path, guard: Guard
) -> None:
    path = config_file(tmp_path)
    path.mkdir(parents=True)  # a folder where the file should be: root cannot read it either
    (path / "keep.txt").write_text("mine")
    window = windows.open(str(short_tmp / "none.sock"))
    expected = f"cannot read {path}: Is a directory; settings changed in this run will not be saved"
    assert window.banner.isVisible() and window.banner.label.text() == f"Warning: {expected}"
    assert any(text == expected for text in messages(window))
    arun.wait(lambda: expected in log_texts(window))  # once the log files are read back
    session = window.model.session(0)
    start = guard.ticks
    arun.wait(lambda: session.state is ConnState.WAITING)  # the window goes on working
    guard.ticked_since(start)

    rename_first_vm(window, "renamed")
    refusal = (
        f"not saved: {path} could not be read at start-up; qmpgui saves its changes once it "
        "can read the file"
    )
    assert status_text(window) == f"Warning: {refusal}"
    assert told(window, refusal)
    windows.close(window)  # saves nothing either
    assert path.is_dir() and (path / "keep.txt").read_text() == "mine"  # untouched
    guard.assert_clean()


def test_a_corrupt_config_is_kept_aside_not_overwritten(
    short_tmp: Path, windows: Windows, arun: AsyncRunner, tmp_path: Path, guard: Guard
) -> None:
    path = config_file(tmp_path)
    path.parent.mkdir(parents=True)
    corrupt = b'{"vms": [{"endpoint": "/run/a.qmp"}],,}\n'
    path.write_bytes(corrupt)
    window = windows.open()
    (aside,) = path.parent.glob("config.json.corrupt-*")
    expected = (
        f"{path} is not a valid configuration (line 1 column 38: Expecting property "
        "name enclosed in double quotes); "
        f"it was kept as {aside.name} and qmpgui started with an empty configuration"
    )
    assert window.banner.isVisible() and window.banner.label.text() == f"Warning: {expected}"
    arun.wait(lambda: told(window, expected))
    start = guard.ticks
    answer_dialog(str(short_tmp / "none.sock"), "new")
    window.list_actions.add.trigger()  # the window works, and saves a fresh file
    arun.wait(lambda: path.exists() and window.model.session(0).state is ConnState.WAITING)
    guard.ticked_since(start)
    assert json.loads(path.read_text())["vms"][0]["name"] == "new"
    assert aside.read_bytes() == corrupt  # what the user wrote is still there, as it was
    guard.assert_clean()


def test_a_second_corrupt_config_in_the_same_second_keeps_the_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config.json"
    monkeypatch.setattr(qmpgui.store.config.time, "strftime", lambda _fmt: "20250101-120000")
    path.write_text("{first")
    qmpgui.store.config.load_config(path)
    path.write_text("{second")
    result = qmpgui.store.config.load_config(path)
    kept = sorted(p.read_text() for p in tmp_path.glob("config.json.corrupt-*"))
    assert kept == ["{first", "{second"]
    assert "config.json.corrupt-20250101-120000-2" in result.problems[0]


def test_disk_full_while_saving_the_config(
    short_tmp: Path,
    windows: Windows,
    arun: AsyncRunner,
    tmp_path: Path,
    *,
    guard: Guard,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = config_file(tmp_path)
    path.parent.mkdir(parents=True)
    before = json.dumps({"vms": [{"name": "kept", "endpoint": str(short_tmp / "none.sock")}]})
    path.write_text(before)
    # The data is written to a temporary file, then fsync'ed: that is where a full disk
    # fails (the page cache took the write). Only the atomic writer's own os sees it.
    full_os = types.SimpleNamespace(**{**vars(os), "fsync": disk_full})
    monkeypatch.setattr(qmpgui.store.files, "os", full_os)
    window = windows.open()
    start = guard.ticks
    rename_first_vm(window, "renamed")
    expected = f"could not save {path}: {NO_SPACE}; the previous file is unchanged"
    arun.wait(lambda: told(window, expected))
    guard.ticked_since(start)
    assert status_text(window) == f"Error: {expected}"
    assert path.read_text() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["config.json"]  # no temp file
    guard.assert_clean()


class FullDisk:
    """open() for writing as on a full disk: the file is opened (and truncated), the
    write fails with ENOSPC."""

    def __init__(self) -> None:
        self.opened: list[str] = []

    def __call__(self, file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = open(file, mode, *args, **kwargs)  # noqa: SIM115
        if "w" in mode:
            self.opened.append(str(file))
            handle.write = disk_full
        return handle


@contextlib.contextmanager
def screendump_viewer(
    folder: Path, windows: Windows, arun: AsyncRunner, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, ScreendumpViewer, FullDisk]]:
    """A window on a fake QEMU with a picture in its viewer, on a disk that is full."""
    server = PictureServer({"png": picture("png", swap=False), "ppm": picture("ppm", False)})
    with FakeQmpServer(folder / "pic.sock", server):
        window = windows.on(folder / "pic.sock", poll_interval_s=None)
        viewer = open_viewer(window, arun)
        assert viewer.frame is not None
        full = FullDisk()
        monkeypatch.setattr(qmpgui.models.screen_image, "open", full, raising=False)
        yield window, viewer, full
        viewer.close()


def test_disk_full_while_saving_a_screendump_says_so(
    short_tmp: Path,
    windows: Windows,
    arun: AsyncRunner,
    tmp_path: Path,
    *,
    guard: Guard,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with screendump_viewer(short_tmp, windows, arun, monkeypatch) as (window, viewer, full):
        target = tmp_path / "screen.png"
        start = guard.ticks
        assert arun(viewer.save_to(str(target))) is False
        guard.ticked_since(start)
        # Written beside the target under a passing name, renamed only once whole.
        assert len(full.opened) == 1 and full.opened[0].startswith(f"{tmp_path}/.screen.png.")
        expected = f"could not save {target}: {NO_SPACE}"
        assert viewer.error.text() == expected
        name = viewer.session.display_name
        assert status_text(window) == f"Error: {name}: screendump: {expected}"
        assert told(window, expected)
    guard.assert_clean()


def test_disk_full_while_saving_a_screendump_keeps_the_previous_file(
    short_tmp: Path,
    windows: Windows,
    arun: AsyncRunner,
    tmp_path: Path,
    *,
    guard: Guard,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "screen.png"
    target.write_bytes(b"the picture saved last time")
    with screendump_viewer(short_tmp, windows, arun, monkeypatch) as (_window, viewer, _full):
        assert arun(viewer.save_to(str(target))) is False
        unchanged = target.read_bytes() == b"the picture saved last time"
        leftovers = sorted(p.name for p in tmp_path.iterdir())
    guard.assert_clean()
    assert unchanged
    assert leftovers == ["screen.png"]  # the partial file is gone too


def test_an_outside_edit_while_a_save_waits_keeps_both_and_says_where_they_clash(
    short_tmp: Path, windows: Windows, arun: AsyncRunner, tmp_path: Path, guard: Guard
) -> None:
    path = config_file(tmp_path)
    endpoint = str(short_tmp / "none.sock")
    config = {"vms": [{"name": "a", "endpoint": endpoint}], "poll_interval_s": 5}
    window = windows.open(config=config)
    # The file writer is busy (a slow disk): the user's save waits behind that job.
    busy = threading.Event()
    window.writer.submit(busy.wait, 30)
    rename_first_vm(window, "mine")
    assert json.loads(path.read_text())["vms"][0]["name"] == "a"  # not written yet
    # Meanwhile an editor changes the file: a setting, a note of the user's, and the
    # same VM's name, to another name.
    edited = json.loads(path.read_text())
    edited.update(poll_interval_s=7, my_note="theirs")
    edited["vms"][0]["name"] = "theirs"
    new = path.with_name("config.json.new")
    new.write_text(json.dumps(edited))
    new.replace(path)
    start = guard.ticks
    busy.set()
    arun.wait(lambda: any("was edited on disk" in m for m in messages(window)))
    guard.ticked_since(start)
    (aside,) = path.parent.glob("config.json.edited-*")
    expected = (
        "config.json was edited on disk while qmpgui changed the same settings: VM a name: "
        '"theirs" in the file, "mine" in qmpgui. qmpgui\'s values are kept; the edited file '
        f"is kept as {aside.name}"
    )
    arun.wait(lambda: told(window, expected))
    assert status_text(window) == f"Warning: {expected}"
    # What did not clash is taken from the file and said; the user's rename is saved.
    said = "config.json changed on disk: poll_interval_s 7, my_note (not a qmpgui setting"
    assert any(said in m for m in messages(window))
    assert window.settings.poll_interval_s == 7
    saved = json.loads(path.read_text())
    assert saved["vms"] == [{"name": "mine", "endpoint": endpoint}]
    assert (saved["poll_interval_s"], saved["my_note"]) == (7, "theirs")
    # And the file's name for the VM is not lost: the edited file is kept whole.
    assert json.loads(aside.read_text()) == edited
    assert window.model.session(0).display_name == "mine"
    guard.assert_clean()

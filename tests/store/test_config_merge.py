"""Saving merges the window's changes into the file as it is now; comparing the file with
what the window last saw tells what was edited outside it."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest

from qmpgui.store.config import Config, ConnectionEntry, VmEntry, parse_config
from qmpgui.store.config_merge import (
    SavedVm,
    base_of,
    describe,
    find_changes,
    read_config,
    save_merged,
)

#: The file as the window read it at start-up.
START: dict[str, Any] = {
    "vms": [
        {"name": "web1", "endpoint": "/run/web1.qmp", "autoconnect": True, "colour": "red"},
        {"name": "db1", "endpoint": "tcp:127.0.0.1:4444", "autoconnect": False},
    ],
    "confirm_destructive": True,
    "poll_interval_s": 2,
}


def loaded(data: dict[str, Any]) -> Config:
    return parse_config(copy.deepcopy(data), "config.json").config


def window_vms(config: Config) -> list[SavedVm]:
    """The window's list as it read it: every VM stands for its own entry."""
    return [
        SavedVm(vm.endpoint, VmEntry(vm.name, vm.endpoint, vm.autoconnect)) for vm in config.vms
    ]


def write(path: Path, data: dict[str, Any] | str) -> None:
    path.write_text(data if isinstance(data, str) else json.dumps(data, indent=4))


def test_a_save_keeps_every_outside_edit_the_window_did_not_make(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    base = loaded(START)
    outside = copy.deepcopy(START)
    outside.update(poll_interval_s=5, confirm_destructive=False, my_note="mine")
    outside["vms"].append({"name": "new", "endpoint": "/run/new.qmp", "autoconnect": False})
    outside["vms"][1]["name"] = "db-renamed"
    write(path, outside)
    # Meanwhile the window changed one setting and renamed web1, from what it had read.
    current = copy.deepcopy(base)
    current.screendump_folder = "/shots"
    vms = window_vms(base)
    vms[0] = SavedVm("/run/web1.qmp", VmEntry("web", "/run/web1.qmp", True))

    saved = save_merged(path, base, current, vms)

    data = json.loads(path.read_text())
    assert data == saved.written
    assert data["poll_interval_s"] == 5 and data["confirm_destructive"] is False
    assert data["my_note"] == "mine" and data["screendump_folder"] == "/shots"
    assert data["vms"] == [
        {"name": "web", "endpoint": "/run/web1.qmp", "autoconnect": True, "colour": "red"},
        {"name": "db-renamed", "endpoint": "tcp:127.0.0.1:4444", "autoconnect": False},
        {"name": "new", "endpoint": "/run/new.qmp", "autoconnect": False},
    ]
    # What the window had not seen yet is reported, for it to apply.
    changes = find_changes(base, saved.found.loaded.config)  # type: ignore[union-attr]
    assert changes.settings == {"poll_interval_s": 5.0, "confirm_destructive": False}
    assert [vm.endpoint for vm in changes.added] == ["/run/new.qmp"]
    assert [(a.name, b.name) for a, b in changes.edited] == [("db1", "db-renamed")]
    assert changes.other_keys == ["my_note"] and changes.removed == []


def test_the_window_s_own_change_wins_on_the_key_it_changed(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    base = loaded(START)
    write(path, {**START, "confirm_destructive": True, "poll_interval_s": 7})
    current = copy.deepcopy(base)
    current.confirm_destructive = False  # "Don't ask again"
    current.poll_interval_s = 3.0
    save_merged(path, base, current, window_vms(base))
    data = json.loads(path.read_text())
    assert data["confirm_destructive"] is False and data["poll_interval_s"] == 3.0


def test_vms_added_edited_and_removed_in_the_window_by_endpoint(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    base = loaded(START)
    outside = copy.deepcopy(START)
    outside["vms"].insert(0, {"name": "theirs", "endpoint": "/run/theirs.qmp"})
    write(path, outside)
    vms = [
        # web1 moved to another socket: its entry keeps its place and its own keys.
        SavedVm("/run/web1.qmp", VmEntry("web1", "unix:/run/web1-gui.qmp", True)),
        SavedVm(None, VmEntry("added", "/run/added.qmp", True)),
    ]  # db1 removed
    save_merged(path, base, copy.deepcopy(base), vms)
    assert json.loads(path.read_text())["vms"] == [
        {"name": "theirs", "endpoint": "/run/theirs.qmp"},
        {
            "name": "web1",
            "endpoint": "unix:/run/web1-gui.qmp",
            "autoconnect": True,
            "colour": "red",
        },
        {"name": "added", "endpoint": "/run/added.qmp", "autoconnect": True},
    ]


def test_a_file_that_is_not_valid_json_is_not_written_over(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    broken = '{"vms": [], "poll_interval_s": 5,, }'
    write(path, broken)
    base = loaded(START)
    current = copy.deepcopy(base)
    current.confirm_destructive = False
    saved = save_merged(path, base, current, window_vms(base))
    assert saved.written is None
    assert (
        saved.found.error
        == "is not valid JSON (line 1 column 34: Expecting property name enclosed in double quotes)"
    )
    assert path.read_text() == broken
    assert [p.name for p in tmp_path.iterdir()] == ["config.json"]


@pytest.mark.parametrize(
    ("content", "error"),
    [
        ("[1, 2]", "is not a JSON object at the top level"),
        (b"\xff\xfe{}", "is not valid UTF-8 text (byte 0)"),
    ],
)
def test_other_unusable_files_are_not_written_over(
    tmp_path: Path, content: str | bytes, error: str
) -> None:
    path = tmp_path / "config.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    before = path.read_bytes()
    base = Config()
    current = Config(confirm_destructive=False)
    assert save_merged(path, base, current, []).found.error == error
    assert path.read_bytes() == before


def test_a_missing_file_is_written_whole_from_the_window(tmp_path: Path) -> None:
    path = tmp_path / "qmpgui" / "config.json"
    base = loaded(START)
    current = copy.deepcopy(base)
    current.poll_interval_s = 4.0
    save_merged(path, base, current, window_vms(base))
    data = json.loads(path.read_text())
    assert [vm["name"] for vm in data["vms"]] == ["web1", "db1"]  # not lost with the file
    assert data["poll_interval_s"] == 4.0 and data["event_log_limit"] == 100_000
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)


def test_an_unusable_value_stays_in_the_file_until_the_window_sets_one(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    write(path, {"vms": [], "poll_interval_s": "fast", "live_interval_s": 99})
    found = read_config(path)
    assert found.loaded is not None
    assert any('poll_interval_s = "fast" is not usable' in p for p in found.loaded.problems)
    live = Config(poll_interval_s=5.0)  # what the window runs with
    base = base_of(found.loaded.config, live)
    assert find_changes(base, found.loaded.config).settings == {}  # not a change: a problem
    current = copy.deepcopy(live)
    current.live_interval_s = 2.0
    save_merged(path, base, current, [])
    data = json.loads(path.read_text())
    assert data["poll_interval_s"] == "fast" and data["live_interval_s"] == 2.0


def test_a_save_that_fails_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config.json"
    write(path, START)
    before = path.read_text()

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    base = loaded(START)
    with pytest.raises(OSError, match="No space left"):
        save_merged(path, base, Config(poll_interval_s=9.0), window_vms(base))
    assert path.read_text() == before


def test_a_vms_value_that_is_not_a_list_is_no_change_and_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    start = loaded(START)
    write(path, {**START, "vms": {"oops": 1}})
    found = read_config(path).loaded
    assert found is not None
    changes = find_changes(start, found.config)
    assert (changes.removed, changes.added, changes.other_keys) == ([], [], [])
    base = base_of(found.config, start)  # the window keeps its list
    current = copy.deepcopy(start)
    current.poll_interval_s = 3.0
    save_merged(path, base, current, window_vms(start))
    assert json.loads(path.read_text())["vms"] == {"oops": 1}  # the list did not change
    added = [*window_vms(start), SavedVm(None, VmEntry("new", "/run/new.qmp"))]
    save_merged(path, base, current, added)
    data = json.loads(path.read_text())
    assert data["vms_unusable"] == {"oops": 1}
    assert [vm["name"] for vm in data["vms"]] == ["web1", "db1", "new"]


def test_describe_names_a_setting_as_a_user_writes_it() -> None:
    assert describe("poll_interval_s", 5.0) == "poll_interval_s 5"
    assert describe("poll_interval_s", 0.5) == "poll_interval_s 0.5"
    assert describe("confirm_destructive", False) == "confirm_destructive false"
    assert describe("recent_media", [{"path": "/a"}]) == "recent_media (1 image)"
    assert describe("recent_media", []) == "recent_media (no images)"


def test_connections_added_and_removed_in_the_window_merge_by_uri(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    start = {
        **START,
        "connections": [
            {"uri": "qemu:///system", "autoconnect": True, "note": "mine"},
            {"uri": "qemu+ssh://root@host1/system", "autoconnect": True},
        ],
    }
    base = loaded(start)
    outside = copy.deepcopy(start)
    outside["connections"].append({"uri": "qemu:///session", "autoconnect": False})
    write(path, outside)
    current = copy.deepcopy(base)
    current.connections = [
        ConnectionEntry("qemu:///system", False),  # autoconnect turned off
        ConnectionEntry("test:///default", True),  # added
    ]  # host1 removed
    save_merged(path, base, current, window_vms(base))
    saved = json.loads(path.read_text())
    assert saved["connections"] == [
        {"uri": "qemu:///system", "autoconnect": False, "note": "mine"},
        {"uri": "qemu:///session", "autoconnect": False},
        {"uri": "test:///default", "autoconnect": True},
    ]
    assert saved["vms"] == START["vms"]


def test_connections_added_or_removed_in_the_file_are_changes(tmp_path: Path) -> None:
    base = loaded({**START, "connections": [{"uri": "qemu:///system"}]})
    found = loaded({**START, "connections": [{"uri": "qemu:///session", "autoconnect": False}]})
    changes = find_changes(base, found)
    assert [c.uri for c in changes.connections_added] == ["qemu:///session"]
    assert [c.uri for c in changes.connections_removed] == ["qemu:///system"]
    assert "connections" not in changes.other_keys

"""The configuration file: defaults, unknown keys kept, atomic writes, corrupt files set aside."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from qmpgui.store.config import (
    Config,
    VmEntry,
    default_config_path,
    load_config,
    parse_config,
    save_config,
)
from qmpgui.store.preferences import problem


def test_default_path_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert default_config_path() == tmp_path / "qmpgui" / "config.json"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_config_path() == tmp_path / "home" / ".config" / "qmpgui" / "config.json"


def test_missing_file_gives_documented_defaults(tmp_path: Path) -> None:
    result = load_config(tmp_path / "none.json")
    config = result.config
    assert result.problems == [] and result.writable
    assert (config.vms, config.confirm_destructive) == ([], True)
    assert (config.poll_interval_s, config.command_timeout_s) == (2, 10)


def test_round_trip_keeps_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    original = {
        "vms": [{"name": "web", "endpoint": "/run/web.qmp", "autoconnect": True, "colour": "red"}],
        "confirm_destructive": False,
        "poll_interval_s": 5,
        "command_timeout_s": 3.5,
        "future_option": {"nested": [1, 2]},
    }
    path.write_text(json.dumps(original))
    result = load_config(path)
    assert result.problems == []
    config = result.config
    assert config.vms == [VmEntry("web", "/run/web.qmp", True, {"colour": "red"})]
    assert not config.confirm_destructive and config.poll_interval_s == 5
    save_config(path, config)
    saved = json.loads(path.read_text())
    assert saved["future_option"] == {"nested": [1, 2]}
    assert saved["vms"][0]["colour"] == "red"
    assert saved["command_timeout_s"] == 3.5 and saved["confirm_destructive"] is False


def test_unusable_values_are_reported_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text(json.dumps({"poll_interval_s": "fast", "vms": [{"name": "no endpoint"}, 7]}))
    result = load_config(path)
    assert result.config.poll_interval_s == 2
    assert any('poll_interval_s = "fast" is not usable' in p for p in result.problems)
    assert any("2 VM entries have no usable endpoint" in p for p in result.problems)
    save_config(path, result.config)
    saved = json.loads(path.read_text())
    assert saved["poll_interval_s"] == "fast"  # nothing silently dropped
    assert saved["vms"] == [{"name": "no endpoint"}, 7]


def test_corrupt_file_is_set_aside_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text('{"vms": [ {"name": "a", ')
    result = load_config(path)
    assert result.writable and result.config.vms == []
    asides = list(tmp_path.glob("config.json.corrupt-*"))
    assert len(asides) == 1 and asides[0].read_text() == '{"vms": [ {"name": "a", '
    assert not path.exists()
    (problem,) = result.problems
    assert "is not a valid configuration (line 1 column" in problem
    assert asides[0].name in problem


def test_unreadable_file_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.mkdir()  # reading a directory fails for root too
    result = load_config(path)
    assert not result.writable
    assert result.problems[0].startswith(f"cannot read {path}")


def test_write_is_atomic_when_the_disk_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config.json"
    save_config(path, Config(vms=[VmEntry("old", "/old.sock")]))
    before = path.read_text()

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space left"):
        save_config(path, Config(vms=[VmEntry("new", "/new.sock")]))
    assert path.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["config.json"]  # no temp file left


def test_write_creates_the_folder_privately(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "qmpgui" / "config.json"
    save_config(path, Config())
    assert json.loads(path.read_text())["vms"] == []
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)


# -- keys of the control actions ---------------------------------------------------------

RECENT = [
    {"path": "/isos/debian.iso", "format": "raw", "read_only_mode": "read-only"},
    {"path": "/isos/tools.qcow2", "format": "qcow2", "read_only_mode": "retain"},
]


def test_new_keys_have_their_defaults(tmp_path: Path) -> None:
    config = load_config(tmp_path / "none.json").config
    assert config.powerdown_timeout_s == 60 and config.live_interval_s == 1
    assert config.recent_media == [] and config.screendump_folder == ""
    save_config(tmp_path / "config.json", config)
    saved = json.loads((tmp_path / "config.json").read_text())
    assert saved["powerdown_timeout_s"] == 60 and saved["live_interval_s"] == 1
    assert saved["recent_media"] == [] and saved["screendump_folder"] == ""


def test_new_keys_load_and_save(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    original = {
        "powerdown_timeout_s": 30,
        "live_interval_s": 0.5,
        "recent_media": RECENT,
        "screendump_folder": "/home/me/Pictures/vms",
    }
    path.write_text(json.dumps(original))
    result = load_config(path)
    assert result.problems == []
    config = result.config
    assert config.powerdown_timeout_s == 30.0 and isinstance(config.powerdown_timeout_s, float)
    assert config.live_interval_s == 0.5
    assert config.recent_media == RECENT
    assert config.screendump_folder == "/home/me/Pictures/vms"
    config.recent_media = [{"path": "/isos/new.iso", "format": "", "read_only_mode": "retain"}]
    config.screendump_folder = "/tmp/shots"
    config.live_interval_s = 2.0
    save_config(path, config)
    again = load_config(path)
    assert again.problems == []
    assert again.config.recent_media == config.recent_media
    assert again.config.screendump_folder == "/tmp/shots"
    assert (again.config.live_interval_s, again.config.powerdown_timeout_s) == (2.0, 30.0)


@pytest.mark.parametrize("value", [0.2, 60])
def test_live_interval_bounds_are_accepted(tmp_path: Path, value: float) -> None:
    path = tmp_path / "config.json"
    path.write_text(json.dumps({"live_interval_s": value}))
    result = load_config(path)
    assert result.problems == [] and result.config.live_interval_s == value


@pytest.mark.parametrize("value", [0.1, 0, -1, 61, 3600, True, "1"])
def test_live_interval_out_of_range_is_reported_and_kept(tmp_path: Path, value: object) -> None:
    path = tmp_path / "config.json"
    path.write_text(json.dumps({"live_interval_s": value}))
    result = load_config(path)
    assert result.config.live_interval_s == 1.0
    (problem,) = result.problems
    assert f"live_interval_s = {json.dumps(value)} is not usable; using 1.0 for this run" in problem
    save_config(path, result.config)
    assert json.loads(path.read_text())["live_interval_s"] == value


def test_powerdown_timeout_below_a_second_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text(json.dumps({"powerdown_timeout_s": 0.5}))
    result = load_config(path)
    assert result.config.powerdown_timeout_s == 60.0
    assert any("powerdown_timeout_s = 0.5 is not usable" in p for p in result.problems)


@pytest.mark.parametrize(
    "value",
    [
        "/isos/a.iso",
        {"path": "/isos/a.iso"},
        ["/isos/a.iso"],
        [{"path": "/isos/a.iso", "format": None}],
        [{"path": 7}],
        [RECENT[0], 5],
    ],
)
def test_unusable_recent_media_is_reported_and_kept(tmp_path: Path, value: object) -> None:
    path = tmp_path / "config.json"
    path.write_text(json.dumps({"recent_media": value, "screendump_folder": "/pics"}))
    result = load_config(path)
    assert result.config.recent_media == []
    assert result.config.screendump_folder == "/pics"
    (problem,) = result.problems
    assert "recent_media = " in problem and "is not usable; using [] for this run" in problem
    save_config(path, result.config)
    assert json.loads(path.read_text())["recent_media"] == value


def test_unusable_screendump_folder_is_reported_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text(json.dumps({"screendump_folder": ["/a", "/b"]}))
    result = load_config(path)
    assert result.config.screendump_folder == ""
    assert any('screendump_folder = ["/a", "/b"] is not usable' in p for p in result.problems)
    save_config(path, result.config)
    assert json.loads(path.read_text())["screendump_folder"] == ["/a", "/b"]


def test_a_value_set_after_an_unusable_one_is_saved(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text(json.dumps({"recent_media": "junk", "confirm_destructive": "yes"}))
    loaded = load_config(path)
    assert len(loaded.problems) == 2
    loaded.config.recent_media = [
        {"path": "/isos/a.iso", "format": "raw", "read_only_mode": "retain"}
    ]
    loaded.config.confirm_destructive = False  # "Don't ask again"
    save_config(path, loaded.config)
    again = load_config(path)
    assert again.problems == []
    assert again.config.recent_media[0]["path"] == "/isos/a.iso"
    assert again.config.confirm_destructive is False


def test_problem_says_what_a_value_must_be() -> None:
    assert problem("poll_interval_s", 0.05) == "a number of seconds from 0.1 to 1,000,000"
    assert problem("live_interval_s", float("nan")) == "a number of seconds from 0.2 to 60"
    assert problem("event_log_limit", 99) == "a whole number from 100 to 1,000,000"
    assert problem("confirm_destructive", "yes") == "true or false"
    assert problem("poll_interval_s", 0.1) is None and problem("event_log_limit", 100) is None


def test_an_unusable_value_takes_the_value_in_use_when_given() -> None:
    running = Config(poll_interval_s=5.0)
    result = parse_config({"poll_interval_s": 0}, "config.json", running)
    assert result.config.poll_interval_s == 5.0 and result.config.extra == {"poll_interval_s": 0}
    assert result.problems == [
        "config.json: poll_interval_s = 0 is not usable; using 5.0 for this run "
        "(it must be a number of seconds from 0.1 to 1,000,000)"
    ]


def test_a_vms_tls_files_load_and_are_written_back(tmp_path: Path) -> None:
    files = {"ca": "/pki/ca.pem", "cert": "/pki/client.pem", "key": "/pki/client-key.pem"}
    raw = {
        "vms": [
            {"name": "a", "endpoint": "tls:h:1", "autoconnect": True, "tls": files},
            {"name": "b", "endpoint": "tls:h:2", "tls": {"ca": "/pki/ca.pem"}},
            {"name": "c", "endpoint": "/run/c.qmp"},  # an older entry: no "tls"
            {"name": "d", "endpoint": "tls:h:4", "tls": "/pki/ca.pem"},  # unusable: kept
        ]
    }
    loaded = parse_config(raw, "config.json").config
    a, b, c, d = loaded.vms
    assert (a.tls.ca, a.tls.cert, a.tls.key) == (files["ca"], files["cert"], files["key"])
    assert (b.tls.ca, b.tls.cert, b.tls.key) == ("/pki/ca.pem", "", "")
    assert c.tls == d.tls == type(c.tls)()
    path = tmp_path / "config.json"
    save_config(path, loaded)
    written = json.loads(path.read_text())["vms"]
    assert written[0]["tls"] == files
    assert written[1]["tls"] == {"ca": "/pki/ca.pem"}
    assert "tls" not in written[2]
    assert written[3]["tls"] == "/pki/ca.pem"


def test_connections_load_and_save_with_their_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    connections = [
        {"uri": "qemu:///system", "autoconnect": True},
        {"uri": "qemu+ssh://root@host1/system?keyfile=/k", "autoconnect": False, "x": 1},
        {"autoconnect": True},  # no uri: kept, not used
    ]
    path.write_text(json.dumps({"vms": [], "connections": connections}))
    result = load_config(path)
    assert [(c.uri, c.autoconnect) for c in result.config.connections] == [
        ("qemu:///system", True),
        ("qemu+ssh://root@host1/system?keyfile=/k", False),
    ]
    assert result.problems == [
        f"{path}: 1 connection entry has no usable 'uri'; kept in the file but not shown"
    ]
    save_config(path, result.config)
    assert json.loads(path.read_text())["connections"] == connections


def test_a_connection_of_a_driver_without_qemu_s_monitor_is_said_and_kept_in_the_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "config.json"
    connections = [
        {"uri": "xen:///system", "autoconnect": True},
        {"uri": "qemu:///system", "autoconnect": True},
    ]
    path.write_text(json.dumps({"vms": [], "connections": connections}))
    result = load_config(path)
    assert [c.uri for c in result.config.connections] == ["qemu:///system"]
    assert result.problems == [
        f"{path}: 'xen:///system' is a connection of libvirt's xen driver: qmpgui speaks to "
        "QEMU's monitor, which only libvirt's QEMU driver has (qemu:///system, "
        "qemu:///session, qemu+ssh://, qemu+tcp://, qemu+tls://, qemu+unix://, qemu+ext://); "
        "kept in the file but not shown"
    ]
    save_config(path, result.config)
    saved = json.loads(path.read_text())["connections"]
    assert sorted(c["uri"] for c in saved) == ["qemu:///system", "xen:///system"]


def test_an_older_file_without_connections_loads_and_saves_without_them(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text(json.dumps({"vms": [{"name": "", "endpoint": "/run/a.qmp"}]}))
    result = load_config(path)
    assert result.problems == [] and result.config.connections == []
    save_config(path, result.config)
    assert "connections" not in json.loads(path.read_text())


def test_an_unknown_toolbar_style_is_reported_and_the_default_used(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text(json.dumps({"toolbar_style": "large-icons"}))
    result = load_config(path)
    assert result.config.toolbar_style == "text-beside-icons"
    said = " ".join(result.problems)
    assert "toolbar_style" in said
    assert "one of text-beside-icons, text-under-icons, icons-only" in said
    assert problem("toolbar_style", "icons-only") is None

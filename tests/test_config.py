"""The configuration file: defaults, unknown keys kept, atomic writes, corrupt files set aside."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from qmpgui.config import Config, VmEntry, default_config_path, load_config, save_config


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

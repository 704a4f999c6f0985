"""scripts/install-desktop.sh: qmpgui in the current user's application menu (desktop
entry, icon in the hicolor sizes, metainfo), started from this checkout's venv or from
a bundle, and --uninstall taking exactly those files away again."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from qmpgui import APP_ID
from tests.helpers.bundle import built_bundle
from tests.helpers.packaging import (
    ROOT,
    desktop_entry,
    exec_argv,
    pyproject_version,
    validate_desktop_file,
    validate_metainfo,
)

SCRIPT = ROOT / "scripts" / "install-desktop.sh"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
#: What the desktop's own tools keep about a folder (update-desktop-database,
#: gtk-update-icon-cache), not qmpgui's files.
CACHES = {"mimeinfo.cache", "icon-theme.cache"}


def install(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), *args],
        env={**os.environ, "XDG_DATA_HOME": str(data)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if not p.is_dir()}


def ours() -> set[str]:
    return {
        f"applications/{APP_ID}.desktop",
        f"metainfo/{APP_ID}.metainfo.xml",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg",
        *(f"icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in SIZES),
    }


def assert_starts(desktop: Path) -> list[str]:
    """The installed entry's Exec, run with --version, is qmpgui of this version."""
    argv = exec_argv(desktop_entry(desktop)["Exec"])
    said = subprocess.run(
        [*argv, "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert said.returncode == 0 and said.stdout.strip() == f"qmpgui {pyproject_version()}"
    return argv


def test_installed_for_the_user_it_validates_starts_and_uninstalls_to_nothing(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    result = install(data)
    assert result.returncode == 0, result.stderr
    assert {f for f in files_under(data) if Path(f).name not in CACHES} == ours()
    desktop = data / "applications" / f"{APP_ID}.desktop"
    checked = validate_desktop_file(desktop)
    assert checked.returncode == 0, checked.stdout
    metainfo = validate_metainfo(data / "metainfo" / f"{APP_ID}.metainfo.xml")
    assert metainfo.returncode == 0, metainfo.stdout
    assert desktop_entry(desktop)["Icon"] == APP_ID
    for size in SIZES:
        image = QImage(str(data / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel() and image.pixelColor(size // 2, size // 2).alpha() == 255
    argv = assert_starts(desktop)
    assert argv == [str(ROOT / ".venv" / "bin" / "qmpgui")]

    assert install(data).returncode == 0  # again: the same files, replaced
    removed = install(data, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert list(data.rglob("*")) == []


def test_uninstall_leaves_other_applications_alone(tmp_path: Path) -> None:
    data = tmp_path / "data"
    others = {
        "applications/other.desktop": "[Desktop Entry]\nType=Application\nName=Other\nExec=other\n",
        "icons/hicolor/48x48/apps/other.png": "not really a picture",
        "metainfo/other.metainfo.xml": "<component/>",
    }
    for name, text in others.items():
        (data / name).parent.mkdir(parents=True, exist_ok=True)
        (data / name).write_text(text)
    assert install(data).returncode == 0
    assert install(data, "--uninstall").returncode == 0
    assert set(others) <= files_under(data)
    assert not files_under(data) & ours()


def test_a_folder_that_is_not_a_bundle_is_refused(tmp_path: Path) -> None:
    result = install(tmp_path / "data", "--bundle", str(tmp_path))
    assert result.returncode == 1
    assert "is not a qmpgui bundle (no qmpgui program in it)" in result.stderr
    assert "scripts/bundle.sh" in result.stderr
    assert not (tmp_path / "data").exists()


def test_a_bundle_that_is_not_there_is_said(tmp_path: Path) -> None:
    missing = tmp_path / "nonexistent"
    result = install(tmp_path / "data", "--bundle", str(missing))
    assert result.returncode == 1
    assert result.stderr == (
        f"install-desktop.sh: no bundle at {missing}: build one with scripts/bundle.sh\n"
    )
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize(
    ("args", "code", "said"),
    [
        (["--bogus"], 2, 'unknown argument "--bogus"'),
        (["--bundle"], 2, "--bundle needs the bundle's folder"),
        (["--uninstall", "--bundle", "{bundle}"], 2, "--uninstall takes no --bundle"),
        (["--bundle", "{file}"], 1, "{file} is not a folder"),
        (["--bundle", "{bundle}", "--data-under-a-file"], 1, "stopped, as this failed (exit 1)"),
    ],
    ids=["unknown", "no-folder", "uninstall-bundle", "file-as-bundle", "data-not-made"],
)
def test_every_failure_says_what_went_wrong(
    tmp_path: Path, args: list[str], code: int, said: str
) -> None:
    bundle, file = tmp_path / "bundle", tmp_path / "file"
    (bundle / "qmpgui").parent.mkdir()
    (bundle / "qmpgui").write_text("#!/bin/sh\n")
    (bundle / "qmpgui").chmod(0o755)
    file.write_text("")
    data = tmp_path / "data"
    if "--data-under-a-file" in args:  # the folders to install into cannot be made
        data = file / "data"
    paths = {"bundle": str(bundle), "file": str(file)}
    result = install(data, *(a.format(**paths) for a in args if a != "--data-under-a-file"))
    assert result.returncode == code
    assert f"install-desktop.sh: {said.format(**paths)}" in result.stderr
    assert not data.exists()


@pytest.mark.timeout(900)  # the bundle's build, when the cache has none for these sources
def test_installed_for_a_bundle_in_an_awkward_folder_the_entry_starts_it(
    tmp_path: Path,
) -> None:
    # Spaces, quotes, $, \ and % in the path: the Exec line quotes them as the
    # Desktop Entry Specification says, and desktop-file-validate agrees.
    awkward = tmp_path / 'my "VM" tools $HOME \\ 100%'
    awkward.mkdir()
    (awkward / "qmpgui").symlink_to(built_bundle(), target_is_directory=True)
    data = tmp_path / "data"
    result = install(data, "--bundle", str(awkward / "qmpgui"))
    assert result.returncode == 0, result.stderr
    desktop = data / "applications" / f"{APP_ID}.desktop"
    checked = validate_desktop_file(desktop)
    assert checked.returncode == 0, checked.stdout
    assert assert_starts(desktop) == [str(awkward / "qmpgui" / "qmpgui")]
    assert install(data, "--uninstall").returncode == 0
    assert list(data.rglob("*")) == []

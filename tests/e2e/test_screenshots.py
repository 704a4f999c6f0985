"""scripts/screenshots.sh, which makes docs/'s pictures from the real app: one picture
taken on a screen of its own, nothing left behind however it ends, and every picture
the README shows made by one of its scenes."""

from __future__ import annotations

import os
import re
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.helpers.app_process import (
    apps_in,
    demo_folders,
    finish,
    kill_leftovers,
    processes_naming,
    wait_until,
)
from tests.helpers.picture_scenes import SCENES
from tests.helpers.shooter import WINDOW_SIZE

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "screenshots.sh"


@pytest.fixture
def tmp(tmp_path: Path) -> Iterator[Path]:
    """The script's TMPDIR: its screen's files, the app's and the demo VM's go there."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    yield folder
    kill_leftovers(folder)


def start(tmp: Path, *args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    return subprocess.Popen(
        [str(SCRIPT), *args],
        env={**env, "TMPDIR": str(tmp)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # a signal for the script alone, as from kill
    )


def left_behind(tmp: Path) -> list[str]:
    """What the run left: files in its TMPDIR, processes that name it or run in it."""
    return [str(p) for p in tmp.iterdir()] + [str(p) for p in processes_naming(tmp) + apps_in(tmp)]


@pytest.mark.qemu
def test_the_first_picture_is_taken_without_a_display_and_nothing_is_left(
    tmp: Path, tmp_path: Path
) -> None:
    out = tmp_path / "pictures"
    script = start(tmp, "--out", str(out), "--only", "screenshot.png")
    stdout, stderr = finish(script, timeout=120)
    assert script.returncode == 0, stdout + stderr
    assert "pictures: wrote 1 pictures to" in stderr
    picture = QImage(str(out / "screenshot.png"))
    assert (picture.width(), picture.height()) == WINDOW_SIZE
    # The window, not an empty screen: its colours, text and lines.
    colours = {picture.pixel(x, y) for x in range(0, picture.width(), 7) for y in range(0, 300, 7)}
    assert len(colours) > 20
    assert [p.name for p in out.rglob("*.png")] == ["screenshot.png"]
    assert left_behind(tmp) == []


@pytest.mark.qemu
def test_sigterm_while_it_runs_stops_the_demo_vm_and_the_screen(tmp: Path, tmp_path: Path) -> None:
    script = start(tmp, "--out", str(tmp_path / "pictures"))
    qemus: list[int] = []

    def qemu_runs() -> bool:
        folders = demo_folders(tmp)
        qemus[:] = [
            pid
            for folder in folders
            for pid in processes_naming(folder)
            if b"qemu-system" in Path(f"/proc/{pid}/cmdline").read_bytes()
        ]
        return bool(qemus)

    wait_until(qemu_runs, "the demo VM's QEMU started", timeout=120)
    os.kill(script.pid, signal.SIGTERM)
    _, stderr = finish(script, timeout=60)
    assert script.returncode == 143, stderr
    assert left_behind(tmp) == []


#: How the README shows a picture of docs/: ![alt](docs/x.png) or [text](docs/x.png).
PICTURE_LINK = re.compile(r"\]\((docs/[^)]+\.png)\)")


def test_every_picture_in_docs_is_a_scene_and_shown_in_the_readme() -> None:
    """No picture drawn by hand or left over: the script remakes them all."""
    in_docs = {str(p.relative_to(ROOT / "docs")) for p in (ROOT / "docs").rglob("*.png")}
    linked = {
        link.removeprefix("docs/")
        for link in PICTURE_LINK.findall((ROOT / "README.md").read_text())
    }
    assert in_docs == set(SCENES) == linked

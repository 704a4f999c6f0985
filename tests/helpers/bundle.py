"""The PyInstaller bundle as the tests use it: built once by scripts/bundle.sh into
build/bundle-test/<hash of its sources>/, so that a run whose sources are those of the
last build starts the same bundle without building again (a build takes about half a
minute on an idle machine, a few minutes on a busy one)."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

from tests.helpers.packaging import ROOT

CACHE = ROOT / "build" / "bundle-test"

#: What the bundle is made of: a change in any of them builds it again.
SOURCES = (
    "qmpgui",
    "resources",
    "packaging/qmpgui.spec",
    "packaging/bundle_main.py",
    "pyproject.toml",
    "scripts/bundle.sh",
)


def sources_hash() -> str:
    """A hash of SOURCES' files (names and contents; caches of Python left out)."""
    digest = hashlib.sha256()
    for source in SOURCES:
        path = ROOT / source
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if "__pycache__" in file.parts:
                continue
            digest.update(str(file.relative_to(ROOT)).encode() + b"\0")
            digest.update(file.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


@contextlib.contextmanager
def _locked() -> Iterator[None]:
    CACHE.mkdir(parents=True, exist_ok=True)
    with (CACHE / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one build at a time per checkout
        yield


def built_bundle() -> Path:
    """The bundle's folder for today's sources (its program is `qmpgui` in it), built
    by scripts/bundle.sh unless the cache has it; older builds are removed. Raises
    AssertionError with the script's output when the build fails."""
    key = sources_hash()
    folder = CACHE / key / "qmpgui"
    with _locked():
        if (CACHE / key / "complete").exists():
            return folder
        for old in CACHE.iterdir():
            if old.is_dir():
                shutil.rmtree(old)
        result = subprocess.run(
            [str(ROOT / "scripts" / "bundle.sh"), "--dist", str(CACHE / key)],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
        )
        assert result.returncode == 0, f"scripts/bundle.sh failed:\n{result.stdout}{result.stderr}"
        (CACHE / key / "complete").write_text(result.stdout)
    return folder


def folder_size(folder: Path) -> int:
    """Bytes of the files under `folder` (symbolic links not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())

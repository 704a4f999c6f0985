"""Writing a file so that a crash or a full disk never leaves half of it, and keeping a
file that could not be read where the user can find it. Both block on disk: call them
from the FileWriter's thread (qmpgui.store.writer), never from the window's."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data`: a temporary file in the same folder (created 0600, so
    what it holds is private from the first byte), fsync, rename.

    The folder is made (0700) if missing. Raises OSError; the old file is then left
    as it was and no temporary file remains.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def set_aside(path: Path, suffix: str) -> Path:
    """Rename an unreadable `path` to `<name>.<suffix>`, or `<name>.<suffix>-2`, -3, ...
    when that is taken (a copy set aside earlier stays too); the new path.

    Raises OSError when the rename fails.
    """
    aside = path.with_name(f"{path.name}.{suffix}")
    number = 1
    while aside.exists():
        number += 1
        aside = path.with_name(f"{path.name}.{suffix}-{number}")
    os.replace(path, aside)
    return aside

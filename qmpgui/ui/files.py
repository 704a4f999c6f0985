"""Writing a file the user chose, off the UI thread."""

from __future__ import annotations

import asyncio
from pathlib import Path


async def write_text(path: Path, text: str) -> str | None:
    """Write `text` in a worker thread; None when it worked, else why not, in words."""
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, path.write_text, text, "utf-8")
    except OSError as err:
        return str(err.strerror or err)
    return None

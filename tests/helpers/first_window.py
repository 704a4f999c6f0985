"""The main window's place on its screen, seen from a process of its own: a scale
factor (QT_SCALE_FACTOR) and the offscreen screen's size (a `configfile=` option of
the offscreen platform) are set before Qt starts, so they need a fresh process.

`python -m tests.helpers.first_window` builds the window as `main()` does, shows it,
prints one JSON line {"frame": [x, y, w, h], "free": [x, y, w, h], "ratio": dpr} (the
window's frame and its screen's available geometry, in logical pixels) and closes it.
`screen_config()` writes the platform's configuration for a screen of a given size.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path


def screen_config(folder: Path, width: int, height: int) -> str:
    """QT_QPA_PLATFORM for an offscreen screen of `width` x `height` device pixels (a
    file in `folder` holds the offscreen platform's configuration)."""
    path = folder / "screen.json"
    screen = {"name": "screen0", "x": 0, "y": 0, "width": width, "height": height}
    path.write_text(json.dumps({"screens": [screen]}))
    return f"offscreen:configfile={path}"


def _rect(rect: object) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]  # type: ignore[attr-defined]


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    from qmpgui.app import create_main_window
    from qmpgui.app.event_loop import run

    async def show() -> None:
        window = create_main_window([])
        window.show()
        done = asyncio.Event()
        window.shutdownFinished.connect(done.set)
        handle = window.windowHandle()
        while handle is None or not handle.isExposed():  # on screen, with its frame
            await asyncio.sleep(0.01)
            handle = window.windowHandle()
        screen = window.screen()
        place = {
            "frame": _rect(window.frameGeometry()),
            "free": _rect(screen.availableGeometry()),
            "ratio": screen.devicePixelRatio(),
        }
        print(json.dumps(place), flush=True)
        window.close()
        await done.wait()

    run(show())
    app.clipboard().clear()


if __name__ == "__main__":
    main()

"""The main window's place on its screen, seen from a process of its own: a scale
factor (QT_SCALE_FACTOR) and the offscreen screen's size (a `configfile=` option of
the offscreen platform) are set before Qt starts, so they need a fresh process.

`python -m tests.helpers.first_window [ARG ...]` builds the window as `main()` does
(with qmpgui's command-line ARGs), shows it, waits until each VM has connected or failed,
prints one JSON line {"frame": [x, y, w, h], "free": [x, y, w, h], "ratio": dpr,
"vm_list": {"scrollbar": bool, "viewport": width, "columns": {title: [left, right]}}}
(the window's frame and its screen's available geometry, in logical pixels; whether
the VM list shows a horizontal scrollbar, its viewport's width and each shown column's
edges in the viewport) and closes it.
`screen_config()` writes the platform's configuration for a screen of a given size.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt


def screen_config(folder: Path, width: int, height: int) -> str:
    """QT_QPA_PLATFORM for an offscreen screen of `width` x `height` device pixels (a
    file in `folder` holds the offscreen platform's configuration)."""
    path = folder / "screen.json"
    screen = {"name": "screen0", "x": 0, "y": 0, "width": width, "height": height}
    path.write_text(json.dumps({"screens": [screen]}))
    return f"offscreen:configfile={path}"


def _rect(rect: object) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]  # type: ignore[attr-defined]


def _vm_list(window: Any) -> dict[str, Any]:
    view = window.vm_list
    header = view.horizontalHeader()
    model = view.model()
    columns = {}
    for column in range(header.count()):
        if not header.isSectionHidden(column):
            left = header.sectionViewportPosition(column)
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            columns[title] = [left, left + header.sectionSize(column)]
    return {
        "scrollbar": view.horizontalScrollBar().isVisible(),
        "viewport": view.viewport().width(),
        "columns": columns,
    }


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from qmpgui.session import ConnState

    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    from qmpgui.app import create_main_window
    from qmpgui.app.event_loop import run

    async def show() -> None:
        window = create_main_window(sys.argv[1:])
        window.show()
        done = asyncio.Event()
        window.shutdownFinished.connect(done.set)
        handle = window.windowHandle()
        while handle is None or not handle.isExposed():  # on screen, with its frame
            await asyncio.sleep(0.01)
            handle = window.windowHandle()
        sessions = [window.model.session(row) for row in range(window.model.rowCount())]
        waiting = (ConnState.DISCONNECTED, ConnState.CONNECTING)  # the config's VMs autoconnect
        settled = asyncio.Event()

        def check() -> None:
            if not any(s.state in waiting for s in sessions):
                settled.set()

        for session in sessions:
            session.stateChanged.connect(check)
        check()
        await settled.wait()
        # The list fits its columns on the next turns of the loop (a zero timer), which
        # Qt's events get while this task sleeps (never processEvents() inside a task: it
        # would run other tasks' wake-ups from within this one, and lose them).
        await asyncio.sleep(0.2)
        screen = window.screen()
        place = {
            "frame": _rect(window.frameGeometry()),
            "free": _rect(screen.availableGeometry()),
            "ratio": screen.devicePixelRatio(),
            "vm_list": _vm_list(window),
        }
        print(json.dumps(place), flush=True)
        window.close()
        await done.wait()

    run(show())
    app.clipboard().clear()


if __name__ == "__main__":
    main()

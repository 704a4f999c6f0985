"""qmpgui as `python -m qmpgui ARGS` runs it, with someone at work in its window:

    python busy_app.py FOLDER ARGS...

Once the window is connected to its first VM, every TICK_S it gets what a user's work
leaves for qmpgui to write, each the way the window does it: a message in the event log
(`[tick N]`, written to its file once a second), a command in the console's history
(`{"execute": "query-status", "id": "tick N"}`, saved a second after it changes) and a
changed setting (`screendump_folder` FOLDER/shots-N, saved as Preferences saves it, one
save at a time). Each tick's N is written to FOLDER/ticks first (a line, flushed), so a
test knows what qmpgui was given whenever it ended; FOLDER/working appears after the
first WARM_UP ticks.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import qmpgui.app
from qmpgui.__main__ import main
from qmpgui.app.main_window import MainWindow
from qmpgui.log.entry import Level

TICK_S = 0.05
WARM_UP = 10

_make_window = qmpgui.app.create_main_window
_tasks: set[asyncio.Task[Any]] = set()


def command(n: int) -> str:
    """The console command of tick `n`, as the history keeps it."""
    return f'{{"execute": "query-status", "id": "tick {n}"}}'


async def work(window: MainWindow, folder: Path) -> None:
    # The demo VM's row comes once its QEMU runs: its state is looked at each tick.
    while not (window.model.rowCount() and window.model.session(0).connected):  # noqa: ASYNC110
        await asyncio.sleep(TICK_S)
    with (folder / "ticks").open("a") as ticks:
        n = 0
        while True:
            ticks.write(f"{n}\n")
            ticks.flush()
            window.say(Level.INFO, f"[tick {n}]")
            window.consoles.host.histories["qmp"].add(command(n), "qmp")
            window.consoles.host.history_changed()
            window.fleet.apply_settings({"screendump_folder": str(folder / f"shots-{n}")})
            window.fleet.save_config()
            n += 1
            if n == WARM_UP:
                (folder / "working").touch()
            await asyncio.sleep(TICK_S)


def at_work(folder: Path) -> None:
    """Have the window that main() makes go to work, writing its ticks in `folder`."""

    def create_main_window(argv: list[str]) -> MainWindow:
        window = _make_window(argv)
        _tasks.add(asyncio.get_running_loop().create_task(work(window, folder)))
        return window

    qmpgui.app.create_main_window = create_main_window


if __name__ == "__main__":
    at_work(Path(sys.argv.pop(1)))
    sys.exit(main())

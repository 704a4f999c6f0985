"""Screen tab: a 1024x768 VM's screen in the real main window. Frames a second while
the guest redraws without pause, key press to changed pixels, and the app's CPU
(every thread of the process; one core = 100 %) while the screen changes and while
it is still.

Two guests (tests/helpers/guest_images.py), both in VBE mode 0x105 (1024x768, 256
colours) on -vga std: REDRAWS fills its top 64 rows with the next colour again and
again; DRAWS_KEYS fills them with the colour numbered by each scan code it reads.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/screen.py [SECONDS]
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QApplication

from bench.common import Qemu, StallProbe, application, close_window, until
from qmpgui.app import create_main_window
from qmpgui.app.event_loop import run
from qmpgui.app.main_window import MainWindow
from qmpgui.models.screen_feed import decode_ppm
from qmpgui.models.screen_image import decode
from qmpgui.session.screendump import screendumper
from qmpgui.ui.panes.screen import ScreenPane
from tests.helpers.guest_images import DRAWS_KEYS, REDRAWS, boot_floppy, floppy_args

#: Key presses timed for the latency.
PRESSES = 15
#: Seconds between two presses: long enough for the view to slow down to its still rate,
#: so that each press is timed from there, as a user's first key after a pause is.
PRESS_GAP_S = 1.5


async def screen_of(socket: Path) -> tuple[MainWindow, ScreenPane]:
    window = create_main_window([str(socket)])
    window.resize(1280, 900)
    window.show()
    session = window.model.session(0)
    await until(lambda: session.connected, "a connection")
    window.vm_list.selectRow(0)
    pane = window.pane(ScreenPane)
    window.panes.setCurrentWidget(pane)
    await until(lambda: pane.view.canvas.image.width() == 1024, "a 1024x768 picture", 60)
    return window, pane


async def rate_and_cpu(pane: ScreenPane, seconds: float) -> tuple[float, float, float]:
    """(frames taken a second, frames that changed a second, CPU %) over `seconds`."""
    feed = pane.view.feed
    assert feed is not None
    taken, changed = feed.taken, feed.changed
    cpu, start = time.process_time(), time.monotonic()
    await asyncio.sleep(seconds)
    wall = time.monotonic() - start
    cpu = time.process_time() - cpu
    return (feed.taken - taken) / wall, (feed.changed - changed) / wall, cpu / wall * 100


async def key_latency(pane: ScreenPane) -> list[float]:
    """Seconds from each key press given to the view to the view's picture changed."""
    canvas = pane.view.canvas
    feed = pane.view.feed
    assert feed is not None
    canvas.set_captured(True)
    seen: list[float] = []
    changed = asyncio.Event()
    before: list[int] = [0]

    def frame(image: QImage, _: QRect) -> None:
        if image.pixel(10, 10) != before[0]:
            seen.append(time.monotonic())
            changed.set()

    feed.frameReady.connect(frame)
    latencies = []
    for _ in range(PRESSES):
        await asyncio.sleep(PRESS_GAP_S)
        before[0] = canvas.image.pixel(10, 10)
        changed.clear()
        start = time.monotonic()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
            QApplication.sendEvent(canvas, event)
            if kind == QEvent.Type.KeyPress:
                async with asyncio.timeout(10):
                    await changed.wait()
                latencies.append(seen[-1] - start)
                before[0] = canvas.image.pixel(10, 10)
    canvas.set_captured(False)
    return latencies


async def formats(pane: ScreenPane) -> dict[str, tuple[float, float]]:
    """Per format: (median ms of QEMU's screendump round trip with the file read, median
    ms to decode it), over 10 pictures each."""
    assert pane.view.session is not None
    dumper = screendumper(pane.view.session)
    loop = asyncio.get_running_loop()
    found = {}
    for fmt in ("ppm", "png"):
        taken, decoded = [], []
        for _ in range(10):
            start = time.monotonic()
            capture = await dumper.capture(fmt)
            taken.append(time.monotonic() - start)
            start = time.monotonic()
            if fmt == "ppm":
                await loop.run_in_executor(None, decode_ppm, capture.data)
            else:
                await loop.run_in_executor(None, decode, capture)
            decoded.append(time.monotonic() - start)
        found[fmt] = (statistics.median(taken) * 1000, statistics.median(decoded) * 1000)
    return found


async def measure(redraws: Path, draws_keys: Path, seconds: float) -> None:
    window, pane = await screen_of(redraws)
    feed = pane.view.feed
    assert feed is not None
    window.panes.setCurrentIndex(0)  # no frames of the view while the formats are timed
    costs = await formats(pane)
    window.panes.setCurrentWidget(pane)
    await until(lambda: pane.view.feed is not None, "frames again")
    probe = StallProbe(10)
    probe.start()
    fps, changed, busy_cpu = await rate_and_cpu(pane, seconds)
    probe.stop()
    await close_window(window)

    window, pane = await screen_of(draws_keys)
    await asyncio.sleep(3)  # the view slows down once the screen stays still
    still_fps, _, still_cpu = await rate_and_cpu(pane, seconds)
    latencies = await key_latency(pane)
    await close_window(window)

    median = statistics.median(latencies) * 1000
    print("guest screen 1024x768 (VBE mode 0x105, 8 bits a pixel; screendumps as PPM)")
    print(f"{seconds:g} s per phase; {PRESSES} key presses, {PRESS_GAP_S:g} s apart\n")
    print("                              measured   target")
    print(f"frames/s, changing screen     {fps:8.1f}   >= 20   ({changed:.1f}/s changed)")
    print(f"key press to changed pixels   {median:6.0f} ms   <= 100 ms (median)")
    print(f"  (min {min(latencies) * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms)")
    print(f"app CPU, changing screen      {busy_cpu:7.0f} %   <= 35 % of one core")
    print(f"app CPU, still screen         {still_cpu:7.1f} %   <= 3 % ({still_fps:.1f} frames/s)")
    print(f"window stall while changing (10 ms timer lateness): {probe.summary()}")
    print("\nper picture (median of 10), QEMU's screendump with the file read, then decoding:")
    for fmt, (taken, decoded) in costs.items():
        print(f"  {fmt.upper()}: {taken:5.1f} ms + {decoded:5.1f} ms")


def main(argv: list[str]) -> None:
    seconds = float(argv[0]) if argv else 10.0
    folder = Path(tempfile.mkdtemp(prefix="qg-bench-"))
    os.environ["XDG_STATE_HOME"] = str(folder / "state")
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ.setdefault("XDG_RUNTIME_DIR", str(folder))
    busy = Qemu(*floppy_args(boot_floppy(folder / "redraws.img", REDRAWS)))
    still = Qemu(*floppy_args(boot_floppy(folder / "keys.img", DRAWS_KEYS)))
    try:
        application()
        run(measure(busy.socket, still.socket, seconds))
    finally:
        busy.stop()
        still.stop()


if __name__ == "__main__":
    main(sys.argv[1:])

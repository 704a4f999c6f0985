"""Screen tab on a libvirt domain: frames a second while its guest redraws without
pause (REDRAWS, 1024x768 in VBE mode 0x105), the app's CPU then, and what one frame
costs (libvirt's screenshot: QEMU's screendump into libvirt's file, streamed by
libvirtd to qmpgui's libvirt worker, written to a file there, then read and decoded).

Runs as root with the tests' libvirtd (tests/helpers/libvirtd.py, taken in turns with
the libvirt tests through their lock):

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/screen_libvirt.py [SECONDS]
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

from bench.common import application, close_window
from bench.screen import rate_and_cpu, screen_of
from qmpgui.app.event_loop import run
from qmpgui.models.screen_feed import LIBVIRT_INTERVAL_S
from qmpgui.models.screen_image import ScreenGrabber
from tests.helpers.guest_images import REDRAWS
from tests.helpers.libvirtd import URI, Libvirtd

#: Frames grabbed one after the other, with no pause, for the cost of one.
GRABS = 20


async def measure(name: str, seconds: float) -> None:
    window, pane = await screen_of(f"{URI}#{name}")  # type: ignore[arg-type]
    fps, changed, cpu = await rate_and_cpu(pane, seconds)
    session = pane.view.session
    assert session is not None
    window.panes.setCurrentIndex(0)  # the view's own frames stop; time grabs alone
    await asyncio.sleep(1)
    grabber = ScreenGrabber(session)
    costs = []
    for _ in range(GRABS):
        start = time.monotonic()
        await grabber.grab()
        costs.append(time.monotonic() - start)
    await close_window(window)
    median = statistics.median(costs) * 1000
    print("libvirt domain (TCG), guest screen 1024x768 redrawn without pause")
    print(f"{seconds:g} s; frames asked every {LIBVIRT_INTERVAL_S:g} s at most\n")
    print(f"frames/s, changing screen     {fps:8.1f}   ({changed:.1f}/s changed)")
    print(f"app CPU, changing screen      {cpu:7.0f} %   of one core")
    print(
        f"one frame, grabbed back to back: median {median:.0f} ms "
        f"(min {min(costs) * 1000:.0f}, max {max(costs) * 1000:.0f}; {GRABS} frames)"
    )


def main(argv: list[str]) -> None:
    seconds = float(argv[0]) if argv else 10.0
    folder = Path(tempfile.mkdtemp(prefix="qg-bench-"))
    os.environ["XDG_STATE_HOME"] = str(folder / "state")
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ.setdefault("XDG_RUNTIME_DIR", str(folder))
    daemons = Libvirtd.start()
    name = f"qmpgui-bench-{os.getpid()}"
    try:
        daemons.define(name, guest=REDRAWS)
        application()
        run(measure(name, seconds))
    finally:
        daemons.undefine(name)
        daemons.stop()


if __name__ == "__main__":
    main(sys.argv[1:])

"""Live preview: the screendump viewer refreshing a 1024x768 VM five times a second,
in the real main window. Achieved rate, the app's CPU, and the window's stalls.

The guest is a boot sector that sets VBE mode 0x118 (1024x768, 24-bit) and halts.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/live_preview.py [SECONDS]
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from bench.common import Qemu, StallProbe, application, close_window, until
from qmpgui.app import create_main_window
from qmpgui.app.event_loop import run
from qmpgui.qmp.actions import VmAction

#: mov ax,4F02h; mov bx,4118h; int 10h; hlt; jmp $-1 (VBE 1024x768x24, linear frame buffer).
VBE_1024 = bytes.fromhex("B8 02 4F BB 18 41 CD 10 F4 EB FD")
INTERVAL_S = 0.2


def floppy(path: Path) -> Path:
    path.write_bytes(VBE_1024 + bytes(510 - len(VBE_1024)) + b"\x55\xaa" + bytes(1_474_048))
    return path


async def preview(socket: Path, seconds: float) -> None:
    window = create_main_window([str(socket)])
    window.show()
    session = window.model.session(0)
    await until(lambda: session.connected, "a connection")
    await asyncio.sleep(3)  # the BIOS, then the guest's mode switch
    window.vm_list.selectRow(0)
    window.vm_actions.actions[VmAction.SCREENDUMP].trigger()
    viewer = window.vm_actions.screendumps.viewers[session]
    await until(lambda: viewer.frame is not None, "the first picture")
    assert viewer.frame is not None
    size = viewer.frame.image.size()
    viewer.interval.setValue(INTERVAL_S)
    probe = StallProbe(10)
    first = viewer.grab_count
    cpu = time.process_time()
    probe.start()
    start = time.monotonic()
    viewer.live.setChecked(True)
    await asyncio.sleep(seconds)
    viewer.live.setChecked(False)
    wall = time.monotonic() - start
    cpu = time.process_time() - cpu
    probe.stop()
    frames = viewer.grab_count - first
    print(f"screen {size.width()}x{size.height()}, live every {INTERVAL_S} s for {seconds:g} s\n")
    print(f"achieved {frames / wall:.1f} pictures/s (asked {1 / INTERVAL_S:g}/s)")
    print(f"app CPU {cpu / wall * 100:.0f} % of one core")
    print(f"window stall (10 ms timer lateness): {probe.summary()}")
    await close_window(window)


def main(argv: list[str]) -> None:
    seconds = float(argv[0]) if argv else 10.0
    folder = Path(tempfile.mkdtemp(prefix="qg-bench-"))
    os.environ["XDG_STATE_HOME"] = str(folder / "state")
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    image = floppy(folder / "vbe.img")
    qemu = Qemu("-vga", "std", "-drive", f"file={image},if=floppy,format=raw")
    try:
        application()
        run(preview(qemu.socket, seconds))
    finally:
        qemu.stop()


if __name__ == "__main__":
    main(sys.argv[1:])

"""The README's pictures, taken from the real app on the demo VM.

    python -m tests.helpers.pictures OUT [--only NAME ...]

scripts/screenshots.sh runs it on an X server of its own (it needs a screen to read
back: popups are separate windows). The window is the one `qmpgui --demo` shows, built
by create_main_window() under the app's own loop, at WINDOW_SIZE, beside a saved VM
whose socket does not exist. Each picture is a scene of tests/helpers/picture_scenes.py
and is written to OUT under its docs/ path (`OUT/panes/pci.png`).

What the app keeps (its configuration, window layout, event log files, console history,
screendumps) goes to a temporary folder removed at the end: a user's own files are
never read or written. SIGINT, SIGTERM and SIGHUP close the window as in qmpgui, which
stops the demo VM; the exit status is then 1, as when a picture could not be taken.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from qmpgui.__main__ import application
from qmpgui.app import create_main_window
from qmpgui.app.ending import Ending
from qmpgui.app.event_loop import LoopEnded
from qmpgui.app.event_loop import run as run_loop
from qmpgui.app.main_window import MainWindow
from tests.helpers.dialogs import dismiss_dialogs
from tests.helpers.picture_places import Places
from tests.helpers.picture_scenes import NEEDS_PLACES, SCENES
from tests.helpers.shooter import PictureError, Shooter

#: The second VM of the pictures, in a clear error: its endpoint is a loopback port where
#: a program that is not QEMU listens (_not_qemu()), as when the wrong port is given.
OTHER_VM_NAME = "build-runner"
#: What that program says first: a line that is not JSON.
NOT_QMP_GREETING = b"SSH-2.0-OpenSSH_9.2p1\r\n"


def _say(text: str) -> None:
    print(f"pictures: {text}", file=sys.stderr, flush=True)


def _isolate(home: Path) -> Path:
    """Point every folder the app uses into `home`; the configuration file to use."""
    for variable, folder in (
        ("HOME", "home"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ):
        path = home / folder
        path.mkdir(mode=0o700)
        os.environ[variable] = str(path)
    config = home / "config" / "qmpgui" / "config.json"
    config.parent.mkdir()
    return config


async def _not_qemu() -> tuple[asyncio.AbstractServer, dict[str, Any]]:
    """The second VM's endpoint: a loopback port whose server greets as another program
    would, so the VM list shows a clear error (not a QMP server); its config entry."""

    async def greet(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(NOT_QMP_GREETING)
        await writer.drain()
        # Closed once the app lets go: a writer left to the garbage collector is closed
        # in whatever thread collects it.
        await reader.read()
        writer.close()

    server = await asyncio.start_server(greet, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    return server, {"name": OTHER_VM_NAME, "endpoint": f"127.0.0.1:{port}", "autoconnect": True}


async def _scenes(shot: Shooter, names: Sequence[str]) -> None:
    def demo_started() -> bool:
        failed = [text for _, _, text in shot.window.messages if text.startswith("demo VM: ")]
        if failed:  # the app said why, in the status bar and the log
            raise PictureError(failed[-1])
        return shot.demo_connected()

    await shot.until(demo_started, "the demo VM's start")
    for name in names:
        _say(f"taking {name}")
        await SCENES[name](shot)


async def _close(window: MainWindow, finished: asyncio.Event) -> None:
    if not finished.is_set():
        dismiss_dialogs()  # a scene that failed may have left one waiting in its exec()
        window.close()  # disconnects, stops the demo VM, writes what it keeps
        await finished.wait()


async def _take(
    ending: Ending, config: Path, out: Path, names: Sequence[str], places: Places | None
) -> int:
    ending.watch(asyncio.get_running_loop())
    not_qemu, other = await _not_qemu()
    settings: dict[str, Any] = {"vms": [other]}
    if places is not None:
        more = places.config()
        settings = {"vms": [other, *more["vms"]], "connections": more["connections"]}
    await asyncio.to_thread(config.write_text, json.dumps(settings))
    window = create_main_window(["--demo", "--config", str(config)])
    ending.attach(window)  # a signal now closes the window, and so ends this run
    finished = asyncio.Event()
    window.shutdownFinished.connect(finished.set)
    shot = Shooter(window, out)
    shot.lay_out()
    window.show()
    scenes = asyncio.ensure_future(_scenes(shot, names))
    closed = asyncio.ensure_future(finished.wait())
    await asyncio.wait({scenes, closed}, return_when=asyncio.FIRST_COMPLETED)
    status = 0
    if not scenes.done():
        scenes.cancel()
        _say("stopped before every picture was taken")
        status = 1
    elif scenes.exception() is not None:
        _say(f"failed: {scenes.exception()}")
        for _, _, text in list(window.messages)[-5:]:  # what the app said last may say why
            _say(f"the app said: {text}")
        status = 1
    closed.cancel()
    await _close(window, finished)
    not_qemu.close()
    if status == 0:
        _say(f"wrote {len(shot.taken)} pictures to {out}")
    return status


def _stale(out: Path) -> list[Path]:
    """The pictures in `out` that no scene takes (said): a full run leaves none."""
    stale = sorted(set(out.rglob("*.png")) - {out / name for name in SCENES})
    for path in stale:
        _say(f"{path} is no scene's picture: remove it, or add its scene")
    return stale


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pictures", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the folder the pictures go to (docs)")
    parser.add_argument(
        "--only", nargs="+", choices=list(SCENES), metavar="NAME", help="take these only"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Take the pictures; 0 when all were written, 1 when one could not be."""
    ending = Ending()  # first: a signal from here on stops the demo VM cleanly
    args = _parse(argv)
    # The places picture needs the machine's one libvirtd (root, taken in turns with the
    # libvirt tests): only when asked for by name.
    names = args.only or [name for name in SCENES if name not in NEEDS_PLACES]
    if os.geteuid() != 0 and NEEDS_PLACES & set(names):
        _say(f"{', '.join(sorted(NEEDS_PLACES))}: left out (libvirtd needs root)")
        names = [name for name in names if name not in NEEDS_PLACES]
    out = args.out.resolve()
    application("qmpgui")  # as qmpgui's own main() makes it: light or dark, its icon
    places: Places | None = None
    with tempfile.TemporaryDirectory(prefix="qmpgui-pictures-") as home:
        try:
            config = _isolate(Path(home))
            if NEEDS_PLACES & set(names):
                _say("starting libvirtd, a VM and an sshd for the places picture")
                places = Places.start(Path(os.environ["HOME"]))
            status = run_loop(_take(ending, config, out, names, places))
            return 1 if status == 0 and not args.only and _stale(out) else status
        except (PictureError, AssertionError) as err:
            _say(str(err))
            return 1
        except LoopEnded:
            _say("the display went away")
            return 1
        finally:
            if places is not None:
                places.stop()
            ending.finished()


if __name__ == "__main__":
    sys.exit(main())

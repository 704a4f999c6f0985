"""Entry point: `qmpgui [ENDPOINT ...]`, `python -m qmpgui`."""

from __future__ import annotations

import asyncio
import os
import sys
from typing import TYPE_CHECKING

from qmpgui import APP_ID
from qmpgui.app.cli import Options, parse_options
from qmpgui.app.ending import Ending
from qmpgui.host.demo import DemoError, find_qemu

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

#: `dark` or `light`: the colour scheme asked of Qt (QStyleHints.setColorScheme); unset, the
#: desktop's. The platform theme applies it: on X11 without a desktop, QT_QPA_PLATFORMTHEME=gnome.
COLOR_SCHEME_VARIABLE = "QMPGUI_COLOR_SCHEME"
_COLOR_SCHEMES = ("dark", "light")


def color_scheme_asked() -> str | None:
    """The colour scheme QMPGUI_COLOR_SCHEME asks for; None when unset or not one (said)."""
    asked = os.environ.get(COLOR_SCHEME_VARIABLE, "").strip().lower()
    if asked and asked not in _COLOR_SCHEMES:
        print(
            f"qmpgui: {COLOR_SCHEME_VARIABLE} must be dark or light, not {asked!r}: ignored",
            file=sys.stderr,
        )
    return asked if asked in _COLOR_SCHEMES else None


def application(argv0: str) -> QApplication:
    """The QApplication qmpgui runs in (made if none exists yet): its name, the user's
    language (qmpgui.app.languages), desktop file and icon, the colour scheme QMPGUI_COLOR_SCHEME asks for,
    dialog buttons' icons in the palette's colours (ui/icons.py's use_button_icons), and
    no quitting on the last window's close (the window ends the loop once its VMs are let go of and the demo VM
    stopped). Imports Qt: call it once the arguments are known to be good."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from qmpgui.app.languages import install_translations
    from qmpgui.app.window_parts import app_icon
    from qmpgui.ui.icons import use_button_icons

    app = QApplication.instance() or QApplication([argv0])
    assert isinstance(app, QApplication)
    app.setApplicationName("qmpgui")
    install_translations(app)
    use_button_icons(app)  # before the colour scheme: a new style resets the palette
    scheme = color_scheme_asked()
    if scheme is not None:
        dark = scheme == "dark"
        app.styleHints().setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    app.setDesktopFileName(APP_ID)  # packaging/APP_ID.desktop
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)
    return app


def _display_gone(demo: bool) -> str:
    """What qmpgui says when the display went away under its window."""
    stopped = ", the demo VM is stopped" if demo else ""
    return (
        "the display went away: qmpgui writes what it had not saved yet and quits; "
        f"the VMs keep running{stopped}."
    )


def _run_window(argv: list[str], options: Options, ending: Ending) -> int:
    # Qt is imported only once the arguments are known to be good: --help,
    # --version and the missing-QEMU message answer instantly.
    from qmpgui.app import create_main_window
    from qmpgui.app.collector import Collector
    from qmpgui.app.event_loop import LoopEnded
    from qmpgui.app.event_loop import run as run_loop
    from qmpgui.app.exit_when_connected import ExitWhenConnected, exit_when_connected
    from qmpgui.app.instance import start_or_hand_over
    from qmpgui.ui.crash import install_excepthook, loop_exception_handler

    app = application(sys.argv[0] if sys.argv else "qmpgui")
    install_excepthook()
    Collector(app)  # full garbage collections rarely, and when no one looks
    # One qmpgui per configuration file: a second start hands its endpoints over.
    instance = start_or_hand_over(options)
    if isinstance(instance, int):
        return instance

    watcher: ExitWhenConnected | None = None

    async def run() -> None:
        nonlocal watcher
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(loop_exception_handler)
        # Ctrl+C, SIGTERM and SIGHUP close the window the normal way (demo VM stopped).
        ending.watch(loop)
        window = create_main_window(argv)
        ending.attach(window)
        if instance is not None:
            instance.serve(lambda handover: window.take_handover(handover.endpoints, handover.demo))
        finished = asyncio.Event()
        window.shutdownFinished.connect(finished.set)
        watcher = exit_when_connected(window)
        window.show()
        await finished.wait()

    if instance is not None:
        ending.at_end(instance.release)
    try:
        run_loop(run())
    except LoopEnded:
        # Qt ends its loop by itself when the connection to the display breaks.
        ending.end_now(_display_gone(options.demo), 1)
    finally:
        ending.finished()  # the window is gone: nothing left to close
        if instance is not None:
            instance.release()
    if app.platformName() == "offscreen":
        # PySide6 crashes at exit when this clipboard still owns a QMimeData; no one can
        # paste from an offscreen clipboard after the process ends anyway.
        app.clipboard().clear()
    return watcher.status if watcher is not None else 0


def _no_display() -> str | None:
    """Why Qt could not open a window here, before Qt aborts the process itself."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform != "linux":
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "qmpgui needs a graphical display, and neither DISPLAY nor WAYLAND_DISPLAY is set.\n"
        "On a machine without a screen, run it on a virtual one: xvfb-run -a qmpgui --demo"
    )


def main() -> int:
    ending = Ending()  # first: from here on no signal meets Python's default handler
    argv = sys.argv[1:]
    options = parse_options(argv)
    problem = _no_display()
    if problem:
        print(f"qmpgui: {problem}", file=sys.stderr)
        return 1
    if options.demo:
        try:
            find_qemu()
        except DemoError as err:
            print(f"qmpgui: {err}", file=sys.stderr)
            return 1
    return _run_window(argv, options, ending)


if __name__ == "__main__":
    sys.exit(main())

"""Application wiring: the main window and what builds it."""

# ruff: noqa: E402 (the cycle collector is held back before the window's modules load)
from __future__ import annotations

import logging

from qmpgui.app.first_paint import after_first_paint, hold_collector, release_collector

hold_collector()  # until the first paint (app/first_paint.py)

# isort: split
from qmpgui.app.cli import parse_options
from qmpgui.app.main_window import MainWindow
from qmpgui.host.demo import find_qemu
from qmpgui.qmp.debug_log import mask_protocol_log
from qmpgui.store.config import load_config


def create_main_window(argv: list[str]) -> MainWindow:
    """Build the main window for the arguments after the program name.

    Does everything `main()` does except run the event loop: it must be called
    with a qasync loop running (connections start at once). Raises SystemExit
    for --help, --version and misuse, and DemoError when --demo cannot work.
    """
    options = parse_options(argv)
    if options.debug:
        logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(name)s: %(message)s")
        mask_protocol_log()  # qemu.qmp logs every message: no secret on stderr
    if options.demo:
        find_qemu()  # fail before any window appears
    window = MainWindow(options, load_config(options.config_path))
    after_first_paint(window, release_collector)
    return window


__all__ = ["MainWindow", "create_main_window"]

"""The entry of the PyInstaller bundle (packaging/qmpgui.spec): qmpgui's own programs
first (qmpgui.subprograms: the bundle's executable stands in for Python), else the
window, as `qmpgui` from a virtual environment."""

import sys

from qmpgui.subprograms import run_module_if_asked

run_module_if_asked(sys.argv)

from qmpgui.__main__ import main  # noqa: E402 (only once no program was asked for)

sys.exit(main())

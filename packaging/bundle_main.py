"""The entry of the PyInstaller bundle (packaging/qmpgui.spec): qmpgui's own programs
first (qmpgui.subprograms: the bundle's executable stands in for Python), then
qmpgui-batch when started by that name (scripts/bundle.sh links it to the executable),
else the window, as `qmpgui` from a virtual environment."""

import os
import sys

from qmpgui.subprograms import run_module_if_asked

run_module_if_asked(sys.argv)

if os.path.basename(sys.argv[0]) == "qmpgui-batch":  # pyproject's script of that name
    from qmpgui.cli.batch import main as batch_main

    sys.exit(batch_main())

from qmpgui.__main__ import main  # noqa: E402 (only once no program was asked for)

sys.exit(main())

"""How qmpgui starts its own programs as processes of their own: the demo VM's watchdog
and parent-death wrapper (qmpgui.host) and the libvirt worker (qmpgui.virt).

From a virtual environment or a source tree each is `python -m MODULE`. In the
PyInstaller bundle (scripts/bundle.sh) there is no Python to run: `sys.executable` is
the bundle's qmpgui itself, so each is `qmpgui RUN_MODULE MODULE ...`, which the
bundle's entry (packaging/bundle_main.py) hands to `run_module_if_asked()` before
anything else runs. Standard library only, and above the layers: host/ and virt/ both
use it.
"""

from __future__ import annotations

import runpy
import sys

#: The argument that makes the bundle's executable run one of SUBPROGRAMS instead of
#: the window; no one types it.
RUN_MODULE = "--run-qmpgui-module"

#: The modules qmpgui starts as programs; only these run through RUN_MODULE (the
#: bundle's spec also takes them in, since nothing imports them by name).
SUBPROGRAMS = (
    "qmpgui.host.parent_death",
    "qmpgui.host.demo_watchdog",
    "qmpgui.virt.worker",
)


def frozen() -> bool:
    """Whether this process is a PyInstaller bundle's (`sys.frozen`), not Python's."""
    return bool(getattr(sys, "frozen", False))


def module_command(module: str) -> list[str]:
    """The command line (argv, before the module's own arguments) that runs `module`,
    one of SUBPROGRAMS, as a program. Raises ValueError for another module."""
    if module not in SUBPROGRAMS:
        raise ValueError(f"{module} is not one of qmpgui's programs")
    if frozen():
        return [sys.executable, RUN_MODULE, module]
    return [sys.executable, "-m", module]


def run_module_if_asked(argv: list[str]) -> None:
    """Run the module `argv` names (`PROGRAM RUN_MODULE MODULE ARG ...`) as `__main__`
    with `sys.argv` `[MODULE, ARG ...]`, as `python -m` would; return at once when argv
    asks for none. The module ends the process (SystemExit); a module not in
    SUBPROGRAMS exits with status 2 and says so."""
    if len(argv) < 3 or argv[1] != RUN_MODULE:
        return
    module = argv[2]
    if module not in SUBPROGRAMS:
        print(f"qmpgui: {module} is not one of qmpgui's programs", file=sys.stderr)
        raise SystemExit(2)
    sys.argv = [module, *argv[3:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
    raise SystemExit(0)

"""How qmpgui starts its own programs: `python -m MODULE` from Python, the bundle's
executable with --run-qmpgui-module where qmpgui is a PyInstaller bundle (the bundle
itself is tests/packaging/test_bundle.py's)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from qmpgui import subprograms
from qmpgui.host.demo import parent_death_prefix


def test_from_python_each_program_is_python_dash_m() -> None:
    assert subprograms.module_command("qmpgui.virt.worker") == [
        sys.executable,
        "-m",
        "qmpgui.virt.worker",
    ]
    # The parent-death wrapper runs as a bare file: the shortest start.
    prefix = parent_death_prefix()
    assert prefix[:3] == [sys.executable, "-I", "-S"] and prefix[3].endswith("parent_death.py")


def test_in_a_bundle_each_program_is_the_bundle_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/qmpgui/qmpgui")
    assert subprograms.module_command("qmpgui.host.demo_watchdog") == [
        "/opt/qmpgui/qmpgui",
        "--run-qmpgui-module",
        "qmpgui.host.demo_watchdog",
    ]
    assert parent_death_prefix()[:3] == [
        "/opt/qmpgui/qmpgui",
        "--run-qmpgui-module",
        "qmpgui.host.parent_death",
    ]
    with pytest.raises(ValueError, match="os is not one of qmpgui's programs"):
        subprograms.module_command("os")


def test_the_bundle_entry_runs_the_program_asked_for() -> None:
    # packaging/bundle_main.py under Python: the parent-death wrapper runs and execs.
    from tests.helpers.packaging import PACKAGING

    code = (
        "import os, subprocess, sys;"
        f"r = subprocess.run([sys.executable, {str(PACKAGING / 'bundle_main.py')!r},"
        " '--run-qmpgui-module', 'qmpgui.host.parent_death', str(os.getpid()), '--',"
        " 'echo', 'ran'], capture_output=True, text=True);"
        "print(r.returncode, r.stdout.strip())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "0 ran"

"""The one-folder bundle (scripts/bundle.sh, packaging/qmpgui.spec): it starts as a user
starts it, opens its window on the demo VM, connects and exits 0; its qmpgui-batch runs
a script against a real QEMU, also from a copy of the folder; it carries none of what
was trimmed, and the spec leaves out no Qt module that qmpgui imports."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers.app_process import app_env, demo_folders, processes_naming
from tests.helpers.bundle import built_bundle, folder_size
from tests.helpers.packaging import PACKAGING, ROOT, pyproject_version
from tests.helpers.qemu_vm import QemuVm

#: The bundle measured 184 MB when the trimming was written (240 MB without it).
MAX_BYTES = 200 * 1000 * 1000


@pytest.fixture(scope="module")
def bundle() -> Path:
    return built_bundle()


@pytest.mark.qemu
@pytest.mark.timeout(900)  # the build, when the cache has none for these sources
def test_the_bundle_opens_a_window_on_the_demo_vm_connects_and_exits_0(
    bundle: Path, short_tmp: Path
) -> None:
    env = app_env(
        short_tmp,
        QMPGUI_EXIT_WHEN_CONNECTED="60",
        XDG_STATE_HOME=str(short_tmp / "state"),
        XDG_CONFIG_HOME=str(short_tmp / "config"),
    )
    config = short_tmp / "config.json"
    result = subprocess.run(
        [str(bundle / "qmpgui"), "--demo", "--config", str(config)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    said = result.stdout + result.stderr
    assert result.returncode == 0, said
    # QEMU's own -name, read over QMP: the bundle spoke to the demo VM.
    assert "qmpgui: connected to qmpgui-demo; closing" in result.stdout, said
    assert "Traceback" not in said
    # The window was there: closing it kept its layout beside the configuration file.
    assert (short_tmp / "config.window.ini").is_file()
    # The demo VM was stopped and its folder removed, through the bundle's own programs.
    assert demo_folders(short_tmp) == []
    assert processes_naming(short_tmp) == []


@pytest.mark.qemu
def test_the_bundles_qmpgui_batch_runs_a_script_against_qemu(
    bundle: Path, qemu: QemuVm, tmp_path: Path
) -> None:
    # A copy of the folder, as a user copies it to another machine: the program and
    # qmpgui-batch beside it go along.
    copied = tmp_path / "qmpgui"
    shutil.copytree(bundle, copied, symlinks=True)
    program = copied / "qmpgui-batch"
    usage = subprocess.run([str(program), "--help"], capture_output=True, text=True, check=False)
    assert usage.returncode == 0, usage.stderr
    assert usage.stdout.startswith("usage: qmpgui-batch ")
    done = subprocess.run(
        [str(program), str(qemu.app_socket), "-"],
        input="query-name\nstop\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "line 1: query-name ok" in done.stdout and '"name": "testvm"' in done.stdout
    assert "qmpgui-batch: sent 2, ok 2, failed 0" in done.stderr
    # The VM's own second monitor sees what the script did.
    assert qemu.watch.execute("query-status")["status"] == "paused"


def test_the_bundle_says_the_version_and_carries_nothing_trimmed(bundle: Path) -> None:
    version = subprocess.run(
        [str(bundle / "qmpgui"), "--version"], capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == f"qmpgui {pyproject_version()}"
    internal = bundle / "_internal"
    qt = internal / "PySide6" / "Qt"
    assert not (qt / "translations").exists()
    assert not (internal / "PySide6" / "QtDBus.abi3.so").exists()
    assert not list(internal.glob("libgtk-3.so*"))
    plugins = {p.relative_to(qt / "plugins").as_posix() for p in (qt / "plugins").rglob("*.so")}
    assert {
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "platforms/libqoffscreen.so",
    } <= plugins
    assert {"imageformats/libqsvg.so", "iconengines/libqsvgicon.so"} <= plugins
    assert not any(p.startswith(("egldeviceintegrations/", "tls/", "generic/")) for p in plugins)
    assert folder_size(bundle) < MAX_BYTES, folder_size(bundle)


def _spec_list(name: str) -> list[str]:
    tree = ast.parse((PACKAGING / "qmpgui.spec").read_text())
    for node in tree.body:
        if isinstance(node, ast.AnnAssign | ast.Assign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                assert node.value is not None
                return list(ast.literal_eval(node.value))
    raise AssertionError(f"no {name} in packaging/qmpgui.spec")


def test_the_spec_leaves_out_no_qt_module_qmpgui_imports() -> None:
    imported: set[str] = set()
    for file in (ROOT / "qmpgui").rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            imported |= {n for n in names if n.startswith("PySide6.")}
    excluded = set(_spec_list("QT_EXCLUDES"))
    assert excluded and not excluded & imported, excluded & imported
    assert {"PySide6.QtCore", "PySide6.QtWidgets"} <= imported  # the scan sees imports


def test_bundle_script_says_usage_on_a_wrong_argument() -> None:
    result = subprocess.run(
        [str(ROOT / "scripts" / "bundle.sh"), "--bogus"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ},
    )
    assert result.returncode == 2 and "usage: scripts/bundle.sh" in result.stderr


def test_the_bundle_runs_the_libvirt_worker_and_no_other_module(bundle: Path) -> None:
    # libvirt's test driver needs no daemon: the worker opens it and says it is ready,
    # so libvirt-python and the library it links came along.
    worker = subprocess.run(
        [str(bundle / "qmpgui"), "--run-qmpgui-module", "qmpgui.virt.worker", "test:///default"],
        input="",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert worker.returncode == 0 and '{"event":"ready"}' in worker.stdout, worker.stderr
    other = subprocess.run(
        [str(bundle / "qmpgui"), "--run-qmpgui-module", "os"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert other.returncode == 2 and "os is not one of qmpgui's programs" in other.stderr


def test_the_bundle_carries_every_module_of_qmpgui(bundle: Path) -> None:
    # The panes are imported as the registry finds them, by name: a bundle that had
    # only what imports name showed three tabs of eighteen.
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(bundle / "qmpgui")).open_embedded_archive("PYZ.pyz")
    package = ROOT / "qmpgui"
    modules = {
        ".".join(("qmpgui", *f.relative_to(package).with_suffix("").parts)).removesuffix(
            ".__init__"
        )
        for f in package.rglob("*.py")
    }
    missing = sorted(modules - set(archive.toc))
    assert not missing, missing
    assert "qmpgui.ui.panes.pci" in archive.toc


def test_the_bundle_carries_the_bundled_icons_and_their_licence(bundle: Path) -> None:
    # Without them a desktop without an icon theme shows actions without icons.
    icons = ROOT / "resources" / "icons"
    carried = bundle / "_internal" / "qmpgui" / "resources" / "icons"
    wanted = {f.name for f in icons.iterdir() if f.suffix == ".svg" or f.name == "COPYING"}
    assert wanted <= {f.name for f in carried.iterdir()}

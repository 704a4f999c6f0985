"""qmpgui-batch prints no secret: not the arguments sent, not a secret QEMU returns,
as text or with --json, from a QMP script and an --hmp one, against a real QEMU 7.2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from qmpgui.qmp.secrets import MASK
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.secret_inputs import MARK, hmp_lines, qmp_lines, vnc_with_password

REPO = Path(__file__).resolve().parents[2]


def batch(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qmpgui.cli.batch", *args],
        check=False,  # some lines fail on QEMU 7.2 (the legacy change): the output is checked
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.qemu
@pytest.mark.parametrize("as_json", [False, True])
def test_no_secret_in_the_output(short_tmp: Path, as_json: bool) -> None:
    vm = QemuVm(short_tmp).start(extra=vnc_with_password(short_tmp))
    try:
        flags = ["--keep-going", *(["--json"] if as_json else [])]
        script = short_tmp / "secrets.qmp"
        lines = [*(f"hmp {line}" for line in hmp_lines("m")), *qmp_lines("p")]
        script.write_text("\n".join(lines) + "\n")
        mixed = batch(str(vm.app_socket), str(script), *flags)
        script.write_text("\n".join(hmp_lines("h")) + "\n")
        hmp = batch(str(vm.app_socket), str(script), "--hmp", *flags)
        # What the lines did, seen from the test's own monitor: QEMU read the secrets.
        for path, secret in (("/objects/sAm", "a"), ("/objects/sHp", "i"), ("/objects/sBh", "b")):
            assert vm.watch.execute("qom-get", {"path": path, "property": "data"}) == (
                MARK + secret
            )
        for run in (mixed, hmp):
            assert MASK in run.stdout
            assert MARK not in run.stdout + run.stderr
    finally:
        vm.stop()


@pytest.mark.qemu
def test_a_line_that_would_set_a_secret_to_the_mask_is_not_sent(short_tmp: Path) -> None:
    vm = QemuVm(short_tmp).start()
    try:
        script = short_tmp / "recalled.qmp"
        script.write_text(f"object-add qom-type=secret id=sM data={MASK}\n")
        run = batch(str(vm.app_socket), str(script))
        assert run.returncode != 0
        assert "type the secret again" in run.stdout + run.stderr
        objects = vm.watch.execute("qom-list", {"path": "/objects"})
        assert "sM" not in [child["name"] for child in objects]
    finally:
        vm.stop()

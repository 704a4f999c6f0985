"""Remote monitors' faults seen through the main window: an ssh:// VM whose socket is
not there (yet), and QMP over TLS whose server certificate is not trusted. Real QEMU,
a private sshd, certificates made by openssl."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qmpgui.session import ConnState
from tests.helpers.certs import tls_certificates
from tests.helpers.guard import Guard
from tests.helpers.qemu_vm import QemuVm, watched_status
from tests.helpers.runner import AsyncRunner
from tests.helpers.sshd import Sshd
from tests.helpers.tls_vm import start_tls_vm
from tests.helpers.windows import Windows, act, config_file, state_text, told

pytestmark = pytest.mark.qemu


@pytest.mark.sshd
def test_a_remote_socket_missing_is_named_with_its_host_and_waited_for(
    short_tmp: Path, trusted: Sshd, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    later = short_tmp / "later"
    later.mkdir()
    vm = QemuVm(later)  # not started: no socket at its path yet
    window = windows.open(trusted.url(vm.app_socket))
    session = window.model.session(0)
    start = guard.ticks
    arun.wait(lambda: session.state is ConnState.WAITING, timeout=60)
    guard.ticked_since(start)
    path = vm.app_socket
    missing = (
        f"no such file on 127.0.0.1: {path} (is QEMU running there with "
        f"-qmp unix:{path},server=on,wait=off?)"
    )
    assert state_text(window) == "waiting for QEMU"
    assert session.error == missing
    assert told(window, f"waiting for QEMU: {missing}; qmpgui connects once QEMU listens there")
    vm.start()
    try:
        arun.wait(lambda: session.connected, timeout=60)  # by itself, once QEMU listens
        act(window, "actionStop").trigger()
        arun.wait(lambda: watched_status(vm) == "paused")
    finally:
        vm.stop()
    guard.assert_clean()


def test_an_untrusted_tls_certificate_is_said_with_the_ca_to_give(
    short_tmp: Path, tmp_path: Path, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    pki = tls_certificates(short_tmp / "pki")
    vm, port = start_tls_vm(short_tmp, pki)
    endpoint = f"tls:127.0.0.1:{port}"
    client = {"cert": str(pki / "client-cert.pem"), "key": str(pki / "client-key.pem")}
    other = {"ca": str(pki / "other-ca-cert.pem"), **client}  # not the CA that signed QEMU's
    try:
        entry = {"name": "db1", "endpoint": endpoint, "autoconnect": True}
        window = windows.open(config={"vms": [{**entry, "tls": other}]})
        session = window.model.session(0)
        start = guard.ticks
        arun.wait(lambda: session.state is ConnState.ERROR, timeout=60)
        guard.ticked_since(start)
        sentence = (
            f"the server's certificate (127.0.0.1:{port}) is not trusted: it is not signed "
            f"by {other['ca']} (unable to get local issuer certificate); give the CA "
            "certificate that signed QEMU's server-cert.pem"
        )
        assert (session.error, session.error_cause) == (sentence, "certificate not trusted")
        assert state_text(window) == f"error: {sentence}"
        assert told(window, sentence)
        assert watched_status(vm) == "running"  # nothing was sent to QEMU
        # The CA that signed it, given in the config file as an editor saves: connected.
        fixed = {**entry, "tls": {**other, "ca": str(pki / "ca-cert.pem")}}
        new = config_file(tmp_path).with_name("config.json.new")
        new.write_text(json.dumps({"vms": [fixed]}))
        new.replace(config_file(tmp_path))
        arun.wait(lambda: session.connected, timeout=60)
        act(window, "actionStop").trigger()
        arun.wait(lambda: watched_status(vm) == "paused")
    finally:
        vm.stop()
    guard.assert_clean()

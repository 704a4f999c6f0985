"""A real QEMU whose monitor for the app is QMP over TLS, on a port of its choosing."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.qemu_vm import QemuVm


def tls_monitor_args(pki: Path, *, verify_peer: bool = True, tls: bool = True) -> list[str]:
    """QEMU's arguments for a monitor on 127.0.0.1 (port 0: QEMU picks one), served
    over TLS with the certificates in `pki` (tls_certificates()), or plain with `tls`
    false. The server's certificate is not checked by QEMU itself (sanity-check=off),
    so that an expired one still starts."""
    creds = (
        [
            "-object",
            f"tls-creds-x509,id=tls0,dir={pki},endpoint=server,"
            f"verify-peer={'on' if verify_peer else 'off'},sanity-check=off",
        ]
        if tls
        else []
    )
    return [
        *creds,
        "-chardev",
        "socket,id=tlsmon,host=127.0.0.1,port=0,server=on,wait=off"
        + (",tls-creds=tls0" if tls else ""),
        "-mon",
        "chardev=tlsmon,mode=control",
    ]


def monitor_port(vm: QemuVm) -> int:
    """The port QEMU chose for the `tlsmon` chardev, asked through the test's monitor."""
    for chardev in vm.watch.execute("query-chardev"):
        if chardev["label"] == "tlsmon":
            # "disconnected:tcp:127.0.0.1:45277,server=on"
            address = chardev["filename"].split("tcp:", 1)[1].split(",", 1)[0]
            return int(address.rsplit(":", 1)[1])
    raise AssertionError("QEMU has no tlsmon chardev")


def start_tls_vm(folder: Path, pki: Path, **kwargs: bool) -> tuple[QemuVm, int]:
    """A started QEMU in `folder` with a TLS monitor (tls_monitor_args(pki, **kwargs))
    beside its two unix monitors, and the monitor's port."""
    vm = QemuVm(folder).start(extra=tls_monitor_args(pki, **kwargs))
    try:
        return vm, monitor_port(vm)
    except BaseException:
        vm.stop()
        raise

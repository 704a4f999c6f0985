"""libvirt's URI schemes: its drivers and transports (`qemu+ssh`), and which drivers
have QEMU's monitor, the only ones qmpgui can speak to."""

from __future__ import annotations

from qmpgui.i18n import translate

#: libvirt's hypervisor drivers and transports (qemu:///system, qemu+ssh://host/system).
_LIBVIRT_DRIVERS = frozenset(
    {"qemu", "kvm", "xen", "libxl", "lxc", "test", "vbox", "esx", "vpx", "bhyve", "ch", "vz"}
)
_LIBVIRT_TRANSPORTS = frozenset({"unix", "ssh", "libssh", "libssh2", "tcp", "tls", "ext"})
#: The libvirt drivers whose domains have a QEMU monitor: QEMU's (kvm:// is its old
#: name) and libvirt's test driver (test:///default, one domain and no daemon: to try
#: the list out; its domains are listed and followed, their monitor is not there).
QEMU_DRIVERS = frozenset({"qemu", "kvm", "test"})


def not_qemu_sentence(text: str, driver: str) -> str:
    """Why the libvirt URI `text` of `driver` (xen, lxc, ...) is refused, in words."""
    return translate(
        "libvirt_schemes",
        "'{text}' is a connection of libvirt's {driver} driver: qmpgui speaks to QEMU's monitor, which only libvirt's QEMU driver has (qemu:///system, qemu:///session, qemu+ssh://, qemu+tcp://, qemu+tls://, qemu+unix://, qemu+ext://)",
    ).format(text=text, driver=driver)


def is_libvirt(scheme: str) -> bool:
    """Whether `scheme` is a libvirt driver, alone or with a transport (`qemu+ssh`)."""
    driver, plus, transport = scheme.lower().partition("+")
    return driver in _LIBVIRT_DRIVERS and (not plus or transport in _LIBVIRT_TRANSPORTS)

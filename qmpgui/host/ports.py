"""Free TCP ports on this host, for a destination of a migration to listen on."""

from __future__ import annotations

import socket


def free_tcp_port(host: str = "127.0.0.1") -> int | None:
    """A TCP port on `host` that nothing listens on now (the kernel's choice: binding
    port 0 does not block), or None when no socket could be bound there. Another
    program may take it before QEMU does; QEMU's refusal then says so."""
    try:
        with socket.socket() as probe:
            probe.bind((host, 0))
            return int(probe.getsockname()[1])
    except OSError:
        return None

"""Opening the socket to a monitor on this host or over TCP (TLS included: the
handshake comes after), before qemu.qmp takes it over."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

from qmpgui.i18n import translate
from qmpgui.qmp.endpoint import Endpoint


def connect_unix(sock: socket.socket, path: str) -> None:
    """Connect the non-blocking unix socket `sock` to `path`, at once or not at all.

    Raises BlockingIOError when the server's queue of clients waiting to be accepted is
    full (a monitor that a client holds, tried by others meanwhile), which asyncio's
    sock_connect would take for a connection in progress; OSError for the rest.
    """
    sock.connect(path)


async def open_socket(endpoint: Endpoint, timeout: float) -> socket.socket:
    """A non-blocking socket connected to the unix socket or TCP port of `endpoint`
    (each address of a host name tried in turn, `timeout` seconds each).

    QmpConnection connects the transport itself so a hung connect and a silent server
    (a busy monitor) can be told apart. Raises BlockingIOError as connect_unix() does,
    TimeoutError or another OSError (the last address's) when none connects.
    """
    loop = asyncio.get_running_loop()
    if endpoint.path is not None:
        candidates: list[tuple[int, Any]] = [(socket.AF_UNIX, endpoint.path)]
    else:
        infos = await loop.getaddrinfo(endpoint.host, endpoint.port, type=socket.SOCK_STREAM)
        candidates = [(family, addr) for family, _, _, _, addr in infos]
    last: OSError | None = None
    for family, addr in candidates:
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setblocking(False)
        try:
            if family == socket.AF_UNIX:
                connect_unix(sock, addr)
                return sock
            async with asyncio.timeout(timeout):  # wait_for may lose a cancellation (3.11)
                await loop.sock_connect(sock, addr)
            return sock
        except BlockingIOError:
            sock.close()
            raise
        except TimeoutError:
            sock.close()
            last = TimeoutError(110, translate("opening", "the connection attempt timed out"))
        except OSError as err:
            sock.close()
            last = err
        except BaseException:
            sock.close()
            raise
    assert last is not None
    raise last

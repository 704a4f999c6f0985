"""A small RFB 3.8 client that logs in to a VNC server with VNC authentication (RFC 6143,
7.2.2): what a viewer does, to check from outside that a display password works.

VNC authentication encrypts the server's 16-byte challenge with DES, keyed by the
password's first 8 bytes (padded with NULs) with the bits of each byte reversed.
"""

from __future__ import annotations

import socket
import struct

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, modes

VERSION = b"RFB 003.008\n"
#: The security types of RFC 6143, 7.1.2.
NONE, VNC_AUTH = 1, 2


class LoginFailed(Exception):
    """The server refused the login; the message is its reason."""


def _reversed_bits(byte: int) -> int:
    return int(f"{byte:08b}"[::-1], 2)


def vnc_response(password: str, challenge: bytes) -> bytes:
    """The answer to `challenge` (16 bytes) for `password` (its first 8 bytes count)."""
    key = bytes(_reversed_bits(b) for b in password.encode()[:8].ljust(8, b"\0"))
    # TripleDES with one key three times (K1 = K2 = K3) is single DES.
    encryptor = Cipher(TripleDES(key * 3), modes.ECB()).encryptor()
    return encryptor.update(challenge) + encryptor.finalize()


def _read(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise LoginFailed("the server closed the connection")
        data += chunk
    return data


def _reason(sock: socket.socket) -> str:
    (length,) = struct.unpack(">I", _read(sock, 4))
    return _read(sock, length).decode(errors="replace")


def security_types(host: str, port: int, timeout: float = 10.0) -> list[int]:
    """The security types the server at `host`:`port` offers (1: none, 2: VNC auth)."""
    with socket.create_connection((host, port), timeout=timeout) as sock:
        _read(sock, 12)
        sock.sendall(VERSION)
        (count,) = struct.unpack("B", _read(sock, 1))
        if count == 0:
            raise LoginFailed(_reason(sock))
        return list(_read(sock, count))


def login(host: str, port: int, password: str, timeout: float = 10.0) -> None:
    """Log in to the VNC server at `host`:`port` with `password` and VNC authentication,
    up to the server's SecurityResult; raises LoginFailed with the server's reason when
    it refuses, or when it does not offer VNC authentication."""
    with socket.create_connection((host, port), timeout=timeout) as sock:
        server_version = _read(sock, 12)
        if not server_version.startswith(b"RFB "):
            raise LoginFailed(f"not an RFB server: {server_version!r}")
        sock.sendall(VERSION)
        (count,) = struct.unpack("B", _read(sock, 1))
        if count == 0:
            raise LoginFailed(_reason(sock))
        types = list(_read(sock, count))
        if VNC_AUTH not in types:
            raise LoginFailed(f"VNC authentication not offered (security types {types})")
        sock.sendall(bytes([VNC_AUTH]))
        challenge = _read(sock, 16)
        sock.sendall(vnc_response(password, challenge))
        (result,) = struct.unpack(">I", _read(sock, 4))
        if result != 0:
            raise LoginFailed(_reason(sock))

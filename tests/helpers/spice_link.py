"""A small SPICE client that opens the main channel with a password (SPICE's link
stage, spice-protocol's protocol.h): what a viewer does, to check from outside that a
SPICE password (QEMU's ticket) works.

The client sends SpiceLinkHeader and SpiceLinkMess without capabilities (so the server
asks for the ticket, not an auth mechanism), reads SpiceLinkReply's 1024-bit RSA key,
and sends the password with a NUL, encrypted with RSA-OAEP (SHA-1); the server answers
with a link error code, 0 for OK.
"""

from __future__ import annotations

import socket
import struct

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

MAGIC = b"REDQ"
MAJOR, MINOR = 2, 2
MAIN_CHANNEL = 1
#: SpiceLinkReply's public key: a DER SubjectPublicKeyInfo of 162 bytes.
PUBLIC_KEY_BYTES = 162
#: spice-protocol's SpiceLinkErr.
LINK_ERRORS = {
    0: "OK",
    1: "error",
    2: "invalid magic",
    3: "invalid data",
    4: "version mismatch",
    5: "need secured",
    6: "need unsecured",
    7: "permission denied",
    8: "bad connection id",
    9: "channel not available",
}


class LinkFailed(Exception):
    """The server refused the link; the message is its link error in words."""


def _read(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise LinkFailed("the server closed the connection")
        data += chunk
    return data


def login(host: str, port: int, password: str, timeout: float = 10.0) -> None:
    """Open the main channel of the SPICE server at `host`:`port` with `password`;
    raises LinkFailed with the link error's name when the server refuses."""
    with socket.create_connection((host, port), timeout=timeout) as sock:
        # SpiceLinkMess: connection_id, channel_type, channel_id, no caps, caps_offset.
        mess = struct.pack("<IBBIII", 0, MAIN_CHANNEL, 0, 0, 0, 18)
        sock.sendall(MAGIC + struct.pack("<III", MAJOR, MINOR, len(mess)) + mess)
        header = _read(sock, 16)
        if header[:4] != MAGIC:
            raise LinkFailed(f"not a SPICE server: {header[:4]!r}")
        (size,) = struct.unpack("<I", header[12:16])
        reply = _read(sock, size)
        (error,) = struct.unpack("<I", reply[:4])
        if error:
            raise LinkFailed(LINK_ERRORS.get(error, str(error)))
        key = serialization.load_der_public_key(reply[4 : 4 + PUBLIC_KEY_BYTES])
        assert isinstance(key, rsa.RSAPublicKey)
        oaep = padding.OAEP(padding.MGF1(hashes.SHA1()), hashes.SHA1(), None)
        sock.sendall(key.encrypt(password.encode() + b"\0", oaep))
        (result,) = struct.unpack("<I", _read(sock, 4))
        if result:
            raise LinkFailed(LINK_ERRORS.get(result, str(result)))

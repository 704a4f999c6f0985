"""A migration's destination URI as the Migrate dialog takes it, checked before it is
sent, so that a typo is said in words rather than left to QEMU's background connect
(which answers `migrate` with success and fails a moment later).

QEMU 7.2 takes `tcp:HOST:PORT`, `unix:PATH`, `exec:CMD` (a shell command whose stdin
gets the stream), `fd:NAME` and `rdma:`; `file:PATH` came with the `channels` argument of
`migrate` (QEMU 8.2), so the schema says whether the server has it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qmpgui.i18n import translate

#: The URI kinds offered, as the dialog's hint lists them.
KINDS = ("tcp:HOST:PORT", "unix:PATH", "exec:COMMAND", "file:PATH")

_PORT = re.compile(r"^\d{1,5}$")


@dataclass(frozen=True, slots=True)
class UriRules:
    """What the source accepts: `file:` only where its `migrate` has it (`file`);
    `exec:` not on a libvirt domain (`domain`), whose QEMU runs as libvirt's user in
    libvirt's confinement, with no shell of the user's."""

    file: bool = False
    domain: bool = False


def _tcp_problem(rest: str) -> str | None:
    if rest.startswith("["):  # an IPv6 address in brackets
        host, _, port = rest[1:].partition("]")
        if not port.startswith(":"):
            return translate("migration_uri", "write tcp:[ADDRESS]:PORT for an IPv6 address")
        port = port[1:]
    else:
        host, _, port = rest.rpartition(":")
    if not host:
        return translate(
            "migration_uri", "tcp: needs a host and a port: tcp:HOST:PORT (tcp:127.0.0.1:4444)"
        )
    if not _PORT.match(port) or not 0 < int(port) < 65536:
        return translate(
            "migration_uri", "'{port}' is not a port: tcp:HOST:PORT takes a port from 1 to 65535"
        ).format(port=port)
    return None


#: A host and a port with no scheme before them: "127.0.0.1:4444", "[::1]:4444",
#: "host.example:4444", "localhost:4444".
_HOST_PORT = re.compile(r"^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9][A-Za-z0-9.-]*):(\d{1,5})$")
#: QEMU's migration URI schemes (7.2's, and file: of 8.2).
_SCHEMES = ("tcp", "unix", "exec", "file", "fd", "rdma", "vsock")
#: The schemes that may be written with a "//" by habit (URLs have one; QEMU's
#: migration URIs have none).
_SLASHED = ("tcp", "unix", "file")


def _meant(uri: str) -> str | None:
    """A URI as users write them but QEMU does not take, with the one QEMU takes:
    "tcp://HOST:PORT" (QEMU reads "//HOST" as the host and fails to resolve it),
    "HOST:PORT" and "/PATH" without a scheme. None for anything else."""
    scheme, colon, rest = uri.partition(":")
    if colon and scheme in _SLASHED and rest.startswith("//"):
        fixed = f"{scheme}:{rest[2:] if scheme == 'tcp' else '/' + rest.lstrip('/')}"
        return translate(
            "migration_uri", 'QEMU\'s migration URIs have no "//": write {fixed}'
        ).format(fixed=fixed)
    if scheme not in _SCHEMES and _HOST_PORT.match(uri):
        return translate(
            "migration_uri",
            "a migration URI starts with its kind: write tcp:{uri} for a QEMU listening at {uri}",
        ).format(uri=uri)
    if not colon and uri.startswith("/"):
        return translate(
            "migration_uri",
            "a migration URI starts with its kind: write unix:{uri} for a socket at {uri}",
        ).format(uri=uri)
    return None


def uri_problem(text: str, rules: UriRules) -> str | None:
    """Why `text` cannot be a destination URI for a source with `rules`, as a sentence;
    None when it can. Never raises."""
    uri = text.strip()
    if not uri:
        return (
            translate(
                "migration_uri", "give the destination: a VM waiting for a migration, or a URI ("
            )
            + ", ".join(KINDS)
            + ")"
        )
    scheme, colon, rest = uri.partition(":")
    meant = _meant(uri)
    if meant is not None:
        return meant
    if not colon:
        return translate("migration_uri", "'{uri}' is not a migration URI: write one of ").format(
            uri=uri
        ) + ", ".join(KINDS)
    if scheme == "tcp":
        return _tcp_problem(rest)
    if scheme == "unix":
        return (
            None
            if rest
            else translate("migration_uri", "unix: needs the socket's path: unix:/run/dest.sock")
        )
    if scheme == "exec":
        if rules.domain:
            return translate(
                "migration_uri",
                "exec: is not for a libvirt domain: its QEMU runs as libvirt's user",
            )
        return (
            None
            if rest.strip()
            else translate("migration_uri", "exec: needs a command: exec:cat > /var/tmp/vm.mig")
        )
    if scheme == "file":
        if not rules.file:
            return translate(
                "migration_uri",
                "this QEMU cannot migrate to a file (file: came with QEMU 8.2): use exec:cat > PATH",
            )
        return (
            None if rest else translate("migration_uri", "file: needs a path: file:/var/tmp/vm.mig")
        )
    return translate(
        "migration_uri", "'{scheme}:' is not a migration URI qmpgui sends: write one of "
    ).format(scheme=scheme) + ", ".join(KINDS)

"""QMP endpoint strings: what the user types, what the socket layer needs."""

from __future__ import annotations

import dataclasses
import os
import re
import socket
import urllib.parse
from dataclasses import dataclass

from qmpgui.i18n import translate
from qmpgui.qmp.libvirt_schemes import QEMU_DRIVERS, is_libvirt, not_qemu_sentence


class EndpointError(ValueError):
    """An endpoint string that cannot be understood; the message is for the user."""


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A unix socket path, a TCP host and port (plain or TLS), a socket on another host
    over SSH, or a libvirt domain; made by parse_endpoint().

    One form is set: `path` (with `~` expanded, `//`, `.`, `..` and a trailing
    `/` folded away), or `host` (an IPv6 address
    without brackets) and `port` (1 to 65535; with `scheme` "tls" over TLS), or, with `scheme` "ssh", `host`, `path`
    (absolute, on that host) and optionally `port` and `user` (None: from ~/.ssh/config,
    else 22 and the local user), or, with `scheme` "libvirt", `uri` and `domain`. str()
    gives the canonical text, `unix:PATH`, `tcp:HOST:PORT`, `tls:HOST:PORT`,
    `ssh://[USER@]HOST[:PORT]/PATH` or `URI#DOMAIN`.
    """

    path: str | None = None
    host: str | None = None
    port: int | None = None
    #: "" for a plain unix socket or TCP port, "tls" for `tls:HOST:PORT`, "ssh" for `ssh://[USER@]HOST[:PORT]/PATH` (then `path` is the socket's path on that host).
    scheme: str = ""
    #: The SSH user of an ssh:// endpoint; None for the one ~/.ssh/config or the login gives.
    user: str | None = None
    #: For scheme "libvirt": the libvirt connection URI (`qemu:///system`,
    #: `qemu+ssh://root@host/system?keyfile=K`) and the domain's name on it.
    uri: str | None = None
    domain: str | None = None

    @property
    def is_unix(self) -> bool:
        """True for a unix socket on this host; False for TCP, for a socket reached
        over SSH and for a libvirt domain."""
        return self.path is not None and not self.scheme

    @property
    def is_ssh(self) -> bool:
        """True for a unix socket on another host, reached over SSH (`ssh://`)."""
        return self.scheme == "ssh"

    @property
    def is_domain(self) -> bool:
        """True for a libvirt domain (`qemu:///system#vm1`)."""
        return self.scheme == "libvirt"

    @property
    def is_local(self) -> bool:
        """True when QEMU runs on this host (a unix socket, a loopback address, or a
        domain of a libvirt URI without a host); an ssh:// endpoint is never local,
        whatever its host (the SSH user may be another)."""
        if self.scheme == "ssh":
            return False
        if self.is_domain:
            return not urllib.parse.urlsplit(self.uri or "").hostname
        if self.path is not None:
            return True
        host = (self.host or "").lower()
        if host.startswith("::ffff:"):
            host = host[len("::ffff:") :]
        local_names = {"localhost", "::1", "0.0.0.0", "::", socket.gethostname().lower()}
        return host in local_names or host.startswith("127.")

    def __str__(self) -> str:
        if self.is_domain:
            return f"{self.uri}#{urllib.parse.quote(self.domain or '', safe='')}"
        if self.scheme == "ssh":
            return f"ssh://{ssh_authority(self.user, self.host or '', self.port)}{self.path}"
        if self.path is not None:
            return f"unix:{self.path}"
        host = f"[{self.host}]" if self.host and ":" in self.host else self.host
        return f"{self.scheme or 'tcp'}:{host}:{self.port}"


def _socket_path(path: str) -> str:
    """`path` as connected to: `~` expanded, `//`, `/./`, `dir/..` and a trailing `/`
    folded away (the kernel refuses `vm.qmp/`: a socket is no folder), as QEMU's
    `-qmp unix:` path typed with them means. A relative path stays relative and loses
    only its trailing `/` here (resolve_endpoint() folds it when making it absolute)."""
    path = re.sub("/+", "/", os.path.expanduser(path))
    folded = os.path.normpath(path) if os.path.isabs(path) else (path.rstrip("/") or path)
    # A name ending in a space keeps its slash: the endpoint's text form (str()) would
    # lose the space, as parse_endpoint() strips what is typed.
    return folded + "/" if folded != folded.rstrip() else folded


def ssh_authority(user: str | None, host: str, port: int | None) -> str:
    """`[USER@]HOST[:PORT]` of an ssh:// address, an IPv6 address in brackets."""
    shown = f"[{host}]" if ":" in host else host
    return (f"{user}@" if user else "") + shown + (f":{port}" if port is not None else "")


def shown_text(text: str) -> str:
    """`text` for a one-line message: line ends and other control characters escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _parse_port(text: str, original: str) -> int:
    # `original` is the whole endpoint as typed, for the message.
    if not text.isdigit():
        raise EndpointError(
            translate("endpoint", "'{original}': the port must be a number, not '{v1}'").format(
                original=original, v1=shown_text(text)
            )
        )
    port = int(text)
    if not 1 <= port <= 65535:
        raise EndpointError(
            translate("endpoint", "'{original}': the port must be between 1 and 65535").format(
                original=original
            )
        )
    return port


def _parse_host_port(text: str, original: str) -> Endpoint:
    if text.startswith("["):
        close = text.find("]")
        if close < 0 or not text[close + 1 :].startswith(":"):
            raise EndpointError(
                translate(
                    "endpoint", "'{original}': write an IPv6 address as [ADDRESS]:PORT"
                ).format(original=original)
            )
        host, port_text = text[1:close], text[close + 2 :]
    else:
        host, sep, port_text = text.rpartition(":")
        if not sep or not host:
            raise EndpointError(
                translate("endpoint", "'{original}': expected HOST:PORT").format(original=original)
            )
        if ":" in host:
            raise EndpointError(
                translate(
                    "endpoint", "'{original}': write an IPv6 address as [ADDRESS]:PORT"
                ).format(original=original)
            )
    if not host:
        raise EndpointError(
            translate("endpoint", "'{original}': the host is empty").format(original=original)
        )
    return Endpoint(host=host, port=_parse_port(port_text, original))


#: Names a unix socket usually has: text ending so is a path, even with no `/` in it
#: (`db1.qmp`, as shell completion writes a socket in the current folder).
SOCKET_SUFFIXES = (".qmp", ".sock", ".socket")
SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")


def _domain_endpoint(text: str, original: str) -> Endpoint:
    """`URI#DOMAIN`: the domain DOMAIN (percent-encoded where needed) of the libvirt
    connection URI. Raises EndpointError without a domain's name."""
    uri, _, name = text.partition("#")
    name = urllib.parse.unquote(name).strip()
    if not name:
        raise EndpointError(_scheme_problem(text.partition(":")[0], original))
    driver = text.partition(":")[0].lower().partition("+")[0]
    if driver not in QEMU_DRIVERS:
        raise EndpointError(not_qemu_sentence(original, driver))
    scheme, rest = uri.split(":", 1)
    return Endpoint(scheme="libvirt", uri=f"{scheme.lower()}:{rest}", domain=name)


def _scheme_problem(scheme: str, original: str) -> str:
    """Why a `scheme://` address is refused: what it is, and what to give instead."""
    name = scheme.lower()
    use = translate(
        "endpoint",
        "give QEMU a QMP socket (-qmp unix:/run/vm1.qmp,server=on,wait=off) and enter its path",
    )
    if is_libvirt(scheme) and name.partition("+")[0] not in QEMU_DRIVERS:
        return not_qemu_sentence(original, name.partition("+")[0])
    if is_libvirt(scheme):
        return translate(
            "endpoint",
            "'{original}' is a libvirt connection URI: name a domain of it after '#' ({v1}#vm1), or add the connection itself (File → Add connection…) to list all its domains",
        ).format(original=original, v1=original.partition("#")[0])
    if name == "sftp":
        return translate(
            "endpoint",
            "'{original}' is an SFTP address: for a monitor on another host write ssh://[USER@]HOST[:PORT]/PATH (ssh://root@host1/run/vm1.qmp)",
        ).format(original=original)
    if name in ("vnc", "spice", "rdp"):
        return translate(
            "endpoint", "'{original}' is a display's address, not a QMP monitor; {use}"
        ).format(original=original, use=use)
    if name in ("http", "https", "ws", "wss"):
        return translate(
            "endpoint", "'{original}' is a web address: QMP is not spoken over HTTP; {use}"
        ).format(original=original, use=use)
    return translate(
        "endpoint",
        "'{original}': qmpgui does not connect to {scheme}:// addresses; use a socket path (/run/vm.qmp) or tcp:HOST:PORT",
    ).format(original=original, scheme=scheme)


def _ssh_uri(text: str, original: str) -> Endpoint:
    """`ssh://[USER@]HOST[:PORT]/PATH`: the unix socket PATH on HOST, reached over SSH.
    PATH is absolute on that host (`~` is not expanded: it is the remote user's)."""
    try:
        split = urllib.parse.urlsplit(text)
        parts: urllib.parse.SplitResult | None = split
        port = split.port
    except ValueError:  # an unclosed IPv6 host, or a port that is no number
        parts, port = None, None
        host_port = text[len("ssh://") :].partition("/")[0].rpartition("@")[2]
        after_host = host_port.partition("]")[2] if host_port.startswith("[") else host_port
        if ":" in after_host:
            _parse_port(after_host.partition(":")[2], original)  # says what is wrong with it
    usage = translate(
        "endpoint", "write ssh://[USER@]HOST[:PORT]/PATH (ssh://root@host1/run/vm1.qmp)"
    )
    if parts is None or not parts.hostname:
        raise EndpointError(
            translate("endpoint", "'{original}': the host is missing: {usage}").format(
                original=original, usage=usage
            )
        )
    if parts.password is not None:
        raise EndpointError(
            translate(
                "endpoint",
                "'{original}': a password does not belong in the address (it would be saved with it); qmpgui asks for it when the host wants one",
            ).format(original=original)
        )
    if parts.query or parts.fragment:
        raise EndpointError(
            translate(
                "endpoint", "'{original}': an ssh:// address takes no '?' or '#' part; {usage}"
            ).format(original=original, usage=usage)
        )
    path = urllib.parse.unquote(parts.path)
    if not path.strip("/"):
        raise EndpointError(
            translate(
                "endpoint", "'{original}': the socket's path on the host is missing: {usage}"
            ).format(original=original, usage=usage)
        )
    if port == 0:
        raise EndpointError(
            translate("endpoint", "'{original}': the port must be between 1 and 65535").format(
                original=original
            )
        )
    user = urllib.parse.unquote(parts.username) if parts.username else None
    return Endpoint(
        path=_socket_path_remote(path), host=parts.hostname, port=port, scheme="ssh", user=user
    )


def _socket_path_remote(path: str) -> str:
    """A path on another host, folded as _socket_path() folds one here (`//`, `.`,
    `..`, a trailing `/`), but with no `~` expanded: this host's HOME is not that one's."""
    return os.path.normpath(re.sub("/+", "/", path))


def _file_uri(text: str, original: str) -> Endpoint:
    """`file:///run/vm1.qmp` (as a file manager copies a location): the path in it."""
    try:
        parts: urllib.parse.SplitResult | None = urllib.parse.urlsplit(text)
    except ValueError:  # "file://[..." : an unclosed IPv6 host
        parts = None
    if parts is None or parts.netloc not in ("", "localhost") or not parts.path:
        raise EndpointError(
            translate(
                "endpoint",
                "'{original}': a file:// address must name a file on this machine (file:///run/vm1.qmp)",
            ).format(original=original)
        )
    return Endpoint(path=_socket_path(urllib.parse.unquote(parts.path)))


#: The options of QEMU's socket character device: `-qmp unix:/run/vm1.qmp,server=on,wait=off`
#: pasted whole names the socket /run/vm1.qmp (a bare flag can also be `noFLAG`).
_QEMU_SOCKET_OPTIONS = frozenset(
    {
        "server",
        "wait",
        "telnet",
        "tn3270",
        "websocket",
        "reconnect",
        "reconnect-ms",
        "delay",
        "nodelay",
        "tls-creds",
        "tls-authz",
        "abstract",
        "tight",
        "ipv4",
        "ipv6",
        "to",
        "keep-alive",
        "mux",
        "logfile",
        "logappend",
        "id",
        "pretty",
    }
)
#: QEMU's option items: `,,` is a comma inside one.
_OPTION_ITEM = re.compile(r"(?:[^,]|,,)+")
#: `HOST:PORT/` or `[V6]:PORT/`: an address with a URL's trailing slash, not a folder.
_HOST_PORT_SLASHED = re.compile(r"((?:\[[^\]/]*\]|[^/\[\]]+):[0-9]+)/+")


def _is_qemu_option(item: str) -> bool:
    key = item.partition("=")[0]
    return key in _QEMU_SOCKET_OPTIONS or (
        key.startswith("no") and "=" not in item and key[2:] in _QEMU_SOCKET_OPTIONS
    )


def without_qemu_options(text: str) -> str:
    """`text` without the QEMU socket options that end it (`,server=on,wait=off`), as
    when QEMU's `-qmp` argument is pasted whole; other text comes back unchanged. A
    comma in a file name stays (`/run/vm,1.qmp`): only QEMU's option names go."""
    items = list(_OPTION_ITEM.finditer(text))
    keep = len(items)
    while keep > 1 and _is_qemu_option(items[keep - 1].group()):
        keep -= 1
    return text if keep == len(items) else text[: items[keep - 1].end()]


def has_prefix(text: str, prefix: str) -> bool:
    """Whether `text` starts with `prefix` in any case (`UNIX:`, `Tcp:`)."""
    return text[: len(prefix)].lower() == prefix


def parse_endpoint(text: str) -> Endpoint:
    """Parse `/path`, `unix:/path`, `tcp:HOST:PORT` (or `tcp://`), `HOST:PORT`, `[v6]:PORT`,
    `tls:HOST:PORT` (or `tls://`; `scheme` "tls") or `ssh://`.

    Text with a `/`, starting with `~` or `.`, or ending in one of SOCKET_SUFFIXES is a
    path (`db1.qmp` in the current folder); `~` is expanded, and a relative path stays
    relative (resolve_endpoint() makes it absolute). `file:///path` and `file:/path`
    are paths too; `HOST:PORT/` is TCP. The prefixes `unix:`, `tcp:` and `tls:` are read in any
    case, and QEMU's socket options after them (`-qmp unix:/run/vm1.qmp,server=on,wait=off`
    pasted whole) are left out. A path comes back folded: `//run/./vm1.qmp/` is
    `/run/vm1.qmp`, the socket connected to. `ssh://[USER@]HOST[:PORT]/PATH` is the
    socket PATH on HOST, reached over SSH. A libvirt URI with a domain's name as its
    fragment (`qemu:///system#vm1`, `qemu+ssh://root@host/system?keyfile=K#vm1`) is that
    domain (scheme "libvirt"). Reads nothing from the file system. Raises EndpointError,
    with a sentence for the user, for anything else: another `scheme://` (a libvirt URI
    without a domain, sftp://) says what it is and what to give instead.
    """
    text = text.strip()
    original = shown_text(text)
    if not text:
        raise EndpointError(
            translate("endpoint", "the endpoint is empty: give a socket path or HOST:PORT")
        )
    if "\0" in text:  # no path or host holds one; the OS would refuse it with ValueError
        raise EndpointError(
            translate("endpoint", "'{original}': an endpoint has no NUL character").format(
                original=original
            )
        )
    text = without_qemu_options(text)
    if has_prefix(text, "unix:"):
        path = text[len("unix:") :]
        if not path:
            raise EndpointError(
                translate("endpoint", "'{original}': the socket path is empty").format(
                    original=original
                )
            )
        return Endpoint(path=_socket_path(path))
    if has_prefix(text, "tcp:"):
        rest = text[len("tcp:") :]
        if rest.startswith("//"):  # tcp://HOST:PORT, as a URL
            rest = rest[2:]
        return _parse_host_port(rest.rstrip("/"), original)
    if has_prefix(text, "tls:"):  # QMP over TLS: a monitor chardev with tls-creds
        rest = text[len("tls:") :]
        if rest.startswith("//"):
            rest = rest[2:]
        return dataclasses.replace(_parse_host_port(rest.rstrip("/"), original), scheme="tls")
    scheme = SCHEME.match(text)
    if scheme is not None:
        if scheme.group(1).lower() == "file":
            return _file_uri(text, original)
        if is_libvirt(scheme.group(1)):
            return _domain_endpoint(text, original)
        if scheme.group(1).lower() == "ssh":
            return _ssh_uri(text, original)
        raise EndpointError(_scheme_problem(scheme.group(1), original))
    if has_prefix(text, "file:/"):  # file:/run/vm1.qmp, a file URI's short form
        return _file_uri(text, original)
    slashed = _HOST_PORT_SLASHED.fullmatch(text)
    if slashed is not None and not text.startswith((".", "~")):
        return _parse_host_port(slashed.group(1), original)
    if text.startswith(("/", "~", ".")) or "/" in text or text.endswith(SOCKET_SUFFIXES):
        return Endpoint(path=_socket_path(text))
    if ":" in text:
        return _parse_host_port(text, original)
    raise EndpointError(
        translate(
            "endpoint",
            "'{original}': not an endpoint; use a socket path (/run/vm.qmp, unix:/run/vm.qmp) or tcp:HOST:PORT",
        ).format(original=original)
    )

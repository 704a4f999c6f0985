"""Which group of the VM list an endpoint or a libvirt connection falls in: the
connection it is reached through, or the host its QEMU runs on (View → Group by).

Connections: the unix sockets of this machine are one group; a TCP or TLS monitor's
group is its host (`tcp:HOST`, `tls:HOST`: one machine's ports together); an ssh://
socket's is the SSH connection (`ssh://[USER@]HOST[:PORT]`, one per user, host and
port, as qmp/ssh/hub.py keeps them); a libvirt domain's and a libvirt connection's is
the connection's URI without its parameters (`qemu:///system`,
`qemu+ssh://root@host1/system`). Hosts: this_machine() for a unix socket, a loopback or
own address and a libvirt URI without a host (Endpoint.is_local's rule, which an
ssh:// host on a loopback address follows here too: the machine is this one, whoever
logs in); otherwise the host's name as written, in lower case (a `Host` alias of
~/.ssh/config stays the alias: the name the user knows the machine by).
"""

from __future__ import annotations

import socket
import urllib.parse

from qmpgui.i18n import translate
from qmpgui.qmp.endpoint import Endpoint, EndpointError, parse_endpoint, ssh_authority
from qmpgui.qmp.libvirt_schemes import is_libvirt

#: The ways View → Group by groups the list (the config's `vm_list_group`; "" for none).
BY_CONNECTION = "connection"
BY_HOST = "host"


def local_sockets() -> str:
    """The group of this machine's unix sockets, by connection."""
    return translate("endpoint_groups", "unix sockets on this machine")


def this_machine() -> str:
    """The group of what runs here, by host: "this machine (HOSTNAME)"."""
    return translate("endpoint_groups", "this machine ({host})").format(host=socket.gethostname())


def group_of(address: str, by: str) -> str:
    """The name of the group (by BY_CONNECTION or BY_HOST) of `address`: a QMP
    endpoint's text (`unix:/run/vm1.qmp`, `ssh://root@host1/run/vm1.qmp`, `URI#vm1`)
    or a libvirt connection's URI. Text that is no endpoint is a group of its own,
    named by it. Never raises; ValueError for another `by`."""
    if by not in (BY_CONNECTION, BY_HOST):
        raise ValueError(f"no grouping {by!r}")
    scheme = address.partition("://")[0] if "://" in address else ""
    if is_libvirt(scheme) and "#" not in address:
        return _libvirt_group(address, by)
    try:
        endpoint = parse_endpoint(address)
    except EndpointError:
        return address.strip()
    if endpoint.is_domain:
        return _libvirt_group(endpoint.uri or "", by)
    host = (endpoint.host or "").lower()
    if by == BY_HOST:
        local = endpoint.path is not None and not endpoint.is_ssh
        return this_machine() if local or _is_local_host(host) else host
    if endpoint.is_ssh:
        return "ssh://" + ssh_authority(endpoint.user, host, endpoint.port)
    if endpoint.path is not None:
        return local_sockets()
    shown = f"[{host}]" if ":" in host else host  # an IPv6 address, as in tcp:[::1]:4444
    return f"{endpoint.scheme or 'tcp'}:{shown}"


def _libvirt_group(uri: str, by: str) -> str:
    if by == BY_CONNECTION:
        return uri.partition("?")[0]
    try:
        host = (urllib.parse.urlsplit(uri).hostname or "").lower()
    except ValueError:
        return uri
    return this_machine() if _is_local_host(host) else host


def _is_local_host(host: str) -> bool:
    # Endpoint.is_local's rule for a host: none, a loopback address, this host's name.
    return not host or Endpoint(host=host, port=1).is_local

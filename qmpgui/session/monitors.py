"""Which kind of monitor a session talks to, chosen from its endpoint: a QMP socket
(QmpConnection) or a libvirt domain (virt's DomainMonitor, over the session's Domain,
which outlives each connection so that a shut-off domain can still be started)."""

from __future__ import annotations

from collections.abc import Callable

from qmpgui.qmp import Endpoint, TlsFiles
from qmpgui.qmp.monitor import Monitor
from qmpgui.session.state import SessionSettings
from qmpgui.virt import kinds
from qmpgui.virt.domain import Domain


def domain_for(
    endpoint: Endpoint, current: Domain | None, close: Callable[[Domain], None]
) -> Domain | None:
    """The Domain a session on `endpoint` keeps: `current` when it is that domain, a new
    one for another domain, None for a socket endpoint; a `current` let go of is handed
    to `close` (which ends its worker)."""
    if current is not None and (current.uri, current.name) == (endpoint.uri, endpoint.domain):
        return current
    if current is not None:
        close(current)
    if not endpoint.is_domain or endpoint.uri is None or endpoint.domain is None:
        return None
    return Domain(endpoint.uri, endpoint.domain)


def make_monitor(
    endpoint: Endpoint,
    settings: SessionSettings,
    name: str,
    domain: Domain | None,
    tls: TlsFiles | None = None,
) -> Monitor:
    """A new, unconnected monitor for `endpoint` (virt/kinds.py's choice): over `domain`
    (from domain_for()) for a libvirt domain, with the certificate files `tls` for a
    `tls:` endpoint; the timeouts of `settings`."""
    return kinds.make_monitor(
        endpoint,
        name=name,
        greeting_timeout=settings.greeting_timeout_s,
        command_timeout=settings.command_timeout_s,
        domain=domain,
        tls=tls,
    )

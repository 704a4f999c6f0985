"""Which kind of monitor an endpoint needs: a QMP socket (QmpConnection) or a libvirt
domain (DomainMonitor). The session layer and qmpgui-batch both choose here."""

from __future__ import annotations

from qmpgui.qmp.connection import QmpConnection
from qmpgui.qmp.endpoint import Endpoint
from qmpgui.qmp.monitor import Monitor
from qmpgui.qmp.tls import TlsFiles
from qmpgui.virt.domain import Domain
from qmpgui.virt.monitor import DomainMonitor


def make_monitor(
    endpoint: Endpoint,
    *,
    name: str,
    greeting_timeout: float,
    command_timeout: float,
    domain: Domain | None = None,
    tls: TlsFiles | None = None,
) -> Monitor:
    """A new, unconnected monitor for `endpoint`: a DomainMonitor for a libvirt domain
    (over `domain`, the session's, or one of its own when None), else a QmpConnection
    named `name` (with the certificate files `tls` for a `tls:` endpoint). Timeouts in seconds (a domain's first connection has its own, longer
    one: virt/client.py's OPEN_TIMEOUT_S)."""
    if endpoint.is_domain:
        return DomainMonitor(endpoint, domain, command_timeout=command_timeout)
    return QmpConnection(
        endpoint,
        name=name,
        greeting_timeout=greeting_timeout,
        command_timeout=command_timeout,
        tls=tls,
    )

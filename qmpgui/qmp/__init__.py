"""The QMP layer: no Qt, no qasync; the only code that touches qemu.qmp."""

from qmpgui.qmp.connection import QmpConnection
from qmpgui.qmp.endpoint import Endpoint, EndpointError, parse_endpoint
from qmpgui.qmp.endpoint_keys import endpoint_key, resolve_endpoint
from qmpgui.qmp.errors import (
    CommandFailed,
    CommandTimeout,
    ConnectFailure,
    ConnectionLost,
    ConnectKind,
    InvalidRequest,
    NotConnected,
    QmpFailure,
)
from qmpgui.qmp.tls import TlsFiles
from qmpgui.qmp.types import Capabilities, Event, Greeting, StatusInfo, VersionInfo

__all__ = [
    "Capabilities",
    "CommandFailed",
    "CommandTimeout",
    "ConnectFailure",
    "ConnectKind",
    "ConnectionLost",
    "Endpoint",
    "EndpointError",
    "Event",
    "Greeting",
    "InvalidRequest",
    "NotConnected",
    "QmpConnection",
    "QmpFailure",
    "StatusInfo",
    "TlsFiles",
    "VersionInfo",
    "endpoint_key",
    "parse_endpoint",
    "resolve_endpoint",
]

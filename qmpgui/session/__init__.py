"""The session layer: QtCore only; one VmSession per VM."""

from qmpgui.session.state import ConnState, SessionSettings, VmInfo
from qmpgui.session.vm_session import VmSession

__all__ = ["ConnState", "SessionSettings", "VmInfo", "VmSession"]

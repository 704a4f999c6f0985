"""The session layer: QtCore only; one VmSession per VM."""

from qmpgui.session.vm_session import ConnState, SessionSettings, VmInfo, VmSession

__all__ = ["ConnState", "SessionSettings", "VmInfo", "VmSession"]

"""The actions on VMs: made from the action table (qmp/actions.py), run through a
narrow host (ActionHost), one module per kind of operation."""

from qmpgui.app.actions.host import ActionHost
from qmpgui.app.actions.vm_actions import VmActions

__all__ = ["ActionHost", "VmActions"]

"""The panes beside the VM list, a tab each, showing the current VM. A pane registers
itself where it is defined (`@register_pane`), with the topics it polls."""

from qmpgui.ui.panes.registry import (
    Pane,
    PaneContext,
    PaneKind,
    pane_kinds,
    register_pane,
    unregister_pane,
)

__all__ = ["Pane", "PaneContext", "PaneKind", "pane_kinds", "register_pane", "unregister_pane"]

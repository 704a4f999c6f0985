"""The panes beside the VM list, a tab each, showing the current VM. Each of qmpgui's
panes is a module here, with the topics it polls, and a line in the registry (`PANES`),
which imports it when the pane is first built; a pane defined elsewhere registers itself
where it is defined (`@register_pane`)."""

from qmpgui.ui.panes.registry import (
    PANES,
    Pane,
    PaneContext,
    PaneKind,
    pane_kinds,
    register_pane,
    unregister_pane,
)

__all__ = [
    "PANES",
    "Pane",
    "PaneContext",
    "PaneKind",
    "pane_kinds",
    "register_pane",
    "unregister_pane",
]

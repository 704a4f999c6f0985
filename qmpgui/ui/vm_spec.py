"""VmSpec: a VM as the Add VM and Edit VM dialogs give it (ui/vm_dialog.py), and as the
window adds it to the list; apart from the dialog, which loads when first opened."""

from __future__ import annotations

from dataclasses import dataclass, field

from qmpgui.qmp.tls import TlsFiles


@dataclass(frozen=True)
class VmSpec:
    name: str
    endpoint: str
    autoconnect: bool
    #: The certificate files of a `tls:` endpoint (kept for another endpoint too).
    tls: TlsFiles = field(default_factory=TlsFiles)

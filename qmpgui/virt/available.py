"""Whether libvirt-python is installed, found without importing it: the window's
process never loads libvirt (its worker processes do)."""

from __future__ import annotations

import importlib.util

from qmpgui.i18n import marked

#: The sentence for a Python without libvirt-python (the worker says the same).
INSTALL_SENTENCE = marked(
    "available",
    "libvirt-python is not installed: install qmpgui's libvirt extra with pip install 'qmpgui[libvirt]' (it needs libvirt-dev, pkg-config and gcc)",
)


def libvirt_installed() -> bool:
    """True when `import libvirt` would find the module (never imports it)."""
    try:
        return importlib.util.find_spec("libvirt") is not None
    except (ImportError, ValueError):
        return False

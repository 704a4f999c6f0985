"""What a saved screendump is called and what it says about itself: a file name from
the VM's name and the time the picture was taken, and the PNG's text chunks (VM name,
UUID, time, QEMU's version, qmpgui's)."""

from __future__ import annotations

import datetime

from qmpgui import __version__
from qmpgui.i18n import translate
from qmpgui.session import VmInfo


def default_name(vm_name: str, taken_at: float) -> str:
    """A file name for a picture of `vm_name` taken at `taken_at` (seconds since the
    epoch): the name with anything but letters, digits, `-_.` made `_`, then the time."""
    text = datetime.datetime.fromtimestamp(taken_at).strftime("%Y%m%d-%H%M%S")
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in vm_name)
    return f"{safe}-{text}.png"


def png_metadata(vm_name: str, info: VmInfo, taken_at: float) -> dict[str, str]:
    """The PNG text chunks for a picture of `vm_name` (whose QEMU `info` tells the UUID
    and version) taken at `taken_at`, by their keywords."""
    version = info.version.text + (f" ({info.version.package})" if info.version.package else "")
    return {
        translate("screendump_save", "Title"): translate(
            "screendump_save", "{vm_name} screen"
        ).format(vm_name=vm_name),
        translate("screendump_save", "VM name"): vm_name,
        translate("screendump_save", "VM UUID"): info.uuid or "none",
        translate("screendump_save", "Creation Time"): datetime.datetime.fromtimestamp(taken_at)
        .astimezone()
        .isoformat(),
        translate("screendump_save", "QEMU version"): version,
        translate("screendump_save", "Software"): translate(
            "screendump_save", "qmpgui {__version__}"
        ).format(__version__=__version__),
    }

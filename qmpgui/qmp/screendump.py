"""Screendump: arguments per server, the VM's consoles, and why it cannot work.

QEMU writes the file itself, on its own host and as its own user, so a remote
QEMU (but one behind ssh://, whose file comes back over SFTP) or one running as
another user cannot hand us a picture through a file.
PNG needs `format` (7.1+); older servers write PPM. `device` and `head` (2.12+)
choose a console. See qmp-protocol.md, section 2, and qapi/ui.json (screendump).
"""

from __future__ import annotations

import pwd
import re
from collections.abc import Sequence
from dataclasses import dataclass

from qmpgui.i18n import marked, translate
from qmpgui.qmp.endpoint import Endpoint
from qmpgui.qmp.qom import peripheral_id
from qmpgui.qmp.reader import Reader
from qmpgui.qmp.types import Capabilities

_CONSOLE = re.compile(r"console\[(\d+)\]")


def screendump_format(caps: Capabilities) -> str:
    """'png' where the server's schema offers `format` (7.1+), else 'ppm'."""
    return "png" if caps.takes("screendump", "format") else "ppm"


def can_choose_console(caps: Capabilities) -> bool:
    """Whether screendump takes `device` and `head` (servers since 2.12); False without a
    schema."""
    return bool(caps.takes("screendump", "device")) and bool(caps.takes("screendump", "head"))


@dataclass(frozen=True, slots=True)
class Console:
    """A graphical console: one head of one display device.

    Read from QOM: `/backend/console[index]` and its `device` and `head` properties.
    """

    index: int
    #: The display device's QOM path; None for a console without one (a text console).
    device_path: str | None = None
    head: int = 0

    @property
    def qdev_id(self) -> str | None:
        """screendump names a device by qdev id only: devices without one cannot be chosen."""
        return peripheral_id(self.device_path, device_only=True)

    @property
    def label(self) -> str:
        """For a menu: the device's id or path (or "text console"), and a head past 0."""
        device = self.qdev_id or self.device_path or translate("Console", "text console")
        return (
            translate("Console", "{device}, head {head}").format(device=device, head=self.head)
            if self.head
            else device
        )


def console_indexes(qom_list: object) -> list[int]:
    """The console numbers in `qom-list /backend`'s reply, in order; never raises.

    The reply is a list of ObjectPropertyInfo {name, type} (qapi/qom.json); consoles
    are the children named `console[N]`.
    """
    indexes = []
    for entry in qom_list if isinstance(qom_list, list) else ():
        name = Reader(entry, "qom-list").text("name") or ""
        match = _CONSOLE.fullmatch(name)
        if match:
            indexes.append(int(match.group(1)))
    return sorted(indexes)


def parse_console(index: int, device: object, head: object) -> Console:
    """The console from `qom-get` of its `device` (a QOM path) and `head` (an integer).

    Anything else reads as no device and head 0; never raises.
    """
    path = device if isinstance(device, str) and device else None
    number = head if isinstance(head, int) and not isinstance(head, bool) else 0
    return Console(index, path, number)


def has_display(consoles: Sequence[int] | None, caps: Capabilities) -> bool | None:
    """Whether the VM has a console to dump, from the numbers of its consoles (QOM
    /backend/console[N]; None when not known): None when it cannot be told.

    No console means no display only where consoles are surely QOM objects: servers
    whose screendump takes `device` (2.12+) find them there. A text console (a serial
    port or monitor on `vc`) counts: QEMU dumps it as a picture too.
    """
    if consoles is None:
        return None
    if consoles:
        return True
    return False if can_choose_console(caps) else None


def screendump_arguments(
    caps: Capabilities, filename: str, fmt: str, console: Console | None = None
) -> dict[str, object]:
    """screendump's arguments: `filename` (a path on QEMU's host), `format` unless
    `fmt` is "ppm", and `device`/`head` where `console` has a qdev id and the server
    takes them."""
    arguments: dict[str, object] = {"filename": filename}
    if fmt != "ppm":
        arguments["format"] = fmt
    if console is not None and console.qdev_id and can_choose_console(caps):
        arguments["device"] = console.qdev_id
        arguments["head"] = console.head
    return arguments


def remote_reason(endpoint: Endpoint) -> str | None:
    """Why a screendump cannot reach us from this endpoint, or None. A QEMU behind
    ssh:// writes on its host and the picture comes back over SFTP."""
    if endpoint.is_local or endpoint.is_ssh:
        return None
    return translate(
        "screendump",
        "QEMU runs on {host} and writes screendumps to that host's disk, where qmpgui cannot read them. Run qmpgui on that host (for example over ssh -X), or watch the screen with a VNC or SPICE viewer (Display tab)",
    ).format(host=endpoint.host)


def user_name(uid: int) -> str:
    """The login name of `uid`, or "uid N" when it has none here."""
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return translate("screendump", "uid {uid}").format(uid=uid)


def foreign_user_reason(qemu_uid: int | None, own_uid: int, folder: str) -> str | None:
    """Why QEMU, running as another user, cannot write into our private folder, or None.

    `qemu_uid` is QEMU's uid (SO_PEERCRED over a unix socket; None when unknown: no
    reason then); root (0) and our own uid can write there.
    """
    if qemu_uid is None or qemu_uid in (own_uid, 0):
        return None
    return translate(
        "screendump",
        "QEMU runs as user {v0}, which may not write to qmpgui's private folder {folder} (mode 0700, owned by {v2}). Run qmpgui as {v0}, or watch the screen with a VNC or SPICE viewer (Display tab)",
    ).format(v0=user_name(qemu_uid), folder=folder, v2=user_name(own_uid))


def write_failed_reason(desc: str, folder: str) -> str:
    """The sentence for a screendump QEMU could not write; `desc` is its error's `desc`."""
    return translate(
        "screendump",
        "QEMU could not write the screendump into {folder} ({desc}). QEMU writes the file itself, as its own user: that user needs write access to the folder",
    ).format(folder=folder, desc=desc)


#: Said when the VM has no graphical console to dump.
NO_DISPLAY = marked(
    "screendump", "this VM has no display (QEMU was started without a graphics device)"
)

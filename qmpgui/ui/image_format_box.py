"""The format box of an image typed for a libvirt domain: no format assumed (a qcow2
image attached as raw shows the guest its metadata as the disk, and a write damages
it). On this host it takes the format read from the file unless the user chose one;
for a domain on another host the user chooses."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from qmpgui.host.image_info import ImageInfo
from qmpgui.i18n import marked, translate

#: The first entry: no format chosen yet (data "").
NO_FORMAT_LOCAL = marked("image_format_box", "(read from the file)")
NO_FORMAT_REMOTE = marked("image_format_box", "(choose: raw or qcow2)")
#: The formats offered; another one the file is found in is added when found.
FORMATS = ("raw", "qcow2")


class ImageFormatBox(QComboBox):
    """The format choice, and what was read from the file (about the path it names)."""

    def __init__(self, *, local: bool) -> None:
        super().__init__()
        self.local = local
        self.addItem(
            translate("image_format_box", NO_FORMAT_LOCAL)
            if local
            else translate("image_format_box", NO_FORMAT_REMOTE),
            "",
        )
        for name in FORMATS:
            self.addItem(name, name)
        self.info: ImageInfo | None = None
        #: (path, why its format could not be read).
        self.look_problem: tuple[str, str] | None = None
        self.by_hand = False
        # Emitted for the user's choice only: a verdict set later leaves it.
        self.activated.connect(self._chosen)

    def _chosen(self) -> None:
        self.by_hand = True

    @property
    def chosen(self) -> str:
        """The format chosen or read ("raw", "qcow2"); "" when none is yet."""
        return str(self.currentData() or "")

    def pending(self, path: str) -> bool:
        """Whether the file at `path` is still to be read (on this host)."""
        known = self.info is not None and self.info.path == path
        failed = self.look_problem is not None and self.look_problem[0] == path
        return self.local and not known and not failed

    def forget(self, path: str) -> None:
        """The path is `path` now: what was read about another goes, and with it the
        format it set (one chosen by hand stays)."""
        if self.info is not None and self.info.path != path:
            self.info = None
        if self.look_problem is not None and self.look_problem[0] != path:
            self.look_problem = None
        if not self.by_hand:
            self.setCurrentIndex(0)

    def take(self, path: str, info: ImageInfo | None, problem: str) -> None:
        """What was read from the file at `path` (`info`), or why it could not be
        (`problem`); the box shows its format unless the user chose one."""
        self.info, self.look_problem = info, None if info is not None else (path, problem)
        if info is None or self.by_hand:
            return
        self.blockSignals(True)  # not the user's edit
        if self.findData(info.format) < 0:
            self.addItem(info.format, info.format)
        self.setCurrentIndex(self.findData(info.format))
        self.blockSignals(False)

    def problem(self, path: str) -> str | None:
        """Why the image at `path` cannot be sent for want of a format; None when one
        is chosen, or is being read from the file (Attach waits for it)."""
        if self.chosen or self.pending(path):
            return None
        if not self.local:
            return translate(
                "ImageFormatBox",
                "choose the image's format, raw or qcow2: the file is on the domain's host, where qmpgui cannot read it (qemu-img info FILE there says which)",
            )
        why = (
            self.look_problem[1]
            if self.look_problem is not None
            else translate("ImageFormatBox", "it was not read")
        )
        return translate(
            "ImageFormatBox",
            "choose the image's format, raw or qcow2: qmpgui could not read it ({why})",
        ).format(why=why)

    def warning(self, path: str) -> str | None:
        """A format chosen by hand that the file at `path` contradicts, in words; None
        when there is none."""
        info, chosen = self.info, self.chosen
        if info is None or info.path != path or not chosen or chosen == info.format:
            return None
        return translate(
            "ImageFormatBox",
            "{path} is a {format} image (qemu-img info): attached as {chosen}, the guest sees its {format} data as the disk, and a write damages the image",
        ).format(path=path, format=info.format, chosen=chosen)

"""Change media: device, image (with recent ones), format and read-only mode."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qmpgui.host.image_info import image_path_problem, path_form_problem
from qmpgui.i18n import marked, translate
from qmpgui.qmp.block import BlockDevice
from qmpgui.qmp.media import IMAGE_FORMATS, ReadOnlyMode

_MODE_TEXT = {
    ReadOnlyMode.RETAIN: marked("media_dialog", "as the device is (retain)"),
    ReadOnlyMode.READ_ONLY: marked("media_dialog", "read-only"),
    ReadOnlyMode.READ_WRITE: marked("media_dialog", "read-write"),
}


#: Where the path typed is looked at: stat() on a hung network share must not hold the
#: window; one thread, so that looks end in the order they were asked.
_LOOKS = ThreadPoolExecutor(max_workers=1, thread_name_prefix="media-path")


class _Relay(QObject):
    """Brings a look's verdict from the worker thread to the dialog's (queued)."""

    checked = Signal(str, object)


@dataclass(frozen=True, slots=True)
class MediaChoice:
    device: BlockDevice
    path: str
    image_format: str
    read_only: ReadOnlyMode

    def remembered(self) -> dict[str, str]:
        return {"path": self.path, "format": self.image_format, "read_only_mode": self.read_only}


def device_label(device: BlockDevice, target: str | None = None) -> str:
    """ "hdc / ide0-1-0: empty, tray open": the drive's names (libvirt's `target` first
    where a domain's drive has one), its medium and its tray."""
    names = " / ".join(n for n in (target, device.qdev_id, device.device) if n)
    medium = device.inserted.file if device.inserted and device.inserted.file else "empty"
    tray = translate("media_dialog", ", tray open") if device.tray_open else ""
    return f"{names or device.key}: {medium}{tray}"


class MediaDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        vm_name: str,
        devices: list[BlockDevice],
        *,
        selected: BlockDevice | None,
        recent: list[dict[str, str]],
        remote_host: str | None,
        start_folder: str,
        targets: Mapping[str, str],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mediaDialog")
        self.setWindowTitle(
            translate("MediaDialog", "Change media — {vm_name}").format(vm_name=vm_name)
        )
        self.devices = devices
        self.remote_host = remote_host
        self.start_folder = start_folder
        self.recent = [r for r in recent if r.get("path")]
        #: The path last looked at on the disk and its verdict (None: usable).
        self._looked: tuple[str, str | None] | None = None
        self._accept_when_looked = False
        self._relay = _Relay(self)
        self._relay.checked.connect(self._looked_at)

        self.device_box = QComboBox()
        self.device_box.setObjectName("mediaDevice")
        for device in devices:
            self.device_box.addItem(device_label(device, targets.get(device.qdev_id or "")))
        empty = [d for d in devices if d.inserted is None]
        preferred = selected if selected in devices else (empty[0] if empty else None)
        if preferred is not None:
            self.device_box.setCurrentIndex(devices.index(preferred))

        path_row = self._build_path_row(remote_host)

        self.format_box = QComboBox()
        self.format_box.setObjectName("mediaFormat")
        for fmt in IMAGE_FORMATS:
            self.format_box.addItem(
                fmt or translate("MediaDialog", "detect (QEMU probes the file)"), fmt
            )
        self.mode_box = QComboBox()
        self.mode_box.setObjectName("mediaReadOnly")
        for mode, text in _MODE_TEXT.items():
            self.mode_box.addItem(translate("media_dialog", text), str(mode))

        self.note = QLabel()
        self.note.setObjectName("mediaNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(translate("MediaDialog", "&Device:"), self.device_box)
        image_label = QLabel(translate("MediaDialog", "&Image:"))
        image_label.setBuddy(self.path_box)
        form.addRow(image_label, path_row)
        form.addRow(translate("MediaDialog", "&Format:"), self.format_box)
        form.addRow(translate("MediaDialog", "&Access:"), self.mode_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("MediaDialog", "&Insert")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

        self.path_box.editTextChanged.connect(self._validate)
        self.path_box.activated.connect(self._recent_chosen)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, self.sizeHint().height())
        self._validate()

    def _build_path_row(self, remote_host: str | None) -> QHBoxLayout:
        self.path_box = QComboBox()
        self.path_box.setObjectName("mediaPath")
        self.path_box.setEditable(True)
        self.path_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.path_box.addItems([r["path"] for r in self.recent])
        self.path_box.setCurrentIndex(-1)
        self.path_box.setEditText("")
        editor = self.path_box.lineEdit()
        assert editor is not None  # the box is editable
        editor.setPlaceholderText(
            translate("MediaDialog", "image file")
            + (
                translate("MediaDialog", " on {remote_host}").format(remote_host=remote_host)
                if remote_host
                else ""
            )
        )
        self.path_box.setAccessibleName(translate("MediaDialog", "Image file"))
        browse = QPushButton(translate("MediaDialog", "&Browse…"))
        browse.setObjectName("mediaBrowse")
        browse.setEnabled(remote_host is None)
        browse.setToolTip(
            translate("MediaDialog", "Choose an image file")
            if remote_host is None
            else translate(
                "MediaDialog", "QEMU runs on {remote_host}: type the path it has there"
            ).format(remote_host=remote_host)
        )
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_box, 1)
        path_row.addWidget(browse)

        browse.clicked.connect(self._browse)
        return path_row

    @property
    def path(self) -> str:
        return self.path_box.currentText().strip()

    def _recent_chosen(self, row: int) -> None:
        if 0 <= row < len(self.recent):
            entry = self.recent[row]
            fmt_row = self.format_box.findData(entry.get("format", ""))
            mode_row = self.mode_box.findData(entry.get("read_only_mode", "retain"))
            self.format_box.setCurrentIndex(max(0, fmt_row))
            self.mode_box.setCurrentIndex(max(0, mode_row))

    def _browse(self) -> None:
        start = os.path.dirname(self.path) if self.path else self.start_folder
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("MediaDialog", "Choose an image"),
            start,
            translate(
                "MediaDialog",
                "Disk images (*.iso *.img *.raw *.qcow2 *.vmdk *.vdi *.vhd *.vhdx *.dmg);;All files (*)",
            ),
        )
        if path:
            self.path_box.setEditText(path)

    def problem(self) -> str | None:
        """Why the image cannot be used, as far as known: its path as written, and
        (where QEMU runs on this host) what the disk said of it once looked at."""
        path = self.path
        if self.remote_host is not None:
            return None if path else translate("MediaDialog", "choose an image file")
        written = path_form_problem(path)
        if written is not None or self._looked is None or self._looked[0] != path:
            return written
        return self._looked[1]

    @property
    def checking(self) -> bool:
        """Whether the path typed is still being looked at on this host's disk."""
        path = self.path
        return (
            self.remote_host is None
            and path_form_problem(path) is None
            and (self._looked is None or self._looked[0] != path)
        )

    def _look(self, path: str) -> None:
        relay = self._relay

        def done(future: Future[str | None]) -> None:
            # RuntimeError: the dialog is gone, and nobody waits for the verdict.
            with contextlib.suppress(RuntimeError):
                relay.checked.emit(path, future.result())

        _LOOKS.submit(image_path_problem, path).add_done_callback(done)

    def _looked_at(self, path: str, problem: object) -> None:
        if path != self.path:
            return  # about a text no longer in the field
        self._looked = (path, problem if isinstance(problem, str) else None)
        self._validate()
        if self._accept_when_looked:
            self._accept_when_looked = False
            if self.problem() is None:
                super().accept()

    def accept(self) -> None:
        """Insert: at once when the path is known to be usable, else once looked at."""
        if self.checking:
            self._accept_when_looked = True
        elif self.problem() is None:
            super().accept()

    def _validate(self) -> None:
        if self.checking:
            self._accept_when_looked = False
            self._look(self.path)
        problem = self.problem()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)
        if problem is not None and self.path:
            self.note.setText(problem)
        elif self.remote_host is not None:
            self.note.setText(
                translate(
                    "MediaDialog", "QEMU on {remote_host} opens this path on that host."
                ).format(remote_host=self.remote_host)
            )
        else:
            self.note.setText(
                translate("MediaDialog", "QEMU opens the file itself, as its own user.")
            )

    def choice(self) -> MediaChoice:
        return MediaChoice(
            self.devices[self.device_box.currentIndex()],
            self.path,
            str(self.format_box.currentData()),
            ReadOnlyMode(str(self.mode_box.currentData())),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        vm_name: str,
        devices: list[BlockDevice],
        *,
        selected: BlockDevice | None = None,
        recent: list[dict[str, str]] | None = None,
        remote_host: str | None = None,
        start_folder: str = "",
        targets: Mapping[str, str] | None = None,
    ) -> MediaChoice | None:
        """The drive and medium chosen, or None when cancelled; `targets` are libvirt's
        names of a domain's drives by qdev id (BlockState.targets)."""
        dialog = cls(
            parent,
            vm_name,
            devices,
            selected=selected,
            recent=recent or [],
            remote_host=remote_host,
            start_folder=start_folder,
            targets=targets or {},
        )
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()  # a hidden dialog per use would pile up in the window

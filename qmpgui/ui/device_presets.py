"""The Add device dialog's "Common devices": the presets' group at the top of the
picker (each greyed with why when it cannot go into this VM now) and the page that
shows the chosen preset's short form with the commands it sends, in order."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qmpgui.i18n import marked, translate
from qmpgui.qmp.presets import Step
from qmpgui.ui.preset_forms import (
    CpuForm,
    DiskForm,
    ImageForm,
    PresetContext,
    PresetForm,
    TabletForm,
    UsbStorageForm,
)
from qmpgui.ui.preset_nic_form import NicForm

#: The group's heading in the picker.
COMMON = marked("device_presets", "Common devices")
#: The role of a preset item's key in the picker.
PRESET_ROLE = Qt.ItemDataRole.UserRole + 1

#: Each preset: its key, name and what it does.
PRESETS: tuple[tuple[str, str, str], ...] = (
    (
        "disk",
        "Disk from an image file",
        "its file and format as block nodes, then virtio-blk-pci or scsi-hd",
    ),
    ("nic", "Network card", "netdev_add (user or tap), then e1000 or virtio-net-pci with a MAC"),
    ("tablet", "USB tablet", "an absolute pointer on the USB controller (usb-tablet)"),
    ("usb-storage", "USB storage", "an image file as a USB stick (usb-storage)"),
    ("cpu", "vCPU", "a vCPU into a free slot (query-hotpluggable-cpus)"),
)


def preset_why_not(key: str, context: PresetContext) -> str | None:
    """Why the preset `key` cannot be used on the VM now, or None."""
    why = context.why_not

    def first_of(*types: str) -> str | None:
        reasons = [why.get(t, f"this QEMU has no {t}") for t in types]
        return None if any(r is None for r in reasons) else reasons[0]

    if key == "disk":
        return first_of("virtio-blk-pci", "scsi-hd")
    if key == "nic":
        return first_of("e1000", "virtio-net-pci")
    if key == "tablet":
        return first_of("usb-tablet")
    if key == "usb-storage":
        return first_of("usb-storage")
    return (
        None
        if context.cpu_slots
        else why.get("cpu") or translate("device_presets", "this VM has no free vCPU slot")
    )


def add_preset_group(tree: QTreeWidget, context: PresetContext) -> QTreeWidgetItem:
    """Put the presets' group first in `tree`, each greyed with why when it cannot be
    used now."""
    group = QTreeWidgetItem(
        [translate("device_presets", COMMON), translate("device_presets", "what most users add")]
    )
    group.setFlags(Qt.ItemFlag.ItemIsEnabled)
    tree.insertTopLevelItem(0, group)
    for key, name, desc in PRESETS:
        item = QTreeWidgetItem(group, [name, desc])
        item.setData(0, PRESET_ROLE, key)
        why = preset_why_not(key, context)
        tip = desc
        if why is not None:
            item.setDisabled(True)
            tip += translate("device_presets", "\nNot now: {why}").format(why=why)
        item.setToolTip(0, tip)
        item.setToolTip(1, tip)
    group.setExpanded(True)
    return group


class PresetPage(QWidget):
    """The chosen preset's form and the commands it sends."""

    changed = Signal()
    #: An image path was chosen or typed in a form: (the form's key, the path).
    imageChosen = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("presetPage")
        self.forms: dict[str, PresetForm] = {}
        self.key: str | None = None
        self.title = QLabel()
        self.title.setObjectName("presetTitle")
        self.title.setWordWrap(True)
        self.stack = QStackedWidget()
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("presetPreview")
        self.preview.setReadOnly(True)
        self.preview.setMaximumHeight(130)
        self.copy_button = QPushButton(translate("PresetPage", "&Copy JSON"))
        self.copy_button.setObjectName("presetCopy")
        self.copy_button.setToolTip(
            translate("PresetPage", "Copy the commands, one a line, to paste in the console")
        )
        self.copy_button.clicked.connect(self._copy)
        note = QLabel(
            translate(
                "PresetPage",
                "Sent in this order; what a step made is removed again if a later one fails:",
            )
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.preview, 1)
        row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        layout.addWidget(note)
        layout.addLayout(row)

    def set_context(self, context: PresetContext) -> None:
        """Build the forms for the VM (once: what the user typed stays)."""
        if self.forms:
            return
        makers = {
            "disk": DiskForm,
            "nic": NicForm,
            "tablet": TabletForm,
            "usb-storage": UsbStorageForm,
            "cpu": CpuForm,
        }
        for key, make in makers.items():
            form = make(context)
            form.setObjectName(f"preset-{key}")
            form.changed.connect(self._update)
            form.imageChosen.connect(lambda path, k=key: self.imageChosen.emit(k, path))
            self.forms[key] = form
            self.stack.addWidget(form)

    def show_preset(self, key: str) -> None:
        """Show the form of preset `key`."""
        self.key = key
        name, desc = next((n, d) for k, n, d in PRESETS if k == key)
        self.title.setText(
            translate("PresetPage", "<b>{name}</b>: {desc}").format(name=name, desc=desc)
        )
        self.stack.setCurrentWidget(self.forms[key])
        self._update()

    @property
    def form(self) -> PresetForm | None:
        """The form shown, or None."""
        return self.forms.get(self.key) if self.key else None

    def image_form(self) -> ImageForm | None:
        """The form shown when it takes an image file."""
        form = self.form
        return form if isinstance(form, ImageForm) else None

    def steps(self) -> tuple[list[Step], list[str]]:
        """The commands of the preset shown and what is wrong with them."""
        form = self.form
        return (
            form.steps() if form is not None else ([], [translate("PresetPage", "choose a device")])
        )

    def add_blocker(self) -> str | None:
        """Why Add must stay off for the preset shown (an id QEMU would refuse), or
        None."""
        form = self.form
        return form.add_blocker() if form is not None else None

    def copy_blocker(self) -> str | None:
        """Why Copy JSON is off (the commands shown are not yet those to be sent)."""
        form = self.form
        return (
            form.copy_blocker() if form is not None else translate("PresetPage", "choose a device")
        )

    def _copy(self) -> None:
        if self.copy_blocker() is None:
            QGuiApplication.clipboard().setText(self.preview.toPlainText())

    def _update(self) -> None:
        steps, _ = self.steps()
        self.preview.setPlainText(
            "\n".join(json.dumps({"execute": s.command, "arguments": s.arguments}) for s in steps)
        )
        blocker = self.copy_blocker()
        self.copy_button.setEnabled(blocker is None)
        self.copy_button.setToolTip(
            translate("PresetPage", "Not yet: {blocker}").format(blocker=blocker)
            if blocker
            else translate("PresetPage", "Copy the commands, one a line, to paste in the console")
        )
        self.changed.emit()

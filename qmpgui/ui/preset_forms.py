"""The short forms of the Add device dialog's presets: a disk from an image file, a
USB tablet, USB storage and a vCPU (the NIC's is in preset_nic_form.py). Each keeps what the user typed while the
dialog is open, proposes free names (ids, a MAC), and gives the commands to send
(qmp/presets.py) with what is wrong with them."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from qmpgui.host.image_info import ImageInfo, path_form_problem
from qmpgui.i18n import marked, translate
from qmpgui.models.palette import Tone
from qmpgui.qmp.ids import id_problem
from qmpgui.qmp.presets import (
    DISK_MODELS,
    IMAGE_FORMATS,
    CpuSlot,
    Step,
    device_step,
    format_clash,
    image_steps,
    propose_name,
)
from qmpgui.ui.styles import set_tone

#: The format choice that has the format read from the file on this host.
DETECT = "detect"
#: What the preview shows for a format not yet read.
UNREAD = marked("preset_forms", "(not known yet: read from the file)")
#: How long typing must pause before the path typed is looked at, in milliseconds.
LOOK_DELAY_MS = 400


@dataclass
class PresetContext:
    """What the forms need to know of the VM."""

    #: The ids of its devices.
    ids: set[str] = field(default_factory=set)
    nodes: set[str] = field(default_factory=set)
    netdevs: set[str] = field(default_factory=set)
    macs: set[str] = field(default_factory=set)
    cpu_slots: list[CpuSlot] = field(default_factory=list)
    #: The buses that take a device now, by kind ("PCI", "usb-bus", "SCSI").
    buses: dict[str, list[str]] = field(default_factory=dict)
    #: Why a device type cannot go in now, by type (None: it can).
    why_not: dict[str, str | None] = field(default_factory=dict)
    #: The host QEMU runs on when it is not this one: paths are typed, not checked.
    remote_host: str | None = None
    #: Where the MAC proposal starts (the VM's own number, so VMs differ).
    mac_seed: int = 0


class PresetForm(QWidget):
    """One preset's form; `changed` when anything in it changes."""

    changed = Signal()
    #: The image chosen changed (disk and USB storage): its path, to be looked at.
    imageChosen = Signal(str)

    def __init__(self, stem: str, context: PresetContext) -> None:
        super().__init__()
        self.context = context
        self.layout_ = QFormLayout(self)
        # Not a drive's name either, which the Block devices pane shows beside it.
        self.id_edit = QLineEdit(propose_name(stem, context.ids | context.nodes))
        self.id_edit.setObjectName("presetId")
        self.id_edit.textChanged.connect(lambda _="": self._say_id())
        self.layout_.addRow("id", self.id_edit)
        # What QEMU would refuse in the id, said under it as it is typed.
        self.id_note = QLabel()
        self.id_note.setObjectName("presetIdProblem")
        self.id_note.setWordWrap(True)
        self.id_note.setVisible(False)
        set_tone(self.id_note, Tone.ERROR)
        self.layout_.addRow("", self.id_note)

    @property
    def device_id(self) -> str:
        """The id typed."""
        return self.id_edit.text().strip()

    def _say_id(self) -> None:
        problem = self.id_form_problem()
        self.id_note.setText(problem or "")
        self.id_note.setVisible(problem is not None)
        self.changed.emit()

    def steps(self) -> tuple[list[Step], list[str]]:
        """The commands to send, and what is wrong (empty when nothing)."""
        return [], self.id_problems()

    def id_form_problem(self) -> str | None:
        """Why QEMU would refuse the id typed (its form: qmp/ids.py), or None. Every
        name the preset makes from it (node names, a backend's id) is then taken too."""
        return id_problem(self.device_id)

    def add_blocker(self) -> str | None:
        """Why Add must stay off while the form reads as it does, or None."""
        return self.id_form_problem()

    def id_problems(self) -> list[str]:
        """What is wrong with the id typed."""
        problems = []
        bad_form = self.id_form_problem()
        if not self.device_id:
            problems.append(
                translate("PresetForm", "give the device an id: Remove device names it by its id")
            )
        elif bad_form is not None:
            problems.append(bad_form)
        elif self.device_id in self.context.ids:
            problems.append(
                translate(
                    "PresetForm",
                    "the id '{device_id}' is in use by another device: choose another id",
                ).format(device_id=self.device_id)
            )
        return problems

    def copy_blocker(self) -> str | None:
        """Why the commands shown cannot be copied as they will be sent, or None."""
        return self.id_form_problem()

    def _combo(self, name: str, items: list[str]) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.addItems(items)
        box.currentTextChanged.connect(lambda _="": self.changed.emit())
        return box

    def _grey(self, box: QComboBox, why_not: dict[str, str | None]) -> None:
        """Grey the choices of `box` that cannot be had now, saying why; choose the
        first that can."""
        model = box.model()
        assert isinstance(model, QStandardItemModel)
        first = -1
        for row in range(box.count()):
            why = why_not.get(box.itemText(row), "this QEMU does not have it")
            item = model.item(row)
            item.setEnabled(why is None)
            item.setToolTip(
                translate("PresetForm", "Not now: {why}").format(why=why) if why else ""
            )
            if why is None and first < 0:
                first = row
        box.setCurrentIndex(max(first, 0))


class ImageForm(PresetForm):
    """A preset over an image file (a disk, USB storage): its path, format, read-only."""

    def __init__(self, stem: str, context: PresetContext) -> None:
        super().__init__(stem, context)
        self.info: ImageInfo | None = None
        #: Why the file at the path cannot be used ("" when it can, or not looked at).
        self.problem = ""
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("presetImage")
        remote = context.remote_host
        self.path_edit.setPlaceholderText(
            translate("ImageForm", "image file on {remote}").format(remote=remote)
            if remote
            else translate("ImageForm", "image file")
        )
        browse = QPushButton(translate("ImageForm", "&Browse…"))
        browse.setObjectName("presetBrowse")
        browse.setEnabled(remote is None)
        browse.setToolTip(
            translate("ImageForm", "Choose an image file")
            if remote is None
            else translate("ImageForm", "QEMU runs on {remote}: type its path there").format(
                remote=remote
            )
        )
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.layout_.addRow("image", row)
        formats = list(IMAGE_FORMATS) if remote else [DETECT, *IMAGE_FORMATS]
        self.format_box = self._combo("presetFormat", formats)
        self.format_box.currentTextChanged.connect(lambda _="": self._say_found())
        self.format_box.setToolTip(
            translate(
                "ImageForm",
                "detect: qemu-img reads the format from the file on this host before anything is sent",
            )
        )
        self.found = QLabel()
        self.found.setObjectName("presetImageInfo")
        self.found.setWordWrap(True)
        self.layout_.addRow("format", self.format_box)
        self.layout_.addRow("", self.found)
        self.read_only = QCheckBox(translate("ImageForm", "the guest only reads it"))
        self.read_only.setObjectName("presetReadOnly")
        self.read_only.toggled.connect(lambda _=False: self.changed.emit())
        self.layout_.addRow("read-only", self.read_only)
        # The path is looked at once typing pauses, not only when the field is left.
        self.look_timer = QTimer(self)
        self.look_timer.setSingleShot(True)
        self.look_timer.setInterval(LOOK_DELAY_MS)
        self.look_timer.timeout.connect(self._look_now)
        self.path_edit.textChanged.connect(self._path_changed)
        self.path_edit.editingFinished.connect(self._look_now)

    @property
    def path(self) -> str:
        """The path typed or chosen."""
        return self.path_edit.text().strip()

    def _browse(self) -> None:
        start = os.path.dirname(self.path) if self.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("ImageForm", "Choose a disk image"),
            start,
            translate(
                "ImageForm",
                "Disk images (*.qcow2 *.img *.raw *.iso *.vmdk *.vdi *.vhd *.vhdx);;All files (*)",
            ),
        )
        if path:
            self.path_edit.setText(path)
            self._look_now()

    def _look_now(self) -> None:
        self.look_timer.stop()
        if self.needs_look and self.path and (self.info is None or self.info.path != self.path):
            self.imageChosen.emit(self.path)

    def _path_changed(self) -> None:
        # What was found or said was about the text before: it goes at once.
        if self.info is None or self.info.path != self.path:
            self.info = None
            self.problem = ""
            self.found.clear()
        if self.needs_look and self.path:
            self.look_timer.start()
        self.changed.emit()

    def set_info(self, path: str, info: ImageInfo | None, problem: str = "") -> None:
        """What was found in the file at `path` (or why it cannot be used); ignored
        when the field holds another path by now."""
        if path != self.path:
            return
        self.info = info
        self.problem = problem
        self._say_found()
        self.changed.emit()

    def _say_found(self) -> None:
        info = self.info
        if info is None:
            self.found.setText(self.problem)
            return
        chosen = self.format_box.currentText()
        if (clash := self.format_clash()) is not None:
            said = clash
        elif chosen == "raw" and info.format != "raw":
            # QEMU takes any file as raw: the guest would get the container itself.
            said = translate(
                "ImageForm",
                "chosen raw: the guest sees the {format} file's own bytes, not its disk",
            ).format(format=info.format)
        else:
            said = ""
        self.found.setText(
            translate("ImageForm", "found: {words}").format(words=info.words)
            + (f"; {said}" if said else "")
        )

    def format_clash(self) -> str | None:
        """Why the format chosen cannot open the image, as read from the file here, or
        None. Raw opens any file, and a format not read yet is judged by QEMU."""
        chosen = self.format_box.currentText()
        info = self.info
        if info is None or info.path != self.path or chosen in (DETECT, "raw", info.format):
            return None
        return format_clash(self.path, chosen, info.format)

    def add_blocker(self) -> str | None:
        return super().add_blocker() or self.format_clash()

    @property
    def needs_look(self) -> bool:
        """Whether the file must be looked at on this host before sending."""
        return self.context.remote_host is None

    @property
    def image_format(self) -> str:
        """The format to send: chosen, or read from the file."""
        chosen = self.format_box.currentText()
        if chosen != DETECT:
            return chosen
        return self.info.format if self.info is not None else translate("preset_forms", UNREAD)

    def copy_blocker(self) -> str | None:
        if (blocker := super().copy_blocker() or self.format_clash()) is not None:
            return blocker
        if self.image_format != translate("preset_forms", UNREAD):
            return None
        if not self.path:
            return translate("ImageForm", "choose an image file first: its format is read from it")
        return translate(
            "ImageForm", "the image's format is not known yet: it is read from the file first"
        )

    def image(self, stem: str) -> tuple[list[Step], str, list[str]]:
        """The block nodes' steps, the top node's name and what is wrong."""
        problems = self.id_problems()
        # QEMU on another host opens a relative path there: only its own words count.
        written = path_form_problem(self.path) if self.context.remote_host is None else None
        if not self.path:
            problems.insert(0, translate("ImageForm", "choose an image file"))
        elif written is not None:
            problems.insert(0, written)
        elif self.image_format == translate("preset_forms", UNREAD):
            problems.insert(
                0,
                translate("ImageForm", "the format of {path} is not known yet").format(
                    path=self.path
                ),
            )
        elif (clash := self.format_clash()) is not None:
            problems.insert(0, clash)
        nodes, top = image_steps(
            self.path, self.image_format, self.read_only.isChecked(), self.context.nodes, stem
        )
        return nodes, top, problems


class DiskForm(ImageForm):
    """A disk from an image file: virtio-blk-pci, or scsi-hd on a SCSI bus."""

    def __init__(self, context: PresetContext) -> None:
        super().__init__("disk", context)
        self.model_box = self._combo("presetDiskModel", list(DISK_MODELS))
        self._grey(self.model_box, context.why_not)
        self.layout_.addRow("model", self.model_box)

    def steps(self) -> tuple[list[Step], list[str]]:
        nodes, top, problems = self.image(self.device_id or "disk")
        model = self.model_box.currentText()
        why = self.context.why_not.get(model, "this QEMU does not have it")
        if why:
            problems.append(
                translate("DiskForm", "{model} cannot go into this VM now: {why}").format(
                    model=model, why=why
                )
            )
        kind = "SCSI" if model == "scsi-hd" else "PCI"
        bus = next(iter(self.context.buses.get(kind, [])), "")
        return [*nodes, device_step(model, self.device_id, bus, {"drive": top})], problems


class UsbStorageForm(ImageForm):
    """USB storage over an image file, on the VM's USB controller."""

    def __init__(self, context: PresetContext) -> None:
        super().__init__("usbdisk", context)

    def steps(self) -> tuple[list[Step], list[str]]:
        nodes, top, problems = self.image(self.device_id or "usbdisk")
        bus = next(iter(self.context.buses.get("usb-bus", [])), "")
        return [*nodes, device_step("usb-storage", self.device_id, bus, {"drive": top})], problems


class TabletForm(PresetForm):
    """A USB tablet (absolute pointer), on the VM's USB controller."""

    def __init__(self, context: PresetContext) -> None:
        super().__init__("tablet", context)

    def steps(self) -> tuple[list[Step], list[str]]:
        problems = self.id_problems()
        bus = next(iter(self.context.buses.get("usb-bus", [])), "")
        return [device_step("usb-tablet", self.device_id, bus)], problems


class CpuForm(PresetForm):
    """A vCPU into a free slot of query-hotpluggable-cpus."""

    def __init__(self, context: PresetContext) -> None:
        super().__init__("cpu", context)
        self.slot_box = self._combo("presetCpuSlot", [s.words for s in context.cpu_slots])
        self.layout_.addRow("slot", self.slot_box)
        kinds = sorted({s.type for s in context.cpu_slots})
        self.layout_.addRow("type", QLabel(", ".join(kinds) or "—"))

    def steps(self) -> tuple[list[Step], list[str]]:
        problems = self.id_problems()
        row = self.slot_box.currentIndex()
        if not 0 <= row < len(self.context.cpu_slots):
            return [], [*problems, translate("CpuForm", "this VM has no free vCPU slot")]
        slot = self.context.cpu_slots[row]
        return [device_step(slot.type, self.device_id, "", slot.props)], problems

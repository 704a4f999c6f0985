"""Add device for a libvirt domain (`domainDeviceDialog`): a disk image, a CD-ROM
drive, a NIC or a USB tablet, attached through libvirt's device XML (shown as it will
be sent), live only or kept in the domain's definition too. The generic form of every
QEMU device type is for plain QMP VMs: devices added behind libvirt's back would be
gone from its view and at the domain's next start.

An image's format is never assumed: on this host it is read from the file (qemu-img,
by the action in a worker thread) as the path is typed; for a domain on another host
the user chooses it. A qcow2 image attached as raw shows the guest its metadata as a
disk, and a write damages it."""

from __future__ import annotations

import os
import random
from dataclasses import replace

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qmpgui.host.image_info import ImageInfo
from qmpgui.i18n import marked, translate
from qmpgui.models.palette import Tone
from qmpgui.qmp.presets import mac_problem, propose_mac
from qmpgui.ui.image_format_box import ImageFormatBox
from qmpgui.ui.preset_forms import LOOK_DELAY_MS
from qmpgui.ui.styles import set_tone
from qmpgui.virt.device_xml import (
    CDROM_BUSES,
    DISK_BUSES,
    NIC_MODELS,
    USER_NETWORKING,
    DiskChoice,
    DomainDevice,
    NicChoice,
    disk_xml,
    next_target,
    nic_xml,
    tablet_xml,
)

KIND_TEXTS = {
    DomainDevice.DISK: marked("domain_device_dialog", "Disk from an image file"),
    DomainDevice.CDROM: marked("domain_device_dialog", "CD-ROM drive"),
    DomainDevice.NIC: marked("domain_device_dialog", "Network interface"),
    DomainDevice.TABLET: marked("domain_device_dialog", "USB tablet (absolute pointer)"),
}
GENERIC_NOTE = marked(
    "domain_device_dialog",
    "libvirt manages this domain: its devices are attached through libvirt (device XML), so that libvirt's definition stays right. The form of every QEMU device type is for plain QMP VMs.",
)
ASKING = marked("domain_device_dialog", "asking libvirt…")
READING = marked("domain_device_dialog", "reading the image's format from the file…")


class DomainDeviceDialog(QDialog):
    """The form; `attachRequested(xml, persistent)` when the user presses Attach;
    `imageChosen(path)` when the image at `path` (on this host) is to be looked at,
    answered with set_info()."""

    attachRequested = Signal(str, bool)
    imageChosen = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        vm_name: str,
        targets: set[str],
        macs: set[str],
        *,
        local: bool,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("domainDeviceDialog")
        self.setWindowTitle(
            translate("DomainDeviceDialog", "Add device — {vm_name}").format(vm_name=vm_name)
        )
        self.targets, self.macs = targets, macs
        self.kind = QComboBox()
        self.kind.setObjectName("domainDeviceKind")
        for kind, text in KIND_TEXTS.items():
            self.kind.addItem(translate("domain_device_dialog", text), kind)
        self.path = QLineEdit()
        self.path.setObjectName("domainDevicePath")
        self.path.setPlaceholderText("/var/lib/libvirt/images/data.qcow2 (on the domain's host)")
        self.browse = QPushButton(translate("DomainDeviceDialog", "&Browse…"))
        self.browse.setVisible(local)  # a remote host's files are typed
        self.browse.clicked.connect(self._browse)
        self.local = local
        self._make_format()
        self.bus = QComboBox()
        self.bus.setObjectName("domainDeviceBus")
        self.target = QLineEdit()
        self.target.setObjectName("domainDeviceTarget")
        self.read_only = QCheckBox(translate("DomainDeviceDialog", "Read-only"))
        self.network = QComboBox()
        self.network.setObjectName("domainDeviceNetwork")
        self.network.setEditable(True)
        self.network.addItem(
            translate("DomainDeviceDialog", "user networking (QEMU's own, no libvirt network)"),
            USER_NETWORKING,
        )
        self.model = QComboBox()
        self.model.addItems(list(NIC_MODELS))
        # A start at random, so that two dialogs do not propose the same; set_macs()
        # proposes another when the domain turns out to use it.
        self.proposed_mac = propose_mac(macs, random.getrandbits(24))
        self.mac = QLineEdit(self.proposed_mac)
        self.mac.setObjectName("domainDeviceMac")
        self.persistent = QCheckBox(
            translate(
                "DomainDeviceDialog",
                "&Keep in the domain's definition (it comes back at next start)",
            )
        )
        self.persistent.setObjectName("domainDevicePersistent")
        self.persistent.setChecked(True)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("domainDeviceXml")
        self.preview.setReadOnly(True)
        self.preview.setMaximumHeight(90)
        self.error = QLabel()
        self.error.setObjectName("domainDeviceError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.attach_button = self.buttons.addButton(
            translate("DomainDeviceDialog", "&Attach"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.attach_button.setObjectName("domainDeviceAttach")
        self.buttons.accepted.connect(self._attach)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._follow_edits()
        self._changed()

    def _make_format(self) -> None:
        """The format box, what was read from the file, and the pause before reading."""
        self.image_format = ImageFormatBox(local=self.local)
        self.image_format.setObjectName("domainDeviceFormat")
        self.attach_waiting = False
        #: libvirt's refusal is on show (until the user edits the form).
        self.refused = False
        self.found = QLabel()
        self.found.setObjectName("domainDeviceImageInfo")
        self.found.setWordWrap(True)
        # The file is looked at once typing pauses, not at every key.
        self.look_timer = QTimer(self)
        self.look_timer.setSingleShot(True)
        self.look_timer.setInterval(LOOK_DELAY_MS)
        self.look_timer.timeout.connect(self._look_now)

    def _follow_edits(self) -> None:
        for box in (self.kind, self.bus, self.model):
            box.currentIndexChanged.connect(self._changed)
        self.image_format.currentIndexChanged.connect(self._update)
        self.network.editTextChanged.connect(self._changed)
        for edit in (self.target, self.mac):
            edit.textChanged.connect(self._update)
        self.path.textChanged.connect(self._path_changed)
        self.path.editingFinished.connect(self._look_now)
        self.read_only.toggled.connect(self._update)

    def _lay_out(self) -> None:
        self.note = QLabel(translate("domain_device_dialog", GENERIC_NOTE))
        self.note.setObjectName("domainDeviceNote")
        self.note.setWordWrap(True)
        self.path_field = QWidget()
        path_row = QHBoxLayout(self.path_field)
        path_row.setContentsMargins(0, 0, 0, 0)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        self.form = QFormLayout()
        self.form.addRow(translate("DomainDeviceDialog", "&Device:"), self.kind)
        image_label = QLabel(translate("DomainDeviceDialog", "&Image:"))
        image_label.setBuddy(self.path)  # the field is a row of two: the path is typed
        self.form.addRow(image_label, self.path_field)
        self.form.addRow(translate("DomainDeviceDialog", "&Format:"), self.image_format)
        self.form.addRow("", self.found)
        self.form.addRow(translate("DomainDeviceDialog", "B&us:"), self.bus)
        self.form.addRow(translate("DomainDeviceDialog", "&Target:"), self.target)
        self.form.addRow("", self.read_only)
        self.form.addRow(translate("DomainDeviceDialog", "&Network:"), self.network)
        self.form.addRow(translate("DomainDeviceDialog", "&Model:"), self.model)
        self.form.addRow(translate("DomainDeviceDialog", "&MAC:"), self.mac)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addWidget(self.persistent)
        layout.addWidget(QLabel(translate("DomainDeviceDialog", "Device XML sent to libvirt:")))
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def set_networks(self, names: list[str]) -> None:
        """Offer libvirt's active networks `names` after user networking."""
        for name in names:
            if self.network.findData(name) < 0:
                self.network.addItem(
                    translate("DomainDeviceDialog", "{name} (libvirt network)").format(name=name),
                    name,
                )

    def set_macs(self, macs: set[str]) -> None:
        """Take `macs` (the domain's NICs', lower case) as in use: the form refuses them,
        and a proposed MAC among them, not edited, gives way to a free one."""
        self.macs = self.macs | macs
        if self.mac.text().strip().lower() == self.proposed_mac and self.proposed_mac in macs:
            self.proposed_mac = propose_mac(self.macs, random.getrandbits(24))
            self.mac.blockSignals(True)  # not the user's edit
            self.mac.setText(self.proposed_mac)
            self.mac.blockSignals(False)
        self._show_form()

    @property
    def chosen_kind(self) -> DomainDevice:
        return DomainDevice(str(self.kind.currentData()))

    def _changed(self) -> None:
        """Show the rows of the kind chosen; propose a target for the bus chosen."""
        kind = self.chosen_kind
        disk = kind in (DomainDevice.DISK, DomainDevice.CDROM)
        buses = CDROM_BUSES if kind is DomainDevice.CDROM else DISK_BUSES
        if [self.bus.itemText(n) for n in range(self.bus.count())] != list(buses):
            self.bus.blockSignals(True)
            self.bus.clear()
            self.bus.addItems(list(buses))
            self.bus.blockSignals(False)
        if disk:
            self.target.setText(next_target(self.bus.currentText(), self.targets))
        rows = (self.path_field, self.image_format, self.bus, self.target)
        for widget in (*rows, self.read_only):
            self.form.setRowVisible(widget, disk)
        # Nothing is read from a file on another host: no empty line for it.
        self.form.setRowVisible(self.found, disk and self.local)
        self.read_only.setVisible(kind is DomainDevice.DISK)
        for widget in (self.network, self.model, self.mac):
            self.form.setRowVisible(widget, kind is DomainDevice.NIC)
        self._update()

    def _browse(self) -> None:
        start = os.path.dirname(self.path.text()) or "/var/lib/libvirt/images"
        path, _ = QFileDialog.getOpenFileName(
            self, translate("DomainDeviceDialog", "Disk image"), start
        )
        if path:
            self.path.setText(path)
            self._look_now()

    @property
    def chosen_format(self) -> str:
        """The image format chosen or read from the file ("raw", "qcow2"); "" when
        none is yet."""
        return self.image_format.chosen

    def _path_changed(self) -> None:
        path = self.path.text().strip()
        # What was found or said was about the text before: it goes at once.
        self.image_format.forget(path)
        self.found.clear()
        if self.attach_waiting:
            # Pressed for the text before: the user sees the form again, and presses anew.
            self.attach_waiting = False
            self.error.clear()
        if self.local and path.startswith("/"):
            self.look_timer.start()
        self._update()

    def _look_now(self) -> None:
        self.look_timer.stop()
        path = self.path.text().strip()
        disk = self.chosen_kind in (DomainDevice.DISK, DomainDevice.CDROM)
        if disk and path.startswith("/") and self.image_format.pending(path):
            self.imageChosen.emit(path)

    def set_info(self, path: str, info: ImageInfo | None, problem: str = "") -> None:
        """What was found in the file at `path` on this host (its format and size), or
        why it could not be read (`problem`); dropped when the field holds another path
        by now. The format box is set to the file's format unless the user chose one."""
        if path != self.path.text().strip():
            return
        self.image_format.take(path, info, problem)
        self.found.setText(
            translate("DomainDeviceDialog", "found: {words}").format(words=info.words)
            if info is not None
            else problem
        )
        waiting, self.attach_waiting = self.attach_waiting, False
        if waiting and self.error.text() == translate("domain_device_dialog", READING):
            self.error.clear()
        self._show_form()
        if waiting:
            self._attach()

    def problem(self) -> str | None:
        """Why the form cannot be sent as it is, in words; None when it can."""
        kind = self.chosen_kind
        path = self.path.text().strip()
        if kind is DomainDevice.DISK and not path:
            return translate(
                "DomainDeviceDialog", "give the disk's image file (its path on the domain's host)"
            )
        if path and not path.startswith("/"):
            return translate(
                "DomainDeviceDialog",
                "give the image's full path, from / (libvirt does not read it from a folder of yours)",
            )
        if kind is DomainDevice.CDROM and not self.path.text().strip():
            # libvirt 9.0 refuses it live ("argument key 'filename' must not have null
            # value"); an empty drive can only be added to the definition.
            return translate(
                "DomainDeviceDialog",
                "give the disc's image: libvirt cannot hot-plug an empty CD-ROM drive (Eject empties it afterwards)",
            )
        if kind in (DomainDevice.DISK, DomainDevice.CDROM):
            target = self.target.text().strip()
            if not target:
                return translate(
                    "DomainDeviceDialog",
                    "give the target name the guest sees the disk by (vdb, sdb)",
                )
            if target in self.targets:
                return translate(
                    "DomainDeviceDialog",
                    "the domain has a disk '{target}' already: choose another target",
                ).format(target=target)
            if path:
                return self.image_format.problem(path)
        if kind is DomainDevice.NIC:
            return mac_problem(self.mac.text().strip(), self.macs)
        return None

    def warning(self) -> str | None:
        """What the user should know before attaching, though it can be sent: a format
        chosen by hand that the file contradicts; None when nothing."""
        if self.chosen_kind not in (DomainDevice.DISK, DomainDevice.CDROM):
            return None
        return self.image_format.warning(self.path.text().strip())

    def disk_choice(self) -> DiskChoice | None:
        """The disk or CD-ROM drive the form makes; None for other kinds."""
        kind = self.chosen_kind
        if kind not in (DomainDevice.DISK, DomainDevice.CDROM):
            return None
        return DiskChoice(
            self.path.text().strip(),
            self.chosen_format,
            self.bus.currentText(),
            self.target.text().strip(),
            self.read_only.isChecked() and kind is DomainDevice.DISK,
            cdrom=kind is DomainDevice.CDROM,
        )

    def chosen_target(self) -> str | None:
        """The target of the disk or CD-ROM drive the form makes; None for other kinds."""
        if self.chosen_kind in (DomainDevice.DISK, DomainDevice.CDROM):
            return self.target.text().strip()
        return None

    def xml(self) -> str:
        """The device XML the form makes now."""
        kind = self.chosen_kind
        if kind is DomainDevice.TABLET:
            return tablet_xml()
        if kind is DomainDevice.NIC:
            network = self.network.currentText()
            index = self.network.findText(network)
            source = str(self.network.itemData(index)) if index >= 0 else network.strip()
            return nic_xml(NicChoice(source, self.model.currentText(), self.mac.text().strip()))
        choice = self.disk_choice()
        assert choice is not None
        if not choice.image_format:  # shown, never sent: Attach waits for a format
            choice = replace(choice, image_format=self.image_format.itemText(0))
        return disk_xml(choice)

    def _update(self) -> None:
        """After the user's edit: libvirt's refusal shown before gives way to the form."""
        self.refused = False
        self._show_form()

    def _show_form(self) -> None:
        """The XML, Attach and the line under the form as the form is now. A refusal
        shown stays (what the dialog learns meanwhile must not wipe it), and so does a
        question under way, Attach staying off till its answer."""
        self.preview.setPlainText(self.xml())
        why = self.problem()
        asking = self.error.text() in (
            translate("domain_device_dialog", ASKING),
            translate("domain_device_dialog", READING),
        )
        self.attach_button.setEnabled(why is None and not asking)
        self.attach_button.setToolTip(why or "")
        if asking or self.refused:
            return  # libvirt or the file is asked: the answer replaces this line
        # What the form lacks, said where the user looks, not only on hover.
        warning = self.warning() if why is None else None
        set_tone(self.error, Tone.WARNING if warning else Tone.MUTED)
        said = why or warning
        self.error.setText(said[0].upper() + said[1:] + "." if said else "")

    def _attach(self) -> None:
        why = self.problem()
        if why is not None:
            self.show_error(why)
            return
        choice = self.disk_choice()
        if choice is not None and choice.path and not choice.image_format:
            # Sent once the file's format is known: set_info() comes back here.
            self.attach_waiting = True
            set_tone(self.error, None)
            self.error.setText(translate("domain_device_dialog", READING))
            self.attach_button.setEnabled(False)
            self.look_timer.stop()
            self.imageChosen.emit(choice.path)
            return
        set_tone(self.error, None)
        self.error.setText(translate("domain_device_dialog", ASKING))
        self.attach_button.setEnabled(False)
        self.attachRequested.emit(self.xml(), self.persistent.isChecked())

    def show_error(self, sentence: str) -> None:
        """Say why the device was not attached; everything typed stays."""
        self.refused = True
        set_tone(self.error, Tone.ERROR)
        self.error.setText(sentence)
        self.attach_button.setEnabled(self.problem() is None)

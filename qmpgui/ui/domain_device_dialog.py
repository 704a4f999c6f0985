"""Add device for a libvirt domain (`domainDeviceDialog`): a disk image, a CD-ROM
drive, a NIC or a USB tablet, attached through libvirt's device XML (shown as it will
be sent), live only or kept in the domain's definition too. The generic form of every
QEMU device type is for plain QMP VMs: devices added behind libvirt's back would be
gone from its view and at the domain's next start."""

from __future__ import annotations

import os
import random

from PySide6.QtCore import Signal
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

from qmpgui.models.palette import Tone
from qmpgui.qmp.presets import mac_problem, propose_mac
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
    DomainDevice.DISK: "Disk from an image file",
    DomainDevice.CDROM: "CD-ROM drive",
    DomainDevice.NIC: "Network interface",
    DomainDevice.TABLET: "USB tablet (absolute pointer)",
}
GENERIC_NOTE = (
    "libvirt manages this domain: its devices are attached through libvirt (device XML), "
    "so that libvirt's definition stays right. The form of every QEMU device type is for "
    "plain QMP VMs."
)
ASKING = "asking libvirt…"


class DomainDeviceDialog(QDialog):
    """The form; `attachRequested(xml, persistent)` when the user presses Attach."""

    attachRequested = Signal(str, bool)

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
        self.setWindowTitle(f"Add device — {vm_name}")
        self.targets, self.macs = targets, macs
        self.kind = QComboBox()
        self.kind.setObjectName("domainDeviceKind")
        for kind, text in KIND_TEXTS.items():
            self.kind.addItem(text, kind)
        self.path = QLineEdit()
        self.path.setObjectName("domainDevicePath")
        self.path.setPlaceholderText("/var/lib/libvirt/images/data.qcow2 (on the domain's host)")
        self.browse = QPushButton("&Browse…")
        self.browse.setVisible(local)  # a remote host's files are typed
        self.browse.clicked.connect(self._browse)
        self.image_format = QComboBox()
        self.image_format.setObjectName("domainDeviceFormat")
        self.image_format.addItems(["raw", "qcow2"])
        self.bus = QComboBox()
        self.bus.setObjectName("domainDeviceBus")
        self.target = QLineEdit()
        self.target.setObjectName("domainDeviceTarget")
        self.read_only = QCheckBox("Read-only")
        self.network = QComboBox()
        self.network.setObjectName("domainDeviceNetwork")
        self.network.setEditable(True)
        self.network.addItem("user networking (QEMU's own, no libvirt network)", USER_NETWORKING)
        self.model = QComboBox()
        self.model.addItems(list(NIC_MODELS))
        # A start at random, so that two dialogs do not propose the same; set_macs()
        # proposes another when the domain turns out to use it.
        self.proposed_mac = propose_mac(macs, random.getrandbits(24))
        self.mac = QLineEdit(self.proposed_mac)
        self.mac.setObjectName("domainDeviceMac")
        self.persistent = QCheckBox(
            "&Keep in the domain's definition (it comes back at next start)"
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
            "&Attach", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.attach_button.setObjectName("domainDeviceAttach")
        self.buttons.accepted.connect(self._attach)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._follow_edits()
        self._changed()

    def _follow_edits(self) -> None:
        for box in (self.kind, self.bus, self.image_format, self.model):
            box.currentIndexChanged.connect(self._changed)
        self.network.editTextChanged.connect(self._changed)
        for edit in (self.path, self.target, self.mac):
            edit.textChanged.connect(self._update)
        self.read_only.toggled.connect(self._update)

    def _lay_out(self) -> None:
        self.note = QLabel(GENERIC_NOTE)
        self.note.setObjectName("domainDeviceNote")
        self.note.setWordWrap(True)
        self.path_field = QWidget()
        path_row = QHBoxLayout(self.path_field)
        path_row.setContentsMargins(0, 0, 0, 0)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        self.form = QFormLayout()
        self.form.addRow("&Device:", self.kind)
        image_label = QLabel("&Image:")
        image_label.setBuddy(self.path)  # the field is a row of two: the path is typed
        self.form.addRow(image_label, self.path_field)
        self.form.addRow("&Format:", self.image_format)
        self.form.addRow("B&us:", self.bus)
        self.form.addRow("&Target:", self.target)
        self.form.addRow("", self.read_only)
        self.form.addRow("&Network:", self.network)
        self.form.addRow("&Model:", self.model)
        self.form.addRow("&MAC:", self.mac)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addWidget(self.persistent)
        layout.addWidget(QLabel("Device XML sent to libvirt:"))
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def set_networks(self, names: list[str]) -> None:
        """Offer libvirt's active networks `names` after user networking."""
        for name in names:
            if self.network.findData(name) < 0:
                self.network.addItem(f"{name} (libvirt network)", name)

    def set_macs(self, macs: set[str]) -> None:
        """Take `macs` (the domain's NICs', lower case) as in use: the form refuses them,
        and a proposed MAC among them, not edited, gives way to a free one."""
        self.macs = self.macs | macs
        if self.mac.text().strip().lower() == self.proposed_mac and self.proposed_mac in macs:
            self.proposed_mac = propose_mac(self.macs, random.getrandbits(24))
            self.mac.setText(self.proposed_mac)
        self._update()

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
        for widget in (self.path_field, self.image_format, self.bus, self.target, self.read_only):
            self.form.setRowVisible(widget, disk)
        self.read_only.setVisible(kind is DomainDevice.DISK)
        for widget in (self.network, self.model, self.mac):
            self.form.setRowVisible(widget, kind is DomainDevice.NIC)
        self._update()

    def _browse(self) -> None:
        start = os.path.dirname(self.path.text()) or "/var/lib/libvirt/images"
        path, _ = QFileDialog.getOpenFileName(self, "Disk image", start)
        if path:
            self.path.setText(path)
            if path.endswith(".qcow2"):
                self.image_format.setCurrentText("qcow2")

    def problem(self) -> str | None:
        """Why the form cannot be sent as it is, in words; None when it can."""
        kind = self.chosen_kind
        path = self.path.text().strip()
        if kind is DomainDevice.DISK and not path:
            return "give the disk's image file (its path on the domain's host)"
        if path and not path.startswith("/"):
            return "give the image's full path, from / (libvirt does not read it from a folder of yours)"
        if kind is DomainDevice.CDROM and not self.path.text().strip():
            # libvirt 9.0 refuses it live ("argument key 'filename' must not have null
            # value"); an empty drive can only be added to the definition.
            return (
                "give the disc's image: libvirt cannot hot-plug an empty CD-ROM drive "
                "(Eject empties it afterwards)"
            )
        if kind in (DomainDevice.DISK, DomainDevice.CDROM):
            target = self.target.text().strip()
            if not target:
                return "give the target name the guest sees the disk by (vdb, sdb)"
            if target in self.targets:
                return f"the domain has a disk '{target}' already: choose another target"
        if kind is DomainDevice.NIC:
            return mac_problem(self.mac.text().strip(), self.macs)
        return None

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
        return disk_xml(
            DiskChoice(
                self.path.text().strip(),
                self.image_format.currentText(),
                self.bus.currentText(),
                self.target.text().strip(),
                self.read_only.isChecked(),
                cdrom=kind is DomainDevice.CDROM,
            )
        )

    def _update(self) -> None:
        self.preview.setPlainText(self.xml())
        why = self.problem()
        self.attach_button.setEnabled(why is None)
        self.attach_button.setToolTip(why or "")
        if self.error.text() == ASKING:
            return  # libvirt is asked: its answer replaces this line
        # What the form lacks, said where the user looks, not only on hover.
        set_tone(self.error, Tone.MUTED)
        self.error.setText(why[0].upper() + why[1:] + "." if why else "")

    def _attach(self) -> None:
        why = self.problem()
        if why is not None:
            self.show_error(why)
            return
        set_tone(self.error, None)
        self.error.setText(ASKING)
        self.attach_button.setEnabled(False)
        self.attachRequested.emit(self.xml(), self.persistent.isChecked())

    def show_error(self, sentence: str) -> None:
        """Say why the device was not attached; everything typed stays."""
        set_tone(self.error, Tone.ERROR)
        self.error.setText(sentence)
        self.attach_button.setEnabled(self.problem() is None)

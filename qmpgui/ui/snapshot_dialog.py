"""Create snapshot: the snapshot's name, whether to keep the RAM state, and which
disks cannot hold it and why, said before anything is tried."""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from qmpgui.i18n import translate
from qmpgui.qmp.snapshots import SnapshotDisk, reasons, valid_tag


@dataclass(frozen=True, slots=True)
class SnapshotChoice:
    """What the user chose: the tag and whether the RAM state is saved with the disks."""

    tag: str
    with_ram: bool
    #: What the snapshot is for, in the user's words (libvirt keeps it); "" for none.
    description: str = ""


class SnapshotDialog(QDialog):
    """Asks for a new snapshot's name and whether to save the RAM state."""

    def __init__(
        self,
        parent: QWidget | None,
        vm: str,
        disks: tuple[SnapshotDisk, ...],
        taken: set[str],
        *,
        described: bool = False,
        ram_fixed: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("snapshotDialog")
        self.setWindowTitle(translate("SnapshotDialog", "Create snapshot of {vm}").format(vm=vm))
        self._taken = taken
        self.tag_edit = QLineEdit(time.strftime("snapshot-%Y%m%d-%H%M%S"))
        self.tag_edit.setObjectName("snapshotTag")
        self.ram_box = QCheckBox(
            translate(
                "SnapshotDialog", "Save the RAM state too: reverting resumes the guest as it was"
            )
        )
        self.ram_box.setObjectName("snapshotWithRam")
        self.ram_box.setChecked(True)
        if ram_fixed is not None:  # what the manager refuses is not offered
            self.ram_box.setEnabled(False)
            self.ram_box.setToolTip(ram_fixed)
        self.ram_fixed = QLabel(
            translate("SnapshotDialog", "The RAM state is always saved here: {ram_fixed}.").format(
                ram_fixed=ram_fixed
            )
        )
        self.ram_fixed.setObjectName("snapshotRamFixed")
        self.ram_fixed.setWordWrap(True)
        self.ram_fixed.setVisible(ram_fixed is not None)
        self.description_edit = QLineEdit()
        self.description_edit.setObjectName("snapshotDescription")
        self.description_edit.setPlaceholderText(
            translate("SnapshotDialog", "what this snapshot is for (optional)")
        )
        self.hint = QLabel()
        self.hint.setObjectName("snapshotHint")
        self.hint.setWordWrap(True)
        holders = [d.label for d in disks if d.holds_snapshots]
        left_out = reasons([d for d in disks if d.why_not])
        disks_text = translate("SnapshotDialog", "Saved on: {v0}.").format(v0=", ".join(holders))
        if left_out:
            disks_text += translate("SnapshotDialog", " Not in the snapshot: {left_out}.").format(
                left_out=left_out
            )
        self.disks_label = QLabel(disks_text)
        self.disks_label.setObjectName("snapshotDisks")
        self.disks_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        name_label = QLabel(translate("SnapshotDialog", "&Name:"))
        name_label.setBuddy(self.tag_edit)
        form.addRow(name_label, self.tag_edit)
        if described:
            description_label = QLabel(translate("SnapshotDialog", "&Description:"))
            description_label.setBuddy(self.description_edit)
            form.addRow(description_label, self.description_edit)
        form.addRow(self.ram_box)
        if ram_fixed is not None:
            form.addRow(self.ram_fixed)
        form.addRow(self.disks_label)
        form.addRow(self.hint)
        form.addRow(self.buttons)
        self.tag_edit.textChanged.connect(self._check)
        self._check()
        self.setMinimumWidth(480)  # the wrapped lines take their height from this width

    def _check(self) -> None:
        tag = self.tag_edit.text().strip()
        why = valid_tag(tag)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(why is None)
        if why is None and tag in self._taken:
            self.hint.setText(
                translate(
                    "SnapshotDialog",
                    "A snapshot named '{tag}' exists: you will be asked to replace it.",
                ).format(tag=tag)
            )
        else:
            self.hint.setText(why or "")

    def choice(self) -> SnapshotChoice:
        """The name and RAM choice as the dialog holds them now."""
        return SnapshotChoice(
            self.tag_edit.text().strip(),
            self.ram_box.isChecked(),
            self.description_edit.text().strip(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        vm: str,
        disks: tuple[SnapshotDisk, ...],
        taken: set[str],
        *,
        described: bool = False,
        ram_fixed: str | None = None,
    ) -> SnapshotChoice | None:
        """Open the dialog modally over `parent` for VM `vm`; the choice, or None when
        cancelled. `taken` are the tags that exist already; `described` asks for a
        description too (libvirt keeps one); `ram_fixed` says why the RAM state cannot
        be left out (the box stays checked and off), None to offer the choice."""
        dialog = cls(parent, vm, disks, taken, described=described, ram_fixed=ram_fixed)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

"""The Add device dialog's NIC preset form: its network backend (user or tap, with
the tap's name and whether QEMU runs the host's scripts, said in a note), model and
MAC address."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from qmpgui.i18n import translate
from qmpgui.qmp.presets import (
    NIC_MODELS,
    TAP_DOWN_SCRIPT,
    TAP_UP_SCRIPT,
    Step,
    device_step,
    free_name,
    mac_problem,
    netdev_step,
    propose_mac,
    tap_note,
)
from qmpgui.ui.preset_forms import PresetContext, PresetForm


class NicForm(PresetForm):
    """A NIC: its network backend (user or tap), model and MAC address."""

    def __init__(self, context: PresetContext) -> None:
        super().__init__("nic", context)
        self.backend_box = self._combo("presetNetBackend", ["user", "tap"])
        self.backend_box.setItemData(
            0,
            translate("NicForm", "user networking: the guest reaches out through QEMU's NAT"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.backend_box.setItemData(
            1,
            translate("NicForm", "a tap interface of the host (QEMU needs the right to make it)"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.ifname = QLineEdit()
        self.ifname.setObjectName("presetTapName")
        self.ifname.setPlaceholderText(
            translate("NicForm", "tap interface name (empty: the host names it)")
        )
        self.ifname.textChanged.connect(lambda _="": self.changed.emit())
        # QEMU runs the host's scripts for a tap unless told not to: say which is chosen.
        self.scripts_box = self._combo(
            "presetTapScripts",
            [
                translate("NicForm", "none (script=no)"),
                translate("NicForm", "{TAP_UP_SCRIPT} and {TAP_DOWN_SCRIPT}").format(
                    TAP_UP_SCRIPT=TAP_UP_SCRIPT, TAP_DOWN_SCRIPT=TAP_DOWN_SCRIPT
                ),
            ],
        )
        self.scripts_box.currentIndexChanged.connect(lambda _=0: self._say_scripts())
        self.ifname.textChanged.connect(lambda _="": self._say_scripts())
        self.scripts_note = QLabel()
        self.scripts_note.setObjectName("presetTapNote")
        self.scripts_note.setWordWrap(True)
        self.model_box = self._combo("presetNicModel", list(NIC_MODELS))
        self._grey(self.model_box, context.why_not)
        self.mac_edit = QLineEdit(propose_mac(context.macs, context.mac_seed))
        self.mac_edit.setObjectName("presetMac")
        self.mac_edit.textChanged.connect(lambda _="": self.changed.emit())
        self.layout_.addRow("backend", self.backend_box)
        self.layout_.addRow(translate("NicForm", "tap name"), self.ifname)
        self.layout_.addRow(translate("NicForm", "tap scripts"), self.scripts_box)
        self.layout_.addRow("", self.scripts_note)
        self.layout_.addRow("model", self.model_box)
        self.layout_.addRow("MAC", self.mac_edit)
        self.backend_box.currentTextChanged.connect(lambda _="": self._say_scripts())
        self._say_scripts()

    @property
    def scripts(self) -> bool:
        """Whether QEMU runs the host's tap scripts."""
        return self.scripts_box.currentIndex() == 1

    def _say_scripts(self) -> None:
        tap = self.backend_box.currentText() == "tap"
        self.ifname.setEnabled(tap)
        self.scripts_box.setEnabled(tap)
        self.scripts_note.setVisible(tap)
        self.scripts_note.setText(tap_note(self.ifname.text().strip(), self.scripts))

    def steps(self) -> tuple[list[Step], list[str]]:
        problems = self.id_problems()
        netdev = free_name(f"{self.device_id or 'nic'}-net", self.context.netdevs)
        model = self.model_box.currentText()
        why = self.context.why_not.get(model, "this QEMU does not have it")
        if why:
            problems.append(
                translate("NicForm", "{model} cannot go into this VM now: {why}").format(
                    model=model, why=why
                )
            )
        mac = self.mac_edit.text().strip()
        bad_mac = mac_problem(mac, self.context.macs)
        if bad_mac:
            problems.append(bad_mac)
        bus = next(iter(self.context.buses.get("PCI", [])), "")
        return [
            netdev_step(
                self.backend_box.currentText(), netdev, self.ifname.text().strip(), self.scripts
            ),
            device_step(model, self.device_id, bus, {"netdev": netdev, "mac": mac}),
        ], problems

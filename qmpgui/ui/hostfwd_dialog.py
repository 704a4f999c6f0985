"""The Add host forward dialog (`hostForwardDialog`): protocol, host address (optional),
host port and guest port of a user-networking forward, checked before it can be sent."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from qmpgui.i18n import translate
from qmpgui.qmp.network import PROTOCOLS, HostForward, forward_refusal
from qmpgui.ui.dialog_foot import ok_cancel, problem_line


class HostForwardDialog(QDialog):
    """Asks for one host forward of netdev `netdev` on NIC `nic`; OK only while the rule
    is well formed, the reason shown otherwise."""

    def __init__(self, parent: QWidget | None, vm: str, nic: str, netdev: str) -> None:
        super().__init__(parent)
        self.setObjectName("hostForwardDialog")
        self.setWindowTitle(translate("HostForwardDialog", "Add host forward"))
        intro = QLabel(
            translate(
                "HostForwardDialog",
                "Forward a port of QEMU's host to the guest of {vm} through {nic}'s user networking ({netdev}): connections to the host port reach the guest port.",
            ).format(vm=vm, nic=nic, netdev=netdev)
        )
        intro.setWordWrap(True)
        self.protocol = QComboBox()
        self.protocol.setObjectName("forwardProtocol")
        self.protocol.addItems(list(PROTOCOLS))
        self.host_addr = QLineEdit()
        self.host_addr.setObjectName("forwardHostAddress")
        self.host_addr.setPlaceholderText(
            translate("HostForwardDialog", "any address of the host (or 127.0.0.1)")
        )
        self.host_port = QSpinBox()
        self.host_port.setObjectName("forwardHostPort")
        self.guest_port = QSpinBox()
        self.guest_port.setObjectName("forwardGuestPort")
        for box, value in ((self.host_port, 2222), (self.guest_port, 22)):
            box.setRange(1, 65535)
            box.setValue(value)
        self.why = problem_line("forwardWhyNot")
        self.buttons, self.ok = ok_cancel(self, translate("HostForwardDialog", "Add"))
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(translate("HostForwardDialog", "&Protocol:"), self.protocol)
        form.addRow(translate("HostForwardDialog", "Host &address:"), self.host_addr)
        form.addRow(translate("HostForwardDialog", "&Host port:"), self.host_port)
        form.addRow(translate("HostForwardDialog", "&Guest port:"), self.guest_port)
        form.addRow(self.why)
        form.addRow(self.buttons)
        self.protocol.currentTextChanged.connect(self._check)
        self.host_addr.textChanged.connect(self._check)
        self.host_port.valueChanged.connect(self._check)
        self.guest_port.valueChanged.connect(self._check)
        self._check()

    def forward(self) -> HostForward:
        """The forward as filled in (its guest address left to user networking's DHCP)."""
        return HostForward(
            self.protocol.currentText(),
            self.host_addr.text().strip(),
            self.host_port.value(),
            "",
            self.guest_port.value(),
        )

    def _check(self) -> None:
        why = forward_refusal(self.forward())
        self.why.setText(
            translate("HostForwardDialog", "Not yet: {why}.").format(why=why) if why else ""
        )
        self.why.setVisible(why is not None)
        self.ok.setEnabled(why is None)

    @classmethod
    def ask(cls, parent: QWidget | None, vm: str, nic: str, netdev: str) -> HostForward | None:
        """The forward the user asked for, or None when cancelled."""
        dialog = cls(parent, vm, nic, netdev)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.forward()
        finally:
            dialog.deleteLater()

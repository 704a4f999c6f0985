"""The Add/Edit VM dialog: name, endpoint, connect at start-up."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from qmpgui.models.palette import Tone
from qmpgui.qmp import EndpointError, endpoint_key, parse_endpoint
from qmpgui.ui.styles import set_tone


@dataclass(frozen=True)
class VmSpec:
    name: str
    endpoint: str
    autoconnect: bool


class VmDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        initial: VmSpec | None = None,
        taken_endpoints: Collection[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("vmDialog")
        self.setWindowTitle("Edit VM" if initial else "Add VM")
        self._taken = {endpoint_key(e) for e in taken_endpoints}

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("vmNameEdit")
        self.name_edit.setPlaceholderText("optional: defaults to the VM's -name, else the endpoint")
        self.endpoint_edit = QLineEdit()
        self.endpoint_edit.setObjectName("vmEndpointEdit")
        self.endpoint_edit.setPlaceholderText(
            "/run/vm1.qmp   unix:/path   tcp:host:port   [::1]:4444"
        )
        self.autoconnect_box = QCheckBox("Connect at start-up")
        self.autoconnect_box.setObjectName("vmAutoconnect")
        self.autoconnect_box.setChecked(True)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("vmDialogProblem")
        self.problem_label.setWordWrap(True)
        set_tone(self.problem_label, Tone.ERROR)
        hint = QLabel(
            "Start QEMU with <tt>-qmp unix:/run/vm1.qmp,server=on,wait=off</tt> "
            "and enter <tt>/run/vm1.qmp</tt> here."
        )
        hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow("&Name:", self.name_edit)
        form.addRow("&Endpoint:", self.endpoint_edit)
        form.addRow("", self.autoconnect_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        if initial is not None:
            self.name_edit.setText(initial.name)
            self.endpoint_edit.setText(initial.endpoint)
            self.autoconnect_box.setChecked(initial.autoconnect)
        self.endpoint_edit.textChanged.connect(self._validate)
        self.endpoint_edit.setFocus()
        self.resize(520, self.sizeHint().height())
        self._validate()

    def problem(self) -> str | None:
        """Why the entered endpoint cannot be accepted, or None."""
        text = self.endpoint_edit.text()
        if not text.strip():
            return "Enter the QMP socket path or HOST:PORT."
        try:
            parse_endpoint(text)
        except EndpointError as err:
            return str(err)
        if endpoint_key(text) in self._taken:
            return "This endpoint is already in the list."
        return None

    def _validate(self) -> None:
        problem = self.problem()
        # An empty field is not an error yet: say nothing until the user types.
        shown = problem if self.endpoint_edit.text().strip() else ""
        self.problem_label.setText(shown or "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(problem is None)
        ok.setToolTip(problem or "")

    def accept(self) -> None:
        if self.problem() is None:
            super().accept()

    def spec(self) -> VmSpec:
        return VmSpec(
            self.name_edit.text().strip(),
            self.endpoint_edit.text().strip(),
            self.autoconnect_box.isChecked(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None = None,
        initial: VmSpec | None = None,
        taken_endpoints: Collection[str] = (),
    ) -> VmSpec | None:
        """Show the dialog modally; the entered VM, or None when cancelled."""
        dialog = cls(parent, initial, taken_endpoints)
        try:
            return dialog.spec() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

"""The question before a `qom-set` from the QOM browser: the new value, the exact command
that will be sent (as the console would take it) and the console's risk mark for it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from qmpgui.i18n import marked, translate
from qmpgui.qmp.qom_tree import QOM_SET, QomProperty, parse_value, set_command
from qmpgui.qmp.risk import classify
from qmpgui.ui.console_bar import RiskMark
from qmpgui.ui.dialog_foot import ok_cancel, problem_line

#: What a set can do, said before it is sent.
SET_DETAIL = marked(
    "qom_set_dialog",
    "qom-set changes the live object at once: the guest may see the change, and QEMU keeps it until the VM ends (it is not written to any configuration).",
)


class QomSetDialog(QDialog):
    """Asks for the new value of one scalar property and shows what will be sent."""

    def __init__(
        self, parent: QWidget | None, vm: str, path: str, prop: QomProperty, current: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName("qomSetDialog")
        self.setWindowTitle(translate("QomSetDialog", "Set QOM property"))
        self.path, self.prop = path, prop
        self.value: bool | int | str | None = None
        form = QFormLayout()
        form.addRow(translate("QomSetDialog", "VM:"), QLabel(vm))
        form.addRow(translate("QomSetDialog", "Object:"), QLabel(path))
        form.addRow(translate("QomSetDialog", "Property:"), QLabel(f"{prop.name} ({prop.type})"))
        self.edit = QLineEdit(current)
        self.edit.setObjectName("qomSetValue")
        self.choice = QComboBox()
        self.choice.setObjectName("qomSetChoice")
        self.choice.addItems(["true", "false"])
        if prop.type == "bool":
            self.choice.setCurrentText(current if current in ("true", "false") else "true")
            form.addRow(translate("QomSetDialog", "New value:"), self.choice)
        else:
            form.addRow(translate("QomSetDialog", "New value:"), self.edit)
        self.command = QPlainTextEdit()
        self.command.setObjectName("qomSetCommand")
        self.command.setReadOnly(True)
        self.command.setMaximumHeight(60)
        form.addRow(translate("QomSetDialog", "Sends:"), self.command)
        self.risk = RiskMark()
        self.risk.show_risk(classify(QOM_SET))
        form.addRow(translate("QomSetDialog", "Risk:"), self.risk)
        detail = QLabel(translate("qom_set_dialog", SET_DETAIL))
        detail.setWordWrap(True)
        self.problem = problem_line("qomSetProblem")
        self.buttons, self.ok = ok_cancel(self, translate("QomSetDialog", "Set"))
        self.ok.setObjectName("qomSetOk")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(detail)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._check)
        self.choice.currentTextChanged.connect(self._check)
        self.resize(520, self.sizeHint().height())
        self._check()

    def _typed(self) -> str:
        return self.choice.currentText() if self.prop.type == "bool" else self.edit.text()

    def _check(self) -> None:
        try:
            self.value = parse_value(self.prop, self._typed())
        except ValueError as problem:
            self.value = None
            self.problem.setText(str(problem))
            self.command.setPlainText("")
        else:
            self.problem.setText("")
            self.command.setPlainText(set_command(self.path, self.prop.name, self.value))
        self.ok.setEnabled(self.value is not None)

    @classmethod
    def ask(
        cls, parent: QWidget | None, vm: str, path: str, prop: QomProperty, current: str
    ) -> bool | int | str | None:
        """The value to set, or None when the user cancels. Modal: call from a Qt slot."""
        dialog = cls(parent, vm, path, prop, current)
        try:
            return dialog.value if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

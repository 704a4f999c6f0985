"""The Other keys dialog: any combination of QEMU's key names, typed ("ctrl-alt-f7",
"shift-a"), completed from the names the VM takes, and checked as it is typed: an
unknown name is refused with a sentence that names it, and nothing is sent."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from qmpgui.i18n import translate
from qmpgui.models.palette import Tone
from qmpgui.qmp.keys import HOLD_TIME_MS, KeyNameError, read_keys
from qmpgui.ui.styles import set_tone

#: What separates the keys as completion writes them (read_keys() takes + and spaces too).
_SEPARATOR = "-"


class KeyNameCompleter(QCompleter):
    """Completes the key name being typed, the last of the combination: the text before
    it stays as typed."""

    def __init__(self, names: Collection[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The completer does not own a model it is given: the model is its child here.
        self.setModel(QStringListModel(sorted(names), self))
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:
        return [path.replace("+", _SEPARATOR).rsplit(_SEPARATOR, 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        name = super().pathFromIndex(index)
        edit = self.widget()
        typed = edit.text() if isinstance(edit, QLineEdit) else ""
        cut = max(typed.rfind(_SEPARATOR), typed.rfind("+"))
        return typed[: cut + 1] + name if cut >= 0 else name


class KeyDialog(QDialog):
    """Asks for a combination; OK stays off, and the line below the field says why,
    while a name is unknown to the VM (`known`) or nothing is typed."""

    def __init__(self, known: Collection[str], vm: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyDialog")
        self.setWindowTitle(translate("KeyDialog", "Send keys to {vm}").format(vm=vm))
        self._known = frozenset(known)
        self.keys_edit = QLineEdit()
        self.keys_edit.setObjectName("keyCombination")
        self.keys_edit.setPlaceholderText("ctrl-alt-delete")
        self.keys_edit.setToolTip(
            translate(
                "KeyDialog",
                "QEMU's key names (QKeyCode), joined by - or +: ctrl-alt-f7, shift-a, alt-sysrq-s. They are pressed in this order and released together.",
            )
        )
        self.keys_edit.setCompleter(KeyNameCompleter(self._known, self))
        intro = QLabel(
            translate(
                "KeyDialog",
                "Keys are pressed in the order typed, held for {HOLD_TIME_MS} ms and released in reverse order.",
            ).format(HOLD_TIME_MS=HOLD_TIME_MS)
        )
        intro.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("keyProblem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("KeyDialog", "Send")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("KeyDialog", "&Keys:"), self.keys_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.keys_edit.textChanged.connect(self._check)
        self.resize(520, self.sizeHint().height())
        self._check()

    def problem_text(self) -> str | None:
        """Why the combination cannot be sent, in a sentence; None when it can."""
        try:
            read_keys(self.keys_edit.text(), self._known)
        except KeyNameError as err:
            return str(err)
        return None

    def keys(self) -> tuple[str, ...]:
        """The QKeyCodes typed, in order (call once OK is on). Raises KeyNameError."""
        return read_keys(self.keys_edit.text(), self._known)

    def _check(self) -> None:
        problem = self.problem_text()
        typed = bool(self.keys_edit.text().strip())
        if problem is None:
            self.problem.setText(translate("KeyDialog", "Sends ") + " + ".join(self.keys()))
        else:
            self.problem.setText(problem)
        set_tone(self.problem, Tone.ERROR if problem and typed else None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    def accept(self) -> None:
        """Qt's accept(), only while the combination can be sent (Enter with an
        unknown name leaves the dialog open, its sentence shown)."""
        if self.problem_text() is None:
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, known: Collection[str], vm: str) -> tuple[str, ...] | None:
        """Show the dialog modally; the QKeyCodes typed, or None when cancelled."""
        dialog = cls(known, vm, parent)
        try:
            return dialog.keys() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

"""Type text…: a text (the clipboard's, or one typed here) for the screen view to type
into the guest, and the guest's keyboard layout it is typed for (QEMU's keymaps,
qmp/keymaps.py). The field hides what it holds unless Show is ticked, since it is often
a password. Every line wraps and the dialog grows with them."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qmpgui.i18n import translate
from qmpgui.qmp.keymaps import DEFAULT_LAYOUT, KeyOfChar
from qmpgui.qmp.screen_input import keystrokes, missing_text

#: A layout's keymap, or None while it is read (or when there is none: en-us's table).
Keymap = Mapping[str, KeyOfChar] | None
#: Asks for a layout's keymap: calls back with it once read (off the UI thread).
LoadKeymap = Callable[[str, Callable[[str, Keymap], None]], None]
#: The dialog's width at first: the lines wrap within it.
WIDTH = 460


class TypeTextDialog(QDialog):
    """Asks for the text and the layout; OK stays off while the text is empty, the
    layout's keymap is being read, or a character has no key on it (the line below
    says which)."""

    def __init__(
        self,
        vm: str,
        parent: QWidget | None = None,
        *,
        layouts: list[str] | None = None,
        layout: str = DEFAULT_LAYOUT,
        load: LoadKeymap | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("typeTextDialog")
        self.setWindowTitle(translate("TypeTextDialog", "Type text into {vm}").format(vm=vm))
        self._load = load
        self.keymap: Keymap = None
        self._loading = False
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("typeTextEdit")
        self.text_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.text_edit.setAccessibleName(translate("TypeTextDialog", "Text to type"))
        self.show_box = QCheckBox(translate("TypeTextDialog", "&Show"))
        self.show_box.setObjectName("typeTextShow")
        self.show_box.toggled.connect(
            lambda on: self.text_edit.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        paste = QPushButton(translate("TypeTextDialog", "&Paste the clipboard"))
        paste.setObjectName("typeTextPaste")
        paste.clicked.connect(lambda: self.text_edit.setText(QGuiApplication.clipboard().text()))
        self.layout_box = QComboBox()
        self.layout_box.setObjectName("typeTextLayout")
        self.layout_box.addItems(layouts or [DEFAULT_LAYOUT])
        self.layout_box.setCurrentText(layout)
        self.layout_box.currentTextChanged.connect(self._layout_chosen)
        form = QFormLayout()
        form.addRow(translate("TypeTextDialog", "Guest keyboard &layout:"), self.layout_box)
        self.problem = QLabel()
        self.problem.setObjectName("typeTextProblem")
        self.problem.setWordWrap(True)
        self.hint = QLabel(
            translate(
                "TypeTextDialog",
                "Sent key by key as the guest's keyboard layout types each character (QEMU's keymap of it), with Shift or AltGr where needed: choose the layout the guest uses. The event log says how many characters, never which.",
            )
        )
        self.hint.setObjectName("typeTextHint")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout_ = QVBoxLayout(self)
        # The dialog is as tall as its wrapped lines need, and grows when they do.
        layout_.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout_.addWidget(self.text_edit)
        layout_.addWidget(self.show_box)
        layout_.addWidget(paste)
        layout_.addLayout(form)
        layout_.addWidget(self.problem)
        layout_.addWidget(self.hint)
        layout_.addWidget(self.buttons)
        self.resize(WIDTH, self.sizeHint().height())
        self.text_edit.textChanged.connect(lambda _: self._check())
        self._layout_chosen(self.layout_box.currentText())

    @property
    def layout_name(self) -> str:
        """The layout chosen ("en-us", "de")."""
        return self.layout_box.currentText()

    def _layout_chosen(self, name: str) -> None:
        self.keymap = None
        self._loading = name != DEFAULT_LAYOUT and self._load is not None
        if self._loading and self._load is not None:
            self._load(name, self._keymap_read)
        self._check()

    def _keymap_read(self, name: str, keymap: Keymap) -> None:
        if name != self.layout_name:
            return  # another layout was chosen meanwhile
        self.keymap, self._loading = keymap, False
        self._check()

    def strokes_missing(self) -> list[str]:
        """The characters of the text the chosen layout has no key for."""
        if self.layout_name != DEFAULT_LAYOUT and self.keymap is None:
            return []
        return keystrokes(self.text_edit.text(), self.keymap)[1]

    def _check(self) -> None:
        text = self.text_edit.text()
        missing = self.strokes_missing()
        if self._loading:
            words = translate("TypeTextDialog", "Reading QEMU's {layout_name} keymap…").format(
                layout_name=self.layout_name
            )
        elif self.layout_name != DEFAULT_LAYOUT and self.keymap is None:
            words = translate(
                "TypeTextDialog", "QEMU's keymap of {layout_name} cannot be read here"
            ).format(layout_name=self.layout_name)
        else:
            words = missing_text(missing, self.layout_name) if missing else ""
        if words != self.problem.text():
            self.problem.setText(words)
            self.problem.setVisible(bool(words))
            QTimer.singleShot(0, self.adjustSize)  # once the label's new height is known
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        usable = not self._loading and (self.layout_name == DEFAULT_LAYOUT or self.keymap)
        ok.setEnabled(bool(text) and not missing and bool(usable))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        vm: str,
        *,
        layouts: list[str] | None = None,
        layout: str = DEFAULT_LAYOUT,
        load: LoadKeymap | None = None,
    ) -> tuple[str, str, Keymap] | None:
        """Show the dialog modally; (the text, the layout, its keymap), or None when
        cancelled."""
        dialog = cls(vm, parent, layouts=layouts, layout=layout, load=load)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.text_edit.text(), dialog.layout_name, dialog.keymap
        finally:
            dialog.deleteLater()

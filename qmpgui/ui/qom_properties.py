"""The QOM browser's lower half: the selected object's properties (name, type, value),
links that go to their target when clicked, and the buttons that copy a path, a value
or the exact `qom-get`/`qom-set` command, read a value on demand and set one (only once
changes are allowed: the browser is read-only by default)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QPushButton,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from qmpgui.i18n import translate
from qmpgui.models.qom_model import PropertyRow, QomPropertyModel
from qmpgui.qmp.qom_tree import get_command, set_command
from qmpgui.ui.panes.inspect import put_on_clipboard


class QomProperties(QWidget):
    """The properties of `model.path`; signals ask the pane for what needs the VM."""

    #: A link or child value was clicked: go to this path.
    goRequested = Signal(str)
    #: Read this property's value now (by name).
    readRequested = Signal(str)
    #: Ask for a new value of this property and set it (by name).
    setRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QomPropertyModel(self)
        self.view = QTreeView()
        self.view.setObjectName("qomProperties")
        self.view.setAccessibleName(translate("QomProperties", "Properties of the selected object"))
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        self.buttons: list[QPushButton] = []
        # A toolbar, not a row of buttons: it folds what does not fit into its extension
        # menu, so the pane (and the window) can be made narrow.
        row = QToolBar(translate("QomProperties", "Property"))
        row.setObjectName("qomPropertyToolBar")
        row.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.copy_path = self._button(
            row, translate("QomProperties", "Cop&y path"), "qomCopyPath", self._copy_path
        )
        self.copy_value = self._button(
            row, translate("QomProperties", "Copy val&ue"), "qomCopyValue", self._copy_value
        )
        self.copy_get = self._button(
            row, translate("QomProperties", "Copy qom-get"), "qomCopyGet", self._copy_get
        )
        self.copy_set = self._button(
            row, translate("QomProperties", "Copy qom-set"), "qomCopySet", self._copy_set
        )
        self.read = self._button(row, translate("QomProperties", "Read"), "qomRead", self._read)
        self.allow = QCheckBox(translate("QomProperties", "Allow changes"))
        self.allow.setObjectName("qomAllowChanges")
        self.allow.setToolTip(
            translate(
                "QomProperties", "The browser only reads until this is on; each set asks first"
            )
        )
        row.addWidget(self.allow)
        self.set = self._button(row, translate("QomProperties", "Set…"), "qomSet", self._set)
        self.allow.toggled.connect(self.update_buttons)
        self.view.selectionModel().currentChanged.connect(lambda *_: self.update_buttons())
        self.model.modelReset.connect(self.update_buttons)
        self.model.dataChanged.connect(lambda *_: self.update_buttons())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(row)
        #: Whether the VM can be asked now (connected, no set under way).
        self.ready = False
        self.update_buttons()

    def _button(self, row: QToolBar, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        self.buttons.append(button)
        return button

    def current(self) -> PropertyRow | None:
        """The selected property, or None."""
        return self.model.at(self.view.currentIndex())

    def choose(self, name: str) -> None:
        """Select property `name`."""
        for number, row in enumerate(self.model.rows):
            if row.prop.name == name:
                self.view.setCurrentIndex(self.model.index(number, 0))

    def update_buttons(self) -> None:
        """Enable what applies to the selected property."""
        row = self.current()
        self.copy_path.setEnabled(bool(self.model.path))
        self.copy_value.setEnabled(row is not None and row.text is not None and not row.error)
        self.copy_get.setEnabled(row is not None)
        self.copy_set.setEnabled(row is not None and row.prop.settable)
        self.read.setEnabled(self.ready and row is not None and row.prop.child_type is None)
        settable = row is not None and row.prop.settable
        self.set.setEnabled(self.ready and settable and self.allow.isChecked())
        if row is not None and not settable:
            self.set.setToolTip(
                translate(
                    "QomProperties",
                    "Only bool, integer and string properties are set here, not {type}",
                ).format(type=row.prop.type)
            )
        elif not self.allow.isChecked():
            self.set.setToolTip(
                translate(
                    "QomProperties",
                    "Turn on Allow changes first: the browser only reads until then",
                )
            )
        else:
            self.set.setToolTip(
                translate("QomProperties", "Set the selected property with qom-set (asks first)")
            )

    def _clicked(self, index: QModelIndex) -> None:
        row = self.model.at(index)
        if row is not None and row.target and index.column() == QomPropertyModel.VALUE:
            self.goRequested.emit(row.target)

    def _copy_path(self) -> None:
        put_on_clipboard(self.model.path)

    def _copy_value(self) -> None:
        row = self.current()
        if row is not None and row.text is not None:
            put_on_clipboard(row.text)

    def _copy_get(self) -> None:
        row = self.current()
        if row is not None:
            put_on_clipboard(get_command(self.model.path, row.prop.name))

    def _copy_set(self) -> None:
        row = self.current()
        if row is not None:
            value = row.value if row.text is not None and not row.error else ""
            put_on_clipboard(set_command(self.model.path, row.prop.name, value))

    def _read(self) -> None:
        row = self.current()
        if row is not None:
            self.readRequested.emit(row.prop.name)

    def _set(self) -> None:
        row = self.current()
        if row is not None and row.prop.settable and self.allow.isChecked():
            self.setRequested.emit(row.prop.name)

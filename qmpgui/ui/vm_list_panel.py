"""The VM list with its filter box above it (`vmFilter`): typing there narrows the
list to the VMs whose name, endpoint or state holds the words typed. Ctrl+F in the
list goes to the box; Escape in the box empties it, Down and Enter go to the list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from qmpgui.i18n import translate
from qmpgui.models import VmListModel
from qmpgui.ui.shortcut_place import set_shortcut_place
from qmpgui.ui.vm_list_view import VmListView


class VmListPanel(QWidget):
    """`filter_box` above `view` (a VmListView over `model`), and beside the box how
    many rows the filter hides (there, not below the list: a change of the list's
    height would fit its columns again, which reads every row)."""

    def __init__(self, model: VmListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vmListPanel")
        self.view = VmListView(model)
        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("vmFilter")
        self.filter_box.setAccessibleName(translate("VmListPanel", "Filter the VM list"))
        self.filter_box.setPlaceholderText(
            translate("VmListPanel", "Filter VMs: name, endpoint or state (Ctrl+F)")
        )
        self.filter_box.setToolTip(
            translate(
                "VmListPanel",
                "Shows the VMs whose name, endpoint or state holds every word typed (Escape empties it)",
            )
        )
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._filter)
        self.filter_box.installEventFilter(self)
        self.hidden_note = QLabel()
        self.hidden_note.setObjectName("vmFilterNote")
        self.hidden_note.hide()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.filter_box, 1)
        line.addWidget(self.hidden_note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addWidget(self.view, 1)
        # Ctrl+F in the list only: the console and the event log have finds of their own.
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self.view)
        find.setObjectName("vmListFind")
        find.setWhatsThis(translate("VmListPanel", "Find in the VM list"))
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        set_shortcut_place(self, translate("VmListPanel", "VM list"))
        find.activated.connect(self.focus_filter)
        # Counted once per turn of the loop: 2,000 rows added one by one counted 2,000 times.
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(0)
        self._recount.timeout.connect(self._count_hidden)
        shown = self.view.shown
        for signal in (shown.rowsInserted, shown.rowsRemoved, shown.modelReset):
            signal.connect(self._recount.start)

    def focus_filter(self) -> None:
        """Put the keyboard in the filter box, its text selected."""
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()

    def _filter(self, text: str) -> None:
        self.view.shown.set_filter(text)
        self._count_hidden()

    def _count_hidden(self) -> None:
        shown = self.view.shown
        self.hidden_note.setVisible(bool(shown.filter_text))
        if not shown.filter_text:  # the note is hidden: counting a row at a time for
            return  # each row added would make a start with 100 VMs count 5,000 rows
        vms = self.view.vms
        every = len(vms.all_sessions) + len(vms.connections)
        tops = [shown.index(r, 0) for r in range(shown.rowCount())]
        if self.view.grouping:  # the groups' rows, not the groups
            tops = [shown.index(r, 0, top) for top in tops for r in range(shown.rowCount(top))]
        visible = sum(1 + shown.rowCount(index) for index in tops)
        hidden = every - visible
        self.hidden_note.setText(
            translate("VmListPanel", "{visible} of {every}").format(visible=visible, every=every)
        )
        self.hidden_note.setToolTip(
            translate("VmListPanel", "The filter hides {hidden} of the list's {every} rows").format(
                hidden=hidden, every=every
            )
            if hidden
            else translate("VmListPanel", "All rows match")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape empties the box (then gives the list the keyboard); Down and Enter go
        to the list."""
        if watched is self.filter_box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Escape and self.filter_box.text():
                self.filter_box.clear()
                return True
            if key in (Qt.Key.Key_Escape, Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.view.currentIndex().isValid() and self.view.shown.rowCount():
                    self.view.selectRow(0)
                return True
        return super().eventFilter(watched, event)

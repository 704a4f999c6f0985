"""The console's transcript view (`consoleOutput`): a tree of JSON lines, highlighted.

Rows have one height (uniformRowHeights), so the view lays out only what is on
screen however long a reply is; the delegate colours JSON tokens of visible
rows only.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFontDatabase, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from qmpgui.i18n import translate
from qmpgui.models.palette import Tone, brush
from qmpgui.models.transcript import INDENT, IS_JSON_ROLE, LINE_ROLE, Line, TranscriptModel
from qmpgui.ui.json_text import json_spans

_Index = QModelIndex | QPersistentModelIndex


class JsonLineDelegate(QStyledItemDelegate):
    """Paints a JSON line with its keys, strings, numbers and literals coloured."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        if not index.data(IS_JSON_ROLE):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect.adjust(2, 0, 0, 0)
        metrics = opt.fontMetrics
        plain = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.save()
        painter.setFont(opt.font)
        painter.setClipRect(rect)
        x = rect.left()
        baseline = rect.top() + (rect.height() + metrics.ascent() - metrics.descent()) // 2
        for chunk, tone in _coloured(text):
            painter.setPen(plain if selected or tone is None else brush(tone).color())
            painter.drawText(x, baseline, chunk)
            x += metrics.horizontalAdvance(chunk)
            if x > rect.right():
                break
        painter.restore()


def _coloured(text: str) -> list[tuple[str, Tone | None]]:
    """`text` cut into runs, each with its tone (None: the plain text colour)."""
    runs: list[tuple[str, Tone | None]] = []
    at = 0
    for start, end, tone in json_spans(text):
        if start > at:
            runs.append((text[at:start], None))
        runs.append((text[start:end], tone))
        at = end
    if at < len(text):
        runs.append((text[at:], None))
    return runs


class TranscriptView(QTreeView):
    #: An action row was activated: (Action value, the row's index).
    actionRequested = Signal(str, QModelIndex)

    def __init__(self, model: TranscriptModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consoleOutput")
        self.setAccessibleName(translate("TranscriptView", "Console transcript"))
        self.transcript = model
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # One level of the tree is one step of the JSON's indentation.
        self.setIndentation(max(12, self.fontMetrics().horizontalAdvance(INDENT)))
        self.setItemDelegate(JsonLineDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.header().setStretchLastSection(False)
        self.header().setDefaultSectionSize(4000)  # long lines scroll instead of eliding
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setAnimated(False)
        self.expanded.connect(lambda index: model.set_expanded(index, True))
        self.collapsed.connect(lambda index: model.set_expanded(index, False))
        self.activated.connect(self._on_activated)

    def _on_activated(self, index: QModelIndex) -> None:
        line = index.data(LINE_ROLE)
        if isinstance(line, Line) and line.action is not None:
            self.actionRequested.emit(str(line.action), index)

    def reveal(self, index: QModelIndex, *, expand_all: bool, open_first: int = 5000) -> None:
        """Open a new row: all of it when small, else its first level of members."""
        if expand_all:
            self.expandRecursively(index)
        else:
            self.expand(index)
            model = self.transcript
            for row in range(model.rowCount(index)):
                child = model.index(row, 0, index)
                line = model.line(child)
                if line is not None and line.container and len(line.value) <= open_first:
                    self.expand(child)

"""Cells cut in the middle where the end of the text tells rows apart."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem


class ElideMiddleDelegate(QStyledItemDelegate):
    """Paints a column's text cut in the middle when it is too long (web-fr…replica-07),
    whatever the view's own elide mode for its other columns."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle

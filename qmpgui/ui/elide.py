"""Text cut in the middle where its end tells rows apart (table cells, and the items of
a combo box kept narrow), or at its end where its head says the most."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem


class ElideMiddleDelegate(QStyledItemDelegate):
    """Paints a column's text cut in the middle when it is too long (web-fr…replica-07),
    whatever the view's own elide mode for its other columns."""

    mode = Qt.TextElideMode.ElideMiddle

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = self.mode


class ElideEndDelegate(ElideMiddleDelegate):
    """Paints a column's text cut at its end: for a sentence whose head says the most
    ("libvirtd not running: trying again in 3…"); the cell's tooltip has it whole."""

    mode = Qt.TextElideMode.ElideRight


def bound_combo_box(box: QComboBox, chars: int) -> None:
    """Keep `box` about `chars` average characters wide, however long its items (a VM
    named by a long endpoint): items added with add_elided_item() are cut in the middle
    to that width, in the box and its list. The box's tooltip names the chosen item
    whole (its ToolTipRole), or keeps the box's own for an item without one."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(chars)
    box.setProperty("elideChars", chars)
    box.view().setTextElideMode(Qt.TextElideMode.ElideMiddle)
    own = box.toolTip()

    def chosen(index: int) -> None:
        whole = box.itemData(index, Qt.ItemDataRole.ToolTipRole)
        box.setToolTip(whole if isinstance(whole, str) and whole else own)

    box.currentIndexChanged.connect(chosen)


def add_elided_item(box: QComboBox, text: str, data: object, tooltip: str) -> None:
    """Add an item to a box made by bound_combo_box(): `text` cut in the middle to the
    box's width, `data` as its data, `tooltip` (the whole text) as its tooltip."""
    chars = box.property("elideChars")
    width = box.fontMetrics().averageCharWidth() * (chars if isinstance(chars, int) else 24)
    shown = box.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, width)
    box.addItem(shown, data)
    box.setItemData(box.count() - 1, tooltip, Qt.ItemDataRole.ToolTipRole)

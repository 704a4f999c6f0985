"""Fields that say what QEMU's words mean: a form row whose label and value carry the
glossary's explanation (qmp/glossary.py) as their tooltip and What's This."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from qmpgui.qmp.glossary import explain


def explain_widgets(words: str, pane: str, *widgets: QWidget) -> str | None:
    """Give `widgets` the explanation of `words` (in the pane `pane`) as tooltip and
    What's This; the explanation, or None when the glossary lacks the words."""
    tip = explain(words, pane)
    if tip is not None:
        for widget in widgets:
            widget.setToolTip(tip)
            widget.setWhatsThis(tip)
    return tip


def add_explained_row(form: QFormLayout, words: str, field: QWidget, pane: str = "") -> QLabel:
    """Add the row "`words`:" `field` to `form`, both explained; the row's label."""
    caption = QLabel(f"{words}:")
    explain_widgets(words, pane, caption, field)
    form.addRow(caption, field)
    return caption


def explain_labels(widget: QWidget, pane: str = "") -> None:
    """Give each labelled field under `widget` (a QLabel with a buddy) that says nothing
    yet the glossary's explanation of its label, on the label and on the field."""
    for label in widget.findChildren(QLabel):
        field = label.buddy()
        if field is None or label.toolTip() or label.whatsThis():
            continue
        tip = explain(label.text(), pane)
        if tip is None:
            continue
        label.setToolTip(tip)
        label.setWhatsThis(tip)
        if not field.toolTip():
            field.setToolTip(tip)
        field.setWhatsThis(tip)

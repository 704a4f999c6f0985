"""The Type text dialog lays its lines out whole: a warning for characters the layout
has no key for, and the help line, each wrapped and never drawn over another; the
dialog grows to hold them."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from qmpgui.ui.type_text_dialog import TypeTextDialog
from tests.helpers.runner import AsyncRunner


def test_a_long_warning_and_the_help_line_both_read_whole(arun: AsyncRunner) -> None:
    dialog = TypeTextDialog("web1")
    try:
        dialog.show()
        dialog.show_box.setChecked(True)
        dialog.text_edit.setText("pässwörd€")
        arun.wait(lambda: "no key for 'ä', 'ö', '€'" in dialog.problem.text())
        hint = next(w for w in dialog.findChildren(QLabel) if w.text().startswith("Sent key"))
        labels = [dialog.problem, hint]

        def laid_out() -> bool:
            return all(
                label.isVisible() and label.height() >= label.heightForWidth(label.width())
                for label in labels
            )

        arun.wait(laid_out)
        first, second = (label.geometry() for label in labels)
        assert not first.intersects(second)  # one under the other
        for label in dialog.findChildren(QLabel):
            assert dialog.rect().contains(label.geometry())  # none cut by the edge
    finally:
        dialog.close()
        dialog.deleteLater()

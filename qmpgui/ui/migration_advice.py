"""The Migration pane's advice for a migration that will not finish as it is: why, in
words, and each way out (qmp/convergence.py's advise()) as a sentence with an Apply
button where it can be applied while the migration runs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from qmpgui.models.palette import Tone
from qmpgui.qmp.convergence import Advice
from qmpgui.ui.styles import set_tone

#: Why the advice shows.
WHY = (
    "This migration will not finish as it is: the guest dirties memory as fast as it is "
    "sent, pass after pass, so what is left never gets small enough to switch over. "
    "What would help:"
)


class AdviceBox(QFrame):
    """The advice (objectName migrationAdvice); hidden while there is none.
    `applyRequested(advice)` when an Apply button is pressed."""

    applyRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("migrationAdvice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.why = QLabel(WHY)
        self.why.setObjectName("migrationAdviceWhy")
        self.why.setWordWrap(True)
        set_tone(self.why, Tone.WARNING)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.why)
        self.rows: list[QWidget] = []
        #: The advice shown, in order.
        self.advice: list[Advice] = []
        self.setVisible(False)

    def set_advice(self, advice: list[Advice]) -> None:
        """Show `advice` (none: hide the box); the same advice again changes nothing."""
        if [a.sentence for a in advice] == [a.sentence for a in self.advice]:
            return
        for row in self.rows:
            row.deleteLater()
        self.rows, self.advice = [], list(advice)
        for item in advice:
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            sentence = QLabel(item.sentence[:1].upper() + item.sentence[1:] + ".")
            sentence.setWordWrap(True)
            line.addWidget(sentence, 1)
            if item.commands:
                button = QPushButton("Apply")
                button.setObjectName(f"migrationApply_{item.kind.value}")
                button.setAccessibleName(f"Apply: {item.sentence}")
                button.clicked.connect(lambda _=False, a=item: self.applyRequested.emit(a))
                line.addWidget(button)
            self.layout_.addWidget(row)
            self.rows.append(row)
        self.setVisible(bool(advice))

    def buttons(self) -> list[QPushButton]:
        """The Apply buttons, in the advice's order."""
        return [b for row in self.rows for b in row.findChildren(QPushButton)]

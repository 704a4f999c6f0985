"""The Migration pane's advice for a migration that will not finish as it is: why, in
words, and each way out (qmp/convergence.py's advise()) as a sentence with an Apply
button where it can be applied while the migration runs."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from qmpgui.i18n import marked, translate
from qmpgui.models.palette import Tone
from qmpgui.qmp.convergence import Advice, stuck_sentence
from qmpgui.ui.styles import set_tone

#: Why the advice shows, after the stuck sentence (convergence.stuck_sentence()).
WHY_TAIL = marked("migration_advice", ". What would help:")
#: Spacing inside the box, pixels: compact, so that the chart stays in view.
SPACING = 2


class OneLine(QLabel):
    """A label of one line, whatever the width: its text elided to fit ("…"), the whole
    in its tooltip; never wider than the pane gives (so four of them keep the chart in
    view on a laptop's screen)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.whole = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.setText(text)

    def minimumSizeHint(self) -> QSize:
        """As narrow as a few letters: the rest is elided."""
        return QSize(
            self.fontMetrics().horizontalAdvance(translate("OneLine", "Raise…")),
            super().minimumSizeHint().height(),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The text elided to the new width."""
        super().resizeEvent(event)
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self.whole, Qt.TextElideMode.ElideRight, self.width()))


class AdviceBox(QFrame):
    """The advice (objectName migrationAdvice): why once above, then one line each with
    its Apply button; hidden while there is none. `applyRequested(advice)` when an
    Apply button is pressed."""

    applyRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("migrationAdvice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.why = QLabel()
        self.why.setObjectName("migrationAdviceWhy")
        self.why.setWordWrap(True)
        set_tone(self.why, Tone.WARNING)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(SPACING)
        self.layout_.setContentsMargins(6, 4, 6, 4)
        self.layout_.addWidget(self.why)
        self.rows: list[QWidget] = []
        #: The advice shown, in order.
        self.advice: list[Advice] = []
        self.setVisible(False)

    def set_advice(self, advice: list[Advice], why: str | None = None) -> None:
        """Show `advice` under `why` (convergence.stuck_sentence(), its plain sentence
        when None; no advice: hide the box); the same advice again changes nothing."""
        why = why or stuck_sentence(None, {})
        self.why.setText(why[:1].upper() + why[1:] + translate("migration_advice", WHY_TAIL))
        if [a.sentence for a in advice] == [a.sentence for a in self.advice]:
            return
        for row in self.rows:
            row.deleteLater()
        self.rows, self.advice = [], list(advice)
        for item in advice:
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            whole = item.sentence[:1].upper() + item.sentence[1:] + "."
            sentence = OneLine(whole)
            sentence.setObjectName(f"migrationAdvice_{item.kind.value}")
            line.addWidget(sentence, 1)
            if item.commands:
                button = QPushButton(translate("AdviceBox", "Apply"))
                button.setObjectName(f"migrationApply_{item.kind.value}")
                button.setAccessibleName(
                    translate("AdviceBox", "Apply: {sentence}").format(sentence=item.sentence)
                )
                button.setToolTip(whole)
                button.clicked.connect(lambda _=False, a=item: self.applyRequested.emit(a))
                line.addWidget(button)
            self.layout_.addWidget(row)
            self.rows.append(row)
        self.setVisible(bool(advice))

    def buttons(self) -> list[QPushButton]:
        """The Apply buttons, in the advice's order."""
        return [b for row in self.rows for b in row.findChildren(QPushButton)]

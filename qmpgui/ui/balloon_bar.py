"""The Machine pane's balloon control: the target the guest should keep, in MiB, Set,
and a line that says why a target cannot be set (no balloon device, the VM's limits)
or how the last one went."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from qmpgui.i18n import english, translate
from qmpgui.log.entry import Level
from qmpgui.models.palette import Tone
from qmpgui.qmp.memory import MiB
from qmpgui.session import VmSession
from qmpgui.session.memory import (
    NOT_ANSWERED,
    NOT_CONNECTED,
    balloon_unavailable,
    ram_bytes,
    set_balloon,
    target_refusal,
)
from qmpgui.session.tasks import TaskSet
from qmpgui.ui.say import Say
from qmpgui.ui.styles import set_tone

#: The spin box's most, in MiB: wide enough that a too large target is typed, and refused
#: with a sentence, rather than silently not taken.
SPIN_MAX_MIB = 1 << 30
#: Reasons the tooltips give but the note leaves out: the pane says them already (in
#: English: compared with `english()` of the reason shown).
_QUIET = frozenset({NOT_CONNECTED, NOT_ANSWERED})


class BalloonBar(QWidget):
    """Balloon target (`balloonTarget`, MiB), Set (`balloonSet`) and a note
    (`balloonNote`) for the VM `refresh()` is given; `say` is the window's message path."""

    def __init__(self, say: Say, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balloonBar")
        self._say = say
        self._session: VmSession | None = None
        self._tasks = TaskSet()
        self.spin = QSpinBox()
        self.spin.setObjectName("balloonTarget")
        self.spin.setAccessibleName(translate("BalloonBar", "Balloon target"))
        self.spin.setRange(0, SPIN_MAX_MIB)
        self.spin.setSuffix(translate("BalloonBar", " MiB"))
        self.spin.setKeyboardTracking(True)
        self.spin.valueChanged.connect(self._check)
        label = QLabel(translate("BalloonBar", "Balloon target:"))
        label.setBuddy(self.spin)
        self.set_button = QPushButton(translate("BalloonBar", "S&et"))
        self.set_button.setObjectName("balloonSet")
        self.set_button.clicked.connect(self.apply)
        self.spin.lineEdit().returnPressed.connect(self.apply)
        self.note = QLabel()
        self.note.setObjectName("balloonNote")
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.spin)
        row.addWidget(self.set_button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.addLayout(row)
        column.addWidget(self.note)
        #: The last outcome said here, kept while it speaks of the VM shown.
        self._outcome: tuple[str, Level] | None = None

    def refresh(self, session: VmSession | None) -> None:
        """Show `session`'s balloon: the field starts at what the guest keeps (until the
        user types), and the controls are off, saying why, where no target can be set."""
        if session is not self._session:
            self._session, self._outcome = session, None
            self._fill(session)
        elif not self.spin.hasFocus() and self.spin.value() == 0:
            self._fill(session)  # the size came after the VM was shown
        self._check()

    def _fill(self, session: VmSession | None) -> None:
        memory = session.inspection.memory if session is not None else None
        start = memory.target or memory.balloon_actual if memory is not None else None
        if start is None and memory is not None:
            start = ram_bytes(memory)
        self.spin.blockSignals(True)
        self.spin.setValue(start // MiB if start else 0)
        self.spin.blockSignals(False)

    def _check(self) -> None:
        session = self._session
        unavailable = (
            translate("BalloonBar", "No VM selected")
            if session is None
            else balloon_unavailable(session)
        )
        self.spin.setEnabled(unavailable is None)
        refusal = unavailable
        if session is not None and unavailable is None:
            refusal = target_refusal(session, self.spin.value())
        self.set_button.setEnabled(refusal is None)
        tip = translate(
            "BalloonBar", "Ask the guest to keep this much memory (the balloon takes the rest)"
        )
        self.set_button.setToolTip(refusal or tip)
        self.spin.setToolTip(unavailable or tip)
        if refusal is not None and session is not None and english(refusal) not in _QUIET:
            # No balloon is how the VM is; a target out of bounds is the user's to mend.
            tone = Tone.MUTED if unavailable else Tone.ERROR
            self._show(refusal[0].upper() + refusal[1:] + ".", tone)
        elif self._outcome is not None:
            text, level = self._outcome
            self._show(text, Tone.ERROR if level is Level.ERROR else None)
        else:
            self._show("", None)

    def _show(self, text: str, tone: Tone | None) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))
        set_tone(self.note, tone)

    def apply(self) -> None:
        """Set the balloon's target to the field's value, or say why it cannot be."""
        session = self._session
        if session is None:
            return
        target = self.spin.value()
        refusal = target_refusal(session, target)
        if refusal is not None:
            self._say(
                Level.ERROR,
                translate("BalloonBar", "Set balloon target refused: {refusal}").format(
                    refusal=refusal
                ),
                vm=session,
            )
            self._check()
            return
        self.set_button.setEnabled(False)

        async def run() -> None:
            outcome = await set_balloon(session, target)
            if self._session is session:
                level = Level.INFO if outcome.ok else Level.ERROR
                self._outcome = (outcome.sentence, level)
                self._check()

        self._tasks.spawn(run(), "balloon")

    async def aclose(self) -> None:
        """End a target being set."""
        await self._tasks.aclose()

"""The console's toolbar (QMP or HMP, events shown, batch, save, clear, the VM's state)
and the risk mark beside Send, which says what the command typed would do."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QCheckBox, QHBoxLayout, QLabel, QToolButton

from qmpgui.i18n import translate
from qmpgui.models.palette import Tone
from qmpgui.qmp.risk import Risk
from qmpgui.ui.styles import set_tone

_RISK_LOOK = {
    Risk.READ_ONLY: ("read-only", Tone.MUTED, ""),
    Risk.CHANGES: ("changes the VM", Tone.WARNING, "font-weight: bold;"),
    Risk.DANGEROUS: ("dangerous: asks first", Tone.ERROR, "font-weight: bold;"),
}


class ConsoleBar(QHBoxLayout):
    """The row above the transcript: the QMP and HMP buttons (one checked at a time),
    Show events, Batch, Save transcript, Clear and, at the right, the VM's state.

    The widgets are attributes; the console connects them.
    """

    def __init__(self) -> None:
        super().__init__()
        self.qmp_button = _mode_button(
            "QMP", "consoleModeQmp", translate("ConsoleBar", "Raw QMP: JSON or shorthand")
        )
        self.hmp_button = _mode_button(
            "HMP",
            "consoleModeHmp",
            translate("ConsoleBar", "Human monitor commands, sent with human-monitor-command"),
        )
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.qmp_button)
        group.addButton(self.hmp_button)
        # No Alt letters here, nor on Send and the Batch panel's buttons: shown under any
        # pane, the menus, the tabs and the panes' own buttons leave none of their words'
        # letters free (an Alt letter shared only moves the focus between its owners).
        self.events_box = QCheckBox(translate("ConsoleBar", "Show events"))
        self.events_box.setObjectName("consoleEvents")
        self.events_box.setChecked(True)
        self.events_box.setToolTip(
            translate("ConsoleBar", "Show this VM's QMP events in the transcript as they arrive")
        )
        self.batch_button = QToolButton()
        self.batch_button.setObjectName("consoleBatch")
        self.batch_button.setText(translate("ConsoleBar", "Batch…"))
        self.batch_button.setCheckable(True)
        self.batch_button.setToolTip(
            translate("ConsoleBar", "Run a script of commands, once or many times")
        )
        self.save_button = QToolButton()
        self.save_button.setObjectName("consoleSave")
        self.save_button.setText(translate("ConsoleBar", "Save transcript…"))
        self.clear_button = QToolButton()
        self.clear_button.setObjectName("consoleClear")
        self.clear_button.setText(translate("ConsoleBar", "Clear"))
        self.state_label = QLabel()
        self.state_label.setObjectName("consoleState")

        self.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.qmp_button,
            self.hmp_button,
            self.events_box,
            self.batch_button,
            self.save_button,
            self.clear_button,
        ):
            self.addWidget(widget)
        self.addStretch(1)
        self.addWidget(self.state_label)

    def show_state(self, said: str) -> None:
        """Show the VM's state `said` at the right; whole in the tooltip."""
        # The toolbar keeps its width: a long reason is cut here and whole in the tooltip.
        self.state_label.setText(said if len(said) <= 70 else said[:69] + "…")
        self.state_label.setToolTip(said)


class RiskMark(QLabel):
    """Beside Send: whether the command typed only reads, changes the VM or is dangerous
    (then it asks first)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("consoleRisk")

    def show_risk(self, risk: Risk | None, libvirt: str | None = None) -> None:
        """Say `risk`; None (nothing to send, or not a valid command) says nothing.
        `libvirt`: why the command leaves a libvirt domain's view out of date (then it
        is marked so, and asks first), the whole sentence in the tooltip."""
        self.setToolTip("")
        if risk is None:
            self.clear()
            return
        words, tone, weight = _RISK_LOOK[risk]
        if libvirt is not None:
            words = translate("RiskMark", "{words} · behind libvirt's back: asks first").format(
                words=words
            )
            tone, weight = _RISK_LOOK[Risk.DANGEROUS][1:]
            self.setToolTip(libvirt)
        self.setText(words)
        set_tone(self, tone, weight)

    def show_open_block(self) -> None:
        """Say that a transaction block is open, so Enter went on to a new line."""
        self.setText(translate("RiskMark", "transaction: ) ends it"))
        self.setToolTip(
            translate(
                "RiskMark",
                "One action per line; Enter starts the next one. A ')' on its own line or after the last action closes the block, and then Enter sends it.",
            )
        )
        set_tone(self, Tone.MUTED)


def _mode_button(text: str, name: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setText(text)
    button.setCheckable(True)
    button.setToolTip(tip)
    return button

"""The Display pane's password box (`displayPasswordBox`): set a VNC or SPICE password
and when it expires (never, now, in N seconds, at a date and time), or the expiry alone.

The password field is masked and emptied once sent: what was typed goes to QEMU (or
libvirt) and nowhere else. A display that cannot take a password has the box off, with
the reason and the option QEMU needs, before anything is tried.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qmpgui.i18n import marked, translate
from qmpgui.models.palette import Tone
from qmpgui.qmp.display_password import (
    PROTOCOLS,
    VNC_PASSWORD_CHARS,
    Expiry,
    ExpiryKind,
    empty_password_effect,
    label,
    password_refusal,
)
from qmpgui.session import VmSession
from qmpgui.session.control import Outcome
from qmpgui.session.display_password import expire_display_password, set_display_password
from qmpgui.ui.confirm import ConfirmDialog
from qmpgui.ui.styles import set_tone

#: The expiry menu's entries, in order.
EXPIRY_TEXTS = {
    ExpiryKind.NEVER: marked("display_password", "never"),
    ExpiryKind.NOW: marked("display_password", "now"),
    ExpiryKind.IN: marked("display_password", "in … seconds"),
    ExpiryKind.AT: marked("display_password", "at a date and time"),
}
#: What the box says while the display can take a password.
HINT = marked(
    "display_password",
    "The expiry chosen goes with every password (QEMU would keep an earlier one otherwise); “Set expiry only” keeps the password.",
)
#: The longest wait the seconds field takes: a year.
MAX_SECONDS = 365 * 24 * 3600

#: Runs a coroutine as the pane's background work (TaskSet.spawn's shape).
Spawn = Callable[[Coroutine[Any, Any, None], str], object]


def refusal(session: VmSession | None, protocol: str) -> str | None:
    """Why the display of `protocol` of `session` cannot take a password now; None when
    it can."""
    if session is None:
        return translate("display_password", "no VM selected")
    if not session.connected:
        return translate("display_password", "not connected")
    inspection = session.inspection
    result = inspection.results.get(f"query-{protocol}")
    if result is None:
        return translate("display_password", "{v0} not known yet").format(v0=label(protocol))
    server = inspection.display.vnc if protocol == "vnc" else inspection.display.spice
    if result.error_class == "DeviceNotActive":
        return translate("display_password", "{v0} is not in use on this VM").format(
            v0=label(protocol)
        )
    return password_refusal(
        protocol, server, result.unavailable, libvirt=session.domain is not None
    )


def _known(session: VmSession | None) -> bool:
    """Whether QEMU has said which displays `session` has (query-vnc and query-spice)."""
    if session is None or not session.connected:
        return False
    return all(f"query-{p}" in session.inspection.results for p in PROTOCOLS)


def _buddy(text: str, field: QWidget) -> QLabel:
    """A label for `field` (its mnemonic moves the focus there)."""
    made = QLabel(text)
    made.setBuddy(field)
    return made


class DisplayPasswordBox(QGroupBox):
    """Set a display password and its expiry on the current VM; `session_of()` is it."""

    def __init__(
        self,
        session_of: Callable[[], VmSession | None],
        spawn: Spawn,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("DisplayPasswordBox", "Password"), parent)
        self.setObjectName("displayPasswordBox")
        self._session_of = session_of
        self._spawn = spawn
        self.protocol = QComboBox()
        self.protocol.setObjectName("displayPasswordProtocol")
        for protocol in PROTOCOLS:
            self.protocol.addItem(label(protocol), protocol)
        self.password = QLineEdit()
        self.password.setObjectName("displayPasswordInput")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("DisplayPasswordBox", "new password"))
        self.password.setAccessibleName(translate("DisplayPasswordBox", "New display password"))
        self.expiry = QComboBox()
        self.expiry.setObjectName("displayPasswordExpiry")
        for kind, text in EXPIRY_TEXTS.items():
            self.expiry.addItem(translate("display_password", text), kind)
        self.seconds = QSpinBox()
        self.seconds.setObjectName("displayPasswordSeconds")
        self.seconds.setRange(1, MAX_SECONDS)
        self.seconds.setValue(300)
        self.seconds.setSuffix(translate("DisplayPasswordBox", " s"))
        self.at = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        self.at.setObjectName("displayPasswordAt")
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat(translate("DisplayPasswordBox", "yyyy-MM-dd HH:mm:ss"))
        self.set_button = QPushButton(translate("DisplayPasswordBox", "Set password"))
        self.set_button.setObjectName("displayPasswordSet")
        self.expire_button = QPushButton(translate("DisplayPasswordBox", "Set expiry only"))
        self.expire_button.setObjectName("displayPasswordExpire")
        self.note = QLabel(translate("display_password", HINT))
        self.note.setObjectName("displayPasswordNote")
        self.note.setWordWrap(True)
        self._lay_out()
        self.protocol.currentIndexChanged.connect(lambda _: self.refresh())
        self.expiry.currentIndexChanged.connect(lambda _: self._show_expiry_fields())
        self.password.returnPressed.connect(self.set_password)
        self.set_button.clicked.connect(self.set_password)
        self.expire_button.clicked.connect(self.expire_password)
        self._shown_for: object = None
        #: The display was chosen for the VM shown, once its displays were known.
        self._picked = False
        self._busy = False
        self._show_expiry_fields()
        self.refresh()

    def _lay_out(self) -> None:
        # Two rows and the note: the servers' tree above keeps the pane's height.
        first = QHBoxLayout()
        first.addWidget(_buddy(translate("DisplayPasswordBox", "Display:"), self.protocol))
        first.addWidget(self.protocol)
        first.addWidget(_buddy(translate("DisplayPasswordBox", "Passwor&d:"), self.password))
        first.addWidget(self.password, 1)
        second = QHBoxLayout()
        second.addWidget(_buddy(translate("DisplayPasswordBox", "E&xpires:"), self.expiry))
        second.addWidget(self.expiry)
        second.addWidget(self.seconds)
        second.addWidget(self.at)
        second.addStretch(1)
        second.addWidget(self.set_button)
        second.addWidget(self.expire_button)
        rows = QVBoxLayout(self)
        rows.addLayout(first)
        rows.addLayout(second)
        rows.addWidget(self.note)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    @property
    def chosen_protocol(self) -> str:
        """ "vnc" or "spice"."""
        return str(self.protocol.currentData())

    def chosen_expiry(self) -> Expiry:
        """The expiry chosen in the box."""
        kind = ExpiryKind(self.expiry.currentData())
        return Expiry(kind, self.seconds.value(), int(self.at.dateTime().toSecsSinceEpoch()))

    def _show_expiry_fields(self) -> None:
        kind = ExpiryKind(self.expiry.currentData())
        self.seconds.setVisible(kind is ExpiryKind.IN)
        self.at.setVisible(kind is ExpiryKind.AT)

    def refresh(self) -> None:
        """Follow the current VM: the box on, or off with the reason; a VM shown anew
        starts on the first display that takes a password, with an empty field."""
        session = self._session_of()
        if session is not self._shown_for:
            self._shown_for = session
            self._picked = False
            self.password.clear()
            self._set_note(translate("display_password", HINT))
        if not self._picked and _known(session):
            # Once, when the displays are known: later the user's choice stays.
            self._picked = True
            for n, protocol in enumerate(PROTOCOLS):
                if refusal(session, protocol) is None:
                    self.protocol.setCurrentIndex(n)
                    break
        why = refusal(session, self.chosen_protocol)
        usable = why is None and not self._busy
        for widget in (self.password, self.expiry, self.seconds, self.at):
            widget.setEnabled(usable)
        for button in (self.set_button, self.expire_button):
            button.setEnabled(usable)
            button.setToolTip(why or "")
        if why is not None:
            self._set_note(f"{label(self.chosen_protocol)}: {why}.", Tone.MUTED)
        elif self.note.property("refused"):
            self._set_note(translate("display_password", HINT))

    def _set_note(self, text: str, tone: Tone | None = None) -> None:
        if self.chosen_protocol == "vnc" and text == translate("display_password", HINT):
            text += translate(
                "DisplayPasswordBox",
                " Only the first {VNC_PASSWORD_CHARS} characters of a VNC password count.",
            ).format(VNC_PASSWORD_CHARS=VNC_PASSWORD_CHARS)
        self.note.setText(text)
        self.note.setProperty("refused", tone is Tone.MUTED)
        set_tone(self.note, tone)

    def _names(self, session: VmSession) -> list[str]:
        return [f"{session.display_name}: {label(self.chosen_protocol)}"]

    def set_password(self) -> None:
        """Send the password typed and the expiry chosen, after asking first about an
        empty password (SPICE then locks everyone out, VNC lets anyone in) and an expiry
        already passed."""
        session = self._session_of()
        if session is None or refusal(session, self.chosen_protocol) is not None or self._busy:
            return
        password = self.password.text()
        expiry = self.chosen_expiry()
        name = label(self.chosen_protocol)
        if not password and not self._ask(
            session,
            translate("DisplayPasswordBox", "Set an empty {name} password?").format(name=name),
            empty_password_effect(self.chosen_protocol),
        ):
            return
        if expiry.passed(time.time()) and not self._ask(
            session,
            translate("DisplayPasswordBox", "Set a {name} password that has expired?").format(
                name=name
            ),
            translate(
                "DisplayPasswordBox",
                "With the expiry “{v0}” the password is expired as soon as it is set: no viewer can log in with it.",
            ).format(v0=self._expiry_text(expiry)),
        ):
            return
        self.password.clear()  # sent, and kept nowhere
        self._run(set_display_password(session, self.chosen_protocol, password, expiry))

    def expire_password(self) -> None:
        """Send the expiry chosen alone; the password stays as it is. An expiry already
        passed (now, a time gone) is asked about first: it locks every viewer out at once,
        as Set password asks."""
        session = self._session_of()
        if session is None or refusal(session, self.chosen_protocol) is not None or self._busy:
            return
        expiry = self.chosen_expiry()
        name = label(self.chosen_protocol)
        if expiry.passed(time.time()) and not self._ask(
            session,
            translate("DisplayPasswordBox", "Expire the {name} password now?").format(name=name),
            translate(
                "DisplayPasswordBox",
                "With the expiry “{v0}” the password expires at once: no viewer can log in with it until a new password is set.",
            ).format(v0=self._expiry_text(expiry)),
            accept_text=translate("DisplayPasswordBox", "Expire it"),
        ):
            return
        self._run(expire_display_password(session, self.chosen_protocol, expiry))

    def _expiry_text(self, expiry: Expiry) -> str:
        if expiry.kind is ExpiryKind.AT:
            return self.at.dateTime().toString(
                translate("DisplayPasswordBox", "yyyy-MM-dd HH:mm:ss")
            )
        return translate("display_password", EXPIRY_TEXTS[expiry.kind])

    def _ask(
        self, session: VmSession, question: str, detail: str, accept_text: str = "Set it"
    ) -> bool:
        answer = ConfirmDialog.ask(
            self,
            translate("DisplayPasswordBox", "Display password"),
            question,
            self._names(session),
            detail=detail,
            accept_text=accept_text,
            offer_dont_ask=False,
        )
        return answer.confirmed

    def _run(self, work: Coroutine[Any, Any, Outcome]) -> None:
        self._busy = True
        self.refresh()

        async def run() -> None:
            try:
                outcome = await work
            finally:
                self._busy = False
                self.refresh()
            self._set_note(outcome.sentence, None if outcome.ok else Tone.ERROR)

        self._spawn(run(), "display-password")

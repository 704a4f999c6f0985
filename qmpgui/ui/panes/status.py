"""The status pane: who the selected VM is and how the connection stands."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from qmpgui.i18n import translate
from qmpgui.models.palette import Tone
from qmpgui.qmp.glossary import explain, run_state_tip
from qmpgui.qmp.screendump import user_name
from qmpgui.session import ConnState, VmSession
from qmpgui.ui.explained import add_explained_row
from qmpgui.ui.panes.registry import Pane, PaneContext
from qmpgui.ui.styles import set_tone

DASH = "—"

FIELDS = (
    ("name", "Name"),
    ("uuid", "UUID"),
    ("version", "QEMU version"),
    ("package", "Package"),
    ("run_state", "Run state"),
    ("connection", "Connection"),
    ("endpoint", "Endpoint"),
    ("process", "QEMU process"),
    ("since", "Connected since"),
    ("commands", "QMP commands"),
    ("polls", "Polls"),
)


class StatusPane(Pane):
    """Who the current VM is and how its connection stands (objectName statusPane)."""

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("statusPane")
        self.setAccessibleName(translate("StatusPane", "VM status"))
        # Every poll ends in a topic: the poll counters change with each.
        context.selection.currentTopicChanged.connect(self.refresh)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key, label in FIELDS:
            value = QLabel(DASH)
            value.setObjectName(f"status_{key}")
            # Selectable by keyboard too: Tab reaches each value, to read or copy it.
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            value.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Qt gives it click focus only
            value.setWordWrap(True)
            # A screen reader names the field by its label, then reads the value (the
            # description, kept to the text by _show); else it says "—" or "0" alone.
            value.setAccessibleName(label)
            self.values[key] = value
            add_explained_row(form, label, value, "status")
        self._show_nothing()

    def current_changed(self, session: VmSession | None) -> None:
        self.refresh()

    def state_changed(self) -> None:
        self.refresh()

    def text(self, key: str) -> str:
        """The text shown for field `key` (a key of FIELDS: "name", "run_state", ...)."""
        return self.values[key].text()

    def _show(self, key: str, text: str) -> None:
        value = self.values[key]
        value.setText(text)
        value.setAccessibleDescription(text)

    def _show_nothing(self) -> None:
        for key in self.values:
            self._show(key, DASH)
        self._show("name", translate("StatusPane", "No VM selected"))

    def refresh(self) -> None:
        """Show the current VM's facts as they are now."""
        session = self.session
        if session is None:
            self._show_nothing()
            return
        info = session.info
        live = session.state is ConnState.CONNECTED
        version = info.version
        commands = DASH
        if live and info.command_count is not None:
            commands = translate("StatusPane", "{command_count} commands").format(
                command_count=info.command_count
            )
            if info.event_count:
                commands += translate("StatusPane", ", {event_count} events").format(
                    event_count=info.event_count
                )
        since = DASH
        if live and info.connected_since is not None:
            since = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(info.connected_since))
        run_state = DASH
        if live and info.status is not None:
            run_state = info.status.status
        polls = f"{session.poll_count}"
        if session.skipped_polls:
            polls += translate(
                "StatusPane", " ({skipped_polls} ticks skipped while QEMU was slow to answer)"
            ).format(skipped_polls=session.skipped_polls)
        process = DASH
        conn = session.connection
        if conn is not None and conn.peer_pid is not None and conn.peer_uid is not None:
            process = translate("StatusPane", "pid {peer_pid}, user {v1}").format(
                peer_pid=conn.peer_pid, v1=user_name(conn.peer_uid)
            )
        values = {
            "process": process,
            "name": session.display_name,
            "uuid": info.uuid or DASH,
            "version": version.text if version.major is not None else DASH,
            "package": version.package or DASH,
            "run_state": run_state,
            "connection": "connected" if live else session.state_text(),
            "endpoint": session.endpoint_text,
            "since": since,
            "commands": commands,
            "polls": polls,
        }
        for key, value in values.items():
            self._show(key, value)
        # What the run state shown means, above what the field is.
        field = self.values["run_state"]
        meaning = run_state_tip(run_state) if live else None
        general = explain(translate("StatusPane", "Run state"), "status") or ""
        field.setToolTip(f"{meaning}\n\n{general}" if meaning else general)
        field.setWhatsThis(field.toolTip())
        set_tone(
            self.values["connection"], Tone.ERROR if session.state is ConnState.ERROR else None
        )

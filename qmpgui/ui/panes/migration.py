"""The Migration pane (`migrationView`): the selected VM's migration as it runs, either
side, whoever started it: its status in words, the figures of `query-migrate`, a chart
of memory left and throughput over time, the limits changed live, Cancel (asked
first), the advice when it will not finish, and what it came to once ended. A VM
waiting in `inmigrate` shows that it waits, and where it listens."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.models.palette import Tone
from qmpgui.qmp.convergence import Advice, advise, stuck_sentence, throttled_at_most
from qmpgui.qmp.migration_options import MigrationOffer
from qmpgui.session import VmSession
from qmpgui.session.domain_migration import domain_advice
from qmpgui.session.migration import (
    CANCEL_LABEL,
    CHANGE_LABEL,
    MIGRATION,
    migrations_of,
)
from qmpgui.session.migration_peers import source_of
from qmpgui.session.tasks import TaskSet
from qmpgui.session.topic_state import MigrationState
from qmpgui.ui.explained import add_explained_row
from qmpgui.ui.migrate_dialog import LIMITS, qemu_value, shown_value
from qmpgui.ui.migration_advice import AdviceBox
from qmpgui.ui.migration_chart import MigrationChart
from qmpgui.ui.migration_figures import (
    DASH,
    ROWS,
    figures,
    headline,
    is_incoming,
    unreachable_headline,
)
from qmpgui.ui.panes.registry import Pane, PaneContext
from qmpgui.ui.styles import set_tone

#: The limits the pane changes live: QEMU's name, the spin box's objectName, its label.
LIVE = (
    ("max-bandwidth", "migrationBandwidth", "Bandwidth limit", " MiB/s"),
    ("downtime-limit", "migrationDowntime", "Downtime limit", " ms"),
)


class MigrationPane(Pane):
    """The current VM's migration (objectName migrationView)."""

    topics = frozenset({MIGRATION})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("migrationView")
        self.setAccessibleName(translate("MigrationPane", "Migration"))
        self.tasks = TaskSet()
        #: What the shown VM's QEMU offers, asked when its advice is first needed.
        self.offers: dict[VmSession, MigrationOffer] = {}
        self.headline = QLabel()
        self.headline.setObjectName("migrationHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.values: dict[str, QLabel] = {}
        self.form = form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key, label in ROWS:
            value = QLabel(DASH)
            value.setObjectName(f"migration_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            add_explained_row(form, label, value, "migration")
        self.limits = self._build_limits()
        #: The limits last shown from QEMU, to follow its changes but keep the user's.
        self._shown: dict[str, int | None] = {}
        self.advice = AdviceBox()
        self.advice.applyRequested.connect(self._apply)
        self.chart = MigrationChart()
        # In a scroll area: with the advice showing, a short window would squeeze the
        # figures and the sentences below their height; it scrolls instead.
        content = QWidget()
        content.setObjectName("migrationContent")
        self.cancel_button = QPushButton(translate("MigrationPane", "&Cancel migration…"))
        self.cancel_button.setObjectName("migrationCancel")
        self.cancel_button.clicked.connect(self._cancel)
        layout = QVBoxLayout(content)
        head = QHBoxLayout()
        head.addWidget(self.headline, 1)
        head.addWidget(self.cancel_button)
        figures_and_chart = QHBoxLayout()
        figures_and_chart.addLayout(form, 0)
        figures_and_chart.addWidget(self.chart, 1)
        # The advice right under the headline: what to do is the news when it shows.
        layout.addLayout(head)
        layout.addWidget(self.advice)
        layout.addLayout(figures_and_chart, 1)
        layout.addWidget(self.limits)
        scroll = QScrollArea()
        scroll.setObjectName("migrationScroll")
        scroll.setAccessibleName(translate("MigrationPane", "Migration figures and chart"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()

    def _build_limits(self) -> QGroupBox:
        """The limits changed live, Set limits and Cancel."""
        group = QGroupBox(translate("MigrationPane", "Limits, changed while it runs"))
        group.setObjectName("migrationLimits")
        limits = QHBoxLayout(group)
        self.boxes: dict[str, QSpinBox] = {}
        #: Beside each box, QEMU's value while the box holds the user's other one.
        self.qemu_notes: dict[str, QLabel] = {}
        for key, name, label, suffix in LIVE:
            box = QSpinBox()
            box.setObjectName(name)
            box.setRange(*LIMITS[key])
            box.setSuffix(suffix)
            box.setAccessibleName(label)
            note = QLabel()
            note.setObjectName(f"{name}Qemu")
            note.setVisible(False)
            set_tone(note, Tone.WARNING)
            box.valueChanged.connect(lambda _=0, k=key: self._show_note(k))
            limits.addWidget(QLabel(f"{label}:"))
            limits.addWidget(box)
            limits.addWidget(note)
            self.boxes[key] = box
            self.qemu_notes[key] = note
        self.change_button = QPushButton(translate("MigrationPane", "Set &limits"))
        self.change_button.setObjectName("migrationSetLimits")
        self.change_button.clicked.connect(self._change)
        limits.addWidget(self.change_button)
        limits.addStretch(1)
        return group

    def current_changed(self, session: VmSession | None) -> None:
        self._shown = {}
        self.offers.clear()  # asked again when needed: none kept for VMs gone
        self.refresh()

    def state_changed(self) -> None:
        self.refresh()

    def topic_changed(self, topic: str) -> None:
        self.refresh()

    def text(self, key: str) -> str:
        """The value shown in row `key` of ROWS."""
        return self.values[key].text()

    # -- showing -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the current VM's migration as last fetched."""
        session = self.session
        if session is None or not session.connected:
            self._show_unreachable(session)
            return
        state = migrations_of(session).state
        info = state.info
        incoming = is_incoming(state, session.run_status)
        line = headline(state, session.run_status, domain=session.domain is not None)
        shown, values = state, figures(info)
        if incoming and not info.finished:
            source = source_of(session) if info.active else None
            if source is not None:  # the source's figures: the destination's QEMU has none
                shown = migrations_of(source).state
                values = figures(shown.info)
                line += translate(
                    "MigrationPane", " Figures from {display_name}, the source."
                ).format(display_name=source.display_name)
            else:
                values["elapsed"] = _since(state)
                if info.active:
                    line += translate(
                        "MigrationPane", " QEMU gives no figures on the destination side."
                    )
        self.headline.setText(line)
        failed = info.status == "failed"
        set_tone(self.headline, Tone.ERROR if failed else Tone.GOOD if info.active else None)
        self._show_figures(values)
        self.chart.set_samples(list(shown.samples))
        source_active = info.active and not incoming
        self.limits.setVisible(source_active)
        self.cancel_button.setVisible(source_active)
        if source_active:
            self._show_limits(state.parameters)
        stuck = source_active and state.stuck
        self.advice.set_advice(
            self._advice(session) if stuck else [],
            stuck_sentence(info.cpu_throttle_pct, state.parameters),
        )

    def _show_figures(self, values: dict[str, str]) -> None:
        for key, value in values.items():
            self.values[key].setText(value)
        # The throttle only while auto-converge throttles: a row less otherwise.
        self.form.setRowVisible(self.values["throttle"], values["throttle"] != DASH)

    def _show_unreachable(self, session: VmSession | None) -> None:
        """No VM, or one qmpgui cannot reach now: what is known of its migration (the
        last one's end, its figures and chart kept), nothing to change or cancel."""
        self.limits.setVisible(False)
        self.cancel_button.setVisible(False)
        self.advice.set_advice([])
        state = migrations_of(session).state if session is not None else None
        line = None
        if session is not None and state is not None:
            domain = session.domain is not None
            line = unreachable_headline(state, session.error_cause, domain=domain)
        if state is None or line is None:
            self.headline.setText(
                translate("MigrationPane", "No VM selected.")
                if session is None
                else translate("MigrationPane", "Not connected.")
            )
            set_tone(self.headline, None)
            self._show_figures(dict.fromkeys(self.values, DASH))
            self.chart.set_samples([])
            return
        self.headline.setText(line)
        set_tone(self.headline, Tone.ERROR if state.info.status == "failed" else None)
        self._show_figures(figures(state.info))
        self.chart.set_samples(list(state.samples))

    def _show_limits(self, parameters: dict[str, object]) -> None:
        """QEMU's limits in the boxes, read every few seconds while it runs (another
        client may set them); a box the user has edited keeps the edit, QEMU's value
        beside it."""
        for key, box in self.boxes.items():
            value = shown_value(key, parameters.get(key))
            box.setEnabled(value is not None)
            before = self._shown.get(key)
            edited = before is not None and box.value() != before
            self._shown[key] = value
            if value is not None and not edited:
                box.setValue(value)
            self._show_note(key)
        self.change_button.setEnabled(any(box.isEnabled() for box in self.boxes.values()))

    def _show_note(self, key: str) -> None:
        """QEMU's value beside the box while the box holds another (the user's edit)."""
        note, box, value = self.qemu_notes[key], self.boxes[key], self._shown.get(key)
        differs = value is not None and box.value() != value
        note.setVisible(differs)
        note.setText(
            translate("MigrationPane", "(QEMU has {value}{v1})").format(
                value=value, v1=box.suffix()
            )
            if differs
            else ""
        )

    def _advice(self, session: VmSession) -> list[Advice]:
        state = migrations_of(session).state
        offer = self.offers.get(session)
        if offer is None:
            if self.tasks.get("migration-offer") is None:
                self.tasks.spawn(self._ask_offer(session), name="migration-offer")
            return []
        basis = state.basis or (state.samples[-1] if state.samples else None)
        if basis is None:
            return []
        advice = advise(basis, state.parameters, state.capabilities, offer)
        if session.domain is not None:  # libvirt follows only some of it while it runs
            at_most = throttled_at_most(basis.throttle_pct, state.parameters)
            return domain_advice(advice, state.capabilities, at_most=at_most)
        return advice

    async def _ask_offer(self, session: VmSession) -> None:
        self.offers[session] = await migrations_of(session).ask_offer()
        if self.session is session:
            self.refresh()

    # -- acting ------------------------------------------------------------------------

    def _change(self) -> None:
        session = self.session
        if session is None:
            return
        values = {
            key: qemu_value(key, box.value())
            for key, box in self.boxes.items()
            if box.isEnabled() and box.value() != self._shown.get(key)
        }
        if not values:
            self.context.say(
                Level.INFO,
                translate("MigrationPane", "{CHANGE_LABEL}: the limits are already so").format(
                    CHANGE_LABEL=translate("migration", CHANGE_LABEL)
                ),
                vm=session,
            )
            return
        self.tasks.spawn(self._send_change(session, values))

    async def _send_change(self, session: VmSession, values: dict[str, int]) -> None:
        outcome = await migrations_of(session).change(values)
        if outcome.ok:
            words = ", ".join(
                f"{label.lower()} {box.value()}{suffix}"
                for key, _, label, suffix in LIVE
                if key in values
                for box in [self.boxes[key]]
            )
            self.context.say(Level.INFO, f"{CHANGE_LABEL}: {words}", vm=session)
        else:
            self.context.say(Level.ERROR, f"{CHANGE_LABEL}: {outcome.error}", vm=session)

    def _apply(self, advice: Advice) -> None:
        session = self.session
        if session is not None:
            self.tasks.spawn(self._send_advice(session, advice))

    async def _send_advice(self, session: VmSession, advice: Advice) -> None:
        outcome = await migrations_of(session).apply(advice)
        level = Level.INFO if outcome.ok else Level.ERROR
        said = advice.sentence if outcome.ok else f"{advice.sentence}: {outcome.error}"
        self.context.say(level, f"{CHANGE_LABEL}: {said}", vm=session)

    def _cancel(self) -> None:
        session = self.session
        if session is None or not migrations_of(session).state.info.active:
            return
        after = (
            translate(
                "MigrationPane",
                "The domain keeps running here; libvirt removes what it had started at the destination.",
            )
            if session.domain is not None
            else translate(
                "MigrationPane",
                "The VM keeps running here; the destination QEMU exits (start it again to take another migration).",
            )
        )
        answer = QMessageBox.question(
            self,
            translate("MigrationPane", "Cancel migration"),
            translate("MigrationPane", "Cancel the migration of {display_name}?\n\n{after}").format(
                display_name=session.display_name, after=after
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.tasks.spawn(self._send_cancel(session))

    async def _send_cancel(self, session: VmSession) -> None:
        outcome = await migrations_of(session).cancel()
        if not outcome.ok:
            self.context.say(Level.ERROR, f"{CANCEL_LABEL}: {outcome.error}", vm=session)

    async def aclose(self) -> None:
        """End the questions and commands under way."""
        await self.tasks.aclose()


def _since(state: MigrationState) -> str:
    """A destination's elapsed time as known here: since it began receiving (or
    listening), as first seen."""
    began = state.receiving_at or state.listening_at
    if not began:
        return DASH
    what = "receiving" if state.receiving_at else "listening"
    return translate("migration", "{v0:.1f} s since it began {what}").format(
        v0=time.monotonic() - began, what=what
    )

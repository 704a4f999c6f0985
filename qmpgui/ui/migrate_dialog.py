"""Migrate…: where the VM goes (a VM of the list waiting in `inmigrate`, or a URI typed)
and with which options, each with what it does in one line. Opened at once and filled
as the VMs' QEMUs answer: an option a side does not offer is greyed with why. The URI
is checked before anything is sent (qmp/migration_uri.py); the dialog stays open with
QEMU's refusal until the migration has started."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qmpgui.i18n import marked, translate
from qmpgui.models.palette import Tone
from qmpgui.qmp.migration_options import (
    MIB,
    OPTIONS,
    MigrateOption,
    MigrateRequest,
    MigrationOffer,
    OptionKind,
    multifd_problem,
)
from qmpgui.qmp.migration_uri import KINDS, UriRules, uri_problem
from qmpgui.session import VmSession
from qmpgui.ui.styles import set_tone

#: The spin boxes' ranges, in the units shown (MiB/s, ms).
LIMITS = {"max-bandwidth": (1, 1 << 20), "downtime-limit": (1, 2_000_000)}
#: Shown until the source's settings are known: QEMU's defaults.
DEFAULTS = {"max-bandwidth": 128, "downtime-limit": 300}
#: The destination choice that means "the URI typed".
TYPED = marked("migrate_dialog", "A URI (typed below)")


@dataclass(frozen=True, slots=True)
class Destination:
    """A VM of the list waiting for an incoming migration, as the dialog offers it."""

    session: VmSession
    #: The URI proposed for it to listen on ("" when it must be asked: another host),
    #: or the one it listens on already (`listening`).
    proposed_uri: str
    #: What its QEMU offers; None until it answered.
    offer: MigrationOffer | None = None
    #: Whether it listens at `proposed_uri` already (started with -incoming URI, or told
    #: by an attempt before): no migrate-incoming is sent to it again.
    listening: bool = False
    #: Why it cannot take a migration now (an attempt that reached it failed: QEMU
    #: ignores later connections), or None (session/migration.py's Migrations.spent()).
    spent: str | None = None


def shown_value(key: str, qemu_value: object) -> int | None:
    """A parameter from query-migrate-parameters in the dialog's units (bandwidth
    bytes/s to MiB/s, downtime ms); None when absent."""
    if not isinstance(qemu_value, int) or isinstance(qemu_value, bool):
        return None
    return max(1, round(qemu_value / MIB)) if key == "max-bandwidth" else qemu_value


def qemu_value(key: str, shown: int) -> int:
    """A parameter in QEMU's units from the dialog's (MiB/s to bytes/s, ms)."""
    return shown * MIB if key == "max-bandwidth" else shown


def option_row(
    option: MigrateOption, line: str = ""
) -> tuple[QWidget, QSpinBox | QCheckBox, QLabel]:
    """One option's row: its spin box (a parameter, at QEMU's default) or check box (a
    capability) above its line (`line`, else the option's own); (row, widget, line's
    label), the widgets named migrate_KEY and migrateWhy_KEY."""
    why = QLabel(line or translate("migration_options", option.line))
    why.setObjectName(f"migrateWhy_{option.key}")
    why.setWordWrap(True)
    set_tone(why, Tone.MUTED)
    widget: QSpinBox | QCheckBox
    if option.kind is OptionKind.PARAMETER:
        widget = QSpinBox()
        widget.setRange(*LIMITS[option.key])
        widget.setSuffix(f" {option.unit}")
        widget.setValue(DEFAULTS[option.key])
    else:
        widget = QCheckBox(translate("migration_options", option.label))
    widget.setObjectName(f"migrate_{option.key}")
    widget.setToolTip(line or translate("migration_options", option.line))
    return labelled_row(widget, why), widget, why


def labelled_row(widget: QWidget, line: QLabel) -> QWidget:
    """`widget` with its `line` under it as one row: the line reads as the widget's."""
    row = QWidget()
    column = QVBoxLayout(row)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(1)
    column.addWidget(widget)
    column.addWidget(line)
    column.addStretch(1)  # room to spare goes below the line, not between the two
    return row


def start_row(dialog: QDialog) -> tuple[QLabel, QDialogButtonBox, QPushButton]:
    """The foot of a Migrate dialog: its error line (migrateError) and its buttons,
    Cancel rejecting `dialog` and "Start migration" (migrateStart), off until the
    dialog turns it on; the caller connects `accepted`."""
    error = QLabel()
    error.setObjectName("migrateError")
    error.setWordWrap(True)
    set_tone(error, Tone.ERROR)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    start = buttons.addButton(
        translate("migrate_dialog", "&Start migration"), QDialogButtonBox.ButtonRole.AcceptRole
    )
    start.setObjectName("migrateStart")
    start.setEnabled(False)
    buttons.rejected.connect(dialog.reject)
    return error, buttons, start


class MigrateDialog(QDialog):
    """Asks where a VM goes and how; `startRequested(request, destination or None)`
    when Start is pressed with a URI that passed the checks."""

    startRequested = Signal(object, object)

    def __init__(
        self,
        parent: QWidget | None,
        vm: str,
        destinations: list[Destination],
        *,
        uuid: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("migrateDialog")
        self.setWindowTitle(translate("MigrateDialog", "Migrate {vm}").format(vm=vm))
        self.destinations = destinations
        #: The source's UUID (query-uuid; None for the nil one): multifd needs the same
        #: at the destination.
        self.uuid = uuid
        self.offer: MigrationOffer | None = None
        self.rules = UriRules()
        self.target = QComboBox()
        self.target.setObjectName("migrateTarget")
        self.target.addItem(translate("migrate_dialog", TYPED))
        for destination in destinations:
            s = destination.session
            waits = (
                translate("MigrateDialog", "listening at {proposed_uri}").format(
                    proposed_uri=destination.proposed_uri
                )
                if destination.listening
                else "waiting"
            )
            self.target.addItem(f"{s.display_name} — {waits} ({s.endpoint_text})")
        self.uri_edit = QLineEdit()
        self.uri_edit.setObjectName("migrateUri")
        self.uri_note = QLabel()
        self.uri_note.setObjectName("migrateUriNote")
        self.uri_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("MigrateDialog", "&Destination:"), self.target)
        form.addRow(translate("MigrateDialog", "&URI:"), self.uri_edit)
        form.addRow("", self.uri_note)
        self.values: dict[str, QSpinBox] = {}
        self.switches: dict[str, QCheckBox] = {}
        self.why: dict[str, QLabel] = {}
        for option in OPTIONS:
            self._add_option(form, option)
        # Start stays off until the source's QEMU has answered.
        self.error, self.buttons, self.start_button = start_row(self)
        self.buttons.accepted.connect(self._start)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.target.currentIndexChanged.connect(self._target_chosen)
        self.uri_edit.textChanged.connect(lambda _: self.error.clear())
        self.target.setCurrentIndex(1 if destinations else 0)
        self._target_chosen()

    def _add_option(self, form: QFormLayout, option: MigrateOption) -> None:
        row, widget, why = option_row(option)
        self.why[option.key] = why
        if isinstance(widget, QSpinBox):
            self.values[option.key] = widget
        else:
            self.switches[option.key] = widget
        label = (
            f"{translate('migration_options', option.label)}:"
            if option.kind is OptionKind.PARAMETER
            else ""
        )
        form.addRow(label, row)

    # -- filled as QEMU answers ---------------------------------------------------------

    def set_source(
        self, offer: MigrationOffer, parameters: dict[str, object], rules: UriRules
    ) -> None:
        """The source's offer, its current parameters (query-migrate-parameters, QEMU's
        units) and what URIs it takes: options prefilled, Start enabled."""
        self.offer, self.rules = offer, rules
        for key, box in self.values.items():
            value = shown_value(key, parameters.get(key))
            if value is not None:
                box.setValue(value)
        self._grey()
        self.start_button.setEnabled(True)

    def set_destination_offer(self, index: int, offer: MigrationOffer) -> None:
        """What the `index`th waiting VM's QEMU offers (both-sides options follow it)."""
        self.destinations[index] = replace(self.destinations[index], offer=offer)
        self._grey()

    def show_error(self, sentence: str) -> None:
        """Say why the migration did not start; the choices stay for another try."""
        self.error.setText(sentence)
        self.start_button.setEnabled(self.offer is not None)

    def chosen_destination(self) -> Destination | None:
        """The waiting VM chosen, or None for a URI typed."""
        index = self.target.currentIndex() - 1
        return self.destinations[index] if 0 <= index < len(self.destinations) else None

    def _target_chosen(self) -> None:
        destination = self.chosen_destination()
        if destination is None:
            self.uri_edit.setPlaceholderText(" ".join(KINDS))
            self.uri_note.setText(
                translate(
                    "MigrateDialog",
                    "Where a QEMU already listens (started with -incoming URI), or where the stream goes (exec:, file:).",
                )
            )
            if self.uri_edit.property("proposed"):
                self.uri_edit.clear()
        else:
            self.uri_edit.setPlaceholderText(
                translate("MigrateDialog", "tcp:HOST:PORT that this VM's host can reach")
            )
            self.uri_edit.setText(destination.proposed_uri)
            name = destination.session.display_name
            self.uri_note.setText(
                translate(
                    "MigrateDialog",
                    "A migration to {name} failed after it began ({spent}): its QEMU ignores further connections (QEMU takes one incoming migration per listen), so this one would fail too. Start its QEMU again, then retry.",
                ).format(name=name, spent=destination.spent)
                if destination.spent
                else translate(
                    "MigrateDialog",
                    "{name} listens there already: it is sent only the options both sides need (no migrate-incoming).",
                ).format(name=name)
                if destination.listening
                else translate(
                    "MigrateDialog", "{name} is told to listen there first (migrate-incoming)."
                ).format(name=name)
                if destination.proposed_uri
                else translate(
                    "MigrateDialog",
                    "{display_name} runs on another host: give the address it should listen on, reachable from this VM's host.",
                ).format(display_name=destination.session.display_name)
            )
        spent = destination is not None and destination.spent is not None
        set_tone(self.uri_note, Tone.WARNING if spent else None)
        self.uri_edit.setProperty("proposed", destination is not None)
        self._grey()

    def _grey(self) -> None:
        """Grey each option a side does not offer, saying which side and why."""
        destination = self.chosen_destination()
        for option in OPTIONS:
            widget: QWidget = self.values.get(option.key) or self.switches[option.key]
            why: str | None = None
            if self.offer is None:
                why = translate("MigrateDialog", "asking this VM's QEMU what it offers…")
            elif not self.offer.takes(option.key):
                why = translate("MigrateDialog", "this VM's QEMU does not offer it")
            elif (
                option.both_sides
                and destination is not None
                and destination.offer is not None
                and not destination.offer.takes(option.key)
            ):
                why = translate("MigrateDialog", "{display_name}'s QEMU does not offer it").format(
                    display_name=destination.session.display_name
                )
            elif option.key == "multifd" and destination is not None and destination.offer:
                problem = multifd_problem(self.uuid, destination.session.info.uuid)
                if problem is not None:
                    name = destination.session.display_name
                    why = translate(
                        "MigrateDialog", "{name} has another UUID than this VM: {problem}"
                    ).format(name=name, problem=problem)
            widget.setEnabled(why is None)
            if why is not None and isinstance(widget, QCheckBox):
                widget.setChecked(False)
            said = translate("migration_options", option.line)
            line = (
                said
                if why is None
                else translate("MigrateDialog", "Not available: {why}. ({line})").format(
                    why=why, line=said
                )
            )
            if option.both_sides and why is None and destination is None:
                line += translate(
                    "MigrateDialog", " — the QEMU listening there must have it on too"
                )
                if option.key == "multifd":
                    line += translate("MigrateDialog", ", and this VM's UUID ({v0})").format(
                        v0=self.uuid or translate("MigrateDialog", "no -uuid")
                    )
            self.why[option.key].setText(line)

    # -- Start ---------------------------------------------------------------------------

    def request(self) -> MigrateRequest:
        """The migration as chosen now."""
        parameters = {
            key: qemu_value(key, box.value()) for key, box in self.values.items() if box.isEnabled()
        }
        # Every capability, on or off: one left on by an attempt before is turned off.
        capabilities = {
            key: check.isEnabled() and check.isChecked() for key, check in self.switches.items()
        }
        return MigrateRequest(self.uri_edit.text().strip(), capabilities, parameters)

    def _start(self) -> None:
        problem = uri_problem(self.uri_edit.text(), self.rules)
        if problem is not None:
            self.error.setText(problem)
            self.uri_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.error.clear()
        self.start_button.setEnabled(False)
        destination = self.chosen_destination()
        self.startRequested.emit(
            self.request(), destination.session if destination is not None else None
        )

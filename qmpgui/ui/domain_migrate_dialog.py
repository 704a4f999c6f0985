"""Migrate… for a libvirt domain: libvirt's live migration to another libvirt connection
(one of the list's, or a URI typed), with the options libvirt takes, each with what it
does in one line, and libvirt's own choices: keep the domain defined at the destination,
remove it from this host (both on, as virt-manager moves a domain), unsafe (with its
warning), and the address the migration's data goes to. The URIs are checked before
anything is sent (qmp/libvirt_uri.py); the dialog stays open with libvirt's refusal
until the migration has started."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qmpgui.i18n import marked, translate
from qmpgui.models.palette import Tone
from qmpgui.qmp.libvirt_uri import (
    EXAMPLES,
    data_address_problem,
    is_on_this_host,
    migration_destination_problem,
)
from qmpgui.qmp.migration_options import OPTIONS, MigrateRequest, MigrationOffer, OptionKind
from qmpgui.session.domain_migration import DomainChoices
from qmpgui.ui.migrate_dialog import (
    labelled_row,
    option_row,
    qemu_value,
    shown_value,
    start_row,
)
from qmpgui.ui.styles import set_tone

#: The destination choice that means "the URI typed".
TYPED = marked("domain_migrate_dialog", "A libvirt connection URI (typed below)")
#: What each option does, in libvirt's terms (its flags, virsh migrate's options).
LINES = {
    "max-bandwidth": marked(
        "domain_migrate_dialog",
        "the most the migration sends per second, in whole MiB/s (virsh migrate --bandwidth); libvirt's default is no limit",
    ),
    "downtime-limit": marked(
        "domain_migrate_dialog",
        "the longest pause of the guest libvirt accepts to switch over; longer lets a busy guest finish (libvirt's default is 300 ms)",
    ),
    "auto-converge": marked(
        "domain_migrate_dialog",
        "slows the guest's vCPUs step by step while it dirties memory faster than it is sent (virsh migrate --auto-converge)",
    ),
    "xbzrle": marked(
        "domain_migrate_dialog",
        "sends only the changed bytes of pages sent before: less traffic, more CPU (virsh migrate --compressed)",
    ),
    "multifd": marked(
        "domain_migrate_dialog",
        "sends memory over several connections at once (virsh migrate --parallel)",
    ),
    "postcopy-ram": marked(
        "domain_migrate_dialog",
        "lets a migration that does not finish switch to postcopy from the Migration pane: the destination runs at once and fetches the rest (the guest is lost if the network fails meanwhile)",
    ),
}
#: The width the options' lines read well at (pixels).
WIDEST = 620
#: The bandwidth box's value that means no limit (libvirt's default).
NO_LIMIT = 0


def scrolling(form: QFormLayout) -> QScrollArea:
    """`form` in a scroll area: on a short screen the dialog would squeeze each option's
    line under its neighbour; it scrolls instead."""
    content = QWidget()
    content.setLayout(form)
    scroll = QScrollArea()
    scroll.setObjectName("migrateScroll")
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll


class DomainMigrateDialog(QDialog):
    """Asks where a libvirt domain goes and how; `startRequested(MigrateRequest,
    DomainChoices)` when Start is pressed with URIs that passed the checks (the
    request's `uri` is the destination connection's)."""

    startRequested = Signal(object, object)

    def __init__(
        self, parent: QWidget | None, name: str, own_uri: str, destinations: list[str]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("migrateDialog")
        self.setWindowTitle(translate("DomainMigrateDialog", "Migrate {name}").format(name=name))
        self.own_uri = own_uri
        self.destinations = destinations
        self.offer: MigrationOffer | None = None
        self.target = QComboBox()
        self.target.setObjectName("migrateTarget")
        self.target.addItem(translate("domain_migrate_dialog", TYPED))
        self.target.addItems(destinations)
        self.uri_edit = QLineEdit()
        self.uri_edit.setObjectName("migrateUri")
        self.uri_edit.setPlaceholderText(translate("libvirt_uri", EXAMPLES))
        self.uri_note = self._line("migrateUriNote", "")
        form = QFormLayout()
        form.addRow(translate("DomainMigrateDialog", "&Destination:"), self.target)
        form.addRow(translate("DomainMigrateDialog", "&URI:"), self.uri_edit)
        form.addRow("", self.uri_note)
        self.values: dict[str, QSpinBox] = {}
        self.switches: dict[str, QCheckBox] = {}
        self.why: dict[str, QLabel] = {}
        for option in OPTIONS:
            row, widget, why = option_row(
                option, translate("domain_migrate_dialog", LINES[option.key])
            )
            self.why[option.key] = why
            if isinstance(widget, QSpinBox):
                self.values[option.key] = widget
            else:
                self.switches[option.key] = widget
            form.addRow(
                f"{translate('migration_options', option.label)}:"
                if option.kind is OptionKind.PARAMETER
                else "",
                row,
            )
        self._build_choices(form)
        # Start stays off until the domain's limits are known.
        self.error, self.buttons, self.start_button = start_row(self)
        self.buttons.accepted.connect(self._start)
        layout = QVBoxLayout(self)
        scroll = scrolling(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.target.currentIndexChanged.connect(self._target_chosen)
        self.uri_edit.textChanged.connect(self._uri_typed)
        self.data_uri.textChanged.connect(lambda _: self.error.clear())
        self.target.setCurrentIndex(1 if destinations else 0)
        self._target_chosen()
        self._fit(scroll)

    def _fit(self, scroll: QScrollArea) -> None:
        """As wide as the options and as tall as they are, up to most of the screen."""
        widget = scroll.widget()
        assert widget is not None
        content = widget.sizeHint()
        bar = scroll.verticalScrollBar().sizeHint().width()
        # Wide enough that each option's line takes two lines at most.
        scroll.setMinimumWidth(max(content.width(), WIDEST) + bar)
        tallest = int(self.screen().availableGeometry().height() * 0.85)
        self.resize(
            self.sizeHint().width(), min(self.sizeHint().height() + content.height(), tallest)
        )

    def _build_choices(self, form: QFormLayout) -> None:
        """The bandwidth's no limit, libvirt's own choices and the data address."""
        bandwidth = self.values["max-bandwidth"]
        bandwidth.setMinimum(NO_LIMIT)
        bandwidth.setSpecialValueText(translate("DomainMigrateDialog", "no limit"))
        bandwidth.setValue(NO_LIMIT)
        self.persist = self._choice(
            form,
            "migratePersist",
            translate("DomainMigrateDialog", "&Keep it defined at the destination"),
            translate(
                "DomainMigrateDialog",
                "the destination's libvirt keeps the domain's definition: it can be started there again after it stops (virsh migrate --persistent)",
            ),
        )
        self.undefine = self._choice(
            form,
            "migrateUndefine",
            translate("DomainMigrateDialog", "&Remove it from this host"),
            translate(
                "DomainMigrateDialog",
                "this libvirt forgets the domain once it runs at the destination (virsh migrate --undefinesource); off: it stays here, shut off",
            ),
        )
        self.unsafe = self._choice(
            form,
            "migrateUnsafe",
            translate("DomainMigrateDialog", "Migrate even if libvirt calls it &unsafe"),
            translate(
                "DomainMigrateDialog",
                "Warning: libvirt refuses disks it cannot tell are shared with the destination (and writable disks without cache=none); forced, the guest at the destination may see its disks corrupted",
            ),
            checked=False,
        )
        set_tone(self.why_of(self.unsafe), Tone.WARNING)
        self.data_uri = QLineEdit()
        self.data_uri.setObjectName("migrateDataUri")
        self.data_uri.setPlaceholderText("tcp://ADDRESS[:PORT]")
        data_line = self._line(
            "migrateWhy_data",
            translate(
                "DomainMigrateDialog",
                "where the destination's QEMU listens for the memory; empty: the destination host's name (virsh migrate's MIGRATEURI)",
            ),
        )
        form.addRow(
            translate("DomainMigrateDialog", "Data &address:"),
            labelled_row(self.data_uri, data_line),
        )

    def _line(self, name: str, text: str) -> QLabel:
        line = QLabel(text)
        line.setObjectName(name)
        line.setWordWrap(True)
        set_tone(line, Tone.MUTED)
        return line

    def _choice(
        self, form: QFormLayout, name: str, label: str, line: str, *, checked: bool = True
    ) -> QCheckBox:
        check = QCheckBox(label)
        check.setObjectName(name)
        check.setChecked(checked)
        check.setToolTip(line)
        why = self._line(translate("DomainMigrateDialog", "{name}Why").format(name=name), line)
        self.why[name] = why
        form.addRow("", labelled_row(check, why))
        return check

    def why_of(self, check: QCheckBox) -> QLabel:
        """The line under one of libvirt's own choices."""
        return self.why[check.objectName()]

    # -- filled as libvirt answers -------------------------------------------------------

    def set_source(self, offer: MigrationOffer, settings: dict[str, object]) -> None:
        """What libvirt takes (`offer`) and the domain's current limits (`settings`:
        max-bandwidth in bytes/s, absent for no limit; downtime-limit in ms): prefilled,
        Start enabled. "no limit" stays offered: it lifts a limit an earlier migration
        left."""
        self.offer = offer
        for key, box in self.values.items():
            value = shown_value(key, settings.get(key))
            if value is not None:
                box.setValue(value)
        for option in OPTIONS:
            offered = offer.takes(option.key)
            widget: QWidget = self.values.get(option.key) or self.switches[option.key]
            widget.setEnabled(offered)
            line = translate("domain_migrate_dialog", LINES[option.key])
            self.why[option.key].setText(
                line
                if offered
                else translate(
                    "DomainMigrateDialog", "Not available: libvirt does not take it here. ({line})"
                ).format(line=line)
            )
        self.start_button.setEnabled(True)

    def show_error(self, sentence: str) -> None:
        """Say why the migration did not start; the choices stay for another try."""
        self.error.setText(sentence)
        self.start_button.setEnabled(self.offer is not None)

    def _target_chosen(self) -> None:
        index = self.target.currentIndex() - 1
        if 0 <= index < len(self.destinations):
            self.uri_edit.setText(self.destinations[index])
            self.uri_note.setText(
                translate("DomainMigrateDialog", "A libvirt connection of the list.")
            )
        else:
            if self.uri_edit.property("proposed"):
                self.uri_edit.clear()
            self.uri_note.setText(
                translate(
                    "DomainMigrateDialog",
                    "The libvirt connection of the host the domain goes to, opened with your own credentials (SSH keys, agent): {EXAMPLES}.",
                ).format(EXAMPLES=translate("libvirt_uri", EXAMPLES))
            )
        self.uri_edit.setProperty("proposed", 0 <= index < len(self.destinations))
        self._uri_typed()

    def _uri_typed(self) -> None:
        self.error.clear()
        # A destination on this host takes the data on the loopback: its host name may
        # resolve to another address of it than the one its QEMU listens on.
        local = is_on_this_host(self.uri_edit.text())
        if local and not self.data_uri.text():
            self.data_uri.setText("tcp://127.0.0.1")
        elif not local and self.data_uri.text() == "tcp://127.0.0.1":
            self.data_uri.clear()

    # -- Start ---------------------------------------------------------------------------

    def request(self) -> tuple[MigrateRequest, DomainChoices]:
        """The migration as chosen now: the request (its URI the destination
        connection's) and libvirt's own choices."""
        # The bandwidth's "no limit" is sent as 0 (libvirt's no limit is then set): left
        # out, a limit an earlier migration set would stay.
        parameters = {
            key: qemu_value(key, box.value()) if box.value() != NO_LIMIT else 0
            for key, box in self.values.items()
            if box.isEnabled() and (box.value() != NO_LIMIT or key == "max-bandwidth")
        }
        capabilities = {
            key: check.isChecked() for key, check in self.switches.items() if check.isEnabled()
        }
        choices = DomainChoices(
            persist_destination=self.persist.isChecked(),
            undefine_source=self.undefine.isChecked(),
            unsafe=self.unsafe.isChecked(),
            migrate_uri=self.data_uri.text().strip(),
        )
        uri = self.uri_edit.text().strip()
        return MigrateRequest(uri, capabilities, parameters), choices

    def _start(self) -> None:
        problem = migration_destination_problem(self.uri_edit.text(), self.own_uri)
        field = self.uri_edit
        if problem is None:
            problem, field = data_address_problem(self.data_uri.text()), self.data_uri
        if problem is not None:
            self.error.setText(problem)
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.error.clear()
        self.start_button.setEnabled(False)
        request, choices = self.request()
        self.startRequested.emit(request, choices)

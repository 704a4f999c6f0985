"""Add device: the device types this QEMU offers, searchable and grouped by category,
those that cannot go into this VM now greyed with why; the chosen type's form, its id
and bus; the exact `device_add` it sends, to copy. The dialog stays open while QEMU
answers and after a refusal, with what the user typed; it asks nothing of QEMU
itself: the action (app/actions/devices.py) answers its signals."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qmpgui.i18n import translate
from qmpgui.models.palette import Tone
from qmpgui.qmp.device_props import Property
from qmpgui.qmp.device_types import Offer
from qmpgui.qmp.ids import ID_RULE, id_problem
from qmpgui.ui.device_form import DeviceForm
from qmpgui.ui.device_ids import ANY_BUS, ASKING, NO_ID, propose_id
from qmpgui.ui.device_presets import COMMON, PRESET_ROLE, PresetPage, add_preset_group
from qmpgui.ui.preset_forms import PresetContext
from qmpgui.ui.styles import set_tone


class DeviceAddDialog(QDialog):
    """The picker and the form; `typeChosen(name)` asks for a type's properties,
    `addRequested(arguments)` for the device_add, `presetRequested(key)` for the
    preset shown (its page has the commands)."""

    typeChosen = Signal(str)
    addRequested = Signal(dict)
    presetRequested = Signal(str)
    #: The dialog's own checks refused the device (an id in use, a value that is not
    #: one): the sentence, for the log.
    refused = Signal(str)

    def __init__(self, parent: QWidget | None, vm: str) -> None:
        super().__init__(parent)
        self.setObjectName("deviceAddDialog")
        self.setWindowTitle(translate("DeviceAddDialog", "Add device to {vm}").format(vm=vm))
        self.resize(980, 640)
        self.ids: set[str] = set()
        self.offers: dict[str, Offer] = {}
        self.form: DeviceForm | None = None
        #: The type whose form is `form`.
        self._form_type: str | None = None
        #: Forms left for another type, with their id and bus: what the user typed there
        #: is there again when the type is chosen again.
        self._kept: dict[str, tuple[DeviceForm, str, str]] = {}
        self.presets = PresetPage()
        self.search = QLineEdit()
        self.search.setObjectName("deviceSearch")
        self.search.setPlaceholderText(
            translate("DeviceAddDialog", "Search device types (name or description)")
        )
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("deviceTypes")
        self.tree.setHeaderLabels(
            [
                translate("DeviceAddDialog", "Device type"),
                translate("DeviceAddDialog", "Description"),
            ]
        )
        self.tree.setColumnWidth(0, 220)
        self.note = QLabel(translate("DeviceAddDialog", ASKING))
        self.note.setObjectName("deviceTypesNote")
        self.note.setWordWrap(True)
        self._make_form_side()
        close = QPushButton(translate("DeviceAddDialog", "Close"))
        close.clicked.connect(self.reject)
        self._lay_out(close)
        self.search.textChanged.connect(self._filter)
        self.tree.currentItemChanged.connect(lambda item, _old: self._chosen(item))
        self.presets.changed.connect(self._update)
        self.id_edit.textChanged.connect(lambda _="": self._update())
        self.bus_box.currentTextChanged.connect(lambda _="": self._update())
        self.copy_button.clicked.connect(self._copy)
        self.add_button.clicked.connect(self._add)

    def _make_form_side(self) -> None:
        self.title = QLabel(translate("DeviceAddDialog", "Choose a device type."))
        self.title.setObjectName("deviceTitle")
        self.title.setWordWrap(True)
        self.id_edit = QLineEdit()
        self.id_edit.setObjectName("deviceId")
        self.id_hint = QLabel()
        self.id_hint.setObjectName("deviceIdHint")
        self.bus_box = QComboBox()
        self.bus_box.setObjectName("deviceBus")
        self.bus_box.setEditable(True)  # a bus typed by name is QEMU's to judge
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        # The form fits the width: its fields shrink rather than scroll sideways.
        self.form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("devicePreview")
        self.preview.setReadOnly(True)
        self.preview.setMaximumHeight(90)
        self.copy_button = QPushButton(translate("DeviceAddDialog", "&Copy JSON"))
        self.copy_button.setObjectName("deviceCopy")
        self.copy_button.setToolTip(
            translate(
                "DeviceAddDialog", "Copy the command to the clipboard, to paste in the console"
            )
        )
        self.copy_button.setEnabled(False)  # until a type is chosen
        self.error = QLabel()
        self.error.setObjectName("deviceError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_tone(self.error, Tone.ERROR)
        self.add_button = QPushButton(translate("DeviceAddDialog", "&Add"))
        self.add_button.setObjectName("deviceAddButton")
        self.add_button.setEnabled(False)

    def _lay_out(self, close: QPushButton) -> None:
        left = QWidget()
        picker = QVBoxLayout(left)
        picker.setContentsMargins(0, 0, 0, 0)
        picker.addWidget(self.search)
        picker.addWidget(self.tree, 1)
        picker.addWidget(self.note)
        right = QWidget()
        form = QVBoxLayout(right)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(self.title)
        top = QFormLayout()
        id_row = QHBoxLayout()
        id_row.addWidget(self.id_edit, 1)
        id_row.addWidget(self.id_hint)
        top.addRow("id", id_row)
        top.addRow("bus", self.bus_box)
        form.addLayout(top)
        form.addWidget(self.form_area, 1)
        preview_row = QHBoxLayout()
        preview_row.addWidget(self.preview, 1)
        preview_row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addLayout(preview_row)
        splitter = QSplitter()
        splitter.setObjectName("deviceAddSplitter")
        # The generic form, or a preset's (Common devices).
        self.sides = QStackedWidget()
        self.sides.addWidget(right)
        self.sides.addWidget(self.presets)
        splitter.addWidget(left)
        splitter.addWidget(self.sides)
        splitter.setSizes([420, 560])
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(close)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter, 1)
        outer.addLayout(buttons)

    # -- the catalogue -------------------------------------------------------------------

    def set_catalogue(
        self, offers: list[Offer], categories: list[str], ids: set[str], note: str
    ) -> None:
        """Show the types (grouped by category, in QEMU's order), the ids in use and
        what was left out."""
        self.ids = ids
        self.offers = {o.type.name: o for o in offers}
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for name in categories:
            groups[name] = QTreeWidgetItem(self.tree, [name])
            groups[name].setFlags(Qt.ItemFlag.ItemIsEnabled)
        for offer in offers:
            device = offer.type
            parent = groups.get(device.category)
            if parent is None:  # a category not in the list given: after the others
                parent = groups[device.category] = QTreeWidgetItem(self.tree, [device.category])
            item = QTreeWidgetItem(parent, [device.name, device.desc])
            item.setData(0, Qt.ItemDataRole.UserRole, device.name)
            tip = device.desc or device.name
            if device.alias:
                tip += translate("DeviceAddDialog", " (also '{alias}')").format(alias=device.alias)
            if offer.why_not is not None:
                item.setDisabled(True)
                tip += translate("DeviceAddDialog", "\nNot now: {why_not}").format(
                    why_not=offer.why_not
                )
            item.setToolTip(0, tip)
            item.setToolTip(1, tip)
        for group in groups.values():
            group.setText(
                1, translate("DeviceAddDialog", "{v0} types").format(v0=group.childCount())
            )
        greyed = sum(1 for o in offers if o.why_not)
        self.note.setText(
            f"{len(offers) - greyed} types can go into this VM now; {greyed} greyed "
            f"(their tooltip says why). {note}".strip()
        )
        self.tree.expandAll()
        self._filter(self.search.text())

    def set_presets(self, context: PresetContext) -> None:
        """Offer the presets first (Common devices), for the VM `context` describes."""
        self.presets.set_context(context)
        add_preset_group(self.tree, context)
        self._filter(self.search.text())

    @property
    def preset(self) -> str | None:
        """The key of the preset chosen ("disk", "nic", ...), or None."""
        item = self.tree.currentItem()
        data = item.data(0, PRESET_ROLE) if item is not None else None
        return data if isinstance(data, str) else None

    def select_preset(self, key: str) -> bool:
        """Choose the preset `key` as a click would; False when it cannot be used now."""
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount() if group is not None else 0):
                item = group.child(j) if group is not None else None
                if item is not None and item.data(0, PRESET_ROLE) == key:
                    if item.isDisabled():
                        return False
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def set_failed(self, sentence: str) -> None:
        """QEMU did not list its devices: say why, in the picker's note."""
        self.note.setText(sentence)

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is None:
                continue
            shown = 0
            for j in range(group.childCount()):
                item = group.child(j)
                if item is None:
                    continue
                hay = f"{item.text(0)} {item.text(1)} {group.text(0)}".lower()
                hide = not all(w in hay for w in words)
                item.setHidden(hide)
                shown += not hide
            group.setHidden(shown == 0)
            if group.text(0) != translate("device_presets", COMMON):
                count = group.childCount()
                group.setText(
                    1,
                    translate("DeviceAddDialog", "{shown} of {count} types").format(
                        shown=shown, count=count
                    )
                    if words
                    else translate("DeviceAddDialog", "{count} types").format(count=count),
                )

    def select_type(self, name: str) -> bool:
        """Choose the type `name` as a click would; False when it is not offered now."""
        found = self.tree.findItems(name, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        for item in found:
            if item.data(0, Qt.ItemDataRole.UserRole) == name and not item.isDisabled():
                self.tree.setCurrentItem(item)
                return True
        return False

    # -- the form ------------------------------------------------------------------------

    @property
    def typename(self) -> str | None:
        """The type chosen, or None."""
        item = self.tree.currentItem()
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, str) else None

    def _chosen(self, item: QTreeWidgetItem | None) -> None:
        name = self.typename
        if item is not None and not item.isDisabled() and self.preset is not None:
            self.sides.setCurrentWidget(self.presets)
            self.presets.show_preset(self.preset)
            self.error.clear()
            self._update()
            return
        if item is None or name is None or item.isDisabled():
            return
        self.sides.setCurrentIndex(0)
        self._keep_form()
        if self._restore_form(name):
            return
        self._show_type(name)
        self.id_edit.setText(propose_id(name, self.ids))
        self.form = None
        waiting = QLabel(translate("DeviceAddDialog", ASKING))
        waiting.setObjectName("deviceFormWaiting")
        self.form_area.setWidget(waiting)
        self.error.clear()
        self._update()
        self.typeChosen.emit(name)

    def _show_type(self, name: str) -> None:
        """The title of type `name` and the buses it can go on."""
        offer = self.offers[name]
        about = offer.type.desc or translate("DeviceAddDialog", "{category} device").format(
            category=offer.type.category
        )
        where = (
            translate("DeviceAddDialog", ", on a {bus} bus").format(bus=offer.type.bus)
            if offer.type.bus
            else ""
        )
        self.title.setText(
            translate("DeviceAddDialog", "<b>{name}</b>: {about}{where}").format(
                name=name, about=about, where=where
            )
        )
        self.bus_box.clear()
        self.bus_box.addItem(translate("DeviceAddDialog", ANY_BUS))
        self.bus_box.addItems(list(offer.buses))
        self.bus_box.setEnabled(offer.type.bus is not None)

    def _keep_form(self) -> None:
        """Keep the form on screen (and its id and bus) aside, out of the scroll area,
        which would delete it."""
        if self.form is None or self._form_type is None:
            return
        self.form_area.takeWidget()
        self.form.hide()
        self.form.setParent(self)
        self._kept[self._form_type] = (self.form, self.id_edit.text(), self.bus_box.currentText())
        self.form, self._form_type = None, None

    def _restore_form(self, name: str) -> bool:
        """Show `name`'s kept form again with its id and bus; False when none is kept."""
        kept = self._kept.pop(name, None)
        if kept is None:
            return False
        form, device_id, bus = kept
        self._show_type(name)
        self.bus_box.setCurrentText(bus)
        self.id_edit.setText(device_id)
        self.form, self._form_type = form, name
        self.form_area.setWidget(form)
        form.show()
        self.error.clear()
        self._update()
        return True

    def set_properties(self, typename: str, properties: list[Property], preferred_bus: str) -> None:
        """Build the form of `typename` (when it is still the one chosen); choose
        `preferred_bus` ("" for QEMU's choice)."""
        if typename != self.typename or self._form_type == typename:
            return
        self._form_type = typename
        self.form = DeviceForm(properties)
        self.form.changed.connect(self._update)
        self.form_area.setWidget(self.form)
        if preferred_bus:
            self.bus_box.setCurrentText(preferred_bus)
        self._update()

    def arguments(self) -> tuple[dict[str, object], list[str]]:
        """The device_add arguments as they stand, and what is wrong with them."""
        name = self.typename
        if name is None:
            return {}, [translate("DeviceAddDialog", "choose a device type")]
        args: dict[str, object] = {"driver": name}
        problems: list[str] = []
        device_id = self.id_edit.text().strip()
        if not device_id:
            # QEMU takes a device without one, but device_del needs it: such a device
            # could never be removed from here.
            problems.append(translate("DeviceAddDialog", NO_ID))
        else:
            args["id"] = device_id
            malformed = id_problem(device_id)
            if malformed is not None:
                problems.append(malformed)
            elif device_id in self.ids:
                problems.append(
                    translate(
                        "DeviceAddDialog",
                        "the id '{device_id}' is in use by another device: choose another id",
                    ).format(device_id=device_id)
                )
        bus = self.bus_box.currentText().strip()
        if bus and bus != translate("DeviceAddDialog", ANY_BUS):
            args["bus"] = bus
        if self.form is not None:
            values, bad = self.form.changes()
            args.update(values)
            problems += bad
        return args, problems

    def command(self) -> str:
        """The exact device_add command, as JSON."""
        args, _ = self.arguments()
        return json.dumps({"execute": "device_add", "arguments": args})

    def _update(self) -> None:
        if self.preset is not None:
            problems = self.presets.steps()[1]
            # While QEMU is asked (the image looked at again, a step sent), Add stays
            # off: a second press would send the preset twice.
            blocker = self.presets.add_blocker()
            self.add_button.setEnabled(
                self.error.text() != translate("DeviceAddDialog", ASKING) and blocker is None
            )
            self.add_button.setToolTip(blocker or (problems[0] if problems else ""))
            return
        problems = self.arguments()[1]
        self.preview.setPlainText(self.command() if self.typename else "")
        self.copy_button.setEnabled(self.typename is not None)  # nothing to copy before
        typed = self.id_edit.text().strip()
        hint = (
            "needed"
            if not typed
            else translate("DeviceAddDialog", "not an id")
            if id_problem(typed)
            else ""
        )
        self.id_hint.setText(translate("DeviceAddDialog", "in use") if typed in self.ids else hint)
        self.id_hint.setToolTip(translate("ids", ID_RULE))
        self.add_button.setEnabled(self.typename is not None and self.form is not None)
        if problems and self.typename is not None:
            self.add_button.setToolTip(problems[0])
        else:
            self.add_button.setToolTip("")

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.command())

    def _add(self) -> None:
        if self.preset is not None:
            # The action looks at an image file first: the problems are judged then.
            self.show_waiting()
            self.presetRequested.emit(self.preset)
            return
        args, problems = self.arguments()
        if problems:
            self.show_error(problems[0])
            self.refused.emit(problems[0])
            return
        self.show_waiting()
        self.addRequested.emit(args)

    def show_waiting(self) -> None:
        """Say that QEMU is asked; Add is off until it answered."""
        self.error.setText(translate("DeviceAddDialog", ASKING))
        set_tone(self.error, None)
        self.add_button.setEnabled(False)

    def show_error(self, sentence: str) -> None:
        """Say why the device was not added; everything typed stays."""
        set_tone(self.error, Tone.ERROR)
        self.error.setText(sentence)
        if self.preset is not None:
            self.add_button.setEnabled(self.presets.add_blocker() is None)
        else:
            self.add_button.setEnabled(self.form is not None)

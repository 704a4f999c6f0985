"""The form of one device type, built from QEMU's own list of its properties: a field
per property by its type (a check box, a spin box over the integer type's range, a
size with its unit, an enum's values, a link's objects, text), with its default and
description. A field left as it was is not sent: `changes()` holds only what the
user changed. QEMU's "not set" markers (-1, 4294967295) show as an empty field that
says so. The backends a device uses (its drive, netdev, chardev, memory backend) come
first, marked, each offering what QEMU has free and saying what to do when nothing is."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from qmpgui.i18n import marked, translate
from qmpgui.models.palette import Tone
from qmpgui.qmp.backends import Choices
from qmpgui.qmp.device_props import Kind, Property, default_text, parse_size
from qmpgui.ui.styles import set_tone

#: The text of a choice that leaves a property to QEMU.
NOT_SET = ""
#: What an empty field whose default is QEMU's "not set" marker says.
UNSET_TEXT = marked("device_form", "not set: QEMU decides")
#: What a backend field says while QEMU is asked what is free.
ASKING_FREE = marked("device_form", "asking QEMU what is free…")
#: What to do when no backend of a kind is free, by Property.backend.
NONE_FREE: dict[str, str] = {
    "block": marked(
        "device_form",
        "no block node free: use the Disk from an image file preset, or blockdev-add in the console",
    ),
    "netdev": marked(
        "device_form",
        "no netdev free: use the Network card preset, or netdev_add in the console (netdev_add type=user id=net1)",
    ),
    "chardev": marked(
        "device_form",
        'no chardev free: chardev-add in the console (chardev-add id=char1 backend={"type": "null", "data": {}})',
    ),
    "memory-backend": marked(
        "device_form",
        "no memory backend free: add one in the console: object-add qom-type=memory-backend-ram id=mem1 size=134217728",
    ),
}


class BigSpinBox(QAbstractSpinBox):
    """A spin box over any integer range (QSpinBox stops at 2**31 - 1; uint32 and
    uint64 go further). Empty means not set."""

    def __init__(self, low: int, high: int, start: int | None) -> None:
        super().__init__()
        self.low, self.high = low, high
        self.lineEdit().setText("" if start is None else str(start))

    def value(self) -> int | None:
        """The integer typed, or None when empty or out of range."""
        try:
            number = int(self.text().strip())
        except ValueError:
            return None
        return number if self.low <= number <= self.high else None

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        stripped = text.strip()
        if stripped in ("", "-", "+"):
            return (QValidator.State.Intermediate, text, pos)
        try:
            number = int(stripped)
        except ValueError:
            return (QValidator.State.Invalid, text, pos)
        if self.low <= number <= self.high:
            return (QValidator.State.Acceptable, text, pos)
        return (QValidator.State.Intermediate, text, pos)

    def stepBy(self, steps: int) -> None:
        current = self.value()
        base = current if current is not None else max(self.low, min(0, self.high))
        self.lineEdit().setText(str(max(self.low, min(self.high, base + steps))))
        self.editingFinished.emit()

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        current = self.value()
        if current is None or current > self.low:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if current is None or current < self.high:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags


class Field:
    """One property's widget, its starting state and its value."""

    def __init__(self, prop: Property) -> None:
        self.prop = prop
        #: The field's own tooltip: its name, type, default and description.
        self.tip = ""
        #: Under a field QEMU is asked about: what to do when nothing is free (the
        #: placeholder alone is cut off in a narrow field).
        self.note = QLabel()
        self.note.setObjectName(f"note-{prop.name}")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_tone(self.note, Tone.WARNING)
        self.note.hide()
        self.widget: QWidget = self._make()
        self.widget.setObjectName(f"prop-{prop.name}")
        self.start = self.state()

    def _make(self) -> QWidget:
        prop = self.prop
        if prop.kind is Kind.BOOL:
            box = QCheckBox()
            if prop.default is None:
                box.setTristate(True)
                box.setCheckState(Qt.CheckState.PartiallyChecked)
            else:
                box.setChecked(bool(prop.default))
            return box
        if prop.kind is Kind.INT:
            unset = prop.unset or not isinstance(prop.default, int)
            spin = BigSpinBox(prop.low, prop.high, None if unset else int(str(prop.default)))
            spin.lineEdit().setPlaceholderText(
                translate("device_form", UNSET_TEXT)
                if prop.unset
                else translate("Field", "not set")
            )
            return spin
        if prop.backend or prop.kind is Kind.LINK:
            # Editable: a name QEMU was not asked about (or made since) can be typed.
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItem(NOT_SET)
            line = combo.lineEdit()
            if line is not None:
                line.setPlaceholderText(
                    translate("device_form", ASKING_FREE)
                    if self.asks_qemu
                    else translate("Field", "type its id")
                )
            return combo
        if prop.kind is Kind.ENUM:
            combo = QComboBox()
            if prop.default not in prop.values:
                combo.addItem(NOT_SET)
            combo.addItems(list(prop.values))
            if prop.default in prop.values:
                combo.setCurrentText(str(prop.default))
            return combo
        if prop.kind is Kind.CHILD:
            return QLabel(translate("Field", "made by the device itself"))
        edit = QLineEdit()
        empty = translate("device_form", UNSET_TEXT)
        if prop.unset and "example:" in prop.description:  # a PCI addr: "06.0"
            empty += " (" + prop.description.rsplit("example:", 1)[1].strip() + ")"
        edit.setPlaceholderText(
            empty if prop.unset else default_text(prop) or translate("Field", "not set")
        )
        if prop.kind is Kind.SIZE:
            edit.setToolTip(translate("Field", "bytes, or with a unit: 512, 4K, 2M, 1G"))
        return edit

    @property
    def asks_qemu(self) -> bool:
        """Whether QEMU is asked what this field can name (set_choices follows)."""
        return self.prop.kind is Kind.LINK or self.prop.backend in NONE_FREE

    def choices_unknown(self, why: str) -> None:
        """QEMU did not say what the field can name (`why`): the id is typed."""
        combo = self.widget
        line = combo.lineEdit() if isinstance(combo, QComboBox) else None
        if line is not None:
            line.setPlaceholderText(translate("Field", "type its id"))
            combo.setToolTip(
                translate("Field", "{tip}\nQEMU did not list them: {why}").format(
                    tip=self.tip, why=why
                )
            )

    def set_choices(self, choices: Choices) -> None:
        """Offer the free objects or backends of `choices` in the combo box, and say
        in its tooltip which were left out and why; when none is free, its placeholder
        says what to do. What the user typed meanwhile stays; the start stays unset."""
        combo = self.widget
        if not isinstance(combo, QComboBox):
            return
        typed = combo.currentText()
        combo.clear()
        combo.addItem(NOT_SET)
        combo.addItems(choices.free)
        combo.setCurrentText(typed)
        self.start = NOT_SET
        if choices.free:
            hint = translate("Field", "choose one, or type its id")
        else:
            backend, target = self.prop.backend, self.prop.target or "object"
            hint = (
                translate("device_form", NONE_FREE[backend])
                if backend in NONE_FREE
                else translate("device_form", "no {target} free").format(target=target)
            )
        line = combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(hint)
        self.note.setText("" if choices.free else hint)
        self.note.setVisible(not choices.free)
        lines = [self.tip]
        if choices.free:
            lines.append(translate("Field", "free: ") + ", ".join(choices.free))
        else:
            lines.append(hint)
        lines += [
            translate("Field", "left out: {name}, {why}").format(name=name, why=why)
            for name, why in choices.busy
        ]
        combo.setToolTip("\n".join(x for x in lines if x))

    def state(self) -> str:
        """The widget's state as text, to compare with the start."""
        w = self.widget
        if isinstance(w, QCheckBox):
            return w.checkState().name
        if isinstance(w, QComboBox):
            return w.currentText()
        if isinstance(w, QLineEdit | BigSpinBox):
            return w.text().strip()
        return ""

    @property
    def changed(self) -> bool:
        """Whether the user changed the field from its start."""
        return self.state() != self.start

    def value(self) -> tuple[object, str | None]:
        """The JSON value to send and None, or None and why the text is not a value."""
        prop, w = self.prop, self.widget
        if isinstance(w, QCheckBox):
            return w.checkState() == Qt.CheckState.Checked, None
        if isinstance(w, BigSpinBox):
            number = w.value()
            if number is None:
                return None, translate(
                    "Field", "'{name}' takes an integer from {low} to {high}"
                ).format(name=prop.name, low=prop.low, high=prop.high)
            return number, None
        text = self.state()
        if prop.kind is Kind.SIZE:
            size = parse_size(text)
            if size is None:
                return None, translate("Field", "'{name}' takes a size: 512, 4K, 2M, 1G").format(
                    name=prop.name
                )
            return size, None
        return text, None


class DeviceForm(QWidget):
    """The fields of one device type's properties; `changed` fires on every edit."""

    changed = Signal()

    def __init__(self, properties: list[Property]) -> None:
        super().__init__()
        self.setObjectName("deviceForm")
        self.fields: dict[str, Field] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # What the device uses on the host side first: among ~50 fields in name order
        # a disk's drive would be hard to find.
        backends = [p for p in properties if p.backend]
        others = [p for p in properties if not p.backend]
        if backends:
            layout.addRow(
                _heading(
                    "backends",
                    translate(
                        "DeviceForm",
                        "<b>Backend</b>: what the device uses on the host side (a disk needs its drive, a NIC its netdev)",
                    ),
                )
            )
        for prop in backends:
            self._add_row(layout, prop)
        if backends and others:
            layout.addRow(
                _heading(
                    "others",
                    translate(
                        "DeviceForm", "<b>Other properties</b>: QEMU's defaults unless changed"
                    ),
                )
            )
        for prop in others:
            self._add_row(layout, prop)

    def _add_row(self, layout: QFormLayout, prop: Property) -> None:
        field = Field(prop)
        self.fields[prop.name] = field
        # The name and the type on the left; the field shows the default itself
        # (a box as ticked, a number, a value chosen, a placeholder).
        head = QWidget()
        line = QHBoxLayout(head)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel(prop.name)
        label.setObjectName(f"name-{prop.name}")
        if prop.backend:
            bold = QFont(label.font())
            bold.setBold(True)
            label.setFont(bold)
        kind = QLabel(prop.type)
        kind.setObjectName(f"type-{prop.name}")
        kind.setEnabled(False)  # quieter than the name
        line.addWidget(label)
        line.addWidget(kind)
        line.addStretch(1)
        default = default_text(prop)
        if prop.unset:
            default = translate(
                "DeviceForm", "{UNSET_TEXT} (QEMU lists {default} for 'not set')"
            ).format(UNSET_TEXT=translate("device_form", UNSET_TEXT), default=prop.default)
        tip = "\n".join(
            x
            for x in (
                f"{prop.name} ({prop.type})",
                f"default: {default}" if default else "no default: QEMU decides",
                prop.description,
            )
            if x
        )
        field.tip = tip
        for widget in (label, kind, field.widget):
            extra = widget.toolTip()
            widget.setToolTip(f"{extra}\n{tip}" if extra else tip)
        layout.addRow(head, field.widget)
        if field.asks_qemu:
            layout.addRow(field.note)
        self._watch(field.widget)

    def _watch(self, widget: QWidget) -> None:
        """Emit `changed` on every edit of `widget`."""
        if isinstance(widget, QCheckBox):
            widget.stateChanged.connect(lambda _=0: self.changed.emit())
        elif isinstance(widget, QComboBox):
            widget.currentTextChanged.connect(lambda _="": self.changed.emit())
        elif isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _="": self.changed.emit())
        elif isinstance(widget, BigSpinBox):
            widget.lineEdit().textChanged.connect(lambda _="": self.changed.emit())

    def changes(self) -> tuple[dict[str, object], list[str]]:
        """The properties the user changed, as `device_add` takes them, and the
        sentences of the fields whose text is not a value."""
        values: dict[str, object] = {}
        problems: list[str] = []
        for name, field in self.fields.items():
            if field.prop.kind is Kind.CHILD or not field.changed:
                continue
            if field.state() == NOT_SET and isinstance(field.widget, QComboBox):
                continue
            value, problem = field.value()
            if problem is not None:
                problems.append(problem)
            else:
                values[name] = value
        return values, problems


def _heading(name: str, text: str) -> QLabel:
    """A heading row of the form, named `heading-NAME`."""
    label = QLabel(text)
    label.setObjectName(f"heading-{name}")
    label.setWordWrap(True)
    return label

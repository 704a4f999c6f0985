"""The form of one device type, built from QEMU's own list of its properties: a field
per property by its type (a check box, a spin box over the integer type's range, a
size with its unit, an enum's values, a link's objects, text), with its default and
description. A field left as it was is not sent: `changes()` holds only what the
user changed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
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

from qmpgui.qmp.device_props import Kind, Property, default_text, parse_size

#: The text of a choice that leaves a property to QEMU.
NOT_SET = ""


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
            start = prop.default if isinstance(prop.default, int) else None
            return BigSpinBox(prop.low, prop.high, start)
        if prop.kind in (Kind.ENUM, Kind.LINK):
            combo = QComboBox()
            if prop.kind is Kind.LINK or prop.default not in prop.values:
                combo.addItem(NOT_SET)
            combo.addItems(list(prop.values))
            if prop.default in prop.values:
                combo.setCurrentText(str(prop.default))
            return combo
        if prop.kind is Kind.CHILD:
            return QLabel("made by the device itself")
        edit = QLineEdit()
        edit.setPlaceholderText(default_text(prop) or "not set")
        if prop.kind is Kind.SIZE:
            edit.setToolTip("bytes, or with a unit: 512, 4K, 2M, 1G")
        return edit

    def set_choices(self, choices: list[str]) -> None:
        """Offer `choices` (a link's objects) in the combo box; the start stays unset."""
        if isinstance(self.widget, QComboBox):
            self.widget.clear()
            self.widget.addItem(NOT_SET)
            self.widget.addItems(choices)
            self.start = NOT_SET

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
                return None, f"'{prop.name}' takes an integer from {prop.low} to {prop.high}"
            return number, None
        text = self.state()
        if prop.kind is Kind.SIZE:
            size = parse_size(text)
            if size is None:
                return None, f"'{prop.name}' takes a size: 512, 4K, 2M, 1G"
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
        for prop in properties:
            field = Field(prop)
            self.fields[prop.name] = field
            # The name and the type on the left; the field shows the default itself
            # (a box as ticked, a number, a value chosen, a placeholder).
            head = QWidget()
            line = QHBoxLayout(head)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(prop.name)
            kind = QLabel(prop.type)
            kind.setObjectName(f"type-{prop.name}")
            kind.setEnabled(False)  # quieter than the name
            line.addWidget(label)
            line.addWidget(kind)
            line.addStretch(1)
            default = default_text(prop)
            tip = "\n".join(
                x
                for x in (
                    f"{prop.name} ({prop.type})",
                    f"default: {default}" if default else "no default: QEMU decides",
                    prop.description,
                )
                if x
            )
            for widget in (label, kind, field.widget):
                extra = widget.toolTip()
                widget.setToolTip(f"{extra}\n{tip}" if extra else tip)
            layout.addRow(head, field.widget)
            self._watch(field.widget)

    def _watch(self, widget: QWidget) -> None:
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

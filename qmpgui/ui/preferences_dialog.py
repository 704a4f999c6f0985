"""The Preferences dialog: every setting of the configuration file, each with its unit,
its range and its default, checked as it is typed."""

from __future__ import annotations

import copy
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qmpgui.i18n import marked, translate
from qmpgui.models.palette import Tone
from qmpgui.store.preferences import COUNTS, DEFAULTS, RECENT_MEDIA, TOOLBAR_STYLES, bounds, problem
from qmpgui.ui.styles import set_tone


@dataclass(frozen=True)
class _Number:
    key: str
    label: str
    unit: str
    tip: str


#: The number settings, in the order shown.
NUMBERS = (
    _Number(
        "poll_interval_s",
        marked("preferences", "&Poll every"),
        "s",
        marked(
            "preferences",
            "How often the VM list and the pane on screen are polled, besides QMP events",
        ),
    ),
    _Number(
        "command_timeout_s",
        marked("preferences", "&Command timeout"),
        "s",
        marked("preferences", "How long a command may wait for its reply"),
    ),
    _Number(
        "greeting_timeout_s",
        marked("preferences", "&Greeting timeout"),
        "s",
        marked(
            "preferences", "How long to wait for QEMU's greeting before calling the monitor busy"
        ),
    ),
    _Number(
        "powerdown_timeout_s",
        marked("preferences", "Power &down waits"),
        "s",
        marked("preferences", "How long Power down waits for the guest before offering Force off"),
    ),
    _Number(
        "unplug_timeout_s",
        marked("preferences", "&Unplug waits"),
        "s",
        marked(
            "preferences",
            "How long Remove device waits for the guest to release a device before saying that it has not and that a reset completes the unplug (it keeps waiting)",
        ),
    ),
    _Number(
        "live_interval_s",
        marked("preferences", "Screendump &live every"),
        "s",
        marked(
            "preferences",
            "The screendump viewer's live refresh interval (for viewers opened from now on)",
        ),
    ),
    _Number(
        "event_log_limit",
        marked("preferences", "&Event log keeps"),
        "entries",
        marked(
            "preferences",
            "Entries the event log keeps in memory and reads back at start; the oldest go",
        ),
    ),
)


def number_text(value: float) -> str:
    """A number as a field shows it: 2.0 as "2", 100000 as "100000"."""
    return f"{value:.10g}"


def _span(key: str, unit: str) -> str:
    low, high = bounds(key)
    return translate("preferences_dialog", "{low:,.10g} to {high:,.10g} {unit}").format(
        low=low, high=high, unit=unit
    )


class PreferencesDialog(QDialog):
    """The settings as fields; values() gives them as Config holds them."""

    def __init__(self, parent: QWidget | None, values: Mapping[str, Any]) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self._recent: list[dict[str, str]] = copy.deepcopy(list(values["recent_media"]))
        #: Settings made elsewhere (the VM list's sort: its header), given back as they are.
        self._elsewhere = {key: values[key] for key in ("vm_list_sort",)}
        #: Beside each field that can be wrong: its hint, or what is wrong.
        self.problems: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)  # the hints take the room; labels and fields keep theirs
        self.confirm_box = QCheckBox(
            translate(
                "PreferencesDialog",
                "Ask before destructive actions (start, reset, power down, quit, eject, removing VMs, dangerous console commands)",
            )
        )
        self.confirm_box.setObjectName("prefConfirmDestructive")
        self.confirm_box.setToolTip("confirm_destructive")
        self.confirm_box.setChecked(bool(values["confirm_destructive"]))
        grid.addWidget(self.confirm_box, 0, 0, 1, 3)
        grid.addWidget(self._hint(translate("PreferencesDialog", "default: on")), 0, 3)
        self.edits = self._add_numbers(grid, values)
        # Each field has a row below it for what is wrong with it (hidden while nothing is).
        folder_row = 2 * len(NUMBERS) + 1
        self.folder_edit = self._add_folder(grid, folder_row, str(values["screendump_folder"]))
        self.release_edit = self._add_release(
            grid, folder_row + 2, str(values["screen_release_keys"])
        )
        self.recent_list, self.clear_recent = self._add_recent(grid, folder_row + 4)
        self.toolbar_box = self._add_toolbar(grid, folder_row + 6, str(values["toolbar_style"]))
        self.tray_box = QCheckBox(
            translate(
                "PreferencesDialog",
                "Show an icon in the system tray (VMs running and with problems, their actions, notices; closing the window then hides it)",
            )
        )
        self.tray_box.setObjectName("prefTrayIcon")
        self.tray_box.setToolTip(
            translate("PreferencesDialog", "tray_icon: shown where the desktop has a system tray")
        )
        self.tray_box.setChecked(bool(values["tray_icon"]))
        grid.addWidget(self.tray_box, folder_row + 7, 0, 1, 3)
        grid.addWidget(self._hint(translate("PreferencesDialog", "default: on")), folder_row + 7, 3)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setToolTip(
            translate(
                "PreferencesDialog",
                "Every setting above to its default (the recent images stay: Clear)",
            )
        )
        restore.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(
            self._hint(
                translate(
                    "PreferencesDialog",
                    "Applied at once and saved in the configuration file; an edit of the file while qmpgui runs is taken too.",
                )
            )
        )
        layout.addWidget(self.buttons)
        self._validate()

    def _add_numbers(self, grid: QGridLayout, values: Mapping[str, Any]) -> dict[str, QLineEdit]:
        edits: dict[str, QLineEdit] = {}
        for number, field in enumerate(NUMBERS):
            row = 1 + 2 * number
            edit = QLineEdit(number_text(values[field.key]))
            edit.setObjectName(f"pref_{field.key}")
            edit.setToolTip(f"{translate('preferences', field.tip)} ({field.key})")
            edit.setMaximumWidth(120)
            edits[field.key] = edit
            label = QLabel(translate("preferences", field.label))
            label.setBuddy(edit)
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            default = f"{DEFAULTS[field.key]:,.10g}"
            grid.addWidget(
                self._hint(
                    translate("PreferencesDialog", "{v0}; default {default}").format(
                        v0=_span(field.key, field.unit), default=default
                    )
                ),
                row,
                2,
            )
            grid.addWidget(self._problem(field.key), row + 1, 1, 1, 3)
            edit.textChanged.connect(self._validate)
        return edits

    def _add_folder(self, grid: QGridLayout, row: int, folder: str) -> QLineEdit:
        edit = QLineEdit(folder)
        edit.setObjectName("pref_screendump_folder")
        edit.setPlaceholderText(translate("PreferencesDialog", "the home folder"))
        edit.setToolTip(
            translate("PreferencesDialog", "Where the screendump viewer saves (screendump_folder)")
        )
        edit.textChanged.connect(self._validate)
        browse = QPushButton(translate("PreferencesDialog", "&Browse…"))
        browse.setObjectName("prefBrowseFolder")
        browse.clicked.connect(self._browse)
        line = QHBoxLayout()
        line.addWidget(edit, 1)
        line.addWidget(browse)
        label = QLabel(translate("PreferencesDialog", "&Screendumps saved in"))
        label.setBuddy(edit)
        grid.addWidget(label, row, 0)
        grid.addLayout(line, row, 1, 1, 2)
        grid.addWidget(
            self._hint(translate("PreferencesDialog", "default: the home folder")), row, 3
        )
        grid.addWidget(self._problem("screendump_folder"), row + 1, 1, 1, 3)
        return edit

    def _add_release(self, grid: QGridLayout, row: int, keys: str) -> QLineEdit:
        edit = QLineEdit(keys)
        edit.setObjectName("pref_screen_release_keys")
        edit.setToolTip(
            translate(
                "PreferencesDialog",
                "The keys that give the keyboard and mouse back from the Screen tab (screen_release_keys; QEMU's key names, such as ctrl-alt or ctrl-alt_r)",
            )
        )
        edit.textChanged.connect(self._validate)
        label = QLabel(translate("PreferencesDialog", "Screen &releases on"))
        label.setBuddy(edit)
        grid.addWidget(label, row, 0)
        grid.addWidget(edit, row, 1, 1, 2)
        grid.addWidget(self._hint(translate("PreferencesDialog", "default: ctrl-alt")), row, 3)
        grid.addWidget(self._problem("screen_release_keys"), row + 1, 1, 1, 3)
        return edit

    def _add_toolbar(self, grid: QGridLayout, row: int, style: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName("pref_toolbar_style")
        box.setToolTip(
            translate(
                "PreferencesDialog",
                "How the toolbar shows its actions (toolbar_style; also View → Toolbar)",
            )
        )
        for value in TOOLBAR_STYLES:
            box.addItem(value.replace("-", " ").capitalize(), value)
        box.setCurrentIndex(max(0, box.findData(style)))
        label = QLabel(translate("PreferencesDialog", "&Toolbar shows"))
        label.setBuddy(box)
        grid.addWidget(label, row, 0)
        grid.addWidget(box, row, 1, 1, 2)
        grid.addWidget(
            self._hint(translate("PreferencesDialog", "default: text beside icons")), row, 3
        )
        return box

    def _add_recent(self, grid: QGridLayout, row: int) -> tuple[QListWidget, QPushButton]:
        shown = QListWidget()
        shown.setObjectName("prefRecentMedia")
        shown.setToolTip(
            translate("PreferencesDialog", "Images Change media offers again (recent_media)")
        )
        shown.setMaximumHeight(72)
        clear = QPushButton(translate("PreferencesDialog", "C&lear"))
        clear.setObjectName("prefClearRecentMedia")
        clear.clicked.connect(self._clear_recent)
        line = QHBoxLayout()
        line.addWidget(shown, 1)
        line.addWidget(clear)
        grid.addWidget(QLabel(translate("PreferencesDialog", "Recent images")), row, 0)
        grid.addLayout(line, row, 1, 1, 2)
        grid.addWidget(
            self._hint(
                translate(
                    "PreferencesDialog", "at most {RECENT_MEDIA}, newest first; default none"
                ).format(RECENT_MEDIA=RECENT_MEDIA)
            ),
            row,
            3,
        )
        self._fill_recent(shown, clear)
        return shown, clear

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        set_tone(label, Tone.MUTED)
        return label

    def _problem(self, key: str) -> QLabel:
        # Below its field, as wide as the dialog and wrapped, so that a message of any
        # length shows whole; hidden while the value is fine.
        label = QLabel()
        label.setObjectName(f"problem_{key}")
        label.setWordWrap(True)
        label.hide()
        self.problems[key] = label
        return label

    # -- reading the fields ---------------------------------------------------------------

    def field_problem(self, key: str) -> str | None:
        """What is wrong with the field of `key` as typed, a sentence; None if usable."""
        if key == "screendump_folder":
            text = self.folder_edit.text().strip()
            if text and not os.path.isabs(os.path.expanduser(text)):
                return translate(
                    "PreferencesDialog",
                    "give the folder's full path (starting with / or ~), or leave it empty",
                )
            return None
        if key == "screen_release_keys":
            reason = problem(key, self.release_edit.text().strip())
            return (
                translate("PreferencesDialog", "must be {reason}").format(reason=reason)
                if reason
                else None
            )
        text = self.edits[key].text().strip().replace(",", "").replace("_", "")
        want = problem(key, None) or ""  # what every value of the key must be
        if not text:
            return translate("PreferencesDialog", "enter {want}").format(want=want)
        try:
            value: float = int(text) if key in COUNTS else float(text)
        except ValueError:
            return translate("PreferencesDialog", "not a number: enter {want}").format(want=want)
        reason = problem(key, value)
        return (
            translate("PreferencesDialog", "must be {reason}").format(reason=reason)
            if reason
            else None
        )

    def _validate(self) -> None:
        wrong = []
        for key, label in self.problems.items():
            reason = self.field_problem(key)
            label.setText(reason or "")
            label.setVisible(bool(reason))
            set_tone(label, Tone.ERROR)
            if reason:
                wrong.append(key)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not wrong)
        ok.setToolTip(
            translate("PreferencesDialog", "fix {v0} first").format(v0=", ".join(wrong))
            if wrong
            else ""
        )

    def values(self) -> dict[str, Any]:
        """Every setting as Config holds it (seconds as float, the limit as int); call
        only while every field is usable (OK is enabled). Raises ValueError otherwise."""
        out: dict[str, Any] = {
            "confirm_destructive": self.confirm_box.isChecked(),
            "tray_icon": self.tray_box.isChecked(),
        }
        for key, edit in self.edits.items():
            text = edit.text().strip().replace(",", "").replace("_", "")
            out[key] = int(text) if key in COUNTS else float(text)
        folder = self.folder_edit.text().strip()
        out["screendump_folder"] = os.path.expanduser(folder) if folder else ""
        out["screen_release_keys"] = self.release_edit.text().strip().lower()
        out["recent_media"] = copy.deepcopy(self._recent)
        out["toolbar_style"] = str(self.toolbar_box.currentData())
        out.update(self._elsewhere)
        return out

    # -- buttons --------------------------------------------------------------------------

    def restore_defaults(self) -> None:
        """Every field to its default; the recent images stay (Clear empties them)."""
        self.confirm_box.setChecked(bool(DEFAULTS["confirm_destructive"]))
        self.tray_box.setChecked(bool(DEFAULTS["tray_icon"]))
        for key, edit in self.edits.items():
            edit.setText(number_text(DEFAULTS[key]))
        self.folder_edit.setText(str(DEFAULTS["screendump_folder"]))
        self.release_edit.setText(str(DEFAULTS["screen_release_keys"]))
        self.toolbar_box.setCurrentIndex(self.toolbar_box.findData(DEFAULTS["toolbar_style"]))

    def _browse(self) -> None:
        start = os.path.expanduser(self.folder_edit.text().strip() or "~")
        folder = QFileDialog.getExistingDirectory(
            self, translate("PreferencesDialog", "Save screendumps in"), start
        )
        if folder:
            self.folder_edit.setText(folder)

    def _clear_recent(self) -> None:
        self._recent = []
        self._fill_recent(self.recent_list, self.clear_recent)

    def _fill_recent(self, shown: QListWidget, clear: QPushButton) -> None:
        shown.clear()
        shown.addItems([entry.get("path", "") for entry in self._recent] or ["(none)"])
        clear.setEnabled(bool(self._recent))

    def accept(self) -> None:
        if all(self.field_problem(key) is None for key in self.problems):
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, values: Mapping[str, Any]) -> dict[str, Any] | None:
        """Show the dialog modally on `values` (every key of DEFAULTS, as Config holds
        them); the settings chosen, or None when cancelled."""
        dialog = cls(parent, values)
        try:
            return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

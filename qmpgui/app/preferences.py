"""Preferences: the dialog's answer applied to the running window at once, then saved
(merged into the configuration file, so an edit made outside the window stays). The
dialog's module loads when it first opens."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QWidget

from qmpgui.app.fleet import Fleet
from qmpgui.app.messages import Say
from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.store.config_merge import describe
from qmpgui.store.preferences import DEFAULTS


def edit_preferences(parent: QWidget, fleet: Fleet, say: Say) -> None:
    """Ask for the settings; apply and save what changed, and say it. Opens a modal
    dialog: call it from a Qt slot."""
    from qmpgui.ui.preferences_dialog import PreferencesDialog  # noqa: PLC0415 (first opened)

    config = fleet.config
    shown = copy.deepcopy({key: getattr(config, key) for key in DEFAULTS})
    chosen = PreferencesDialog.ask(parent, shown)
    if chosen is None:
        return
    # Only what was changed in the dialog: the file may have been edited while it was
    # open, and a field left alone must not undo that edit.
    changed = {
        key: chosen[key]
        for key in DEFAULTS
        if chosen[key] != shown[key] and chosen[key] != getattr(config, key)
    }
    if not changed:
        return
    fleet.apply_settings(changed)
    fleet.save_config()
    said = ", ".join(describe(key, value) for key, value in changed.items())
    say(Level.INFO, translate("preferences", "preferences: {said}").format(said=said))

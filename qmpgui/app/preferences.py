"""Preferences: the dialog's answer applied to the running window at once, then saved
(merged into the configuration file, so an edit made outside the window stays)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from qmpgui.app.fleet import Fleet
from qmpgui.app.messages import Say
from qmpgui.log.entry import Level
from qmpgui.store.config import DEFAULTS
from qmpgui.store.config_merge import describe
from qmpgui.ui.preferences_dialog import PreferencesDialog


def edit_preferences(parent: QWidget, fleet: Fleet, say: Say) -> None:
    """Ask for the settings; apply and save what changed, and say it. Opens a modal
    dialog: call it from a Qt slot."""
    config = fleet.config
    chosen = PreferencesDialog.ask(parent, {key: getattr(config, key) for key in DEFAULTS})
    if chosen is None:
        return
    changed = {key: chosen[key] for key in DEFAULTS if getattr(config, key) != chosen[key]}
    if not changed:
        return
    fleet.apply_settings(changed)
    fleet.save_config()
    said = ", ".join(describe(key, value) for key, value in changed.items())
    say(Level.INFO, f"preferences: {said}")

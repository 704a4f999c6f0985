"""Widgets built in code: panes, dialogs, viewers."""

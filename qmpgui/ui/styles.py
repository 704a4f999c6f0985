"""Colours the widgets share, so an error reads the same everywhere."""

from __future__ import annotations

ERROR_COLOUR = "#b41e1e"
WARNING_COLOUR = "#9a6700"
#: Style sheet of a label that says what went wrong.
ERROR_STYLE = f"color: {ERROR_COLOUR};"

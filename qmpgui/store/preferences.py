"""The preferences of the configuration file: each one's default, the bounds of the
numbers, and what makes a value usable (`problem`), for the file's reader and for the
Preferences dialog."""

from __future__ import annotations

from typing import Any

from qmpgui.i18n import translate
from qmpgui.qmp.screen_input import release_keys

#: Every preference with its default, each a Config field of the same name (`_s`: seconds).
DEFAULTS: dict[str, Any] = {
    "confirm_destructive": True,
    "poll_interval_s": 2.0,
    "command_timeout_s": 10.0,
    "greeting_timeout_s": 5.0,
    "powerdown_timeout_s": 60.0,
    "unplug_timeout_s": 30.0,
    "live_interval_s": 1.0,
    "recent_media": [],
    "screendump_folder": "",
    "event_log_limit": 100_000,
    "screen_release_keys": "ctrl-alt",
    "toolbar_style": "text-beside-icons",
    "tray_icon": True,
    "vm_list_sort": "",
}
#: How the toolbar shows its actions (the toolbar_style values).
TOOLBAR_STYLES = ("text-beside-icons", "text-under-icons", "icons-only")
#: The VM list's sorts (`vm_list_sort`): a column's name, "-" before it for descending.
VM_LIST_SORTS = ("name", "state", "disk_io", "endpoint")
#: Bounds that keep a hand-edited number from hammering QEMU or timing out at once.
#: Lowest usable values, in seconds.
MINIMUMS = {
    "poll_interval_s": 0.1,
    "command_timeout_s": 0.1,
    "greeting_timeout_s": 0.1,
    "powerdown_timeout_s": 1.0,
    "unplug_timeout_s": 1.0,
    "live_interval_s": 0.2,
}
#: Highest usable values, in seconds (others: 1e6).
MAXIMUMS = {"live_interval_s": 60.0}
#: Whole numbers, with their bounds.
COUNTS = {"event_log_limit": (100, 1_000_000)}
#: Images remembered by the Change media dialog.
RECENT_MEDIA = 10


def bounds(key: str) -> tuple[float, float]:
    """The lowest and highest usable value of a number setting (seconds, or entries for
    event_log_limit). Raises KeyError for a key that is not a number setting."""
    if key in COUNTS:
        return COUNTS[key]
    return MINIMUMS[key], MAXIMUMS.get(key, 1e6)


def problem(key: str, value: Any) -> str | None:
    """Why `value` (as decoded from JSON) cannot be the preference `key` (a key of
    DEFAULTS), as words that complete "it must be ...", e.g. "a number of seconds from
    0.1 to 1,000,000"; None when it is usable. Raises KeyError for another key."""
    if key in ("confirm_destructive", "tray_icon"):
        return None if isinstance(value, bool) else translate("config", "true or false")
    if key == "vm_list_sort":
        usable = isinstance(value, str) and value.removeprefix("-") in ("", *VM_LIST_SORTS)
        if usable and value != "-":
            return None
        return translate("config", "one of {v0}, with - before it for descending, or empty").format(
            v0=", ".join(VM_LIST_SORTS)
        )
    if key == "screendump_folder":
        return None if isinstance(value, str) else translate("config", "a folder's path as text")
    if key == "screen_release_keys":
        try:
            release_keys(value if isinstance(value, str) else "")
        except ValueError:
            return translate("config", "QEMU key names joined by -, such as ctrl-alt")
        return None
    if key == "toolbar_style":
        return (
            None
            if value in TOOLBAR_STYLES
            else translate("config", "one of ") + ", ".join(TOOLBAR_STYLES)
        )
    if key == "recent_media":
        usable = isinstance(value, list) and all(
            isinstance(item, dict) and all(isinstance(v, str) for v in item.values())
            for item in value
        )
        return None if usable else translate("config", "a list of images (objects of text)")
    low, high = bounds(key)
    span = translate("config", "from {low:,.10g} to {high:,.10g}").format(low=low, high=high)
    if key in COUNTS:
        whole = isinstance(value, int) and not isinstance(value, bool)
        return (
            None
            if whole and low <= value <= high
            else translate("config", "a whole number {span}").format(span=span)
        )
    number = isinstance(value, int | float) and not isinstance(value, bool)
    # NaN compares false both ways: it is not usable either.
    return (
        None
        if number and low <= value <= high
        else translate("config", "a number of seconds {span}").format(span=span)
    )

"""Saving into any file a user may have written: whatever the file holds, a merged save
changes exactly the keys the window changed and keeps every other one as it was."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from qmpgui.store.config import parse_config
from qmpgui.store.config_merge import SavedVm, merge
from qmpgui.store.preferences import DEFAULTS
from tests.helpers.strategies import FUZZ

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)
KEYS = st.sampled_from([*DEFAULTS, "vms", "my_note", "vms_unusable"]) | st.text(max_size=8)
USABLE: dict[str, st.SearchStrategy[Any]] = {
    "confirm_destructive": st.booleans(),
    "poll_interval_s": st.floats(0.1, 1e6),
    "command_timeout_s": st.floats(0.1, 1e6),
    "greeting_timeout_s": st.floats(0.1, 1e6),
    "powerdown_timeout_s": st.floats(1, 1e6),
    "live_interval_s": st.floats(0.2, 60),
    "recent_media": st.lists(st.dictionaries(st.text(), st.text(), max_size=2), max_size=2),
    "screendump_folder": st.text(),
    "event_log_limit": st.integers(100, 1_000_000),
}


@FUZZ
@given(
    file=st.dictionaries(KEYS, JSON, max_size=8),
    changes=st.fixed_dictionaries({}, optional=USABLE),
)
def test_a_merged_save_changes_only_what_the_window_changed(
    file: dict[str, Any], changes: dict[str, Any]
) -> None:
    base = parse_config(copy.deepcopy(file), "config.json").config  # what the window read
    current = copy.deepcopy(base)
    for key, value in changes.items():
        setattr(current, key, value)
    changed = {key for key in changes if getattr(base, key) != changes[key]}
    vms = [SavedVm(vm.endpoint, vm) for vm in base.vms]  # the list as read

    merged = merge(file, base, current, vms)

    for key, value in file.items():
        if key not in changed:
            assert merged[key] == value, key  # kept as the user wrote it
    for key in changed:
        assert merged[key] == changes[key]
    for key, default in DEFAULTS.items():
        if key not in file and key not in changed:
            assert merged[key] == default
    again = parse_config(merged, "config.json").config  # it still reads
    for key in changed:
        assert getattr(again, key) == changes[key]

"""Edits that clash: the configuration file and the window both changed the same thing
since the window's base (the file as it last read or wrote it), to different values.

A save merges the window's change over the file's (config_merge), and a read leaves the
window's change in place: without a word, the file's edit would be gone. Here each
clash is named with both values, so that the user can tell which to keep. No Qt, no I/O.
"""

from __future__ import annotations

import json
from typing import Any

from qmpgui.qmp import endpoint_key
from qmpgui.store.config import DEFAULTS, Config
from qmpgui.store.config_merge import SavedVm, by_endpoint, vm_fields


def _shown(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return json.dumps(value, ensure_ascii=False)


def _clash(before: Any, theirs: Any, mine: Any) -> bool:
    """Both sides moved away from `before`, and not to the same value."""
    return before not in (theirs, mine) and theirs != mine


def conflicts(base: Config, found: Config, current: Config, vms: list[SavedVm]) -> list[str]:
    """What the file as parsed (`found`) and the window (`current`, its VM list `vms`)
    both changed since `base` to different values, each in words: 'poll_interval_s: 7
    in the file, 5 in qmpgui', 'VM web name: "a" in the file, "b" in qmpgui', 'VM web:
    removed in qmpgui, edited in the file'. A preference the file holds unusable is not
    a change of the file's (see config_merge.find_changes)."""
    said = [
        f"{key}: {_shown(theirs)} in the file, {_shown(mine)} in qmpgui"
        for key in DEFAULTS
        if key not in found.extra
        for before, theirs, mine in [
            (getattr(base, key), getattr(found, key), getattr(current, key))
        ]
        if _clash(before, theirs, mine)
    ]
    old, new = by_endpoint(base.vms), by_endpoint(found.vms)
    kept = {endpoint_key(v.origin): v for v in vms if v.origin is not None}
    for key, before in old.items():
        name = before.name or before.endpoint
        file_entry, window_vm = new.get(key), kept.get(key)
        base_fields = vm_fields(before)
        if window_vm is None:
            if file_entry is not None and vm_fields(file_entry) != base_fields:
                said.append(f"VM {name}: removed in qmpgui, edited in the file")
            continue
        mine = vm_fields(window_vm.entry)
        if file_entry is None:
            if mine != base_fields:
                said.append(f"VM {name}: removed in the file, edited in qmpgui")
            continue
        theirs = vm_fields(file_entry)
        said += [
            f"VM {name} {field}: {_shown(theirs[field])} in the file, "
            f"{_shown(mine[field])} in qmpgui"
            for field in base_fields
            if _clash(base_fields[field], theirs[field], mine[field])
        ]
    return said

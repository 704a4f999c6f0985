"""Edits that clash: the configuration file and the window both changed the same thing
since the window's base (the file as it last read or wrote it), to different values.

A save merges the window's change over the file's (config_merge), and a read leaves the
window's change in place: without a word, the file's edit would be gone. Here each
clash is named with both values, so that the user can tell which to keep. No Qt, no I/O.
"""

from __future__ import annotations

import json
from typing import Any

from qmpgui.i18n import translate
from qmpgui.qmp import endpoint_key
from qmpgui.store.config import Config
from qmpgui.store.config_merge import SavedVm, by_endpoint, vm_fields
from qmpgui.store.preferences import DEFAULTS


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
        translate("config_conflicts", "{key}: {v1} in the file, {v2} in qmpgui").format(
            key=key, v1=_shown(theirs), v2=_shown(mine)
        )
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
                said.append(
                    translate(
                        "config_conflicts", "VM {name}: removed in qmpgui, edited in the file"
                    ).format(name=name)
                )
            continue
        mine = vm_fields(window_vm.entry)
        if file_entry is None:
            if mine != base_fields:
                said.append(
                    translate(
                        "config_conflicts", "VM {name}: removed in the file, edited in qmpgui"
                    ).format(name=name)
                )
            continue
        theirs = vm_fields(file_entry)
        said += [
            translate(
                "config_conflicts", "VM {name} {field}: {v2} in the file, {v3} in qmpgui"
            ).format(name=name, field=field, v2=_shown(theirs[field]), v3=_shown(mine[field]))
            for field in base_fields
            if _clash(base_fields[field], theirs[field], mine[field])
        ]
    return said

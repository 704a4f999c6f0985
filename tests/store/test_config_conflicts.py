"""The clashes between an edit of the configuration file and the window's own changes
since its base: named with both values, and only where both changed the same thing to
different values."""

from __future__ import annotations

import copy

from qmpgui.store.config import Config, VmEntry, parse_config
from qmpgui.store.config_conflicts import conflicts
from qmpgui.store.config_merge import SavedVm

START = {
    "vms": [
        {"name": "web", "endpoint": "/run/web.qmp"},
        {"name": "db", "endpoint": "/run/db.qmp"},
    ],
    "poll_interval_s": 2,
    "confirm_destructive": True,
}


def loaded(data: dict[str, object]) -> Config:
    return parse_config(copy.deepcopy(data), "config.json").config


def as_listed(config: Config) -> list[SavedVm]:
    return [
        SavedVm(vm.endpoint, VmEntry(vm.name, vm.endpoint, vm.autoconnect)) for vm in config.vms
    ]


def test_a_setting_changed_on_both_sides_to_different_values_is_named_with_both() -> None:
    base = loaded(START)
    found = loaded({**START, "poll_interval_s": 7, "confirm_destructive": False})
    mine = copy.deepcopy(base)
    mine.poll_interval_s = 5.0
    mine.confirm_destructive = False  # the same value on both sides: no clash
    assert conflicts(base, found, mine, as_listed(mine)) == [
        "poll_interval_s: 7 in the file, 5 in qmpgui"
    ]


def test_changes_on_one_side_only_do_not_clash() -> None:
    base = loaded(START)
    found = loaded({**START, "poll_interval_s": 7})
    mine = copy.deepcopy(base)
    mine.confirm_destructive = False
    vms = as_listed(base)
    vms[0] = SavedVm("/run/web.qmp", VmEntry("renamed", "/run/web.qmp", True))
    assert conflicts(base, found, mine, vms) == []


def test_a_vm_edited_on_both_sides_or_edited_on_one_and_removed_on_the_other() -> None:
    base = loaded(START)
    edited = copy.deepcopy(START)
    edited["vms"] = [
        {"name": "theirs", "endpoint": "/run/web.qmp"},
        {"name": "db2", "endpoint": "/run/db.qmp"},
    ]
    vms = [SavedVm("/run/web.qmp", VmEntry("mine", "/run/web.qmp", True))]  # db removed
    assert conflicts(base, loaded(edited), base, vms) == [
        'VM web name: "theirs" in the file, "mine" in qmpgui',
        "VM db: removed in qmpgui, edited in the file",
    ]
    gone = {**START, "vms": [{"name": "web", "endpoint": "/run/web.qmp"}]}
    kept = [*as_listed(base)[:1], SavedVm("/run/db.qmp", VmEntry("db", "/run/db.qmp", True))]
    assert conflicts(base, loaded(gone), base, kept) == [
        "VM db: removed in the file, edited in qmpgui"
    ]

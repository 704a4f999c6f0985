"""The configuration file is the user's: what a running window reads and how it saves.

The window keeps a base: the configuration as it last read or wrote the file. A save
reads the file as it is now and merges in only what the window changed since its base,
per preference key and per VM (matched by endpoint); everything else stays as the file
has it: keys qmpgui does not know, VMs the window never saw, values it could not use.
Comparing the base with the file as found tells what was edited outside the window.
No Qt: the window's side (watching, applying) is qmpgui.app.config_file.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qmpgui.i18n import PLURAL, translate
from qmpgui.qmp import endpoint_key
from qmpgui.store.config import Config, ConnectionEntry, LoadResult, VmEntry, parse_config, tls_json
from qmpgui.store.files import write_atomic
from qmpgui.store.preferences import DEFAULTS

#: The parts of a VM entry the window edits; the entry's other keys are the user's.
VM_FIELDS = ("name", "endpoint", "autoconnect", "tls")
#: Where parse_config keeps a `vms` that is not a list: not a key of the user's.
_VMS_UNUSABLE = "vms_unusable"
_ABSENT = object()


@dataclass(frozen=True)
class SavedVm:
    """A VM of the window's list, as a save merges it into the file."""

    #: The endpoint of the file's entry this VM stands for, as the window last read or
    #: wrote it; None for a VM added in the window since.
    origin: str | None
    #: The VM as the window has it now (its `extra` is not written: the file keeps its own).
    entry: VmEntry


@dataclass
class FileRead:
    """The configuration file as read while the window runs (never set aside)."""

    #: The file's top-level object as decoded; None when missing or unusable.
    data: dict[str, Any] | None = None
    #: parse_config() of `data` (None with it): the configuration and its problems.
    loaded: LoadResult | None = None
    #: Why the file cannot be used, words that follow its path: "is not valid JSON (line
    #: 2 column 5: Expecting value)", "cannot be read (Permission denied)"; None otherwise.
    error: str | None = None

    @property
    def missing(self) -> bool:
        """True when there is no file."""
        return self.data is None and self.error is None


@dataclass
class Saved:
    """What save_merged() found, and what it wrote."""

    #: The file as found just before the merge.
    found: FileRead
    #: The object written (None when nothing was: the file as found was unusable).
    written: dict[str, Any] | None = None
    #: parse_config() of `written`; None with it.
    loaded: LoadResult | None = None


@dataclass
class Changes:
    """What differs from the window's base in the file as found, key by key and VM by VM."""

    #: Usable preference values that differ: key -> value, as Config holds it (seconds
    #: as float).
    settings: dict[str, Any] = field(default_factory=dict)
    #: VMs with an endpoint the base does not have.
    added: list[VmEntry] = field(default_factory=list)
    #: Base VMs whose endpoint the file no longer has.
    removed: list[VmEntry] = field(default_factory=list)
    #: (base entry, file entry) of one endpoint whose name, endpoint text or
    #: autoconnect differ.
    edited: list[tuple[VmEntry, VmEntry]] = field(default_factory=list)
    #: Top-level keys qmpgui does not use that were added, changed or removed, sorted.
    other_keys: list[str] = field(default_factory=list)
    #: libvirt connections with a URI the base does not have, and base ones the file lost.
    connections_added: list[ConnectionEntry] = field(default_factory=list)
    connections_removed: list[ConnectionEntry] = field(default_factory=list)


def read_config(path: Path, fallback: Config | None = None) -> FileRead:
    """The configuration file at `path` as it is now; never raises. An unusable value
    takes `fallback`'s (see parse_config). Blocks on disk: call it from the FileWriter."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return FileRead()
    except UnicodeDecodeError as err:
        return FileRead(
            error=translate("config_merge", "is not valid UTF-8 text (byte {start})").format(
                start=err.start
            )
        )
    except OSError as err:
        return FileRead(
            error=translate("config_merge", "cannot be read ({v0})").format(v0=err.strerror or err)
        )
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        return FileRead(
            error=translate(
                "config_merge", "is not valid JSON (line {lineno} column {colno}: {msg})"
            ).format(lineno=err.lineno, colno=err.colno, msg=err.msg)
        )
    if not isinstance(data, dict):
        return FileRead(error=translate("config_merge", "is not a JSON object at the top level"))
    return FileRead(data, parse_config(data, str(path), fallback))


def vm_fields(entry: VmEntry) -> dict[str, Any]:
    """The VM_FIELDS of `entry`: {"name": str, "endpoint": str, "autoconnect": bool,
    "tls": {"ca": path, ...} (the files set; {} for none)}."""
    return {
        "name": entry.name,
        "endpoint": entry.endpoint,
        "autoconnect": entry.autoconnect,
        "tls": tls_json(entry.tls),
    }


def by_endpoint(entries: list[VmEntry]) -> dict[str, VmEntry]:
    """`entries` by endpoint_key() of their endpoint (the first of a repeated one)."""
    found: dict[str, VmEntry] = {}
    for entry in entries:
        found.setdefault(endpoint_key(entry.endpoint), entry)
    return found


def find_changes(base: Config, found: Config) -> Changes:
    """What the file as parsed (`found`) changed against the window's `base`. A
    preference whose value in the file is unusable is not a change (it is a problem of
    `found`'s parse); neither are VMs when the file's `vms` is not a list."""
    changes = Changes()
    for key in DEFAULTS:
        value = getattr(found, key)
        if key not in found.extra and value != getattr(base, key):
            changes.settings[key] = value
    others = (set(base.extra) | set(found.extra)) - set(DEFAULTS) - {_VMS_UNUSABLE, "connections"}
    old_uris = {c.uri for c in base.connections}
    new_uris = {c.uri for c in found.connections}
    changes.connections_added = [c for c in found.connections if c.uri not in old_uris]
    changes.connections_removed = [c for c in base.connections if c.uri not in new_uris]
    changes.other_keys = sorted(
        key for key in others if base.extra.get(key, _ABSENT) != found.extra.get(key, _ABSENT)
    )
    if _VMS_UNUSABLE not in found.extra:
        old, new = by_endpoint(base.vms), by_endpoint(found.vms)
        changes.added = [entry for key, entry in new.items() if key not in old]
        changes.removed = [entry for key, entry in old.items() if key not in new]
        changes.edited = [
            (old[key], entry)
            for key, entry in new.items()
            if key in old and vm_fields(old[key]) != vm_fields(entry)
        ]
    return changes


def base_of(found: Config, live: Config) -> Config:
    """The window's new base after reading `found`: a copy of it in which a preference
    the file holds unusable (and `vms`, when not a list) takes the `live` value, so that
    a save, seeing no change there, leaves the user's value in the file as it is."""
    base = copy.deepcopy(found)
    for key in DEFAULTS:
        if key in found.extra:
            setattr(base, key, copy.deepcopy(getattr(live, key)))
    if _VMS_UNUSABLE in found.extra:  # the same for a `vms` that is not a list
        base.vms = copy.deepcopy(live.vms)
    return base


def merge(
    data: dict[str, Any], base: Config, current: Config, vms: list[SavedVm]
) -> dict[str, Any]:
    """The file's object `data` with what the window changed since `base`: `current`'s
    preferences that differ from `base`'s, and the VMs of `vms` (the window's list, in
    order) added, edited or removed since `base`. Everything else is `data`'s; keys it
    lacks get their defaults (what a missing key means). A new dict; `data` is kept."""
    out = copy.deepcopy(data)
    if "vms" not in out:
        out = {"vms": [], **out}
    for key, default in DEFAULTS.items():
        mine = getattr(current, key)
        if mine != getattr(base, key):
            out[key] = copy.deepcopy(mine)
        else:
            out.setdefault(key, copy.deepcopy(default))
    _merge_connections(out, base.connections, current.connections)
    if not _vms_changed(base, vms):
        return out
    if isinstance(out["vms"], list):
        _merge_vms(out["vms"], base.vms, vms)
    else:
        # Kept under another key rather than lost, as parse_config reports it, and the
        # window's whole list written: the file has none to merge into.
        out[_VMS_UNUSABLE], out["vms"] = out["vms"], []
        _merge_vms(out["vms"], [], [SavedVm(None, vm.entry) for vm in vms])
    return out


def _merge_connections(
    out: dict[str, Any], base: list[ConnectionEntry], current: list[ConnectionEntry]
) -> None:
    """The window's changes to its connections since `base`, by URI, into `out`'s
    `connections` (made when missing; left alone when it is not a list)."""
    old = {c.uri: c for c in base}
    new = {c.uri: c for c in current}
    if [(c.uri, c.autoconnect) for c in base] == [(c.uri, c.autoconnect) for c in current]:
        return
    entries = out.setdefault("connections", [])
    if not isinstance(entries, list):
        return

    def find(uri: str) -> int | None:
        for index, raw in enumerate(entries):
            if isinstance(raw, dict) and raw.get("uri") == uri:
                return index
        return None

    for uri in old.keys() - new.keys():  # removed in the window
        index = find(uri)
        if index is not None:
            del entries[index]
    for uri, entry in new.items():
        index = find(uri)
        if index is None:
            entries.append(dataclasses.replace(entry, extra={}).to_json())
        elif uri not in old or old[uri].autoconnect != entry.autoconnect:
            entries[index]["autoconnect"] = entry.autoconnect


def _vms_changed(base: Config, vms: list[SavedVm]) -> bool:
    old = by_endpoint(base.vms)
    if {endpoint_key(v.origin) for v in vms if v.origin is not None} != set(old):
        return True
    return any(
        v.origin is None or vm_fields(v.entry) != vm_fields(old[endpoint_key(v.origin)])
        for v in vms
    )


def _merge_vms(entries: list[Any], base: list[VmEntry], vms: list[SavedVm]) -> None:
    # In place, by endpoint: an entry keeps its place and its own keys when edited.
    def find(endpoint: str) -> int | None:
        key = endpoint_key(endpoint)
        for index, raw in enumerate(entries):
            if (
                isinstance(raw, dict)
                and isinstance(raw.get("endpoint"), str)
                and endpoint_key(raw["endpoint"]) == key
            ):
                return index
        return None

    old = by_endpoint(base)
    kept = {endpoint_key(v.origin) for v in vms if v.origin is not None}
    for key, entry in old.items():
        if key not in kept:  # removed in the window
            index = find(entry.endpoint)
            if index is not None:
                del entries[index]
    for vm in vms:
        before = old.get(endpoint_key(vm.origin)) if vm.origin is not None else None
        mine = vm_fields(vm.entry)
        if before is None:  # added in the window
            changed, where = mine, find(vm.entry.endpoint)
        else:
            theirs = vm_fields(before)
            changed = {name: value for name, value in mine.items() if value != theirs[name]}
            if not changed:
                continue
            where = find(before.endpoint)
        if where is None:
            # Not in the file (added here, or edited here after the file lost it): the
            # window's VM as it is.
            entries.append(dataclasses.replace(vm.entry, extra={}).to_json())
        else:
            entries[where].update(changed)
            if entries[where].get("tls") == {}:  # no TLS files now: no "tls" object
                del entries[where]["tls"]


def save_merged(path: Path, base: Config, current: Config, vms: list[SavedVm]) -> Saved:
    """Read the file at `path`, merge() the window's changes into it, write it atomically
    (mode 0600). A missing file is written whole from `current` and `vms`; a file that
    cannot be read or is not valid JSON is not written (Saved.written is None).

    Raises OSError when the write fails; the old file is then as it was. Blocks on
    disk: call it from the FileWriter.
    """
    found = read_config(path, current)
    if found.error is not None:
        return Saved(found)
    data = found.data
    if data is None:  # nothing to merge into: the window's whole configuration
        data, base, vms = {}, Config(), [SavedVm(None, vm.entry) for vm in vms]
    merged = merge(data, base, current, vms)
    write_atomic(path, (json.dumps(merged, indent=2, ensure_ascii=False) + "\n").encode())
    return Saved(found, merged, parse_config(merged, str(path), current))


def describe(key: str, value: Any) -> str:
    """A preference and its value as a message names them: "poll_interval_s 5",
    "confirm_destructive false", "recent_media (2 images)", "recent_media (no images)"."""
    if key == "recent_media" and isinstance(value, list):
        count = len(value)
        if not count:
            return translate("config_merge", "recent_media (no images)")
        return translate("config_merge", "recent_media (%n image(s))", None, PLURAL, count)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{key} {json.dumps(value, ensure_ascii=False)}"

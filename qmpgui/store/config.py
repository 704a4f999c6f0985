"""The configuration file: saved VMs and preferences.

`$XDG_CONFIG_HOME/qmpgui/config.json` (default `~/.config/qmpgui/config.json`).
Unknown keys are kept and written back; a value of the wrong type is reported,
kept in the file as it was, and replaced by its default for this run. A file
that is not JSON is renamed aside, never overwritten, and the user is told.
Writes are atomic: a temporary file in the same folder, fsync, rename. While the
window runs, qmpgui.store.config_merge reads the file again and saves by merging.
"""

from __future__ import annotations

import copy
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qmpgui.i18n import PLURAL, translate
from qmpgui.qmp.endpoint import EndpointError
from qmpgui.qmp.libvirt_uri import parse_connection_uri
from qmpgui.qmp.tls import TlsFiles
from qmpgui.store.files import set_aside, write_atomic
from qmpgui.store.preferences import DEFAULTS, MINIMUMS, problem


def xdg_folder(variable: str, *fallback: str) -> Path:
    """qmpgui's folder under an XDG base directory, e.g. ("XDG_STATE_HOME", ".local", "state").

    `$variable/qmpgui` when the variable is set and not empty, else `~/<fallback>/qmpgui`.
    Nothing is created.
    """
    base = os.environ.get(variable) or os.path.join(os.path.expanduser("~"), *fallback)
    return Path(base) / "qmpgui"


def default_config_path() -> Path:
    """`$XDG_CONFIG_HOME/qmpgui/config.json` (default `~/.config/qmpgui/config.json`)."""
    return xdg_folder("XDG_CONFIG_HOME", ".config") / "config.json"


@dataclass
class VmEntry:
    """One saved VM: an item of the file's `vms` list."""

    name: str
    #: As the user typed it (qmpgui.qmp.parse_endpoint reads it).
    endpoint: str
    autoconnect: bool = False
    #: Keys this version does not know, and known ones whose value was unusable.
    extra: dict[str, Any] = field(default_factory=dict)
    #: The certificate files of a `tls:` endpoint (paths; "" for the default).
    tls: TlsFiles = field(default_factory=TlsFiles)

    def to_json(self) -> dict[str, Any]:
        """The entry as written to the file, `extra` included; `tls` only when a file
        is set: {"ca": path, "cert": path, "key": path}, each only when set."""
        out = {
            **self.extra,
            "name": self.name,
            "endpoint": self.endpoint,
            "autoconnect": self.autoconnect,
        }
        tls = tls_json(self.tls)
        if tls:
            out["tls"] = tls
        return out


#: The members of a VM's "tls" object: the CA certificate, client certificate and key.
TLS_MEMBERS = ("ca", "cert", "key")


def tls_json(files: TlsFiles) -> dict[str, str]:
    """`files` as a VM's "tls" object holds them: the paths that are set, by member."""
    return {member: getattr(files, member) for member in TLS_MEMBERS if getattr(files, member)}


def _parse_tls(raw: Any) -> TlsFiles | None:
    """A VM's "tls" object as TlsFiles; None when it is not an object of paths."""
    if not isinstance(raw, dict) or not all(isinstance(raw.get(m, ""), str) for m in TLS_MEMBERS):
        return None
    return TlsFiles(*(raw.get(member, "") for member in TLS_MEMBERS))


@dataclass
class ConnectionEntry:
    """One saved libvirt connection: an item of the file's `connections` list."""

    #: The libvirt URI as the user gave it (`qemu:///system`, `qemu+ssh://root@h/system`).
    uri: str
    autoconnect: bool = True
    #: Keys this version does not know, and known ones whose value was unusable.
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The entry as written to the file, `extra` included."""
        return {**self.extra, "uri": self.uri, "autoconnect": self.autoconnect}


@dataclass
class Config:
    """The configuration file's content: saved VMs and preferences (see DEFAULTS)."""

    vms: list[VmEntry] = field(default_factory=list)
    #: Saved libvirt connections, whose domains the VM list shows under them.
    connections: list[ConnectionEntry] = field(default_factory=list)
    #: Ask before the destructive actions (reset, power down, quit).
    confirm_destructive: bool = True
    #: Seconds between two polls of a connected VM's state.
    poll_interval_s: float = 2.0
    #: Seconds to wait for a command's reply.
    command_timeout_s: float = 10.0
    #: Seconds to wait for a server's greeting (a busy monitor sends none).
    greeting_timeout_s: float = 5.0
    #: Seconds a power-down waits for the guest before offering Quit (force off).
    powerdown_timeout_s: float = 60.0
    #: Seconds Remove device waits for the guest to release a device before saying it has
    #: not (and that a reset completes the unplug); the wait goes on.
    unplug_timeout_s: float = 30.0
    #: Seconds between two pictures of the screendump viewer's live mode, 0.2 to 60.
    live_interval_s: float = 1.0
    #: Recently inserted images, newest first: {"path", "format", "read_only_mode"}.
    recent_media: list[dict[str, str]] = field(default_factory=list)
    #: Where the screendump viewer last saved a picture.
    screendump_folder: str = ""
    #: Entries the event log keeps in memory (and reloads at start).
    event_log_limit: int = 100_000
    #: The keys that release the screen view's capture of the keyboard, as QEMU names
    #: them ("ctrl-alt"; qmp/screen_input.py's release_keys() reads it).
    screen_release_keys: str = "ctrl-alt"
    #: How the main toolbar shows its actions: one of TOOLBAR_STYLES.
    toolbar_style: str = "text-beside-icons"
    #: Show qmpgui's icon in the desktop's system tray where it has one (app/tray.py).
    tray_icon: bool = True
    #: The VM list's sort: "name", "state", "disk_io" or "endpoint", "-" before it for
    #: descending; "" for the list's own order (set by a click on the list's header).
    vm_list_sort: str = ""
    #: How the VM list groups its rows: "connection", "host", or "" (View → Group by).
    vm_list_group: str = ""
    #: Keys this version does not know, and known keys whose value was unusable:
    #: written back exactly as they were read.
    extra: dict[str, Any] = field(default_factory=dict)
    #: `vms` entries that could not be used (not an object, no endpoint): kept in the file.
    unusable_vms: list[Any] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The whole file's object: `extra`, `vms` (unusable entries kept) and preferences."""
        out: dict[str, Any] = dict(self.extra)
        out["vms"] = [vm.to_json() for vm in self.vms] + self.unusable_vms
        kept = self.extra.get("connections", [])
        if isinstance(kept, list) and (self.connections or kept):
            # Entries without a usable URI stay, after the usable ones.
            out["connections"] = [c.to_json() for c in self.connections] + kept
        for key, default in DEFAULTS.items():
            value = getattr(self, key)
            # An unusable value read from the file stays, until the program sets a new one.
            if key not in self.extra or value != default:
                out[key] = value
        return out


@dataclass
class LoadResult:
    """What load_config() found: the configuration to use, and what went wrong."""

    config: Config
    #: Sentences for the user: what was wrong with the file and what was done about it.
    problems: list[str] = field(default_factory=list)
    #: False when saving would destroy something we could not read.
    writable: bool = True


def _value(key: str, value: Any) -> Any:
    # Seconds written as whole numbers in the file (`"poll_interval_s": 2`) become floats.
    return float(value) if key in MINIMUMS else value


def _parse_vm(raw: Any) -> VmEntry | None:
    # None without a usable endpoint; a name or autoconnect of the wrong type is kept in
    # `extra` (written back as it was) and replaced by its default.
    if not isinstance(raw, dict):
        return None
    endpoint, name, auto = raw.get("endpoint"), raw.get("name", ""), raw.get("autoconnect", False)
    if not isinstance(endpoint, str) or not endpoint.strip():
        return None
    known = {"name", "endpoint", "autoconnect", "tls"}
    extra = {k: v for k, v in raw.items() if k not in known}
    if not isinstance(name, str):
        extra["name"], name = name, ""
    if not isinstance(auto, bool):
        extra["autoconnect"], auto = auto, False
    tls = _parse_tls(raw.get("tls", {}))
    if tls is None:  # kept as it was, and no TLS files used
        extra["tls"], tls = raw["tls"], TlsFiles()
    return VmEntry(name, endpoint, auto, extra, tls)


def _parse_connection(raw: Any) -> ConnectionEntry | None:
    # None without a usable URI; an autoconnect of the wrong type is kept in `extra`.
    if not isinstance(raw, dict) or not isinstance(raw.get("uri"), str) or not raw["uri"].strip():
        return None
    extra = {k: v for k, v in raw.items() if k not in {"uri", "autoconnect"}}
    auto = raw.get("autoconnect", True)
    if not isinstance(auto, bool):
        extra["autoconnect"], auto = auto, True
    return ConnectionEntry(raw["uri"].strip(), auto, extra)


def _parse_connections(value: Any, config: Config, source: str) -> list[str]:
    """Take the file's `connections` into `config`; the problems, as sentences."""
    if not isinstance(value, list):
        config.extra["connections"] = value  # written back as it was
        return [
            translate(
                "config",
                "{source}: 'connections' is not a list, so it is not used; it stays in the file",
            ).format(source=source)
        ]
    unusable, problems = [], []
    for raw in value:
        entry = _parse_connection(raw)
        refusal = None
        if entry is not None:
            try:
                parse_connection_uri(entry.uri)
            except EndpointError as err:  # not a URI qmpgui can use (xen:///system)
                refusal = str(err)
        if entry is None or refusal is not None:
            unusable.append(raw)
            if refusal is not None:
                problems.append(
                    translate(
                        "config", "{source}: {refusal}; kept in the file but not shown"
                    ).format(source=source, refusal=refusal)
                )
        else:
            config.connections.append(entry)
    if not unusable:
        return []
    config.extra["connections"] = unusable  # written back after the usable ones
    missing = len(unusable) - len(problems)
    if missing:
        problems.append(
            translate(
                "config",
                "{source}: %n connection (entry has|entries have) no usable 'uri'; kept in the file but not shown",
                None,
                PLURAL,
                missing,
            ).format(source=source)
        )
    return problems


def parse_config(data: Any, source: str, fallback: Config | None = None) -> LoadResult:
    """Build a Config from decoded JSON, reporting (not dropping) what is unusable.

    `source` names the file in the problems. A preference whose value is unusable
    takes `fallback`'s (default: the defaults; a running window: what it uses now).
    Raises ValueError when `data` is not a JSON object.
    """
    if not isinstance(data, dict):
        raise ValueError(translate("config", "the top level is not a JSON object"))
    fallback = fallback or Config()
    config, problems = Config(), []
    for key, value in data.items():
        if key == "vms":
            if not isinstance(value, list):
                config.extra["vms_unusable"] = value
                problems.append(
                    translate(
                        "config",
                        "{source}: 'vms' is not a list, so it is not used; it stays in the file until the VM list changes in the window (then as 'vms_unusable')",
                    ).format(source=source)
                )
                continue
            for raw in value:
                entry = _parse_vm(raw)
                if entry is None:
                    config.unusable_vms.append(raw)
                else:
                    config.vms.append(entry)
            if config.unusable_vms:
                problems.append(
                    (
                        translate(
                            "config",
                            "{source}: 1 VM entry has no usable endpoint; kept in the file but not shown",
                        )
                        if len(config.unusable_vms) == 1
                        else translate(
                            "config",
                            "{source}: {count} VM entries have no usable endpoint; kept in the file but not shown",
                        )
                    ).format(source=source, count=len(config.unusable_vms))
                )
        elif key == "connections":
            problems += _parse_connections(value, config, source)
        elif key in DEFAULTS:
            if problem(key, value) is None:
                setattr(config, key, _value(key, value))
            else:
                config.extra[key] = value
                using = getattr(fallback, key)
                setattr(config, key, copy.deepcopy(using))
                problems.append(
                    translate(
                        "config",
                        "{source}: {key} = {v2} is not usable; using {v3} for this run (it must be {v4})",
                    ).format(
                        source=source,
                        key=key,
                        v2=json.dumps(value),
                        v3=json.dumps(using),
                        v4=problem(key, value),
                    )
                )
        else:
            config.extra[key] = value
    return LoadResult(config, problems)


def load_config(path: Path) -> LoadResult:
    """Read the configuration at `path`; never raises. Blocks on disk.

    A missing file gives the defaults. A file that cannot be read gives the defaults and
    `writable` False; one that is not a configuration is set aside
    (`config.json.corrupt-YYYYmmdd-HHMMSS`) and reported.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LoadResult(Config())
    except (OSError, UnicodeDecodeError) as err:
        reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
        return LoadResult(
            Config(),
            [
                translate(
                    "config",
                    "cannot read {path}: {reason}; settings changed in this run will not be saved",
                ).format(path=path, reason=reason)
            ],
            writable=False,
        )
    try:
        return parse_config(json.loads(text), str(path))
    except (json.JSONDecodeError, ValueError) as err:
        return _set_aside(path, err)


def _set_aside(path: Path, err: Exception) -> LoadResult:
    what = (
        translate("config", "line {lineno} column {colno}: {msg}").format(
            lineno=err.lineno, colno=err.colno, msg=err.msg
        )
        if isinstance(err, json.JSONDecodeError)
        else str(err)
    )
    try:
        aside = set_aside(path, f"corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    except OSError as move_err:
        return LoadResult(
            Config(),
            [
                translate(
                    "config",
                    "{path} is not a valid configuration ({what}) and could not be moved aside ({strerror}); settings changed in this run will not be saved",
                ).format(path=path, what=what, strerror=move_err.strerror)
            ],
            writable=False,
        )
    return LoadResult(
        Config(),
        [
            translate(
                "config",
                "{path} is not a valid configuration ({what}); it was kept as {name} and qmpgui started with an empty configuration",
            ).format(path=path, what=what, name=aside.name)
        ],
    )


def save_config(path: Path, config: Config) -> None:
    """Write `config` whole, atomically (as JSON, mode 0600); on any failure the old file
    is left untouched and OSError raised. Blocks on disk: call it from the FileWriter.
    The window saves with config_merge.save_merged instead, which keeps edits made in
    the file meanwhile."""
    data = json.dumps(config.to_json(), indent=2, ensure_ascii=False) + "\n"
    write_atomic(path, data.encode())

"""Commands that confuse libvirt when sent to a domain's monitor directly.

libvirt documents its QEMU monitor pass-through (virDomainQemuMonitorCommand, `virsh
qemu-monitor-command`) as a debugging aid: the first use marks the domain tainted
("custom-monitor" in its log), and a command that changes the domain's run state,
devices, disks, migration, snapshots or displays behind libvirt's back leaves libvirt's
view of the domain (virsh, virt-manager, its saved state) out of date, since libvirt
changes these only through its own API. The console marks such commands on a domain,
and the actions send theirs through libvirt's API instead.
"""

from __future__ import annotations

from collections.abc import Mapping

from qmpgui.i18n import marked, translate

#: Said once per domain in its console.
TAINT_NOTE = marked(
    "libvirt_risk",
    "libvirt manages this domain: commands sent here go through libvirt's monitor pass-through, and libvirt marks the domain tainted (custom-monitor) at the first one. Queries are safe; commands that change the run state, devices, disks, migration or snapshots leave libvirt's view out of date: use the VM menu's actions, which go through libvirt, or virsh.",
)

_LIFECYCLE = marked(
    "libvirt_risk",
    "use the VM menu (Pause, Resume, Reset, Power down, Force off), which goes through libvirt",
)
_DEVICES = marked("libvirt_risk", "use virsh attach-device or detach-device")
_MEDIA = marked("libvirt_risk", "use Eject or Change media, which go through libvirt")
_MIGRATION = marked("libvirt_risk", "use virsh migrate")
_SNAPSHOTS = marked("libvirt_risk", "use virsh snapshot-create, snapshot-revert or snapshot-delete")
_DISPLAY = marked("libvirt_risk", "use virsh domdisplay and the domain's XML")
_BLOCK = marked("libvirt_risk", "use virsh blockcopy, blockcommit, blockpull or blockresize")

#: QMP commands by name, and what to use instead.
_QMP: dict[str, str] = {
    **dict.fromkeys(
        ("stop", "cont", "system_reset", "system_powerdown", "system_wakeup", "quit"),
        _LIFECYCLE,
    ),
    **dict.fromkeys(
        (
            "device_add",
            "device_del",
            "netdev_add",
            "netdev_del",
            "chardev-add",
            "chardev-change",
            "chardev-remove",
            "object-add",
            "object-del",
            "cpu-add",
            "balloon",
            "set-numa-node",
            "qom-set",
        ),
        _DEVICES,
    ),
    **dict.fromkeys(("eject", "change"), _MEDIA),
    **dict.fromkeys(
        ("snapshot-save", "snapshot-load", "snapshot-delete", "blockdev-snapshot-internal-sync"),
        _SNAPSHOTS,
    ),
    **dict.fromkeys(
        ("set_password", "expire_password", "change-vnc-password", "display-reload"), _DISPLAY
    ),
    **dict.fromkeys(
        ("drive-mirror", "drive-backup", "block-commit", "block-stream", "block_resize"), _BLOCK
    ),
}
#: QMP commands by the start of their names.
_QMP_PREFIXES: tuple[tuple[str, str], ...] = (
    ("blockdev-change-medium", _MEDIA),
    ("blockdev-open-tray", _MEDIA),
    ("blockdev-close-tray", _MEDIA),
    ("blockdev-insert-medium", _MEDIA),
    ("blockdev-remove-medium", _MEDIA),
    ("blockdev-", _BLOCK),
    ("block-job-", _BLOCK),
    ("migrate", _MIGRATION),
    ("x-colo", _MIGRATION),
)
#: HMP commands (first word), and what to use instead.
_HMP: dict[str, str] = {
    **dict.fromkeys(
        (
            "stop",
            "s",
            "cont",
            "c",
            "system_reset",
            "system_powerdown",
            "system_wakeup",
            "quit",
            "q",
        ),
        _LIFECYCLE,
    ),
    **dict.fromkeys(
        (
            "device_add",
            "device_del",
            "netdev_add",
            "netdev_del",
            "chardev-add",
            "chardev-change",
            "chardev-remove",
            "object_add",
            "object_del",
            "balloon",
            "qom-set",
            "drive_add",
            "drive_del",
        ),
        _DEVICES,
    ),
    **dict.fromkeys(("eject", "change"), _MEDIA),
    **dict.fromkeys(("savevm", "loadvm", "delvm"), _SNAPSHOTS),
    **dict.fromkeys(("set_password", "expire_password"), _DISPLAY),
    **dict.fromkeys(
        ("drive_mirror", "drive_backup", "commit", "block_resize", "block_stream"), _BLOCK
    ),
}
_HMP_PREFIXES: tuple[tuple[str, str], ...] = (("migrate", _MIGRATION), ("block_job_", _BLOCK))


def _advice(
    name: str, table: Mapping[str, str], prefixes: tuple[tuple[str, str], ...]
) -> str | None:
    if name in table:
        return table[name]
    return next((use for prefix, use in prefixes if name.startswith(prefix)), None)


def libvirt_conflict(command: str, arguments: Mapping[str, object] | None = None) -> str | None:
    """Why QMP `command` with `arguments`, sent to a libvirt domain's monitor, leaves
    libvirt's view out of date, with what to use instead; None for a command libvirt
    does not keep track of (queries, ...). An HMP line (human-monitor-command) is judged
    by its first word, a transaction by its first action that confuses. Never raises."""
    args = arguments or {}
    if command == "human-monitor-command":
        line = args.get("command-line")
        word = line.split(maxsplit=1)[0] if isinstance(line, str) and line.strip() else ""
        return _sentence(word, _advice(word, _HMP, _HMP_PREFIXES))
    if command == "transaction":
        actions = args.get("actions")
        for action in actions if isinstance(actions, list) else ():
            kind = action.get("type") if isinstance(action, dict) else None
            if isinstance(kind, str) and (found := libvirt_conflict(kind)) is not None:
                return found
        return None
    return _sentence(command, _advice(command, _QMP, _QMP_PREFIXES))


def _sentence(name: str, use: str | None) -> str | None:
    if use is None:
        return None
    return translate(
        "libvirt_risk",
        "'{name}' changes the domain behind libvirt's back: libvirt's view of it goes out of date; {use}",
    ).format(name=name, use=translate("libvirt_risk", use))

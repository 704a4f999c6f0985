"""What the control actions send: run-state rules, media and screendump commands, outcomes.

Argument names come from the real `query-qmp-schema` reply of QEMU 7.2, from a
small schema in the shape of QEMU 2.5 to 2.7 (eject without `id`), and from
`query-commands` (QEMU before 2.5: names only, no arguments). Nothing here
needs a running QEMU.
"""

from __future__ import annotations

import json
import os
import pwd
from typing import Any

import pytest

from qmpgui.log.entry import format_elapsed
from qmpgui.qmp import CommandFailed, ConnectionLost, parse_endpoint
from qmpgui.qmp.block import BlockDevice, parse_block
from qmpgui.qmp.endpoint import Endpoint
from qmpgui.qmp.media import (
    MediaCommand,
    MediaError,
    ReadOnlyMode,
    change_commands,
    eject_command,
    removable,
)
from qmpgui.qmp.reader import Problems
from qmpgui.qmp.runstate import (
    OFFERS,
    UNKNOWN_STATE_OFFERS,
    VmAction,
    needs_warning,
    offered,
    refusal,
)
from qmpgui.qmp.screendump import (
    Console,
    can_choose_console,
    console_indexes,
    foreign_user_reason,
    parse_console,
    remote_reason,
    screendump_arguments,
    screendump_format,
)
from qmpgui.qmp.types import Capabilities
from qmpgui.session.control import Outcome, failure_text, summary
from tests.helpers.recorded import QEMU_72, load_schema_72


@pytest.fixture(scope="module")
def caps72() -> Capabilities:
    return Capabilities.from_schema(load_schema_72())


@pytest.fixture(scope="module")
def cd0() -> BlockDevice:
    """The ide-cd of the recorded 7.2 VM: drive name cd0, qdev id cdrom0."""
    problems = Problems()
    reply = json.loads((QEMU_72 / "query-block.json").read_text())
    devices = parse_block(reply.get("return", reply), problems)
    assert problems.lines == []
    (device,) = [d for d in devices if d.device == "cd0"]
    return device


def commands_only(*names: str) -> Capabilities:
    """A server before 2.5: query-commands says which commands, not their arguments."""
    return Capabilities.from_commands([{"name": n} for n in names])


def fake_schema(commands: dict[str, list[str]]) -> Capabilities:
    """A query-qmp-schema reply with these commands and argument names (type names masked)."""
    entries: list[dict[str, Any]] = []
    for number, (command, arguments) in enumerate(commands.items(), start=10):
        entries.append(
            {"name": command, "meta-type": "command", "arg-type": str(number), "ret-type": "0"}
        )
        members = [{"name": a, "type": "str"} for a in arguments]
        entries.append({"name": str(number), "meta-type": "object", "members": members})
    entries.append({"name": "0", "meta-type": "object", "members": []})
    return Capabilities.from_schema(entries)


#: The 2.5 to 2.7 shape: eject and blockdev-change-medium name a drive only, and cannot force a change.
SCHEMA_2_5 = {
    "eject": ["device", "force"],
    "blockdev-change-medium": ["device", "filename", "format", "read-only-mode"],
    "change": ["device", "target", "arg"],
    "screendump": ["filename"],
}


def test_schema_is_the_recorded_one() -> None:
    # Every schema test below would prove nothing without the recorded reply.
    schema = load_schema_72()
    assert isinstance(schema, list) and len(schema) > 1000


# -- Capabilities --------------------------------------------------------------------------


def test_schema_72_gives_argument_names(caps72: Capabilities) -> None:
    assert caps72.source == "query-qmp-schema"
    assert caps72.arguments_of("eject") == {"id", "device", "force"}
    assert caps72.arguments_of("screendump") == {"filename", "device", "head", "format"}
    takes = caps72.arguments_of("blockdev-change-medium") or frozenset()
    assert {"id", "device", "filename", "format", "read-only-mode", "force"} <= takes
    assert caps72.takes("eject", "id") is True
    assert caps72.takes("screendump", "format") is True
    assert caps72.takes("blockdev-change-medium", "read-only-mode") is True
    assert caps72.takes("blockdev-change-medium", "force") is True
    assert caps72.takes("eject", "filename") is False


def test_schema_72_has_the_commands_and_events_it_offers(caps72: Capabilities) -> None:
    assert {"eject", "blockdev-change-medium", "screendump", "system_wakeup"} <= caps72.commands
    assert not caps72.has("change")  # removed in QEMU 6.0
    assert {"SHUTDOWN", "POWERDOWN", "DEVICE_TRAY_MOVED"} <= caps72.events
    # A command without arguments takes nothing, which is not the same as "unknown".
    assert caps72.arguments_of("system_wakeup") == frozenset()
    assert caps72.takes("system_wakeup", "force") is False


def test_takes_is_unknown_without_a_schema_or_for_an_unknown_command(
    caps72: Capabilities,
) -> None:
    old = commands_only("eject", "change", "screendump")
    assert old.has("eject") and old.source == "query-commands"
    assert old.arguments_of("eject") is None
    assert old.takes("eject", "id") is None
    assert old.takes("screendump", "format") is None
    assert caps72.takes("no-such-command", "id") is None
    assert caps72.arguments_of("no-such-command") is None


def test_from_schema_ignores_junk_entries() -> None:
    caps = Capabilities.from_schema(
        [
            7,
            None,
            {"meta-type": "command"},  # no name
            {"name": "eject", "meta-type": "command", "arg-type": "1"},
            {"name": "1", "meta-type": "object", "members": [{"name": "id"}, 5, {"name": 3}]},
            {"name": "2", "meta-type": "object", "members": "not a list"},
        ]
    )
    assert caps.commands == {"eject"}
    assert caps.takes("eject", "id") is True
    assert Capabilities.from_schema({"not": "a list"}).commands == frozenset()


# -- run states ----------------------------------------------------------------------------

ALL_ACTIONS = list(VmAction)


@pytest.mark.parametrize("status", sorted(OFFERS))
def test_refusal_is_none_exactly_for_offered_actions(status: str) -> None:
    for action in ALL_ACTIONS:
        reason = refusal(action, status)
        if action in offered(status):
            assert reason is None, (action, status)
        else:
            assert isinstance(reason, str) and reason, (action, status)


@pytest.mark.parametrize(
    ("status", "allowed", "refused"),
    [
        ("running", {VmAction.PAUSE, VmAction.POWERDOWN}, {VmAction.RESUME, VmAction.WAKE}),
        ("paused", {VmAction.RESUME, VmAction.RESET}, {VmAction.PAUSE, VmAction.POWERDOWN}),
        ("shutdown", {VmAction.RESET, VmAction.QUIT}, {VmAction.RESUME, VmAction.PAUSE}),
        ("suspended", {VmAction.WAKE, VmAction.RESET}, {VmAction.RESUME, VmAction.PAUSE}),
        ("guest-panicked", {VmAction.RESET, VmAction.SCREENDUMP}, {VmAction.RESUME}),
        # Force off is a libvirt domain's Quit VM (destroy): it ends QEMU in any state.
        (
            "inmigrate",
            {VmAction.QUIT, VmAction.FORCE_OFF},
            set(VmAction) - {VmAction.QUIT, VmAction.FORCE_OFF},
        ),
    ],
)
def test_states_offer_what_qemu_accepts(
    status: str, allowed: set[VmAction], refused: set[VmAction]
) -> None:
    assert allowed <= offered(status)
    assert not refused & offered(status)


def test_readable_reasons() -> None:
    wake = refusal(VmAction.RESUME, "suspended") or ""
    assert "Wake" in wake
    for status in ("shutdown", "internal-error", "guest-panicked"):
        reason = refusal(VmAction.RESUME, status) or ""
        assert "Reset first" in reason and status in reason
    assert "Resume it first" in (refusal(VmAction.POWERDOWN, "paused") or "")
    for action in set(ALL_ACTIONS) - {VmAction.QUIT, VmAction.FORCE_OFF}:
        assert "incoming migration" in (refusal(action, "inmigrate") or ""), action
    assert refusal(VmAction.QUIT, "inmigrate") is None  # a stuck destination can be ended
    assert refusal(VmAction.FORCE_OFF, "inmigrate") is None
    assert "already running" in (refusal(VmAction.RESUME, "running") or "")
    assert "suspended" in (refusal(VmAction.WAKE, "running") or "")
    assert "not running (it is paused)" in (refusal(VmAction.PAUSE, "paused") or "")


def test_unknown_future_state_offers_everything_but_wake() -> None:
    state = "some-state-of-qemu-12"
    assert offered(state) == UNKNOWN_STATE_OFFERS == set(VmAction) - {VmAction.WAKE}
    for action in set(VmAction) - {VmAction.WAKE}:
        assert refusal(action, state) is None
    assert state in (refusal(VmAction.WAKE, state) or "")


def test_resume_after_migration_asks_first() -> None:
    warning = needs_warning(VmAction.RESUME, "postmigrate") or ""
    assert "two copies" in warning and "corrupt" in warning
    assert needs_warning(VmAction.RESUME, "paused") is None
    assert needs_warning(VmAction.QUIT, "postmigrate") is None


# -- media ---------------------------------------------------------------------------------


def test_removable_keeps_the_cd_drives_of_the_72_vm() -> None:
    reply = json.loads((QEMU_72 / "query-block.json").read_text())
    devices = parse_block(reply["return"], Problems())
    assert [d.device for d in removable(list(devices))] == ["cd0", "cd1"]


def test_eject_names_the_qdev_id_where_the_schema_takes_it(
    caps72: Capabilities, cd0: BlockDevice
) -> None:
    assert eject_command(cd0, caps72) == MediaCommand("eject", {"id": "cdrom0"})
    assert eject_command(cd0, caps72, force=True) == MediaCommand(
        "eject", {"id": "cdrom0", "force": True}
    )


def test_eject_names_the_drive_on_older_servers(cd0: BlockDevice) -> None:
    pre_2_5 = commands_only("eject", "change")
    assert eject_command(cd0, pre_2_5).arguments == {"device": "cd0"}
    shape_2_5 = fake_schema(SCHEMA_2_5)
    assert shape_2_5.takes("eject", "id") is False
    assert eject_command(cd0, shape_2_5).arguments == {"device": "cd0"}
    assert eject_command(cd0, shape_2_5, force=True).arguments == {"device": "cd0", "force": True}


def test_eject_of_a_device_with_only_a_qdev_id(caps72: Capabilities) -> None:
    blockdev_only = BlockDevice(device=None, qdev="cdrom9", removable=True)
    assert eject_command(blockdev_only, caps72).arguments == {"id": "cdrom9"}
    # No schema: the id is still the only name there is, so it is tried.
    assert eject_command(blockdev_only, commands_only("eject")).arguments == {"id": "cdrom9"}


def test_eject_without_any_name_is_refused(caps72: Capabilities) -> None:
    with pytest.raises(MediaError, match="neither a drive name nor a qdev id"):
        eject_command(BlockDevice(device=None, qdev=None), caps72)


def test_change_on_72_sends_only_blockdev_change_medium(
    caps72: Capabilities, cd0: BlockDevice
) -> None:
    commands = change_commands(
        cd0,
        caps72,
        "/isos/debian.iso",
        image_format="raw",
        read_only=ReadOnlyMode.READ_ONLY,
        force=True,
    )
    assert commands == [
        MediaCommand(
            "blockdev-change-medium",
            {
                "id": "cdrom0",
                "filename": "/isos/debian.iso",
                "format": "raw",
                "read-only-mode": "read-only",
                "force": True,
            },
        )
    ]


def test_change_on_72_leaves_out_what_was_not_asked_for(
    caps72: Capabilities, cd0: BlockDevice
) -> None:
    (command,) = change_commands(cd0, caps72, "/isos/a.iso")
    assert command.arguments == {"id": "cdrom0", "filename": "/isos/a.iso"}
    assert command.note == ""


def test_change_with_both_commands_tries_the_new_one_first(cd0: BlockDevice) -> None:
    caps = commands_only("blockdev-change-medium", "change", "eject")
    commands = change_commands(cd0, caps, "/isos/a.qcow2", image_format="qcow2")
    assert [c.command for c in commands] == ["blockdev-change-medium", "change"]
    assert commands[0].arguments == {
        "device": "cd0",
        "filename": "/isos/a.qcow2",
        "format": "qcow2",
    }
    assert commands[1].arguments == {"device": "cd0", "target": "/isos/a.qcow2", "arg": "qcow2"}


def test_change_without_a_command_list_tries_both(cd0: BlockDevice) -> None:
    commands = change_commands(cd0, Capabilities(), "/isos/a.iso")
    assert [c.command for c in commands] == ["blockdev-change-medium", "change"]
    assert commands[1].arguments == {"device": "cd0", "target": "/isos/a.iso"}


def test_legacy_change_says_it_kept_the_read_only_mode(cd0: BlockDevice) -> None:
    caps = commands_only("change", "eject")
    (command,) = change_commands(cd0, caps, "/isos/a.iso", read_only=ReadOnlyMode.READ_WRITE)
    assert command.command == "change"
    assert command.arguments == {"device": "cd0", "target": "/isos/a.iso"}
    assert "read-only mode" in command.note
    (retained,) = change_commands(cd0, caps, "/isos/a.iso")
    assert retained.note == ""


def test_change_on_a_server_with_neither_command_is_refused(cd0: BlockDevice) -> None:
    with pytest.raises(MediaError, match="neither blockdev-change-medium nor change"):
        change_commands(cd0, commands_only("eject", "query-block"), "/isos/a.iso")


def test_force_is_tried_where_the_server_did_not_say(cd0: BlockDevice) -> None:
    caps = commands_only("blockdev-change-medium", "change")
    first = change_commands(cd0, caps, "/isos/a.iso", force=True)[0]
    assert first.arguments == {"device": "cd0", "filename": "/isos/a.iso", "force": True}
    assert first.note == ""


def test_force_on_a_server_that_cannot_force_is_said(cd0: BlockDevice) -> None:
    commands = change_commands(cd0, fake_schema(SCHEMA_2_5), "/isos/a.iso", force=True)
    first = commands[0]
    assert first.command == "blockdev-change-medium"
    assert "force" not in first.arguments
    assert first.arguments["device"] == "cd0"
    assert "cannot force" in first.note


# -- screendump ----------------------------------------------------------------------------


def test_screendump_format_follows_the_schema(caps72: Capabilities) -> None:
    assert screendump_format(caps72) == "png"
    assert screendump_format(fake_schema(SCHEMA_2_5)) == "ppm"
    assert screendump_format(commands_only("screendump")) == "ppm"


def test_screendump_arguments_choose_the_console_only_where_possible(
    caps72: Capabilities,
) -> None:
    vga = Console(1, "/machine/peripheral/vga0", head=0)
    assert can_choose_console(caps72)
    assert screendump_arguments(caps72, "/tmp/s.png", "png", vga) == {
        "filename": "/tmp/s.png",
        "format": "png",
        "device": "vga0",
        "head": 0,
    }
    second_head = Console(2, "/machine/peripheral/qxl1", head=1)
    assert screendump_arguments(caps72, "/tmp/s.ppm", "ppm", second_head) == {
        "filename": "/tmp/s.ppm",
        "device": "qxl1",
        "head": 1,
    }
    unnamed = Console(0, "/machine/unattached/device[8]")
    assert screendump_arguments(caps72, "/tmp/s.png", "png", unnamed) == {
        "filename": "/tmp/s.png",
        "format": "png",
    }
    assert screendump_arguments(caps72, "/tmp/s.png", "png") == {
        "filename": "/tmp/s.png",
        "format": "png",
    }
    for old in (fake_schema(SCHEMA_2_5), commands_only("screendump")):
        assert not can_choose_console(old)
        assert screendump_arguments(old, "/tmp/s.ppm", "ppm", vga) == {"filename": "/tmp/s.ppm"}


def test_console_indexes_of_a_qom_list_reply() -> None:
    reply = [
        {"name": "type", "type": "string"},
        {"name": "console[1]", "type": "child<qemu-console>"},
        {"name": "console[0]", "type": "child<qemu-console>"},
    ]
    assert console_indexes(reply) == [0, 1]


@pytest.mark.parametrize(
    "junk",
    [
        None,
        "console[0]",
        {"name": "console[0]"},
        [7, None, "console[0]", {"name": 3}, {"name": "console[x]"}, {"name": "console[1]x"}],
    ],
)
def test_console_indexes_ignore_junk(junk: object) -> None:
    assert console_indexes(junk) == []


def test_parse_console_tolerates_wrong_types() -> None:
    assert parse_console(1, "/machine/peripheral/vga0", 1) == Console(
        1, "/machine/peripheral/vga0", 1
    )
    assert parse_console(2, 5, "1") == Console(2, None, 0)
    assert parse_console(3, "", True) == Console(3, None, 0)
    assert parse_console(4, None, None).label == "text console"


def test_console_qdev_id_only_for_named_peripherals() -> None:
    assert Console(0, "/machine/peripheral/vga0").qdev_id == "vga0"
    assert Console(0, "/machine/unattached/device[8]").qdev_id is None
    assert Console(0, "/machine/peripheral/a/b").qdev_id is None
    assert Console(0, None).qdev_id is None
    assert Console(0, "/machine/peripheral/qxl1", head=1).label == "qxl1, head 1"
    assert Console(0, "/machine/unattached/device[8]").label == "/machine/unattached/device[8]"


@pytest.mark.parametrize(
    "text",
    ["/run/vm.qmp", "unix:/run/vm.qmp", "tcp:127.0.0.1:4444", "localhost:4444", "[::1]:4444"],
)
def test_local_endpoints_can_take_screendumps(text: str) -> None:
    assert remote_reason(parse_endpoint(text)) is None


def test_remote_endpoint_names_the_host() -> None:
    reason = remote_reason(Endpoint(host="vmhost.example", port=4444)) or ""
    assert "vmhost.example" in reason and "VNC or SPICE" in reason
    assert "192.0.2.7" in (remote_reason(parse_endpoint("tcp:192.0.2.7:4444")) or "")


@pytest.mark.parametrize("own", [os.getuid(), 1000, 54321])
def test_no_foreign_user_reason_for_the_same_user_or_root(own: int) -> None:
    assert foreign_user_reason(own, own, "/run/user/1000/x") is None
    assert foreign_user_reason(0, own, "/run/user/1000/x") is None  # root writes anywhere
    assert foreign_user_reason(None, own, "/run/user/1000/x") is None  # unknown: try


def test_foreign_user_reason_names_the_user_and_the_folder() -> None:
    own = os.getuid()
    try:
        nobody = pwd.getpwuid(65534).pw_name
    except KeyError:
        pytest.skip("this system has no user with uid 65534")
    if own == 65534:
        pytest.skip("the tests run as uid 65534")
    reason = foreign_user_reason(65534, own, "/run/user/1000/qmpgui-screendumps-x") or ""
    assert f"user {nobody}" in reason
    assert "/run/user/1000/qmpgui-screendumps-x" in reason


# -- outcomes ------------------------------------------------------------------------------


def test_outcome_texts() -> None:
    done = Outcome("vm1", "Pause", "stop", 0.0012)
    assert done.ok
    assert done.text == "vm1: Pause (stop) ok (1.2 ms)"
    noted = Outcome("vm1", "Change media", "change", 0.5, note="the read-only mode was kept")
    assert noted.text.endswith("ok (500.0 ms); the read-only mode was kept")
    failed = Outcome("vm1", "Resume", "cont", 0.01, "GenericError: Resetting the VM is required")
    assert not failed.ok
    assert failed.text == "vm1: Resume failed: GenericError: Resetting the VM is required"
    assert "ms" not in failed.text


def test_format_elapsed() -> None:
    assert format_elapsed(0.0012) == "1.2 ms"
    assert format_elapsed(2.5) == "2.50 s"
    assert format_elapsed(0.99996) == "1.00 s"  # never "1000.0 ms"


def test_failure_text_prefers_qemus_own_words() -> None:
    locked = CommandFailed("eject", "GenericError", "Device 'cd0' is locked")
    assert failure_text(locked) == "GenericError: Device 'cd0' is locked"
    missing = CommandFailed("system_wakeup", "CommandNotFound", "The command was not found")
    assert failure_text(missing).startswith("this QEMU has no command 'system_wakeup'")
    assert failure_text(ConnectionLost("QEMU closed the monitor")) == "QEMU closed the monitor"


def test_summary_counts_and_level() -> None:
    ok_a = Outcome("a", "Pause", "stop", 0.001)
    ok_b = Outcome("b", "Pause", "stop", 0.002)
    bad = Outcome("c", "Pause", "stop", 0.003, "GenericError: boom")
    line, level = summary("Pause", [ok_a, ok_b, bad], {"d": "it is shut down"})
    assert line.startswith("Pause: 2 of 4 VMs done")
    assert "c failed: GenericError: boom" in line
    assert "d skipped: it is shut down" in line
    assert level == "error"
    line, level = summary("Pause", [ok_a], {"d": "it is shut down"})
    assert (line, level) == ("Pause: 1 of 2 VMs done; d skipped: it is shut down", "warning")
    assert summary("Pause", [ok_a, ok_b], {}) == ("Pause: 2 of 2 VMs done", "info")

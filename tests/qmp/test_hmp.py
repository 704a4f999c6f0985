"""HMP help parsing and completion, and the outcome HMP output reports: on fixed text in
QEMU 7.2's shape, and on a real QEMU."""

from __future__ import annotations

import asyncio

import pytest

from qmpgui.qmp import QmpConnection, parse_endpoint
from qmpgui.qmp.hmp import (
    HmpCommand,
    command_line,
    complete,
    lookup,
    output_error,
    parse_help,
    parse_info_help,
)
from qmpgui.qmp.outcome import hmp_failure, quits, reply_failure
from tests.helpers.qemu_vm import QemuVm

# Excerpts of QEMU 7.2's `help` (lines end in CRLF, as human-monitor-command returns them).
HELP = "\r\n".join(
    [
        "block_job_cancel [-f] device -- stop an active background block operation (use -f",
        "\t\t\t if you want to abort the operation immediately",
        "\t\t\t instead of keep running until data is in sync)",
        "block_resize device size -- resize a block image",
        "cont|c  -- resume emulation",
        "drive_add [-n] [[<domain>:]<bus>:]<slot>",
        "[file=file][,if=type][,bus=n]",
        "[,readonly=on|off][,copy-on-read=on|off] -- add drive to PCI storage controller",
        "drive_backup [-n] [-f] [-c] device target [format] -- initiates a point-in-time",
        "\t\t\tcopy for a device.",
        "\t\t\t",
        "drive_del device -- remove host block device",
        "getfd getfd name -- receive a file descriptor via SCM rights and assign it a name",
        "help|? [cmd] -- show the help",
        "info [subcommand] -- show various information about the system state",
        "quit|q  -- quit the emulator",
        "stop|s  -- stop emulation",
        "",
    ]
)

INFO_HELP = "\r\n".join(
    [
        "info balloon  -- show balloon information",
        "info block [-n] [-v] [device] -- show info of one block device or all block devices",
        "info stats target [names] [provider] -- show statistics for the given target",
        "info status  -- show the current VM status (running|paused)",
        "info uuid  -- show the current VM UUID",
        "",
    ]
)


def test_help_entries_with_aliases_params_and_continued_lines() -> None:
    commands = parse_help(HELP)
    assert [c.name for c in commands] == [
        "block_job_cancel",
        "block_resize",
        "cont",
        "drive_add",
        "drive_backup",
        "drive_del",
        "getfd",
        "help",
        "info",
        "quit",
        "stop",
    ]
    by_name = {c.name: c for c in commands}
    assert by_name["cont"] == HmpCommand("cont", ("c",), "", "resume emulation")
    assert by_name["quit"].aliases == ("q",)
    assert by_name["help"].names == ("help", "?")
    assert by_name["block_resize"].params == "device size"
    assert by_name["block_job_cancel"].help == (
        "stop an active background block operation (use -f\n"
        "if you want to abort the operation immediately\n"
        "instead of keep running until data is in sync)"
    )
    # Parameters that run over unindented lines stay with their command.
    assert by_name["drive_add"].params == (
        "[-n] [[<domain>:]<bus>:]<slot> [file=file][,if=type][,bus=n] "
        "[,readonly=on|off][,copy-on-read=on|off]"
    )
    assert by_name["drive_add"].help == "add drive to PCI storage controller"
    assert by_name["drive_backup"].help == "initiates a point-in-time\ncopy for a device."
    assert by_name["getfd"].params == "name"  # QEMU's text repeats the name


def test_text_that_is_no_help_gives_no_commands() -> None:
    assert parse_help("unknown command: 'xyz'\r\n") == []
    assert parse_help("") == []
    assert parse_help("\tstray indented text -- here\nnmi  -- inject an NMI") == [
        HmpCommand("nmi", (), "", "inject an NMI")
    ]


def test_info_subcommands() -> None:
    info = parse_info_help(INFO_HELP)
    assert [c.name for c in info] == ["balloon", "block", "stats", "status", "uuid"]
    assert info[1].params == "[-n] [-v] [device]"
    assert info[3].help == "show the current VM status (running|paused)"


def test_lookup_by_name_or_alias() -> None:
    commands = parse_help(HELP)
    assert lookup(commands, "q") == lookup(commands, "quit")
    found = lookup(commands, "?")
    assert found is not None and found.name == "help"
    assert lookup(commands, "nothing") is None


def test_completion_gives_whole_lines() -> None:
    commands, info = parse_help(HELP), parse_info_help(INFO_HELP)
    assert complete(commands, info, "dr") == ["drive_add", "drive_backup", "drive_del"]
    assert complete(commands, info, "c") == ["c", "cont"]
    assert complete(commands, info, "s") == ["s", "stop"]
    assert complete(commands, info, "info st") == ["info stats", "info status"]
    assert complete(commands, info, "info ") == [
        "info balloon",
        "info block",
        "info stats",
        "info status",
        "info uuid",
    ]
    assert complete(commands, info, "  info  u") == ["  info  uuid"]  # spacing kept
    assert complete(commands, info, "help bl") == ["help block_job_cancel", "help block_resize"]
    assert complete(commands, info, "? q") == ["? q", "? quit"]
    # A parameter position, or a word nothing starts with: nothing to offer.
    assert complete(commands, info, "block_resize dr") == []
    assert complete(commands, info, "info status x") == []
    assert complete(commands, info, "zz") == []


def test_completion_is_unique_and_sorted() -> None:
    twice = [HmpCommand("stop", ("s",)), HmpCommand("s"), HmpCommand("savevm")]
    assert complete(twice, [], "s") == ["s", "savevm", "stop"]


@pytest.mark.qemu
def test_real_qemu_help_parses_and_completes(qemu: QemuVm) -> None:
    async def hmp(*lines: str) -> list[str]:
        conn = QmpConnection(parse_endpoint(str(qemu.app_socket)))
        await conn.connect()
        try:
            replies = []
            for line in lines:
                reply = await conn.execute("human-monitor-command", {"command-line": line})
                assert isinstance(reply, str)
                replies.append(reply)
            return replies
        finally:
            await conn.close()

    help_text, help_info, info_alone = asyncio.run(hmp("help", "help info", "info"))
    commands = parse_help(help_text)
    info = parse_info_help(help_info)
    assert parse_info_help(info_alone) == info

    names = {c.name for c in commands}
    assert {"stop", "cont", "quit", "info", "block_resize", "drive_add", "eject"} <= names
    # Every entry QEMU printed is one command: an unindented line with ` -- `
    # (drive_add's parameter lines have none).
    entry_lines = [
        line
        for line in help_text.splitlines()
        if line[:1].strip() and (" -- " in line or line.endswith(" --"))
    ]
    assert len(commands) == len(entry_lines) > 50
    assert lookup(commands, "c") == lookup(commands, "cont")
    quit_ = lookup(commands, "q")
    assert quit_ is not None and quit_.name == "quit"
    assert lookup(commands, "block_resize") == HmpCommand(
        "block_resize", (), "device size", "resize a block image"
    )

    assert {"status", "version", "block", "name"} <= {c.name for c in info}
    assert "info status" in complete(commands, info, "info st")
    assert {"c", "cont"} <= set(complete(commands, info, "c"))
    assert {"q", "quit"} <= set(complete(commands, info, "q"))
    assert "stop" in complete(commands, info, "st")
    assert complete(commands, info, "stop now") == []


# -- the outcome HMP output reports ---------------------------------------------------------

# What QEMU 7.2 answered, word for word, to lines typed into human-monitor-command.
FAILED_OUTPUTS = [
    # savevm on a VM without a disk that can hold the VM state
    (
        "Error: no block device can store vmstate for snapshot\r\n",
        "no block device can store vmstate for snapshot",
    ),
    ("Error: Device 'd0' is writable but does not support snapshots\r\n", None),
    ("Error: Device 'nosuch' not found\r\n", "Device 'nosuch' not found"),
    ("unknown command: 'info blah'\r\n", "unknown command: 'info blah'"),
    ("unknown command: 'blah'\r\n", "unknown command: 'blah'"),
    # drive_add reports without the prefix
    (
        "Could not open '/nonexistent': No such file or directory\r\n",
        "Could not open '/nonexistent': No such file or directory",
    ),
    # arguments that do not parse: the command did not run
    (
        'eject: block device name expected\r\nTry "help eject" for more information\r\n',
        "eject: block device name expected",
    ),
    (
        'stop|s: extraneous characters at the end of line\r\nTry "help stop" for more '
        "information\r\n",
        "stop|s: extraneous characters at the end of line",
    ),
    (
        "status: extraneous characters at the end of line\r\n"
        'Try "help info status" for more information\r\n',
        "status: extraneous characters at the end of line",
    ),
    ('Try "help x" for more information\r\n', 'Try "help x" for more information'),
    # change vnc refuses without `Error: ` (hmp_change): the password was not set
    (
        "Parameter 'read-only-mode' is invalid for VNC\r\n",
        "Parameter 'read-only-mode' is invalid for VNC",
    ),
    ("Expected 'password' after 'vnc'\r\n", "Expected 'password' after 'vnc'"),
]

WORKED_OUTPUTS = [
    "VM status: running\r\n",
    "",
    "\r\n",
    "7.2.22Debian 1:7.2+dfsg-7+deb12u18+b3\r\n",
    "* CPU #0: thread_id=21373\r\n",
    # an info command saying there is nothing to show is output, not a failure
    "no block device can store vmstate for snapshot\r\n",
    "Waiting for gdb connection on device 'tcp::1234'\r\n",
    HELP,
    # the words inside other output do not count
    "Migration status: failed (Error: unable to connect)\r\n",
    "unknown command: 'x' seen in a log\r\nsecond line\r\n",
]


@pytest.mark.parametrize(("output", "expected"), FAILED_OUTPUTS)
def test_output_that_reports_a_failure(output: str, expected: str | None) -> None:
    said = output_error(output)
    assert said is not None
    if expected is not None:
        assert said == expected
    assert "\r" not in said and "\n" not in said  # one line, for the status bar


@pytest.mark.parametrize("output", WORKED_OUTPUTS)
def test_output_of_a_command_that_worked(output: str) -> None:
    assert output_error(output) is None


def test_only_human_monitor_command_output_is_read_as_hmp() -> None:
    error = "Error: Device 'x' not found\r\n"
    assert hmp_failure("human-monitor-command", error) == "Device 'x' not found"
    assert hmp_failure("qom-get", error) is None  # a string property is no HMP output
    assert hmp_failure("human-monitor-command", {"not": "text"}) is None
    assert reply_failure("human-monitor-command", {"return": error}) == (
        "HmpError",
        "Device 'x' not found",
    )
    assert reply_failure("human-monitor-command", {"return": "VM status: paused\r\n"}) is None
    assert reply_failure("stop", {"error": {"class": "GenericError", "desc": "no"}}) == (
        "GenericError",
        "no",
    )
    assert reply_failure("stop", {"return": {}}) is None


def test_commands_that_end_qemu() -> None:
    assert quits("quit")
    assert quits("human-monitor-command", {"command-line": "q"})
    assert quits("human-monitor-command", {"command-line": "  quit  "})
    assert not quits("human-monitor-command", {"command-line": "quitx"})
    assert not quits("human-monitor-command", {"command-line": "info status"})
    assert not quits("stop")
    assert command_line("human-monitor-command", {"command-line": 5}) is None
    assert command_line("quit", {"command-line": "q"}) is None


@pytest.mark.qemu
def test_real_qemu_failures_and_outputs_are_told_apart(qemu: QemuVm) -> None:
    """The forms above as this QEMU prints them (the VM has no disk)."""
    lines = {
        "savevm s1": "no block device can store vmstate for snapshot",
        "info blah": "unknown command: 'info blah'",
        "eject": "eject: block device name expected",
        "stop now": "stop|s: extraneous characters at the end of line",
        "eject nosuch": "Device 'nosuch' not found",
        "drive_add 0 if=none,file=/nonexistent/disk.img": (
            "Could not open '/nonexistent/disk.img': No such file or directory"
        ),
        "info status": None,
        "info snapshots": None,
        "info version": None,
        "info cpus": None,
        "help": None,
    }

    async def outputs() -> list[object]:
        conn = QmpConnection(parse_endpoint(str(qemu.app_socket)))
        await conn.connect()
        try:
            return [
                await conn.execute("human-monitor-command", {"command-line": line})
                for line in lines
            ]
        finally:
            await conn.close()

    for (line, expected), output in zip(lines.items(), asyncio.run(outputs()), strict=True):
        assert isinstance(output, str)
        assert output_error(output) == expected, (line, output)
    assert qemu.watch.execute("query-status")["status"] == "running"  # `stop now` did not run

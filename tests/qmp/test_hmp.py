"""HMP help parsing and completion: on fixed text in QEMU 7.2's shape, and on a real QEMU."""

from __future__ import annotations

import asyncio

import pytest

from qmpgui.qmp import QmpConnection, parse_endpoint
from qmpgui.qmp.hmp import HmpCommand, complete, lookup, parse_help, parse_info_help
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

"""The human monitor (HMP) as the console's HMP mode sees it: command help and completion.

QEMU lists its HMP commands with `help` (sent as QMP `human-monitor-command`),
one entry per command in the form `name|alias params -- help`; `help info` (or
`info` alone) lists `info` subcommands the same way, each line starting with
`info `. An entry may run over several lines: the help text continues on
indented lines, and a long parameter list (drive_add) on unindented lines
before the ` -- `.

HMP has no error replies: a command that fails still "returns" its text, and
output_error() tells such text from a command's output.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

#: The QMP command that runs an HMP command line: `{command-line, *cpu-index}`, returning
#: HMP's output as a string; no stability promise (qmp-protocol.md, section 2).
HMP_COMMAND = "human-monitor-command"

#: A command name or alias: `block_resize`, `chardev-add`, `?`.
_NAME = re.compile(r"[\w?][\w.?-]*")
#: Between the parameters and the help; QEMU prints `name  -- help` when there are no parameters.
_SEPARATOR = re.compile(r" --(?: |$)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class HmpCommand:
    """One entry of QEMU's HMP `help` (or `help info`) output: `name|alias params -- help`."""

    name: str
    aliases: tuple[str, ...] = ()
    #: As QEMU documents them: `device size`, `[-f] device`; empty when there are none.
    params: str = ""
    #: Continuation lines keep their line breaks (some are lists of options).
    help: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """The name, then the aliases."""
        return (self.name, *self.aliases)


def parse_help(text: str) -> list[HmpCommand]:
    """The commands in QEMU's `help` output, in its order; lines that are no entry are skipped.

    `text` is the string `human-monitor-command {"command-line": "help"}` returns. A name
    listed twice is kept once, the first time. Never raises.
    """
    commands: list[HmpCommand] = []
    seen: set[str] = set()
    for block in _entries(text.splitlines()):
        command = _parse_entry(block)
        if command is not None and command.name not in seen:
            seen.add(command.name)
            commands.append(command)
    return commands


def parse_info_help(text: str) -> list[HmpCommand]:
    """The `info` subcommands in the output of `help info` or `info` (named without `info `).

    Never raises.
    """
    lines = [re.sub(r"^info\s+", "", line) for line in text.splitlines()]
    return parse_help("\n".join(lines))


def lookup(commands: Iterable[HmpCommand], word: str) -> HmpCommand | None:
    """The command called `word` by its name or an alias; None when there is none."""
    return next((c for c in commands if word in c.names), None)


def complete(
    commands: Iterable[HmpCommand], info_subcommands: Iterable[HmpCommand], line: str
) -> list[str]:
    """Whole lines that complete `line`, sorted: a command name at the first word, an
    `info` subcommand after `info `, a command name after `help `; else none."""
    if match := re.fullmatch(r"(\s*)(\S*)", line):
        candidates = commands
    elif match := re.fullmatch(r"(\s*info\s+)(\S*)", line):
        candidates = info_subcommands
    elif match := re.fullmatch(r"(\s*(?:help|\?)\s+)(\S*)", line):
        candidates = commands
    else:
        return []
    lead, word = match.groups()
    names = {name for c in candidates for name in c.names if name.startswith(word)}
    return [lead + name for name in sorted(names)]


def _entries(lines: list[str]) -> list[list[str]]:
    """Group lines into entries: an unindented line starts one, unless the entry
    before it has not reached its ` -- ` yet (its parameters go on)."""
    entries: list[list[str]] = []
    separated = True
    for line in lines:
        if not line.strip():
            if entries and separated:
                entries[-1].append(line)
            continue
        if not line[0].isspace() and separated:
            entries.append([line])
        elif entries:
            entries[-1].append(line)
        else:
            continue  # indented text before the first entry
        separated = bool(_SEPARATOR.search("\n".join(entries[-1])))
    return entries


def _parse_entry(lines: list[str]) -> HmpCommand | None:
    joined = "\n".join(line.rstrip() for line in lines)
    separator = _SEPARATOR.search(joined)
    if separator is None:
        return None  # not an entry: "unknown command: 'x'", a banner
    head = joined[: separator.start()].split()
    if not head:
        return None
    names = head[0].split("|")
    if not all(_NAME.fullmatch(name) for name in names):
        return None
    params = head[1:]
    if params and params[0] == names[0]:
        params = params[1:]  # QEMU's own text repeats some names: `getfd getfd name`
    help_lines = [line.strip() for line in joined[separator.end() :].splitlines()]
    return HmpCommand(names[0], tuple(names[1:]), " ".join(params), "\n".join(help_lines).strip())


#: The last line QEMU prints when a command's arguments do not parse: the command did not run.
_USAGE = re.compile(r'Try "help [^"]*" for more information')
#: The one line QEMU prints for a command (or an `info` subcommand) it does not have.
_UNKNOWN = re.compile(r"unknown command: '.*'")
#: Lines QEMU 7.2 prints without `Error: ` when a command did not run: hmp_change()
#: in monitor/hmp-cmds.c, for `change vnc` with anything but `password PASSWORD`.
#: And user networking's, in net/slirp.c: hostfwd_add's and hostfwd_remove's refusals of
#: a rule or a netdev id ("Could not set up host forwarding rule ..." is caught as
#: `Could not `).
_REFUSALS = re.compile(
    r"Parameter 'read-only-mode' is invalid for VNC|Expected 'password' after 'vnc'"
    r"|Invalid host forwarding rule '.*'.*|unrecognized netdev id '.*'"
    r"|host forwarding rule for \S+ not found|invalid format"
)


def output_error(output: str) -> str | None:
    """The failure HMP output reports, on one line in QEMU's words; None for output of a
    command that worked. `output` is human-monitor-command's `return` string.

    The forms QEMU 7.2 uses, as a real one prints them: a first line `Error: ...` (the command ran and failed; the prefix is dropped),
    `unknown command: 'info blah'` alone, a first line `Could not ...` (`drive_add`),
    `change vnc`'s two refusals alone (`Expected 'password' after 'vnc'`), those of
    `hostfwd_add` and `hostfwd_remove` alone (`unrecognized netdev id 'n9'`),
    and a last line `Try "help eject" for more information` after a bad argument (the
    lines before it say what was wrong: `eject: block device name expected`). Anything
    else is output, also an `info` command telling there is nothing to show (`info
    snapshots`: "no block device can store vmstate for snapshot"): a command's output
    is never taken for a failure on a guess. Never raises.
    """
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    if not lines:
        return None
    first = lines[0]
    if first.startswith("Error: "):
        return " ".join([first.removeprefix("Error: ").strip(), *lines[1:]])
    if len(lines) == 1 and _UNKNOWN.fullmatch(first):
        return first
    if first.startswith("Could not ") or (len(lines) == 1 and _REFUSALS.fullmatch(first)):
        return " ".join(lines)
    if _USAGE.fullmatch(lines[-1]):
        return " ".join(lines[:-1]) or lines[-1]
    return None


def command_line(command: str, arguments: Mapping[str, object] | None) -> str | None:
    """The HMP command line a QMP command runs: `command-line` of a human-monitor-command
    (a string); None for any other command or a malformed one."""
    if command != HMP_COMMAND:
        return None
    line = (arguments or {}).get("command-line")
    return line if isinstance(line, str) else None

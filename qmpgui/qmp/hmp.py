"""The human monitor (HMP) as the console's HMP mode sees it: command help and completion.

QEMU lists its HMP commands with `help` (sent as QMP `human-monitor-command`),
one entry per command in the form `name|alias params -- help`; `help info` (or
`info` alone) lists `info` subcommands the same way, each line starting with
`info `. An entry may run over several lines: the help text continues on
indented lines, and a long parameter list (drive_add) on unindented lines
before the ` -- `.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

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

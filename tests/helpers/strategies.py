"""Hypothesis strategies for what a QMP server may send: replies and events.

Two sources of input (tests/helpers/fuzz_json.py makes both):
- recorded replies (tests/data/qemu-7.2, tests/data/legacy-replies) damaged at
  random depths: a member replaced by a value of another type, removed, or an
  array entry repeated;
- JSON built from nothing, with the values that break careless code.

FUZZ is the settings profile of the tests here: deterministic by default, so a
CI run is repeatable; set QMPGUI_FUZZ_RANDOM=1 to explore new examples locally.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from qmpgui.qmp import CommandFailed
from qmpgui.session.inspection import (
    BLOCK,
    BLOCKSTATS,
    DISPLAY,
    MACHINE,
    PCI,
    Fetcher,
    Inspection,
    Topic,
)
from qmpgui.session.memory import MEMORY
from tests.helpers.fuzz_json import (
    KEYS,
    ODD_NUMBERS,
    ODD_STRINGS,
    deep,
    json_paths,
    json_values,
    keys,
    mutated,
    numbers,
    odd_numbered,
    scalars,
    texts,
    wrong_types,
)
from tests.helpers.recorded import DATA, SCHEMA_72

#: What the fuzz tests import from here (fuzz_json.py's strategies among them).
__all__ = [
    "COMMANDS",
    "EVENT_SEEDS",
    "FUZZ",
    "INSPECTED",
    "KEYS",
    "MISTAKES",
    "ODD_NUMBERS",
    "ODD_STRINGS",
    "OLD_CPU",
    "SEEDS",
    "FakeServer",
    "assert_one_line",
    "assert_readable",
    "deep",
    "events",
    "inspect",
    "json_paths",
    "json_values",
    "keys",
    "mutated",
    "numbers",
    "odd_numbered",
    "replies_for",
    "scalars",
    "schema_seed",
    "server_replies",
    "strings_in",
    "texts",
    "unreadable",
    "wrong_types",
]

FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=not os.environ.get("QMPGUI_FUZZ_RANDOM"),
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
        HealthCheck.function_scoped_fixture,
    ],
)

# -- recorded replies -----------------------------------------------------------------

#: Commands whose recorded replies seed the mutations, longest name first so that
#: "query-vnc-servers-..." is not taken for "query-vnc".
COMMANDS = sorted(
    [
        "query-block",
        "query-blockstats",
        "query-pci",
        "query-vnc",
        "query-vnc-servers",
        "query-spice",
        "query-cpus-fast",
        "query-cpus",
        "query-balloon",
        "query-memory-size-summary",
        "query-memory-devices",
        "libvirt memory",
        "query-mice",
        "query-chardev",
        "query-kvm",
        "query-target",
        "qom-get",
        "query-status",
        "query-version",
        "query-uuid",
        "query-name",
        "greeting",
        # Snapshots, jobs, the block graph, migration, network, QOM and trace events.
        "query-jobs",
        "query-block-jobs",
        "query-named-block-nodes",
        "x-debug-query-block-graph",
        "query-migrate",
        "query-migrate-parameters",
        "query-migrate-capabilities",
        "query-rx-filter",
        "qom-list",
        "qom-list-types",
        "trace-event-get-state",
        "query-yank",
        "device-list-properties",
    ],
    key=len,
    reverse=True,
)

#: The reply shape of query-cpus (removed in QEMU 6.0), which no recording has.
OLD_CPU = {
    "CPU": 0,
    "current": True,
    "halted": False,
    "qom_path": "/machine/unattached/device[0]",
    "pc": 1,
    "thread_id": 1234,
    "arch": "x86",
}


def _command_of(name: str) -> str | None:
    stem = name.removesuffix(".json")
    for command in COMMANDS:
        if stem == command or stem.startswith(command + "-"):
            if command == "query-vnc" and stem.startswith("query-vnc-servers"):
                continue
            return command
    return None


def _load_seeds() -> dict[str, list[object]]:
    seeds: dict[str, list[object]] = {command: [] for command in COMMANDS}
    for folder in ("qemu-7.2", "legacy-replies"):
        for path in sorted((DATA / folder).glob("*.json")):
            command = _command_of(path.name)
            doc = json.loads(path.read_text())
            if command is None or "error" in doc:
                continue
            seeds[command].append(doc if command == "greeting" else doc["return"])
    seeds["query-cpus"].append([OLD_CPU])
    seeds["query-balloon"].append({"actual": 1073741824})
    # The worker's answer for a libvirt domain (virt/worker.py, memory).
    seeds["libvirt memory"].append(
        {
            "max_kib": 65536,
            "current_kib": 40960,
            "stats": {"actual": 40960, "rss": 9000},
            "balloon": True,
        }
    )
    seeds["query-name"].append({"name": "vm1"})
    return {command: replies for command, replies in seeds.items() if replies}


SEEDS = _load_seeds()


def schema_seed(entries: int = 60) -> list[object]:
    """The head of QEMU 7.2's query-qmp-schema (the whole is 207 KB: too slow to mutate)."""
    with gzip.open(SCHEMA_72, "rt") as f:
        doc = json.load(f)
    reply = doc["return"] if isinstance(doc, dict) else doc
    return list(reply[:entries])


#: Events as QEMU sends them, to mutate like the replies.
EVENT_SEEDS: list[dict[str, Any]] = [
    {"event": "SHUTDOWN", "data": {"guest": True, "reason": "guest-shutdown"}},
    {"event": "STOP"},
    {"event": "RESUME", "data": {}},
    {"event": "RESET", "data": {"guest": False, "reason": "host-qmp-system-reset"}},
    {
        "event": "DEVICE_TRAY_MOVED",
        "data": {"device": "ide1-cd0", "id": "/machine/unattached/device[23]", "tray-open": True},
    },
    {"event": "DEVICE_TRAY_MOVED", "data": {"device": "", "id": "cd0", "tray-open": False}},
    {"event": "DEVICE_DELETED", "data": {"device": "nic1", "path": "/machine/peripheral/nic1"}},
    {"event": "BALLOON_CHANGE", "data": {"actual": 1073741824}},
    {
        "event": "BLOCK_IO_ERROR",
        "data": {
            "device": "drive0",
            "node-name": "#block123",
            "operation": "write",
            "action": "stop",
            "nospace": True,
            "reason": "No space left on device",
        },
    },
    {
        "event": "GUEST_PANICKED",
        "data": {"action": "pause", "info": {"type": "hyper-v", "arg1": 1, "arg2": 2}},
    },
    {"event": "WATCHDOG", "data": {"action": "reset"}},
    {"event": "RTC_CHANGE", "data": {"offset": -3600, "qom-path": "/machine/unattached/device[8]"}},
    {
        "event": "VNC_CONNECTED",
        "data": {
            "server": {
                "auth": "none",
                "family": "ipv4",
                "service": "5900",
                "host": "0.0.0.0",
                "websocket": False,
            },
            "client": {
                "family": "ipv4",
                "service": "46134",
                "host": "127.0.0.1",
                "websocket": False,
            },
        },
    },
    {"event": "JOB_STATUS_CHANGE", "data": {"id": "snap0", "status": "concluded"}},
    {"event": "MIGRATION", "data": {"status": "completed"}},
    {"event": "MIGRATION_PASS", "data": {"pass": 2}},
    {
        "event": "BLOCK_JOB_COMPLETED",
        "data": {"type": "commit", "device": "c0", "len": 1 << 30, "offset": 1 << 29, "speed": 0},
    },
    {
        "event": "BLOCK_JOB_COMPLETED",
        "data": {"type": "mirror", "device": "m0", "len": 9, "offset": 3, "speed": 0, "error": "x"},
    },
    {"event": "BLOCK_JOB_ERROR", "data": {"device": "m0", "operation": "write", "action": "stop"}},
    *json.loads((DATA / "qemu-7.2" / "events-jobs.json").read_text()),
]
for _n, _event in enumerate(EVENT_SEEDS):
    _event["timestamp"] = {"seconds": 1700000000 + _n, "microseconds": 123456}


def replies_for(command: str) -> st.SearchStrategy[Any]:
    """A reply to `command`: a damaged recording (or one with odd numbers), random JSON,
    or a deep nest."""
    seeds = SEEDS.get(command, [])
    damaged = [st.sampled_from(seeds).flatmap(mutated)] if seeds else []
    numbered = [st.sampled_from(seeds).flatmap(odd_numbered)] if seeds else []
    return st.one_of(
        *damaged,
        *damaged,  # twice as likely as random JSON: it gets past the first checks
        *numbered,
        json_values,
        st.lists(json_values, max_size=4),
        deep(80),
    )


def events() -> st.SearchStrategy[Any]:
    """A raw event message: a damaged real one, or random JSON with an event name."""
    random_event = st.fixed_dictionaries(
        {"event": st.one_of(st.sampled_from([e["event"] for e in EVENT_SEEDS]), texts)},
        optional={
            "data": st.one_of(json_values, deep(60)),
            "timestamp": st.one_of(
                st.fixed_dictionaries({"seconds": numbers, "microseconds": numbers}),
                json_values,
            ),
        },
    )
    return st.one_of(
        st.sampled_from(EVENT_SEEDS).flatmap(mutated),
        st.sampled_from(EVENT_SEEDS).flatmap(mutated),
        random_event,
        json_values,
    )


# -- what "readable" means ----------------------------------------------------------------

#: Characters that break a line or are not shown: C0/C1 controls, line and paragraph separators.
_BREAKING = frozenset({"Cc", "Zl", "Zp"})


def unreadable(text: str) -> list[str]:
    """The characters of `text` that would break a one-line rendering."""
    return [ch for ch in text if unicodedata.category(ch) in _BREAKING]


def assert_one_line(text: object, what: str) -> None:
    assert isinstance(text, str), f"{what}: {text!r} is not a string"
    bad = unreadable(text)
    assert not bad, f"{what}: {text[:200]!r} holds {bad[:5]!r}"


#: What only a program's mistake puts in a sentence: Python's None, a dict or a list
#: printed by repr(), an object's repr, a traceback.
MISTAKES = ("None", "{'", "['", "Traceback", " object at 0x", "<qmpgui.")


def strings_in(value: object) -> list[str]:
    """Every string of a JSON value (keys too): what a rendering may quote as it is."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (str(k), *strings_in(v))]
    if isinstance(value, list | tuple):
        return [s for item in value for s in strings_in(item)]
    return []


def assert_readable(text: object, what: str, given: object = None, limit: int = 600) -> None:
    """`text` reads as words a user can take in: a string, none of MISTAKES outside what
    the server sent (`given`: the reply or text it came from), at most `limit`
    characters beyond the server's own strings it may quote."""
    assert isinstance(text, str), f"{what}: {text!r} is not a string"
    quoted = sorted(set(strings_in(given)), key=len, reverse=True)
    ours = text
    for part in quoted:
        if part:
            ours = ours.replace(part, "")
    for mistake in MISTAKES:
        assert mistake not in ours, f"{what}: {mistake!r} in {text[:300]!r}"
    assert len(ours) <= limit, f"{what}: {len(text)} characters: {text[:300]!r}"


# -- a server that answers with drawn replies ---------------------------------------------


class FakeServer:
    """Answers each command with a drawn reply, or fails it."""

    def __init__(self, replies: Mapping[str, object]) -> None:
        self.replies = replies

    async def execute(self, command: str, arguments: Mapping[str, object] | None) -> object:
        if command == "human-monitor-command" and arguments:  # by its line: "info network"
            command = str(arguments.get("command-line"))
        reply = self.replies.get(command, CommandFailed(command, "CommandNotFound", "not found"))
        if isinstance(reply, CommandFailed):
            raise reply
        return reply


INSPECTED = [
    "query-block",
    "query-blockstats",
    "query-pci",
    "query-vnc",
    "query-vnc-servers",
    "query-spice",
    "query-cpus-fast",
    "query-cpus",
    "query-balloon",
    "query-memory-size-summary",
    "query-memory-devices",
    "query-mice",
    "query-chardev",
    "query-kvm",
    "qom-get",
    "query-target",
]


@st.composite
def server_replies(draw: st.DrawFn) -> dict[str, object]:
    replies: dict[str, object] = {}
    for command in INSPECTED:
        fate = draw(st.sampled_from(["reply", "reply", "reply", "missing", "error"]), label=command)
        if fate == "reply":
            replies[command] = draw(replies_for(command), label=command)
        elif fate == "error":
            desc = draw(st.sampled_from(["failed", "multi\nline\r\ndesc", "\x00\u2028"]))
            replies[command] = CommandFailed(command, "GenericError", desc)
    return replies


def inspect(
    inspection: Inspection,
    replies: Mapping[str, object],
    topics: Sequence[Topic] = (BLOCKSTATS, BLOCK, PCI, DISPLAY, MACHINE, MEMORY),
) -> None:
    """Fetch `topics` into `inspection` from a server answering `replies` (by command,
    an HMP command by its line)."""
    fetcher = Fetcher(FakeServer(replies).execute, frozenset(), inspection)

    async def run() -> None:
        for topic in topics:
            await fetcher.fetch(topic)

    asyncio.run(run())

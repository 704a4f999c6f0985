"""Hypothesis strategies for what a QMP server may send: replies and events.

Two sources of input:
- recorded replies (tests/data/qemu-7.2, tests/data/legacy-replies) damaged at
  random depths: a member replaced by a value of another type, removed, or an
  array entry repeated;
- JSON built from nothing, with the values that break careless code: huge and
  odd numbers (1e308, 2**70, -0.0, 2**64), strings that look like numbers
  ("NaN", "Infinity"), non-ASCII and escape-heavy text, deep nesting.

Every value is one `json.loads` could return (integers stay below Python's
4300-digit conversion limit; no NaN or infinite floats, which QEMU never sends).

FUZZ is the settings profile of the tests here: deterministic by default, so a
CI run is repeatable; set QMPGUI_FUZZ_RANDOM=1 to explore new examples locally.
"""

from __future__ import annotations

import asyncio
import copy
import gzip
import json
import os
import unicodedata
from collections.abc import Mapping
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from qmpgui.qmp import CommandFailed
from qmpgui.session.inspection import BLOCK, BLOCKSTATS, DISPLAY, MACHINE, PCI, Fetcher, Inspection
from qmpgui.session.memory import MEMORY
from tests.helpers.recorded import DATA, SCHEMA_72

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
]
for _n, _event in enumerate(EVENT_SEEDS):
    _event["timestamp"] = {"seconds": 1700000000 + _n, "microseconds": 123456}


# -- JSON from nothing ------------------------------------------------------------------

#: Numbers at and past every edge a parser might meet.
ODD_NUMBERS: list[int | float] = [
    0,
    -1,
    1,
    -0.0,
    0.5,
    1e308,
    -1e308,
    5e-324,
    2**31,
    2**32,
    2**53 + 1,
    2**63 - 1,
    -(2**63),
    2**64 - 1,
    2**64,
    -(2**64),
    2**70,
    10**300,
    10**400,
    -(10**400),
    10**4000,
]

#: Strings a parser might mistake for something else.
ODD_STRINGS = [
    "",
    " ",
    "NaN",
    "-NaN",
    "Infinity",
    "-Infinity",
    "inf",
    "1e308",
    "-0",
    "0x10",
    "٣",
    "²",
    "1.2.3",
    "0.12.50",
    "9" * 40,
    "null",
    "true",
    "{}",
    "[]",
    "\\",
    '"',
    "\n",
    "\r\n",
    "\t",
    "\x00",
    "\x1b[31mred\x1b[0m",
    "\u2028",
    "\u2029",
    "\x85",
    "\ufeff",
    "\u202e",
    "\ud7ff",
    "ünïcödé",
    "日本語",
    "🙂",
    "a\nb",
    "\\u0000",
    "%s%n",
    "/machine/peripheral/",
    "-1",
    "x" * 3000,
]

_chars = st.characters(exclude_categories=("Cs",))  # no lone surrogates: not valid JSON text
texts = st.one_of(
    st.sampled_from(ODD_STRINGS),
    st.text(_chars, max_size=12),
    st.text(st.sampled_from('\\"\n\r\t\x00\x7f/ {}[]:,\u2028é'), max_size=12),
)
numbers = st.one_of(
    st.sampled_from(ODD_NUMBERS),
    st.integers(-(2**66), 2**66),
    st.floats(allow_nan=False, allow_infinity=False),
)
scalars = st.one_of(st.none(), st.booleans(), numbers, texts)

#: Keys the parsers read, so that random objects hit them.
KEYS = [
    "device",
    "qdev",
    "type",
    "removable",
    "locked",
    "tray_open",
    "io-status",
    "inserted",
    "file",
    "drv",
    "ro",
    "encrypted",
    "image",
    "virtual-size",
    "actual-size",
    "backing_file",
    "backing_file_depth",
    "stats",
    "rd_bytes",
    "wr_bytes",
    "rd_operations",
    "wr_operations",
    "bus",
    "devices",
    "slot",
    "function",
    "class_info",
    "class",
    "desc",
    "id",
    "vendor",
    "subsystem",
    "subsystem-vendor",
    "qdev_id",
    "irq",
    "regions",
    "bar",
    "address",
    "size",
    "mem_type_64",
    "prefetch",
    "pci_bridge",
    "secondary",
    "enabled",
    "host",
    "service",
    "family",
    "auth",
    "clients",
    "channels",
    "port",
    "tls-port",
    "channel-type",
    "channel-id",
    "server",
    "vencrypt",
    "websocket",
    "cpu-index",
    "CPU",
    "thread-id",
    "thread_id",
    "qom-path",
    "qom_path",
    "target",
    "arch",
    "actual",
    "index",
    "name",
    "current",
    "absolute",
    "label",
    "filename",
    "frontend-open",
    "present",
    "status",
    "running",
    "singlestep",
    "qemu",
    "major",
    "minor",
    "micro",
    "package",
    "UUID",
    "QMP",
    "version",
    "capabilities",
    "event",
    "data",
    "timestamp",
    "seconds",
    "microseconds",
    "tray-open",
    "operation",
    "action",
    "reason",
    "guest",
    "meta-type",
    "arg-type",
    "ret-type",
    "members",
]
keys = st.one_of(st.sampled_from(KEYS), texts)

json_values: st.SearchStrategy[Any] = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5),
    max_leaves=12,
)


@st.composite
def deep(draw: st.DrawFn, max_depth: int = 400) -> Any:
    """A value nested hundreds of levels deep, as arrays, objects or both."""
    depth = draw(st.integers(1, max_depth))
    value = draw(scalars)
    for _ in range(depth):
        value = [value] if draw(st.booleans()) else {draw(st.sampled_from(KEYS)): value}
    return value


#: A value of another JSON type than a well-formed reply would hold.
wrong_types = st.one_of(
    st.none(),
    st.booleans(),
    numbers,
    texts,
    st.builds(list),  # fresh each time: a mutation may add to it
    st.builds(dict),
    st.lists(scalars, max_size=3),
    st.dictionaries(keys, scalars, max_size=3),
)


def json_paths(value: object, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path into `value`: keys and indexes, the empty path (the whole) first."""
    found = [prefix]
    if isinstance(value, dict):
        for key, member in value.items():
            found += json_paths(member, (*prefix, key))
    elif isinstance(value, list):
        for n, member in enumerate(value):
            found += json_paths(member, (*prefix, n))
    return found


@st.composite
def mutated(
    draw: st.DrawFn, seed: object, replacements: st.SearchStrategy[Any] = wrong_types
) -> Any:
    """`seed` (not changed) with one to five members damaged at random depths."""
    value = copy.deepcopy(seed)
    for _ in range(draw(st.integers(1, 5))):
        paths = json_paths(value)
        path = draw(st.sampled_from(paths))
        if not path:
            value = draw(st.one_of(replacements, deep(60)))
            continue
        parent: Any = value
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["replace", "replace", "drop", "repeat", "deepen", "add"]))
        if action == "drop":
            del parent[path[-1]]
        elif action == "repeat" and isinstance(parent, list):
            parent.insert(path[-1], copy.deepcopy(parent[path[-1]]))
        elif action == "deepen":
            parent[path[-1]] = [parent[path[-1]]] if draw(st.booleans()) else {"": parent[path[-1]]}
        elif action == "add" and isinstance(parent[path[-1]], dict):
            parent[path[-1]][draw(keys)] = draw(json_values)
        else:
            parent[path[-1]] = draw(st.one_of(replacements, json_values))
    return value


def replies_for(command: str) -> st.SearchStrategy[Any]:
    """A reply to `command`: a damaged recording, random JSON, or a deep nest."""
    seeds = SEEDS.get(command, [])
    damaged = [st.sampled_from(seeds).flatmap(mutated)] if seeds else []
    return st.one_of(
        *damaged,
        *damaged,  # twice as likely as random JSON: it gets past the first checks
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


# -- a server that answers with drawn replies ---------------------------------------------


class FakeServer:
    """Answers each command with a drawn reply, or fails it."""

    def __init__(self, replies: Mapping[str, object]) -> None:
        self.replies = replies

    async def execute(self, command: str, arguments: Mapping[str, object] | None) -> object:
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


def inspect(inspection: Inspection, replies: Mapping[str, object]) -> None:
    fetcher = Fetcher(FakeServer(replies).execute, frozenset(), inspection)

    async def run() -> None:
        for topic in (BLOCKSTATS, BLOCK, PCI, DISPLAY, MACHINE, MEMORY):
            await fetcher.fetch(topic)

    asyncio.run(run())

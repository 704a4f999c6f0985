"""JSON built from nothing, and recorded JSON damaged, for the fuzz tests: the values
that break careless code (huge and odd numbers: 1e308, 2**70, -0.0, 2**64; strings that
look like numbers: "NaN", "Infinity"; non-ASCII and escape-heavy text; deep nesting),
and mutated(), which damages a recorded reply at random depths (a member replaced by a
value of another type, removed, repeated, nested deeper, or a key added).

Every value is one `json.loads` could return (integers stay below Python's 4300-digit
conversion limit; no NaN or infinite floats, which QEMU never sends).
"""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import strategies as st

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
KEYS: list[str] = [
    *["device", "qdev", "type", "removable", "locked", "tray_open", "io-status", "inserted"],
    *["file", "drv", "ro", "encrypted", "image", "virtual-size", "actual-size", "backing_file"],
    *["backing_file_depth", "stats", "rd_bytes", "wr_bytes", "rd_operations", "wr_operations"],
    *["bus", "devices", "slot", "function", "class_info", "class", "desc", "id", "vendor"],
    *["subsystem", "subsystem-vendor", "qdev_id", "irq", "regions", "bar", "address", "size"],
    *["mem_type_64", "prefetch", "pci_bridge", "secondary", "enabled", "host", "service"],
    *["family", "auth", "clients", "channels", "port", "tls-port", "channel-type", "channel-id"],
    *["server", "vencrypt", "websocket", "cpu-index", "CPU", "thread-id", "thread_id"],
    *["qom-path", "qom_path", "target", "arch", "actual", "index", "name", "current", "absolute"],
    *["label", "filename", "frontend-open", "present", "status", "running", "singlestep", "qemu"],
    *["major", "minor", "micro", "package", "UUID", "QMP", "version", "capabilities", "event"],
    *["data", "timestamp", "seconds", "microseconds", "tray-open", "operation", "action"],
    *["reason", "guest", "meta-type", "arg-type", "ret-type", "members", "tag", "vm-state-size"],
    *["date-sec", "date-nsec", "vm-clock-sec", "vm-clock-nsec", "snapshots", "node-name"],
    *["current-progress", "total-progress", "error", "len", "offset", "speed", "ready", "paused"],
    *["ram", "total", "transferred", "remaining", "mbps", "dirty-pages-rate", "page-size"],
    *["dirty-sync-count", "total-time", "setup-time", "expected-downtime", "downtime"],
    *["cpu-throttle-percentage", "error-desc", "socket-address", "path", "cid", "str"],
    *["capability", "state", "parameters", "vcpu", "child", "link", "parent", "edges", "nodes"],
    *["perm", "shared-perm", "dirty-bitmaps", "granularity", "count", "persistent", "busy"],
    *["recording", "cache", "writeback", "direct", "no-flush", "group", "main-mac"],
    *["promiscuous", "unicast", "multicast", "unicast-table", "multicast-table"],
    *["broadcast-allowed", "vlan", "abstract", "default-value", "description"],
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


#: Numbers past what a size, an offset or a time can be: past 64 bits, past a float's
#: range (an integer of 401 digits), negative, fractional.
EDGE_NUMBERS: list[int | float] = [2**63, 2**64, -(2**64), 10**300, 10**400, -(10**400), 10**4000]
EDGE_NUMBERS += [-1, 0.5, 1e308, -0.0]


@st.composite
def odd_numbered(draw: st.DrawFn, seed: object) -> Any:
    """`seed` (not changed) with one to three of its numbers replaced by odd ones (past
    64 bits, past a float's range, negative, fractional): the sizes, offsets and times a
    parser reads and a pane computes with."""
    value = copy.deepcopy(seed)
    paths = [
        path
        for path in json_paths(value)
        if path and isinstance(_at(value, path), int) and not isinstance(_at(value, path), bool)
    ]
    for path in draw(st.lists(st.sampled_from(paths), min_size=1, max_size=3)) if paths else []:
        _at(value, path[:-1])[path[-1]] = draw(st.sampled_from(EDGE_NUMBERS))
    return value


def _at(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step]
    return value

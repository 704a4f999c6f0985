"""Every reply parser takes any JSON a server may send: damaged recordings,
random JSON, deep nests, huge numbers. Nothing raises, and what the parsers
say about a bad reply (the problems the session reports) is one line each.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from qmpgui.qmp.block import io_rates, parse_block, parse_blockstats
from qmpgui.qmp.display import DisplayServer, parse_vnc_servers
from qmpgui.qmp.machine import (
    KvmInfo,
    parse_chardevs,
    parse_cpus,
    parse_machine_type,
    parse_mice,
    parse_target,
)
from qmpgui.qmp.memory import DomainMemory, MemorySummary, parse_balloon, parse_memory_devices
from qmpgui.qmp.pci import parse_pci
from qmpgui.qmp.reader import Problems
from qmpgui.qmp.types import (
    Capabilities,
    Event,
    Greeting,
    StatusInfo,
    VersionInfo,
    parse_name,
    parse_uuid,
)
from qmpgui.session.inspection import Inspection
from tests.helpers.strategies import (
    FUZZ,
    INSPECTED,
    assert_one_line,
    events,
    inspect,
    json_values,
    mutated,
    replies_for,
    schema_seed,
    server_replies,
)

#: Each parser, as the inspection and the session call it.
PARSERS: dict[str, Callable[[object, Problems], object]] = {
    "query-block": parse_block,
    "query-blockstats": parse_blockstats,
    "query-pci": parse_pci,
    "query-vnc": DisplayServer.parse_vnc,
    "query-vnc-servers": parse_vnc_servers,
    "query-spice": DisplayServer.parse_spice,
    "query-cpus-fast": lambda v, p: parse_cpus(v, "query-cpus-fast", p),
    "query-cpus": lambda v, p: parse_cpus(v, "query-cpus", p),
    "query-balloon": parse_balloon,
    "query-memory-size-summary": MemorySummary.parse,
    "query-memory-devices": parse_memory_devices,
    "libvirt memory": DomainMemory.parse,
    "query-mice": parse_mice,
    "query-chardev": parse_chardevs,
    "query-kvm": KvmInfo.parse,
    "query-target": parse_target,
    "qom-get": lambda v, p: parse_machine_type(v),
    "query-status": lambda v, p: StatusInfo.parse(v),
    "query-version": lambda v, p: VersionInfo.parse(v),
    "greeting": lambda v, p: Greeting.parse(v),
    "query-name": lambda v, p: parse_name(v),
    "query-uuid": lambda v, p: parse_uuid(v),
    "query-commands": lambda v, p: Capabilities.from_commands(v),
    "query-qmp-schema": lambda v, p: Capabilities.from_schema(v),
}


def parse(command: str, reply: object) -> Problems:
    problems = Problems()
    PARSERS[command](reply, problems)
    for line in problems.lines:
        assert_one_line(line, f"{command} problem")
    return problems


@pytest.mark.parametrize("command", sorted(PARSERS))
@FUZZ
@given(data=st.data())
def test_any_reply_parses_without_exception(command: str, data: st.DataObject) -> None:
    parse(command, data.draw(replies_for(command), label="reply"))


@FUZZ
@given(reply=mutated(schema_seed()))
def test_a_damaged_schema_gives_capabilities(reply: object) -> None:
    caps = Capabilities.from_schema(reply)
    assert all(isinstance(name, str) for name in caps.commands | caps.events)


@FUZZ
@given(reply=json_values)
@example(reply={"qemu": "²"})  # a digit to str.isdigit(), not to int()
@example(reply={"qemu": "1.٣.0"})
@example(reply={"qemu": "9" * 5000})  # past int()'s 4300-digit limit
@example(reply={"qemu": {"major": 2**70, "minor": -1, "micro": True}})
def test_versions_read_as_text(reply: object) -> None:
    for version in (VersionInfo.parse(reply), Greeting.parse({"QMP": {"version": reply}}).version):
        assert isinstance(version.text, str)
        for part in (version.major, version.minor, version.micro):
            assert part is None or (isinstance(part, int) and not isinstance(part, bool))


@FUZZ
@given(raw=events())
@example(raw={"event": "STOP", "timestamp": {"seconds": 10**400, "microseconds": 0}})
@example(raw={"event": "STOP", "timestamp": {"seconds": 1, "microseconds": 10**400}})
@example(raw={"event": "STOP", "timestamp": {"seconds": 2**64, "microseconds": 2**70}})
def test_any_event_parses(raw: object) -> None:
    event = Event.parse(raw)
    assert isinstance(event.name, str)
    assert isinstance(event.data, Mapping)
    assert event.timestamp is None or isinstance(event.timestamp, float)


# -- the inspection: parsers, event updates and I/O rates together ---------------------------


@FUZZ
@given(first=server_replies(), second=server_replies(), raw=st.lists(events(), max_size=4))
def test_the_inspection_takes_any_replies_and_events(
    first: dict[str, object], second: dict[str, object], raw: list[Any]
) -> None:
    inspection = Inspection()
    inspect(inspection, first)
    inspect(inspection, second)  # a second blockstats sample: rates between the two
    for item in raw:
        inspection.apply_event(Event.parse(item))
    for line in inspection.problems.lines:
        assert_one_line(line, "problem")
    block = inspection.block
    for rates in block.rates.values():
        for rate in (rates.rd_bytes, rates.wr_bytes, rates.rd_ops, rates.wr_ops):
            assert rate is None or rate >= 0
    assert all(total is None or isinstance(total, float | int) for total in block.history)
    for stats in block.stats.values():
        io_rates(stats, stats, 1.0)
    assert isinstance(inspection.results_of(INSPECTED), dict)

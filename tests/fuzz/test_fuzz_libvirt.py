"""What a libvirt worker pushes, in any shape: lifecycle events, QMP events passed
through, console bytes, answers and refusals, a line that is not the worker's (a
library printing to stdout). The client passes every line on without raising (its
reader would stop, and the connection with it), the domain's state and the
connection's list read as libvirt's words, and the events reach the event log whole."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from qmpgui.qmp.endpoint import parse_endpoint
from qmpgui.qmp.types import Event
from qmpgui.session.libvirt_connection import LibvirtConnection
from qmpgui.session.serial_transports import LibvirtConsoleTransport
from qmpgui.virt.client import LibvirtError, VirtClient
from qmpgui.virt.domain import Domain
from qmpgui.virt.monitor import DomainMonitor
from qmpgui.virt.states import event_words, state_words
from tests.helpers.fuzz_json import json_values, mutated, odd_numbered
from tests.helpers.strategies import FUZZ, assert_one_line, assert_readable

URI = "qemu:///system"
#: The worker's lines (virt/worker.py's protocol), for a domain vm1 and request 1.
LINES: list[dict[str, Any]] = [
    {"event": "ready"},
    {"event": "lifecycle", "domain": "vm1", "kind": "started", "state": 1, "reason": 1},
    {"event": "lifecycle", "domain": "vm1", "kind": "reverted", "state": 5, "reason": 7},
    {"event": "lifecycle", "domain": "vm2", "kind": "undefined", "state": 0, "reason": 0},
    {
        "event": "qmp",
        "domain": "vm1",
        "message": {
            "event": "BLOCK_JOB_READY",
            "timestamp": {"seconds": 1796093519, "microseconds": 645705},
            "data": {"device": "m0", "len": 0, "offset": 0, "speed": 1024, "type": "mirror"},
        },
    },
    {"event": "console", "domain": "vm1", "data": "bG9naW46IA=="},
    {"event": "console_closed", "domain": "vm1", "reason": "the domain stopped"},
    {"id": 1, "result": {"state": 3, "reason": 1, "uuid": "c7a5fdbd-edaf-9455-926a-d65c16db1809"}},
    {"id": 1, "error": {"message": "Domain not found", "libvirt": "no domain", "code": 42}},
    {"event": "garbled", "line": "{not json"},
    {"event": "failed", "error": {"message": "libvirtd is not running", "nothing_listens": True}},
    {"event": "closed", "reason": "libvirt closed the connection (end of file)"},
]
MESSAGES = st.one_of(
    st.sampled_from(LINES).flatmap(mutated),
    st.sampled_from(LINES).flatmap(mutated),
    st.sampled_from(LINES).flatmap(odd_numbered),
    json_values,
)


@pytest.fixture(autouse=True)
def _app(qapp: Any) -> None:
    """LibvirtConnection is a QObject: the QApplication comes first."""


def _listeners(client: VirtClient) -> tuple[Domain, LibvirtConnection, DomainMonitor]:
    """A domain, its connection's list and its monitor, each taking the client's events
    as they do once connected (the console stream too)."""
    domain = Domain(URI, "vm1")
    client.on_event(domain._take_event)
    LibvirtConsoleTransport(domain)
    connection = LibvirtConnection(URI, autoconnect=False)
    client.on_event(lambda e: connection._take(e) if e.get("event") == "lifecycle" else None)
    monitor = DomainMonitor(parse_endpoint(f"{URI}#vm1"), domain)
    client.on_event(monitor._take)
    return domain, connection, monitor


@FUZZ
@given(lines=st.lists(MESSAGES, min_size=1, max_size=6))
@example(lines=[[1], "x", None, 5])  # JSON a library may print: no object
@example(lines=[{"id": 1, "error": "refused"}, {"id": 1, "error": {"code": "x"}}])
@example(lines=[{"event": "lifecycle", "domain": "vm1", "state": "x", "reason": [1]}])
@example(lines=[{"event": "lifecycle", "domain": {"a": 1}, "state": 1e308, "reason": 2}])
@example(lines=[{"event": "console", "domain": "vm1", "data": "not base64!"}])
@example(lines=[None, {"event": []}])  # an event name no set holds
def test_any_worker_line_is_taken_and_read_as_words(lines: list[object]) -> None:
    async def run() -> None:
        client = VirtClient(URI)
        domain, connection, monitor = _listeners(client)
        for line in lines:
            client._pending[1] = asyncio.get_running_loop().create_future()
            said = client._take(line)
            assert said is None or assert_readable(said, "closed", line, limit=200) is None
            answer = client._pending[1]
            if answer.done() and answer.exception() is not None:
                refusal = answer.exception()
                assert isinstance(refusal, LibvirtError)
                assert_readable(refusal.message, "refusal", line, limit=200)
            assert domain.state is None or assert_readable(domain.state, "state", line) is None
            for name, state in connection.domains.items():
                assert isinstance(name, str) and name
                assert_readable(state.words, "list", line)
        for message in monitor._events:
            assert isinstance(Event.parse(message).name, str)

    asyncio.run(run())


#: libvirt's numbers: small ones name something, the rest are past every table.
LIBVIRT_NUMBERS = st.integers(-2, 16) | st.integers(-(2**70), 2**70)


@FUZZ
@given(state=LIBVIRT_NUMBERS, reason=LIBVIRT_NUMBERS, event=LIBVIRT_NUMBERS, detail=LIBVIRT_NUMBERS)
@example(state=5, reason=7, event=5, detail=6)
def test_any_state_and_event_numbers_read_as_words(
    state: int, reason: int, event: int, detail: int
) -> None:
    assert_one_line(state_words(state, reason), "state")
    assert_one_line(event_words(event, detail), "event")

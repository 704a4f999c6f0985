"""The serial console's readers on any input: query-chardev replies of any shape give
ports without raising, and the terminal takes any bytes the guest may send."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qmpgui.qmp.machine import parse_chardevs
from qmpgui.qmp.reader import Problems
from qmpgui.qmp.serial_ports import serial_ports
from qmpgui.ui.terminal_keys import paste_bytes
from tests.helpers.strategies import FUZZ

FILENAMES = st.sampled_from(
    ["ringbuf", "memory", "file", "pty:", "unix:", "disconnected:unix:", "tcp:", "vc", ""]
).flatmap(lambda head: st.text(max_size=20).map(lambda tail: head + tail))
CHARDEV = st.fixed_dictionaries(
    {},
    optional={
        "label": st.text(max_size=10) | st.integers(),
        "filename": FILENAMES | st.none(),
        "frontend-open": st.booleans() | st.text(max_size=2),
    },
)


@FUZZ
@given(
    reply=st.lists(CHARDEV, max_size=6) | st.none() | st.text(max_size=5),
    local=st.booleans(),
    domain=st.booleans(),
)
def test_any_query_chardev_reply_gives_ports_without_raising(
    reply: object, local: bool, domain: bool
) -> None:
    ports = serial_ports(parse_chardevs(reply, Problems()), local=local, domain=domain)
    reachable = [port.reachable for port in ports]
    assert reachable == sorted(reachable, reverse=True)  # those it can open first
    for port in ports:
        assert port.label and port.title.startswith(port.label)
        assert not (port.reachable and port.kind.value == "other")


@FUZZ
@given(text=st.text(max_size=40))
def test_pasted_text_has_no_line_feed_left(text: str) -> None:
    sent = paste_bytes(text)
    assert b"\n" not in sent and sent.decode("utf-8").replace("\r", "") == text.replace(
        "\r\n", ""
    ).replace("\n", "").replace("\r", "")

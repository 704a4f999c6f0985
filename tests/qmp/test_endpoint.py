from __future__ import annotations

import socket

import pytest

from qmpgui.qmp import Endpoint, EndpointError, parse_endpoint


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/run/vm1.qmp", Endpoint(path="/run/vm1.qmp")),
        ("unix:/run/vm1.qmp", Endpoint(path="/run/vm1.qmp")),
        ("./vm.sock", Endpoint(path="./vm.sock")),
        ("vms/a.sock", Endpoint(path="vms/a.sock")),
        ("tcp:127.0.0.1:4444", Endpoint(host="127.0.0.1", port=4444)),
        ("localhost:4444", Endpoint(host="localhost", port=4444)),
        ("[::1]:4444", Endpoint(host="::1", port=4444)),
        ("tcp:[fe80::1]:1", Endpoint(host="fe80::1", port=1)),
        ("  tcp:host.example:65535 ", Endpoint(host="host.example", port=65535)),
    ],
)
def test_parses_every_documented_form(text: str, expected: Endpoint) -> None:
    assert parse_endpoint(text) == expected


def test_round_trips_through_its_canonical_text() -> None:
    for text in ("/run/a.sock", "tcp:10.0.0.1:5", "[::1]:4444"):
        endpoint = parse_endpoint(text)
        assert parse_endpoint(str(endpoint)) == endpoint
    assert str(parse_endpoint("[::1]:4444")) == "tcp:[::1]:4444"


def test_home_is_expanded() -> None:
    path = parse_endpoint("~/vm.sock").path
    assert path is not None and not path.startswith("~")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "empty"),
        ("unix:", "socket path is empty"),
        ("tcp:host:port", "port must be a number"),
        ("host:70000", "between 1 and 65535"),
        ("::1:4444", "[ADDRESS]:PORT"),
        ("[::1]4444", "[ADDRESS]:PORT"),
        ("justaword", "not an endpoint"),
        (":4444", "HOST:PORT"),
    ],
)
def test_bad_endpoints_say_what_is_wrong(text: str, says: str) -> None:
    with pytest.raises(EndpointError, match=says.replace("[", r"\[").replace("]", r"\]")):
        parse_endpoint(text)


def test_locality() -> None:
    assert parse_endpoint("/a.sock").is_local
    assert parse_endpoint("127.0.0.1:1").is_local
    assert parse_endpoint("[::1]:1").is_local
    assert not parse_endpoint("tcp:192.0.2.1:1").is_local
    # Where QEMU listens on every address, or is named by this host's own name.
    assert parse_endpoint("tcp:0.0.0.0:4444").is_local
    assert parse_endpoint("[::ffff:127.0.0.1]:4444").is_local
    assert parse_endpoint(f"tcp:{socket.gethostname()}:4444").is_local

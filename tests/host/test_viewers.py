"""Which display viewers are installed, how they are started, and which host they connect to."""

from __future__ import annotations

import pytest

from qmpgui.host.viewers import KNOWN_VIEWERS, NoRoute, Viewer, Which, connect_host, find_viewers
from qmpgui.qmp.endpoint import parse_endpoint


def fake_which(*installed: str) -> Which:
    paths = {name: f"/usr/bin/{name}" for name in installed}
    return paths.get


def viewer(name: str) -> Viewer:
    (found,) = find_viewers("vnc" if name != "remote-viewer" else "spice", fake_which(name))
    return found


def test_vnc_prefers_remote_viewer_then_vncviewer() -> None:
    found = find_viewers("vnc", fake_which("vinagre", "vncviewer", "remote-viewer"))
    assert [v.name for v in found] == ["remote-viewer", "vncviewer", "vinagre"]
    assert found[0].path == "/usr/bin/remote-viewer"
    found = find_viewers("vnc", fake_which("krdc", "vncviewer"))
    assert [v.name for v in found] == ["vncviewer", "krdc"]
    assert found[0].path == "/usr/bin/vncviewer"


def test_nothing_installed_finds_nothing() -> None:
    assert find_viewers("vnc", fake_which()) == []
    assert find_viewers("spice", fake_which()) == []
    assert find_viewers("unix", fake_which("vncviewer")) == []


def test_spice_only_finds_spice_viewers() -> None:
    every = fake_which(*(v.name for v in KNOWN_VIEWERS))
    assert [v.name for v in find_viewers("spice", every)] == ["remote-viewer", "vinagre"]
    assert [v.name for v in find_viewers("spice", fake_which("vncviewer", "krdc"))] == []
    assert [v.name for v in find_viewers("unix", every)] == ["remote-viewer"]


def test_find_viewers_asks_only_for_viewers_of_the_protocol() -> None:
    asked: list[str] = []

    def which(name: str) -> str | None:
        asked.append(name)
        return None

    find_viewers("spice", which)
    assert sorted(asked) == ["remote-viewer", "vinagre"]


def test_remote_viewer_gets_uris() -> None:
    remote = viewer("remote-viewer")
    assert remote.argv("vnc", "127.0.0.1", "5977") == [
        "/usr/bin/remote-viewer",
        "vnc://127.0.0.1:5977",
    ]
    assert remote.argv("spice", "host", "5920") == ["/usr/bin/remote-viewer", "spice://host:5920"]


def test_vncviewer_gets_a_double_colon_port() -> None:
    # host::port is a port; host:N would be display N (port 5900+N).
    assert viewer("vncviewer").argv("vnc", "127.0.0.1", "5977") == [
        "/usr/bin/vncviewer",
        "127.0.0.1::5977",
    ]
    assert viewer("xtightvncviewer").argv("vnc", "vm.example", "5901")[1] == "vm.example::5901"


def test_ipv6_hosts_are_bracketed() -> None:
    assert viewer("remote-viewer").argv("vnc", "::1", "5977")[1] == "vnc://[::1]:5977"
    assert viewer("remote-viewer").argv("spice", "fd00::2", "5920")[1] == "spice://[fd00::2]:5920"
    assert viewer("vncviewer").argv("vnc", "::1", "5977")[1] == "[::1]::5977"


def test_unix_vnc_for_remote_viewer() -> None:
    argv = viewer("remote-viewer").argv("unix", "/run/vm/vnc.sock", "")
    assert argv == ["/usr/bin/remote-viewer", "vnc+unix:///run/vm/vnc.sock"]


@pytest.mark.parametrize(
    ("listen", "expected"),
    [("0.0.0.0", "127.0.0.1"), ("::", "::1"), ("[::]", "::1"), ("*", "127.0.0.1")],
)
def test_wildcard_with_a_local_endpoint_connects_to_loopback(listen: str, expected: str) -> None:
    assert connect_host(listen, parse_endpoint("/run/vm.qmp")) == expected
    assert connect_host(listen, parse_endpoint("tcp:127.0.0.1:4444")) == expected
    assert connect_host(listen, None) == expected


@pytest.mark.parametrize("listen", ["0.0.0.0", "::", ""])
def test_wildcard_with_a_remote_endpoint_connects_to_the_remote_host(listen: str) -> None:
    assert connect_host(listen, parse_endpoint("tcp:10.1.2.3:4444")) == "10.1.2.3"
    assert connect_host(listen, parse_endpoint("[fd00::7]:4444")) == "fd00::7"


@pytest.mark.parametrize("listen", ["127.0.0.1", "127.0.1.1", "::1", "localhost"])
def test_loopback_of_a_remote_host_cannot_be_reached(listen: str) -> None:
    with pytest.raises(NoRoute, match="SSH tunnel") as raised:
        connect_host(listen, parse_endpoint("tcp:10.1.2.3:4444"))
    assert listen in str(raised.value)


def test_loopback_of_this_host_is_used() -> None:
    assert connect_host("127.0.0.1", parse_endpoint("unix:/run/vm.qmp")) == "127.0.0.1"
    assert connect_host("::1", parse_endpoint("localhost:4444")) == "::1"
    assert connect_host("127.0.0.1", None) == "127.0.0.1"


@pytest.mark.parametrize("endpoint", ["/run/vm.qmp", "tcp:10.1.2.3:4444", None])
def test_a_specific_address_is_used_as_is(endpoint: str | None) -> None:
    parsed = None if endpoint is None else parse_endpoint(endpoint)
    assert connect_host("192.168.7.5", parsed) == "192.168.7.5"
    assert connect_host("fd00::5", parsed) == "fd00::5"
    assert connect_host("vm.example.org", parsed) == "vm.example.org"

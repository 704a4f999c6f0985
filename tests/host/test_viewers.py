"""Which display viewers are installed, how they are started, and which host they connect to."""

from __future__ import annotations

from pathlib import Path

import pytest

from qmpgui.host.viewers import (
    KNOWN_VIEWERS,
    NoRoute,
    Viewer,
    Which,
    connect_host,
    find_viewers,
    kind_of,
    reach,
)
from qmpgui.qmp.display import Listener
from qmpgui.qmp.endpoint import parse_endpoint


def fake_which(*installed: str) -> Which:
    paths = {name: f"/usr/bin/{name}" for name in installed}
    return paths.get


def viewer(name: str) -> Viewer:
    (found,) = find_viewers("vnc" if name != "remote-viewer" else "spice", fake_which(name))
    return found


def tcp(protocol: str, host: str, port: str, *, tls: bool = False) -> Listener:
    return Listener(protocol, None, host, port, "ipv6" if ":" in host else "ipv4", tls=tls)


def unix(protocol: str, path: str) -> Listener:
    return Listener(protocol, None, "", path, "unix")


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
    assert find_viewers("vnc+unix", fake_which("xtightvncviewer", "remote-viewer")) == []
    assert find_viewers("websocket", fake_which(*(v.name for v in KNOWN_VIEWERS))) == []


def test_each_kind_finds_the_viewers_that_open_it() -> None:
    every = fake_which(*(v.name for v in KNOWN_VIEWERS))
    assert [v.name for v in find_viewers("spice", every)] == ["remote-viewer", "vinagre"]
    assert [v.name for v in find_viewers("spice", fake_which("vncviewer", "krdc"))] == []
    assert [v.name for v in find_viewers("spice+unix", every)] == ["remote-viewer"]
    assert [v.name for v in find_viewers("spice+tls", every)] == ["remote-viewer"]
    # remote-viewer opens VNC by host and port only; TigerVNC takes a socket's path.
    assert [v.name for v in find_viewers("vnc+unix", every)] == ["vncviewer", "xtigervncviewer"]
    # VeNCrypt: not TightVNC's viewer, nor RealVNC 4's.
    tls = [v.name for v in find_viewers("vnc+tls", every)]
    assert tls == ["remote-viewer", "vncviewer", "xtigervncviewer", "vinagre"]


def test_kinds_of_listeners() -> None:
    assert kind_of(tcp("VNC", "127.0.0.1", "5901")) == "vnc"
    assert kind_of(tcp("VNC", "127.0.0.1", "5901", tls=True)) == "vnc+tls"
    assert kind_of(unix("VNC", "/run/vm/vnc.sock")) == "vnc+unix"
    assert kind_of(tcp("SPICE", "::1", "5931", tls=True)) == "spice+tls"
    assert kind_of(unix("SPICE", "/run/vm/spice.sock")) == "spice+unix"
    websocket = Listener("VNC", "default", "127.0.0.1", "5701", "ipv4", websocket=True)
    assert kind_of(websocket) == "websocket"


def test_a_viewer_under_another_name_opens_what_its_program_opens(tmp_path: Path) -> None:
    # Debian's vncviewer is an alternative: here, TightVNC's viewer, without unix sockets.
    real = tmp_path / "xtightvncviewer"
    real.write_text("#!/bin/sh\n")
    (tmp_path / "vncviewer").symlink_to(real)

    def which(name: str) -> str | None:
        path = tmp_path / name
        return str(path) if path.exists() else None

    assert find_viewers("vnc+unix", which) == []
    (found,) = find_viewers("vnc", which)  # one program, listed once
    assert found.name == "vncviewer" and found.path == str(tmp_path / "vncviewer")


def test_remote_viewer_gets_uris() -> None:
    remote = viewer("remote-viewer")
    assert remote.argv(tcp("VNC", "127.0.0.1", "5977"), "127.0.0.1") == [
        "/usr/bin/remote-viewer",
        "vnc://127.0.0.1:5977",
    ]
    assert remote.argv(tcp("SPICE", "host", "5920"), "host") == [
        "/usr/bin/remote-viewer",
        "spice://host:5920",
    ]
    assert remote.argv(tcp("VNC", "127.0.0.1", "5977", tls=True), "127.0.0.1")[1] == (
        "vnc://127.0.0.1:5977"  # VeNCrypt is negotiated in the VNC protocol itself
    )
    tls = tcp("SPICE", "0.0.0.0", "5931", tls=True)
    assert remote.argv(tls, "127.0.0.1")[1] == "spice+tls://127.0.0.1:5931"
    spice_socket = unix("SPICE", "/run/vm/spice.sock")
    assert remote.argv(spice_socket, "/run/vm/spice.sock")[1] == "spice+unix:///run/vm/spice.sock"


def test_vncviewer_gets_a_double_colon_port_or_a_socket_path() -> None:
    # host::port is a port; host:N would be display N (port 5900+N).
    assert viewer("vncviewer").argv(tcp("VNC", "127.0.0.1", "5977"), "127.0.0.1") == [
        "/usr/bin/vncviewer",
        "127.0.0.1::5977",
    ]
    tight = viewer("xtightvncviewer")
    assert tight.argv(tcp("VNC", "vm.example", "5901"), "vm.example")[1] == "vm.example::5901"
    socket = unix("VNC", "/run/vm/vnc.sock")
    assert viewer("vncviewer").argv(socket, "/run/vm/vnc.sock") == [
        "/usr/bin/vncviewer",
        "/run/vm/vnc.sock",
    ]


def test_ipv6_hosts_are_bracketed() -> None:
    remote = viewer("remote-viewer")
    assert remote.argv(tcp("VNC", "::1", "5977"), "::1")[1] == "vnc://[::1]:5977"
    assert remote.argv(tcp("SPICE", "fd00::2", "5920"), "fd00::2")[1] == "spice://[fd00::2]:5920"
    assert viewer("vncviewer").argv(tcp("VNC", "::1", "5977"), "::1")[1] == "[::1]::5977"


def test_a_unix_socket_is_reached_by_its_path_on_this_host_only() -> None:
    socket = unix("VNC", "/run/vm/vnc.sock")
    assert reach(socket, parse_endpoint("/run/vm.qmp")) == "/run/vm/vnc.sock"
    assert reach(socket, None) == "/run/vm/vnc.sock"
    with pytest.raises(NoRoute, match="SSH tunnel") as raised:
        reach(socket, parse_endpoint("tcp:10.1.2.3:4444"))
    assert "/run/vm/vnc.sock on 10.1.2.3" in str(raised.value)
    # A TCP listener on every address of a remote host is reached at that host.
    assert reach(tcp("VNC", "0.0.0.0", "5901"), parse_endpoint("tcp:10.1.2.3:4444")) == "10.1.2.3"
    with pytest.raises(NoRoute, match="no port"):
        reach(tcp("SPICE", "127.0.0.1", ""), None)


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

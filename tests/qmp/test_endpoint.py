from __future__ import annotations

import os
import re
import socket
from pathlib import Path

import pytest

from qmpgui.qmp import Endpoint, EndpointError, endpoint_key, parse_endpoint, resolve_endpoint
from qmpgui.qmp.endpoint_keys import current_folder


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
        # A socket in the current folder, as shell completion writes it.
        ("db1.qmp", Endpoint(path="db1.qmp")),
        ("vm.sock", Endpoint(path="vm.sock")),
        ("qemu-monitor.socket", Endpoint(path="qemu-monitor.socket")),
        # URL spellings of the forms qmpgui speaks.
        ("tcp://127.0.0.1:4444", Endpoint(host="127.0.0.1", port=4444)),
        ("tcp://[::1]:4444/", Endpoint(host="::1", port=4444)),
        ("file:///run/vm%201.qmp", Endpoint(path="/run/vm 1.qmp")),
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
        ("file://elsewhere/run/vm.qmp", "a file on this machine"),
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


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("qemu+ssh://host/system", "'qemu+ssh://host/system' is a libvirt connection URI"),
        ("qemu:///system", "'qemu:///system' is a libvirt connection URI"),
        ("qemu+tcp://10.0.0.1/session", "is a libvirt connection URI"),
        ("sftp://root@host/run/vm1.qmp", "is an SFTP address: for a monitor on another host"),
        ("vnc://127.0.0.1:5900", "is a display's address, not a QMP monitor"),
        ("https://host:8006/", "is a web address"),
        ("gopher://host/", "qmpgui does not connect to gopher:// addresses"),
    ],
)
def test_addresses_qmpgui_does_not_speak_say_what_they_are(text: str, says: str) -> None:
    with pytest.raises(EndpointError) as refused:
        parse_endpoint(text)
    assert says in str(refused.value)
    if "SSH" in says:
        assert "does not connect" in str(refused.value) and "yet" in str(refused.value)
    if "libvirt" in says:  # a connection, not a VM: the domain is named after '#'
        assert f"name a domain of it after '#' ({text}#vm1)" in str(refused.value)


def test_relative_paths_are_made_absolute_against_the_folder(tmp_path: Path) -> None:
    (tmp_path / "db1").touch()  # a name with no `/` and no socket suffix, that exists
    folder = str(tmp_path)
    assert resolve_endpoint("db1.qmp", folder) == f"{folder}/db1.qmp"
    assert resolve_endpoint("./vms/../db1.qmp", folder) == f"{folder}/db1.qmp"
    assert resolve_endpoint("unix:db1.qmp", folder) == f"{folder}/db1.qmp"
    assert resolve_endpoint("db1", folder) == f"{folder}/db1"
    # Absolute paths and TCP stay as the user wrote them.
    assert resolve_endpoint(" unix:/run/vm1.qmp ", folder) == "unix:/run/vm1.qmp"
    assert resolve_endpoint("localhost:4444", folder) == "localhost:4444"
    with pytest.raises(EndpointError, match=f"{folder} has nothing of that name"):
        resolve_endpoint("db2", folder)
    with pytest.raises(EndpointError, match="libvirt"):
        resolve_endpoint("qemu:///system", folder)


@pytest.mark.parametrize(
    "spellings",
    [
        ["/tmp/x.qmp", "//tmp/x.qmp", "/tmp/x.qmp/", "unix:/tmp//x.qmp", "/tmp/./y/../x.qmp"],
        ["x.sock", "./x.sock", f"{os.getcwd()}/x.sock"],
        ["tcp:localhost:4444", "LOCALHOST:4444", "tcp://localhost:4444"],
        ["[::1]:4444", "tcp:[0:0:0:0:0:0:0:1]:4444"],
        ["127.0.0.1:4444", "[::ffff:127.0.0.1]:4444"],
    ],
)
def test_spellings_of_one_endpoint_have_one_key(spellings: list[str]) -> None:
    assert len({endpoint_key(text) for text in spellings}) == 1, spellings
    others = ("/tmp/y.qmp", "/tmp/x.qmp.old", "y.sock", "localhost:4445", "[::2]:4444")
    assert endpoint_key(spellings[0]) not in {endpoint_key(text) for text in others}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # QEMU's own -qmp argument, pasted whole: the socket it names.
        ("unix:/run/vm1.qmp,server=on,wait=off", Endpoint(path="/run/vm1.qmp")),
        ("unix:/run/vm1.qmp,server,nowait", Endpoint(path="/run/vm1.qmp")),
        ("tcp:127.0.0.1:4444,server=on,wait=off", Endpoint(host="127.0.0.1", port=4444)),
        # A comma that is part of a file's name stays.
        ("/run/vm,1.qmp", Endpoint(path="/run/vm,1.qmp")),
        ("/run/vm1.qmp,old", Endpoint(path="/run/vm1.qmp,old")),
        # The prefixes in any case, never a relative path named "UNIX:".
        ("UNIX:/run/vm1.qmp", Endpoint(path="/run/vm1.qmp")),
        ("TCP:localhost:4444", Endpoint(host="localhost", port=4444)),
        # A file URI's short form, and an address with a URL's trailing slash.
        ("file:/run/vm1.qmp", Endpoint(path="/run/vm1.qmp")),
        ("localhost:4444/", Endpoint(host="localhost", port=4444)),
        ("[::1]:4444/", Endpoint(host="::1", port=4444)),
        ("tcp:localhost:4444/", Endpoint(host="localhost", port=4444)),
    ],
)
def test_spellings_users_paste_are_what_they_name(text: str, expected: Endpoint) -> None:
    assert parse_endpoint(text) == expected


def test_qemus_options_are_not_kept(tmp_path: Path) -> None:
    folder = str(tmp_path)
    pasted = "unix:/run/vm1.qmp,server=on,wait=off"
    assert resolve_endpoint(pasted, folder) == "unix:/run/vm1.qmp"
    assert resolve_endpoint("db1.qmp,server=on", folder) == f"{folder}/db1.qmp"
    assert endpoint_key(pasted) == endpoint_key("/run/vm1.qmp")


def test_an_existing_name_with_a_colon_is_a_path(tmp_path: Path) -> None:
    # Shell completion writes the socket `a:1` of the current folder as a:1.
    (tmp_path / "a:1").touch()
    folder = str(tmp_path)
    assert resolve_endpoint("a:1", folder) == f"{folder}/a:1"
    assert resolve_endpoint("a:1/", folder) == f"{folder}/a:1"
    # The address stays reachable written as one, and a name that is not there is TCP.
    assert resolve_endpoint("tcp:a:1", folder) == "tcp:a:1"
    assert resolve_endpoint("b:1", folder) == "b:1"


# -- the canonical text and the bounds, from the README's table of endpoints ----------------


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("127.0.0.1:4444", "tcp:127.0.0.1:4444"),
        ("tcp:127.0.0.1:4444", "tcp:127.0.0.1:4444"),
        ("TCP:host.example:1", "tcp:host.example:1"),
        ("[::1]:4444", "tcp:[::1]:4444"),
        ("tcp:[fe80::1]:4444", "tcp:[fe80::1]:4444"),
        ("/run/vm1.qmp", "unix:/run/vm1.qmp"),
        ("unix:/run/vm1.qmp,server=on,wait=off", "unix:/run/vm1.qmp"),
    ],
)
def test_the_canonical_text_brackets_only_ipv6_addresses(text: str, canonical: str) -> None:
    assert str(parse_endpoint(text)) == canonical
    assert endpoint_key(text) == canonical


@pytest.mark.parametrize(
    ("spelling", "key"),
    [
        ("tcp:LOCALHOST:4444", "tcp:localhost:4444"),
        ("tcp:host.example.:1", "tcp:host.example:1"),
        ("[0:0::1]:4444", "tcp:[::1]:4444"),
        ("[::FFFF:127.0.0.1]:4444", "tcp:127.0.0.1:4444"),
        ("[FE80::1]:4444", "tcp:[fe80::1]:4444"),
        ("unix://run//./vm1.qmp/", "unix:/run/vm1.qmp"),
    ],
)
def test_the_key_of_an_endpoint_is_its_plainest_spelling(spelling: str, key: str) -> None:
    assert endpoint_key(spelling) == key


@pytest.mark.parametrize("port", ["1", "4444", "65535"])
def test_every_tcp_port_is_accepted(port: str) -> None:
    assert parse_endpoint(f"127.0.0.1:{port}").port == int(port)
    assert parse_endpoint(f"tcp:[::1]:{port}").port == int(port)


@pytest.mark.parametrize("port", ["0", "65536", "70000", "99999999"])
def test_a_port_beyond_tcps_range_is_refused(port: str) -> None:
    for text in (f"127.0.0.1:{port}", f"tcp:[::1]:{port}", f"tcp://host:{port}/"):
        with pytest.raises(EndpointError, match="between 1 and 65535"):
            parse_endpoint(text)


def test_a_port_that_is_not_a_number_says_what_was_typed() -> None:
    with pytest.raises(EndpointError, match=r"not '4x4\\n1'$"):
        parse_endpoint("host:4x4\n1")  # a line end in it is shown, not broken
    with pytest.raises(EndpointError, match="not '-1'"):
        parse_endpoint("host:-1")


def test_a_port_with_a_letter_after_it_is_refused() -> None:
    with pytest.raises(EndpointError, match="the port must be a number, not '4444X'"):
        parse_endpoint("tcp:localhost:4444X/")


def test_unix_or_tcp() -> None:
    assert parse_endpoint("/run/vm1.qmp").is_unix
    assert not parse_endpoint("tcp:127.0.0.1:4444").is_unix


@pytest.mark.parametrize(
    ("text", "local"),
    [
        ("tcp:127.0.0.1:1", True),
        ("tcp:127.1.2.3:1", True),
        ("tcp:LocalHost:1", True),
        ("[::1]:1", True),
        ("[::ffff:127.0.0.1]:1", True),
        ("tcp:0.0.0.0:1", True),
        ("[::]:1", True),
        (f"tcp:{socket.gethostname().upper()}:1", True),
        ("tcp:10.0.0.1:1", False),
        ("tcp:128.0.0.1:1", False),
        ("[::ffff:10.0.0.1]:1", False),
        ("[fe80::1]:1", False),
        ("tcp:host.example:1", False),
        ("tcp:my127.example:1", False),
    ],
)
def test_whether_qemu_runs_on_this_host(text: str, local: bool) -> None:
    assert parse_endpoint(text).is_local is local


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("file://localhost/run/vm1.qmp", "/run/vm1.qmp"),
        ("/run/x/../vm1.qmp", "/run/vm1.qmp"),
        ("vms//a.sock/", "vms/a.sock"),
        ("vms/db1", "vms/db1"),
        (".hidden", ".hidden"),
        ("./a:1/", "./a:1"),
        # `.` and `~` start a path even where HOST:PORT/ would fit.
        (".vm:1/", ".vm:1"),
        ("~vm:4444/", "~vm:4444"),  # no user `vm:4444`: not expanded
        ("sockets/BOX/", "sockets/BOX"),  # only the slash goes, not the name's end
        ("unix:/run/a /", "/run/a /"),  # a name ending in a space keeps its slash
        ("unix:/run/vm1.qmp,nowait", "/run/vm1.qmp"),
        ("/run/vm1.qmp,noserver=on", "/run/vm1.qmp,noserver=on"),  # not QEMU's option
        ("/run/vm1.qmp,nothing", "/run/vm1.qmp,nothing"),
        ("/run/a,b.qmp,server=on,wait=off", "/run/a,b.qmp"),
    ],
)
def test_paths_as_typed_name_the_socket_connected_to(text: str, path: str) -> None:
    assert parse_endpoint(text).path == path


def test_home_alone_is_a_path() -> None:
    assert parse_endpoint("~").path == os.path.expanduser("~")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("file://[::1/run/vm.qmp", "a file on this machine"),
        ("file://", "a file on this machine"),
        ("[::1]]:4444", "[ADDRESS]:PORT"),
        ("[]:4444", "the host is empty"),
        ("ssh://host", "the socket's path on the host is missing"),
        ("ssh://host/", "the socket's path on the host is missing"),
        ("tls:host:x", "'tls:host:x': the port must be a number, not 'x'"),
        ("ssh://host//", "the socket's path on the host is missing"),
        ("ssh:///run/vm.qmp", "'ssh:///run/vm.qmp': the host is missing: write ssh://[USER@]HOST"),
        ("ssh://host:x/run/vm.qmp", "'ssh://host:x/run/vm.qmp': the port must be a number"),
        ("ssh://u@[::1]:x9/run/vm.qmp", "the port must be a number, not 'x9'"),
        ("ssh://u@host:1:2/run/vm.qmp", "the port must be a number, not '1:2'"),
        ("ssh://u:pw@host/run/vm.qmp", "a password does not belong in the address"),
        ("ssh://host:x/run/vm.qmp", "the port must be a number, not 'x'"),
        ("ssh://host:0/run/vm.qmp", "the port must be between 1 and 65535"),
        ("ssh://host:70000/run/vm.qmp", "the port must be between 1 and 65535"),
        ("ssh://host/run/vm.qmp?x=1", "takes no '?' or '#' part"),
        ("sftp://host/run/vm.qmp", "SFTP address"),
        ("spice://host:5900", "a display's address"),
        ("rdp://host", "a display's address"),
        ("vnc://host:5900", "-qmp unix:/run/vm1.qmp,server=on,wait=off"),
        ("http://host/", "a web address"),
        ("ws://host/", "a web address"),
        ("wss://host/", "a web address"),
        ("a\0b", "no NUL character"),
    ],
)
def test_more_endpoints_that_are_refused_say_why(text: str, says: str) -> None:
    with pytest.raises(EndpointError) as caught:
        parse_endpoint(text)
    assert says in str(caught.value)


@pytest.mark.parametrize("text", ["tcp:h:x", "h:x", "tcp://h:x/", "file://elsewhere/a", "h:70000/"])
def test_a_refusal_quotes_what_was_typed(text: str) -> None:
    with pytest.raises(EndpointError) as caught:
        parse_endpoint(text)
    assert str(caught.value).startswith(f"'{text}'")


def test_a_refusal_shows_a_backslash_as_typed() -> None:
    with pytest.raises(EndpointError, match=r"not 'x\\y'$"):
        parse_endpoint("h:x\\y")


def test_resolving_against_a_folder(tmp_path: Path) -> None:
    (tmp_path / "db1").touch()
    (tmp_path / "a:1").touch()
    (tmp_path / "tcp:b:1").touch()
    (tmp_path / "server").touch()
    assert resolve_endpoint("db1", str(tmp_path)) == str(tmp_path / "db1")
    assert resolve_endpoint("a:1/", str(tmp_path)) == str(tmp_path / "a:1")
    assert resolve_endpoint("tcp:b:1", str(tmp_path)) == "tcp:b:1"  # tcp: says it is TCP
    assert resolve_endpoint("server,wait=off", str(tmp_path)) == str(tmp_path / "server")
    for text, says in (("a:b", "port must be a number"), ("", "empty")):
        with pytest.raises(EndpointError, match=says):
            resolve_endpoint(text, str(tmp_path))


def test_a_key_when_the_current_folder_is_gone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    assert endpoint_key("vms//a.sock") == "unix:vms/a.sock"
    # Relative endpoints are then read against the root: only absolute ones work.
    assert resolve_endpoint("vm.qmp", current_folder()) == "/vm.qmp"


@pytest.mark.parametrize(
    ("text", "expected", "canonical"),
    [
        ("tls:127.0.0.1:4444", Endpoint(host="127.0.0.1", port=4444, scheme="tls"), None),
        (
            "TLS:vm1.example:5",
            Endpoint(host="vm1.example", port=5, scheme="tls"),
            "tls:vm1.example:5",
        ),
        ("tls:[::1]:4444", Endpoint(host="::1", port=4444, scheme="tls"), None),
        ("tls://[fe80::1]:7/", Endpoint(host="fe80::1", port=7, scheme="tls"), "tls:[fe80::1]:7"),
        # QEMU's chardev options pasted with it are left out.
        (
            "tls:127.0.0.1:4444,server=on,wait=off,tls-creds=tls0",
            Endpoint(host="127.0.0.1", port=4444, scheme="tls"),
            "tls:127.0.0.1:4444",
        ),
    ],
)
def test_a_tls_endpoint_is_a_host_and_port_over_tls(
    text: str, expected: Endpoint, canonical: str | None
) -> None:
    endpoint = parse_endpoint(text)
    assert endpoint == expected
    assert str(endpoint) == (canonical or text)
    assert parse_endpoint(str(endpoint)) == endpoint
    assert not endpoint.is_unix


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("tls:host", "expected HOST:PORT"),
        ("tls:fe80::1:4", "write an IPv6 address as [ADDRESS]:PORT"),
        ("tls:h:0", "the port must be between 1 and 65535"),
        ("tls:h:x", "the port must be a number, not 'x'"),
    ],
)
def test_a_bad_tls_endpoint_says_what_is_wrong(text: str, says: str) -> None:
    with pytest.raises(EndpointError, match=re.escape(says)):
        parse_endpoint(text)


def test_tls_and_tcp_on_one_port_are_two_endpoints() -> None:
    assert endpoint_key("tls:LOCALHOST:4444") == endpoint_key("tls://localhost:4444/")
    assert endpoint_key("tls:[0:0::1]:1") == endpoint_key("tls:[::1]:1") == "tls:[::1]:1"
    assert endpoint_key("tls:localhost:4444") != endpoint_key("tcp:localhost:4444")
    assert parse_endpoint("tls:127.0.0.1:1").is_local
    assert not parse_endpoint("tls:10.0.0.1:1").is_local


def test_a_file_named_like_a_tls_endpoint_is_not_taken_for_it(tmp_path: Path) -> None:
    (tmp_path / "tls:a:1").touch()
    assert resolve_endpoint("tls:a:1", str(tmp_path)) == "tls:a:1"


@pytest.mark.parametrize(
    ("text", "user", "host", "port", "path", "canonical"),
    [
        (
            "ssh://root@host1/run/vm1.qmp",
            "root",
            "host1",
            None,
            "/run/vm1.qmp",
            "ssh://root@host1/run/vm1.qmp",
        ),
        (
            "SSH://Host1:2222//run/./vm1.qmp/",
            None,
            "host1",
            2222,
            "/run/vm1.qmp",
            "ssh://host1:2222/run/vm1.qmp",
        ),
        (
            "ssh://me@[fe80::1]:22/run/vm.qmp",
            "me",
            "fe80::1",
            22,
            "/run/vm.qmp",
            "ssh://me@[fe80::1]:22/run/vm.qmp",
        ),
        ("ssh://host1/~/vm.qmp", None, "host1", None, "/~/vm.qmp", "ssh://host1/~/vm.qmp"),
    ],
)
def test_ssh_endpoints_name_a_socket_on_another_host(
    text: str, *, user: str | None, host: str, port: int | None, path: str, canonical: str
) -> None:
    endpoint = parse_endpoint(text)
    assert (endpoint.scheme, endpoint.user, endpoint.host, endpoint.port, endpoint.path) == (
        "ssh",
        user,
        host,
        port,
        path,
    )
    assert str(endpoint) == canonical
    assert endpoint_key(text) == canonical
    assert parse_endpoint(str(endpoint)) == endpoint
    # Never this host's socket, whatever the host: the /proc look, found sockets and
    # the private screendump folder are not for it.
    assert not endpoint.is_unix and not endpoint.is_local and endpoint.is_ssh


def test_an_ssh_endpoint_is_kept_as_typed_whatever_the_folder() -> None:
    assert resolve_endpoint(" ssh://h/run/vm.qmp ", "/somewhere") == "ssh://h/run/vm.qmp"
    assert endpoint_key("ssh://H./run/vm.qmp") == endpoint_key("ssh://h/run/vm.qmp")

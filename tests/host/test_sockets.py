"""What the Add VM dialog says of a path typed in it: checked on real files, folders,
sockets and symbolic links."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from qmpgui.host.sockets import PathKind, check_endpoint
from tests.helpers.listeners import listen


def test_a_path_with_no_socket_is_warned_about_not_refused(short_tmp: Path) -> None:
    check = check_endpoint(str(short_tmp / "vm1.qmp"), "/")
    assert check.refusal is None and check.endpoint == str(short_tmp / "vm1.qmp")
    assert check.warning == "no socket there yet: qmpgui keeps trying once the VM starts"
    assert check.kind is PathKind.MISSING

    check = check_endpoint(str(short_tmp), "/")
    assert check.refusal is None and check.kind is PathKind.FOLDER
    assert check.warning is not None and check.warning.startswith("this is a folder")
    assert check.folder == str(short_tmp)

    (short_tmp / "notes.qmp").write_text("a plain file")
    check = check_endpoint(str(short_tmp / "notes.qmp"), "/")
    assert check.refusal is None and check.kind is PathKind.FILE
    assert check.warning is not None and check.warning.startswith("this is a file, not a socket")


def test_a_socket_is_neither_warned_about_nor_refused(
    short_tmp: Path, listeners: list[socket.socket]
) -> None:
    path = listen(short_tmp / "vm1.qmp", listeners)
    check = check_endpoint(str(path), "/")
    assert (check.refusal, check.warning, check.kind) == (None, None, PathKind.SOCKET)
    assert check.folder == str(short_tmp)


def test_a_relative_path_is_kept_absolute(short_tmp: Path, listeners: list[socket.socket]) -> None:
    listen(short_tmp / "db1", listeners)
    assert check_endpoint("db1.qmp", str(short_tmp)).endpoint == str(short_tmp / "db1.qmp")
    check = check_endpoint("db1", str(short_tmp))  # no suffix, no `/`: it exists, so a path
    assert check.endpoint == str(short_tmp / "db1") and check.kind is PathKind.SOCKET


def test_a_path_too_long_for_a_unix_socket_is_refused(short_tmp: Path) -> None:
    longest = f"{short_tmp}/" + "v" * (107 - len(f"{short_tmp}/"))
    assert check_endpoint(longest, "/").refusal is None
    check = check_endpoint(longest + "m", "/")
    assert check.endpoint is None
    assert check.refusal == (
        "this path is 108 bytes long: a unix socket's path has at most 107, so neither "
        "QEMU nor qmpgui can use it; choose a shorter one"
    )


def test_schemes_qmpgui_does_not_speak_are_refused() -> None:
    check = check_endpoint("qemu+ssh://host/system", "/")
    assert check.endpoint is None and check.refusal is not None
    assert "is a libvirt connection URI: name a domain of it after '#'" in check.refusal


@pytest.mark.parametrize(
    "typed", ["//{d}/y.qmp", "{d}/y.qmp/", "{d}//y.qmp", "unix:{d}/./y.qmp", "y.qmp"]
)
def test_duplicates_are_caught_however_spelled(short_tmp: Path, typed: str) -> None:
    taken = [f"{short_tmp}/y.qmp", "tcp:127.0.0.1:4444"]
    check = check_endpoint(typed.format(d=short_tmp), str(short_tmp), taken)
    assert check.refusal == "This endpoint is already in the list."
    assert check.endpoint is None
    assert check_endpoint("tcp:LOCALHOST:4444", "/", ["localhost:4444"]).refusal is not None


def test_a_socket_reached_through_a_symbolic_link_is_a_duplicate(
    short_tmp: Path, listeners: list[socket.socket]
) -> None:
    (short_tmp / "run").mkdir()
    real = listen(short_tmp / "run" / "vm1.qmp", listeners)
    os.symlink(short_tmp / "run", short_tmp / "var-run")  # as /var/run is /run
    check = check_endpoint(str(short_tmp / "var-run" / "vm1.qmp"), "/", [str(real)])
    assert check.refusal == f"This socket is already in the list, as {real}."
    assert check_endpoint(str(short_tmp / "var-run" / "vm2.qmp"), "/", [str(real)]).refusal is None


def test_a_socket_typed_with_slashes_and_dots_is_that_socket(
    short_tmp: Path, listeners: list[socket.socket]
) -> None:
    path = listen(short_tmp / "vm1.qmp", listeners)
    for typed in (f"/{path}/", f"{short_tmp}/./x/../vm1.qmp", f"unix:/{path}//"):
        check = check_endpoint(typed, "/")
        assert (check.refusal, check.warning, check.kind) == (None, None, PathKind.SOCKET), typed


def test_a_socket_on_another_host_is_not_looked_for_here(short_tmp: Path) -> None:
    # The path names a file on that host: none here, a folder here, a symbolic link
    # here: none of it says anything about the remote socket.
    (short_tmp / "vm1.qmp").mkdir()
    (short_tmp / "link.qmp").symlink_to(short_tmp / "vm1.qmp")
    for path in ("/run/none.qmp", short_tmp / "vm1.qmp"):
        check = check_endpoint(f"ssh://root@host1{path}", "/")
        assert (check.endpoint, check.refusal, check.warning) == (
            f"ssh://root@host1{path}",
            None,
            None,
        )
    taken = [f"ssh://root@host1{short_tmp / 'vm1.qmp'}"]
    assert check_endpoint(f"ssh://root@host1{short_tmp / 'link.qmp'}", "/", taken).refusal is None
    assert check_endpoint(f"ssh://root@HOST1{short_tmp}/vm1.qmp/", "/", taken).refusal == (
        "This endpoint is already in the list."
    )

"""Where the Add VM dialog looks for sockets, and the socket files it finds there: every
one directly in a crowded folder, the folders below within bounds that say when they
stopped the search; checked on real folders, files, sockets and symbolic links."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from qmpgui.host import places
from qmpgui.host.places import list_sockets, usual_places
from tests.helpers.listeners import listen


def plain_files(folder: Path, count: int, prefix: str = "f") -> None:
    for index in range(count):
        (folder / f"{prefix}{index:05}").touch()


def test_every_socket_directly_in_a_crowded_folder_is_found(
    short_tmp: Path, listeners: list[socket.socket]
) -> None:
    # A /tmp of a machine in use: thousands of entries; the sockets anywhere among them.
    plain_files(short_tmp, 1500, "a")
    sockets = {str(listen(short_tmp / f"vm{index}.qmp", listeners)) for index in range(20)}
    plain_files(short_tmp, 1500, "z")
    listing = list_sockets(str(short_tmp))
    assert set(listing.sockets) == sockets
    assert listing.readable and not listing.stopped
    assert listing.entries == 3020


def test_sockets_two_levels_down_are_found_after_the_places_own(
    short_tmp: Path, listeners: list[socket.socket]
) -> None:
    (short_tmp / "a" / "b").mkdir(parents=True)
    level2 = listen(short_tmp / "a" / "a.sock", listeners)
    top = listen(short_tmp / "z-top.qmp", listeners)
    listen(short_tmp / "a" / "b" / "deep.qmp", listeners)  # a third level: not searched
    (short_tmp / "file.qmp").write_text("")
    os.symlink(short_tmp / "a", short_tmp / "link")  # not followed: found once, through a
    os.symlink(top, short_tmp / "top-link.qmp")
    listing = list_sockets(str(short_tmp))
    assert listing.sockets == [str(top), str(level2)]  # the place's own first
    assert not listing.stopped


def test_a_place_that_cannot_be_read_is_no_error(short_tmp: Path) -> None:
    (short_tmp / "file").write_text("")
    for place in (short_tmp / "missing", short_tmp / "file"):
        listing = list_sockets(str(place))
        assert (listing.readable, listing.sockets, listing.stopped) == (False, [], False)


def test_the_descent_is_bounded_and_says_it_stopped(
    short_tmp: Path, listeners: list[socket.socket]
) -> None:
    top = listen(short_tmp / "top.qmp", listeners)
    folders = [short_tmp / f"d{index}" for index in range(4)]
    for age, folder in enumerate(folders):
        folder.mkdir()
        listen(folder / "vm.qmp", listeners)
        os.utime(folder, (1e9 - age * 1000, 1e9 - age * 1000))  # d0 changed last
    everything = list_sockets(str(short_tmp))
    assert len(everything.sockets) == 5 and not everything.stopped

    # Folders: the ones changed last are read, the place's own sockets all.
    listing = list_sockets(str(short_tmp), sub_folders=2)
    assert listing.sockets == [str(top), str(folders[0] / "vm.qmp"), str(folders[1] / "vm.qmp")]
    assert listing.stopped

    # Entries below the place, in all.
    plain_files(folders[0], 30)
    listing = list_sockets(str(short_tmp), sub_entries=20)
    assert listing.stopped and str(top) in listing.sockets
    assert listing.entries == 5 + 20

    # The place's own listing, only when of absurd size.
    listing = list_sockets(str(short_tmp), place_entries=3)
    assert listing.stopped and listing.entries == 3


def test_a_descent_that_reads_everything_did_not_stop(short_tmp: Path) -> None:
    # Exactly at the bounds: nothing was left unread, so nothing is said.
    for index in range(2):
        (short_tmp / f"d{index}").mkdir()
        plain_files(short_tmp / f"d{index}", 5)
    listing = list_sockets(str(short_tmp), sub_folders=2, sub_entries=10)
    assert not listing.stopped and listing.entries == 12


def test_the_usual_places(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests search only their own folders (tests/conftest.py); here, the places as shipped.
    monkeypatch.setattr(places, "SYSTEM_PLACES", ("/run", "/var/run", "/tmp"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/run/user/1000/")
    assert usual_places("/srv/vms") == ["/srv/vms", "/run/user/1000", "/run", "/var/run", "/tmp"]
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert usual_places() == ["/run", "/var/run", "/tmp"]
    assert usual_places("/tmp") == ["/tmp", "/run", "/var/run"]

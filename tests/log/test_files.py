"""The log's files: rotation, what a crash leaves, a storm written whole."""

from __future__ import annotations

import dataclasses
import json
import tempfile
from pathlib import Path

from qmpgui.log.entry import LogEntry, LogKind
from qmpgui.log.files import LogStore
from tests.helpers.entries import entry


def test_the_file_rotates_and_reads_back_what_it_can(tmp_path: Path) -> None:
    store = LogStore(tmp_path / "logs", max_bytes=2000, files=3)
    for n in range(60):
        store.append("unix:/run/vm1.qmp", [entry(n)])
    path = store.path_for("unix:/run/vm1.qmp")
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == [path.name, path.name + ".1", path.name + ".2"]
    assert all(p.stat().st_size <= 2000 for p in path.parent.iterdir())
    with open(path, "a", encoding="utf-8") as handle:
        handle.write('{"time": 1, "vm": "torn')  # a line cut short by a crash
    loaded = store.load(limit=1000)
    assert loaded and loaded[-1] == entry(59)  # the newest survive, in order
    assert [e.time for e in loaded] == sorted(e.time or 0 for e in loaded)
    assert len(loaded) < 60  # the oldest went with the rotation
    assert store.load(limit=5) == loaded[-5:]
    store.append("tcp:127.0.0.1:4444", [entry(100, vm="vm2")])
    assert store.load(limit=1000)[-1].vm == "vm2"
    assert store.path_for("unix:/run/vm1.qmp") != store.path_for("tcp:127.0.0.1:4444")


def test_a_second_of_a_storm_is_written_whole_and_in_order(tmp_path: Path) -> None:
    """A thousand entries in one write all read back, in order."""
    store = LogStore(tmp_path / "logs")
    store.append("unix:/run/vm1.qmp", [entry(n) for n in range(1234)])
    assert store.load(limit=10_000) == [entry(n) for n in range(1234)]


def test_files_of_old_without_endpoints_read_back_as_their_vms(tmp_path: Path) -> None:
    """Entries were once kept without their VM's endpoint: they read back, and where a
    file's "connected" entry names the endpoint of that file, they are that VM's."""
    store = LogStore(tmp_path / "logs")
    vm1, vm2 = "unix:/run/vm1.qmp", "tcp:127.0.0.1:4444"
    old = [
        {"time": 1.0, "vm": vm1, "kind": "connection", "name": "error", "summary": "refused"},
        {"time": 2.0, "vm": "web1", "kind": "connection", "name": "connected", "summary": "ok"},
        {"time": 3.0, "vm": "web1", "kind": "event", "name": "STOP", "summary": "STOP"},
    ]
    old[1]["data"] = {"endpoint": vm1, "version": "7.2.22"}
    lines = [json.dumps({"level": "info", "data": {}} | line) for line in old]
    store.folder.mkdir()
    store.path_for(vm1).write_text("\n".join(lines) + "\n")
    store.path_for(vm2).write_text(json.dumps({"level": "info", "data": {}} | old[2]) + "\n")
    (store.folder / "stranger.jsonl").write_text(lines[1] + "\n")  # names a file not its own

    loaded = store.load(limit=100)
    assert sorted((e.vm, e.endpoint, e.name) for e in loaded if e.time in (1.0, 2.0)) == [
        (vm1, vm1, "error"),
        ("web1", "", "connected"),
        ("web1", vm1, "connected"),
    ]
    stops = sorted((e.endpoint, e.vm_key) for e in loaded if e.name == "STOP")
    assert stops == [("", "web1"), (vm1, vm1)]  # vm2's file never said its endpoint


def test_only_the_files_of_past_demo_vms_are_forgotten(tmp_path: Path) -> None:
    store = LogStore(tmp_path / "logs")
    here = f"unix:{tempfile.gettempdir()}/qmpgui-demo-a1b2c3d4/qmp.sock"
    elsewhere = "unix:/var/tmp/someone/else/qmpgui-demo-zz_9yx8w/qmp.sock"  # another TMPDIR
    lookalike = "unix:/srv/qmpgui-demo-abcdefgh_qmp.sock"  # a socket of a user's VM
    for endpoint in (here, lookalike, "unix:/run/vm1.qmp"):
        store.append(endpoint, [entry(1)])  # written as older versions did: no endpoint
    connected = LogEntry(2.0, "qmpgui-demo", LogKind.CONNECTION, "connected", "ok")
    store.append(elsewhere, [dataclasses.replace(connected, data={"endpoint": elsewhere})])
    rotated = store.path_for(elsewhere).with_name(store.path_for(elsewhere).name + ".1")
    rotated.write_text("")

    gone = store.forget_demo_logs()
    assert sorted(gone) == sorted([store.path_for(here), store.path_for(elsewhere), rotated])
    kept = {store.path_for(lookalike).name, store.path_for("unix:/run/vm1.qmp").name}
    assert {path.name for path in store.folder.iterdir()} == kept

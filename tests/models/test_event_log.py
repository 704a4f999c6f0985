"""The event log's model and filter: bounds, batches, names, filters."""

from __future__ import annotations

import random
from typing import Any

import pytest
from PySide6.QtCore import QPersistentModelIndex

from qmpgui.log.entry import LogEntry, LogKind
from qmpgui.models import event_log_filter
from qmpgui.models.event_log import ENTRY_ROLE, SUMMARY, TIME, VM, EventLogModel
from qmpgui.models.event_log_filter import CHUNK_ROWS, EventLogFilter
from tests.helpers.entries import entry


def test_entries_arrive_in_one_batch_per_frame(qtmodeltester: Any, qtbot: Any) -> None:
    model = EventLogModel(limit=1000)
    qtmodeltester.check(model)
    inserts: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserts.append((first, last)))
    for n in range(300):  # a burst of events within one frame
        model.append([entry(n)])
    assert model.rowCount() == 0  # nothing yet: inserted with the next frame
    qtbot.waitUntil(lambda: model.rowCount() == 300, timeout=10_000)
    assert inserts == [(0, 299)]
    assert model.data(model.index(5, SUMMARY)) == "STOP #5"
    assert model.data(model.index(0, TIME)).startswith("20")
    assert model.data(model.index(7, 0), ENTRY_ROLE) == entry(7)
    qtmodeltester.check(model)


def test_a_lower_limit_drops_the_oldest_at_once(qtmodeltester: Any) -> None:
    model = EventLogModel(limit=100)
    model.append(entry(n) for n in range(80))
    model.flush()
    counts: list[int] = []
    model.countsChanged.connect(lambda: counts.append(model.rowCount()))
    model.set_limit(30)
    assert model.rowCount() == 30 and model.entry(0) == entry(50) and counts == [30]
    model.append(entry(100 + n) for n in range(5))
    model.flush()
    assert model.rowCount() == 30 and model.entry(29) == entry(104)
    model.set_limit(1000)  # a higher limit keeps what is there, and takes more
    model.append(entry(200 + n) for n in range(100))
    model.flush()
    assert model.rowCount() == 130
    qtmodeltester.check(model)


def test_the_log_is_bounded_and_drops_the_oldest(qtmodeltester: Any) -> None:
    model = EventLogModel(limit=100)
    removed: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    for batch in range(10):
        model.append(entry(batch * 30 + n) for n in range(30))
        model.flush()
    assert model.rowCount() == 100 and model.dropped == 200
    assert model.entry(0) == entry(200) and model.entry(99) == entry(299)
    assert all(first == 0 for first, _ in removed)
    model.append(entry(1000 + n) for n in range(500))  # a burst bigger than the whole log
    model.flush()
    assert model.rowCount() == 100 and model.entry(0) == entry(1400)
    qtmodeltester.check(model)
    model.clear()
    assert model.rowCount() == 0


def test_names_and_vms_are_counted_as_rows_come_and_go(qtbot: Any) -> None:
    model = EventLogModel(limit=10)
    changes: list[str] = []
    model.namesChanged.connect(lambda: changes.append("names"))
    model.vmsChanged.connect(lambda: changes.append("vms"))
    model.append(entry(n, vm="vm1", name="STOP") for n in range(5))
    model.flush()
    assert model.names() == ["STOP"] and model.vms() == ["vm1"]
    assert changes == ["names", "vms"]
    model.append(entry(n, vm="vm1", name="STOP") for n in range(3))
    model.flush()
    assert changes == ["names", "vms"]  # nothing new: no signal
    model.append(entry(n, vm="vm2", name="RESUME") for n in range(5))
    model.flush()
    assert model.names() == ["RESUME", "STOP"] and model.vms() == ["vm1", "vm2"]
    assert model.dropped == 3
    model.append(entry(n, vm="vm2", name="RESUME") for n in range(5))
    model.flush()  # the last STOP rows and vm1 go at the bound
    assert model.names() == ["RESUME"] and model.vms() == ["vm2"]
    assert changes == ["names", "vms"] * 3
    with qtbot.waitSignal(model.namesChanged):
        model.clear()
    assert model.names() == [] and model.vms() == [] and model.dropped == 0


def test_names_stay_true_after_many_batches_at_the_bound() -> None:
    model = EventLogModel(limit=50)
    for batch in range(40):
        model.append(
            entry(batch * 7 + n, vm=f"vm{n % 3}", name=f"N{(batch + n) % 11}") for n in range(7)
        )
        model.flush()
        assert model.names() == sorted({e.name for e in model.entries()})
        assert model.vms() == sorted({e.vm for e in model.entries()})


def test_a_vm_is_its_endpoint_and_shows_its_name_now(qtmodeltester: Any, qtbot: Any) -> None:
    """A VM's entries made before QEMU's -name was known bear the endpoint for a name;
    a rename later changes the name again: one VM all along, shown by its name now."""
    web = "unix:/run/web.qmp"
    model = EventLogModel(limit=100)
    proxy = EventLogFilter(model)
    model.append([entry(0, vm=web, endpoint=web), entry(1, vm="vm2", endpoint="tcp:db:1")])
    model.flush()
    assert model.vms() == ["tcp:db:1", web]
    assert model.vm_label(web) == web  # nothing better known yet
    with qtbot.waitSignal(model.vmsChanged):
        model.append([entry(2, vm="web1", endpoint=web)])  # QEMU's -name arrived
        model.flush()
    assert model.vms() == ["tcp:db:1", web] and model.vm_label(web) == "web1"
    assert [proxy.index(row, VM).data() for row in range(3)] == ["web1", "vm2", "web1"]
    proxy.set_vm(web)
    assert shown(proxy) == [entry(0).time, entry(2).time]

    with qtbot.waitSignals([model.vmsChanged, proxy.dataChanged]):
        model.name_vm(web, "renamed")  # the user renamed it
    assert [proxy.index(row, VM).data() for row in range(2)] == ["renamed", "renamed"]
    model.append([entry(3, vm="renamed", endpoint=web)])
    model.flush()
    assert shown(proxy) == [entry(0).time, entry(2).time, entry(3).time]
    qtmodeltester.check(proxy)
    old = entry(4, vm="web1")  # from a file of old, without an endpoint: its name stands
    model.append([old])
    model.flush()
    assert old.vm_key == "web1" and model.vm_label("web1") == "web1"


def filtered_log() -> tuple[EventLogModel, EventLogFilter]:
    model = EventLogModel(limit=1000)
    model.append(
        [
            LogEntry(1.0, "vm1", LogKind.EVENT, "STOP", "STOP", {}),
            LogEntry(
                2.0,
                "vm2",
                LogKind.EVENT,
                "DEVICE_TRAY_MOVED",
                "DEVICE_TRAY_MOVED cd0 open",
                {"event": "DEVICE_TRAY_MOVED", "data": {"id": "cd0", "tray-open": True}},
            ),
            LogEntry(3.0, "vm1", LogKind.COMMAND, "stop", "Pause: done in 2 ms", {"ms": 2}),
            LogEntry(
                4.0,
                "vm2",
                LogKind.CONNECTION,
                "connected",
                "connected to QEMU 8.2.0",
                {"version": "8.2.0"},
            ),
            LogEntry(5.0, "vm1", LogKind.EVENT, "RESUME", "RESUME", {"note": "Naïve ÜBER"}),
        ]
    )
    model.flush()
    return model, EventLogFilter(model)


def shown(proxy: EventLogFilter) -> list[float | None]:
    rows = [proxy.index(row, 0).data(ENTRY_ROLE).time for row in range(proxy.rowCount())]
    assert [e.time for e in proxy.shown_entries()] == rows
    return rows


def test_the_filter_narrows_by_vm_names_and_text(qtmodeltester: Any) -> None:
    _model, proxy = filtered_log()
    qtmodeltester.check(proxy)
    assert shown(proxy) == [1.0, 2.0, 3.0, 4.0, 5.0] and not proxy.active
    proxy.set_vm("vm1")
    assert shown(proxy) == [1.0, 3.0, 5.0] and proxy.active
    proxy.set_names(frozenset({"STOP", "stop"}))
    assert shown(proxy) == [1.0, 3.0]
    proxy.set_vm(None)
    proxy.set_names(frozenset())
    assert shown(proxy) == []
    proxy.set_names(None)
    proxy.set_text("CD0")  # in the summary and the data, whatever the case
    assert shown(proxy) == [2.0]
    proxy.set_text('"tray-open":true')  # the data as compact JSON
    assert shown(proxy) == [2.0]
    proxy.set_text("8.2")
    assert shown(proxy) == [4.0]
    proxy.set_text("naïve über")  # non-ASCII text, any case
    assert shown(proxy) == [5.0]
    proxy.set_text("vm2")
    proxy.set_vm("vm1")
    assert shown(proxy) == []
    proxy.set_vm(None)
    proxy.set_text("  ")
    assert shown(proxy) == [1.0, 2.0, 3.0, 4.0, 5.0]
    qtmodeltester.check(proxy)


def test_rows_arriving_and_leaving_pass_through_the_filter(qtmodeltester: Any) -> None:
    model, proxy = filtered_log()
    model.limit = 5
    proxy.set_vm("vm2")
    proxy.set_text("tray")
    assert shown(proxy) == [2.0]
    model.append(
        [
            LogEntry(6.0, "vm2", LogKind.EVENT, "DEVICE_TRAY_MOVED", "x", {}),
            LogEntry(7.0, "vm1", LogKind.EVENT, "DEVICE_TRAY_MOVED", "y", {}),
        ]
    )
    model.flush()  # entries 1 and 2 drop at the bound
    assert shown(proxy) == [6.0]
    assert proxy.entries_at([0]) == [model.entry(3)]
    qtmodeltester.check(proxy)
    model.clear()
    assert proxy.rowCount() == 0


def test_the_text_filter_never_takes_a_new_entry_for_a_dropped_one() -> None:
    """Freed entries' ids are reused: a text cached by id alone would match wrong rows."""
    model = EventLogModel(limit=1)
    proxy = EventLogFilter(model)
    proxy.set_text("needle")
    for n in range(300):
        found = n % 5 in (1, 2)  # a pattern unlike the cycle of freed ids
        model.append(
            [
                LogEntry(
                    float(n), "vm1", LogKind.EVENT, "X", "X", {"text": "needle" if found else "hay"}
                )
            ]
        )
        model.flush()
        assert proxy.rowCount() == found
    assert len(proxy._haystacks) <= model.rowCount()  # dropped rows took their texts along


def big_log(rows: int, limit: int = 100_000) -> tuple[EventLogModel, EventLogFilter]:
    """A log too long to filter at once: entry n is on vm(n % 3) and has n in its data."""
    model = EventLogModel(limit=limit)
    model.append(entry(n, vm=f"vm{n % 3}") for n in range(rows))
    model.flush()
    return model, EventLogFilter(model)


@pytest.fixture
def one_chunk_a_slice(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every slice of filtering looks at one chunk, whatever the machine's speed."""
    monkeypatch.setattr(event_log_filter, "SLICE_SECONDS", 0.0)


def ns(proxy: EventLogFilter) -> list[int]:
    return [e.data["n"] for e in proxy.shown_entries()]


@pytest.mark.usefixtures("one_chunk_a_slice")
def test_a_change_on_a_large_log_returns_at_once_and_the_rows_follow(
    qtbot: Any, qtmodeltester: Any
) -> None:
    model, proxy = big_log(5 * CHUNK_ROWS)
    qtmodeltester.check(proxy)
    changes: list[str] = []
    proxy.layoutChanged.connect(lambda: changes.append("layout"))
    proxy.set_text('"n":12')  # 12, 120-129, 1200-1299
    assert proxy.busy and proxy.text == '"n":12' and proxy.active
    assert proxy.rowCount() == model.rowCount() and not changes  # the old rows, until done
    qtbot.waitUntil(lambda: not proxy.busy)
    assert ns(proxy) == [n for n in range(5 * CHUNK_ROWS) if str(n).startswith("12")]
    assert changes == ["layout"]
    assert shown(proxy) == [e.time for e in proxy.shown_entries()]
    qtmodeltester.check(proxy)
    proxy.set_text("")  # every row again: nothing to look at, so at once
    assert not proxy.busy and proxy.rowCount() == model.rowCount()
    qtbot.waitUntil(lambda: not proxy._haystacks.releasing)  # the search texts are freed
    qtmodeltester.check(proxy)


@pytest.mark.usefixtures("one_chunk_a_slice")
def test_a_newer_change_wins_over_one_still_under_way(qtbot: Any) -> None:
    _model, proxy = big_log(4 * CHUNK_ROWS)
    changes: list[str] = []
    proxy.layoutChanged.connect(lambda: changes.append("layout"))
    proxy.set_vm("vm1")
    assert proxy.busy
    proxy.set_text('"n":7')
    qtbot.waitUntil(lambda: not proxy.busy)
    assert ns(proxy) == [n for n in range(4 * CHUNK_ROWS) if n % 3 == 1 and str(n).startswith("7")]
    assert changes == ["layout"]  # the older change was never shown
    proxy.set_vm(None)
    assert proxy.busy
    proxy.set_vm("vm1")  # back to what is shown: the work is dropped, nothing moves
    assert not proxy.busy and changes == ["layout"]


@pytest.mark.usefixtures("one_chunk_a_slice")
def test_entries_arriving_during_a_change_are_not_lost(qtbot: Any) -> None:
    model, proxy = big_log(4 * CHUNK_ROWS)
    proxy.set_vm("vm2")
    qtbot.waitUntil(lambda: not proxy.busy)
    proxy.set_names(frozenset({"RESET"}))
    assert proxy.busy
    rows = proxy.rowCount()
    model.append([entry(9000, vm="vm2", name="RESET"), entry(9001, vm="vm2")])
    model.flush()  # the rows shown follow the filter shown meanwhile
    assert proxy.rowCount() == rows + 2
    qtbot.waitUntil(lambda: not proxy.busy)
    assert ns(proxy) == [9000]
    model.append([entry(9002, vm="vm2", name="RESET"), entry(9003, vm="vm1", name="RESET")])
    model.flush()
    assert ns(proxy) == [9000, 9002]


@pytest.mark.usefixtures("one_chunk_a_slice")
def test_rows_dropped_at_the_bound_leave_the_filtered_rows(qtbot: Any, qtmodeltester: Any) -> None:
    model, proxy = big_log(3 * CHUNK_ROWS, limit=3 * CHUNK_ROWS)
    proxy.set_vm("vm0")
    qtbot.waitUntil(lambda: not proxy.busy)
    qtmodeltester.check(proxy)
    removed: list[tuple[int, int]] = []
    proxy.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    model.append(entry(10_000 + n, vm="vm1") for n in range(30))
    model.flush()  # entries 0-29 go: ten of them were shown
    assert removed == [(0, 9)] and ns(proxy)[0] == 30
    proxy.set_text("#4")  # while it runs, most of the log is dropped
    model.append(entry(20_000 + n, vm="vm0", name="X") for n in range(2 * CHUNK_ROWS))
    model.flush()
    qtbot.waitUntil(lambda: not proxy.busy)
    every = model.entries()
    assert proxy.shown_entries() == [e for e in every if e.vm == "vm0" and "#4" in e.summary]
    qtmodeltester.check(proxy)


def test_a_narrower_filter_looks_only_at_the_rows_shown(qtbot: Any) -> None:
    model, proxy = big_log(3 * CHUNK_ROWS)
    proxy.set_text('"n":1')
    qtbot.waitUntil(lambda: not proxy.busy)
    model.append([entry(100_000, vm="vm2"), entry(1234)])
    model.flush()
    before = proxy.rowCount()
    looked: list[int] = []
    real = proxy._matching

    def counted(criteria: Any, seqs: Any, entries: Any) -> list[int]:
        seqs = list(seqs)
        looked.extend(seqs)
        return real(criteria, seqs, entries)

    proxy._matching = counted  # type: ignore[method-assign]
    proxy.set_text('"n":12')
    qtbot.waitUntil(lambda: not proxy.busy)
    assert len(looked) == len(set(looked)) == before < 3 * CHUNK_ROWS  # not every row
    assert ns(proxy) == [
        n for n in [*range(3 * CHUNK_ROWS), 100_000, 1234] if str(n).startswith("12")
    ]


def test_a_row_selected_stays_selected_where_it_still_shows(qtbot: Any) -> None:
    _model, proxy = big_log(2 * CHUNK_ROWS)
    kept = QPersistentModelIndex(proxy.index(301, 2))  # n = 301: vm1
    lost = QPersistentModelIndex(proxy.index(300, 0))  # n = 300: vm0
    proxy.set_vm("vm1")
    qtbot.waitUntil(lambda: not proxy.busy)
    assert kept.isValid() and kept.column() == 2 and kept.data(ENTRY_ROLE).data["n"] == 301
    assert not lost.isValid()
    proxy.set_vm(None)
    assert kept.row() == 301


def test_clearing_during_a_change_leaves_no_old_rows(qtbot: Any, one_chunk_a_slice: None) -> None:
    model, proxy = big_log(3 * CHUNK_ROWS)
    proxy.set_vm("vm0")
    assert proxy.busy
    model.clear()
    model.append([entry(5, vm="vm0"), entry(6, vm="vm1")])
    model.flush()
    qtbot.waitUntil(lambda: not proxy.busy)
    assert ns(proxy) == [5]


def test_the_filter_agrees_with_a_plain_test_through_any_mix_of_changes(
    qtbot: Any, one_chunk_a_slice: None
) -> None:
    """Changes, batches, drops and clears in a seeded random order, checked after each step."""
    chance = random.Random(7)
    model = EventLogModel(limit=2 * CHUNK_ROWS)
    proxy = EventLogFilter(model)
    counter = 0
    for _step in range(120):
        action = chance.random()
        if action < 0.5:
            size = chance.choice((1, 5, 80, CHUNK_ROWS))
            model.append(
                entry(
                    counter + n, vm=f"vm{chance.randrange(3)}", name=chance.choice(("A", "B", "C"))
                )
                for n in range(size)
            )
            counter += size
            model.flush()
        elif action < 0.6:
            proxy.set_vm(chance.choice((None, "vm0", "vm1")))
        elif action < 0.7:
            proxy.set_names(chance.choice((None, frozenset({"A"}), frozenset({"A", "B"}))))
        elif action < 0.85:
            proxy.set_text(chance.choice(("", "#1", "#12", "#2", '"n":3')))
        elif action < 0.87:
            model.clear()
        else:
            qtbot.waitUntil(lambda: not proxy.busy)
        if not proxy.busy:
            assert proxy.shown_entries() == [e for e in model.entries() if proxy.accepts(e)]
        assert proxy.rowCount() == len(proxy.shown_entries())
    qtbot.waitUntil(lambda: not proxy.busy)
    assert proxy.shown_entries() == [e for e in model.entries() if proxy.accepts(e)]
    assert len(proxy._haystacks) <= model.rowCount()

"""The memory parsers (QEMU 7.2's replies, damaged ones, libvirt's view) and the bounds
of a balloon target, with the sentences a user reads when a target is refused."""

from __future__ import annotations

import json

import pytest

from qmpgui.qmp.memory import (
    DomainMemory,
    MemorySummary,
    MiB,
    balloon_refusal,
    parse_balloon,
    parse_memory_devices,
)
from qmpgui.qmp.reader import Problems
from tests.helpers.recorded import DATA


def recorded(name: str) -> object:
    return json.loads((DATA / "qemu-7.2" / name).read_text())["return"]


def test_the_ram_is_the_base_plus_what_was_plugged() -> None:
    summary = MemorySummary.parse(recorded("query-memory-size-summary.json"), Problems())
    assert (summary.base, summary.plugged, summary.total) == (128 * MiB, 64 * MiB, 192 * MiB)
    # plugged-memory is optional (no hot-plug slots): the base alone.
    assert MemorySummary.parse({"base-memory": 64 * MiB}, Problems()).total == 64 * MiB


def test_a_summary_of_the_wrong_shape_is_unknown_and_said() -> None:
    problems = Problems()
    summary = MemorySummary.parse({"base-memory": "lots"}, problems)
    assert summary.total is None and summary.invalid == {"base-memory"}
    assert problems.lines == [
        "query-memory-size-summary: 'base-memory' should be an integer, not a string"
    ]


def test_memory_devices_of_qemu_72_read_by_kind() -> None:
    dimm, vmem = parse_memory_devices(recorded("query-memory-devices.json"), Problems())
    assert (dimm.kind, dimm.id, dimm.size, dimm.memdev, dimm.node) == (
        "dimm",
        "dimm1",
        64 * MiB,
        "/objects/mem1",
        0,
    )
    assert dimm.hotplugged is False and dimm.requested is None
    assert (vmem.kind, vmem.size, vmem.requested, vmem.max_size) == ("virtio-mem", 0, 0, 256 * MiB)


def test_a_memory_device_with_a_bad_size_names_it() -> None:
    problems = Problems()
    (dev,) = parse_memory_devices([{"type": "dimm", "data": {"id": "d", "size": True}}], problems)
    assert dev.size is None and "data.size" in dev.invalid
    assert len(problems.lines) == 1


def test_the_balloon_reads_actual_from_a_reply_and_from_its_event() -> None:
    assert parse_balloon({"actual": 96 * MiB}, Problems()) == (96 * MiB, True)
    assert parse_balloon({"actual": "96M"}, Problems()) == (None, False)


@pytest.mark.parametrize(
    ("target", "ram", "refused"),
    [
        (1, 128 * MiB, None),
        (128, 128 * MiB, None),
        (192, 192 * MiB, None),  # base plus plugged memory
        (0, 128 * MiB, "a balloon target of 0 MiB would leave the guest no memory at all"),
        (-5, None, "a balloon target of 0 MiB would leave the guest no memory at all"),
        (129, 128 * MiB, "a balloon target of 129 MiB is more than the VM's RAM, 128 MiB"),
        (10**6, None, None),  # RAM unknown: QEMU caps it at the RAM itself
    ],
)
def test_a_target_is_between_1_mib_and_the_ram(
    target: int, ram: int | None, refused: str | None
) -> None:
    sentence = balloon_refusal(target, ram)
    if refused is None:
        assert sentence is None
    else:
        assert sentence is not None and sentence.startswith(refused)


def test_libvirts_view_reads_kib_and_the_balloon() -> None:
    view = DomainMemory.parse(
        {
            "max_kib": 65536,
            "current_kib": 40960,
            "stats": {"actual": 40960, "rss": 9},
            "balloon": True,
        },
        Problems(),
    )
    assert (view.max_kib, view.current_kib, view.actual_kib, view.rss_kib) == (
        65536,
        40960,
        40960,
        9,
    )
    assert view.balloon is True
    # Without a balloon libvirt's stats have no `actual`.
    bare = DomainMemory.parse(
        {"max_kib": 65536, "current_kib": 65536, "stats": {"rss": 9}, "balloon": False}, Problems()
    )
    assert bare.actual_kib is None and bare.balloon is False

"""What the Balloon target row says: only what is known, since QEMU reports no target
(the target asked here, whether the guest reached it, moved on, or never answered)."""

from __future__ import annotations

import time

from qmpgui.models.memory_nodes import balloon_text, target_node
from qmpgui.models.palette import Tone
from qmpgui.qmp.memory import MemorySummary, MiB
from qmpgui.session.topic_state import MemoryState

ASKED_AT = time.mktime((2026, 11, 30, 10, 52, 13, 0, 0, -1))


def state(actual: int, target: int | None = None, changed_at: float | None = None) -> MemoryState:
    return MemoryState(
        summary=MemorySummary(128 * MiB, 0),
        balloon_actual=actual,
        has_balloon=True,
        target=target,
        target_at=ASKED_AT if target is not None else None,
        changed_at=changed_at,
    )


def cells(memory: MemoryState) -> tuple[str, Tone | None]:
    node = target_node(memory)
    return node.cells[1], node.tone


def test_no_target_asked_here_is_not_known() -> None:
    assert cells(state(128 * MiB)) == (
        "not known: QEMU reports only what the guest keeps",
        Tone.MUTED,
    )


def test_a_target_the_guest_reached() -> None:
    assert cells(state(96 * MiB, 96 * MiB, ASKED_AT + 1)) == (
        "96 MiB, asked at 10:52:13: reached",
        None,
    )


def test_a_guest_that_never_answered_needs_a_driver_and_says_so() -> None:
    text, tone = cells(state(128 * MiB, 96 * MiB))
    assert text == "96 MiB, asked at 10:52:13: not given back yet (needs the guest's driver)"
    assert tone is Tone.WARNING
    assert "virtio_balloon" in (target_node(state(128 * MiB, 96 * MiB)).tooltip or "")
    # Growing back: memory is taken back, not given.
    text, _ = cells(state(64 * MiB, 96 * MiB))
    assert text.endswith("not taken back yet (needs the guest's driver)")


def test_a_guest_whose_driver_answered_before_is_only_not_there_yet() -> None:
    text, tone = cells(state(128 * MiB, 96 * MiB, ASKED_AT - 5))
    assert text == "96 MiB, asked at 10:52:13: not reached yet" and tone is Tone.WARNING


def test_a_guest_that_moved_after_the_target_was_asked_is_not_taken_for_it() -> None:
    text, _ = cells(state(100 * MiB, 40 * MiB, ASKED_AT + 3))
    assert text == "40 MiB, asked at 10:52:13: the guest has moved since, to 100 MiB"


def test_the_balloon_row_says_what_the_guest_keeps_and_the_balloon_holds() -> None:
    assert balloon_text(state(96 * MiB), None, domain=False) == (
        "the guest keeps 96 MiB of 128 MiB (the balloon holds 32 MiB)"
    )
    assert balloon_text(MemoryState(has_balloon=False), None, domain=True) == (
        "no balloon device (<memballoon model='virtio'/> in the domain's XML adds one)"
    )

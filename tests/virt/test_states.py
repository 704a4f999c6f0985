"""libvirt's states and events in virsh's words (include/libvirt/libvirt-domain.h)."""

from __future__ import annotations

from qmpgui.virt.states import event_words, is_active, state_words


def test_states_read_as_virsh_domstate_reason_says_them() -> None:
    assert state_words(1, 1) == "running (booted)"
    assert state_words(3, 1) == "paused (user)"
    assert state_words(5, 2) == "shut off (destroyed)"
    assert state_words(5, 0) == "shut off"
    assert state_words(6, 1) == "crashed (panicked)"
    assert state_words(7, 0) == "pmsuspended"
    assert state_words(42, 3) == "state 42"


def test_only_a_domain_with_a_qemu_running_is_active() -> None:
    assert [s for s in range(8) if is_active(s)] == [1, 2, 3, 4, 7]


def test_events_and_migrations() -> None:
    assert [event_words(e, 0) for e in range(9)] == [
        "defined",
        "undefined",
        "started",
        "suspended",
        "resumed",
        "stopped",
        "shutdown",
        "pmsuspended",
        "crashed",
    ]
    assert event_words(2, 1) == "migrated"  # STARTED_MIGRATED
    assert event_words(5, 3) == "migrated"  # STOPPED_MIGRATED
    assert event_words(5, 2) == "stopped"  # STOPPED_DESTROYED

"""The states a connection's listing gave, kept by libvirt's lifecycle events: what a
domain's session reads instead of asking libvirt again (virt/listed.py)."""

from __future__ import annotations

from typing import Any

from qmpgui.virt.listed import ListedStates

LISTING = [
    {"name": "web", "uuid": "u-web", "state": 5, "reason": 2, "words": "shut off (destroyed)"},
    {"name": "db", "uuid": "u-db", "state": 1, "reason": 1, "words": "running (booted)"},
]


def lifecycle(domain: str, kind: str, state: int, reason: int) -> dict[str, Any]:
    return {"event": "lifecycle", "domain": domain, "kind": kind, "state": state, "reason": reason}


def test_a_listing_answers_for_its_domains_and_events_keep_them_current() -> None:
    listed = ListedStates()
    assert listed.known("web") is None  # nothing listed yet: libvirt is asked
    listed.listing_started()
    listed.listing_ended(LISTING)
    assert listed.known("web") == {"state": 5, "reason": 2, "uuid": "u-web"}
    listed.take(lifecycle("web", "started", 1, 1))
    assert listed.known("web") == {"state": 1, "reason": 1, "uuid": "u-web"}
    listed.take({"event": "qmp", "domain": "web", "message": {"event": "STOP"}})
    assert listed.known("web") == {"state": 1, "reason": 1, "uuid": "u-web"}
    listed.take(lifecycle("db", "undefined", 0, 0))
    assert listed.known("db") is None
    # Defined after the listing: its uuid unknown here, so its session asks libvirt.
    listed.take(lifecycle("new", "defined", 5, 0))
    assert listed.known("new") is None


def test_events_read_while_a_listing_is_on_its_way_are_applied_after_it() -> None:
    listed = ListedStates()
    listed.listing_started()
    listed.take(lifecycle("web", "started", 1, 1))
    assert listed.known("web") is None  # a listing on its way: not trusted meanwhile
    listed.listing_ended(LISTING)
    assert listed.known("web") == {"state": 1, "reason": 1, "uuid": "u-web"}


def test_a_failed_listing_keeps_what_was_known_and_a_damaged_one_is_passed_over() -> None:
    listed = ListedStates()
    listed.listing_started()
    listed.listing_ended(LISTING)
    listed.listing_started()
    listed.take(lifecycle("db", "suspended", 3, 1))
    listed.listing_ended(None)
    assert listed.known("db") == {"state": 3, "reason": 1, "uuid": "u-db"}
    listed.listing_started()
    listed.listing_ended([{"name": 7}, "web", {"name": "odd", "state": "x"}])
    assert listed.known("web") is None
    assert listed.known("odd") == {"state": 0, "reason": 0, "uuid": None}

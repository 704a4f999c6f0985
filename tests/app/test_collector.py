"""The garbage collection policy: survivors frozen each second, cycles freed later."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from typing import Any

import pytest

from qmpgui.app import collector
from qmpgui.app.collector import Collector


class Cycle:
    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def policy(qapp: Any) -> Iterator[Collector]:
    gc.collect()
    made = Collector(qapp)
    yield made
    made.stop()
    made.deleteLater()


def test_survivors_are_frozen_and_handed_back_at_stop(policy: Collector) -> None:
    before = gc.get_freeze_count()
    policy.tick()
    assert gc.get_freeze_count() > before
    policy.stop()
    assert gc.get_freeze_count() == 0


def frozen_garbage(policy: Collector) -> tuple[weakref.ref[Cycle], float]:
    """A reference cycle frozen while in use, then dropped; and when the policy began."""
    cycle = Cycle()
    alive = weakref.ref(cycle)
    start = policy.thawed_at
    policy.tick(start + 1)
    del cycle
    return alive, start


def test_a_cycle_frozen_before_it_became_garbage_is_freed_at_the_next_thaw(
    policy: Collector, monkeypatch: pytest.MonkeyPatch
) -> None:
    alive, start = frozen_garbage(policy)
    gc.collect()
    assert alive() is not None  # frozen: no walk sees it
    monkeypatch.setattr(policy._app, "activeWindow", object)  # the user works here
    policy.tick(start + collector.THAW_AFTER_S + 1)
    gc.collect()
    assert alive() is not None  # not while a window of ours is active
    monkeypatch.setattr(policy._app, "activeWindow", lambda: None)  # the user went elsewhere
    policy.tick(start + collector.THAW_AFTER_S + 2)
    assert alive() is None
    assert policy.walks and policy.walks[-1] >= 1


def test_cycles_are_freed_after_half_an_hour_even_while_the_window_is_used(
    policy: Collector, monkeypatch: pytest.MonkeyPatch
) -> None:
    alive, start = frozen_garbage(policy)
    monkeypatch.setattr(policy._app, "activeWindow", object)
    policy.tick(start + collector.THAW_LATEST_S + 1)
    assert alive() is None

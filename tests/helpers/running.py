"""The test that is running now, for helpers that check its marks, and whether its time
is up.

tests/conftest.py sets the test around its setup, call and teardown, and says when
its timeout (pytest-timeout's) has passed while Qt was waiting: the waits of
AsyncRunner then end the test.
"""

from __future__ import annotations

import pytest

_current: pytest.Item | None = None
_timed_out: str | None = None


def set_current(item: pytest.Item | None) -> None:
    global _current
    _current = item


def current() -> pytest.Item | None:
    return _current


def require_marker(name: str, what: str) -> None:
    """Fail the running test unless it is marked `name`: `what` needs the mark.

    Outside a test run (a benchmark, a script) there is nothing to check.
    """
    if _current is not None and _current.get_closest_marker(name) is None:
        pytest.fail(
            f"{_current.nodeid} {what}: mark it @pytest.mark.{name}, so that "
            f'`pytest -m "not {name}"` leaves it out',
            pytrace=False,
        )


def time_out(message: str | None) -> None:
    """The running test's time is up (`message` says so), or None: it is not."""
    global _timed_out
    _timed_out = message


def check_time() -> None:
    """Fail the running test if its time is up."""
    if _timed_out is not None:
        pytest.fail(_timed_out)

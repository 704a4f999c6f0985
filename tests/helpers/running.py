"""The test that is running now, for helpers that check what it is marked with.

tests/conftest.py sets it around each test's setup, call and teardown.
"""

from __future__ import annotations

import pytest

_current: pytest.Item | None = None


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

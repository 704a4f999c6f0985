"""Reconnect delays: 1 s doubling to 30 s; the caller resets after a good connection."""

from __future__ import annotations

#: The delay before the first reconnect attempt, in seconds.
FIRST_DELAY_S = 1.0
#: The longest delay between attempts, in seconds.
MAX_DELAY_S = 30.0


def reconnect_delay(attempt: int, first: float = FIRST_DELAY_S, cap: float = MAX_DELAY_S) -> float:
    """Seconds to wait before reconnect attempt `attempt` (1-based): `first` doubled per
    attempt, at most `cap` (both in seconds). Raises ValueError when `attempt` < 1."""
    if attempt < 1:
        raise ValueError("attempts are counted from 1")
    # Cap the exponent so a session that retries for weeks never overflows.
    return float(min(cap, first * 2 ** min(attempt - 1, 32)))

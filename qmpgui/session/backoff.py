"""Reconnect delays: 1 s doubling to 30 s after a lost connection, to WATCH_MAX_DELAY_S
while an endpoint is only watched for a QEMU to start; the caller resets after a good
connection."""

from __future__ import annotations

from qmpgui.i18n import translate

#: The delay before the first reconnect attempt, in seconds.
FIRST_DELAY_S = 1.0
#: The longest delay between attempts, in seconds.
MAX_DELAY_S = 30.0
#: The longest delay between looks at an endpoint where nothing listens (yet), in
#: seconds: a QEMU started there is connected to within it. A look costs one refused
#: connect() (a missing file or a closed port), nothing QEMU or the machine notices.
WATCH_MAX_DELAY_S = 2.0


def reconnect_delay(attempt: int, first: float = FIRST_DELAY_S, cap: float = MAX_DELAY_S) -> float:
    """Seconds to wait before reconnect attempt `attempt` (1-based): `first` doubled per
    attempt, at most `cap` (both in seconds). Raises ValueError when `attempt` < 1."""
    if attempt < 1:
        raise ValueError(translate("backoff", "attempts are counted from 1"))
    # Cap the exponent so a session that retries for weeks never overflows.
    return float(min(cap, first * 2 ** min(attempt - 1, 32)))

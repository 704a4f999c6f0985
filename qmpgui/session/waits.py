"""The waits of a VmSession between attempts to reach its QEMU: for a QEMU not started
yet (nothing listens at the endpoint, a shut-off domain) and for one lost, each with
its backoff (session/backoff.py), shown in the session's state while it lasts."""

from __future__ import annotations

import asyncio
import time

from PySide6.QtCore import Signal

from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.session.backoff import MAX_DELAY_S, WATCH_MAX_DELAY_S, reconnect_delay
from qmpgui.session.state import ConnState
from qmpgui.session.voice import SessionVoice
from qmpgui.virt.domain import Domain


class SessionWaits(SessionVoice):
    """The waiting half of a VmSession; the attributes are the session's (see there)."""

    #: (): the connection state, the run state or the displayed name changed.
    stateChanged = Signal()

    state: ConnState
    error: str | None
    error_cause: str | None
    attempt: int
    next_retry_at: float | None
    domain: Domain | None

    async def _wait_for_qemu(self, found: str, shown: str | None = None) -> None:
        """Wait before the next look at an endpoint where nothing listens; `found` says
        what was there, `shown` what the list shows instead of "waiting for QEMU" (a
        domain's state in libvirt's words). Said once (information, not an error)."""
        first = self.state is not ConnState.WAITING
        self.attempt += 1
        delay = reconnect_delay(self.attempt, cap=WATCH_MAX_DELAY_S)
        # A shut-off domain is not asked again and again: libvirt's lifecycle event
        # (or its connection's end) says when to look.
        domain = self.domain if shown is not None else None
        self.next_retry_at = None if domain else time.monotonic() + delay
        if first or found != self.error or shown != self.error_cause:
            self.state, self.error, self.error_cause = ConnState.WAITING, found, shown
            self.stateChanged.emit()
        if first:
            self.say_waiting(found, libvirt=self.domain is not None, inactive=domain is not None)
        await (domain.wait_changed() if domain else asyncio.sleep(delay))

    async def _wait_retry(self, reason: str, *, quiet: bool = False) -> None:
        # The retry time is set before stateChanged, so the VM list shows the wait at once.
        # `quiet`: QEMU ended in order, and its endpoint is only watched (EXITED): an
        # absent QEMU there is no error, and each attempt is not worth a log entry; a
        # QEMU started again is picked up as soon as one that was never there.
        self.attempt += 1
        delay = reconnect_delay(self.attempt, cap=WATCH_MAX_DELAY_S if quiet else MAX_DELAY_S)
        self.state = ConnState.EXITED if quiet else ConnState.RECONNECTING
        self.error = None if quiet else reason
        self.next_retry_at = time.monotonic() + delay
        self.stateChanged.emit()
        if not quiet:
            self._log(
                Level.WARNING,
                "reconnecting",
                translate("SessionWaits", "attempt {attempt} in {delay:g} s: {reason}").format(
                    attempt=self.attempt, delay=delay, reason=reason
                ),
            )
        await asyncio.sleep(delay)

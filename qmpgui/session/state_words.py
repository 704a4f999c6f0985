"""A VM session's state in words: whole for the places with room (the tooltip, the
console, the panes), and its cause first and short for the VM list's State column."""

from __future__ import annotations

import time
from typing import Protocol

from qmpgui.i18n import translate
from qmpgui.session.ending import ShutdownNotice
from qmpgui.session.state import ConnState


class SessionState(Protocol):
    """What the words are made from: the attributes VmSession keeps under these names."""

    @property
    def state(self) -> ConnState:
        """Where the connection stands."""

    @property
    def run_status(self) -> str | None:
        """The run state from query-status; None when not connected."""

    @property
    def attempt(self) -> int:
        """The attempt a reconnection is at (1 for the first)."""

    @property
    def next_retry_at(self) -> float | None:
        """When the next attempt starts, time.monotonic() s; None when none is due."""

    @property
    def error(self) -> str | None:
        """Why the state is ERROR, the whole sentence."""

    @property
    def error_cause(self) -> str | None:
        """The head of `error` in a few words ("no such socket")."""

    @property
    def shutdown(self) -> ShutdownNotice | None:
        """How QEMU announced its end while EXITED."""


def state_text(session: SessionState, now: float | None = None) -> str:
    """The state whole: the run state when connected, else the connection state
    ("reconnecting (attempt 2, next try in 3 s)", "error: ...", "exited (guest shut
    down); waiting for QEMU to come back", "waiting for QEMU": nothing listens yet).

    `now` is time.monotonic() seconds (the current time when None), for the seconds
    left before the next attempt. Never raises.
    """
    if session.state is ConnState.CONNECTED:
        return session.run_status or "connected"
    if session.state is ConnState.RECONNECTING:
        wait = ""
        if session.next_retry_at is not None:
            left = max(0, round(session.next_retry_at - (now or time.monotonic())))
            wait = translate("state_words", ", next try in {left} s").format(left=left)
        return translate("state_words", "reconnecting (attempt {attempt}{wait})").format(
            attempt=session.attempt, wait=wait
        )
    if session.state is ConnState.ERROR:
        return translate("state_words", "error: {error}").format(error=session.error)
    if session.state is ConnState.EXITED and session.shutdown is not None:
        return translate("state_words", "exited ({cause}); waiting for QEMU to come back").format(
            cause=session.shutdown.cause
        )
    if session.state is ConnState.WAITING and session.error_cause:
        return session.error_cause  # a libvirt domain's state: "shut off (destroyed)"
    return str(session.state.value)


def state_brief(session: SessionState, now: float | None = None) -> str:
    """state_text() with its cause first and short, for a narrow column: "error: no
    such socket" (the path and the advice stay in state_text()), "exited (guest shut
    down)"; the same as state_text() for the other states. `now` as there."""
    if session.state is ConnState.ERROR:
        return translate("state_words", "error: {v0}").format(
            v0=session.error_cause or session.error
        )
    if session.state is ConnState.EXITED and session.shutdown is not None:
        return translate("state_words", "exited ({cause})").format(cause=session.shutdown.cause)
    return state_text(session, now)

"""The file descriptors the asyncio loop inside Qt's waits on, watched as one.

qasync gives every reader and writer (each monitor's socket, each pipe) a
QSocketNotifier of its own. Qt's dispatcher (GLib's or its own) polls every notifier
at every wake-up of the loop, whether or not it is ready: with 2,000 monitors that
poll() of 2,000 sockets, and GLib's walk over them before and after it, was two thirds
of the window's CPU at about 400 wake-ups a second (perf: sock_poll, fdget, unix_poll,
g_main_context_check and _query). Here they are all in one epoll set, whose own
descriptor is the one notifier Qt watches: a wake-up costs what is ready, not what is
open. Readers and writers keep asyncio's selector semantics (level-triggered, one of
each per descriptor, a new one replacing the old), as asyncio's own loop has them.
"""

from __future__ import annotations

import asyncio
import contextlib
import selectors
import time
from typing import Any

import shiboken6
from PySide6.QtCore import QSocketNotifier

#: The longest the ready descriptors' callbacks run in a row before Qt gets its turn;
#: the rest are still ready (level-triggered) at the next wake-up.
READY_BUDGET_S = 0.008

_Pair = tuple[asyncio.Handle | None, asyncio.Handle | None]


class LoopFds:
    """Readers and writers of `loop` in one epoll set (Linux's selectors.EpollSelector).

    add() and remove() are asyncio's BaseSelectorEventLoop._add_reader/_remove_reader
    (and the writers'), minus the loop's own checks; a ready descriptor's callback runs
    at once, in Qt's notifier slot, as qasync's own selector runs it. Must be made on
    the loop's thread (the notifier belongs to it).
    """

    def __init__(self) -> None:
        self._selector = selectors.EpollSelector()
        self._notifier = QSocketNotifier(self._selector.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._ready)
        self._closed = False

    def __len__(self) -> int:
        """How many descriptors are watched (for reading, writing or both)."""
        return len(self._selector.get_map())

    def add(self, fd: Any, event: int, handle: asyncio.Handle) -> None:
        """Run `handle` whenever `fd` (a descriptor or an object with fileno()) is ready
        for `event` (selectors.EVENT_READ or EVENT_WRITE), in place of the one it had.
        Raises what epoll_ctl raises (PermissionError for a regular file, as asyncio)."""
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            self._selector.register(fd, event, _pair(event, handle, (None, None)))
            return
        old = key.data[_index(event)]
        # Registered again rather than modified: a descriptor closed while watched has
        # left epoll, and the next socket given its number would not be watched (modify()
        # does not call epoll when the events stay the same; asyncio's loop has that flaw).
        self._selector.unregister(fd)
        self._selector.register(fd, key.events | event, _pair(event, handle, key.data))
        if old is not None:
            old.cancel()

    def remove(self, fd: Any, event: int) -> bool:
        """Stop running the callback of `fd` for `event`; whether there was one."""
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            return False
        old = key.data[_index(event)]
        events = key.events & ~event
        if not events:
            self._selector.unregister(fd)  # a descriptor closed meanwhile is no error
        else:
            with contextlib.suppress(OSError):  # closed meanwhile: modify() let go of it
                self._selector.modify(fd, events, _pair(event, None, key.data))
        if old is None:
            return False
        old.cancel()
        return True

    def close(self) -> None:
        """Stop watching every descriptor (they stay open: their owners close them)."""
        self._closed = True
        self._notifier.setEnabled(False)
        # Deleted now, on the loop's thread: left to Python's collector, the notifier
        # could be destroyed on whichever thread collects while Qt's dispatcher here
        # still holds it.
        shiboken6.delete(self._notifier)
        self._selector.close()

    def _ready(self) -> None:
        deadline = time.perf_counter() + READY_BUDGET_S
        watched = self._selector.get_map()
        for key, mask in self._selector.select(0):
            for event in (selectors.EVENT_READ, selectors.EVENT_WRITE):
                if not mask & event or self._closed:
                    continue
                # The key as it is now: a callback run just before may have replaced
                # or removed this one (a cancelled handle is never in it).
                now = watched.get(key.fd)
                handle = None if now is None else now.data[_index(event)]
                if handle is not None and not handle.cancelled():
                    handle._run()
            if time.perf_counter() > deadline:
                break  # the rest at the next wake-up: still ready, epoll says so again


def _pair(event: int, handle: asyncio.Handle | None, pair: _Pair) -> _Pair:
    """`pair` (reader, writer) with the one for `event` made `handle`."""
    return (handle, pair[1]) if event == selectors.EVENT_READ else (pair[0], handle)


def _index(event: int) -> int:
    """Where the handle for `event` is in a (reader, writer) pair."""
    return 0 if event == selectors.EVENT_READ else 1

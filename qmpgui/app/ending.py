"""How qmpgui ends, whatever ends it.

- SIGINT (Ctrl+C), SIGTERM and SIGHUP close the window the normal way: the VMs are
  disconnected, the demo VM stopped, every file written, and qmpgui exits with 0. A
  second one while that is under way ends qmpgui at once (end_now(), exit status
  128 + the signal's number); a third, should the loop not get to the second, ends it
  from wherever Python is.
- Before the event loop runs, such a signal ends the start-up quietly (nothing has
  started that needs stopping); while the window is being made, it closes the window
  as soon as it exists.
- When Qt ends its event loop by itself, as it does when the connection to the display
  breaks, no window and no loop can run any more: qmpgui.__main__ calls end_now().
- end_now() says why in one line on stderr, writes what is not written yet and stops
  the demo VM without the loop (the window's shutdown_now()), and leaves with
  os._exit(): no more of Qt runs (its objects finalised at Python's exit, with the
  display gone), and nothing else is waited for (worker threads, a close that hangs).
  A signal during it ends the process without waiting for the writes.
- However else qmpgui ends (SIGKILL, a crash), the demo VM's watchdog stops QEMU and
  removes its folder (qmpgui.host.demo_watchdog).

Python runs signal handlers between bytecodes only, and Qt's loop waits in C++: the
signal wake-up descriptor (signal.set_wakeup_fd), watched by the loop, brings it back to
Python as soon as a signal arrives, with no timer waking the process in between.

No Qt here, only asyncio: the Ending is made first thing in main(), before Qt loads.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
from collections.abc import Callable
from types import FrameType
from typing import NoReturn, Protocol

from qmpgui.i18n import translate

#: The signals that end qmpgui the way its Quit does (Ctrl+C, kill, the terminal closed).
QUIT_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class Closable(Protocol):
    """What Ending needs of the main window."""

    def quit(self) -> None:
        """Begin the orderly close (it ends the loop once done), even where closing the
        window would only hide it (the tray icon is shown)."""
        ...

    def shutdown_now(self) -> list[str]:
        """Write what is unwritten and stop the demo VM, blocking; what went wrong."""
        ...


class Ending:
    """The process's handlers of QUIT_SIGNALS, installed when made, and its end at once.

    Make it first in main(), so that no signal meets Python's default handler (a
    KeyboardInterrupt traceback, or a death that skips every clean-up).
    """

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: tuple[socket.socket, socket.socket] | None = None
        self._window: Closable | None = None
        #: A signal that came while the window was being made.
        self._pending: int | None = None
        self._closing = False
        #: end_now() was asked of the loop and has not run yet.
        self._ending = False
        self._cleanups: list[Callable[[], None]] = []
        for signum in QUIT_SIGNALS:
            signal.signal(signum, self._signalled)

    def watch(self, loop: asyncio.AbstractEventLoop) -> None:
        """The loop runs from now on: signals are handled through it, and wake it.

        Call it from the loop's thread (the main thread), before the window is made.
        """
        reader, writer = socket.socketpair()
        for end in (reader, writer):
            end.setblocking(False)
        # The C-level handler writes each signal's number here; the loop's watch on the
        # other end enters Python, which then runs _signalled.
        signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
        loop.add_reader(reader.fileno(), self._drain)
        self._wake = (reader, writer)
        self._loop = loop

    def attach(self, window: Closable) -> None:
        """From now on a signal closes `window`, and end_now() saves what it holds."""
        self._window = window
        if self._pending is not None:
            self._close()

    def at_end(self, cleanup: Callable[[], None]) -> None:
        """Run `cleanup` in end_now(), after the window's shutdown_now()."""
        self._cleanups.append(cleanup)

    def finished(self) -> None:
        """The loop has ended: signals are ignored while the process exits."""
        for signum in QUIT_SIGNALS:
            signal.signal(signum, signal.SIG_IGN)
        if self._wake is not None:
            signal.set_wakeup_fd(-1)
            if self._loop is not None:
                self._loop.remove_reader(self._wake[0].fileno())
            for end in self._wake:
                end.close()
            self._wake = None

    def end_now(self, why: str, status: int) -> NoReturn:
        """Say `why` on stderr, save what is unsaved and stop the demo VM without the
        event loop, then exit with `status` without Python's clean-up at exit."""
        for signum in QUIT_SIGNALS:
            signal.signal(signum, _exit_at_once)
        _say(why)
        problems: list[str] = []
        try:
            problems = self._window.shutdown_now() if self._window is not None else []
            for cleanup in self._cleanups:
                cleanup()
        except Exception as err:  # whatever else fails, the process still ends here
            problems = [
                translate("Ending", "could not finish everything before quitting: {err}").format(
                    err=err
                )
            ]
        finally:
            for problem in problems:
                _say(problem)
            with contextlib.suppress(OSError, ValueError):
                sys.stdout.flush()
                sys.stderr.flush()
            os._exit(status)

    def _signalled(self, signum: int, _frame: FrameType | None) -> None:
        name = signal.Signals(signum).name
        if self._loop is None:
            raise SystemExit(128 + signum)  # nothing has started that needs stopping
        if self._ending:  # the loop did not get to the last one: from here, then
            self.end_now(
                translate("Ending", "{name} again: qmpgui quits at once").format(name=name),
                128 + signum,
            )
        if self._window is None:
            self._pending = signum  # the window is being made: it closes once it exists
        elif self._closing:
            self._ending = True
            why = translate("Ending", "{name} while closing: qmpgui quits at once").format(
                name=name
            )
            # From the loop, not from the middle of the Python code the signal interrupted
            # (the event log's entries could be halfway from one list to another).
            self._loop.call_soon(self.end_now, why, 128 + signum)
        else:
            self._close()

    def _close(self) -> None:
        assert self._loop is not None and self._window is not None
        self._closing = True
        self._loop.call_soon(self._window.quit)

    def _drain(self) -> None:
        # Nothing else to do: Python ran the handler on its way into this callback.
        if self._wake is not None:
            with contextlib.suppress(OSError):
                self._wake[0].recv(512)


def _exit_at_once(signum: int, _frame: FrameType | None) -> None:
    os._exit(128 + signum)


def _say(text: str) -> None:
    with contextlib.suppress(OSError, ValueError):  # stderr may be a terminal that hung up
        print(f"qmpgui: {text}", file=sys.stderr, flush=True)

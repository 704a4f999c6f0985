"""The sentences for a monitor that does not greet (QMP's greeting, qmp-protocol.md 2.2):
a second client's wait (busy, held), QEMU's full queue of waiting clients, a socket that
is not a monitor, a stopped QEMU, a connection not accepted, a negotiation that never
ends. Each is a ConnectFailure whose message names the cause and what to do; the checks
that choose among them are qmp/silence.py and qmp/connection.py."""

from __future__ import annotations

from collections.abc import Sequence

from qmpgui.i18n import PLURAL, marked, translate
from qmpgui.qmp.errors import ConnectFailure, ConnectKind


def negotiation_timeout(seconds: float) -> ConnectFailure:
    """A greeting came, but no answer to qmp_capabilities within `seconds` (float).

    Not a second client's problem (that gives no greeting at all): QEMU is stopped or stuck.
    """
    return ConnectFailure(
        ConnectKind.OTHER,
        translate(
            "silence_errors",
            "the server sent a QMP greeting but did not answer qmp_capabilities within {seconds:g} s (is QEMU stopped with SIGSTOP, or stuck?)",
        ).format(seconds=seconds),
        translate("silence_errors", "no answer to qmp_capabilities"),
    )


def busy_failure(seconds: float, holders: Sequence[str] = ()) -> ConnectFailure:
    """No greeting within `seconds` (float): another client holds the monitor (BUSY).

    A QMP socket serves one client at a time; a second one connects but gets no
    greeting until the first leaves (qmp-protocol.md, section 5). `holders` are the
    clients connected to the socket as the kernel lists them, each "pid N (command
    line)", or "" for one whose process qmpgui may not see.
    """
    held = f": {_holders_connected(holders)}" if holders else ""
    return ConnectFailure(
        ConnectKind.BUSY,
        translate(
            "silence_errors",
            "monitor busy: connected, but no QMP greeting within {seconds:g} s{held}. {_ONE_CLIENT}",
        ).format(seconds=seconds, held=held, _ONE_CLIENT=translate("silence_errors", _ONE_CLIENT)),
    )


#: What to do about a monitor another client holds.
_ONE_CLIENT = marked(
    "silence_errors",
    "A QMP socket serves one client at a time; close the other client (another qmpgui, qmp-shell, libvirt) or give QEMU a second -qmp socket",
)


def _holders_connected(holders: Sequence[str]) -> str:
    """ "pid 42 (qmp-shell …) is connected to it", or of one /proc hides "another client
    is connected to it (a process of another user)"."""
    named = [h for h in holders if h]
    if named:
        return translate(
            "silence_errors", "{v0} (is|are) connected to it", None, PLURAL, len(holders)
        ).format(v0=", ".join(named))
    return translate(
        "silence_errors", "another client is connected to it (a process of another user)"
    )


def held_failure(holders: Sequence[str]) -> ConnectFailure:
    """The kernel's table shows other clients connected to the monitor and no greeting
    came (BUSY), said without waiting for the greeting timeout. `holders` (at least
    one) as for busy_failure()."""
    return ConnectFailure(
        ConnectKind.BUSY,
        translate("silence_errors", "monitor busy: {v0}. {_ONE_CLIENT}").format(
            v0=_holders_connected(holders), _ONE_CLIENT=translate("silence_errors", _ONE_CLIENT)
        ),
    )


def queue_full_failure(path: str, holders: Sequence[str] = ()) -> ConnectFailure:
    """The unix socket `path` takes no more connections (BUSY): its server accepts
    none while a client holds the monitor, and others already wait in its queue.
    `holders` as for busy_failure()."""
    named = [h for h in holders if h]
    if named:
        held = translate("silence_errors", "{v0} (holds|hold) it", None, PLURAL, len(named)).format(
            v0=", ".join(named)
        )
    else:
        held = translate("silence_errors", "another client holds it")
    return ConnectFailure(
        ConnectKind.BUSY,
        translate(
            "silence_errors",
            "monitor busy: {path} takes no more clients: {held} and others already wait for their turn. A QMP socket serves one client at a time; close the other client (another qmpgui, qmp-shell, libvirt) or give QEMU a second -qmp socket",
        ).format(path=path, held=held),
    )


def not_a_monitor(path: str, pid: int, what: str, option: str) -> ConnectFailure:
    """QEMU's command line says the socket `path` is not a QMP monitor (NOT_QMP).

    `pid` is QEMU's; `what` a phrase such as "the guest agent's channel
    org.qemu.guest_agent.0"; `option` the option that says so ("-chardev socket,id=ga0").
    """
    return ConnectFailure(
        ConnectKind.NOT_QMP,
        translate(
            "silence_errors",
            "{path} is not a QMP monitor: QEMU (pid {pid}) uses it as {what} ({option} on its command line). Give qmpgui a QMP socket: start QEMU with -qmp unix:PATH,server=on,wait=off",
        ).format(path=path, pid=pid, what=what, option=option),
    )


def stopped_failure(pid: int, is_qemu: bool) -> ConnectFailure:
    """The server process `pid` is stopped (SIGSTOP, or a debugger holds it), so it
    cannot greet; `is_qemu` names it QEMU."""
    who = (
        translate("silence_errors", "QEMU (pid {pid})").format(pid=pid)
        if is_qemu
        else translate("silence_errors", "the server (pid {pid})").format(pid=pid)
    )
    return ConnectFailure(
        ConnectKind.OTHER,
        translate(
            "silence_errors",
            "{who} is stopped (SIGSTOP, or a debugger holds it): it sends no QMP greeting until it runs again (kill -CONT {pid})",
        ).format(who=who, pid=pid),
        translate("silence_errors", "{v0} is stopped").format(
            v0="QEMU" if is_qemu else translate("silence_errors", "the server")
        ),
    )


def accepted_silently(
    seconds: float, server: str, is_qemu: bool, is_monitor: bool
) -> ConnectFailure:
    """The server `server` ("pid N (command line)") accepted the connection but sent no
    greeting within `seconds`, and no other client holds the socket.

    `is_monitor`: QEMU's command line names the socket a QMP monitor (then QEMU is
    stuck, OTHER); otherwise the socket is not a QMP monitor (NOT_QMP).
    """
    if is_monitor:
        return ConnectFailure(
            ConnectKind.OTHER,
            translate(
                "silence_errors",
                "QEMU ({server}) accepted the connection on its QMP monitor but sent no greeting within {seconds:g} s (is it stuck?)",
            ).format(server=server, seconds=seconds),
            translate("silence_errors", "no QMP greeting"),
        )
    if is_qemu:
        return ConnectFailure(
            ConnectKind.NOT_QMP,
            translate(
                "silence_errors",
                "QEMU ({server}) accepted the connection but sent no QMP greeting within {seconds:g} s: this socket is not one of its QMP monitors (a guest agent, serial port or other character device?)",
            ).format(server=server, seconds=seconds),
        )
    return ConnectFailure(
        ConnectKind.NOT_QMP,
        translate(
            "silence_errors",
            "not a QMP server: {server} accepted the connection but sent no QMP greeting within {seconds:g} s, and it is not QEMU (if it relays a QMP monitor, that monitor is busy or stuck)",
        ).format(server=server, seconds=seconds),
    )


def not_accepted(seconds: float, server: str) -> ConnectFailure:
    """The server `server` ("pid N (command line)") left the connection waiting in its
    queue for `seconds`, and no other client is connected: it is stuck (OTHER)."""
    return ConnectFailure(
        ConnectKind.OTHER,
        translate(
            "silence_errors",
            "{server} has not accepted the connection within {seconds:g} s, and no other client is connected to the socket (is it stuck?)",
        ).format(server=server, seconds=seconds),
        translate("silence_errors", "connection not accepted"),
    )

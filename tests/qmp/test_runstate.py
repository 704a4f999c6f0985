"""Which actions each run state offers, and why the others are not: every state QEMU
reports (qapi/run-state.json, RunState) with what the protocol page says a control panel
offers in it (qmp-protocol.md, section 4) and the README's table of actions. Written
from those, not from qmpgui's table, so a state whose row is lost fails here."""

from __future__ import annotations

import pytest

from qmpgui.qmp.runstate import VmAction, needs_warning, offered, refusal

PAUSE, RESUME, START, RESET = VmAction.PAUSE, VmAction.RESUME, VmAction.START, VmAction.RESET
POWERDOWN, QUIT, WAKE = VmAction.POWERDOWN, VmAction.QUIT, VmAction.WAKE
SCREENDUMP, FORCE_OFF = VmAction.SCREENDUMP, VmAction.FORCE_OFF
SEND_KEY = VmAction.SEND_KEY

#: qmp-protocol.md, section 4; Screendump in every state but inmigrate (README); Force off
#: (a libvirt domain's Quit VM: libvirt's destroy) wherever Quit VM is.
EXPECTED = {
    "running": {PAUSE, RESET, POWERDOWN, QUIT, FORCE_OFF, SCREENDUMP, SEND_KEY},
    "paused": {RESUME, RESET, QUIT, FORCE_OFF, SCREENDUMP},
    "prelaunch": {START, QUIT, FORCE_OFF, SCREENDUMP},
    "shutdown": {RESET, QUIT, FORCE_OFF, SCREENDUMP},
    "internal-error": {RESET, QUIT, FORCE_OFF, SCREENDUMP},
    "guest-panicked": {RESET, QUIT, FORCE_OFF, SCREENDUMP},
    "io-error": {RESUME, RESET, QUIT, FORCE_OFF, SCREENDUMP},
    "watchdog": {RESUME, RESET, QUIT, FORCE_OFF, SCREENDUMP},
    "suspended": {WAKE, RESET, QUIT, FORCE_OFF, SCREENDUMP},
    "inmigrate": {QUIT, FORCE_OFF},
    "postmigrate": {RESUME, QUIT, FORCE_OFF, SCREENDUMP},
    "finish-migrate": {QUIT, FORCE_OFF, SCREENDUMP},
    "save-vm": {QUIT, FORCE_OFF, SCREENDUMP},
    # A failed revert leaves restore-vm; cont runs the VM on (QEMU 7.2, tests/app/test_snapshots.py).
    "restore-vm": {RESUME, QUIT, FORCE_OFF, SCREENDUMP},
    "colo": {QUIT, FORCE_OFF, SCREENDUMP},
    "debug": {QUIT, FORCE_OFF, SCREENDUMP},
}


def test_every_run_state_qemu_reports_is_listed_here() -> None:
    # The sixteen of qapi/run-state.json (QEMU 7.2 to 9.1).
    assert len(EXPECTED) == 16


@pytest.mark.parametrize(("status", "expected"), EXPECTED.items())
def test_each_run_state_offers_what_qemu_accepts_there(
    status: str, expected: set[VmAction]
) -> None:
    assert offered(status) == expected
    for action in VmAction:
        reason = refusal(action, status)
        assert (reason is None) == (action in expected), (action, status, reason)


def test_a_run_state_from_a_newer_qemu_offers_everything_but_wake() -> None:
    assert offered("some-future-state") == set(VmAction) - {WAKE}
    assert refusal(RESET, "some-future-state") is None
    assert "only a suspended VM can be woken" in (refusal(WAKE, "some-future-state") or "")


@pytest.mark.parametrize(
    ("action", "status", "says"),
    [
        (PAUSE, "paused", "the VM is not running (it is paused)"),
        (RESUME, "running", "already running"),
        (RESUME, "prelaunch", "never started (QEMU -S): Start boots it"),
        (RESUME, "suspended", "wakes with Wake"),
        (RESUME, "shutdown", "Resume fails after 'shutdown': Reset first"),
        (RESUME, "internal-error", "Resume fails after 'internal-error': Reset first"),
        (RESUME, "guest-panicked", "Resume fails after 'guest-panicked': Reset first"),
        (RESUME, "finish-migrate", "not possible while the VM is finish-migrate"),
        (START, "running", "already running"),
        (START, "paused", "never started (QEMU -S) can be started (it is paused)"),
        (WAKE, "running", "only a suspended VM can be woken (it is running)"),
        (POWERDOWN, "paused", "a paused guest cannot answer the power button: Resume it first"),
        (
            POWERDOWN,
            "suspended",
            "only a running guest can be asked to power down (it is suspended)",
        ),
        (POWERDOWN, "shutdown", "only a running guest can be asked to power down (it is shutdown)"),
        (RESET, "prelaunch", "not possible while the VM is prelaunch"),
        (RESET, "postmigrate", "not possible while the VM is postmigrate"),
        (RESET, "save-vm", "not possible while the VM is save-vm"),
        (SEND_KEY, "paused", "keys reach a running guest only (it is paused)"),
        (SCREENDUMP, "inmigrate", "an incoming migration is in progress (only Quit works)"),
        (RESET, "inmigrate", "an incoming migration is in progress (only Quit works)"),
        (POWERDOWN, "inmigrate", "an incoming migration is in progress (only Quit works)"),
    ],
)
def test_a_refused_action_says_why(action: VmAction, status: str, says: str) -> None:
    assert says in (refusal(action, status) or "")


def test_the_refusals_for_power_down_and_reset_do_not_borrow_others_reasons() -> None:
    # A paused guest cannot answer: the tip says to resume it, not that it is off.
    assert "power" in (refusal(POWERDOWN, "paused") or "")
    assert "running guest" not in (refusal(POWERDOWN, "paused") or "")
    assert "Resume" not in (refusal(POWERDOWN, "shutdown") or "")
    assert "running" not in (refusal(RESET, "prelaunch") or "")


def test_resuming_after_a_migration_away_warns_and_nothing_else_does() -> None:
    warning = needs_warning(RESUME, "postmigrate")
    assert warning is not None and "two copies" in warning
    for status in EXPECTED:
        for action in VmAction:
            if (action, status) != (RESUME, "postmigrate"):
                assert needs_warning(action, status) is None, (action, status)

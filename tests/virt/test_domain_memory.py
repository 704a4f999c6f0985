"""A libvirt domain's memory in the Machine pane: libvirt's view beside QEMU's, and the
balloon's target set through libvirt's API (virDomainSetMemoryFlags, live), checked
with virsh dominfo and dommemstat."""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Iterator

import pytest

from qmpgui.app.main_window import MainWindow
from qmpgui.log.entry import LogKind
from qmpgui.ui.panes.machine import MachinePane
from tests.helpers.balloon_guest import BALLOON_DRIVER, SLOT
from tests.helpers.libvirtd import URI, Libvirtd, virsh
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, messages

pytestmark = [pytest.mark.libvirt, pytest.mark.qemu, pytest.mark.timeout(300)]

_names = itertools.count(1)


@pytest.fixture
def balloon_domain(libvirtd: Libvirtd) -> Iterator[str]:
    """A running tiny domain with a virtio balloon and a guest whose balloon driver
    gives back what the target asks (tests/helpers/balloon_guest.py)."""
    name = libvirtd.define(
        f"qmpgui-balloon-{os.getpid()}-{next(_names)}", guest=BALLOON_DRIVER, balloon_slot=SLOT
    )
    try:
        yield name
    finally:
        libvirtd.undefine(name)


def show(windows: Windows, name: str) -> tuple[MainWindow, MachinePane]:
    window = windows.on(f"{URI}#{name}", config={"confirm_destructive": False})
    pane = window.pane(MachinePane)
    window.panes.setCurrentWidget(pane)
    return window, pane


def text(pane: MachinePane, *keys: object) -> str:
    index = pane.model.find(*keys)
    return str(pane.model.data(index.siblingAtColumn(1))) if index.isValid() else ""


def dominfo_kib(name: str, field: str) -> int:
    """A memory line of `virsh dominfo` ("Max memory", "Used memory"), in KiB."""
    match = re.search(rf"^{field}:\s+(\d+) KiB", virsh("dominfo", name), re.MULTILINE)
    assert match, virsh("dominfo", name)
    return int(match.group(1))


def dommemstat(name: str) -> dict[str, int]:
    """`virsh dommemstat`: its counters by name, in KiB."""
    pairs = (line.split() for line in virsh("dommemstat", name).splitlines() if line.strip())
    return {key: int(value) for key, value in pairs}


def test_a_domain_without_a_balloon_shows_libvirts_view_and_the_control_off_saying_why(
    domain: str, windows: Windows, arun: AsyncRunner
) -> None:
    _window, pane = show(windows, domain)
    arun.wait(lambda: "no balloon device" in pane.balloon.set_button.toolTip())
    assert not pane.balloon.set_button.isEnabled() and not pane.balloon.spin.isEnabled()
    reason = pane.balloon.set_button.toolTip()
    assert "no balloon device" in reason and "<memballoon model='virtio'/>" in reason
    assert text(pane, "memory", "balloon").startswith("no balloon device")
    # libvirt's own view, as virsh dominfo says it.
    most, used = dominfo_kib(domain, "Max memory"), dominfo_kib(domain, "Used memory")
    arun.wait(lambda: "(virsh dominfo)" in text(pane, "memory", "libvirt"))
    assert text(pane, "memory", "libvirt") == (
        f"{used // 1024} MiB used of {most // 1024} MiB (virsh dominfo)"
    )
    assert text(pane, "memory") == f"{most // 1024} MiB"  # QEMU's RAM, the same


def test_a_target_set_on_a_domain_goes_through_libvirt_and_virsh_sees_it(
    balloon_domain: str, windows: Windows, arun: AsyncRunner
) -> None:
    window, pane = show(windows, balloon_domain)
    arun.wait(lambda: text(pane, "memory", "balloon") == "the guest keeps 64 MiB of 64 MiB")
    pane.balloon.spin.setValue(40)
    assert pane.balloon.set_button.isEnabled(), pane.balloon.note.text()
    pane.balloon.set_button.click()
    # libvirt asked QEMU, the guest's driver followed, and libvirt knows it.
    arun.wait(lambda: dommemstat(balloon_domain).get("actual") == 40 * 1024)
    arun.wait(lambda: dominfo_kib(balloon_domain, "Used memory") == 40 * 1024)
    arun.wait(lambda: text(pane, "memory", "target").endswith(": reached"))
    assert text(pane, "memory", "balloon").startswith("the guest keeps 40 MiB of 64 MiB")
    arun.wait(lambda: text(pane, "memory", "libvirt").startswith("40 MiB used of 64 MiB"))
    window.event_log.flush()
    names = [e.name for e in window.event_log.entries() if e.kind is LogKind.COMMAND]
    assert "libvirt set_memory" in names and "balloon" not in names  # libvirt's API
    assert any("Set balloon target (libvirt set_memory) ok" in m for m in messages(window))
    # Beyond the domain's memory: refused with a sentence, libvirt is asked nothing.
    pane.balloon.spin.setValue(65)
    assert "more than the VM's RAM, 64 MiB" in pane.balloon.set_button.toolTip()
    assert dominfo_kib(balloon_domain, "Used memory") == 40 * 1024

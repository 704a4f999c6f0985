"""Send key on a libvirt domain goes through libvirt's send-key (virDomainSendKey with
Linux key codes), not the monitor: checked in the guest, which reports on COM1 every
scan code its keyboard controller gets."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.guest_images import reported_keys
from tests.helpers.libvirtd import URI
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act, log_texts, messages

pytestmark = [pytest.mark.libvirt, pytest.mark.qemu, pytest.mark.timeout(300)]

CTRL_ALT_DEL = "1D 38 E0 53 E0 D3 B8 9D"


def test_ctrl_alt_del_reaches_a_domains_guest_through_libvirts_send_key(
    keys_domain: tuple[str, Path], windows: Windows, arun: AsyncRunner
) -> None:
    name, serial = keys_domain
    window = windows.on(f"{URI}#{name}")
    arun.wait(lambda: reported_keys(serial) is not None, timeout=60)
    assert reported_keys(serial) == ""
    send_key = act(window, "actionSendKey")
    arun.wait(send_key.isEnabled)

    ctrl_alt_del = send_key.menu().findChild(type(send_key), "sendKeyCtrlAltDel")
    assert ctrl_alt_del is not None
    ctrl_alt_del.trigger()
    arun.wait(lambda: reported_keys(serial) == CTRL_ALT_DEL)
    # libvirt's call, not send-key through the monitor's pass-through.
    arun.wait(
        lambda: any("Send key ctrl-alt-delete (libvirt send_key) ok" in m for m in messages(window))
    )
    assert any("Send key ctrl-alt-delete" in text for text in log_texts(window))

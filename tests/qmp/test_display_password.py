"""Display passwords' words and arguments: the expiry as QMP and libvirt take it, which
display can take a password (QEMU 7.2's query-vnc and query-spice `auth`) and what it
needs otherwise, and the libvirt op's password masked like set_password's."""

from __future__ import annotations

import time

import pytest

from qmpgui.qmp.display import DisplayServer
from qmpgui.qmp.display_password import (
    Expiry,
    ExpiryKind,
    expire_arguments,
    password_refusal,
    refusal_words,
    set_arguments,
)
from qmpgui.qmp.secrets import MASK, mask_arguments

NOW = 1_800_000_000.0


def vnc(auth: str | None, enabled: bool = True) -> DisplayServer:
    return DisplayServer("VNC", enabled=enabled, host="127.0.0.1", port="5901", auth=auth)


def spice(auth: str | None, enabled: bool = True) -> DisplayServer:
    return DisplayServer("SPICE", enabled=enabled, host="127.0.0.1", port="5930", auth=auth)


@pytest.mark.parametrize(
    ("expiry", "argument"),
    [
        (Expiry(), "never"),
        (Expiry(ExpiryKind.NOW), "now"),
        (Expiry(ExpiryKind.IN, seconds=300), "+300"),
        (Expiry(ExpiryKind.AT, at=1_900_000_000), "1900000000"),
    ],
)
def test_the_expiry_as_expire_password_takes_it(expiry: Expiry, argument: str) -> None:
    assert expire_arguments("spice", expiry) == {"protocol": "spice", "time": argument}


def test_set_password_sends_no_connected_action() -> None:
    # QEMU refuses `connected` for VNC; SPICE's default (keep) is what users expect.
    assert set_arguments("vnc", "pw") == {"protocol": "vnc", "password": "pw"}


def test_the_expiry_in_words_and_as_libvirts_passwd_valid_to() -> None:
    assert Expiry().words(NOW) == "it never expires" and Expiry().valid_to(NOW) is None
    now = Expiry(ExpiryKind.NOW)
    assert now.passed(NOW) and "no one can log in" in now.words(NOW)
    assert now.valid_to(NOW) == time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(NOW))
    later = Expiry(ExpiryKind.IN, seconds=90)
    assert not later.passed(NOW) and later.words(NOW).startswith("it expires in 90 s (at ")
    assert later.valid_to(NOW) == time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(NOW + 90))
    past = Expiry(ExpiryKind.AT, at=int(NOW) - 1)
    assert past.passed(NOW) and "no one can log in" in past.words(NOW)
    future = Expiry(ExpiryKind.AT, at=int(NOW) + 3600)
    local = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(NOW + 3600))
    assert future.words(NOW) == f"it expires at {local}"


@pytest.mark.parametrize("auth", ["vnc", "vencrypt+x509+vnc", "vencrypt+tls+vnc"])
def test_vnc_with_vnc_authentication_takes_a_password(auth: str) -> None:
    assert password_refusal("vnc", vnc(auth)) is None


@pytest.mark.parametrize(
    ("auth", "started"),
    [
        ("none", "without a password"),
        ("sasl", "with sasl authentication, not a password"),
        ("vencrypt+x509+none", "with vencrypt+x509+none authentication, not a password"),
    ],
)
def test_vnc_without_password_on_says_the_option_qemu_needs(auth: str, started: str) -> None:
    assert password_refusal("vnc", vnc(auth)) == (
        f"this VNC display was started {started}: QEMU takes one only when started with "
        "-vnc ...,password=on"
    )


def test_a_libvirt_domain_is_told_what_libvirt_needs() -> None:
    why = password_refusal("vnc", vnc("none"), libvirt=True)
    assert why is not None
    assert "the domain's <graphics type='vnc'> has a passwd attribute when it starts" in why
    assert "qemu.conf sets vnc_password" in why


def test_spice_not_in_use_without_ticketing_or_not_built_in() -> None:
    assert password_refusal("spice", spice("spice")) is None
    assert password_refusal("spice", spice(None, enabled=False)) == (
        "SPICE is not in use on this VM"
    )
    assert password_refusal("spice", spice("none")) == (
        "this SPICE display was started with disable-ticketing=on: QEMU takes one only "
        "without disable-ticketing=on (-spice ...,disable-ticketing=off)"
    )
    assert password_refusal("spice", None, unavailable=True) == "this QEMU has no SPICE"
    assert password_refusal("vnc", None) == "VNC not known yet"


def test_qemus_refusal_gets_what_the_display_needs() -> None:
    assert refusal_words("vnc", "GenericError: Could not set password") == (
        "GenericError: Could not set password: QEMU takes one only when started with "
        "-vnc ...,password=on"
    )
    assert refusal_words("spice", "DeviceNotActive: SPICE is not in use") == (
        "DeviceNotActive: SPICE is not in use"
    )


def test_the_libvirt_ops_password_is_masked_like_set_passwords() -> None:
    args = {"graphics": "vnc", "password": "Sekr1t", "valid_to": None}
    assert mask_arguments("libvirt graphics_password", args) == {**args, "password": MASK}

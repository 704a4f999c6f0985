"""Display passwords: `set_password` and `expire_password` (qapi/ui.json), and what a
display must have been started with to take one.

QEMU 7.2's rules, tried: VNC takes a password only when started with
`-vnc ...,password=on` (query-vnc's `auth` is then "vnc", or "vencrypt+...+vnc" with
TLS); otherwise `set_password` fails with "Could not set password". Only the first 8
characters of a VNC password count, and an empty one lets in any viewer that sends an
empty password (VNC authentication with an all-zero key), while an empty SPICE password
locks everyone out. SPICE takes
one unless started with `disable-ticketing=on` (query-spice's `auth` "none"); without
SPICE QEMU says "SPICE is not in use". `set_password` does not reset an earlier
expiry, so a password set after `expire_password now` is expired at once: qmpgui sends
the chosen expiry (by default "never") after every password.

libvirt passes `password=on` to QEMU only when the domain's `<graphics>` has a `passwd`
attribute when it starts (or qemu.conf sets `vnc_password`): its sentence says so.
No Qt here.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import StrEnum

from qmpgui.i18n import marked, translate
from qmpgui.qmp.display import DisplayServer

#: The protocols `set_password` takes, as its `protocol` argument.
PROTOCOLS = ("vnc", "spice")
#: How many characters of a VNC password count (VNC authentication's DES key).
VNC_PASSWORD_CHARS = 8
#: QEMU's error when the display cannot take a password (ui/ui-qmp-cmds.c).
COULD_NOT_SET = marked("display_password", "Could not set password")


class ExpiryKind(StrEnum):
    """When a password stops working."""

    NEVER = "never"
    NOW = "now"
    #: `seconds` from when QEMU gets it.
    IN = "in"
    #: At `at`, seconds since the epoch.
    AT = "at"


@dataclass(frozen=True, slots=True)
class Expiry:
    """When a display password expires: `kind`, with `seconds` (IN, at least 1) or `at`
    (AT, seconds since the epoch)."""

    kind: ExpiryKind = ExpiryKind.NEVER
    seconds: int = 0
    at: int = 0

    def time_argument(self) -> str:
        """`expire_password`'s `time`: "never", "now", "+N" or the epoch's seconds."""
        if self.kind is ExpiryKind.IN:
            return f"+{self.seconds}"
        if self.kind is ExpiryKind.AT:
            return str(self.at)
        return self.kind.value

    def deadline(self, now: float) -> float | None:
        """When it expires, in seconds since the epoch, `now` being the time it is set;
        None for never."""
        if self.kind is ExpiryKind.NEVER:
            return None
        if self.kind is ExpiryKind.NOW:
            return now
        if self.kind is ExpiryKind.IN:
            return now + self.seconds
        return float(self.at)

    def passed(self, now: float) -> bool:
        """Whether a password with this expiry would be expired when set at `now`."""
        deadline = self.deadline(now)
        return deadline is not None and deadline <= now

    def words(self, now: float) -> str:
        """How a password set at `now` ends, for a sentence: "it never expires", "it has
        expired: no one can log in with it", "it expires in 300 s (at 14:05:00)", "it
        expires at 2026-12-01 09:00:00"."""
        deadline = self.deadline(now)
        if deadline is None:
            return translate("Expiry", "it never expires")
        if deadline <= now:
            return translate("Expiry", "it has expired: no one can log in with it")
        local = time.localtime(deadline)
        if self.kind is ExpiryKind.IN:
            return translate("Expiry", "it expires in {seconds} s (at {v1})").format(
                seconds=self.seconds, v1=time.strftime("%H:%M:%S", local)
            )
        return translate("Expiry", "it expires at {v0}").format(
            v0=time.strftime("%Y-%m-%d %H:%M:%S", local)
        )

    def valid_to(self, now: float) -> str | None:
        """libvirt's `passwdValidTo` (UTC, "YYYY-MM-DDTHH:MM:SS") for a password set at
        `now`; None for never."""
        deadline = self.deadline(now)
        if deadline is None:
            return None
        return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(deadline))


def label(protocol: str) -> str:
    """The protocol as users read it: "VNC", "SPICE"."""
    return protocol.upper()


def empty_password_effect(protocol: str) -> str:
    """What an empty password does to the display of `protocol`, in a sentence (QEMU 7.2
    and spice-server 0.15, tried)."""
    if protocol == "spice":
        return translate(
            "display_password",
            "An empty SPICE password locks everyone out: no viewer can log in until another password is set.",
        )
    return translate(
        "display_password",
        "An empty VNC password lets in any viewer that sends an empty password: it protects nothing.",
    )


def set_arguments(protocol: str, password: str) -> dict[str, str]:
    """`set_password`'s arguments for `protocol` ("vnc" or "spice"): no `connected`,
    which QEMU refuses for VNC and whose default ("keep") is what SPICE users expect."""
    return {"protocol": protocol, "password": password}


def expire_arguments(protocol: str, expiry: Expiry) -> dict[str, str]:
    """`expire_password`'s arguments for `protocol` and `expiry`."""
    return {"protocol": protocol, "time": expiry.time_argument()}


def takes_vnc_password(auth: str | None) -> bool:
    """Whether query-vnc's `auth` means a password logs in: "vnc", or VeNCrypt's TLS
    with VNC authentication inside ("vencrypt+x509+vnc", "vencrypt+tls+vnc")."""
    return auth == "vnc" or (auth or "").endswith("+vnc")


def how_to_enable(protocol: str, *, libvirt: bool = False) -> str:
    """What the display needs to be started with to take a password, as a sentence's end."""
    if libvirt:
        return translate(
            "display_password",
            "libvirt starts QEMU's {v0} with a password only when the domain's <graphics type='{protocol}'> has a passwd attribute when it starts (or qemu.conf sets {protocol}_password): add passwd='...' with virsh edit, then restart the domain",
        ).format(v0=label(protocol), protocol=protocol)
    if protocol == "spice":
        return translate(
            "display_password",
            "QEMU takes one only without disable-ticketing=on (-spice ...,disable-ticketing=off)",
        )
    return translate(
        "display_password", "QEMU takes one only when started with -vnc ...,password=on"
    )


def password_refusal(
    protocol: str,
    server: DisplayServer | None,
    unavailable: bool = False,
    *,
    libvirt: bool = False,
) -> str | None:
    """Why the display of `protocol` ("vnc" or "spice") cannot take a password, from
    `server` (parsed query-vnc or query-spice; None when not known) and `unavailable`
    (QEMU built without it); None when it can. A sentence for the user."""
    name = label(protocol)
    if unavailable:
        return translate("display_password", "this QEMU has no {name}").format(name=name)
    if server is None or server.enabled is None:
        return translate("display_password", "{name} not known yet").format(name=name)
    if not server.enabled:
        return translate("display_password", "{name} is not in use on this VM").format(name=name)
    if protocol == "spice":
        if server.auth == "none":
            started = (
                translate("display_password", "without a password")
                if libvirt
                else translate("display_password", "with disable-ticketing=on")
            )
            return translate(
                "display_password", "this SPICE display was started {started}: {v1}"
            ).format(started=started, v1=how_to_enable(protocol, libvirt=libvirt))
        return None
    if takes_vnc_password(server.auth):
        return None
    if server.auth in (None, "none"):
        started = translate("display_password", "without a password")
    else:
        started = translate(
            "display_password", "with {auth} authentication, not a password"
        ).format(auth=server.auth)
    return translate("display_password", "this VNC display was started {started}: {v1}").format(
        started=started, v1=how_to_enable(protocol, libvirt=libvirt)
    )


def refusal_words(protocol: str, error: str, *, libvirt: bool = False) -> str:
    """QEMU's (or libvirt's) `error` for set_password, with what the display needs when
    it is QEMU's "Could not set password"."""
    if COULD_NOT_SET in error:
        return f"{error}: {how_to_enable(protocol, libvirt=libvirt)}"
    return error

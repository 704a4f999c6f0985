"""libvirt connection URIs (`qemu:///system`, `qemu+ssh://root@host1/system?keyfile=K`)
as the VM list's connections take them: checked as typed, each refusal a sentence."""

from __future__ import annotations

import re
import urllib.parse

from qmpgui.i18n import marked, translate
from qmpgui.qmp.endpoint import EndpointError, parse_endpoint
from qmpgui.qmp.libvirt_schemes import QEMU_DRIVERS, is_libvirt, not_qemu_sentence

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")
#: What a libvirt URI looks like, for the refusals.
EXAMPLES = marked("libvirt_uri", "qemu:///system, qemu:///session or qemu+ssh://root@host1/system")


def parse_connection_uri(text: str) -> str:
    """The libvirt connection URI `text` as it is kept: stripped, its scheme in lower
    case; the rest (host, path, `?keyfile=...&no_verify=1`) as given.

    Raises EndpointError with a sentence for the user: empty text, a QMP endpoint
    (use Add VM), a domain's endpoint (`URI#vm1`), another kind of address, a driver
    without QEMU's monitor (xen://, lxc://, ...), a qemu:// URI whose path is not
    /system or /session.
    """
    text = text.strip()
    if not text:
        raise EndpointError(
            translate(
                "libvirt_uri", "the URI is empty: give a libvirt URI such as {EXAMPLES}"
            ).format(EXAMPLES=translate("libvirt_uri", EXAMPLES))
        )
    scheme = _SCHEME.match(text)
    if scheme is None or not is_libvirt(scheme.group(1)):
        try:
            parse_endpoint(text)
        except EndpointError:
            raise EndpointError(
                translate(
                    "libvirt_uri",
                    "'{text}' is not a libvirt connection URI; give one such as {EXAMPLES}",
                ).format(text=text, EXAMPLES=translate("libvirt_uri", EXAMPLES))
            ) from None
        raise EndpointError(
            translate(
                "libvirt_uri",
                "'{text}' is a QMP endpoint, not a libvirt connection: add it with File → Add VM…",
            ).format(text=text)
        )
    if "#" in text:
        raise EndpointError(
            translate(
                "libvirt_uri",
                "'{text}' names a domain: add it with File → Add VM…, or give the connection alone ({v1}) to list all its domains",
            ).format(text=text, v1=text.partition("#")[0])
        )
    try:
        parts = urllib.parse.urlsplit(text)
        parts.port  # noqa: B018 - reading it checks it
    except ValueError as err:
        raise EndpointError(
            translate("libvirt_uri", "'{text}' is not a valid URI: {err}").format(
                text=text, err=err
            )
        ) from None
    driver = scheme.group(1).lower().partition("+")[0]
    if driver not in QEMU_DRIVERS:
        raise EndpointError(not_qemu_sentence(text, driver))
    if driver in ("qemu", "kvm") and parts.path.rstrip("/") not in ("/system", "/session"):
        raise EndpointError(
            translate(
                "libvirt_uri",
                "'{text}': a qemu URI ends in /system (the system's domains) or /session (your own), e.g. {EXAMPLES}",
            ).format(text=text, EXAMPLES=translate("libvirt_uri", EXAMPLES))
        )
    return scheme.group(1).lower() + text[len(scheme.group(1)) :]


def is_connection_uri(text: str) -> bool:
    """Whether `text` is a libvirt connection URI (parse_connection_uri() takes it)."""
    try:
        parse_connection_uri(text)
    except EndpointError:
        return False
    return True


def migration_destination_problem(text: str, own: str) -> str | None:
    """Why `text` cannot be where a domain of the connection `own` (its URI) migrates
    to, in one sentence: not a libvirt connection URI (parse_connection_uri()'s
    sentences), or the domain's own connection; None when it can be tried (libvirt
    says the rest: a destination that does not answer, the same host by another URI)."""
    try:
        uri = parse_connection_uri(text)
    except EndpointError as err:
        return str(err)
    if uri.rstrip("/") == own.strip().rstrip("/"):
        return translate(
            "libvirt_uri",
            "{uri} is the connection this domain runs on: give another host's libvirt (a domain migrates to another host)",
        ).format(uri=uri)
    return None


#: Where a destination's QEMU listens for the migration's data, as libvirt takes it.
_DATA_ADDRESS = re.compile(r"tcp://(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.-]+)(:\d{1,5})?/?")


def data_address_problem(text: str) -> str | None:
    """Why `text` cannot be the address a domain's migration data goes to (libvirt's
    migrate URI, `virsh migrate`'s MIGRATEURI), in one sentence; None for
    `tcp://ADDRESS`, `tcp://ADDRESS:PORT` or empty (the destination host's name)."""
    text = text.strip()
    if not text:
        return None
    match = _DATA_ADDRESS.fullmatch(text)
    port = int(match.group(2)[1:]) if match and match.group(2) else None
    if match is None or (port is not None and not 0 < port < 65536):
        return translate(
            "libvirt_uri",
            "'{text}' is not a data address: give tcp://ADDRESS or tcp://ADDRESS:PORT (where the destination's QEMU listens), or leave it empty for the destination host's name",
        ).format(text=text)
    return None


def is_on_this_host(uri: str) -> bool:
    """Whether the libvirt connection `uri` names no host (qemu:///system,
    qemu+unix:///session?socket=...): its daemon runs here."""
    try:
        return not urllib.parse.urlsplit(uri.strip()).hostname
    except ValueError:
        return False

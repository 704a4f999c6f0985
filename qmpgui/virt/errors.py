"""libvirt's refusals in sentences: what went wrong, in the user's terms, and what to do.

libvirt passes on what its transports and its daemon's access control say, inside its
own words ("Cannot recv data: Host key verification failed.: Connection reset by
peer"). The worker (virt/worker.py) answers with the sentence of sentence() beside
libvirt's own text. No libvirt import here: the error's code and text are enough.
"""

from __future__ import annotations

import grp
import os
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from qmpgui.i18n import marked, translate

#: virErrorNumber VIR_ERR_NO_DOMAIN.
NO_DOMAIN = 42
#: The group Debian's polkit rule (/usr/share/polkit-1/rules.d/60-libvirt.rules) lets
#: manage libvirt, and that libvirtd's socket belongs to where files decide.
LIBVIRT_GROUP = "libvirt"

_OTHER_WAYS = marked("errors", "or use qemu:///session (your own domains), or connect as root")


@dataclass(frozen=True, slots=True)
class Refusal:
    """libvirt's refusal in words: `sentence` for the user, `nothing_listens` when
    waiting can mend it (libvirtd not running yet)."""

    sentence: str
    nothing_listens: bool = False


def sentence(code: int, text: str, uri: str, domain: str | None = None) -> Refusal:
    """The Refusal for libvirt's error `code` (a virErrorNumber) with its message `text`,
    met on the connection `uri` (about `domain`, when a request named one). Never raises."""
    if code == NO_DOMAIN:
        return Refusal(
            translate(
                "errors",
                "no domain named '{domain}' on {uri}: it was undefined, or the name is wrong (virsh list --all lists them)",
            ).format(domain=domain, uri=uri)
        )
    for reader in (_socket, _polkit, _ssh):
        found = reader(text, uri)
        if found is not None:
            return found
    found = _migration(code, text, domain)
    if found is not None:
        return found
    return Refusal(translate("errors", "libvirt refused: {text}").format(text=text))


#: virErrorNumber VIR_ERR_OPERATION_ABORTED: a job cancelled (abortJob).
OPERATION_ABORTED = 78


def _migration(code: int, text: str, domain: str | None) -> Refusal | None:
    """libvirt's refusals of a migration (libvirt 9.0's texts), with what to do."""
    name = domain or translate("errors", "the domain")
    if code == OPERATION_ABORTED and "migration" in text:
        return Refusal(
            translate("errors", "migration cancelled: {name} keeps running here").format(name=name)
        )
    if "migrate guest to the same host" in text:
        return Refusal(
            translate(
                "errors",
                "libvirt will not migrate a domain to the host it runs on (the destination reports the same host UUID): choose a connection to another host",
            )
        )
    if "without shared storage is unsafe" in text or "Unsafe migration" in text:
        return Refusal(
            translate(
                "errors",
                "libvirt calls migrating {name} unsafe: its disks are not on shared storage that libvirt knows of (NFS, Ceph, ...) or their cache mode is not 'none'; migrate only if the destination sees the same disks, with Allow unsafe",
            ).format(name=name)
        )
    if "resolved to localhost" in text:
        return Refusal(
            translate(
                "errors",
                "the destination's host name resolves to localhost, so the source cannot reach its QEMU by it: give the migration address (tcp://ADDRESS), or fix the destination's name",
            )
        )
    match = re.search(r"domain '([^']+)' already exists", text)
    if match:
        return Refusal(
            translate(
                "errors",
                "the destination already has a domain named '{v0}': undefine or rename it there first",
            ).format(v0=match.group(1))
        )
    return None


def _socket(text: str, uri: str) -> Refusal | None:
    match = re.search(r"socket to '([^']+)'", text)
    if match is None:
        return None
    path = match.group(1)
    if "No such file" in text or "Connection refused" in text:
        return Refusal(
            translate(
                "errors",
                "libvirtd is not running for {uri}: nothing listens at {path} (start libvirtd, or check the URI)",
            ).format(uri=uri, path=path),
            nothing_listens=True,
        )
    if "Permission denied" not in text:
        return None
    try:
        group = grp.getgrgid(os.stat(path).st_gid).gr_name
    except (OSError, KeyError):
        group = None
    if group and group != "root":
        return Refusal(
            translate(
                "errors",
                "permission denied on the libvirt socket {path}: join its group '{group}' (usermod -aG {group} $USER, then log in again), {_OTHER_WAYS}",
            ).format(path=path, group=group, _OTHER_WAYS=translate("errors", _OTHER_WAYS))
        )
    return Refusal(
        translate("errors", "permission denied on the libvirt socket {path}: {_OTHER_WAYS}").format(
            path=path, _OTHER_WAYS=translate("errors", _OTHER_WAYS)
        )
    )


def _polkit(text: str, uri: str) -> Refusal | None:
    # libvirtd asks polkit (auth_unix_rw = "polkit", Debian's default) through the
    # system D-Bus; without one it cannot ask, and says so in D-Bus's words.
    join = translate(
        "errors",
        "join the group '{LIBVIRT_GROUP}' (usermod -aG {LIBVIRT_GROUP} $USER, then log in again)",
    ).format(LIBVIRT_GROUP=LIBVIRT_GROUP)
    if "system bus" in text or "system_bus_socket" in text:
        return Refusal(
            translate(
                "errors",
                "libvirtd lets polkit decide who may use {uri}, and polkit cannot be asked: the system D-Bus is not running (start dbus and polkit, then {join}), {_OTHER_WAYS}",
            ).format(uri=uri, join=join, _OTHER_WAYS=translate("errors", _OTHER_WAYS))
        )
    if "polkit" in text or "access denied by policy" in text:
        return Refusal(
            translate(
                "errors", "polkit does not let your user manage {uri}: {join}, {_OTHER_WAYS}"
            ).format(uri=uri, join=join, _OTHER_WAYS=translate("errors", _OTHER_WAYS))
        )
    return None


def _ssh(text: str, uri: str) -> Refusal | None:
    parts = urlsplit(uri)
    if "ssh" not in parts.scheme:
        return None
    host = parts.hostname or "localhost"
    port = f" -p {parts.port}" if parts.port else ""
    login = f"{parts.username}@{host}" if parts.username else host
    said = re.sub(r"^Cannot recv data: |: Connection reset by peer$", "", text).strip()
    if "Host key verification failed" in said:
        return Refusal(
            translate(
                "errors",
                "the SSH host key of {host} is not known (or has changed): connect once with `ssh{port} {login}` to check the key and save it, or add no_verify=1 to the URI (OpenSSH then saves the key unchecked)",
            ).format(host=host, port=port, login=login)
        )
    if "Permission denied (" in said:
        methods = said[said.index("(") + 1 : said.rindex(")")] if ")" in said else said
        return Refusal(
            translate(
                "errors",
                "SSH login to {login} refused (the host accepts {methods}): libvirt's ssh cannot ask for a password or a passphrase; put the key in your SSH agent or name it in the URI (?keyfile=KEY)",
            ).format(login=login, methods=methods)
        )
    match = re.search(r"connect to host (\S+) port (\d+): (.+)", said)
    if match:
        return Refusal(
            translate(
                "errors",
                "SSH cannot reach {v0} port {v1}: {v2} (is sshd running there, and the port right?)",
            ).format(v0=match.group(1), v1=match.group(2), v2=match.group(3).lower())
        )
    match = re.search(r"Could not resolve hostname ([^:]+)", said)
    if match:
        return Refusal(
            translate(
                "errors", "SSH cannot find the host '{v0}': its name does not resolve"
            ).format(v0=match.group(1))
        )
    if said.startswith("ssh:") or not said:
        return Refusal(
            translate("errors", "ssh to {login} ended: {v1} (try `ssh{port} {login}`)").format(
                login=login, v1=said or translate("errors", "without a word"), port=port
            )
        )
    return None

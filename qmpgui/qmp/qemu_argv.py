"""What a QEMU command line makes of a unix socket path: a QMP monitor, the human
monitor, the guest agent's channel, a serial port, ...

Read from QEMU's own arguments (/proc/PID/cmdline), so qmpgui can say what a socket
that never greets is, instead of guessing. QEMU's option syntax: `-opt key=value,...`
with `,,` for a comma and a first item without a key (the backend, the driver), or a
JSON object (`-device {"driver": ...}`, as libvirt writes it).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from qmpgui.i18n import translate

#: The options whose argument can name a socket or use a character device.
_OPTIONS = frozenset(
    {
        "chardev",
        "mon",
        "qmp",
        "qmp-pretty",
        "monitor",
        "serial",
        "parallel",
        "gdb",
        "incoming",
        "vnc",
        "spice",
        "netdev",
        "device",
        "object",
    }
)
#: Options that take a chardev spec: `unix:PATH,...` or `chardev:ID`.
_SPEC_OPTIONS = ("qmp", "qmp-pretty", "monitor", "serial", "parallel", "gdb")
_GUEST_AGENT = "org.qemu.guest_agent.0"
_ITEM = re.compile(r"(?:[^,]|,,)+")
#: The properties that name a chardev: chardev, chardev1 (pci-serial-2x), the network
#: filters' indev and outdev.
_USES_CHARDEV = re.compile(r"chardev\d*|indev|outdev")


@dataclass(frozen=True)
class SocketRole:
    """What QEMU uses one socket for.

    `monitor` is True for a QMP monitor (silence there means busy or stuck); `what` is
    a phrase for a sentence ("the guest agent's channel org.qemu.guest_agent.0");
    `option` names where the command line says so ("-chardev socket,id=ga0").
    """

    monitor: bool
    what: str
    option: str


def _options(argv: Sequence[str]) -> list[tuple[str, str]]:
    """(name, argument) of the options that matter here, in order ("-x" or "--x")."""
    found = []
    for index, arg in enumerate(argv[:-1]):
        if arg.startswith("-"):
            name = arg.lstrip("-")
            if name in _OPTIONS:
                found.append((name, argv[index + 1]))
    return found


def parse_opts(text: str, implied: str) -> dict[str, str]:
    """QEMU's `key=value,...` syntax as a dict (",," is a comma). The first item without
    a key is the value of `implied`; a later bare item is a flag ("server": "on")."""
    if text.startswith("{"):
        return _flat_json(text)
    result: dict[str, str] = {}
    for index, match in enumerate(_ITEM.finditer(text)):
        item = match.group().replace(",,", ",")
        key, eq, value = item.partition("=")
        if not eq:
            if index == 0:
                result[implied] = key
            else:
                result[key] = "on"
        else:
            result[key] = value
    return result


def _flat_json(text: str) -> dict[str, str]:
    """A JSON option argument, its nested keys joined by dots (addr.data.path)."""
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    flat: dict[str, str] = {}

    def walk(node: object, prefix: str) -> None:
        if isinstance(node, dict):
            for key, item in node.items():
                walk(item, f"{prefix}{key}.")
        elif isinstance(node, str | int | float | bool):
            flat[prefix[:-1]] = str(node).lower() if isinstance(node, bool) else str(node)

    walk(value, "")
    return flat


def _socket_path(opts: dict[str, str]) -> str | None:
    """The unix socket path of a chardev (`path=`, or JSON's backend.data.addr.data.path)."""
    for key in ("path", "addr.path", "backend.data.addr.data.path"):
        if key in opts:
            return opts[key]
    return None


def _spec(text: str) -> tuple[str | None, str | None]:
    """A chardev spec's (unix socket path, chardev id): `unix:PATH,...`, `chardev:ID`."""
    if text.startswith("unix:"):
        return parse_opts(text[5:], "path").get("path"), None
    if text.startswith("chardev:"):
        return None, text[8:]
    return None, None


def _device_role(opts: dict[str, str]) -> tuple[bool, str]:
    driver = opts.get("driver", "a device")
    name = opts.get("name")
    if driver == "virtserialport":
        if name == _GUEST_AGENT:
            return False, translate("qemu_argv", "the guest agent's channel {_GUEST_AGENT}").format(
                _GUEST_AGENT=_GUEST_AGENT
            )
        return False, translate("qemu_argv", "the virtio-serial channel {name}").format(
            name=name
        ) if name else translate("qemu_argv", "a virtio-serial channel")
    if driver == "virtconsole":
        return False, translate("qemu_argv", "a virtio console of the guest")
    if "serial" in driver or driver == "spapr-vty":
        return False, translate("qemu_argv", "a serial port of the guest ({driver})").format(
            driver=driver
        )
    if "parallel" in driver:
        return False, translate("qemu_argv", "a parallel port of the guest ({driver})").format(
            driver=driver
        )
    if driver.startswith("vhost-user"):
        return False, translate("qemu_argv", "a vhost-user back end ({driver})").format(
            driver=driver
        )
    return False, translate("qemu_argv", "the character device of {driver}").format(driver=driver)


def _by_option(name: str, opts: dict[str, str]) -> tuple[bool, str]:
    """What an option that uses a socket (or a chardev) makes of it: (monitor, what)."""
    if name in ("qmp", "qmp-pretty"):
        return True, translate("qemu_argv", "its QMP monitor")
    if name == "monitor":
        return False, translate("qemu_argv", "its human monitor (HMP)")
    if name == "mon":
        if opts.get("mode") == "control":
            return True, translate("qemu_argv", "its QMP monitor")
        return False, translate("qemu_argv", "its human monitor (HMP)")
    if name == "serial":
        return False, translate("qemu_argv", "a serial port of the guest")
    if name == "parallel":
        return False, translate("qemu_argv", "a parallel port of the guest")
    if name == "gdb":
        return False, translate("qemu_argv", "its GDB stub")
    if name == "device":
        return _device_role(opts)
    if name == "netdev":
        return False, translate("qemu_argv", "a network back end (-netdev {v0})").format(
            v0=opts.get("type", "?")
        )
    return False, translate("qemu_argv", "the character device of -object {v0}").format(
        v0=opts.get("qom-type", "?")
    )


def _implied(name: str) -> str:
    return {
        "chardev": "backend",
        "mon": "chardev",
        "device": "driver",
        "netdev": "type",
        "object": "qom-type",
    }.get(name, "")


def _chardev_users(options: list[tuple[str, str]], chardev: str) -> list[tuple[bool, str]]:
    """(monitor, what) for each option that uses the chardev `chardev`."""
    users = []
    for name, text in options:
        if name in _SPEC_OPTIONS:
            if _spec(text)[1] == chardev:
                users.append(_by_option(name, {}))
        elif name in ("mon", "device", "netdev", "object"):
            opts = parse_opts(text, _implied(name))
            if any(v == chardev for k, v in opts.items() if _USES_CHARDEV.fullmatch(k)):
                users.append(_by_option(name, opts))
    return users


def socket_role(argv: Sequence[str], is_it: Callable[[str], bool]) -> SocketRole | None:
    """What QEMU's command line `argv` makes of the socket for which `is_it(path)` is True
    (`path` as written on the command line, maybe relative to QEMU's folder).

    None when no option names it (a socket passed as a file descriptor, as libvirt
    does, or not this QEMU's). Never raises.
    """
    options = _options(argv)
    for name, text in options:
        if name == "chardev":
            opts = parse_opts(text, "backend")
            path = _socket_path(opts)
            if path is None or not is_it(path):
                continue
            chardev = opts.get("id", "?")
            option = translate("qemu_argv", "-chardev {v0},id={chardev}").format(
                v0=opts.get("backend", "socket"), chardev=chardev
            )
            users = _chardev_users(options, chardev)
            if not users:
                return SocketRole(
                    False, translate("qemu_argv", "a character device that no device uses"), option
                )
            monitor, what = next((u for u in users if u[0]), users[0])
            return SocketRole(monitor, what, option)
        if name in _SPEC_OPTIONS:
            path, _ = _spec(text)
            if path is not None and is_it(path):
                monitor, what = _by_option(name, {})
                return SocketRole(
                    monitor,
                    what,
                    translate("qemu_argv", "-{name} unix:{path}").format(name=name, path=path),
                )
        elif name == "incoming" and text.startswith("unix:") and is_it(text[5:]):
            return SocketRole(
                False,
                translate("qemu_argv", "its incoming migration channel"),
                translate("qemu_argv", "-incoming {text}").format(text=text),
            )
        elif name == "vnc" and text.startswith("unix:"):
            path = parse_opts(text[5:], "path").get("path")
            if path is not None and is_it(path):
                return SocketRole(
                    False,
                    translate("qemu_argv", "its VNC display"),
                    translate("qemu_argv", "-vnc unix:{path}").format(path=path),
                )
        elif name == "spice":
            opts = parse_opts(text, "")
            if opts.get("unix") == "on" and "addr" in opts and is_it(opts["addr"]):
                return SocketRole(
                    False,
                    translate("qemu_argv", "its SPICE display"),
                    translate("qemu_argv", "-spice addr={v0}").format(v0=opts["addr"]),
                )
        elif name == "netdev":
            opts = parse_opts(text, "type")
            path = _socket_path(opts)
            if path is not None and is_it(path):
                monitor, what = _by_option(name, opts)
                return SocketRole(
                    monitor,
                    what,
                    translate("qemu_argv", "-netdev {v0}").format(v0=opts.get("type", "?")),
                )
    return None


def vm_name(argv: Sequence[str]) -> str | None:
    """The guest's name on QEMU's command line `argv` (`-name web1`, or `-name
    guest=web1,debug-threads=on` as libvirt writes it); None without one. Never raises."""
    name = None
    for index, arg in enumerate(argv[:-1]):
        if arg in ("-name", "--name"):
            name = parse_opts(argv[index + 1], "guest").get("guest") or name
    return name


def chardev_logfile(argv: Sequence[str], chardev: str, cwd: str | None = None) -> str | None:
    """The `logfile=` of the chardev `chardev` on QEMU's command line `argv` (the file
    where QEMU also writes all its output, also while no client is connected), made
    absolute against QEMU's folder `cwd` when relative; None without one. Never raises."""
    for name, text in _options(argv):
        if name != "chardev":
            continue
        opts = parse_opts(text, "backend")
        if opts.get("id") == chardev and opts.get("logfile"):
            path = opts["logfile"]
            if not path.startswith("/") and cwd is not None:
                path = f"{cwd.rstrip('/')}/{path}"
            return path
    return None


def monitor_chardevs(argv: Sequence[str]) -> frozenset[str]:
    """The ids of the chardevs QEMU's command line `argv` gives to a monitor (`-mon
    chardev=ID`, `-qmp chardev:ID`, `-monitor chardev:ID`): never a console's. Never
    raises."""
    found = set()
    for name, text in _options(argv):
        chardev = None
        if name == "mon":
            chardev = parse_opts(text, "chardev").get("chardev")
        elif name in ("qmp", "qmp-pretty", "monitor"):
            chardev = _spec(text)[1]
        if chardev:
            found.add(chardev)
    return frozenset(found)

"""Secrets in commands and replies never reach a file or an export: the one place that masks.

The history, the event log's entries and files, both transcript exports, the batch
runner's export and qmpgui-batch's output all mask through this module:
mask_arguments() for what was sent, mask_hmp() for an HMP line, mask_return() for
what QEMU answered and mask_text() for its error's words, which can repeat a secret
(an answer on screen may stay clear; a kept one is masked).

What carries a secret, from QEMU's schema (qapi/ui.json, qapi/crypto.json,
qapi/qom.json, qapi/block-core.json before 4.0, the `change` of 5.2 and older) and
hmp-commands.hx:

- `set_password`, `change-vnc-password`, `block_passwd`: `password`; and libvirt's
  `graphics_password` (a domain's display password, logged as "libvirt graphics_password");
- `sev-inject-launch-secret`: `secret` (qapi/misc-target.json);
- `change` with device `vnc` and target `password` (or `passwd`): `arg`;
- `object-add` of a `secret` (flat, or under `props` before 6.0): `data`;
- `qom-set` of a property `data`: `value`; `qom-get` of `data`: the reply
  (`qom-list-get`: each property named `data`);
- `human-monitor-command`: its `command-line`, read as QEMU's monitor reads it
  (qmp/hmp_words.py): `set_password PROTOCOL PASSWORD`, `block_passwd DEVICE PASSWORD`,
  `change vnc password|passwd PASSWORD`, `object_add` (keyval with `,,` for a comma,
  `qom-type` implied or explicit, or JSON), `qom-set [-j] PATH data VALUE`, and the
  output of `qom-get PATH data`.

Masking fails closed: a line QEMU would refuse is masked from the doubtful word to its
end, an object whose type is missing or unclear is treated as a secret.
"""

from __future__ import annotations

import copy
import difflib
import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from qmpgui.i18n import translate
from qmpgui.qmp.echoes import pieces, scrub
from qmpgui.qmp.hmp_words import Word, command_name, read_word, skip_option, skip_spaces

#: What a secret is replaced with.
MASK = "********"

#: The property that holds a secret object's secret (qapi/crypto.json, SecretProperties).
#: What QEMU's QOM type names look like (memory-backend-ram, virtio-rng.0, tls-creds-x509).
_QOM_TYPE_NAME = re.compile(r"[a-z0-9][a-z0-9_.+-]*")
SECRET_PROPERTY = "data"
#: The secret object types (qapi/qom.json: secret, secret_keyring).
_SECRET_TYPES = ("secret", "secret_keyring")
#: The properties of a secret object that are not its secret (qapi/crypto.json,
#: SecretCommonProperties, SecretProperties): every other one is masked, misspelt too.
_PUBLIC_PROPERTIES = frozenset({"qom-type", "id", "format", "keyid", "iv", "file", "loaded"})
#: How close a misspelt name is to what was meant (difflib's ratio).
_CLOSE = 0.75
#: `change`'s targets that set the VNC password (hmp_change_vnc, qmp_change_vnc).
_VNC_PASSWORD_TARGETS = ("password", "passwd")
#: set_password's `connected` (qapi/ui.json, SetPasswordAction).
_CONNECTED_ACTIONS = ("keep", "disconnect", "fail")


def has_secret(command: str, arguments: Mapping[str, Any] | None) -> bool:
    """Whether `command` with `arguments` carries a secret that mask_arguments() would hide."""
    return mask_arguments(command, arguments) != (arguments or {})


def mask_arguments(command: str, arguments: Mapping[str, Any] | None) -> dict[str, Any]:
    """A deep copy of `arguments` (a QMP command's `arguments`, or None) with every secret
    replaced by MASK; never raises."""
    masked = copy.deepcopy(dict(arguments or {}))
    rule = _ARGUMENT_RULES.get(command)
    if rule is not None:
        rule(masked)
    return masked


def mask_return(command: str, arguments: Mapping[str, Any] | None, value: Any) -> Any:
    """What QEMU returned for `command` with `arguments` (the `return` member, or HMP's
    output text), with a secret it holds replaced by MASK; otherwise `value` itself.
    Never raises."""
    args = arguments or {}
    if command == "qom-get" and _secret_property(args.get("property")):
        return MASK if value is not None else value
    if command == "qom-list-get" and isinstance(value, list):
        return [_mask_property_values(item) for item in value]
    if command == "human-monitor-command" and isinstance(value, str):
        line = args.get("command-line")
        if isinstance(line, str) and _hmp_reads_secret(line):
            return MASK
    if isinstance(value, str):
        return mask_text(command, arguments, value)  # HMP's output: an error it printed
    return value


def mask_text(command: str, arguments: Mapping[str, Any] | None, text: str) -> str:
    """What QEMU said about `command` with `arguments` (an error's `desc`, HMP's output)
    with each word of a secret those arguments carried masked where it stands as a
    word: QEMU names a value it refuses, and a password it read otherwise than meant
    is one (qmp.echoes). `text` itself when the arguments carry no secret; never raises."""
    original = dict(arguments or {})
    found = pieces(original, mask_arguments(command, original), MASK)
    return scrub(text, found, MASK)


def resends_mask(command: str, arguments: Mapping[str, Any] | None) -> str | None:
    """Why `command` with `arguments` must not be sent: it would set a secret to MASK
    itself (a line recalled from the history, which keeps secrets masked); None when it
    holds no MASK or cannot carry a secret. The sentence is for the user."""
    args = dict(arguments or {})
    if command == "human-monitor-command":
        line = args.get("command-line")
        if not isinstance(line, str) or command_name(line)[0].lower() not in _HMP_RULES:
            return None
    elif command not in _ARGUMENT_RULES:
        return None
    if MASK not in json.dumps(args):
        return None
    return translate(
        "secrets",
        "not sent: it holds {MASK} where a secret goes (the history keeps secrets masked): type the secret again",
    ).format(MASK=MASK)


def mask_hmp(line: str) -> str:
    """One HMP command line with its secret masked, otherwise as given; never raises."""
    name, end = command_name(line)
    rule = _HMP_RULES.get(name.lower())  # QEMU refuses SET_PASSWORD; it still holds one
    return line if rule is None else rule(line, end)


# -- QMP ------------------------------------------------------------------------------------


def _secret_property(name: object) -> bool:
    """Whether a QOM property may hold a secret: `data`, or a name QEMU refuses that is
    close to it (`dat`, `dtaa`: what was meant); not a string: in doubt, yes."""
    return not isinstance(name, str) or _close(name.strip().lower(), SECRET_PROPERTY)


def _close(name: str, meant: str) -> bool:
    """Whether `name` is `meant` or a slip of the keyboard away (a letter left out,
    added, changed or two swapped: difflib's ratio of at least 3/4)."""
    return name == meant or difflib.SequenceMatcher(None, name, meant).ratio() >= _CLOSE


def _may_be_secret_type(qom_type: object) -> bool:
    """Whether an object of this `qom-type` may be a secret: `secret`, `secret_keyring`,
    any type that names a secret however written (`-secret`, `x-secret`, `secrte`: QEMU
    refuses them, but the line still holds what was meant as one), a name QEMU's type
    names never look like, or a type missing or not a string (in doubt, yes)."""
    if not isinstance(qom_type, str):
        return True
    name = qom_type.strip().lower()
    return (
        "secret" in name
        or _QOM_TYPE_NAME.fullmatch(name) is None
        or any(_close(name, meant) for meant in _SECRET_TYPES)
    )


def _mask_password(arguments: dict[str, Any]) -> None:
    if "password" in arguments:
        arguments["password"] = MASK


def _mask_keys(arguments: dict[str, Any]) -> None:
    # Keys typed into a guest are often a password (the screen view's Type text): which
    # keys is masked, that keys went is not; pointer events stay as they are.
    events = arguments.get("events")
    for event in events if isinstance(events, list) else ():
        data = event.get("data") if isinstance(event, dict) else None
        if isinstance(data, dict) and "key" in data:
            data["key"] = MASK


def _mask_launch_secret(arguments: dict[str, Any]) -> None:
    if "secret" in arguments:
        arguments["secret"] = MASK


def _mask_change(arguments: dict[str, Any]) -> None:
    device, target = arguments.get("device"), arguments.get("target")
    # `arg` is an image's format for a medium, the password for `vnc` (QEMU 5.2 and older).
    if "arg" in arguments and (
        not isinstance(device, str) or device == "vnc" or target in _VNC_PASSWORD_TARGETS
    ):
        arguments["arg"] = MASK


def mask_object(properties: dict[str, Any]) -> bool:
    """Mask, in place, a secret object's `data` in object-add's `properties` (flat, or
    under `props` before QEMU 6.0), with every property a secret does not have (`dtaa`:
    QEMU refuses it, the value is still what was meant as the secret) and a type that
    is no QOM type's name; whether anything was masked."""
    if not _may_be_secret_type(properties.get("qom-type")):
        return False
    masked = False
    nested = properties.get("props")
    for holder in (properties, nested if isinstance(nested, dict) else {}):
        for key in [k for k in holder if _private(k) and k != "props"]:
            holder[key] = MASK
            masked = True
    if not _type_name(properties.get("qom-type")):
        properties["qom-type"] = MASK
        masked = True
    return masked


def _private(key: object) -> bool:
    """Whether a secret object's property `key` may hold its secret (qapi/crypto.json)."""
    return not isinstance(key, str) or key.strip().lower() not in _PUBLIC_PROPERTIES


def _type_name(qom_type: object) -> bool:
    """Whether `qom_type` looks like a QOM type's name (a missing one is no secret)."""
    return qom_type is None or (
        isinstance(qom_type, str) and _QOM_TYPE_NAME.fullmatch(qom_type.strip().lower()) is not None
    )


def _mask_qom_set(arguments: dict[str, Any]) -> None:
    if "value" in arguments and _secret_property(arguments.get("property")):
        arguments["value"] = MASK


def _mask_command_line(arguments: dict[str, Any]) -> None:
    if isinstance(arguments.get("command-line"), str):
        arguments["command-line"] = mask_hmp(arguments["command-line"])


def _mask_property_values(item: Any) -> Any:
    """One object of qom-list-get's reply with the value of a property `data` masked."""
    if not isinstance(item, dict) or not isinstance(item.get("properties"), list):
        return item
    properties = [
        {**p, "value": MASK} if isinstance(p, dict) and _secret_property(p.get("name")) else p
        for p in item["properties"]
    ]
    return {**item, "properties": properties}


_ARGUMENT_RULES: dict[str, Callable[[dict[str, Any]], Any]] = {
    "set_password": _mask_password,
    "change-vnc-password": _mask_password,
    "block_passwd": _mask_password,
    "sev-inject-launch-secret": _mask_launch_secret,
    "change": _mask_change,
    "object-add": mask_object,
    "qom-set": _mask_qom_set,
    "human-monitor-command": _mask_command_line,
    "input-send-event": _mask_keys,
    # A libvirt domain's display password, set through libvirt's device update
    # (session/display_password.py), is logged under libvirt's op.
    "libvirt graphics_password": _mask_password,
}


# -- HMP ------------------------------------------------------------------------------------


def _masked_from(line: str, start: int) -> str:
    """`line` with everything from `start` on masked: where QEMU's reading is in doubt."""
    return f"{line[:start]}{MASK}"


def _masked_word(line: str, word: Word) -> str:
    if word.value is None:
        return _masked_from(line, word.start)
    return f"{line[: word.start]}{MASK}{line[word.end :]}"


def _set_password(line: str, pos: int) -> str:
    """`set_password PROTOCOL PASSWORD [-d DISPLAY] [keep|disconnect|fail]`,
    `block_passwd DEVICE PASSWORD`: the second word, and all after it unless that is
    what QEMU takes there (a password with a stray quote runs on into it)."""
    first = read_word(line, pos)
    if first is None:
        return line
    if first.value is None:
        return _masked_from(line, first.start)
    secret = read_word(line, first.end)
    if secret is None:
        return line
    masked = _masked_word(line, secret)
    return masked if _plain_tail(line, secret.end) else _masked_from(line, secret.start)


def _plain_tail(line: str, pos: int) -> bool:
    """Whether `line[pos:]` is set_password's `[-d DISPLAY] [ACTION]` and nothing else."""
    after = skip_option(line, pos, "d")
    if after != pos:
        display = read_word(line, after)
        if display is None or display.value is None:
            return False
        pos = display.end
    action = read_word(line, pos)
    if action is not None:
        if action.value not in _CONNECTED_ACTIONS:
            return False
        pos = action.end
    return skip_spaces(line, pos) == len(line)


def _change(line: str, pos: int) -> str:
    """`change DEVICE [-f] TARGET [ARG [READ-ONLY-MODE]]`: ARG is the password after
    `vnc password` (or `passwd`); any other TARGET of `vnc` is masked with all after it."""
    device = read_word(line, pos)
    if device is None or device.value not in ("vnc", None):
        return line
    if device.value is None:
        return _masked_from(line, device.start)
    target = read_word(line, skip_option(line, device.end, "f"))
    if target is None:
        return line
    if target.value is None:
        return _masked_from(line, target.start)
    if target.value not in _VNC_PASSWORD_TARGETS:
        # QEMU 6.0+ refuses it; before, a listen address. A misspelt `password` followed
        # by the password is more likely than an address worth keeping: masked to the end.
        return _masked_from(line, target.start)
    rest = skip_spaces(line, target.end)
    return line if rest == len(line) else _masked_from(line, rest)


def _qom_set(line: str, pos: int) -> str:
    """`qom-set [-j] PATH PROPERTY VALUE`: VALUE (the rest of the line) of a `data`."""
    path = read_word(line, skip_option(line, pos, "j"))
    if path is None:
        return line
    if path.value is None:
        return _masked_from(line, path.start)
    prop = read_word(line, path.end)
    if prop is None:
        return line
    if prop.value is None:
        return _masked_from(line, prop.start)
    rest = skip_spaces(line, prop.end)
    if not _secret_property(prop.value) or rest == len(line):
        return line
    return _masked_from(line, rest)


def _object_add(line: str, pos: int) -> str:
    """`object_add OBJECT`: OBJECT is the rest of the line, JSON when it starts with `{`
    (QEMU 6.0+), else keyval (user_creatable_add_from_str)."""
    start = skip_spaces(line, pos)
    spec = line[start:]
    if spec.startswith("{"):
        return _object_json(line, start)
    return line[:start] + _object_keyval(spec)


def _object_json(line: str, start: int) -> str:
    try:
        properties = json.loads(line[start:], object_pairs_hook=_unique_keys)
    except ValueError:  # QEMU's parser takes more (single quotes): in doubt, mask it all
        return _masked_from(line, start)
    if not isinstance(properties, dict):
        return _masked_from(line, start)
    if not mask_object(properties):
        return line
    return line[:start] + json.dumps(properties, ensure_ascii=False)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _value in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError(
            translate("secrets", "duplicate key")
        )  # QEMU refuses it; which one it kept is no matter
    return dict(pairs)


def _object_keyval(spec: str) -> str:
    """keyval_parse() with the implied key `qom-type`: `key=value` pairs split at a single
    comma (`,,` is a comma in a value); the first element without `=` is the type."""
    elements: list[tuple[str | None, int, int]] = []  # (key, value start, value end)
    pos = 0
    while pos < len(spec):
        key_end = pos
        while key_end < len(spec) and spec[key_end] not in "=,":
            key_end += 1
        implied = key_end == len(spec) or spec[key_end] == ","
        if implied and elements:
            # QEMU refuses an element without `=` after the first: mask from it on.
            return spec[:pos] + MASK
        value_start = pos if implied else key_end + 1
        value_end = value_start
        while value_end < len(spec):
            if spec[value_end] == ",":
                if spec[value_end + 1 : value_end + 2] != ",":
                    break
                value_end += 1
            value_end += 1
        elements.append((None if implied else spec[pos:key_end].strip(), value_start, value_end))
        pos = value_end + 1
    types = [spec[s:e].replace(",,", ",") for key, s, e in elements if key in (None, "qom-type")]
    if types and not any(_may_be_secret_type(t) for t in types):
        return spec
    out, last = [], 0
    for key, value_start, value_end in elements:
        is_type = key in (None, "qom-type")
        value = spec[value_start:value_end].replace(",,", ",")
        if (not is_type and _private(key)) or (is_type and not _type_name(value)):
            out += [spec[last:value_start], MASK]
            last = value_end
    return "".join(out) + spec[last:]


def _hmp_reads_secret(line: str) -> bool:
    """Whether the HMP line `qom-get PATH PROPERTY` reads a `data` (or QEMU's reading of
    it is in doubt): its output is then a secret."""
    name, end = command_name(line)
    if name != "qom-get":
        return False
    path = read_word(line, end)
    prop = None if path is None or path.value is None else read_word(line, path.end)
    return prop is None or prop.value is None or _secret_property(prop.value)


_HMP_RULES: dict[str, Callable[[str, int], str]] = {
    "set_password": _set_password,
    "block_passwd": _set_password,
    "change": _change,
    "object_add": _object_add,
    "qom-set": _qom_set,
}

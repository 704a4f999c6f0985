"""Passwords in commands never reach the history file or an exported transcript.

Masked: `password` of set_password and change-vnc-password, a secret object's
`data` (object-add qom-type=secret), and the password in the HMP forms
`set_password vnc PASSWORD`, `change vnc password PASSWORD` and
`object_add secret,id=ID,data=PASSWORD`. Command shapes: qapi/ui.json
(set_password, change-vnc-password), qapi/crypto.json (SecretProperties); the legacy
`change vnc password` form carried the password in `arg` (removed with `change` in 6.0).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any

#: What a secret is replaced with.
MASK = "********"

_SECRET_ARGUMENTS = {
    "set_password": ("password",),
    "change-vnc-password": ("password",),
    "change": ("arg",),  # the removed `change vnc password` form carried it in arg
}

_HMP_SECRET = [
    re.compile(r"^(\s*set_password\s+\S+\s+)(\S+)(.*)$"),
    re.compile(r"^(\s*change\s+vnc\s+password\s+)(\S+)(.*)$"),
    re.compile(r"^(\s*change\s+vnc\s+)(?!password\b)(\S+)(.*)$"),
    re.compile(r"^(\s*object_add\s+secret,(?:.*,)?data=)([^,\s]+)(.*)$"),
]


def has_secret(command: str, arguments: Mapping[str, Any] | None) -> bool:
    """Whether `command` with `arguments` carries a secret that mask_arguments() would hide."""
    return mask_arguments(command, arguments) != (arguments or {})


def mask_arguments(command: str, arguments: Mapping[str, Any] | None) -> dict[str, Any]:
    """A deep copy of `arguments` with every secret replaced by MASK; never raises.

    `object-add` is masked both flat (6.0+) and with its properties under `props`
    (removed in 6.0); `human-monitor-command`'s `command-line` as mask_hmp() does.
    """
    masked = copy.deepcopy(dict(arguments or {}))
    if command == "change" and masked.get("target") != "password":
        return masked  # a medium change: `arg` is the image format
    for key in _SECRET_ARGUMENTS.get(command, ()):
        if key in masked:
            masked[key] = MASK
    if command == "object-add":
        nested = masked.get("props")
        props: dict[str, Any] = nested if isinstance(nested, dict) else masked  # before 6.0: props
        if masked.get("qom-type") == "secret" and "data" in props:
            props["data"] = MASK
    if command == "human-monitor-command" and isinstance(masked.get("command-line"), str):
        masked["command-line"] = mask_hmp(masked["command-line"])
    return masked


def mask_hmp(line: str) -> str:
    """One HMP command line with its password masked (the forms above); else as given."""
    for pattern in _HMP_SECRET:
        match = pattern.match(line)
        if match:
            return f"{match.group(1)}{MASK}{match.group(3)}"
    return line

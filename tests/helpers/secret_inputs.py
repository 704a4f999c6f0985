"""Commands that carry a secret, as users type them, for the tests that check no file or
export keeps one: every secret holds MARK, so a test looks for that one string.

The HMP lines are the forms QEMU 7.2 reads (hmp-commands.hx); the QMP lines the
commands whose schema carries a secret, and `qom-get` of a secret's `data`, whose
reply is the secret. `n` makes the object ids of one pass unique in one QEMU.
"""

from __future__ import annotations

import json
from pathlib import Path

#: In every secret below, and nowhere else.
MARK = "Sekr1t"


def hmp_lines(n: str) -> list[str]:
    """HMP command lines with a secret (issue 15's leaks 1 to 5, qom-set, qom-get, and
    passwords QEMU reads otherwise than meant, whose tail its error repeats)."""
    return [
        f"object_add qom-type=secret,id=sA{n},data={MARK}a",
        f'object_add {{"qom-type":"secret","id":"sB{n}","data":"{MARK}b"}}',
        f"object_add secret,id=sD{n},data=first {MARK}d",
        f'set_password vnc "pw {MARK}e"',
        # QEMU reads the rest as the `connected` action and names it in its error:
        f"set_password vnc 'pw {MARK}o'",  # HMP quotes with double quotes only
        f"set_password vnc pw{MARK}p {MARK}q",
        f'change vnc password "pw {MARK}f"',
        f"qom-set /objects/sD{n} data {MARK}g",
        f"qom-get /objects/sA{n} data",  # the output is the secret
    ]


def qmp_lines(n: str) -> list[str]:
    """QMP commands with a secret, in the console's and scripts' forms (leaks 6 to 8 and
    the others the schema has)."""
    return [
        json.dumps(
            {
                "execute": "change",
                "arguments": {"device": "vnc", "target": "passwd", "arg": f"{MARK}h"},
            }
        ),
        f'human-monitor-command command-line="object_add qom-type=secret,id=sH{n},data={MARK}i"',
        f'human-monitor-command command-line="set_password vnc \\"pw {MARK}j\\""',
        f"set_password protocol=vnc password={MARK}k",
        f"change-vnc-password password={MARK}l",
        f"object-add qom-type=secret id=sK{n} data={MARK}m",
        f"qom-set path=/objects/sK{n} property=data value={MARK}n",
        f"qom-get path=/objects/sK{n} property=data",  # the reply is the secret
    ]


def hmp_as_qmp(line: str) -> str:
    """An HMP line as the QMP console sends it: human-monitor-command, as JSON."""
    return json.dumps({"execute": "human-monitor-command", "arguments": {"command-line": line}})


def vnc_with_password(folder: Path) -> list[str]:
    """QEMU options for a VNC server on a unix socket that takes a password, so that
    set_password and change vnc password succeed."""
    return ["-vnc", f"unix:{folder / 'vnc.sock'},password=on"]


def files_with_mark(folder: Path) -> list[Path]:
    """The files under `folder` (history, logs, exports) that hold MARK."""
    return [
        path
        for path in sorted(folder.rglob("*"))
        if path.is_file() and MARK in path.read_text(encoding="utf-8", errors="replace")
    ]

"""QEMU's rule for the ids a user gives (a device's `id`, a block node's `node-name`,
a network backend's `id`): util/id.c id_wellformed() in QEMU 7.2. A form checks an id
with it before sending, so that QEMU's refusal is never blamed on a name derived from
it (`Invalid node-name: 'disk 0-file'`). No I/O."""

from __future__ import annotations

import re

from qmpgui.i18n import marked, translate

#: What an id may be, said next to an id field.
ID_RULE = marked("ids", "an id starts with a letter and has only letters, digits, '-', '.' and '_'")
#: The longest block node name QEMU takes (bs->node_name is 32 bytes with its NUL):
#: a longer one is refused with "Node name too long".
NODE_NAME_MAX = 31

# id_wellformed(): an ASCII letter first, then ASCII letters, digits, '-', '.', '_'.
_WELLFORMED = re.compile(r"[A-Za-z][A-Za-z0-9._-]*")


def id_wellformed(text: str) -> bool:
    """Whether QEMU takes `text` as an id (id_wellformed()); "" is not one."""
    return _WELLFORMED.fullmatch(text) is not None


def id_problem(text: str) -> str | None:
    """Why QEMU would refuse `text` as an id, in a sentence naming it ("'disk 0' is
    not an id QEMU takes: an id starts with a letter and ..."), or None when it
    takes it. An empty `text` is left to the caller (whether an id is needed)."""
    if not text or id_wellformed(text):
        return None
    return translate("ids", "'{text}' is not an id QEMU takes: {ID_RULE}").format(
        text=text, ID_RULE=translate("ids", ID_RULE)
    )

"""`--debug`'s protocol log without secrets.

qemu.qmp logs every message it sends and receives at DEBUG level (`--> {...}`,
`<-- {...}`, qemu/qmp/protocol.py), so `qmpgui --debug` would print a `set_password`'s
password, a secret object's data and a `qom-get` of it on standard error, where a
terminal's scrollback or a redirect keeps them. MaskingFilter masks them there as the
log files and exports are masked (qmp.secrets), a reply by the command it answers.
"""

from __future__ import annotations

import json
import logging
from collections import OrderedDict
from typing import Any

from qmpgui.qmp.secrets import mask_arguments, mask_return, mask_text

#: How qemu.qmp's protocol logs a message sent and one received.
_SENT, _RECEIVED = "--> %s", "<-- %s"
#: The mark of a record already masked.
_DONE = "qmpgui_masked"
#: Commands remembered by id until their reply is logged (the oldest forgotten first).
_KEPT = 256


class MaskingFilter(logging.Filter):
    """Masks secrets in qemu.qmp's `-->`/`<--` records; every record passes."""

    def __init__(self) -> None:
        super().__init__()
        self._asked: OrderedDict[str, tuple[str, dict[str, Any]]] = OrderedDict()

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite `record`'s message argument with its secrets masked. Never raises."""
        if record.msg not in (_SENT, _RECEIVED) or getattr(record, _DONE, False):
            return True
        setattr(record, _DONE, True)  # one record passes every handler: mask it once
        # qemu.qmp's Message is a Mapping, which logging takes as the arguments themselves
        # (LogRecord: a lone Mapping argument is used for %(name)s lookups).
        logged = record.args[0] if isinstance(record.args, tuple) else record.args
        if isinstance(record.args, tuple) and len(record.args) != 1:
            return True
        try:
            message = json.loads(str(logged))
        except ValueError:
            return True  # not JSON: nothing of a command to read
        if isinstance(message, dict):
            record.args = (self._masked(message, sent=record.msg == _SENT),)
        return True

    def _masked(self, message: dict[str, Any], *, sent: bool) -> str:
        ident = json.dumps(message.get("id"))
        if sent:
            command = str(message.get("execute", message.get("exec-oob", "")))
            arguments = message.get("arguments")
            arguments = dict(arguments) if isinstance(arguments, dict) else {}
            self._asked[ident] = (command, arguments)
            while len(self._asked) > _KEPT:
                self._asked.popitem(last=False)
            if "arguments" in message:
                message = {**message, "arguments": mask_arguments(command, arguments)}
            return _shown(message)
        asked = self._asked.pop(ident, None)
        if asked is None:
            return _shown(message)  # an event, or a reply to nothing logged here
        command, arguments = asked
        if "return" in message:
            message = {**message, "return": mask_return(command, arguments, message["return"])}
        return mask_text(command, arguments, _shown(message))


def _shown(message: dict[str, Any]) -> str:
    """As qemu.qmp's Message prints itself."""
    return json.dumps(message, indent=2)


def mask_protocol_log() -> None:
    """Put a MaskingFilter on every handler of the root logger (call after
    logging.basicConfig())."""
    masking = MaskingFilter()
    for handler in logging.getLogger().handlers:
        handler.addFilter(masking)

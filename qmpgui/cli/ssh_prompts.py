"""qmpgui-batch's questions for ssh:// endpoints, asked on the terminal.

An unknown host key is asked as OpenSSH asks it (yes/no on standard error), a
password or passphrase with getpass (not echoed, never kept). When standard input is
not a terminal nothing can be asked: an unknown host key is refused with a sentence,
unless --accept-new-host-key (OpenSSH's StrictHostKeyChecking=accept-new) trusts it.
"""

from __future__ import annotations

import asyncio
import getpass
import sys
from typing import TextIO

from qmpgui.i18n import translate
from qmpgui.qmp.ssh import SshAsker


class TerminalAsker:
    """Asks on the terminal (`interactive`), or answers for scripts (`accept_new`)."""

    def __init__(self, *, accept_new: bool, interactive: bool, err: TextIO) -> None:
        self._accept_new = accept_new
        self._interactive = interactive
        self._err = err

    async def confirm_host_key(self, host: str, key_type: str, fingerprint: str) -> bool:
        """Trust a new host key: at once with --accept-new-host-key (saying so), else
        when the user types yes."""
        if self._accept_new:
            self._err.write(
                translate(
                    "TerminalAsker",
                    "qmpgui-batch: adding the host key of {host} ({key_type} {fingerprint}) to ~/.ssh/known_hosts\n",
                ).format(host=host, key_type=key_type, fingerprint=fingerprint)
            )
            return True
        if not self._interactive:
            return False
        self._err.write(
            translate(
                "TerminalAsker",
                "The authenticity of host '{host}' can't be established.\n{key_type} key fingerprint is {fingerprint}.\nAre you sure you want to continue connecting (yes/no)? ",
            ).format(host=host, key_type=key_type, fingerprint=fingerprint)
        )
        self._err.flush()
        answer: str = await asyncio.to_thread(sys.stdin.readline)
        return answer.strip().lower() == "yes"

    async def secret(self, prompt: str) -> str | None:
        """A password or passphrase typed without echo; None without a terminal."""
        if not self._interactive:
            return None
        try:
            # In a thread: the SSH connection's keepalives go on meanwhile.
            return await asyncio.to_thread(getpass.getpass, f"{prompt}: ", self._err)
        except (EOFError, KeyboardInterrupt):
            return None


def terminal_asker(accept_new: bool, err: TextIO) -> SshAsker | None:
    """The asker for this run: None when standard input is no terminal and
    `accept_new` is off (then nothing is asked and the failures say why)."""
    interactive = sys.stdin is not None and sys.stdin.isatty()
    if not (interactive or accept_new):
        return None
    return TerminalAsker(accept_new=accept_new, interactive=interactive, err=err)

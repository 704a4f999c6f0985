"""What SSH must ask the user: an unknown host key, a password or a passphrase.

The QMP layer has no Qt: the window (dialogs answering an asyncio future) and
qmpgui-batch (the terminal) each implement SshAsker and install it with set_asker().
Without one, nothing is asked and the connection fails with a sentence saying why.
Answers are used once and never kept.
"""

from __future__ import annotations

from typing import Protocol


class SshAsker(Protocol):
    """Asks the user; both methods may take as long as the user does."""

    async def confirm_host_key(self, host: str, key_type: str, fingerprint: str) -> bool:
        """Whether to trust a host key not in known_hosts: `host` as known_hosts names it
        (`host1` or `[host1]:2222`), `key_type` ("ssh-ed25519"), `fingerprint` as
        OpenSSH shows it ("SHA256:..."). True: trust it and add it to known_hosts."""
        ...

    async def secret(self, prompt: str) -> str | None:
        """A password or passphrase for `prompt` ("password for root@host1",
        "passphrase for key /home/me/.ssh/id_ed25519"); None when the user cancels."""
        ...


_asker: SshAsker | None = None


def set_asker(asker: SshAsker | None) -> None:
    """Install `asker` for every SSH connection made from now on (None: ask nothing)."""
    global _asker
    _asker = asker


def current_asker() -> SshAsker | None:
    """The installed SshAsker, or None."""
    return _asker

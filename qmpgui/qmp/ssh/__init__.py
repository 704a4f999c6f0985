"""QMP on another host over SSH: `ssh://[USER@]HOST[:PORT]/PATH` endpoints.

One SSH connection per (user, host, port), shared by the VMs behind it (hub.py);
host keys checked against known_hosts as OpenSSH does (known_hosts.py); what must
be asked of the user (an unknown host key, a password or passphrase) goes through an
SshAsker that the window or qmpgui-batch implements (asker.py); the QMP stream rides
a channel to the remote unix socket (transport.py). No Qt here.

Only the asker is imported with the package: asyncssh, which hub.py and transport.py
import, takes a third of a second to load and is needed by ssh:// endpoints alone (the
window's start would wait for it); import those modules where an ssh:// endpoint is used.
"""

from qmpgui.qmp.ssh.asker import SshAsker, set_asker

__all__ = ["SshAsker", "set_asker"]

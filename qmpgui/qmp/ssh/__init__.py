"""QMP on another host over SSH: `ssh://[USER@]HOST[:PORT]/PATH` endpoints.

One SSH connection per (user, host, port), shared by the VMs behind it (hub.py);
host keys checked against known_hosts as OpenSSH does (known_hosts.py); what must
be asked of the user (an unknown host key, a password or passphrase) goes through an
SshAsker that the window or qmpgui-batch implements (asker.py); the QMP stream rides
a channel to the remote unix socket (transport.py). No Qt here.
"""

from qmpgui.qmp.ssh.asker import SshAsker, set_asker
from qmpgui.qmp.ssh.hub import hold_transport
from qmpgui.qmp.ssh.transport import RemoteFiles, SshTransport, open_ssh_socket

__all__ = [
    "RemoteFiles",
    "SshAsker",
    "SshTransport",
    "hold_transport",
    "open_ssh_socket",
    "set_asker",
]

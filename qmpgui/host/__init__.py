"""Programs qmpgui starts on this host: the demo VM's QEMU and remote-display viewers. No Qt."""

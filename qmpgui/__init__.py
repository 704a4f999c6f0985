"""qmpgui: a desktop control panel for QEMU virtual machines, speaking QMP."""

__version__ = "0.1.0"

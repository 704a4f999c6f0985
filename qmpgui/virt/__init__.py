"""libvirt-managed domains: the only package that imports `libvirt` and `libvirt_qemu`.

Threading design: every libvirt call runs in a worker PROCESS of its own, one per libvirt
connection (`python -m qmpgui.virt.worker URI`, virt/worker.py), never in the window's
process. libvirt cannot share a process with Qt safely (libvirtaio on Qt's loop blocks
the window for seconds on a cold connection; libvirt calls from threads crash beside
Qt's socket notifiers; libvirt's own event thread hangs beside Qt's GLib dispatcher),
and a libvirt client library that crashes or hangs must not take the window down: a
dead worker is a lost connection, said in a sentence with its last words on stderr.
The app side (virt/client.py) speaks JSON lines with it over pipes from asyncio, and
virt/monitor.py's DomainMonitor offers what the session layer uses of a QMP
connection through libvirt's QEMU monitor pass-through.
"""

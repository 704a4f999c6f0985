"""The glossary's words for the Machine pane's rows and QEMU's run states (the rest:
qmp/glossary_terms.py); read through qmp/glossary.py."""

from __future__ import annotations

from qmpgui.i18n import marked
from qmpgui.qmp.glossary_terms import Term

#: The Machine pane's rows, as qmp/glossary_terms.py's TERMS.
MACHINE_TERMS: dict[str, Term] = {
    "Balloon": Term(
        marked(
            "glossary",
            "The virtio balloon: memory the guest gives back to the host. actual is the memory the guest has now; a target below the RAM asks the guest's balloon driver to inflate.",
        ),
        marked("glossary", "QMP schema, balloon and query-balloon (qapi/machine.json)"),
    ),
    "Balloon target": Term(
        marked(
            "glossary",
            "The memory size last asked of the guest's balloon driver with balloon; the guest reaches it, or not, in its own time (BALLOON_CHANGE).",
        ),
        marked("glossary", "QMP schema, balloon (qapi/machine.json)"),
    ),
    "Memory": Term(
        marked(
            "glossary", "The guest's RAM: the memory at start (-m) and any plugged memory devices."
        ),
        marked("glossary", "QMP schema, query-memory-size-summary (qapi/machine.json)"),
    ),
    "Machine type": Term(
        marked("glossary", "The board QEMU emulates (-machine: pc-i440fx-7.2, q35, ...)."),
        marked("glossary", "QEMU's documentation, -machine (qemu(1))"),
    ),
    "Architecture": Term(
        marked("glossary", "The guest's CPU architecture (x86_64, aarch64, ...)."),
        marked("glossary", "QMP schema, query-target (qapi/machine-target.json)"),
    ),
    "QMP": Term(
        marked("glossary", "How many commands and events this QEMU's QMP server offers."),
        marked("glossary", "QMP schema, query-qmp-schema (qapi/introspect.json)"),
    ),
    "CPUs": Term(
        marked(
            "glossary", "The guest's virtual CPUs: each one's host thread, QOM path and target."
        ),
        marked("glossary", "QMP schema, query-cpus-fast (qapi/machine.json)"),
    ),
    "Mice": Term(
        marked(
            "glossary",
            "The pointing devices; absolute ones (a tablet) follow the host's pointer exactly, current is the one getting the events.",
        ),
        marked("glossary", "QMP schema, query-mice (qapi/ui.json)"),
    ),
    "Character devices": Term(
        marked(
            "glossary",
            "The VM's chardevs: each one's label, backend and whether its frontend has it open.",
        ),
        marked("glossary", "QMP schema, query-chardev (qapi/char.json)"),
    ),
    "display:Display": Term(
        marked("glossary", "Which display's password to set: the VNC server's or SPICE's."),
        marked("glossary", "QMP schema, set_password protocol (qapi/ui.json)"),
    ),
    "Password": Term(
        marked("glossary", "The password a viewer must give to connect to the display."),
        marked("glossary", "QMP schema, set_password (qapi/ui.json)"),
    ),
    "Expires": Term(
        marked(
            "glossary",
            "When the password stops working: never, now, in a number of seconds, or at a time.",
        ),
        marked("glossary", "QMP schema, expire_password (qapi/ui.json)"),
    ),
    "Port": Term(
        marked(
            "glossary",
            "The VM's character device the terminal opens: a unix socket, a pty or a ringbuf chardev.",
        ),
        marked("glossary", "QMP schema, query-chardev (qapi/char.json)"),
    ),
    "Auth": Term(
        marked(
            "glossary",
            "How a viewer logs in: none, vnc (a password), vencrypt (TLS with a sub-auth), sasl, spice.",
        ),
        marked(
            "glossary",
            "QMP schema, VncBasicInfo and VncVencryptSubAuth of query-vnc-servers (qapi/ui.json)",
        ),
    ),
    "Family": Term(
        marked("glossary", "The listener's address family: ipv4, ipv6, unix."),
        marked("glossary", "QMP schema, NetworkAddressFamily (qapi/sockets.json)"),
    ),
    "TLS port": Term(
        marked("glossary", "SPICE's port for TLS connections."),
        marked("glossary", "QMP schema, SpiceInfo tls-port (qapi/ui.json)"),
    ),
    "Accelerator": Term(
        marked("glossary", "KVM (hardware virtualisation) or TCG (QEMU's own translator)."),
        marked("glossary", "QMP schema, query-kvm (qapi/machine.json)"),
    ),
}

#: Each run state (query-status `status`) in QEMU's words.
RUN_STATES: dict[str, str] = {
    "debug": marked("glossary", "QEMU is running on a debugger"),
    "finish-migrate": marked("glossary", "the guest is paused to finish the migration"),
    "inmigrate": marked("glossary", "the guest is paused waiting for an incoming migration"),
    "internal-error": marked(
        "glossary", "an internal error that prevents further guest execution has occurred"
    ),
    "io-error": marked(
        "glossary", "the last I/O failed and the drive is configured to pause on I/O errors"
    ),
    "paused": marked("glossary", "the guest has been paused with stop"),
    "postmigrate": marked("glossary", "the guest is paused following a successful migrate"),
    "prelaunch": marked("glossary", "QEMU was started with -S and the guest has not started"),
    "restore-vm": marked("glossary", "the guest is paused to restore the VM state"),
    "running": marked("glossary", "the guest is actively running"),
    "save-vm": marked("glossary", "the guest is paused to save the VM state"),
    "shutdown": marked("glossary", "the guest is shut down (and -no-shutdown is in use)"),
    "suspended": marked("glossary", "the guest is suspended (ACPI S3)"),
    "watchdog": marked(
        "glossary", "the watchdog action is configured to pause and has been triggered"
    ),
    "guest-panicked": marked("glossary", "the guest has panicked, as a result of a guest OS panic"),
    "colo": marked(
        "glossary", "the guest is paused to save or restore its state under a COLO checkpoint"
    ),
}
RUN_STATE_SOURCE = marked("glossary", "QMP schema, RunState (qapi/run-state.json)")

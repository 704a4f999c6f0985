"""Machine facts of one VM: identity, run state, CPUs, memory, devices, QMP."""

from __future__ import annotations

from qmpgui.i18n import marked, translate
from qmpgui.models.memory_nodes import QUERIES as MEMORY_QUERIES
from qmpgui.models.memory_nodes import memory_node
from qmpgui.models.node_tree import Node, NodeTreeModel, prop_node
from qmpgui.models.palette import Tone
from qmpgui.models.text import DASH, show, why_missing, yes_no
from qmpgui.qmp.machine import ChardevInfo, CpuInfo, MouseInfo
from qmpgui.qmp.reader import UNKNOWN
from qmpgui.session import VmSession
from qmpgui.session.topic_state import MachineState, QueryResult

COLUMNS = (marked("headers", "Property"), marked("headers", "Value"))


def cpu_node(cpu: CpuInfo) -> Node:
    """The row of one virtual CPU, "CPU n": its host thread, QOM path and target, from
    query-cpus-fast's `thread-id`, `qom-path`, `target` (query-cpus' on old servers)."""
    bad = cpu.invalid
    parts = [
        translate("machine_model", "thread {v0}").format(v0=show(cpu.thread_id, "thread-id", bad)),
        show(cpu.qom_path, "qom-path", bad),
        show(cpu.target, "target", bad),
    ]
    return Node(
        ("cpu", cpu.index),
        [translate("machine_model", "CPU {v0}").format(v0=show(cpu.index)), ", ".join(parts)],
        cpu.raw,
    )


def mouse_node(mouse: MouseInfo) -> Node:
    """The row of one mouse, "Mouse n": query-mice's `name`, "absolute" or "relative"
    (`absolute`), and "current" when it gets the mouse events (`current`)."""
    flags = ["absolute" if mouse.absolute else "relative" if mouse.absolute is False else ""]
    if mouse.current:
        flags.append("current")
    extra = ", ".join(f for f in flags if f)
    value = show(mouse.name, "name", mouse.invalid) + (f" ({extra})" if extra else "")
    return Node(
        ("mouse", mouse.index),
        [translate("machine_model", "Mouse {v0}").format(v0=show(mouse.index)), value],
        mouse.raw,
    )


def chardev_node(dev: ChardevInfo) -> Node:
    """The row of one character device: query-chardev's `label`, then its `filename`
    ("unix:/path,server=on", "pty:/dev/pts/3") and whether its frontend has it open
    (`frontend-open`, 2.1+)."""
    value = show(dev.backend, "filename", dev.invalid)
    if dev.frontend_open is not None:
        value += (
            translate("machine_model", ", frontend open")
            if dev.frontend_open
            else translate("machine_model", ", frontend closed")
        )
    return Node(("chardev", dev.label), [show(dev.label, "label", dev.invalid), value], dev.raw)


def _group(key: str, label: str, children: list[Node], result: QueryResult | None) -> Node:
    # The count, else why there is nothing ("none" when the query answered with none).
    if children:
        value = str(len(children))
    elif result is not None and not result.ok:
        value = why_missing(result)
    else:
        value = "none"
    raw = result.as_json() if result else None
    return Node(key, [label, value], raw, None, None, children)


def machine_nodes(session: VmSession) -> list[Node]:
    """The machine pane's rows, top to bottom, and where each comes from: Name
    (VmSession.display_name), UUID (query-uuid), QEMU version and Package (the greeting,
    else query-version), Run state (query-status' `status` and `running`; DASH when not
    connected), Accelerator (query-kvm), Machine type (qom-get /machine `type`),
    Architecture (query-target's `arch`), QMP (how many commands and events the server
    lists: query-qmp-schema, else query-commands), Memory (memory_node(): the RAM, its
    devices, the balloon kept current by BALLOON_CHANGE), then CPUs, Mice and Character devices with a row each under them
    (cpu_node(), mouse_node(), chardev_node()). A value that is missing says why: DASH,
    "not available on this QEMU" or the query's error. Never raises.
    """
    info, inspection = session.info, session.inspection
    machine: MachineState = inspection.machine
    results = inspection.results
    live = session.connected
    version = info.version
    status = info.status if live else None
    if status is None:
        run = DASH
    else:
        running = yes_no(status.running)
        run = (
            translate("machine_model", "{status} (running: {running})").format(
                status=status.status, running=running
            )
            if status.running is not None
            else status.status
        )
    qmp = DASH
    if info.command_count is not None:
        qmp = translate("machine_model", "{command_count} commands").format(
            command_count=info.command_count
        )
        if info.event_count:
            qmp += translate("machine_model", ", {event_count} events").format(
                event_count=info.event_count
            )
    accel = machine.kvm.accelerator if machine.kvm else None
    if machine.kvm and machine.kvm.invalid:
        accel = UNKNOWN
    cpus_result = results.get("query-cpus-fast") or results.get("query-cpus")
    return [
        prop_node("name", translate("machine_model", "Name"), session.display_name),
        prop_node("uuid", "UUID", info.uuid or DASH),
        prop_node(
            "version",
            translate("machine_model", "QEMU version"),
            version.text if version.major is not None else DASH,
        ),
        prop_node("package", translate("machine_model", "Package"), version.package or DASH),
        prop_node(
            "run",
            translate("machine_model", "Run state"),
            run,
            None,
            None if status is None or status.running else Tone.MUTED,
        ),
        prop_node(
            "accel",
            translate("machine_model", "Accelerator"),
            accel or why_missing(results.get("query-kvm")),
        ),
        prop_node(
            "machine",
            translate("machine_model", "Machine type"),
            machine.machine_type or why_missing(results.get("qom-get")),
        ),
        prop_node(
            "arch",
            translate("machine_model", "Architecture"),
            machine.arch or why_missing(results.get("query-target")),
        ),
        prop_node("qmp", "QMP", qmp),
        memory_node(session),
        _group(
            "cpus",
            translate("machine_model", "CPUs"),
            [cpu_node(c) for c in machine.cpus],
            cpus_result,
        ),
        _group(
            "mice",
            translate("machine_model", "Mice"),
            [mouse_node(m) for m in machine.mice],
            results.get("query-mice"),
        ),
        _group(
            "chardevs",
            translate("machine_model", "Character devices"),
            [chardev_node(d) for d in machine.chardevs],
            results.get("query-chardev"),
        ),
    ]


class MachineModel(NodeTreeModel):
    """Machine facts of one VM (see machine_nodes()), two columns, Property and Value."""

    glossary = "machine"

    headers = COLUMNS

    def refresh(self, session: VmSession) -> None:
        """Show what `session` knows of its machine; `replies` becomes the latest results
        of the queries behind it. Never raises."""
        inspection = session.inspection
        self.replies = inspection.results_of(
            [
                "query-cpus-fast",
                "query-cpus",
                *MEMORY_QUERIES,
                "query-mice",
                "query-chardev",
                "query-kvm",
                "qom-get",
                "query-target",
            ]
        )
        self.sync(machine_nodes(session))

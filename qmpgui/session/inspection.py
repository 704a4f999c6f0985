"""What the panes show about one VM, by topic: block devices, PCI, displays, machine facts.

A topic (a pane's subject) is fetched with a few queries and kept as typed state next
to the raw replies (for "copy as JSON"). Topics register where they are defined
(`register_topic`): the session polls the topics of the pane on screen, and the events
a topic names ask for a refresh. A "kept" topic is also fetched once per connection and
after its events whatever is on screen: the actions read it (which drives can eject,
whether there is a display to dump). A command the server lacks is "unavailable", not
an error. Events that carry the new value (tray moved, balloon changed) update the
state at once, before the next query confirms it.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field

from qmpgui.qmp import CommandFailed, ConnectionLost, Event, QmpFailure
from qmpgui.qmp.block import (
    BlockDevice,
    io_rates,
    parse_block,
    parse_blockstats,
)
from qmpgui.qmp.display import DisplayServer, Listener, parse_vnc_servers
from qmpgui.qmp.machine import (
    KvmInfo,
    parse_chardevs,
    parse_cpus,
    parse_machine_type,
    parse_mice,
    parse_target,
)
from qmpgui.qmp.pci import PciBus, parse_pci
from qmpgui.qmp.pci_ids import PciIds
from qmpgui.qmp.reader import Problems, Reader
from qmpgui.qmp.screendump import console_indexes
from qmpgui.session.pci_names import pci_ids
from qmpgui.session.topic_state import (
    IO_HISTORY,
    BlockState,
    DisplayState,
    MachineState,
    MemoryState,
    MigrationState,
    NetworkState,
    QueryResult,
    SnapshotState,
)
from qmpgui.virt.domain import Domain

#: Runs one command, (name, arguments) -> its `return` value, raising QmpFailure as
#: QmpConnection.execute does.
Execute = Callable[[str, Mapping[str, object] | None], Awaitable[object]]


#: The consoles topic's query in Inspection.results: other topics may list other paths.
CONSOLES_KEY = "qom-list /backend"

#: Fetches a topic's data on one connection; the Fetcher keeps what the queries return.
FetchTopic = Callable[["Fetcher"], Awaitable[None]]

#: What else is read from each query-block reply (the snapshots: session/snapshots.py),
#: so that one query serves both: each gets the Fetcher and the reply's QueryResult.
BLOCK_READERS: list[Callable[[Fetcher, QueryResult], Awaitable[None]]] = []

#: What else an event says directly (the balloon's size: session/memory.py): each gets
#: the Inspection and the event, applies what it carries and returns the topic it
#: changed, or None.
EVENT_READERS: list[Callable[[Inspection, Event], Topic | None]] = []


class Topic(str):
    """One topic: a string, its name (VmSession.topicChanged carries it, and a topic equals
    its name), with what fetches it. `fetch` is None for the run state, which the session
    fetches itself. Made by `register_topic`, which keeps names unique."""

    #: Fetches the topic's data; None for the run state.
    fetch: FetchTopic | None
    #: QMP events after which the data may have changed, and event name prefixes.
    events: frozenset[str]
    event_prefixes: tuple[str, ...]
    #: Polled on every tick whatever is on screen: the VM list shows it.
    periodic: bool
    #: Fetched on the tick only, never on request: samples stay evenly spaced (Disk I/O rates).
    tick_only: bool
    #: Fetched once per connection and again after its events, whatever is on screen,
    #: but on the tick only while its pane shows: the actions read it.
    kept: bool

    def __new__(
        cls,
        name: str,
        fetch: FetchTopic | None,
        *,
        events: frozenset[str] = frozenset(),
        event_prefixes: tuple[str, ...] = (),
        periodic: bool = False,
        tick_only: bool = False,
        kept: bool = False,
    ) -> Topic:
        """A topic named `name`; made through register_topic(), which keeps names unique."""
        topic = super().__new__(cls, name)
        topic.fetch, topic.events, topic.event_prefixes = fetch, events, event_prefixes
        topic.periodic, topic.tick_only, topic.kept = periodic, tick_only, kept
        return topic

    @property
    def name(self) -> str:
        """The topic's name, as a plain string."""
        return str.__str__(self)

    def changed_by(self, event: str) -> bool:
        """Whether QMP event `event` (its name) may have changed this topic."""
        return event in self.events or event.startswith(self.event_prefixes)


#: Every registered topic by name, in the order of registration.
_TOPICS: dict[str, Topic] = {}


def register_topic(
    name: str,
    fetch: FetchTopic | None,
    *,
    events: Iterable[str] = (),
    event_prefixes: tuple[str, ...] = (),
    periodic: bool = False,
    tick_only: bool = False,
    kept: bool = False,
) -> Topic:
    """Make topic `name` known to every session; the new Topic. Raises ValueError when
    the name is taken.

    `events` are QMP event names and `event_prefixes` name prefixes ("BLOCK_") after
    which the topic is refreshed; `periodic`, `tick_only` and `kept` as in Topic.
    Called once, where the topic is defined, when its module is imported.
    """
    if name in _TOPICS:
        raise ValueError(f"a topic named {name!r} is registered already")
    topic = Topic(
        name,
        fetch,
        events=frozenset(events),
        event_prefixes=event_prefixes,
        periodic=periodic,
        tick_only=tick_only,
        kept=kept,
    )
    _TOPICS[name] = topic
    return topic


def unregister_topic(topic: Topic) -> None:
    """Forget `topic` (a test's own topic); sessions stop polling it."""
    if _TOPICS.get(topic.name) is topic:
        del _TOPICS[topic.name]


def all_topics() -> list[Topic]:
    """Every registered topic, in the order of registration (the order of a poll)."""
    return list(_TOPICS.values())


def periodic_topics() -> frozenset[Topic]:
    """The topics polled on every tick whatever is on screen: a frozenset of Topic."""
    return frozenset(t for t in _TOPICS.values() if t.periodic)


def kept_topics() -> frozenset[Topic]:
    """The topics fetched once per connection and after their events whatever is on
    screen (Topic.kept): a frozenset of Topic."""
    return frozenset(t for t in _TOPICS.values() if t.kept)


def topic_named(name: str) -> Topic | None:
    """The registered topic called `name` (a topicChanged signal's argument), or None."""
    return _TOPICS.get(name)


def topics_for_event(name: str) -> frozenset[Topic]:
    """The topics QMP event `name` may have changed: a frozenset of Topic (empty for
    none)."""
    return frozenset(t for t in _TOPICS.values() if t.changed_by(name))


@dataclass
class Inspection:
    """Everything the panes show for one connection."""

    block: BlockState = field(default_factory=BlockState)
    pci: tuple[PciBus, ...] = ()
    #: Vendor and device names for the PCI pane (pci.ids; empty without the file).
    pci_ids: PciIds = field(default_factory=PciIds)
    display: DisplayState = field(default_factory=DisplayState)
    machine: MachineState = field(default_factory=MachineState)
    memory: MemoryState = field(default_factory=MemoryState)
    migration: MigrationState = field(default_factory=MigrationState)
    network: NetworkState = field(default_factory=NetworkState)
    snapshots: SnapshotState = field(default_factory=SnapshotState)
    #: The numbers N of the VM's consoles, QOM's /backend/console[N] (qom-list /backend);
    #: () when QEMU has no /backend, None before the first answer or when it failed.
    consoles: tuple[int, ...] | None = None
    #: Latest result per command, for "copy as JSON" and for showing errors.
    results: dict[str, QueryResult] = field(default_factory=dict)
    #: When each topic was last fetched: wall-clock seconds since the epoch (time.time()).
    updated: dict[Topic, float] = field(default_factory=dict)
    #: Problems found in replies; the session reports each once.
    problems: Problems = field(default_factory=Problems)

    def results_of(self, commands: Iterable[str]) -> dict[str, object]:
        """The latest result of each of `commands` as QueryResult.as_json() gives it, by
        command; commands not asked on this connection are left out."""
        return {c: self.results[c].as_json() for c in commands if c in self.results}

    # -- events --------------------------------------------------------------------

    def apply_event(self, event: Event) -> Topic | None:
        """Apply what an event says directly; the topic that changed (BLOCK, or one of
        EVENT_READERS'), or None. Never raises.

        DEVICE_TRAY_MOVED `{device, id, tray-open}` (qapi/block.json) sets a drive's tray.
        """
        if event.name == "DEVICE_TRAY_MOVED" and self._tray_moved(event.data):
            return BLOCK
        for read in EVENT_READERS:
            topic = read(self, event)
            if topic is not None:
                return topic
        return None

    def _tray_moved(self, data: Mapping[str, object]) -> bool:
        # The event names the drive by its backend (`device`, "" for a -blockdev drive)
        # and by `id`, a qdev id or a QOM path: either may match what query-block said.
        r = Reader(data, "DEVICE_TRAY_MOVED", self.problems)
        device, qdev, tray_open = r.text("device"), r.text("id"), r.flag("tray-open")
        if tray_open is None:
            return False

        def moved(dev: BlockDevice) -> bool:
            return bool(
                (device and dev.device == device) or (qdev and qdev in (dev.qdev, dev.qdev_id))
            )

        devices = self.block.devices
        self.block.devices = tuple(d.with_tray(tray_open) if moved(d) else d for d in devices)
        return any(moved(d) for d in devices)


class Fetcher:
    """Runs the queries of a topic on one connection and stores what they return.

    `execute` runs one command; `commands` are the names the server lists (empty when
    discovery failed); results and parsed state go into `inspection`; `domain` is the
    libvirt domain behind the monitor, or None. `libvirt`, for a domain, runs one of
    its worker's ops (Domain.call: op name and arguments -> the answer), so that a
    topic can read libvirt's own view; None for a QMP socket. `peer_pid`: QEMU's pid
    over a local unix socket, for what only its command line says.
    """

    def __init__(
        self,
        execute: Execute,
        commands: frozenset[str],
        inspection: Inspection,
        domain: Domain | None = None,
        peer_pid: int | None = None,
    ) -> None:
        self._execute = execute
        #: QEMU's pid when the monitor is a local unix socket (SO_PEERCRED), else None.
        self.peer_pid = peer_pid
        #: The libvirt domain behind the monitor, whose own API some topics ask (its
        #: snapshots); None for a QMP socket.
        self.domain = domain
        self.libvirt: Callable[..., Awaitable[object]] | None = (
            domain.call if domain is not None else None
        )
        #: What the server offers; empty when discovery failed (then just try).
        self._commands = commands
        self.inspection = inspection
        #: Topics a fetch found out of date (the drives, when the disk counters name
        #: other drives); the poller refreshes them next and empties the set.
        self.stale: set[Topic] = set()
        #: Topics to fetch again so many seconds after their fetch began, sooner than
        #: the tick (a migration under way); the poller takes them after each poll.
        self.again: dict[Topic, float] = {}
        #: The poll interval (seconds), set by the poller: disk I/O samples further apart
        #: leave gaps in the history, one per tick without a sample.
        self.tick_s = 1.0

    def offers(self, command: str) -> bool:
        """Whether to ask for `command`: the server lists it, or nothing is known."""
        return not self._commands or command in self._commands

    async def query(
        self, command: str, arguments: Mapping[str, object] | None = None, *, key: str = ""
    ) -> QueryResult:
        """Run one query, keep its result in `inspection.results` under `key` (by default
        the command's name) and return it.

        A command the server does not list is not sent (`unavailable`; see offers()). Raises only
        ConnectionLost; any other failure is the result's `error`.
        """
        if not self.offers(command):
            result = QueryResult(command, unavailable=True)
        else:
            try:
                result = QueryResult(command, await self._execute(command, arguments))
            except ConnectionLost:
                raise
            except CommandFailed as err:
                result = QueryResult(
                    command,
                    error=err.message,
                    unavailable=err.unavailable,
                    error_class=err.error_class,
                )
            except QmpFailure as err:
                result = QueryResult(command, error=err.message)
        self.inspection.results[key or command] = result
        return result

    async def fetch(self, topic: Topic) -> None:
        """Run `topic`'s queries and note when (Inspection.updated); only a lost
        connection raises (ConnectionLost)."""
        if topic.fetch is not None:
            await topic.fetch(self)
            self.inspection.updated[topic] = time.time()

    def _answered(self, command: str) -> bool:
        # Answered for good on this connection: a reply, or the news that there is none.
        result = self.inspection.results.get(command)
        return result is not None and (result.ok or result.unavailable)

    async def _blockstats(self) -> None:
        # Rates need two samples, so the first of a connection gives none. The history
        # gets a point only when some rate is known (0 when there are no drives): a
        # sample without usable counters leaves no false zero in the sparkline. Ticks
        # without a sample (a VM out of sight is sampled seldom) are gaps (None), never
        # invented values: the point after them is the mean rate over the whole time.
        result = await self.query("query-blockstats")
        if not result.ok:
            return
        block = self.inspection.block
        now = time.monotonic()
        stats = {s.key: s for s in parse_blockstats(result.reply, self.inspection.problems)}
        if block.stats_at is not None and stats.keys() != block.stats.keys():
            # A drive came or went. QEMU sends no event when one is hot-added
            # (device_add), but its counters show up here on the next tick.
            self.stale.add(BLOCK)
        if block.stats_at is not None:
            seconds = now - block.stats_at
            block.rates = {
                key: io_rates(new, block.stats[key], seconds)
                for key, new in stats.items()
                if key in block.stats
            }
            totals = [r.total_bytes for r in block.rates.values() if r.total_bytes is not None]
            if totals or not stats:
                missed = min(round(seconds / max(self.tick_s, 0.1)) - 1, IO_HISTORY)
                block.history.extend([None] * missed)
                block.history.append(sum(totals))
        block.stats, block.stats_at = stats, now

    async def _block(self) -> None:
        result = await self.query("query-block")
        if result.ok:
            self.inspection.block.devices = parse_block(result.reply, self.inspection.problems)
        for read in BLOCK_READERS:
            await read(self, result)

    async def _consoles(self) -> None:
        result = await self.query("qom-list", {"path": "/backend"}, key=CONSOLES_KEY)
        if result.ok:
            self.inspection.consoles = tuple(console_indexes(result.reply))
        else:
            # QEMU makes /backend with its first console: without one, there is none.
            no_backend = result.error_class == "DeviceNotFound"
            self.inspection.consoles = () if no_backend else None

    async def _pci(self) -> None:
        result = await self.query("query-pci")
        if result.ok:
            self.inspection.pci_ids = await pci_ids()
            self.inspection.pci = parse_pci(result.reply, self.inspection.problems)

    async def _display(self) -> None:
        problems, display = self.inspection.problems, self.inspection.display
        vnc = await self.query("query-vnc")
        display.vnc = DisplayServer.parse_vnc(vnc.reply, problems) if vnc.ok else None
        listeners: tuple[Listener, ...] = ()
        if self.offers("query-vnc-servers"):  # 2.3+ (qapi/ui.json)
            servers = await self.query("query-vnc-servers")
            if servers.ok:
                listeners = parse_vnc_servers(servers.reply, problems)
        display.vnc_listeners = listeners
        spice = await self.query("query-spice")
        display.spice = DisplayServer.parse_spice(spice.reply, problems) if spice.ok else None

    async def _machine(self) -> None:
        problems, machine = self.inspection.problems, self.inspection.machine
        # query-cpus was removed in 6.0; query-cpus-fast arrived in 2.12.
        cpus_command = "query-cpus-fast" if self.offers("query-cpus-fast") else "query-cpus"
        cpus = await self.query(cpus_command)
        if cpus.unavailable and cpus_command == "query-cpus-fast" and not self._commands:
            cpus_command = "query-cpus"
            cpus = await self.query(cpus_command)
        machine.cpus = parse_cpus(cpus.reply, cpus_command, problems) if cpus.ok else ()
        mice = await self.query("query-mice")
        machine.mice = parse_mice(mice.reply, problems) if mice.ok else ()
        chardevs = await self.query("query-chardev")
        machine.chardevs = parse_chardevs(chardevs.reply, problems) if chardevs.ok else ()
        kvm = await self.query("query-kvm")
        machine.kvm = KvmInfo.parse(kvm.reply, problems) if kvm.ok else None
        # Neither changes while QEMU runs: asked once per connection.
        if not self._answered("qom-get"):
            kind = await self.query("qom-get", {"path": "/machine", "property": "type"})
            machine.machine_type = parse_machine_type(kind.reply) if kind.ok else None
        if not self._answered("query-target"):
            target = await self.query("query-target")
            machine.arch = parse_target(target.reply, problems) if target.ok else None


# -- the built-in topics, in the order a poll fetches them ------------------------------

#: The run state (query-status), which the session fetches itself.
STATUS = register_topic(
    "status",
    None,
    # After these the run state may have changed; query-status tells which. MIGRATION
    # comes only where the "events" migration capability is on (qmp-protocol.md, 3).
    events={
        "STOP",
        "RESUME",
        "RESET",
        "SHUTDOWN",
        "POWERDOWN",
        "SUSPEND",
        "SUSPEND_DISK",
        "WAKEUP",
        "GUEST_PANICKED",
        "GUEST_CRASHLOADED",
        "WATCHDOG",
        "MIGRATION",
    },
    periodic=True,
)
#: Disk I/O counters and rates (query-blockstats): the VM list's sparkline, on the tick only.
BLOCKSTATS = register_topic("blockstats", Fetcher._blockstats, periodic=True, tick_only=True)
#: The drives (query-block), refreshed after tray, device and BLOCK_* events, and when
#: the disk counters name other drives; kept: Eject and Change media read it.
BLOCK = register_topic(
    "block",
    Fetcher._block,
    # JOB_STATUS_CHANGE: a snapshot job (session/snapshots.py reads the same reply).
    events={"DEVICE_TRAY_MOVED", "DEVICE_DELETED", "JOB_STATUS_CHANGE"},
    event_prefixes=("BLOCK_",),
    kept=True,
)
#: The consoles (qom-list /backend), a display's screens; kept: Screendump reads it.
CONSOLES = register_topic("consoles", Fetcher._consoles, events={"DEVICE_DELETED"}, kept=True)
#: The PCI tree (query-pci).
PCI = register_topic("pci", Fetcher._pci, events={"DEVICE_DELETED"})
#: VNC and SPICE servers and their clients (VNC_* and SPICE_* events; an unplugged
#: display device takes its console away).
DISPLAY = register_topic(
    "display", Fetcher._display, events={"DEVICE_DELETED"}, event_prefixes=("VNC_", "SPICE_")
)
#: CPUs, mice, character devices, KVM, machine type and target.
MACHINE = register_topic(
    "machine",
    Fetcher._machine,
    # The CPUs halt or restart with the run state.
    events={"STOP", "RESUME", "RESET", "SHUTDOWN"},
)

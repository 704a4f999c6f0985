"""The block graph behind the drives: each drive's chain of nodes (filters, format,
protocol, backing files) and the nodes under the running jobs, read from
`query-named-block-nodes` (a list of BlockDeviceInfo, qapi/block-core.json; `flat`
since 5.0 leaves out the nested backing images) and, where QEMU has it (2.12+, still
`x-` in 7.2), `x-debug-query-block-graph` (`{"nodes": [{"id", "type", "name"}],
"edges": [{"parent", "child", "name", "perm", "shared-perm"}]}`), whose edges are the
real parent/child links (a copy-on-read filter a stream inserts, a mirror_top above
a drive). Without the debug graph the chain is read from `query-block` and the nodes'
own `file` and `backing_file`, which shows format, protocol and backing nodes but no
filters. Nothing here raises: what is not understood is left out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from qmpgui.i18n import translate
from qmpgui.qmp.qom import qdev_id
from qmpgui.qmp.reader import whole

#: The drivers that reach storage themselves (protocol nodes): a format node's `file`
#: child when the graph is not known.
PROTOCOL_DRIVERS = frozenset(
    {"file", "host_device", "host_cdrom", "nbd", "iscsi", "ssh", "http", "https", "ftp"}
    | {"ftps", "null-co", "null-aio", "rbd", "gluster", "nvme", "nfs", "vvfat"}
)

#: BlockPermission's names in QEMU's order (qapi/block-core.json), for the edges'
#: `perm` (what the parent takes) and `shared-perm` (what it lets others take).
PERMISSIONS = ("consistent-read", "write", "write-unchanged", "resize", "graph-mod")

#: The debug graph's node types (BlockGraphInfo's XDbgBlockGraphNodeType).
BACKEND, JOB, DRIVER = "block-backend", "block-job", "block-driver"


@dataclass(frozen=True, slots=True)
class DirtyBitmap:
    """A dirty bitmap of a node (BlockDirtyInfo): `granularity` in bytes, `count` the
    bytes marked dirty; `persistent` (4.0+) kept in the image, `busy` (4.0+) in use by
    an operation (a backup) and not to be changed; None where QEMU did not say."""

    name: str
    granularity: int | None
    count: int | None
    persistent: bool | None = None
    busy: bool | None = None
    recording: bool | None = None


@dataclass(frozen=True, slots=True)
class NodeInfo:
    """One node of `query-named-block-nodes`: its `name` (node-name; `#blockNNN` when
    QEMU named it), `driver` (drv: qcow2, file, throttle, copy-on-read, ...), `file`
    (the image's file name), sizes in bytes (`virtual_size` as the guest sees it,
    `actual_size` on the host), `read_only`, `cache` in words, its `bitmaps`, its
    throttle `group` (a drive's, from query-block: QEMU 7.2's node list has none; a
    throttle filter's `throttle-group`, read from its json: file name) and the
    `backing_file` it names."""

    name: str
    driver: str = ""
    file: str = ""
    virtual_size: int | None = None
    actual_size: int | None = None
    read_only: bool | None = None
    cache: str = ""
    bitmaps: tuple[DirtyBitmap, ...] = ()
    group: str = ""
    backing_file: str = ""
    raw: Any = None


@dataclass(eq=False)
class ChainNode:
    """A row of the graph as a tree: `label` (a drive's name, a job's id, a node's
    name), `kind` (BACKEND, JOB or DRIVER), `role` (the edge from its parent: root,
    file, backing, main node, ...; "" at the top), `info` (the node's facts, for a
    DRIVER), and its `children`. `seen_before`: the node is shown in full elsewhere
    (a job's nodes, a node two parents share), so its children are left out here.
    `perm` and `shared` are the edge's permissions from the debug graph (what the
    parent takes of the node, and lets others take), in PERMISSIONS' order; None
    without the debug graph."""

    label: str
    kind: str
    role: str = ""
    info: NodeInfo | None = None
    children: list[ChainNode] = field(default_factory=list)
    seen_before: bool = False
    perm: tuple[str, ...] | None = None
    shared: tuple[str, ...] | None = None

    def walk(self) -> Iterator[ChainNode]:
        """This row and every row under it, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()


def _int(value: object) -> int | None:
    return whole(value)  # a size past 64 bits would overflow the pane's float


def _bool(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def cache_words(cache: object) -> str:
    """BlockdevCacheInfo `{writeback, direct, no-flush}` in -drive's cache= terms:
    "writeback", "none" (direct), "writethrough", "directsync", "unsafe" (no-flush);
    "" when not given."""
    if not isinstance(cache, dict):
        return ""
    writeback, direct, no_flush = (bool(cache.get(k)) for k in ("writeback", "direct", "no-flush"))
    if no_flush:
        return "unsafe"
    if direct:
        return "none" if writeback else "directsync"
    return "writeback" if writeback else "writethrough"


def _bitmap(value: object) -> DirtyBitmap | None:
    if not isinstance(value, dict):
        return None
    return DirtyBitmap(
        _str(value.get("name")),
        _int(value.get("granularity")),
        _int(value.get("count")),
        _bool(value.get("persistent")),
        _bool(value.get("busy")),
        _bool(value.get("recording")),
    )


def _throttle_group(value: dict[str, Any]) -> str:
    """A throttle filter's group: QEMU 7.2 names it only inside the node's json: file
    name ('json:{"throttle-group": "tg0", "driver": "throttle", ...}')."""
    name = _str(value.get("file"))
    if _str(value.get("drv")) != "throttle" or not name.startswith("json:"):
        return ""
    try:
        options = json.loads(name[len("json:") :])
    except ValueError:
        return ""
    return _str(options.get("throttle-group")) if isinstance(options, dict) else ""


def permissions(names: object) -> tuple[str, ...]:
    """An edge's `perm` or `shared-perm` list as names in PERMISSIONS' order (names
    QEMU adds later follow, as given)."""
    given = [n for n in (names if isinstance(names, list) else ()) if isinstance(n, str)]
    known = [n for n in PERMISSIONS if n in given]
    return (*known, *(n for n in given if n not in PERMISSIONS))


def permission_words(perm: Iterable[str] | None, shared: Iterable[str] | None) -> str:
    """An edge's permissions in words: "takes consistent-read, write; shares
    consistent-read, write-unchanged, resize" ("" without the debug graph)."""
    if perm is None or shared is None:
        return ""
    return translate("block_graph", "takes {v0}; shares {v1}").format(
        v0=", ".join(perm) or "nothing", v1=", ".join(shared) or "nothing"
    )


def parse_node(value: object) -> NodeInfo | None:
    """One BlockDeviceInfo as a NodeInfo; None when it is not an object with a name."""
    if not isinstance(value, dict) or not _str(value.get("node-name")):
        return None
    image = value.get("image")
    image = image if isinstance(image, dict) else {}
    bitmaps = value.get("dirty-bitmaps")
    return NodeInfo(
        name=_str(value.get("node-name")),
        driver=_str(value.get("drv")),
        file=_str(value.get("file")),
        virtual_size=_int(image.get("virtual-size")),
        actual_size=_int(image.get("actual-size")),
        read_only=_bool(value.get("ro")),
        cache=cache_words(value.get("cache")),
        bitmaps=tuple(
            b for b in map(_bitmap, bitmaps if isinstance(bitmaps, list) else ()) if b is not None
        ),
        group=_str(value.get("group")) or _throttle_group(value),
        backing_file=_str(value.get("backing_file")),
        raw=value,
    )


def parse_nodes(reply: object) -> dict[str, NodeInfo]:
    """`query-named-block-nodes`' reply as NodeInfo by node name, in QEMU's order."""
    nodes = (parse_node(v) for v in (reply if isinstance(reply, list) else ()))
    return {n.name: n for n in nodes if n is not None}


@dataclass(frozen=True, slots=True)
class _Graph:
    kinds: dict[int, tuple[str, str]]  # id -> (type, name)
    edges: dict[int, list[tuple[str, int]]]  # parent id -> [(role, child id)]
    perms: dict[tuple[int, int], tuple[tuple[str, ...], tuple[str, ...]]]  # (perm, shared)


def _parse_graph(reply: object) -> _Graph | None:
    if not isinstance(reply, dict):
        return None
    kinds: dict[int, tuple[str, str]] = {}
    for node in reply.get("nodes") or ():
        if isinstance(node, dict) and (ident := _int(node.get("id"))) is not None:
            kinds[ident] = (_str(node.get("type")), _str(node.get("name")))
    edges: dict[int, list[tuple[str, int]]] = {}
    perms: dict[tuple[int, int], tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for edge in reply.get("edges") or ():
        if not isinstance(edge, dict):
            continue
        parent, child = _int(edge.get("parent")), _int(edge.get("child"))
        if parent in kinds and child in kinds and parent is not None and child is not None:
            edges.setdefault(parent, []).append((_str(edge.get("name")), child))
            perms[parent, child] = (
                permissions(edge.get("perm")),
                permissions(edge.get("shared-perm")),
            )
    return _Graph(kinds, edges, perms) if kinds else None


def _drive_labels(block_reply: object, *, anonymous_only: bool) -> dict[str, str]:
    """What names each drive's top node in query-block: the node's name -> the drive's
    name (its backend's, else its qdev id or QOM path); `anonymous_only`: only the
    drives whose backend has no name (-blockdev with -device drive=NODE)."""
    labels: dict[str, str] = {}
    for dev in block_reply if isinstance(block_reply, list) else ():
        if not isinstance(dev, dict) or not isinstance(dev.get("inserted"), dict):
            continue
        if anonymous_only and _str(dev.get("device")):
            continue
        node = _str(dev["inserted"].get("node-name"))
        qdev = _str(dev.get("qdev"))
        name = _str(dev.get("device")) or qdev_id(qdev) or qdev
        if node and name:
            labels[node] = name
    return labels


def _drive_groups(block_reply: object) -> dict[str, str]:
    """The throttle group of each drive's top node, by node name, from query-block
    (`inserted.group`: block_set_io_throttle's group)."""
    groups: dict[str, str] = {}
    for dev in block_reply if isinstance(block_reply, list) else ():
        inserted = dev.get("inserted") if isinstance(dev, dict) else None
        if isinstance(inserted, dict) and _str(inserted.get("group")):
            groups[_str(inserted.get("node-name"))] = _str(inserted.get("group"))
    return groups


def chains(
    nodes_reply: object, graph_reply: object = None, block_reply: object = None
) -> list[ChainNode]:
    """The rows of the graph, top first: each drive with its chain below it, each job
    with the nodes it works on, then each node under no drive or job, with its own.

    `nodes_reply` is query-named-block-nodes' reply, `graph_reply`
    x-debug-query-block-graph's (None without it), `block_reply` query-block's (names
    the drives of -blockdev devices, and gives the chains without the debug graph).
    """
    infos = parse_nodes(nodes_reply)
    for node, group in _drive_groups(block_reply).items():
        if node in infos and not infos[node].group:
            infos[node] = replace(infos[node], group=group)
    graph = _parse_graph(graph_reply)
    if graph is not None:
        return _from_graph(graph, infos, _drive_labels(block_reply, anonymous_only=True))
    return _from_nodes(infos, _drive_labels(block_reply, anonymous_only=False))


def _from_graph(
    graph: _Graph, infos: dict[str, NodeInfo], drives: dict[str, str]
) -> list[ChainNode]:
    shown: set[int] = set()

    def driver_row(ident: int, role: str, *, descend: bool, parent: int = -1) -> ChainNode:
        name = graph.kinds[ident][1]
        row = ChainNode(name, DRIVER, role, infos.get(name) or NodeInfo(name))
        row.perm, row.shared = graph.perms.get((parent, ident), (None, None))
        if ident in shown or not descend:
            row.seen_before = ident in shown or bool(graph.edges.get(ident))
            return row
        shown.add(ident)
        for child_role, child in graph.edges.get(ident, ()):
            if graph.kinds[child][0] == DRIVER:
                row.children.append(driver_row(child, child_role, descend=True, parent=ident))
        return row

    def top_row(ident: int, label: str, kind: str) -> ChainNode:
        row = ChainNode(label, kind)
        for role, child in graph.edges.get(ident, ()):
            if graph.kinds[child][0] == DRIVER:
                row.children.append(driver_row(child, role, descend=kind == BACKEND, parent=ident))
        return row

    rows: list[ChainNode] = []
    jobs: list[ChainNode] = []
    for ident, (kind, name) in sorted(graph.kinds.items(), key=lambda kv: kv[1][1]):
        if kind == BACKEND:
            children = [c for r, c in graph.edges.get(ident, ())]
            # QEMU names a backend without a name by its device: an id or a QOM path.
            named = (qdev_id(name) or name) if name.startswith("/") else name
            label = named or next(
                (drives[graph.kinds[c][1]] for c in children if graph.kinds[c][1] in drives), ""
            )
            if label:  # an anonymous backend that no drive has is a job's own
                rows.append(top_row(ident, label, BACKEND))
        elif kind == JOB:
            jobs.append(top_row(ident, name, JOB))
    rows.extend(jobs)
    has_parent = {c for edges in graph.edges.values() for _, c in edges}
    for ident, (kind, _name) in graph.kinds.items():
        if kind == DRIVER and ident not in has_parent and ident not in shown:
            rows.append(driver_row(ident, "", descend=True))
    return rows


def _from_nodes(infos: dict[str, NodeInfo], drives: dict[str, str]) -> list[ChainNode]:
    shown: set[str] = set()

    def children_of(info: NodeInfo) -> list[tuple[str, NodeInfo]]:
        found: list[tuple[str, NodeInfo]] = []
        if info.driver not in PROTOCOL_DRIVERS:
            protocol = next(
                (n for n in infos.values() if n.file == info.file and n.driver in PROTOCOL_DRIVERS),
                None,
            )
            if protocol is not None and protocol is not info:
                found.append(("file", protocol))
        if info.backing_file:
            backing = next(
                (
                    n
                    for n in infos.values()
                    if n.file == info.backing_file and n.driver not in PROTOCOL_DRIVERS
                ),
                None,
            )
            if backing is not None:
                found.append(("backing", backing))
        return found

    def row(info: NodeInfo, role: str) -> ChainNode:
        made = ChainNode(info.name, DRIVER, role, info)
        if info.name in shown:
            made.seen_before = True
            return made
        shown.add(info.name)
        made.children = [row(child, child_role) for child_role, child in children_of(info)]
        return made

    rows = []
    for node, drive in drives.items():
        if node in infos:
            rows.append(ChainNode(drive, BACKEND, children=[row(infos[node], "root")]))
    for info in infos.values():
        if info.name not in shown and not any(
            info in (c for _, c in children_of(other)) for other in infos.values()
        ):
            rows.append(row(info, ""))
    return rows

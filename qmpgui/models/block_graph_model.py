"""The block graph pane's tree (`blockGraphView`): each drive, each job and each node
under neither, with its chain of nodes below it (the edge's role first: root, file,
backing, ...), each node with its driver, file, sizes, read-only, cache mode and
throttle group and the permissions its parent's edge takes and shares (from
x-debug-query-block-graph), and its dirty bitmaps as rows of their own."""

from __future__ import annotations

from qmpgui.i18n import marked, translate
from qmpgui.models.node_tree import Node, NodeTreeModel
from qmpgui.models.palette import Tone
from qmpgui.models.text import DASH, human_bytes, why_missing, yes_no
from qmpgui.qmp.block_graph import (
    BACKEND,
    JOB,
    ChainNode,
    DirtyBitmap,
    NodeInfo,
    chains,
    permission_words,
)
from qmpgui.session import VmSession
from qmpgui.session.block_graph import GRAPH_KEY, NODES_KEY

COLUMNS = (
    marked("headers", "Node"),
    marked("headers", "Driver"),
    marked("headers", "File"),
    marked("headers", "Virtual size"),
    marked("headers", "Actual size"),
    marked("headers", "Read-only"),
    marked("headers", "Cache"),
    marked("headers", "Throttle group"),
    marked("headers", "Permissions"),
)


def _size(value: int | None) -> str:
    return DASH if value is None else human_bytes(value)


def _bitmap_row(bitmap: DirtyBitmap) -> Node:
    flags = [w for w, on in (("persistent", bitmap.persistent), ("busy", bitmap.busy)) if on]
    if bitmap.recording is False:
        flags.append(translate("block_graph_model", "not recording"))
    granularity = DASH if bitmap.granularity is None else human_bytes(bitmap.granularity)
    dirty = DASH if bitmap.count is None else human_bytes(bitmap.count)
    # A job's own bitmap (a mirror's) has no name.
    named = (
        translate("block_graph_model", "bitmap {name}").format(name=bitmap.name)
        if bitmap.name
        else translate("block_graph_model", "unnamed bitmap")
    )
    text = translate(
        "block_graph_model", "{named}: {dirty} dirty, granularity {granularity}"
    ).format(named=named, dirty=dirty, granularity=granularity)
    if flags:
        text += f" ({', '.join(flags)})"
    return Node(("bitmap", bitmap.name), [text], None, text, Tone.MUTED)


def _cells(row: ChainNode) -> list[str]:
    label = f"{row.role}: {row.label}" if row.role else row.label
    if row.kind == BACKEND:
        return [
            translate("block_graph_model", "drive {label}").format(label=label),
            *[""] * (len(COLUMNS) - 1),
        ]
    if row.kind == JOB:
        return [
            translate("block_graph_model", "job {label}").format(label=label),
            *[""] * (len(COLUMNS) - 1),
        ]
    info = row.info or NodeInfo(row.label)
    return [
        label,
        info.driver or DASH,
        info.file or DASH,
        _size(info.virtual_size),
        _size(info.actual_size),
        yes_no(info.read_only),
        info.cache or DASH,
        info.group or "",
        permission_words(row.perm, row.shared),
    ]


def _node(row: ChainNode) -> Node:
    cells = _cells(row)
    tooltip = "\n".join(f"{h}: {c}" for h, c in zip(COLUMNS, cells, strict=True) if c)
    if row.seen_before:
        tooltip += translate(
            "block_graph_model", "\n(its children are shown where the node first appears)"
        )
    tone = Tone.MUTED if row.seen_before else None
    raw = row.info.raw if row.info is not None else None
    node = Node((row.kind, row.role, row.label), cells, raw, tooltip, tone)
    node.children = [_node(child) for child in row.children]
    if row.info is not None and not row.seen_before:
        node.children += [_bitmap_row(b) for b in row.info.bitmaps]
    return node


class BlockGraphModel(NodeTreeModel):
    """The drives, jobs and nodes of one VM as a tree (qmp.block_graph.chains())."""

    glossary = "graph"

    headers = COLUMNS
    hidden_by_default = frozenset({"Throttle group"})

    def refresh(self, session: VmSession) -> None:
        """Show the session's latest nodes and graph; `replies` becomes the queries'
        results. Never raises."""
        results = session.inspection.results
        nodes, graph = results.get(NODES_KEY), results.get(GRAPH_KEY)
        block = results.get("query-block")
        self.replies = session.inspection.results_of([NODES_KEY, GRAPH_KEY])
        if nodes is None or not nodes.ok:
            why = why_missing(nodes)
            self.sync([Node("why", [why])] if nodes is not None else [])
            return
        rows = chains(
            nodes.reply,
            graph.reply if graph is not None and graph.ok else None,
            block.reply if block is not None and block.ok else None,
        )
        self.sync([_node(row) for row in rows])

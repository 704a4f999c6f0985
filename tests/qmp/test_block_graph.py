"""qmp.block_graph: each drive's chain read from QEMU 7.2's replies (a qcow2 overlay on
a qcow2 base, a stream running with its copy-on-read filter), with and without the
debug graph, and the nodes' facts in words."""

from __future__ import annotations

from typing import Any

from qmpgui.qmp.block_graph import BACKEND, DRIVER, JOB, ChainNode, cache_words, chains, parse_node


def node(name: str, drv: str, file: str, **more: Any) -> dict[str, Any]:
    return {
        "node-name": name,
        "drv": drv,
        "file": file,
        "ro": more.pop("ro", False),
        "cache": {"no-flush": False, "direct": False, "writeback": True},
        "image": {"virtual-size": more.pop("size", 67108864), "actual-size": 200704},
        **more,
    }


#: query-named-block-nodes (flat) of a stream's drive, as QEMU 7.2 answers it.
NODES = [
    node("#block350", "copy-on-read", "/t/top.qcow2"),
    node("#block202", "qcow2", "/t/base.qcow2", ro=True),
    node("#block139", "file", "/t/base.qcow2", ro=True),
    node("top", "qcow2", "/t/top.qcow2", backing_file="/t/base.qcow2"),
    node("#block046", "file", "/t/top.qcow2"),
]
#: x-debug-query-block-graph of the same moment (QEMU 7.2's reply, trimmed of perms).
GRAPH = {
    "nodes": [
        {"name": "#block350", "type": "block-driver", "id": 2},
        {"name": "#block202", "type": "block-driver", "id": 6},
        {"name": "#block139", "type": "block-driver", "id": 9},
        {"name": "top", "type": "block-driver", "id": 7},
        {"name": "#block046", "type": "block-driver", "id": 8},
        {"name": "st0", "type": "block-job", "id": 5},
        {"name": "", "type": "block-backend", "id": 4},
        {"name": "drive0", "type": "block-backend", "id": 1},
    ],
    "edges": [
        {"name": "file", "parent": 2, "child": 7},
        {"name": "file", "parent": 6, "child": 9},
        {"name": "file", "parent": 7, "child": 8},
        {"name": "backing", "parent": 7, "child": 6},
        {"name": "main node", "parent": 5, "child": 2},
        {"name": "root", "parent": 4, "child": 2},
        {"name": "root", "parent": 1, "child": 2},
    ],
}


def flat(rows: list[ChainNode]) -> list[tuple[int, str, str, str]]:
    out: list[tuple[int, str, str, str]] = []

    def walk(row: ChainNode, depth: int) -> None:
        out.append((depth, row.kind, row.role, row.label))
        for child in row.children:
            walk(child, depth + 1)

    for row in rows:
        walk(row, 0)
    return out


def test_the_debug_graph_gives_the_filter_the_chain_and_the_job() -> None:
    rows = chains(NODES, GRAPH)
    assert flat(rows) == [
        (0, BACKEND, "", "drive0"),
        (1, DRIVER, "root", "#block350"),
        (2, DRIVER, "file", "top"),
        (3, DRIVER, "file", "#block046"),
        (3, DRIVER, "backing", "#block202"),
        (4, DRIVER, "file", "#block139"),
        (0, JOB, "", "st0"),
        (1, DRIVER, "main node", "#block350"),
    ]
    # The job's node is the drive's: named again, its children left where they are.
    assert rows[1].children[0].seen_before
    # The job's own anonymous backend is no drive.
    assert [r.label for r in rows if r.kind == BACKEND] == ["drive0"]


def test_a_backend_named_by_its_device_shows_the_devices_id() -> None:
    graph = {
        "nodes": [
            {"name": "/machine/peripheral/vd1/virtio-backend", "type": "block-backend", "id": 1},
            {"name": "overlay0", "type": "block-driver", "id": 2},
        ],
        "edges": [{"name": "root", "parent": 1, "child": 2}],
    }
    rows = chains([node("overlay0", "qcow2", "/t/o.qcow2")], graph)
    assert rows[0].label == "vd1" and rows[0].children[0].label == "overlay0"


def test_without_the_debug_graph_the_chain_comes_from_the_files() -> None:
    block = [{"device": "drive0", "qdev": "disk0", "inserted": {"node-name": "top"}}]
    rows = chains(NODES[1:], None, block)
    assert flat(rows)[:5] == [
        (0, BACKEND, "", "drive0"),
        (1, DRIVER, "root", "top"),
        (2, DRIVER, "file", "#block046"),
        (2, DRIVER, "backing", "#block202"),
        (3, DRIVER, "file", "#block139"),
    ]
    assert len(rows) == 1  # every node is under the drive


def test_a_node_under_no_drive_is_a_row_of_its_own() -> None:
    rows = chains(
        [node("lone", "qcow2", "/t/lone.qcow2")],
        {"nodes": [{"name": "lone", "type": "block-driver", "id": 1}], "edges": []},
    )
    assert flat(rows) == [(0, DRIVER, "", "lone")]


def test_node_facts_and_bitmaps() -> None:
    raw = node(
        "top",
        "qcow2",
        "/t/top.qcow2",
        **{
            "dirty-bitmaps": [
                {
                    "name": "b0",
                    "granularity": 65536,
                    "count": 131072,
                    "persistent": True,
                    "busy": False,
                    "recording": True,
                }
            ]
        },
    )
    info = parse_node(raw)
    assert info is not None and info.virtual_size == 67108864 and info.cache == "writeback"
    assert [(b.name, b.granularity, b.count, b.persistent) for b in info.bitmaps] == [
        ("b0", 65536, 131072, True)
    ]
    assert parse_node({"drv": "qcow2"}) is None and parse_node("x") is None


def test_cache_modes_in_drive_terms() -> None:
    def words(writeback: bool, direct: bool, no_flush: bool) -> str:
        return cache_words({"writeback": writeback, "direct": direct, "no-flush": no_flush})

    assert words(True, False, False) == "writeback"
    assert words(True, True, False) == "none"
    assert words(False, False, False) == "writethrough"
    assert words(False, True, False) == "directsync"
    assert words(True, False, True) == "unsafe"
    assert cache_words(None) == ""


def test_replies_not_understood_give_no_rows() -> None:
    assert chains("x", "y", 3) == []
    assert chains([{"node-name": 1}], {"nodes": "x", "edges": None}) == []

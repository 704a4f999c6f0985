"""Block devices of one VM (`blockView`): media, state and I/O."""

from __future__ import annotations

from qmpgui.i18n import marked, translate
from qmpgui.models.node_tree import Node, NodeTreeModel
from qmpgui.models.palette import Tone
from qmpgui.models.text import DASH, human_bytes, human_rate, ops_rate, show, yes_no
from qmpgui.qmp.block import BlockDevice, BlockStats, IoRates
from qmpgui.session import VmSession
from qmpgui.session.topic_state import BlockState
from qmpgui.session.unplug import unplug_words

#: What tells drives apart and what goes wrong come first, so that the I/O status is
#: on screen in a narrow pane; the rest follow, hidden until the header's menu shows
#: them (HIDDEN_BY_DEFAULT).
COLUMNS = (
    marked("headers", "Device"),
    marked("headers", "Medium"),
    marked("headers", "Format"),
    marked("headers", "Virtual size"),
    marked("headers", "Read-only"),
    marked("headers", "Tray"),
    marked("headers", "I/O status"),
    marked("headers", "Read rate"),
    marked("headers", "Write rate"),
    marked("headers", "qdev id"),
    marked("headers", "Type"),
    marked("headers", "Read"),
    marked("headers", "Written"),
    marked("headers", "Actual size"),
    marked("headers", "Encrypted"),
    marked("headers", "Backing depth"),
)
#: The columns a pane shows only when asked; every column is in the row's tooltip.
HIDDEN_BY_DEFAULT = frozenset(
    {"qdev id", "Type", "Read", "Written", "Actual size", "Encrypted", "Backing depth"}
)


def _kind(dev: BlockDevice) -> str:
    if "type" in dev.invalid:
        kind = "unknown"
    elif dev.type and dev.type != "unknown":  # QEMU < 2.5 said "hd", "cdrom", "floppy"
        kind = dev.type
    elif dev.removable is None:
        kind = DASH
    else:
        kind = "removable" if dev.removable else "fixed"
    if dev.locked:
        kind += translate("block_model", ", locked")
    return kind


def _tray(dev: BlockDevice) -> str:
    if "tray_open" in dev.invalid:
        return "unknown"
    if dev.tray_open is None:
        return DASH
    return "open" if dev.tray_open else "closed"


def _medium(dev: BlockDevice) -> str:
    image = dev.inserted
    if image is None:
        return "empty" if dev.removable else DASH
    return show(image.file, "file", image.invalid)


def _io(stats: BlockStats | None, which: str) -> str:
    if stats is None:
        return DASH
    count, ops = (stats.rd_bytes, stats.rd_ops) if which == "rd" else (stats.wr_bytes, stats.wr_ops)
    if count is None:
        return show(None, f"{which}_bytes", stats.invalid)
    return translate("block_model", "{v0} ({v1} ops)").format(v0=human_bytes(count), v1=show(ops))


def _rate(rates: IoRates | None, which: str) -> str:
    if rates is None:
        return DASH
    count, ops = (rates.rd_bytes, rates.rd_ops) if which == "rd" else (rates.wr_bytes, rates.wr_ops)
    return DASH if count is None else f"{human_rate(count)} ({ops_rate(ops)})"


def device_node(
    dev: BlockDevice,
    stats: BlockStats | None,
    rates: IoRates | None,
    pending: str = "",
    target: str | None = None,
) -> Node:
    """The row of one drive: a cell per column of COLUMNS (see BlockModel), a tooltip with
    every column (and the backing file, and the QOM path where `qdev` is one), and the
    error tone when query-block's `io-status` is there and not "ok". `stats` is None
    before the first query-blockstats sample, `rates` before the second. `pending`
    (words: "unplug requested") follows the Device while its device's unplug is pending.
    `target` is libvirt's name of a domain's drive (hdc), shown as its Device: libvirt
    gives QEMU drives without a `device` name.

    Its raw JSON is {"query-block": the drive's BlockInfo, "query-blockstats": its
    BlockStats or None}. Never raises.
    """
    image = dev.inserted
    bad = image.invalid if image else frozenset()

    def flag(key: str, value: bool | None) -> str:
        return show(None, key, bad) if image is None or key in bad else yes_no(value)

    values = {
        translate("block_model", "Device"): show(dev.device, "device", dev.invalid),
        translate("block_model", "qdev id"): show(dev.qdev_id, "qdev", dev.invalid),
        translate("block_model", "Type"): _kind(dev),
        translate("block_model", "Tray"): _tray(dev),
        translate("block_model", "Medium"): _medium(dev),
        translate("block_model", "Format"): show(image.drv, "drv", bad) if image else DASH,
        translate("block_model", "Read rate"): _rate(rates, "rd"),
        translate("block_model", "Write rate"): _rate(rates, "wr"),
        translate("block_model", "Read"): _io(stats, "rd"),
        translate("block_model", "Written"): _io(stats, "wr"),
        translate("block_model", "Virtual size"): show(
            image.virtual_size, "image.virtual-size", bad, human_bytes
        )
        if image
        else DASH,
        translate("block_model", "Actual size"): show(
            image.actual_size, "image.actual-size", bad, human_bytes
        )
        if image
        else DASH,
        translate("block_model", "Read-only"): flag("ro", image.ro if image else None),
        translate("block_model", "Encrypted"): flag(
            "encrypted", image.encrypted if image else None
        ),
        translate("block_model", "Backing depth"): show(
            image.backing_depth, "backing_file_depth", bad
        )
        if image
        else DASH,
        translate("block_model", "I/O status"): show(dev.io_status, "io-status", dev.invalid),
    }
    if target:
        values["Device"] = target
    if pending:
        values["Device"] = f"{values['Device']} ({pending})"
    tips = [f"{column}: {values[column]}" for column in COLUMNS]
    if target:
        tips.insert(1, translate("block_model", "libvirt target: {target}").format(target=target))
    if image and image.backing_file:
        tips.append(
            translate("block_model", "Backing file: {backing_file}").format(
                backing_file=image.backing_file
            )
        )
    if dev.qdev and dev.qdev != dev.qdev_id:
        tips.append(translate("block_model", "qdev path: {qdev}").format(qdev=dev.qdev))
    tone = Tone.ERROR if dev.io_status not in (None, "ok") else None
    raw = {"query-block": dev.raw, "query-blockstats": stats.raw if stats else None}
    return Node(dev.key, [values[column] for column in COLUMNS], raw, "\n".join(tips), tone)


class BlockModel(NodeTreeModel):
    """The drives of one VM, one row each in query-block's order, no children.

    The columns and where they come from: Device (query-block's `device`; libvirt's
    target name for a domain's drive, from its XML), qdev id
    (`qdev` when it is an id; of a /machine/peripheral/ID/... path, the ID; DASH for
    another QOM path: the device has no id, the tooltip has the path), Type (`type` where an old QEMU
    says "hd", "cdrom" or "floppy", else `removable`: "removable" or "fixed"; ", locked"
    when `locked`), Tray (`tray_open`, kept current by DEVICE_TRAY_MOVED), Medium
    (`inserted.file`; "empty" for a removable drive without one), Format
    (`inserted.drv`), Read rate and Write rate (bytes/s and operations/s between the
    last two query-blockstats samples), Read and Written (query-blockstats' running
    totals `stats.rd_bytes` and `rd_operations`, `wr_bytes` and `wr_operations`),
    Virtual size and Actual size (`inserted.image.virtual-size` and `actual-size`,
    bytes), Read-only (`inserted.ro`), Encrypted
    (`inserted.encrypted`), Backing depth (`inserted.backing_file_depth`), I/O status
    (`io-status`). A cell reads DASH when the value is missing and "unknown" when it
    had the wrong type. The columns are in the order of COLUMNS; views hide those of
    HIDDEN_BY_DEFAULT until the user shows them.
    """

    glossary = "block"

    headers = COLUMNS
    hidden_by_default = HIDDEN_BY_DEFAULT

    def refresh(self, session: VmSession) -> None:
        """Show the drives of `session.inspection.block`; `replies` becomes the latest
        query-block and query-blockstats results. Never raises."""
        state: BlockState = session.inspection.block
        self.replies = session.inspection.results_of(["query-block", "query-blockstats"])
        pending = unplug_words(session)
        self.sync(
            [
                device_node(
                    dev,
                    state.stats.get(dev.key),
                    state.rates.get(dev.key),
                    pending.get(dev.qdev_id or "", ""),
                    state.targets.get(dev.qdev_id or ""),
                )
                for dev in state.devices
            ]
        )

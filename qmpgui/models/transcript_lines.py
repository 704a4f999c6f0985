"""Building the transcript's lines: a reply, an event or HMP output as the rows of a
foldable tree of pretty-printed JSON, made one level at a time as rows are opened.

Pure functions over the row types of transcript_items.py; the model decides when
to build and how many members a range holds (`chunk`).
"""

from __future__ import annotations

import itertools
import json
from typing import Any

from qmpgui.i18n import translate
from qmpgui.models.palette import Tone
from qmpgui.models.transcript_items import Action, Item, Line, RowKind
from qmpgui.qmp.reader import one_line

#: About how many characters of its contents a closed `{` or `[` line shows (preview()).
PREVIEW_CHARS = 160
#: One level of pretty-printed JSON, as json.dumps(indent=2) writes it.
INDENT = "  "


def preview(value: Any, limit: int = PREVIEW_CHARS) -> str:
    """`value` (a JSON value) as compact JSON cut at about `limit` characters, with " …"
    when cut, without encoding all of a huge value."""
    out: list[str] = []
    budget = [limit]

    def emit(text: str) -> bool:
        out.append(text)
        budget[0] -= len(text)
        return budget[0] >= 0

    def walk(v: Any) -> bool:
        if isinstance(v, dict):
            if not emit("{"):
                return False
            for n, (key, member) in enumerate(v.items()):
                if not emit((", " if n else "") + json.dumps(key) + ": ") or not walk(member):
                    return False
            return emit("}")
        if isinstance(v, list):
            if not emit("["):
                return False
            for n, member in enumerate(v):
                if (n and not emit(", ")) or not walk(member):
                    return False
            return emit("]")
        return emit(compact_json(v))

    if walk(value):
        return "".join(out)
    return "".join(out)[:limit] + " …"


def compact_json(value: Any) -> str:
    """Compact JSON that stays on one line: U+2028, U+2029 and C1 controls escaped too."""
    return one_line(json.dumps(value, ensure_ascii=False))


def members(
    value: Any, depth: int, parent: Line, span: tuple[int, int] | None = None, *, chunk: int
) -> list[Line]:
    """The lines inside container `value` (a dict or list), at `depth` indent levels
    under `parent`: one per member of `span` ([start, stop); all of them when None).

    A whole container of more than `chunk` members gives instead one muted range line
    "[start … end]" per `chunk` members, built further when opened. The closing bracket
    is the caller's to add.
    """
    pad = INDENT * depth
    total = len(value)
    if span is None and total > chunk:
        return [
            Line(
                f"[{start} … {min(start + chunk, total) - 1}]",
                parent,
                row,
                value=value,
                depth=depth,
                span=(start, min(start + chunk, total)),
                json=False,
                tone=Tone.MUTED,
            )
            for row, start in enumerate(range(0, total, chunk))
        ]
    start, stop = span or (0, total)
    items = value.items() if isinstance(value, dict) else enumerate(value)
    pairs = list(itertools.islice(items, start, stop))
    lines = []
    for row, (key, member) in enumerate(pairs):
        comma = "," if start + row < total - 1 else ""
        label = f"{compact_json(key)}: " if isinstance(value, dict) else ""
        if isinstance(member, dict | list) and member:
            opening = "{" if isinstance(member, dict) else "["
            lines.append(
                Line(
                    f"{pad}{label}{opening}",
                    parent,
                    row,
                    value=member,
                    container=True,
                    closing=f"{pad}{'}' if opening == '{' else ']'}{comma}",
                    depth=depth,
                    member=True,
                )
            )
        else:
            text = compact_json(member)
            lines.append(Line(f"{pad}{label}{text}{comma}", parent, row, depth=depth, member=True))
    return lines


def build(line: Line, *, chunk: int) -> list[Line]:
    """The children of `line`: a top-level row's body, a container's members and closing
    bracket, or the members of a range; [] for a line with nothing under it."""
    if line.item is not None:
        return body(line.item, line, chunk=chunk)
    if line.container:
        built = members(line.value, line.depth + 1, line, chunk=chunk)
        built.append(Line(line.closing, line, len(built), depth=line.depth))
        return built
    if line.span is not None:
        return members(line.value, line.depth, line, line.span, chunk=chunk)
    return []


def body(item: Item, top: Line, *, chunk: int) -> list[Line]:
    """The lines under a top-level row `top` showing `item`: an event or a reply as JSON,
    HMP output as text, a cut reply's first lines with Show all and Save, or why no
    reply came. [] while the exchange waits for its reply."""
    if item.kind is RowKind.EVENT and item.event is not None:
        return document(dict(item.event.raw), top, chunk=chunk)
    exchange = item.exchange
    if exchange is None or not exchange.done:
        return []
    if exchange.reply is None:
        return [
            Line(
                exchange.failure or exchange.note,
                top,
                0,
                json=False,
                tone=Tone.ERROR if exchange.failure else Tone.MUTED,
            )
        ]
    output = exchange.reply.get("return")
    hmp = exchange.hmp_line is not None and isinstance(output, str)
    if item.head is not None:
        lines = [Line(text, top, n, json=not hmp) for n, text in enumerate(item.head)]
        more = item.size - sum(len(t) + 1 for t in item.head)
        lines.append(
            Line(
                translate(
                    "transcript_lines", "… {v0} more of {v1}: Show all (double-click)"
                ).format(v0=size_text(more), v1=size_text(item.size)),
                top,
                len(lines),
                tone=Tone.ACTION,
                json=False,
                action=Action.SHOW_ALL,
            )
        )
        lines.append(
            Line(
                translate("transcript_lines", "Save reply to a file…"),
                top,
                len(lines),
                tone=Tone.ACTION,
                json=False,
                action=Action.SAVE,
            )
        )
        return lines
    if hmp:
        text = hmp_text(str(output)) or translate("transcript_lines", "(no output)")
        return [Line(t, top, n, json=False) for n, t in enumerate(text.split("\n"))]
    return document(exchange.reply, top, chunk=chunk)


def document(value: dict[str, Any], top: Line, *, chunk: int) -> list[Line]:
    """A whole JSON object as lines: `{`, its members (foldable), `}`."""
    lines = [Line("{", top, 0)]
    inside = members(value, 1, top, chunk=chunk)
    for n, member in enumerate(inside, start=1):
        member.row = n
    lines += inside
    lines.append(Line("}", top, len(lines)))
    return lines


def size_text(count: int) -> str:
    """A number of bytes for people: "512 bytes", "12 KiB", "3.4 MiB"."""
    if count >= 1024 * 1024:
        return translate("transcript_lines", "{v0:.1f} MiB").format(v0=count / 1024 / 1024)
    return (
        translate("transcript_lines", "{v0:.0f} KiB").format(v0=count / 1024)
        if count >= 1024
        else translate("transcript_lines", "{count} bytes").format(count=count)
    )


def hmp_text(output: str) -> str:
    """An HMP command's output as shown: Unix line ends, no trailing newline."""
    return output.replace("\r\n", "\n").rstrip("\n")

"""The QOM browser's work on a VM: one object's properties listed (`qom-list`), the
values of some of them read (`qom-get`), one set (`qom-set`, then read back), and a
search that walks the tree in the background.

Nothing here polls: the pane asks when the user opens a node, selects one or refreshes,
and only for what it shows. Reads are not logged (they change nothing and a walk makes
hundreds); a `qom-set` is a user command, said and logged as every action is.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass

from qmpgui.i18n import marked, translate
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.qom_tree import (
    QOM_GET,
    QOM_LIST,
    QOM_SET,
    QomProperty,
    children,
    join,
    matches,
    parse_qom_list,
    value_text,
)
from qmpgui.session.control import Outcome, failure_text, perform
from qmpgui.session.vm_session import VmSession

#: The action's name in words (the log's and the status bar's).
SET_LABEL = marked("qom", "Set QOM property")
#: The root whose children are the browser's top nodes.
ROOT = "/"


async def list_properties(session: VmSession, path: str) -> list[QomProperty]:
    """The properties of the object at `path` (`qom-list`), in QEMU's order.

    Raises QmpFailure (CommandFailed with QEMU's words for a path that is gone,
    NotConnected, CommandTimeout, ConnectionLost)."""
    return parse_qom_list(await session.execute(QOM_LIST, {"path": path}))


@dataclass(frozen=True, slots=True)
class Value:
    """A property's value as read: `text` in one line and the JSON `value`, or the
    `error` in words (QEMU's refusal: some properties cannot be read)."""

    text: str
    value: object = None
    error: str | None = None


async def read_value(session: VmSession, path: str, name: str) -> Value:
    """Property `name` of the object at `path` read with `qom-get`. Never raises a
    QmpFailure: a refusal is the Value's `error`."""
    try:
        value = await session.execute(QOM_GET, {"path": path, "property": name})
    except QmpFailure as failure:
        words = failure_text(failure)
        return Value(words, error=words)
    return Value(value_text(value), value)


async def read_values(
    session: VmSession, path: str, names: Iterable[str]
) -> AsyncIterator[tuple[str, Value]]:
    """(name, Value) of each of `names` of the object at `path`, one `qom-get` after
    another, as each is read; stops early when the connection ends."""
    for name in names:
        if not session.connected:
            return
        yield name, await read_value(session, path, name)


@dataclass(frozen=True, slots=True)
class SetResult:
    """How a `qom-set` ended: its Outcome, and the value read back after it (None
    when the set failed)."""

    outcome: Outcome
    read_back: Value | None


async def set_property(session: VmSession, path: str, name: str, value: object) -> SetResult:
    """Set property `name` of the object at `path` to `value` with `qom-set`, then read
    it back with `qom-get` (QEMU may keep another value than the one sent). Said and
    logged as perform() does, QEMU's refusal in its words; never raises a QmpFailure."""
    arguments: dict[str, object] = {"path": path, "property": name, "value": value}
    outcome = await perform(session, translate("qom", SET_LABEL), QOM_SET, arguments)
    if not outcome.ok:
        return SetResult(outcome, None)
    return SetResult(outcome, await read_value(session, path, name))


@dataclass(frozen=True, slots=True)
class Found:
    """An object a search found: its `path` and QOM `type`."""

    path: str
    type: str


async def walk(
    session: VmSession,
    tops: Iterable[tuple[str, str]],
    needle: str,
    progress: Callable[[int, int], None],
) -> AsyncIterator[Found]:
    """The objects under `tops` ((path, type) pairs, searched too) whose path or type
    `matches()` `needle`, breadth first, one `qom-list` per object. `progress(done,
    waiting)` is called after each object listed. Cancel the task to stop it; an object
    that cannot be listed (gone meanwhile) is passed over.

    Raises QmpFailure when the connection ends."""
    queue = list(tops)
    done = 0
    while queue:
        path, kind = queue.pop(0)
        if matches(needle, path, kind):
            yield Found(path, kind)
        try:
            properties = await list_properties(session, path)
        except QmpFailure:
            if not session.connected:
                raise
            properties = []
        queue.extend((join(path, p.name), p.child_type or "") for p in children(properties))
        done += 1
        progress(done, len(queue))


async def subtree(session: VmSession, path: str, progress: Callable[[int, int], None]) -> list[str]:
    """The objects under `path` (itself first) as QEMU's `scripts/qmp/qom-tree` prints
    them: each object's path, then each property that is not a child as "  NAME: VALUE
    (TYPE)" read with `qom-get` (a refusal as "<error: WORDS>"), then an empty line;
    children depth first in qom-list's order. `progress(done, waiting)` is called after
    each object. Cancel the task to stop it; an object gone meanwhile is passed over.

    Raises QmpFailure when the connection ends."""
    lines: list[str] = []
    stack = [path]
    done = 0
    while stack:
        here = stack.pop()
        try:
            properties = await list_properties(session, here)
        except QmpFailure:
            if not session.connected:
                raise
            continue
        lines.append(here)
        for prop in properties:
            if prop.child_type is not None:
                continue
            value = await read_value(session, here, prop.name)
            text = (
                translate("qom", "<error: {error}>").format(error=value.error)
                if value.error is not None
                else value.text
            )
            lines.append(f"  {prop.name}: {text} ({prop.type})")
        lines.append("")
        stack.extend(reversed([join(here, p.name) for p in children(properties)]))
        done += 1
        progress(done, len(stack))
    return lines

"""What the server's schema says about each command, for completion and templates.

Built from `query-qmp-schema` (QEMU 2.5+): argument names, readable types,
whether each is optional, enum values. Older servers give only the command
names (`query-commands`). The schema is a list of SchemaInfo (qapi/introspect.json),
each with a `meta-type` of command, event, object, enum, array, alternate or builtin.
Nothing here raises: entries that are not understood are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from qmpgui.i18n import translate
from qmpgui.qmp.reader import Reader

#: Readable names of the builtin types' `json-type`.
_JSON_NAMES = {
    "string": "string",
    "int": "integer",
    "number": "number",
    "boolean": "boolean",
    "null": "null",
    "value": "any JSON value",
}


@dataclass(frozen=True, slots=True)
class Argument:
    """One argument of a command, as the schema describes it."""

    name: str
    type: str  # readable: "string", "integer", "enum", "array of string", ...
    optional: bool
    values: tuple[str, ...] = ()  # for an enum

    @property
    def label(self) -> str:
        """`name: type`, or `name: one of a, b`, with " (optional)" where it is."""
        kind = (
            translate("Argument", "one of {v0}").format(v0=", ".join(self.values))
            if self.values
            else self.type
        )
        return f"{self.name}: {kind}{' (optional)' if self.optional else ''}"


@dataclass(frozen=True, slots=True)
class CommandInfo:
    """One command: its arguments (members of its `arg-type`) and what it returns."""

    name: str
    arguments: tuple[Argument, ...] = ()
    #: The readable `ret-type` ("object", "array of object", ...); "" when not known.
    returns: str = ""
    #: True when this server gave only the name (no schema, or no arg-type in it).
    name_only: bool = False

    @property
    def required(self) -> tuple[Argument, ...]:
        """The arguments that are not optional, in schema order."""
        return tuple(a for a in self.arguments if not a.optional)

    def argument(self, name: str) -> Argument | None:
        """The argument called `name`, or None."""
        return next((a for a in self.arguments if a.name == name), None)

    def complete_argument(self, prefix: str, given: set[str] | None = None) -> list[Argument]:
        """The arguments starting with `prefix`, except those `given`; required ones
        first, each group by name."""
        taken = given or set()
        found = [a for a in self.arguments if a.name.startswith(prefix) and a.name not in taken]
        return sorted(found, key=lambda a: (a.optional, a.name))  # required first

    def template(self) -> str:
        """Shorthand with the required arguments left to fill.

        For example `blockdev-change-medium filename=`.
        """
        return " ".join([self.name, *(f"{a.name}=" for a in self.required)])

    def json_template(self) -> dict[str, Any]:
        """A command object with the required arguments blank ("", 0, false, the first enum
        value; null for other types); without `arguments` when none is required."""
        blank = {"string": "", "integer": 0, "number": 0, "boolean": False}
        arguments = {
            a.name: (a.values[0] if a.values else blank.get(a.type)) for a in self.required
        }
        return (
            {"execute": self.name, "arguments": arguments} if arguments else {"execute": self.name}
        )


@dataclass
class SchemaIndex:
    """What one server's schema says: its commands by name and its event names.

    `source` is "query-qmp-schema", "query-commands" (names only, no events) or "none".
    `actions` are the `transaction` command's action types, each as a CommandInfo
    whose arguments are the members of its `data`. `key_codes` are the QKeyCodes
    `send-key` takes (its keys' `qcode` variant), in the schema's order; () when the
    schema does not say.
    """

    commands: dict[str, CommandInfo] = field(default_factory=dict)
    events: frozenset[str] = frozenset()
    source: str = "none"
    actions: dict[str, CommandInfo] = field(default_factory=dict)
    key_codes: tuple[str, ...] = ()

    @classmethod
    def from_schema(cls, value: object) -> SchemaIndex:
        """Index `query-qmp-schema`'s reply (a list of SchemaInfo); never raises.

        Arguments are the members of each command's `arg-type`; members of a union's
        variants count as optional. Enum values come from `values`, or from `members`
        (6.2+) where a server gives only those.
        """
        entries = {
            name: entry
            for entry in (value if isinstance(value, list) else ())
            if isinstance(entry, dict) and isinstance(name := entry.get("name"), str)
        }
        index = cls(source="query-qmp-schema")
        events = []
        for name, entry in entries.items():
            kind = entry.get("meta-type")
            if kind == "event":
                events.append(name)
            elif kind == "command":
                r = Reader(entry, name)
                arg_name = r.text("arg-type")
                arguments = tuple(_arguments(entries.get(arg_name or "", {}), entries))
                returns = _describe(r.text("ret-type") or "", entries)
                # Without an arg-type the schema does not say what the command takes.
                index.commands[name] = CommandInfo(name, arguments, returns, arg_name is None)
        index.events = frozenset(events)
        index.actions = _transaction_actions(entries)
        index.key_codes = _key_codes(entries)
        return index

    @classmethod
    def from_commands(cls, value: object) -> SchemaIndex:
        """Index `query-commands`' reply (`[{"name": ...}]`): names only; never raises."""
        names = [
            Reader(e, "query-commands").text("name")
            for e in (value if isinstance(value, list) else ())
        ]
        commands = {n: CommandInfo(n, name_only=True) for n in names if n}
        return cls(commands, frozenset(), "query-commands")

    def complete_command(self, prefix: str) -> list[str]:
        """The command names starting with `prefix`, sorted."""
        return sorted(n for n in self.commands if n.startswith(prefix))

    def complete_argument(
        self, command: str, prefix: str, given: set[str] | None = None
    ) -> list[Argument]:
        """The arguments of `command` starting with `prefix`, except those `given`;
        required ones first, each group by name. [] for an unknown command."""
        info = self.commands.get(command)
        return [] if info is None else info.complete_argument(prefix, given)


def _transaction_actions(entries: dict[str, dict[str, Any]]) -> dict[str, CommandInfo]:
    """The `transaction` command's action types (the variants of its `actions`' element
    type), each with the members of its `data`; {} where the schema has none."""
    command = entries.get("transaction", {})
    arg_type = entries.get(str(command.get("arg-type")), {})
    member = next((m for m in _dicts(arg_type.get("members")) if m.get("name") == "actions"), {})
    array = entries.get(str(member.get("type")), {})
    union = entries.get(str(array.get("element-type")), {})
    found: dict[str, CommandInfo] = {}
    for variant in _dicts(union.get("variants")):
        case = variant.get("case")
        wrapper = entries.get(str(variant.get("type")), {})
        members = _dicts(wrapper.get("members"))
        if not isinstance(case, str):
            continue
        # Each action's members are wrapped in `data`, as a transaction sends them.
        if len(members) == 1 and members[0].get("name") == "data":
            wrapper = entries.get(str(members[0].get("type")), {})
        found[case] = CommandInfo(case, tuple(_arguments(wrapper, entries)))
    return found


def _member_type(
    obj_type: dict[str, Any], name: str, entries: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """The schema entry of the type of `obj_type`'s member `name`; {} when there is none."""
    member = next((m for m in _dicts(obj_type.get("members")) if m.get("name") == name), {})
    return entries.get(str(member.get("type")), {})


def _key_codes(entries: dict[str, dict[str, Any]]) -> tuple[str, ...]:
    """The QKeyCodes of `send-key`: its `keys` are an array of KeyValue, a union whose
    `qcode` variant holds one in `data` (qapi/ui.json); () where the schema has none."""
    command = entries.get("send-key", {})
    array = _member_type(entries.get(str(command.get("arg-type")), {}), "keys", entries)
    union = entries.get(str(array.get("element-type")), {})
    variant = next((v for v in _dicts(union.get("variants")) if v.get("case") == "qcode"), {})
    enum = _member_type(entries.get(str(variant.get("type")), {}), "data", entries)
    if enum.get("meta-type") != "enum":
        return ()
    return _enum_values(enum)


def _enum_values(entry: dict[str, Any]) -> tuple[str, ...]:
    """An enum's values: `values`, or the names of `members` (6.2+) where a server gives
    only those."""
    raw = entry.get("values")
    if not isinstance(raw, list):
        raw = [m.get("name") for m in _dicts(entry.get("members"))]
    return tuple(v for v in raw if isinstance(v, str))


def _arguments(obj_type: dict[str, Any], entries: dict[str, dict[str, Any]]) -> list[Argument]:
    """Members of an object type; members of its variants (a union) are optional."""
    found: dict[str, Argument] = {}
    for member in _dicts(obj_type.get("members")):
        if isinstance(member.get("name"), str):
            found[member["name"]] = _argument(member, entries, optional="default" in member)
    for variant in _dicts(obj_type.get("variants")):
        case = variant.get("type")
        case_type = entries.get(case, {}) if isinstance(case, str) else {}
        for member in _dicts(case_type.get("members")):
            if isinstance(member.get("name"), str):
                found.setdefault(member["name"], _argument(member, entries, optional=True))
    return list(found.values())


def _dicts(value: object) -> list[dict[str, Any]]:
    """The objects of a schema list; anything else in it (or instead of it) is skipped."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _argument(
    member: dict[str, Any], entries: dict[str, dict[str, Any]], *, optional: bool
) -> Argument:
    raw_type = member.get("type")
    type_name = raw_type if isinstance(raw_type, str) else ""
    entry = entries.get(type_name, {})
    values: tuple[str, ...] = ()
    if entry.get("meta-type") == "enum":
        values = _enum_values(entry)
    return Argument(member["name"], _describe(type_name, entries), optional, values)


def _describe(type_name: str, entries: dict[str, dict[str, Any]], depth: int = 0) -> str:
    # A readable name for a schema type; nesting past 3 levels shows the raw type name.
    entry = entries.get(type_name)
    if entry is None or depth > 3:
        return type_name or "nothing"
    kind = entry.get("meta-type")
    if kind == "builtin":
        return _JSON_NAMES.get(str(entry.get("json-type")), type_name)
    if kind == "enum":
        return "enum"
    if kind == "array":
        return translate("schema", "array of {v0}").format(
            v0=_describe(str(entry.get("element-type")), entries, depth + 1)
        )
    if kind == "alternate":
        members = _dicts(entry.get("members"))
        options = [_describe(str(m.get("type")), entries, depth + 1) for m in members]
        return " or ".join(options) or "alternate"
    return "object"

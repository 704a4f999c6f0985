"""Typed replies parse every shape QEMU ever sent, and anything else without an exception."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from qmpgui.qmp.types import (
    Capabilities,
    Event,
    Greeting,
    StatusInfo,
    VersionInfo,
    parse_name,
    parse_uuid,
)
from tests.helpers.recorded import LEGACY, load_schema_72


def legacy(name: str) -> object:
    data = json.loads((LEGACY / name).read_text())
    return data.get("return", data) if isinstance(data, dict) else data


def test_legacy_replies_are_present() -> None:
    # The tests below would prove nothing without the reference replies.
    assert (LEGACY / "greeting-qemu-1.0.json").is_file(), LEGACY


def test_greeting_of_qemu_1_0_without_capabilities() -> None:
    greeting = Greeting.parse(legacy("greeting-qemu-1.0.json"))
    assert greeting.version.major == 1 and greeting.version.minor == 0
    assert greeting.capabilities == ()


def test_greeting_of_qemu_2_3() -> None:
    greeting = Greeting.parse(legacy("greeting-qemu-2.3.json"))
    assert greeting.version.text.startswith("2.3")


def test_greeting_of_0_12_dev_builds_with_a_version_string() -> None:
    greeting = Greeting.parse(
        {"QMP": {"version": {"qemu": "0.12.50", "package": ""}, "capabilities": []}}
    )
    assert (greeting.version.major, greeting.version.minor, greeting.version.micro) == (0, 12, 50)
    assert greeting.version.package is None


def test_query_version_of_qemu_1_0() -> None:
    version = VersionInfo.parse(legacy("query-version-qemu-1.0.json"))
    assert version.major == 1 and version.text.startswith("1.")


def test_status_with_singlestep_of_qemu_2() -> None:
    status = StatusInfo.parse(legacy("query-status-qemu-2.x.json"))
    assert status.status in {"running", "paused", "prelaunch"}
    assert status.singlestep is not None


def test_status_without_status_member_falls_back_to_running_flag() -> None:
    assert StatusInfo.parse({"running": False}).status == "paused"
    assert StatusInfo.parse({}).status == "unknown"


def test_uuid_and_name() -> None:
    assert parse_uuid(legacy("query-uuid-qemu-1.0.json"))
    assert parse_uuid({"UUID": "00000000-0000-0000-0000-000000000000"}) is None
    assert parse_name({}) is None
    assert parse_name({"name": "web1"}) == "web1"


def test_capabilities_from_schema_and_commands() -> None:
    caps = Capabilities.from_schema(
        [
            {"name": "query-status", "meta-type": "command"},
            {"name": "STOP", "meta-type": "event"},
            {"name": "int", "meta-type": "builtin"},
            "garbage",
        ]
    )
    assert caps.commands == {"query-status"} and caps.events == {"STOP"}
    old = Capabilities.from_commands([{"name": "quit"}, {}, 7])
    assert old.commands == {"quit"}
    # A server without query-qmp-schema still completes command names in the console.
    assert old.schema is not None and old.schema.complete_command("qu") == ["quit"]
    assert old.schema.commands["quit"].name_only


def test_event_with_unknown_timestamp() -> None:
    event = Event.parse({"event": "RESET", "timestamp": {"seconds": -1, "microseconds": -1}})
    assert event.name == "RESET" and event.timestamp is None and event.data == {}


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
shaped = st.fixed_dictionaries(
    {},
    optional={
        "QMP": json_values,
        "status": json_values,
        "running": json_values,
        "UUID": json_values,
        "name": json_values,
        "qemu": json_values,
        "package": json_values,
        "event": json_values,
        "timestamp": json_values,
        "data": json_values,
    },
)


@given(st.one_of(json_values, shaped))
def test_any_json_parses_without_exception(value: object) -> None:
    assert isinstance(Greeting.parse(value).version.text, str)
    assert isinstance(VersionInfo.parse(value).text, str)
    assert isinstance(StatusInfo.parse(value).status, str)
    parse_uuid(value)
    parse_name(value)
    Capabilities.from_schema(value)
    Capabilities.from_commands(value)
    assert isinstance(Event.parse(value).name, str)


def test_vms_of_one_qemu_build_share_what_their_schema_says() -> None:
    """A fleet of one QEMU build keeps one schema index, not one per VM; a different
    schema still gives its own answer, never the neighbour's."""
    first = Capabilities.from_schema(load_schema_72())
    second = Capabilities.from_schema(load_schema_72())  # parsed anew, as each VM's reply is
    assert second is first
    assert second.takes("eject", "id") is True

    changed = load_schema_72()
    eject = next(e for e in changed if e.get("name") == "eject")
    eject["name"] = "eject-renamed"
    other = Capabilities.from_schema(changed)
    assert other is not first
    assert "eject-renamed" in other.commands and "eject" not in other.commands
    assert "eject" in Capabilities.from_schema(load_schema_72()).commands

    deep: list[object] = []
    for _ in range(5000):
        deep = [deep]
    assert Capabilities.from_schema(deep).commands == frozenset()
    assert Capabilities.from_schema(deep).commands == frozenset()  # compared, not crashed

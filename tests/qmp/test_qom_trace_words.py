"""What the QOM browser and the trace pane read without a VM: values typed for qom-set,
QEMU's -trace and -D options, and where the trace goes in words."""

from __future__ import annotations

import pytest

from qmpgui.qmp.qom_tree import QomProperty, parent_paths, parse_value, set_command
from qmpgui.qmp.trace import pattern_of, trace_setup, where_words


def test_typed_values_are_read_as_their_property_type_or_refused_in_words() -> None:
    assert parse_value(QomProperty("on", "bool"), "off") is False
    assert parse_value(QomProperty("n", "uint32"), "0x10") == 16
    assert parse_value(QomProperty("s", "str"), " a b ") == " a b "
    with pytest.raises(ValueError, match="unsigned"):
        parse_value(QomProperty("n", "uint8"), "-1")
    with pytest.raises(ValueError, match="bool"):
        parse_value(QomProperty("b", "bool"), "maybe")
    assert set_command("/objects/io0", "poll-max-ns", 5) == (
        '{"execute": "qom-set", "arguments": '
        '{"path": "/objects/io0", "property": "poll-max-ns", "value": 5}}'
    )
    assert parent_paths("/machine/peripheral/x") == [
        "/machine",
        "/machine/peripheral",
        "/machine/peripheral/x",
    ]


def test_the_trace_options_of_a_command_line_and_where_the_trace_goes() -> None:
    argv = ["qemu-system-x86_64", "-trace", "qmp_*", "--trace", "events=/e,file=/t", "-D", "/l"]
    setup = trace_setup(argv)
    assert setup.enabled == ["qmp_*"] and setup.events_files == ["/e"] and setup.file == "/t"
    assert setup.logfile == "/l"
    words = where_words(setup, None)
    assert "the -D log file /l" in words and "-trace qmp_*, -trace events=/e,file=/t" in words
    assert "file=/t is used by the simple backend only" in words
    simple = where_words(setup, 'Trace file "trace-42" on.')
    assert simple.startswith('Backend "simple": Trace file "trace-42" on.')
    assert "not readable" in where_words(None, None, "not readable (another user's QEMU)")
    assert pattern_of("") == "*" and pattern_of("virtio") == "*virtio*"
    assert pattern_of("qmp_?nter*") == "qmp_?nter*"

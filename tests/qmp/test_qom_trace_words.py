"""What the QOM browser and the trace pane read without a VM: values typed for qom-set,
QEMU's -trace and -D options, and where the trace goes in words."""

from __future__ import annotations

import pytest

from qmpgui.qmp.qom_tree import QomProperty, parent_paths, parse_value, set_command
from qmpgui.qmp.trace import (
    left_out_words,
    libvirt_log,
    pattern_of,
    refusal_words,
    trace_setup,
    where_words,
)


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
    # The log backend takes the last -trace's file= as its log file, over -D.
    assert (
        "written as lines to /t (-trace file= names QEMU's log file, so it wins over -D /l)"
        in words
    )
    assert "-trace qmp_*, -trace events=/e,file=/t" in words
    simple = where_words(setup, 'Trace file "trace-42" on.')
    assert simple.startswith('Backend "simple": Trace file "trace-42" on.')
    assert "not readable" in where_words(None, None, "not readable (another user's QEMU)")
    assert pattern_of("") == "*" and pattern_of("virtio") == "*virtio*"
    assert pattern_of("qmp_?nter*") == "qmp_?nter*"


def test_the_log_backend_writes_where_the_last_trace_option_and_d_say() -> None:
    """QEMU 7.2 (log backend), each seen on the real one: a -trace without file= after
    one with it leaves the -D file; file= alone is the log file; neither is stderr."""
    later = trace_setup(["q", "-trace", "file=/t", "-D", "/l", "-trace", "enable=x"])
    assert later.file is None
    assert "written as lines to the -D log file /l." in where_words(later, None)
    alone = where_words(trace_setup(["q", "-trace", "enable=x,file=/t"]), None)
    assert "written as lines to /t (-trace file= names QEMU's log file)." in alone
    assert "stderr" not in alone
    assert "lines to QEMU's stderr." in where_words(trace_setup(["q", "-trace", "x"]), None)
    unknown = where_words(None, None, "not a local socket")
    assert "QEMU's stderr, or the file its -D or -trace file= option names" in unknown


def test_a_libvirt_domain_s_trace_goes_to_libvirt_s_log_of_it() -> None:
    assert libvirt_log("qemu:///system", "vm1") == "/var/log/libvirt/qemu/vm1.log"
    assert libvirt_log("qemu+ssh://root@h/system?keyfile=k", "vm1") == (
        "/var/log/libvirt/qemu/vm1.log"
    )
    assert libvirt_log("qemu:///session", "vm1") == "~/.cache/libvirt/qemu/log/vm1.log"
    words = where_words(None, None, "a libvirt domain", "/var/log/libvirt/qemu/vm1.log")
    assert "QEMU's stderr, which libvirt writes to /var/log/libvirt/qemu/vm1.log" in words


def test_qemu_s_refusal_of_an_unavailable_event_in_words() -> None:
    # QEMU 7.2's words for `trace-event-set-state {"name": "*qxl_interface*"}`.
    error = 'GenericError: event "qxl_interface_set_mm_time" is disabled'
    words = refusal_words(error, "*qxl_interface*")
    assert words is not None and words.startswith("Nothing changed: qxl_interface_set_mm_time")
    assert "QEMU refuses the whole pattern *qxl_interface* for it" in words
    assert refusal_words("GenericError: unknown event", "x") is None
    assert left_out_words([]) == ""
    assert left_out_words(["a", "b", "c", "d"]).startswith("a, b, c and 1 more are not")

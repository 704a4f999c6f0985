"""The Add device readers never raise, whatever QEMU's text or reply holds: a torn
`device_add help`, an `info qtree` cut anywhere, properties of any JSON shape, any
error sentence."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from qmpgui.qmp.backends import free_block_nodes, free_chardevs, free_memdevs
from qmpgui.qmp.device_errors import device_add_error
from qmpgui.qmp.device_props import parse_properties, parse_size
from qmpgui.qmp.device_types import offers, parse_device_help, parse_qtree
from tests.helpers.strategies import FUZZ

DATA = Path(__file__).parent.parent / "data" / "qemu-7.2"
HELP = (DATA / "device-add-help.txt").read_text()
QTREE = (DATA / "info-qtree-q35.txt").read_text()
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["name", "type", "default-value", "description"]) | st.text(max_size=4),
            inner,
            max_size=4,
        )
    ),
    max_leaves=10,
)


@FUZZ
@given(cut=st.integers(0, len(HELP)), noise=st.text(max_size=40))
def test_a_torn_device_help_is_read_as_far_as_it_goes(cut: int, noise: str) -> None:
    types = parse_device_help(HELP[:cut] + noise)
    buses = parse_qtree(QTREE[: cut % len(QTREE)] + noise)
    offers(types.values(), buses, {b.name for b in buses})


@FUZZ
@given(reply=JSON, text=st.text(max_size=30))
def test_properties_and_errors_of_any_shape_are_read_without_raising(
    reply: object, text: str
) -> None:
    parse_properties(reply)
    parse_properties([reply])
    parse_size(text)
    assert isinstance(device_add_error(text, ["rp1"]), str)


@FUZZ
@given(reply=JSON, other=JSON, text=st.text(max_size=30))
def test_backend_replies_of_any_shape_are_read_without_raising(
    reply: object, other: object, text: str
) -> None:
    free_block_nodes(reply, other, reply)
    free_block_nodes([reply], {"nodes": [other], "edges": [reply]}, [other])
    free_chardevs(reply)
    free_chardevs([reply])
    free_memdevs([text], reply, [other])
    free_memdevs([text], text, [{"data": other}])

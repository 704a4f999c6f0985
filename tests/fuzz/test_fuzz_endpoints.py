"""Whatever a user types or pastes as an endpoint (a config file holds anything too):
parse_endpoint() refuses it with a sentence or takes it, endpoint_key() never raises,
and the Add VM dialog's check of the file system says something of it."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from qmpgui.host.sockets import check_endpoint
from qmpgui.qmp import EndpointError, endpoint_key, parse_endpoint
from tests.helpers.strategies import FUZZ

PIECES = st.sampled_from(
    ["/", "//", ":", "[", "]", "::1", "unix:", "tcp:", "file://", "qemu+ssh://", ".qmp", "~", ".."]
)
TYPED = st.lists(PIECES | st.text(max_size=6), max_size=6).map("".join)


@FUZZ
@given(text=TYPED)
@example(text="file://[::1/x")
@example(text="/run/vm\x001.qmp")
@example(text="tcp://[")
def test_any_text_is_an_endpoint_or_a_sentence(
    text: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    try:
        endpoint = parse_endpoint(text)
    except EndpointError as refused:
        assert str(refused) and "\n" not in str(refused)
    else:
        assert parse_endpoint(str(endpoint)) == endpoint
    assert endpoint_key(text) == endpoint_key(f" {text}\t")  # never raises; ends don't count
    check = check_endpoint(text, str(tmp_path_factory.getbasetemp()), ["/run/vm1.qmp"])
    assert (check.endpoint is None) == (check.refusal is not None)

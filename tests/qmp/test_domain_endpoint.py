"""A libvirt domain as an endpoint: a libvirt connection URI with the domain's name as
its fragment, as `qmpgui 'qemu:///system#vm1'` and qmpgui-batch take it."""

from __future__ import annotations

import pytest

from qmpgui.qmp.endpoint import EndpointError, parse_endpoint
from qmpgui.qmp.endpoint_keys import endpoint_key, resolve_endpoint


@pytest.mark.parametrize(
    ("text", "uri", "domain", "canonical"),
    [
        ("qemu:///system#vm1", "qemu:///system", "vm1", "qemu:///system#vm1"),
        ("qemu:///session#web", "qemu:///session", "web", "qemu:///session#web"),
        (
            "qemu+ssh://root@host/system?keyfile=/k&no_verify=1#db1",
            "qemu+ssh://root@host/system?keyfile=/k&no_verify=1",
            "db1",
            "qemu+ssh://root@host/system?keyfile=/k&no_verify=1#db1",
        ),
        ("QEMU:///system#my%20vm", "qemu:///system", "my vm", "qemu:///system#my%20vm"),
        ("  qemu+unix:///system?socket=/s#a  ", "qemu+unix:///system?socket=/s", "a", None),
        # A port, and a user's and host's spelling, stay as written: only the scheme folds.
        (
            "Qemu+SSH://Root@Host:2222/system#vm1",
            "qemu+ssh://Root@Host:2222/system",
            "vm1",
            "qemu+ssh://Root@Host:2222/system#vm1",
        ),
    ],
)
def test_a_domain_endpoint_is_its_uri_and_name(
    text: str, uri: str, domain: str, canonical: str | None
) -> None:
    endpoint = parse_endpoint(text)
    assert endpoint.is_domain and not endpoint.is_unix
    assert (endpoint.uri, endpoint.domain) == (uri, domain)
    assert endpoint.path is None and endpoint.host is None
    if canonical is not None:
        assert str(endpoint) == canonical
    assert parse_endpoint(str(endpoint)) == endpoint  # the canonical text reads back
    assert endpoint_key(text) == str(endpoint)
    assert resolve_endpoint(text, "/nowhere") == text.strip()


def test_a_local_uri_is_this_host_and_a_remote_one_is_not() -> None:
    assert parse_endpoint("qemu:///system#vm1").is_local
    assert not parse_endpoint("qemu+ssh://root@db.example/system#vm1").is_local


@pytest.mark.parametrize(
    "text",
    ["qemu:///system", "qemu+ssh://host/system", "qemu:///system#", "qemu+ssh://host:22/system#"],
)
def test_a_connection_uri_without_a_domain_says_how_to_name_one(text: str) -> None:
    with pytest.raises(EndpointError) as caught:
        parse_endpoint(text)
    message = str(caught.value)
    assert "libvirt connection URI" in message and "#vm1" in message
    assert message.startswith(f"'{text}'")


@pytest.mark.parametrize("text", ["http://host/", "spice://host:5900", "gopher://host/"])
def test_another_scheme_is_named_with_the_text_as_typed(text: str) -> None:
    with pytest.raises(EndpointError) as caught:
        parse_endpoint(text)
    assert str(caught.value).startswith(f"'{text}'")

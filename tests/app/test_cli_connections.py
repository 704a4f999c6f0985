"""`qmpgui qemu:///system` on the command line: a libvirt connection, opened like an
endpoint; `qmpgui 'qemu:///system#vm1'` still one domain."""

from __future__ import annotations

import pytest

from qmpgui.app.cli import parse_options


def test_a_connection_uri_on_the_command_line_is_taken_beside_domains_and_endpoints(
    capsys: pytest.CaptureFixture[str],
) -> None:
    options = parse_options(
        ["qemu:///system", "QEMU+ssh://root@host1/system?keyfile=/k", "qemu:///system#vm1"]
    )
    assert options.endpoints == (
        "qemu:///system",
        "qemu+ssh://root@host1/system?keyfile=/k",
        "qemu:///system#vm1",  # a domain stays one domain
    )
    with pytest.raises(SystemExit):
        parse_options(["http://host1/"])  # neither: still refused, saying what it is
    assert "is a web address" in capsys.readouterr().err


@pytest.mark.parametrize("uri", ["xen:///system", "lxc:///", "lxc:///#c1", "vbox+ssh://h/session"])
def test_a_libvirt_driver_without_qemu_s_monitor_is_refused_saying_so(
    capsys: pytest.CaptureFixture[str], uri: str
) -> None:
    with pytest.raises(SystemExit):
        parse_options([uri])
    err = capsys.readouterr().err
    driver = uri.partition(":")[0].partition("+")[0]
    assert f"'{uri}' is a connection of libvirt's {driver} driver: qmpgui speaks to QEMU's" in err

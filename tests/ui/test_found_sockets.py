"""The sentence above the Add VM dialog's found sockets: what a bound of the search left
out is said, with what to do, rather than "nothing answered"."""

from __future__ import annotations

from qmpgui.host.monitors import PROBES, FoundMonitor, MonitorSearch
from qmpgui.host.places import SocketListing
from qmpgui.ui.found_sockets import summary

BROWSE = "For a socket not listed, choose its folder with Browse… or type its path."


def test_sockets_left_without_a_probe_are_said() -> None:
    monitor = FoundMonitor("/tmp/vm1.qmp", "web1", "free, QEMU 7.2.0", True)
    search = MonitorSearch([monitor], [SocketListing("/tmp", ["/tmp/vm1.qmp"])], unprobed=3)
    assert summary(search) == (
        "1 QMP socket in /tmp: choose one to fill in the endpoint. The search stopped early: "
        f"3 more sockets that may be monitors were not probed (at most {PROBES} are). " + BROWSE
    )


def test_every_bound_that_stopped_is_said_once() -> None:
    listings = [
        SocketListing("/srv/vms", readable=False),
        SocketListing("/run", entries=21_000, stopped=True),
        SocketListing("/tmp", entries=20_950, stopped=True),
    ]
    assert summary(MonitorSearch([], listings, unprobed=1)) == (
        "No QMP socket answered in /run, /tmp. The search stopped early: it looked at the "
        "first 21,000 entries of /run and its folders and at the first 20,950 entries of "
        "/tmp and its folders only; 1 more socket that may be a monitor was not probed (at "
        f"most {PROBES} are). " + BROWSE
    )

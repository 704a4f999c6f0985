"""A libvirt domain migrated live through libvirt's API to another libvirt connection of
this host (a second, unprivileged libvirtd with its own host UUID:
tests/helpers/second_libvirtd.py), through the session's Migrations: progress from
libvirt's job statistics, a limit changed while it runs, cancel, completion, and
libvirt's refusals in words; each effect checked with virsh on both URIs."""

from __future__ import annotations

import itertools
import subprocess

import pytest

from qmpgui.app.main_window import MainWindow
from qmpgui.qmp.migration_options import MIB, MigrateRequest
from qmpgui.session.domain_migration import DomainChoices, destination_uris
from qmpgui.session.migration import Migrations, migrations_of
from tests.helpers.libvirtd import URI, Libvirtd, virsh
from tests.helpers.runner import AsyncRunner
from tests.helpers.second_libvirtd import HERE, SecondLibvirtd
from tests.helpers.windows import Windows, log_texts

pytestmark = [pytest.mark.libvirt, pytest.mark.qemu, pytest.mark.timeout(300)]


def said(window: MainWindow, fragment: str) -> bool:
    return any(fragment in text for text in log_texts(window))


def open_domain(windows: Windows, name: str) -> tuple[MainWindow, Migrations]:
    window = windows.on(f"{URI}#{name}")
    return window, migrations_of(window.model.session(0))


def test_a_domain_migrates_to_another_connection_followed_and_changed_live(
    movable: str, second: SecondLibvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    window, migrations = open_domain(windows, movable)
    session = migrations.session

    # The dialog's destinations: the list's other libvirt connections, not the own.
    class Row:
        def __init__(self, uri: str) -> None:
            self.uri = uri

    assert destination_uris(session, [Row(URI), Row(second.uri)]) == [second.uri]
    # 1 MiB/s: the copy lasts over a minute, so that the change below finds it running
    # even on a busy machine.
    request = MigrateRequest(second.uri, parameters={"max-bandwidth": 1 * MIB})
    outcome = arun(migrations.start(request, choices=HERE))
    assert outcome.ok, outcome.error
    # libvirt's job figures, sampled: the memory left goes down, never a made-up bar.
    arun.wait(lambda: len(migrations.state.samples) >= 4, timeout=60)
    assert migrations.state.info.status == "active"
    remaining = [s.remaining for s in migrations.state.samples if s.remaining is not None]
    assert remaining and remaining[-1] < remaining[0], remaining
    assert migrations.state.info.ram is not None and migrations.state.info.ram.total
    throughput = migrations.state.samples[-1].throughput_bps
    assert throughput is not None and MIB / 2 < throughput < 2 * MIB, throughput
    arun.wait(lambda: migrations.state.parameters.get("max-bandwidth") == 1 * MIB)
    # Raised while it runs: libvirt has the new limit (virsh migrate-getspeed, MiB/s).
    changed = arun(migrations.change({"max-bandwidth": 3 * MIB}))
    assert changed.ok, changed.error
    assert virsh("migrate-getspeed", movable) == "3"
    assert arun(migrations.change({"max-bandwidth": 64 * MIB})).ok  # to finish sooner
    # Done: it runs at the destination, defined there; gone from the source.
    arun.wait(lambda: migrations.state.info.status == "completed", timeout=120)
    assert second.virsh("domstate", movable) == "running"
    assert movable in (second.virsh("list", "--persistent", "--name") or "").split()
    assert movable not in virsh("list", "--all", "--name").split()
    arun.wait(lambda: said(window, f"runs on {second.uri} now; its definition was removed here"))
    # The audit trail has the start with its options.
    start = next(t for t in log_texts(window) if "starting through libvirt" in t)
    assert second.uri in start


def test_a_domains_migration_figures_come_steadily_while_it_runs(
    movable: str, second: SecondLibvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    # On the worker's connection that takes QEMU's monitor events, libvirt answered a
    # job's statistics 5 s late now and then: the pane froze for 5 s at a time.
    _window, migrations = open_domain(windows, movable)
    request = MigrateRequest(second.uri, parameters={"max-bandwidth": 2 * MIB})
    assert arun(migrations.start(request, choices=HERE)).ok
    arun.wait(lambda: len(migrations.state.samples) >= 20, timeout=60)
    times = [s.at_s for s in migrations.state.samples]
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert max(gaps) < 1.5, [round(g, 2) for g in gaps]
    assert arun(migrations.change({"max-bandwidth": 256 * MIB})).ok
    arun.wait(lambda: migrations.state.info.status == "completed", timeout=120)


def test_a_cancelled_migration_leaves_the_domain_running_here_and_nothing_there(
    movable: str, second: SecondLibvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    window, migrations = open_domain(windows, movable)
    request = MigrateRequest(second.uri, parameters={"max-bandwidth": 1 * MIB})
    assert arun(migrations.start(request, choices=HERE)).ok
    arun.wait(lambda: len(migrations.state.samples) >= 2, timeout=60)
    assert arun(migrations.cancel()).ok
    arun.wait(lambda: migrations.state.info.status == "cancelled", timeout=60)
    arun.wait(lambda: said(window, f"MiB sent: {movable} keeps running here"))
    assert said(window, "migration cancelled after ")
    assert virsh("domstate", movable) == "running"
    assert movable not in second.domains()


def test_a_domain_kept_here_stays_defined_shut_off_and_runs_there_for_this_run_only(
    movable: str, second: SecondLibvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    window, migrations = open_domain(windows, movable)
    choices = DomainChoices(
        persist_destination=False, undefine_source=False, migrate_uri="tcp://127.0.0.1"
    )
    assert arun(migrations.start(MigrateRequest(second.uri), choices=choices)).ok
    arun.wait(lambda: migrations.state.info.status == "completed", timeout=120)
    arun.wait(lambda: said(window, "it stays defined here, shut off"))
    assert virsh("domstate", movable) == "shut off"
    assert second.virsh("domstate", movable) == "running"
    assert movable not in (second.virsh("list", "--persistent", "--name") or "").split()


def test_a_migration_started_with_virsh_is_followed_and_its_end_said(
    movable: str, second: SecondLibvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    window, migrations = open_domain(windows, movable)
    args = ["--live", movable, second.uri, "tcp://127.0.0.1", "--bandwidth", "8"]
    with subprocess.Popen(["virsh", "-q", "-c", URI, "migrate", *args]) as other:
        arun.wait(lambda: said(window, "a migration started by another client"), timeout=60)
        arun.wait(lambda: len(migrations.state.samples) >= 2, timeout=60)
        assert other.wait(120) == 0
    arun.wait(lambda: migrations.state.info.status == "completed", timeout=60)
    arun.wait(lambda: said(window, f"{movable} runs at the destination now"))
    assert second.virsh("domstate", movable) == "running"
    assert virsh("domstate", movable) == "shut off"


def test_a_writable_disk_off_shared_storage_is_refused_in_words(
    domain: str, second: SecondLibvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    window, migrations = open_domain(windows, domain)
    outcome = arun(migrations.start(MigrateRequest(second.uri), choices=HERE))
    assert not outcome.ok
    assert outcome.error is not None and "not on shared storage" in outcome.error
    assert said(window, "not on shared storage")
    assert virsh("domstate", domain) == "running"


def test_libvirts_refusals_of_a_destination_are_said_in_words(
    libvirtd: Libvirtd, movable: str, second: SecondLibvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    # Another connection to the same daemon: the same host.
    same = "qemu+unix:///system?socket=/var/run/libvirt/libvirt-sock"
    window, migrations = open_domain(windows, movable)
    outcome = arun(migrations.start(MigrateRequest(same), choices=HERE))
    assert outcome.error is not None and "to the host it runs on" in outcome.error
    assert said(window, "to the host it runs on")
    # A domain of that name, another UUID, already defined at the destination.
    second.virsh("define", str(libvirtd.folder / f"{movable}.xml"))
    outcome = arun(migrations.start(MigrateRequest(second.uri), choices=HERE))
    assert outcome.error is not None
    assert f"the destination already has a domain named '{movable}'" in outcome.error
    # A destination that does not answer.
    outcome = arun(migrations.start(MigrateRequest("qemu+unix:///session?socket=/nowhere")))
    assert outcome.error is not None
    assert "the destination qemu+unix:///session?socket=/nowhere cannot be opened" in outcome.error
    assert "nothing listens at /nowhere" in outcome.error
    assert virsh("domstate", movable) == "running"

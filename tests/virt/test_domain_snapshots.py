"""Snapshots of a libvirt domain through libvirt's snapshot API, on the tests' libvirtd:
each effect checked with `virsh snapshot-list` (--parent, --tree) and `virsh domstate`,
never through the window's own view alone."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox

from qmpgui.app.main_window import MainWindow
from qmpgui.log.entry import LogKind
from qmpgui.models.snapshot_pictures import picture_path
from qmpgui.session import VmSession
from qmpgui.ui.confirm import ConfirmDialog
from qmpgui.ui.panes.snapshots import SnapshotPane
from qmpgui.ui.snapshot_dialog import SnapshotDialog
from tests.helpers.dialogs import Seen, when_modal
from tests.helpers.libvirtd import URI, Libvirtd, domstate, virsh
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act, log_entries, messages

pytestmark = [pytest.mark.libvirt, pytest.mark.qemu, pytest.mark.timeout(300)]

NAME, STATE = 0, 6  # the pane's columns


def on_domain(windows: Windows, name: str) -> tuple[MainWindow, VmSession, SnapshotPane]:
    window = windows.on(f"{URI}#{name}")
    pane = window.pane(SnapshotPane)  # built when asked for, as the window builds it
    window.panes.setCurrentWidget(pane)
    return window, window.model.session(0), pane


def snapshot_parents(domain: str) -> dict[str, str]:
    """`virsh snapshot-list --parent`: each snapshot's parent ("" for a root)."""
    parents = {}
    for line in virsh("snapshot-list", domain, "--parent").splitlines():
        words = line.split()
        # name, date, time, zone, state (one word), parent (absent for a root)
        parents[words[0]] = words[5] if len(words) > 5 else ""
    return parents


def current_snapshot(domain: str) -> str:
    return virsh("snapshot-current", domain, "--name")


def create(tag: str, description: str = "") -> Seen:
    """Fill the Create snapshot dialog when it opens and press OK; what it said about
    the RAM state and the disks, and whether its RAM box could be changed."""
    seen = Seen()

    def fill(dialog: SnapshotDialog) -> None:
        dialog.tag_edit.setText(tag)
        dialog.description_edit.setText(description)
        seen.texts += [
            dialog.ram_fixed.text() if dialog.ram_fixed.isVisibleTo(dialog) else "",
            dialog.disks_label.text(),
            f"ram box enabled: {dialog.ram_box.isEnabled()}, checked: {dialog.ram_box.isChecked()}",
        ]
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(SnapshotDialog, fill)
    return seen


def confirm() -> Seen:
    return when_modal(ConfirmDialog, lambda dialog: dialog.accept_button.click())


def row(pane: SnapshotPane, tag: str) -> QModelIndex:
    """The row of snapshot `tag`, at any depth of the tree; invalid when not shown."""
    model = pane.model
    rows = [model.index(n, 0) for n in range(model.rowCount())]
    while rows:
        index = rows.pop()
        node = model.node(index)
        if node is not None and node.key == tag:
            return index
        rows += [model.index(n, 0, index) for n in range(model.rowCount(index))]
    return QModelIndex()


def select_row(pane: SnapshotPane, tag: str) -> None:
    index = row(pane, tag)
    assert index.isValid()
    pane.view.setCurrentIndex(index)


def shown_name(pane: SnapshotPane, tag: str) -> str | None:
    index = row(pane, tag)
    return index.siblingAtColumn(NAME).data() if index.isValid() else None


def parent_shown(pane: SnapshotPane, tag: str) -> str | None:
    """The tag of the row the snapshot's row is under in the pane; None at the top."""
    parent = row(pane, tag).parent()
    if not parent.isValid():
        return None
    node = pane.model.node(parent)
    return str(node.key) if node is not None else None


def test_create_list_as_a_tree_revert_and_delete_through_libvirt(
    qcow2_domain: str, libvirtd: Libvirtd, windows: Windows, arun: AsyncRunner
) -> None:
    domain = qcow2_domain
    window, session, pane = on_domain(windows, domain)
    create_action = act(window, "actionSnapshotCreate")
    arun.wait(create_action.isEnabled)
    arun.wait(lambda: "libvirt's snapshots" in pane.header.text())

    shown: list[str] = []  # the pane's progress line each time it changed
    session.topicChanged.connect(
        lambda _: (
            shown.append(pane.progress_label.text())
            if pane.progress_label.isVisibleTo(pane)
            else None
        )
    )
    said = create("first", "before the upgrade")
    create_action.trigger()
    arun.wait(lambda: "first" in snapshot_parents(domain))
    # With the memory: libvirt 9.0 refuses a running domain's disks alone, so the
    # choice is not offered, and the dialog says why.
    assert "ram box enabled: False, checked: True" in said.texts[2]
    assert "only with its memory" in said.texts[0]
    assert "Saved on: hda" in said.texts[1]
    # What the dialog keeps off, tried without it: libvirt really refuses it.
    xml = libvirtd.folder / "disks-only.xml"
    xml.write_text("<domainsnapshot><name>x</name><memory snapshot='no'/></domainsnapshot>")
    refused = subprocess.run(
        ["virsh", "-c", URI, "snapshot-create", domain, str(xml)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "must include the memory state" in refused.stderr
    xml = virsh("snapshot-dumpxml", domain, "first")
    assert "<memory snapshot='internal'/>" in xml
    assert "<description>before the upgrade</description>" in xml
    arun.wait(lambda: shown_name(pane, "first") == "first (current)")
    assert row(pane, "first").siblingAtColumn(STATE).data() == "running"
    assert "Saving snapshot 'first'…" in shown
    arun.wait(
        lambda: any("Create snapshot (libvirt snapshot_create) ok" in m for m in messages(window))
    )
    # The picture of the screen, through libvirt's screenshot.
    picture = picture_path(session.info.uuid or "", "first")
    arun.wait(picture.exists)
    arun.wait(
        lambda: pane.model.data(row(pane, "first"), Qt.ItemDataRole.DecorationRole) is not None
    )

    # A paused domain's snapshot, taken from the first: a tree in libvirt and the pane.
    virsh("suspend", domain)
    arun.wait(lambda: session.run_status == "paused")
    arun.wait(create_action.isEnabled)
    create("second")
    create_action.trigger()
    arun.wait(lambda: snapshot_parents(domain).get("second") == "first")
    assert "+- second" in virsh("snapshot-list", domain, "--tree")
    arun.wait(lambda: parent_shown(pane, "second") == "first")
    arun.wait(lambda: shown_name(pane, "second") == "second (current)")
    assert shown_name(pane, "first") == "first"
    assert row(pane, "second").siblingAtColumn(STATE).data() == "paused"
    assert domstate(domain) == "paused"  # a snapshot does not change the state
    virsh("resume", domain)
    arun.wait(lambda: session.run_status == "running")

    # Revert to the paused one: asked, naming it, what is lost and the state after.
    select_row(pane, "second")
    asked = confirm()
    arun.wait(act(window, "actionSnapshotRevert").isEnabled)  # as a user waits for it
    act(window, "actionSnapshotRevert").trigger()
    arun.wait(
        lambda: any(
            "Revert to snapshot (libvirt snapshot_revert) ok" in m for m in messages(window)
        )
    )
    assert "'second'" in asked.texts[0] and "is lost" in asked.texts[0]
    assert "paused afterwards" in asked.texts[0]
    assert domstate(domain) == "paused"
    assert any("the domain is paused now" in m for m in messages(window))
    # The window says libvirt's word too (QEMU was started again in prelaunch for it),
    # and the restart libvirt made for the revert is said as that, not as a loss.
    arun.wait(lambda: session.run_status == "paused")
    restarted = "libvirt restarts it to revert the domain to a snapshot"
    arun.wait(lambda: any(restarted in e.summary for e in log_entries(window, LogKind.CONNECTION)))
    assert not [e for e in log_entries(window, LogKind.CONNECTION) if e.name == "lost"]
    assert act(window, "actionCont").isEnabled()
    assert "Reverting to snapshot 'second'…" in shown

    # libvirt restarted QEMU for the revert (the monitor reconnected, the pane emptied
    # and was drawn again): the row chosen before is chosen still.
    arun.wait(lambda: session.connected and session.inspection.snapshots.known)
    arun.wait(lambda: pane.selected_tag(session) == "second")
    assert act(window, "actionSnapshotDelete").isEnabled()

    # Revert to the first: running again, and the current one moves.
    select_row(pane, "first")
    asked = confirm()
    arun.wait(act(window, "actionSnapshotRevert").isEnabled)  # as a user waits for it
    act(window, "actionSnapshotRevert").trigger()
    arun.wait(lambda: current_snapshot(domain) == "first")
    assert "running afterwards" in asked.texts[0]
    arun.wait(lambda: domstate(domain) == "running")
    arun.wait(lambda: shown_name(pane, "first") == "first (current)")

    # Back and forth once more, each revert chosen as soon as the window is connected
    # again: every one reaches libvirt.
    for tag, state in (("second", "paused"), ("first", "running")):
        arun.wait(lambda tag=tag: session.connected and row(pane, tag).isValid())
        select_row(pane, tag)
        confirm()
        arun.wait(act(window, "actionSnapshotRevert").isEnabled)
        act(window, "actionSnapshotRevert").trigger()
        arun.wait(lambda tag=tag: current_snapshot(domain) == tag)
        arun.wait(lambda state=state: domstate(domain) == state)
        arun.wait(lambda state=state: session.run_status == state)
    arun.wait(lambda: shown_name(pane, "first") == "first (current)")

    # Delete the first: asked, saying its child stays and becomes a root.
    select_row(pane, "first")
    asked = confirm()
    arun.wait(act(window, "actionSnapshotDelete").isEnabled)
    act(window, "actionSnapshotDelete").trigger()
    arun.wait(lambda: "first" not in snapshot_parents(domain))
    assert "Delete snapshot 'first'" in asked.texts[0]
    assert "('second') are kept, now under no parent" in asked.texts[0]
    assert snapshot_parents(domain) == {"second": ""}
    arun.wait(lambda: not row(pane, "first").isValid())
    arun.wait(lambda: parent_shown(pane, "second") is None and row(pane, "second").isValid())
    arun.wait(lambda: not picture.exists())
    assert domstate(domain) == "running"


def test_a_domain_whose_disk_cannot_hold_a_snapshot_says_why(
    domain: str, windows: Windows, arun: AsyncRunner
) -> None:
    # The tests' usual domain boots a writable raw floppy: libvirt refuses any internal
    # snapshot of it, so Create is off and says why before anything is tried.
    window, _session, pane = on_domain(windows, domain)
    create_action = act(window, "actionSnapshotCreate")
    arun.wait(lambda: "fda: a raw image has no room" in create_action.toolTip())
    assert not create_action.isEnabled()
    assert "no disk of this domain can hold a snapshot: fda" in create_action.toolTip()
    arun.wait(lambda: "No snapshot can be saved" in pane.header.text())
    for name in ("actionSnapshotRevert", "actionSnapshotDelete"):
        action = act(window, name)
        assert not action.isEnabled() and "this domain has no snapshot" in action.toolTip()
    done = subprocess.run(
        ["virsh", "-c", URI, "snapshot-create-as", domain, "tried"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "unsupported for storage type raw" in done.stderr  # as the tooltip said
    assert virsh("snapshot-list", domain, "--name") == ""


def test_libvirts_refusal_is_said_in_its_words_and_the_window_stays_usable(
    qcow2_domain: str, windows: Windows, arun: AsyncRunner
) -> None:
    domain = qcow2_domain
    window, session, pane = on_domain(windows, domain)
    # A snapshot of the disk into an overlay file, made outside qmpgui: libvirt 9.0
    # cannot revert to such an external snapshot.
    virsh("snapshot-create-as", domain, "outside", "--disk-only", "--atomic")
    arun.wait(lambda: row(pane, "outside").isValid())
    assert "hda (external)" in row(pane, "outside").siblingAtColumn(5).data()
    select_row(pane, "outside")
    confirm()
    arun.wait(act(window, "actionSnapshotRevert").isEnabled)  # as a user waits for it
    act(window, "actionSnapshotRevert").trigger()
    arun.wait(
        lambda: any("Revert to snapshot failed: libvirt refused" in m for m in messages(window))
    )
    said = next(m for m in messages(window) if "Revert to snapshot failed" in m)
    assert "external snapshot" in said  # libvirt's own words
    assert domstate(domain) == "running"
    arun.wait(lambda: act(window, "actionSnapshotDelete").isEnabled())
    assert session.connected


def test_a_revert_made_with_virsh_shows_without_the_pane_asking(
    qcow2_domain: str, windows: Windows, arun: AsyncRunner
) -> None:
    domain = qcow2_domain
    virsh("snapshot-create-as", domain, "one")
    virsh("snapshot-create-as", domain, "two")
    window, session, pane = on_domain(windows, domain)
    arun.wait(lambda: shown_name(pane, "two") == "two (current)")
    # Another pane on screen: the snapshots are no longer polled, only refreshed after
    # libvirt's lifecycle events, which a revert sends.
    window.panes.setCurrentIndex(0)
    assert window.panes.currentWidget() is not pane
    virsh("snapshot-revert", domain, "one")

    def current() -> str | None:
        found = [s.tag for s in session.inspection.snapshots.snapshots if s.current]
        return found[0] if found else None

    arun.wait(lambda: current() == "one")

"""The VM list as a person reads it in tests: the rows shown (grouped or not), a click
on a column's header, a VM by name, and the configuration file the window keeps; and a
list model whose libvirt connection's domains hang under it, as in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from qmpgui.app.main_window import MainWindow
from qmpgui.models.vm_list import NAME, VmListModel
from qmpgui.session import VmSession
from qmpgui.session.libvirt_connection import LibvirtConnection
from qmpgui.store.config import default_config_path


def shown_tree(window: MainWindow) -> list[tuple[str, list[str]]]:
    """The list as shown: each top-level row's Name (a group's header: its name and
    counts) with the Names of the rows under it."""
    shown = window.vm_list.shown
    out = []
    for row in range(shown.rowCount()):
        top = shown.index(row, NAME)
        under = [shown.index(r, NAME, top).data() for r in range(shown.rowCount(top))]
        out.append((top.data(), under))
    return out


def named(window: MainWindow, name: str) -> VmSession:
    """The one VM of the list (a libvirt domain too) shown as `name`."""
    (session,) = [s for s in window.model.all_sessions if s.display_name == name]
    return session


def click_header(window: MainWindow, column: int) -> None:
    """A click on the VM list's header of `column` (a sort by it)."""
    header = window.vm_list.header()
    spot = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)


def config_file_text(window: MainWindow) -> str:
    """The window's configuration file as it is on disk ("{}" before its first save)."""
    path = Path(window.options.config_path or default_config_path())
    return path.read_text() if path.exists() else "{}"


def follow_domains(vms: VmListModel, connection: LibvirtConnection) -> list[VmSession]:
    """The sessions of the domains `connection` lists from now on, each added under its
    row in `vms` as it comes (app/connection_rows.py's work in the window)."""
    domains: list[VmSession] = []

    def added(names: list[str]) -> None:
        sessions = [VmSession(name, f"{connection.uri}#{name}") for name in names]
        domains.extend(sessions)
        vms.add_domains(connection, sessions)

    connection.domainsAdded.connect(added)
    return domains

"""What the VM list says of a VM beyond its cells: its row's tooltip, and a migration
under way in words."""

from __future__ import annotations

from qmpgui.i18n import translate
from qmpgui.session import ConnState, VmSession
from qmpgui.session.backoff import WATCH_MAX_DELAY_S
from qmpgui.session.migration_brief import brief, details
from qmpgui.session.migration_peers import source_of


def vm_tooltip(session: VmSession) -> str:
    """A VM's row's tooltip: name and endpoint, state, what went wrong, a migration."""
    lines = [f"{session.display_name} — {session.endpoint_text}", session.state_text()]
    if session.state is ConnState.RECONNECTING and session.error:
        lines.append(translate("VmListModel", "last error: {error}").format(error=session.error))
    if session.state is ConnState.WAITING and session.domain is None:
        lines.append(
            translate(
                "VmListModel",
                "qmpgui connects once QEMU listens on {endpoint_text} (it looks again every {WATCH_MAX_DELAY_S:g} s)",
            ).format(endpoint_text=session.endpoint_text, WATCH_MAX_DELAY_S=WATCH_MAX_DELAY_S)
        )
        if session.error:
            lines.append(translate("VmListModel", "now: {error}").format(error=session.error))
    elif session.state is ConnState.WAITING and session.error:
        lines.append(session.error)
    if session.connected and (moving := details(session.inspection.migration)):
        lines.append(moving)
    if session.transient:
        lines.append(translate("VmListModel", "given on the command line: not saved"))
    return "\n".join(lines)


def migration_words(session: VmSession) -> str | None:
    """A migration under way (either side), or a VM waiting for one, in words; for a
    destination whose source qmpgui migrates, the source's figures (QEMU gives none on
    the destination's side): "incoming: 12.5 MiB left (pass 3)"."""
    if not session.connected:
        return None
    state = session.inspection.migration
    source = source_of(session) if state.info.active and state.info.ram is None else None
    if source is not None:
        theirs = brief(source.inspection.migration)
        if theirs is not None and theirs.startswith("migrating: "):
            return translate("vm_list", "incoming: ") + theirs.removeprefix("migrating: ")
    return brief(state)

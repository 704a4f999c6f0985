"""Which actions a libvirt domain offers: the lifecycle goes through libvirt's API, so
a shut-off domain (no QEMU, no monitor) can still be started, and Quit VM gives way to
Force off (libvirt's destroy), which libvirt sees."""

from __future__ import annotations

from qmpgui.i18n import marked, translate
from qmpgui.qmp.actions import ActionFacts, Question, VmAction
from qmpgui.session import VmSession

#: Start's question for shut-off domains (the table's speaks of QEMU held with -S).
START_DOMAIN = Question(
    "Start",
    "Start {these}?",
    "libvirt starts the domain's QEMU (create), and the guest boots.",
)

#: domain_refusal()'s answer when the usual checks (connection, run state) decide.
CHECK_ON = marked("domains", "check on")


def domain_refusal(session: VmSession, facts: ActionFacts) -> str | None:
    """Why `facts`' action cannot be used on the libvirt domain of `session`; None when
    it can now; CHECK_ON when the usual checks of a connected VM decide."""
    domain = session.domain
    if domain is None:
        return translate(
            "domains", "only for a VM managed by libvirt (a qemu:///system#NAME endpoint)"
        )
    if facts.action is VmAction.QUIT:
        return translate(
            "domains", "libvirt manages this VM: Force off ends it through libvirt, which sees it"
        )
    if facts.action is VmAction.FORCE_OFF:
        return (
            None
            if domain.active
            else translate("domains", "the domain is {v0}").format(
                v0=domain.state or translate("domains", "not running")
            )
        )
    if session.connected:
        return translate("domains", CHECK_ON)
    if domain.active is False:  # shut off or crashed: only libvirt's create starts it
        if facts.action is VmAction.START:
            return None
        return translate("domains", "the domain is {state}: Start boots it").format(
            state=domain.state
        )
    return translate("domains", CHECK_ON)

"""Each domain's state as a connection's listing said it, kept current by libvirt's
lifecycle events: what a domain's session reads instead of asking libvirt again.

A connection's row lists every domain in one request (the worker's "list":
virConnectListAllDomains with each domain's virDomainGetState), then makes a session
per domain; each session starts by reading its domain's state. With hundreds of
domains, one request each held the rows at "connecting…" for seconds, and the
listing had already said it. Events that arrive while a listing is on its way are
applied after it, in order (the listing may predate them).
"""

from __future__ import annotations

from typing import Any

from qmpgui.virt.states import number


class ListedStates:
    """Domain states by name, from the last listing and the lifecycle events since.

    listing_started() and listing_ended() bracket a "list" request; take() is given
    every event of the worker. known() answers only when nothing is on its way.
    """

    def __init__(self) -> None:
        self._states: dict[str, dict[str, Any]] = {}
        self._listings = 0
        self._held: list[dict[str, Any]] = []

    def listing_started(self) -> None:
        """A "list" request was sent."""
        self._listings += 1

    def listing_ended(self, listing: object) -> None:
        """Its answer: a list of {"name", "uuid", "state", "reason", ...} (None, or
        anything else, when it failed: the states known stay)."""
        self._listings -= 1
        if isinstance(listing, list):
            self._states = {
                str(d["name"]): {
                    "state": number(d.get("state")),
                    "reason": number(d.get("reason")),
                    "uuid": d.get("uuid"),
                }
                for d in listing
                if isinstance(d, dict) and isinstance(d.get("name"), str)
            }
        if self._listings == 0:
            held, self._held = self._held, []
            for event in held:
                self._apply(event)

    def take(self, event: dict[str, Any]) -> None:
        """One event of the worker (only "lifecycle" ones change a state)."""
        if event.get("event") != "lifecycle":
            return
        if self._listings:
            self._held.append(event)
        else:
            self._apply(event)

    def _apply(self, event: dict[str, Any]) -> None:
        name = event.get("domain")
        if not isinstance(name, str):
            return
        if event.get("kind") == "undefined":
            self._states.pop(name, None)
        elif name in self._states:
            # A domain defined after the listing is not known here (no uuid): its
            # session asks libvirt.
            self._states[name] |= {
                "state": number(event.get("state")),
                "reason": number(event.get("reason")),
            }

    def known(self, name: str) -> dict[str, Any] | None:
        """{"state", "reason", "uuid"} of the domain `name` as the worker's "state"
        answers them; None when no listing has it or one is on its way."""
        if self._listings:
            return None
        found = self._states.get(name)
        return dict(found) if found is not None else None

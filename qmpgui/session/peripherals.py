"""The VM's devices that have an id (QOM's /machine/peripheral): the Devices pane's
topic, and what Remove device offers when no pane names a device."""

from __future__ import annotations

from dataclasses import dataclass

from qmpgui.session.inspection import Fetcher, register_topic

#: The topic's query in Inspection.results.
PERIPHERALS_KEY = "qom-list /machine/peripheral"


@dataclass(frozen=True, slots=True)
class Peripheral:
    """A device with an id: `id` as given to -device or device_add, `type` its QOM type."""

    id: str
    type: str


def parse_peripherals(reply: object) -> list[Peripheral]:
    """The devices of a `qom-list /machine/peripheral` reply ([{"name", "type":
    "child<e1000>"}, ...]), in QEMU's order; links and other properties are left out.
    Never raises."""
    if not isinstance(reply, list):
        return []
    found = []
    for prop in reply:
        if not isinstance(prop, dict):
            continue
        name, kind = prop.get("name"), prop.get("type")
        if isinstance(name, str) and isinstance(kind, str) and kind.startswith("child<"):
            found.append(Peripheral(name, kind.removeprefix("child<").removesuffix(">")))
    return found


async def _fetch(fetcher: Fetcher) -> None:
    await fetcher.query("qom-list", {"path": "/machine/peripheral"}, key=PERIPHERALS_KEY)


#: The devices with an id; a device_add refreshes what is on screen, DEVICE_DELETED this.
PERIPHERALS = register_topic("peripherals", _fetch, events={"DEVICE_DELETED"})

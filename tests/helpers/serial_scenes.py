"""The Serial pane's picture (a scene of tests/helpers/picture_scenes.py's SCENES, kept
here for the size of that file): the demo's console on its COM1 socket, the guest's
greeting (from the chardev's log: it came before the console), then a line typed and
echoed, colours and all."""

from __future__ import annotations

from qmpgui.host.demo_guest import GREETING
from qmpgui.ui.panes.serial import SerialPane
from tests.helpers.shooter import Shooter

#: What the scene types: the echo guest sends it back, escapes included.
TYPED = b"echo \x1b[32mgreen\x1b[0m and \x1b[1;34mbold blue\x1b[0m\r"


async def serial_scene(shot: Shooter) -> None:
    """The Serial pane on the demo's COM1, with the guest's greeting and a line typed."""
    window = shot.window
    demo = shot.demo
    shot.lay_out(list_width=300)
    await shot.until(lambda: demo.connected, "the demo VM's connection")
    window.select_session(demo)
    pane = window.pane(SerialPane)
    window.panes.setCurrentWidget(pane)
    window.window_actions.show_log.trigger()
    await shot.until(lambda: pane.link.connected, "the console on the demo's COM1")
    await shot.until(lambda: GREETING.strip() in pane.terminal.text(), "the guest's greeting")
    pane.link.send(TYPED)
    await shot.until(lambda: "bold blue" in pane.terminal.text(), "the echo of the line typed")
    pane.terminal.setFocus()
    await shot.shoot(window, "panes/serial.png")
    shot.lay_out()

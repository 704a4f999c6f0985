"""The Screen tab's picture: the demo VM's screen in the tab, the keyboard captured."""

from __future__ import annotations

from qmpgui.ui.panes.screen import ScreenPane
from tests.helpers.shooter import Shooter

#: The VM list's width in the picture (pixels): the screen gets the room.
SCREEN_LIST_WIDTH = 300


async def screen_scene(shot: Shooter) -> None:
    """The demo VM selected, its screen live in the Screen tab, the keyboard captured."""
    window, demo = shot.window, shot.demo
    shot.lay_out(list_width=SCREEN_LIST_WIDTH)
    await shot.until(lambda: demo.connected, "the demo VM's connection")
    window.select_session(demo)
    pane = window.pane(ScreenPane)
    window.panes.setCurrentWidget(pane)
    window.window_actions.show_log.trigger()
    view = pane.view
    await shot.until(lambda: not view.canvas.image.isNull(), "the demo VM's screen")
    await shot.until(lambda: "fps" in view.status.text(), "the frame rate")
    sizes = window.vertical_split.sizes()
    window.vertical_split.setSizes([640, sum(sizes) - 640])  # the screen gets the height
    view.canvas.set_captured(True)
    await shot.shoot(window, "panes/screen.png")
    view.canvas.set_captured(False)
    window.vertical_split.setSizes(sizes)
    window.panes.setCurrentIndex(0)
    shot.lay_out()

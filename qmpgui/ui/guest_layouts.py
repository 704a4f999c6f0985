"""GuestLayouts: the guest keyboard layouts Type text offers (QEMU's keymaps,
qmp/keymaps.py), each read once in a worker thread and kept, and the layout chosen for
each VM while qmpgui runs (en-us until one is chosen)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from qmpgui.qmp.keymaps import DEFAULT_LAYOUT, layouts, load_keymap
from qmpgui.session.tasks import TaskSet
from qmpgui.ui.type_text_dialog import Keymap


class GuestLayouts:
    """The layouts there are, their keymaps, and each VM's choice (by endpoint text)."""

    def __init__(self) -> None:
        self.names: list[str] = [DEFAULT_LAYOUT]
        self._keymaps: dict[str, Keymap] = {}
        self._chosen: dict[str, str] = {}
        self._tasks = TaskSet()
        self._listed = False

    def list_once(self) -> None:
        """Read which layouts there are, in a worker thread, the first time a VM's screen
        takes input (not when the window is built: a window closed at once waits for
        nothing)."""
        if not self._listed:
            self._listed = True
            self._tasks.spawn(self._list(), "layouts")

    async def _list(self) -> None:
        self.names = await asyncio.to_thread(layouts)

    def chosen(self, vm: str) -> str:
        """The layout last chosen for the VM `vm` (its endpoint text)."""
        return self._chosen.get(vm, DEFAULT_LAYOUT)

    def choose(self, vm: str, layout: str) -> None:
        """Remember `layout` for the VM `vm`."""
        self._chosen[vm] = layout

    def load(self, layout: str, done: Callable[[str, Keymap], None]) -> None:
        """Call `done(layout, keymap)` once the keymap is read (at once when it was)."""
        if layout in self._keymaps:
            done(layout, self._keymaps[layout])
            return

        async def read() -> None:
            keymap = await asyncio.to_thread(load_keymap, layout)
            self._keymaps[layout] = keymap
            done(layout, keymap)

        self._tasks.spawn(read(), f"keymap {layout}")

    async def aclose(self) -> None:
        """End the reads under way."""
        await self._tasks.aclose()

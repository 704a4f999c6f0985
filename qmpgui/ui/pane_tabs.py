"""The pane tabs beside the VM list, whose panes are built when first needed: the tab on
screen at once, every other one after the window's first paint (one per turn of the
event loop), or earlier when it is chosen or asked for. A window with every pane built
before it shows took a quarter of a second longer to appear. A pane's module, too, is
imported only when the pane is built (ui/panes/registry.py).

Until its pane exists a tab holds an empty placeholder; `widget()`, `currentWidget()`
and `pane_of()` build the pane first, so callers only ever see panes."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from qmpgui.i18n import translate
from qmpgui.ui.explained import explain_labels
from qmpgui.ui.icons import icon
from qmpgui.ui.panes import Pane, PaneContext, PaneKind

P = TypeVar("P", bound=Pane)


class PaneTabs(QTabWidget):
    """A tab per kind in `kinds` (titled, with its icon, in that order) over `context`;
    the panes of the classes `at_once` are built with the tabs, as the one on screen is."""

    #: A pane was built (the Pane) and put in its tab; emitted before anything else sees it.
    paneBuilt = Signal(QWidget)

    def __init__(
        self,
        kinds: list[PaneKind],
        context: PaneContext,
        parent: QWidget | None = None,
        *,
        at_once: tuple[type[Pane], ...] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paneTabs")
        self.setAccessibleName(translate("window_parts", "Panes of the selected VM"))
        self._kinds = kinds
        self._context = context
        self._panes: list[Pane | None] = [None] * len(kinds)
        #: The tab whose pane is being made: its placeholder stands in meanwhile (should
        #: a signal the pane sends as it is made reach a slot that asks for it).
        self._making: int | None = None
        for kind in kinds:
            self.addTab(QWidget(), icon(kind.icon), translate("panes", kind.title))
        # Connected first: the window's own slots then find the chosen pane built.
        self.currentChanged.connect(self._chosen)
        self._later = False
        #: The window is shutting down: nothing is built in the background any more.
        self._closed = False
        if kinds:
            self._build(self.currentIndex())
        for made_at_once in at_once:  # built with the window, whatever tab is on screen
            self.pane_of(made_at_once)

    def widget(self, index: int) -> QWidget | None:
        """The pane at `index` (built now if it was not yet)."""
        if 0 <= index < len(self._panes) and index != self._making:
            return self._build(index)
        return super().widget(index)

    def currentWidget(self) -> QWidget:
        """The pane on screen (built now if it was not yet)."""
        index = self.currentIndex()
        if 0 <= index < len(self._panes) and index != self._making:
            return self._build(index)
        return super().currentWidget()

    def pane_of(self, kind: type[P]) -> P:
        """The pane of class `kind` (built now if it was not yet), or the first pane of a
        subclass of it (for a base class every pane's module is imported to find it).
        Raises LookupError when no tab holds one."""
        named = [i for i, registered in enumerate(self._kinds) if registered.names(kind)]
        for index in named or range(len(self._kinds)):
            if issubclass(self._kinds[index].make, kind):
                pane = self._build(index)
                assert isinstance(pane, kind)
                return pane
        raise LookupError(f"no {kind.__name__} in this window")

    def build_all(self) -> list[Pane]:
        """Every pane, each built now if it was not yet (their shortcuts then exist)."""
        return [self._build(index) for index in range(len(self._panes))]

    def built(self) -> list[Pane]:
        """The panes built so far, in tab order."""
        return [pane for pane in self._panes if pane is not None]

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._later:  # the window is on screen: the other panes follow
            self._later = True
            QTimer.singleShot(0, self, self._build_next)

    async def aclose(self) -> None:
        """Build no more panes in the background and end the built panes' own work."""
        self._closed = True
        for pane in self.built():
            await pane.aclose()

    def _chosen(self, index: int) -> None:
        if 0 <= index < len(self._panes):  # -1: no tab left
            self._build(index)

    def _build_next(self) -> None:
        waiting = [i for i, pane in enumerate(self._panes) if pane is None]
        if waiting and not self._closed:
            self._build(waiting[0])
            QTimer.singleShot(0, self, self._build_next)

    def _build(self, index: int) -> Pane:
        pane = self._panes[index]
        if pane is not None:
            return pane
        kind = self._kinds[index]
        if index == self._making:
            raise RuntimeError(f"the {kind.name} asked for itself while being made")
        making, self._making = self._making, index
        try:
            pane = self._panes[index] = kind.make(self._context)
        finally:
            self._making = making
        explain_labels(pane, kind.glossary)
        if self._context.selection.current is not None:
            # Made after a VM became current: it has not heard of it (the signal came
            # before the pane was there); it shows that VM, as a pane made first would.
            pane.current_changed(self._context.selection.current)
        current = self.currentIndex()
        placeholder = super().widget(index)
        # The swap is not a change of tab: no one hears of it.
        blocked = self.blockSignals(True)
        try:
            self.removeTab(index)
            self.insertTab(index, pane, icon(kind.icon), translate("panes", kind.title))
            self.setCurrentIndex(current)
        finally:
            self.blockSignals(blocked)
        if placeholder is not None:
            _tab_after(self.tabBar(), pane)
            placeholder.deleteLater()
        self.paneBuilt.emit(pane)
        return pane


def _tab_after(tab_bar: QWidget, pane: QWidget) -> None:
    """Tab reaches `pane`'s controls right after `tab_bar`: Qt's tab order is the order
    of construction, so a pane built late would come after the event log. (Only the
    pane on screen takes the keyboard: the order among panes does not matter.)"""
    # Walked from the pane on, never from the placeholder: PySide makes each widget
    # returned a child of the one asked, and deleting the placeholder would take those
    # Python objects with it.
    inside: list[QWidget] = []
    widget = pane.nextInFocusChain()
    while widget is not None and pane.isAncestorOf(widget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            inside.append(widget)
        widget = widget.nextInFocusChain()
    for first, second in zip([tab_bar, *inside], inside, strict=False):
        QWidget.setTabOrder(first, second)

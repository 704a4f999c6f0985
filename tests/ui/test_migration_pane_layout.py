"""The Migration pane at a laptop's window size with every part showing (figures, chart,
limits, three pieces of advice): no text is squeezed below its height, it scrolls."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel

from qmpgui.qmp.convergence import Advice, AdviceKind
from qmpgui.ui.panes.migration import MigrationPane
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows

#: The advice of a guest that outruns a 1 MiB/s migration, as the pane showed it.
ADVICE = [
    Advice(
        AdviceKind.BANDWIDTH,
        "raise the bandwidth limit from 1 to 2 MiB/s (the guest dirties at least 1 MiB/s: "
        "QEMU counts a page rewritten many times once per pass)",
        [("migrate-set-parameters", {"max-bandwidth": 2 << 20})],
    ),
    Advice(
        AdviceKind.DOWNTIME,
        "raise the downtime limit from 300 to 1800 ms (the guest pauses up to that long "
        "when it switches over; QEMU expects 1473 ms now)",
        [("migrate-set-parameters", {"downtime-limit": 1800})],
    ),
    Advice(
        AdviceKind.AUTO_CONVERGE,
        "auto-converge cannot be turned on while a migration runs (QEMU refuses): cancel, "
        "and migrate again with Auto-converge on",
    ),
]


def test_no_text_is_squeezed_in_a_window_1200_by_800(windows: Windows, arun: AsyncRunner) -> None:
    window = windows.open()
    pane = window.pane(MigrationPane)
    window.panes.setCurrentWidget(pane)
    window.resize(1200, 800)
    arun.wait(lambda: window.size() == QSize(1200, 800))
    for label in pane.values.values():
        label.setText("1.0 MiB/s (255 pages/s)")
    pane.advice.set_advice(ADVICE)
    arun.wait(pane.advice.isVisible)
    labels = [w for w in pane.findChildren(QLabel) if w.isVisible() and w.text()]
    assert len(labels) > len(pane.values) + len(ADVICE)

    def squeezed() -> list[tuple[str, int, int]]:
        found = []
        for label in labels:
            wanted = (
                label.heightForWidth(label.width())
                if label.wordWrap()
                else label.minimumSizeHint().height()
            )
            if label.height() < wanted:
                found.append((label.text()[:40], label.height(), wanted))
        return found

    # Once the layout has settled (a few turns of the loop), nothing is squeezed.
    arun.wait(lambda: squeezed() == [], timeout=5)
    assert pane.chart.height() >= pane.chart.minimumHeight() > 0

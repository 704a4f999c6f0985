"""The Migration pane at a laptop's window size with every part showing (figures, chart,
limits, advice): no text is squeezed below its height, it scrolls, and the chart stays
in view with four pieces of advice; the chart's scale once the first pass is over."""

from __future__ import annotations

import time

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from qmpgui.qmp.convergence import Advice, AdviceKind, Sample
from qmpgui.qmp.migration_options import MIB
from qmpgui.ui.migration_chart import MigrationChart
from qmpgui.ui.panes.migration import MigrationPane
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows

#: The advice of a guest that outruns a 1 MiB/s migration, as the pane showed it.
ADVICE = [
    Advice(
        AdviceKind.BANDWIDTH,
        "raise the bandwidth limit from 1 to 7 MiB/s (the guest dirties about 1.2 MiB/s, and "
        "each pass leaves about 1.5 MiB, which must be sent within the 300 ms downtime limit)",
        [("migrate-set-parameters", {"max-bandwidth": 7 << 20})],
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


#: Four pieces of advice: a migration with auto-converge on and postcopy allowed.
FOUR = [
    *ADVICE[:2],
    Advice(
        AdviceKind.THROTTLE,
        "throttle the guest's vCPUs harder: auto-converge's step from 10 % to 20 % (at most "
        "99 %; they are throttled at 40 % now)",
        [("migrate-set-parameters", {"cpu-throttle-increment": 20})],
    ),
    Advice(
        AdviceKind.POSTCOPY,
        "switch to postcopy: the guest runs on the destination at once and fetches the rest "
        "(lost if the network fails before it has all)",
        [("migrate-start-postcopy", {})],
    ),
]


#: The Migration pane's size in a 1300 x 850 window with the VM list beside it and the
#: event log under it (the pictures' layout, docs/panes/migration-advice.png).
PANE_SIZE = QSize(660, 380)


def test_with_four_pieces_of_advice_the_chart_stays_in_view_at_1300_by_850(
    windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.open()
    pane = MigrationPane(window.pane(MigrationPane).context)
    try:
        pane.resize(PANE_SIZE)
        pane.show()
        viewport = pane.findChild(QScrollArea, "migrationScroll").viewport()
        for label in pane.values.values():
            label.setText("1.0 MiB/s (255 pages/s)")
        pane.limits.setVisible(True)  # as while a migration runs
        pane.advice.set_advice(FOUR)
        arun.wait(pane.advice.isVisible)

        def chart_in_view() -> bool:
            top = pane.chart.mapTo(viewport, pane.chart.rect().topLeft()).y()
            return top >= 0 and top + pane.chart.minimumHeight() <= viewport.height()

        settled = time.monotonic() + 0.5
        arun.wait(lambda: time.monotonic() > settled and chart_in_view(), timeout=5)
        # Each piece is one line with its Apply; the whole sentence in its tooltip.
        lines = [w for w in pane.advice.findChildren(QLabel) if w is not pane.advice.why]
        assert len(lines) == len(FOUR)
        height = lines[0].fontMetrics().height()
        assert all(label.height() < 2 * height for label in lines), [x.height() for x in lines]
        assert "which must be sent within the 300 ms downtime limit" in lines[0].toolTip()
    finally:
        pane.close()
        pane.deleteLater()


def samples_of_a_stuck_migration() -> list[Sample]:
    """A first pass sending 64 MiB over 16 s, then passes leaving 0.3-1.4 MiB each."""
    first = [
        Sample(t, 1, (64 - 4 * t) * MIB, None, 64 * MIB, 4 * MIB, 0, 300, t) for t in range(16)
    ]
    later = [
        Sample(
            16 + t / 2,
            2 + t // 3,
            int((0.3 + (t % 3) * 0.5) * MIB),
            None,
            64 * MIB,
            MIB,
            MIB,
            1500,
            16 + t / 2,
        )
        for t in range(60)
    ]
    return first + later


def test_once_the_first_pass_is_over_the_chart_scales_memory_left_to_the_last_minute(
    qapp: QApplication,
) -> None:
    chart = MigrationChart()
    chart.set_samples(samples_of_a_stuck_migration()[:10])
    assert chart.left_max >= 60  # the first pass: the whole RAM
    chart.set_samples(samples_of_a_stuck_migration())
    # A leftover going between 0.3 and 1.3 MiB fills the scale instead of lying at 0.
    assert chart.left_max <= 2
    assert chart.recent
    image = chart.grab()
    assert not image.isNull()

"""When no event loop can run any more (the display went away, a second Ctrl+C), what
the user saved or typed is still written: the window's shutdown_now(), which qmpgui's
end calls. The whole of it, from outside the process: e2e/test_ends."""

from __future__ import annotations

import json
from pathlib import Path

from qmpgui.app.consoles import Consoles
from qmpgui.app.window_state import layout_path
from qmpgui.session.selection import SelectedVms
from qmpgui.store.history import HistoryFile
from qmpgui.store.writer import FileWriter
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, config_file


def test_a_config_save_waiting_its_turn_is_written_without_the_loop(
    windows: Windows, arun: AsyncRunner, tmp_path: Path
) -> None:
    window = windows.open()
    arun.wait(lambda: window.writer.pending == 0)  # the files read back at start
    window.fleet.apply_settings({"poll_interval_s": 7.0})
    window.fleet.save_config()  # under way in the file writer
    window.fleet.apply_settings({"poll_interval_s": 9.0})
    window.fleet.save_config()  # waits for the one under way, which only the loop ends

    assert window.shutdown_now() == []  # no turn of the loop from here on

    assert json.loads(config_file(tmp_path).read_text())["poll_interval_s"] == 9


def test_the_window_layout_is_kept_and_the_window_closes_at_once_without_the_loop(
    windows: Windows, arun: AsyncRunner, tmp_path: Path
) -> None:
    window = windows.open()
    arun.wait(lambda: window.writer.pending == 0)
    window.resize(701, 503)
    kept = layout_path(config_file(tmp_path))
    assert not kept.exists()

    assert window.shutdown_now() == []
    window.close()  # as the end does: no loop turn is left for an orderly shutdown()

    assert window.isHidden()
    assert kept.stat().st_size > 0


def test_a_history_not_read_yet_is_added_to_not_written_over(qapp: object, tmp_path: Path) -> None:
    """The display went away before the console history was read back: what was typed
    meanwhile joins the file's entries."""
    path = tmp_path / "history.json"
    HistoryFile(path).save({"qmp": ["query-name"], "hmp": ["info status"]})
    writer = FileWriter()
    consoles = Consoles(
        SelectedVms(), lambda *_: True, lambda *_: None, HistoryFile(path), writer=writer
    )
    consoles.host.histories["qmp"].add("query-status", "qmp")
    consoles.host.history_changed()  # saved a second later, with a loop

    assert writer.finish_now() == []
    assert consoles.save_now() is None

    saved = HistoryFile(path).load().histories
    assert saved["qmp"].entries == ("query-name", "query-status")
    assert saved["hmp"].entries == ("info status",)
    consoles.deleteLater()

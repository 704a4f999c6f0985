"""The console's command history: bounds, Up/Down, Ctrl+R, masking, and the file."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from qmpgui.qmp.secrets import MASK
from qmpgui.store.history import (
    DEFAULT_LIMIT,
    History,
    HistoryFile,
    default_history_path,
    mask_entry,
)


def filled(*texts: str, limit: int = DEFAULT_LIMIT) -> History:
    history = History(limit)
    for text in texts:
        history.add(text, "qmp")
    return history


# -- entries ------------------------------------------------------------------


def test_bounded_at_the_limit_keeping_the_newest() -> None:
    history = filled(*(f"query-status id={n}" for n in range(1005)))
    assert len(history) == DEFAULT_LIMIT == history.limit
    assert history.entries[0] == "query-status id=5"
    assert history.entries[-1] == "query-status id=1004"


def test_blank_and_consecutive_duplicates_are_not_stored() -> None:
    history = History()
    assert history.add("stop", "qmp")
    assert not history.add("stop", "qmp")
    assert not history.add("", "qmp")
    assert not history.add("  \n\t", "qmp")
    assert history.add("cont", "qmp")
    assert history.add("stop", "qmp")  # a repeat further back is a new entry
    assert history.entries == ("stop", "cont", "stop")


def test_entries_are_kept_as_typed_multiline_included() -> None:
    typed = '{\n  "execute": "query-block"\n}'
    history = filled(typed, "  query-status  ")
    assert history.entries == (typed, "  query-status  ")


# -- Up/Down --------------------------------------------------------------------


def test_up_and_down_walk_the_entries_and_give_back_the_draft() -> None:
    history = filled("one", "two", "three")
    assert history.next() is None  # Down before Up: leave the input alone
    assert history.previous("half typed") == "three"
    assert history.previous("three") == "two"
    assert history.previous("two") == "one"
    assert history.previous("one") is None  # nothing older: the input stays
    assert history.next() == "two"
    assert history.next() == "three"
    assert history.next() == "half typed"  # past the newest: what was being typed
    assert history.next() is None
    # Browsing again starts at the newest, with the new draft.
    assert history.previous("") == "three"
    assert history.next() == ""


def test_adding_or_resetting_ends_browsing() -> None:
    history = filled("one", "two")
    assert history.previous("draft") == "two"
    assert history.previous("two") == "one"
    history.reset_cursor()
    assert history.next() is None
    assert history.previous("x") == "two"
    history.add("three", "qmp")
    assert history.previous("") == "three"


def test_empty_history_has_nothing_to_show() -> None:
    history = History()
    assert history.previous("typed") is None
    assert history.next() is None


# -- Ctrl+R ---------------------------------------------------------------------


def test_search_finds_the_newest_match_then_older_ones() -> None:
    history = filled("query-status", "eject id=cd0", "Query-Block", "stop", "query-name")
    assert history.search("QUERY") == (4, "query-name")
    # Ctrl+R again: strictly older than the last match.
    assert history.search("query", before=4) == (2, "Query-Block")
    assert history.search("query", before=2) == (0, "query-status")
    assert history.search("query", before=0) is None
    assert history.search("cd0") == (1, "eject id=cd0")
    assert history.search("nowhere") is None
    assert history.search("") is None
    assert history.search("stop", before=99) == (3, "stop")


# -- masking --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        (
            "set_password protocol=vnc password=hunter2",
            f"set_password protocol=vnc password={MASK}",
        ),
        (
            '{"execute":"change-vnc-password","arguments":{"password":"hunter2"}}',
            json.dumps({"execute": "change-vnc-password", "arguments": {"password": MASK}}),
        ),
        (
            '{"execute": "set_password", "arguments": {"protocol": "vnc",\n'
            '  "password": "hunter2"}, "id": "7"}',
            json.dumps(
                {
                    "execute": "set_password",
                    "arguments": {"protocol": "vnc", "password": MASK},
                    "id": "7",
                },
                indent=2,
            ),
        ),
        (
            "object-add qom-type=secret id=s0 data=hunter2",
            f"object-add qom-type=secret id=s0 data={MASK}",
        ),
        (
            'human-monitor-command command-line="change vnc password hunter2"',
            f'human-monitor-command command-line="change vnc password {MASK}"',
        ),
    ],
)
def test_qmp_secrets_are_masked_in_the_style_typed(typed: str, stored: str) -> None:
    history = filled(typed)
    assert history.entries == (stored,)
    assert "hunter2" not in stored


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("set_password vnc secret", f"set_password vnc {MASK}"),
        ("change vnc password secret", f"change vnc password {MASK}"),
        ("object_add secret,id=s0,data=secret", f"object_add secret,id=s0,data={MASK}"),
        ("info status", "info status"),
    ],
)
def test_hmp_secrets_are_masked(typed: str, stored: str) -> None:
    history = History()
    history.add(typed, "hmp")
    assert history.entries == (stored,)


def test_every_line_of_hmp_text_is_masked() -> None:
    typed = "info status\r\nset_password vnc hunter2\nchange vnc password hunter2\n"
    assert mask_entry(typed, "hmp") == (
        f"info status\r\nset_password vnc {MASK}\nchange vnc password {MASK}\n"
    )


def test_commands_without_secrets_and_unparsable_text_stay_as_typed() -> None:
    assert mask_entry('{"execute": "query-status"}', "qmp") == '{"execute": "query-status"}'
    assert mask_entry("eject  id=cd0", "qmp") == "eject  id=cd0"
    assert mask_entry('{"execute": ', "qmp") == '{"execute": '
    # A second masking changes nothing (the file is masked again on load and save).
    once = mask_entry("set_password protocol=vnc password=secret", "qmp")
    assert mask_entry(once, "qmp") == once


def test_a_repeat_of_a_masked_command_is_one_entry() -> None:
    history = filled(
        "set_password protocol=vnc password=first",
        "set_password protocol=vnc password=second",
    )
    assert history.entries == (f"set_password protocol=vnc password={MASK}",)


# -- the file -------------------------------------------------------------------


def test_default_path_is_under_the_state_folder(tmp_path: Path) -> None:
    # tests/conftest.py points XDG_STATE_HOME into tmp_path.
    assert default_history_path() == tmp_path / "state" / "qmpgui" / "history.json"
    assert HistoryFile().path == default_history_path()


def test_round_trip_across_two_instances() -> None:
    qmp, hmp = History(), History()
    qmp.add("query-status", "qmp")
    qmp.add('{\n  "execute": "stop"\n}', "qmp")
    hmp.add("info status", "hmp")
    assert HistoryFile().save({"qmp": qmp.entries, "hmp": hmp.entries})

    loaded = HistoryFile().load()
    assert loaded.problem is None
    assert loaded.histories["qmp"].entries == qmp.entries
    assert loaded.histories["hmp"].entries == ("info status",)
    data = json.loads(default_history_path().read_text("utf-8"))
    assert data == {"version": 1, "qmp": list(qmp.entries), "hmp": ["info status"]}


def test_missing_file_is_an_empty_history(tmp_path: Path) -> None:
    loaded = HistoryFile(tmp_path / "nowhere" / "history.json").load()
    assert loaded.problem is None
    assert len(loaded.histories["qmp"]) == len(loaded.histories["hmp"]) == 0


def test_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "new" / "history.json"
    HistoryFile(path).save({"qmp": ["stop"]})
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert [p.name for p in path.parent.iterdir()] == ["history.json"]  # no temporary left


def test_plaintext_secrets_in_the_file_are_masked_on_load(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "qmp": ["set_password protocol=vnc password=hunter2", "query-status"],
                "hmp": ["change vnc password hunter2"],
            }
        ),
        "utf-8",
    )
    store = HistoryFile(path)
    loaded = store.load()
    assert loaded.histories["qmp"].entries == (
        f"set_password protocol=vnc password={MASK}",
        "query-status",
    )
    assert loaded.histories["hmp"].entries == (f"change vnc password {MASK}",)
    # Saving writes the masked entries, and masks again whatever it is handed.
    store.save({"qmp": ["set_password protocol=vnc password=hunter2"], "hmp": []})
    assert "hunter2" not in path.read_text("utf-8")


def test_load_keeps_the_newest_entries_within_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    path.write_text(json.dumps({"version": 1, "qmp": [f"c{n}" for n in range(30)]}), "utf-8")
    loaded = HistoryFile(path, limit=10).load()
    assert loaded.histories["qmp"].entries == tuple(f"c{n}" for n in range(20, 30))
    assert loaded.histories["qmp"].limit == 10
    assert loaded.histories["hmp"].entries == ()
    HistoryFile(path, limit=5).save({"qmp": loaded.histories["qmp"].entries})
    assert json.loads(path.read_text("utf-8"))["qmp"] == [f"c{n}" for n in range(25, 30)]


def test_entries_that_are_not_text_are_left_out_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    path.write_text(json.dumps({"version": 1, "qmp": ["stop", 7, None, "cont"]}), "utf-8")
    loaded = HistoryFile(path).load()
    assert loaded.histories["qmp"].entries == ("stop", "cont")
    assert loaded.skipped == 2
    assert loaded.problem is not None and "2 entries" in loaded.problem


@pytest.mark.parametrize(
    "content",
    [b"{not json", b'["a list"]', b'{"version": 1, "qmp": "stop"}', b"\xff\xfe garbage"],
)
def test_a_corrupt_file_is_set_aside_and_reported(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "history.json"
    path.write_bytes(content)
    store = HistoryFile(path)
    loaded = store.load()
    assert loaded.histories["qmp"].entries == loaded.histories["hmp"].entries == ()
    assert loaded.problem is not None
    assert "history.json.corrupt" in loaded.problem and str(path) in loaded.problem
    aside = tmp_path / "history.json.corrupt"
    assert aside.read_bytes() == content
    assert not path.exists()
    # Saving now writes a new file and leaves the corrupt one alone.
    assert store.save({"qmp": ["stop"]})
    assert json.loads(path.read_text("utf-8"))["qmp"] == ["stop"]
    assert aside.read_bytes() == content


def test_an_older_corrupt_copy_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    (tmp_path / "history.json.corrupt").write_text("first", "utf-8")
    path.write_text("second", "utf-8")
    loaded = HistoryFile(path).load()
    assert loaded.problem is not None and "history.json.corrupt-2" in loaded.problem
    assert (tmp_path / "history.json.corrupt").read_text("utf-8") == "first"
    assert (tmp_path / "history.json.corrupt-2").read_text("utf-8") == "second"


def test_an_unreadable_file_is_reported_and_not_written(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    path.mkdir()  # unreadable as a file, whoever runs the tests
    store = HistoryFile(path)
    loaded = store.load()
    assert loaded.problem is not None and "will not be saved" in loaded.problem
    assert loaded.histories["qmp"].entries == ()
    assert not store.save({"qmp": ["cont"]})
    assert path.is_dir() and list(tmp_path.iterdir()) == [path]

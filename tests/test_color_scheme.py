"""QMPGUI_COLOR_SCHEME: the colour scheme asked of Qt at start-up."""

from __future__ import annotations

import pytest

from qmpgui.__main__ import COLOR_SCHEME_VARIABLE, color_scheme_asked


@pytest.mark.parametrize(
    ("value", "asked"),
    [("dark", "dark"), (" Dark\n", "dark"), ("light", "light"), ("", None)],
)
def test_dark_or_light_is_asked_for(
    value: str,
    asked: str | None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(COLOR_SCHEME_VARIABLE, value)
    assert color_scheme_asked() == asked
    assert capsys.readouterr().err == ""


def test_unset_asks_for_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(COLOR_SCHEME_VARIABLE, raising=False)
    assert color_scheme_asked() is None


def test_anything_else_is_said_and_ignored(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(COLOR_SCHEME_VARIABLE, "solarized")
    assert color_scheme_asked() is None
    assert "QMPGUI_COLOR_SCHEME must be dark or light, not 'solarized'" in capsys.readouterr().err

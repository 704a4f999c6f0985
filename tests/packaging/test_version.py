"""One version: pyproject.toml's, which `--version`, the About box, the metainfo's newest
release and CHANGELOG.md's newest entry all say."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

import qmpgui
from qmpgui.app.window_actions import show_about
from tests.helpers.dialogs import when_modal
from tests.helpers.packaging import (
    CHANGELOG,
    changelog_releases,
    metainfo_releases,
    pyproject_version,
)


def test_version_flag_about_metainfo_and_changelog_agree_with_pyproject(qtbot: QtBot) -> None:
    version = pyproject_version()
    said = subprocess.run(
        [sys.executable, "-m", "qmpgui", "--version"], capture_output=True, text=True, check=True
    )
    assert said.stdout.strip() == f"qmpgui {version}"
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = when_modal(QMessageBox, lambda box: box.accept())
    show_about(parent)
    assert seen.texts and f"qmpgui {version}" in seen.texts[0]
    releases = metainfo_releases()
    entries = changelog_releases(CHANGELOG.read_text())
    # Newest first in both; the same release on the same day.
    assert releases[0] == entries[0]
    assert releases[0][0] == version
    assert [r[1] for r in releases] == sorted((r[1] for r in releases), reverse=True)


def test_changelog_keeps_an_unreleased_section_above_the_releases() -> None:
    text = CHANGELOG.read_text()
    assert "## [Unreleased]" in text
    assert text.index("## [Unreleased]") < text.index(f"## [{pyproject_version()}]")


def test_a_source_tree_without_metadata_reads_its_pyproject(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def not_installed(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", not_installed)
    assert qmpgui.package_version() == pyproject_version()
    # Without pyproject.toml, or with another project's, the version is not made up.
    assert qmpgui.package_version(tmp_path / "pyproject.toml") == "unknown"
    other = tmp_path / "pyproject.toml"
    other.write_text('[project]\nname = "other"\nversion = "9.9.9"\n')
    assert qmpgui.package_version(other) == "unknown"

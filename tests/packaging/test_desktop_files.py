"""The desktop entry and the AppStream metainfo, checked by the tools their ecosystem uses
(desktop-file-validate, appstreamcli), as software centres and distributions check them."""

from __future__ import annotations

import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from qmpgui import APP_ID
from tests.helpers.packaging import (
    DESKTOP_FILE,
    METAINFO,
    ROOT,
    desktop_entry,
    validate_desktop_file,
    validate_metainfo,
)


def test_the_desktop_file_and_the_metainfo_validate() -> None:
    desktop = validate_desktop_file(DESKTOP_FILE)
    assert desktop.returncode == 0 and "error" not in desktop.stdout, desktop.stdout
    metainfo = validate_metainfo(METAINFO)
    assert metainfo.returncode == 0, metainfo.stdout + metainfo.stderr
    assert "E:" not in metainfo.stdout and "W:" not in metainfo.stdout, metainfo.stdout


def test_the_validators_report_what_is_wrong(tmp_path: Path) -> None:
    # The checks above mean something only if the tools refuse a broken file.
    desktop = tmp_path / DESKTOP_FILE.name
    desktop.write_text(DESKTOP_FILE.read_text() + "Colour=red\n")
    refused = validate_desktop_file(desktop)
    assert refused.returncode != 0 and "Colour" in refused.stdout
    metainfo = tmp_path / METAINFO.name
    metainfo.write_text(
        METAINFO.read_text().replace(
            "</launchable>",
            "</launchable><screenshots><screenshot type='default'>"
            "<image>docs/screenshot.png</image></screenshot></screenshots>",
        )
    )
    refused = validate_metainfo(metainfo)
    assert refused.returncode != 0 and "web-url-expected" in refused.stdout


def test_one_id_names_the_app_its_desktop_file_icon_and_metainfo() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    launchable = component.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP_FILE.name
    entry = desktop_entry(DESKTOP_FILE)
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "qmpgui"


def test_the_metainfo_states_the_licence_of_LICENSE() -> None:
    licence = (ROOT / "LICENSE").read_text().splitlines()[0]
    assert licence == "MIT License"
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["license"]
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("project_license") == declared == "MIT"
    rating = component.find("content_rating")
    assert rating is not None and rating.get("type", "").startswith("oars-")

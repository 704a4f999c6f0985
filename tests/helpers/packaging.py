"""The packaging files (packaging/, CHANGELOG.md, pyproject.toml) as tests read them, and
the validators of the desktop's ecosystem run on them."""

from __future__ import annotations

import re
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from qmpgui import APP_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP_FILE = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
CHANGELOG = ROOT / "CHANGELOG.md"

#: A released entry's heading in Keep a Changelog's form: `## [0.1.0] - 2026-11-30`.
_RELEASE_HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\] - (?P<date>\d{4}-\d{2}-\d{2})\s*$")


def pyproject_version() -> str:
    """The version pyproject.toml gives the project."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return str(project["version"])


def changelog_releases(text: str) -> list[tuple[str, str]]:
    """(version, date) of each released entry of a changelog's `text`, newest first as
    written; the Unreleased section is not one."""
    found = []
    for line in text.splitlines():
        match = _RELEASE_HEADING.match(line)
        if match:
            found.append((match["version"], match["date"]))
    return found


def metainfo_releases(path: Path = METAINFO) -> list[tuple[str, str]]:
    """(version, date) of each <release> of the metainfo, in the file's order."""
    root = ET.parse(path).getroot()
    return [(r.get("version", ""), r.get("date", "")) for r in root.iterfind("releases/release")]


def validate_desktop_file(path: Path) -> subprocess.CompletedProcess[str]:
    """desktop-file-validate on `path` (exit 1 and `error:` lines on errors)."""
    return subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )


def validate_metainfo(path: Path) -> subprocess.CompletedProcess[str]:
    """`appstreamcli validate --no-net` on `path` (exit 3 and `E:` lines on errors)."""
    return subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )


def desktop_entry(path: Path) -> dict[str, str]:
    """The keys of a desktop file's [Desktop Entry] group (untranslated ones)."""
    entry: dict[str, str] = {}
    group = ""
    for line in path.read_text().splitlines():
        if line.startswith("["):
            group = line.strip()
        elif group == "[Desktop Entry]" and "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            entry[key.strip()] = value.strip()
    return entry


def exec_argv(value: str) -> list[str]:
    """A desktop entry's Exec value as the program's argv, read as the Desktop Entry
    Specification says: the string's escapes first (`\\\\` is one backslash), then
    arguments split at spaces outside double quotes, in which \\" \\` \\$ \\\\ stand for the
    character; field codes (%U, %f, ...) are dropped and %% is %."""
    text = value.replace("\\\\", "\\")
    argv: list[str] = []
    current: list[str] = []
    quoted = escaped = False
    started = False
    for char in text:
        if escaped:
            current.append(char)
            escaped = False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
            started = True
        elif char == " " and not quoted:
            if started or current:
                argv.append("".join(current))
            current, started = [], False
        else:
            current.append(char)
    if started or current:
        argv.append("".join(current))
    codes = {f"%{c}" for c in "fFuUdDnNickvm"}
    return [arg.replace("%%", "%") for arg in argv if arg not in codes]

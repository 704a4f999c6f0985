"""qmpgui: a desktop control panel for QEMU virtual machines, speaking QMP.

The version is written once, in pyproject.toml; `__version__` is what the installed
package's metadata says (a venv, a wheel, the PyInstaller bundle, which carries the
metadata). A source tree that was never installed reads pyproject.toml beside the
package, and anything else says `unknown` rather than a number that may be wrong.
"""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

#: The application's id: AppStream's (packaging/APP_ID.metainfo.xml), the desktop file's
#: name (packaging/APP_ID.desktop, which Wayland compositors match the window to) and the
#: installed icon's name. Reverse-DNS, as AppStream asks.
APP_ID = "org.qmpgui.qmpgui"

#: What `__version__` is when neither the metadata nor pyproject.toml can be read.
UNKNOWN_VERSION = "unknown"


def _source_tree_version(pyproject: Path) -> str | None:
    """The version pyproject.toml at `pyproject` gives qmpgui; None without one."""
    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    version = project.get("version") if project.get("name") == "qmpgui" else None
    return version if isinstance(version, str) else None


#: pyproject.toml of the source tree this package lies in, if it lies in one.
SOURCE_PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def package_version(pyproject: Path = SOURCE_PYPROJECT) -> str:
    """qmpgui's version as a string ("0.1.0"): from the installed metadata, else from the
    source tree's `pyproject` file, else UNKNOWN_VERSION. Raises nothing."""
    try:
        return metadata.version("qmpgui")
    except metadata.PackageNotFoundError:
        return _source_tree_version(pyproject) or UNKNOWN_VERSION


__version__ = package_version()

"""qmpgui: a desktop control panel for QEMU virtual machines, speaking QMP.

The version is written once, in pyproject.toml; `__version__` is what the installed
package's metadata says (a venv, a wheel, the PyInstaller bundle, which carries the
metadata). A source tree that was never installed reads pyproject.toml beside the
package, and anything else says `unknown` rather than a number that may be wrong.
"""

from __future__ import annotations

import functools
from pathlib import Path

#: The application's id: AppStream's (packaging/APP_ID.metainfo.xml), the desktop file's
#: name (packaging/APP_ID.desktop, which Wayland compositors match the window to) and the
#: installed icon's name. Reverse-DNS, as AppStream asks.
APP_ID = "org.qmpgui.qmpgui"

#: What `__version__` is when neither the metadata nor pyproject.toml can be read.
UNKNOWN_VERSION = "unknown"

#: pyproject.toml of the source tree this package lies in, if it lies in one.
SOURCE_PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def _source_tree_version(pyproject: Path) -> str | None:
    """The version pyproject.toml at `pyproject` gives qmpgui; None without one."""
    import tomllib  # noqa: PLC0415 (on first use: see __getattr__)

    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    version = project.get("version") if project.get("name") == "qmpgui" else None
    return version if isinstance(version, str) else None


def package_version(pyproject: Path = SOURCE_PYPROJECT) -> str:
    """qmpgui's version as a string ("0.1.0"): from the installed metadata, else from the
    source tree's `pyproject` file, else UNKNOWN_VERSION. Raises nothing."""
    from importlib import metadata  # noqa: PLC0415 (on first use: see __getattr__)

    try:
        return metadata.version("qmpgui")
    except metadata.PackageNotFoundError:
        return _source_tree_version(pyproject) or UNKNOWN_VERSION


@functools.cache
def _version() -> str:
    return package_version()


def __getattr__(name: str) -> str:
    # `__version__` is read on first use: reading the metadata takes tens of
    # milliseconds, which the programs qmpgui starts (the demo's watchdog, the libvirt
    # worker), importing this package first, should not wait for.
    if name == "__version__":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

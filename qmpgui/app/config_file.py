"""The configuration file while the window runs: watched, read again when it changes,
and saved by merging (qmpgui.store.config_merge), so that an edit made outside the
window is applied, said, and never written over.

Every read and write goes through the FileWriter, one after another, and their results
come back in that order: the base (the file as the window last read or wrote it) moves
forward one file state at a time. One save runs at a time; a save asked meanwhile runs
after it, from the base it left.
"""

from __future__ import annotations

import asyncio
import copy
import functools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from qmpgui.app.messages import Say
from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.store.config import Config, LoadResult
from qmpgui.store.config_conflicts import conflicts
from qmpgui.store.config_merge import (
    Changes,
    FileRead,
    Saved,
    SavedVm,
    base_of,
    find_changes,
    read_config,
    save_merged,
)
from qmpgui.store.writer import FileWriter

#: An editor writes a file in several steps (a temporary file, a rename, a chmod): the
#: file is read once they have been quiet this long (ms).
SETTLE_MS = 200


@dataclass
class Snapshot:
    """What the window would save now: its configuration, and its VM list in order."""

    #: A copy of the live configuration (its `vms` are not used: `vms` are).
    config: Config
    vms: list[SavedVm]
    #: Whatever the window needs to know which of its VMs each of `vms` is, in order.
    owners: list[object]


class ConfigFile(QObject):
    """Watches the configuration file, takes outside edits, saves by merging.

    `snapshot()` gives what to save; `apply(changes, base)` applies an outside edit to
    the window where the window has not changed the same thing since `base` (the
    configuration before the edit), and returns what it applied, as words for the
    message; `written(snapshot)` is told which snapshot is now in the file.
    """

    def __init__(
        self,
        path: Path,
        loaded: LoadResult,
        writer: FileWriter,
        say: Say,
        *,
        snapshot: Callable[[], Snapshot],
        apply: Callable[[Changes, Config], list[str]],
        written: Callable[[Snapshot], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self._writer = writer
        self._say = say
        self._snapshot = snapshot
        self._apply = apply
        self._written = written
        self._base = copy.deepcopy(loaded.config)
        #: False while the file could not be read at start-up: it is never written then
        #: (its content is unknown), until a later read succeeds.
        self._readable = loaded.writable
        #: Why the file as last read cannot be used (said once per reason); None if usable.
        self._invalid: str | None = None
        #: A save was refused for that: it is made once the file is usable again.
        self._unsaved = False
        self._saving = False
        self._save_again = False
        self._closed = False
        #: Problems with values in the file already said (at start-up or since).
        self._said = set(loaded.problems)
        self._watcher = QFileSystemWatcher(self)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.reload)
        # The folder too: an editor that saves by renaming a new file over the old one
        # replaces the inode a file watch follows, and the watch ends.
        self._watcher.fileChanged.connect(lambda _path: self._settle.start())
        self._watcher.directoryChanged.connect(lambda _path: self._settle.start())
        self._watch()

    @property
    def base(self) -> Config:
        """The configuration as the window last read or wrote the file (do not change it)."""
        return self._base

    def _watch(self) -> None:
        # Watches end when their file goes (a rename over it, a removal) and cannot start
        # before it exists: asked again after every read and write. Missing paths fail
        # quietly.
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        wanted = [str(p) for p in (self.path, self.path.parent) if str(p) not in watched]
        if wanted and not self._closed:
            self._watcher.addPaths(wanted)

    # -- reading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the file again (in the FileWriter) and take what changed in it."""
        if self._closed:
            return
        live = self._snapshot().config
        self._writer.submit(read_config, self.path, live).add_done_callback(self._reloaded)

    def _reloaded(self, future: asyncio.Future[FileRead]) -> None:
        if self._closed or future.cancelled():
            return
        self._watch()
        self._take(future.result())  # read_config never raises

    def _take(self, found: FileRead) -> bool:
        """Apply what changed in `found` since the base and say it; whether it is usable."""
        name = self.path.name
        if found.error is not None:
            if found.error != self._invalid:
                self._invalid = found.error
                self._say(
                    Level.WARNING,
                    translate(
                        "ConfigFile",
                        "{path} changed on disk but {error}: not applied; the window keeps its settings and does not save over the file until it is valid again",
                    ).format(path=self.path, error=found.error),
                )
            return False
        was_invalid, self._invalid = self._invalid is not None, None
        if found.loaded is None:  # no file (removed, or not written yet)
            if was_invalid:
                self._say(
                    Level.INFO,
                    translate("ConfigFile", "{path} is gone; the next save writes it again").format(
                        path=self.path
                    ),
                )
            self._save_if_refused()
            return True
        self._readable = True
        loaded = found.loaded
        window = self._snapshot()
        clashes = conflicts(self._base, loaded.config, window.config, window.vms)
        applied = self._apply(find_changes(self._base, loaded.config), self._base)
        self._base = base_of(loaded.config, self._snapshot().config)
        for problem in loaded.problems:
            if problem not in self._said:
                self._say(Level.WARNING, problem)
        self._said = set(loaded.problems)
        if applied:
            self._say(
                Level.INFO,
                translate("ConfigFile", "{name} changed on disk: {v1}").format(
                    name=name, v1=", ".join(applied)
                ),
            )
        elif was_invalid:
            self._say(
                Level.INFO, translate("ConfigFile", "{name} is valid again").format(name=name)
            )
        if clashes and found.data is not None:
            self._keep_aside(found.data, clashes)
        self._save_if_refused()
        return True

    def _keep_aside(self, data: dict[str, object], clashes: list[str]) -> None:
        """The file as edited outside, whose `clashes` with the window's own changes the
        window's values win (a save writes them over it): kept beside the file under
        a name of its own, and said with both values of each clash."""
        aside = self.path.with_name(f"{self.path.name}.edited-{time.strftime('%Y%m%d-%H%M%S')}")
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        head = translate(
            "ConfigFile",
            "{name} was edited on disk while qmpgui changed the same settings: {v1}. qmpgui's values are kept",
        ).format(name=self.path.name, v1="; ".join(clashes))

        def kept(future: asyncio.Future[None]) -> None:
            err = None if future.cancelled() else future.exception()
            if err is None:
                self._say(
                    Level.WARNING,
                    translate("ConfigFile", "{head}; the edited file is kept as {name}").format(
                        head=head, name=aside.name
                    ),
                )
            else:
                reason = getattr(err, "strerror", None) or err
                self._say(
                    Level.WARNING,
                    translate(
                        "ConfigFile", "{head}; the edited file could not be kept aside ({reason})"
                    ).format(head=head, reason=reason),
                )

        try:
            self._writer.write_atomic(aside, text.encode()).add_done_callback(kept)
        except RuntimeError:  # the writer has stopped: the window is gone
            return

    def _save_if_refused(self) -> None:
        if self._unsaved:
            self._unsaved = False
            self.save()

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        """Merge what the window changed since the base into the file as it is now, in
        the FileWriter. Said when refused (the file could not be read at start-up, or
        is not valid now: saved once it is) or when the write fails (the file is then
        as it was)."""
        if not self._readable:
            self._unsaved = True
            self._say(
                Level.WARNING,
                translate(
                    "ConfigFile",
                    "not saved: {path} could not be read at start-up; qmpgui saves its changes once it can read the file",
                ).format(path=self.path),
            )
            return
        if self._saving:
            self._save_again = True
            return
        snapshot = self._snapshot()
        try:
            future = self._writer.submit(
                save_merged, self.path, self._base, snapshot.config, snapshot.vms
            )
        except RuntimeError:  # the writer has stopped: the window is gone
            return
        self._saving = True
        future.add_done_callback(functools.partial(self._saved, snapshot))

    def _saved(self, snapshot: Snapshot, future: asyncio.Future[Saved]) -> None:
        self._saving = False
        err = None if future.cancelled() else future.exception()
        if err is not None or future.cancelled():
            reason = getattr(err, "strerror", None) or err or "cancelled"
            self._say(
                Level.ERROR,
                translate(
                    "ConfigFile", "could not save {path}: {reason}; the previous file is unchanged"
                ).format(path=self.path, reason=reason),
            )
        else:
            saved = future.result()
            if saved.loaded is None:  # the file was unusable: nothing written
                self._unsaved = True
                self._say(
                    Level.WARNING,
                    translate(
                        "ConfigFile",
                        "not saved: {path} {error}; qmpgui saves its changes once the file is valid again",
                    ).format(path=self.path, error=saved.found.error),
                )
                self._invalid = saved.found.error
            elif not self._closed:
                # What changed on disk before this save is applied as a read would apply
                # it; then the file is what was written.
                self._take(saved.found)
                self._base = base_of(saved.loaded.config, self._snapshot().config)
                self._written(snapshot)
                self._watch()
        if self._save_again and not self._closed:
            self._save_again = False
            self.save()

    def save_now(self) -> str | None:
        """Write the save that waits for the one under way here and now, blocking: for
        when no event loop runs any more (qmpgui ends at once), after the file writer
        has finished, and with it the save under way. What went wrong, as a sentence for
        the user; None when all went well (or nothing waited)."""
        if not self._save_again:
            return None
        self._save_again = False
        snapshot = self._snapshot()
        try:
            # The base is the file before the save under way, whose result only the
            # loop could take: merged again, the window's own changes are the same.
            saved = save_merged(self.path, self._base, snapshot.config, snapshot.vms)
        except OSError as err:
            return translate(
                "ConfigFile", "could not save {path}: {v1}; the previous file is unchanged"
            ).format(path=self.path, v1=err.strerror or err)
        if saved.loaded is None:
            return translate("ConfigFile", "not saved: {path} {error}").format(
                path=self.path, error=saved.found.error
            )
        return None

    def close(self) -> None:
        """Stop watching; results still on their way are not applied. A save asked from
        now on is still written (at shutdown the FileWriter finishes it)."""
        self._closed = True
        self._settle.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)

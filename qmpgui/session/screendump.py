"""Screendumps of one VM: QEMU writes a file into our private folder, we read and delete it.

One screendump per VM at a time: every caller of one VM queues on one lock.
What stands in the way (a remote QEMU, another user, no display) is said in
a sentence before or instead of QEMU's raw error.
"""

from __future__ import annotations

import asyncio
import atexit
import os
import shutil
import tempfile
import time
import uuid
import weakref
from dataclasses import dataclass
from pathlib import Path

from qmpgui.i18n import translate
from qmpgui.qmp import CommandFailed, QmpConnection, QmpFailure
from qmpgui.qmp.screendump import (
    NO_DISPLAY,
    Console,
    console_indexes,
    foreign_user_reason,
    parse_console,
    remote_reason,
    screendump_arguments,
    screendump_format,
    write_failed_reason,
)
from qmpgui.session.vm_session import VmSession


class ScreendumpFailure(QmpFailure):
    """A screendump that could not be taken; the message says why and what to do."""


class NoDisplay(ScreendumpFailure):
    """The VM has no console to dump (QEMU was started without a graphics device)."""

    def __init__(self) -> None:
        super().__init__(translate("screendump", NO_DISPLAY))


class _PngFailed(ScreendumpFailure):
    """QEMU refused a PNG screendump of a VM that has a display: PPM may still work."""


@dataclass(frozen=True, slots=True)
class Capture:
    """One screendump: the file QEMU wrote, read back."""

    #: The file's bytes, as QEMU wrote them (a PNG, or a binary PPM).
    data: bytes
    #: "png" or "ppm".
    fmt: str
    #: screendump's round trip, in seconds.
    elapsed_s: float
    #: When the file was read: wall-clock seconds since the epoch (time.time()).
    taken_at: float


#: The private folder, made on first use; made again if something removed it.
_folder: Path | None = None


def private_folder() -> Path:
    """A folder only this user may enter (0700), removed when the program ends.

    Under $XDG_RUNTIME_DIR when it is a writable folder, else under the system's
    temporary folder. Raises OSError when the folder cannot be made.
    """
    global _folder
    if _folder is None or not _folder.is_dir():
        base = os.environ.get("XDG_RUNTIME_DIR")
        base = base if base and os.path.isdir(base) and os.access(base, os.W_OK) else None
        _folder = Path(tempfile.mkdtemp(prefix="qmpgui-screendumps-", dir=base))
        atexit.register(shutil.rmtree, _folder, True)
    return _folder


#: Files of screendumps nobody waited for to the end (cancelled, timed out, cut off):
#: QEMU or libvirt may write one after we stopped waiting, so each is looked for again
#: whenever a screendump is read, and the folder goes when the program ends.
_strays: list[Path] = []
_STRAYS_KEPT = 256


def _abandon(path: Path) -> None:
    path.unlink(missing_ok=True)
    _strays.append(path)
    del _strays[:-_STRAYS_KEPT]


def _read_and_remove(path: Path) -> bytes:
    # Runs on a worker thread. The file goes even when it cannot be read: nothing of a
    # screen is left behind.
    try:
        return path.read_bytes()
    finally:
        path.unlink(missing_ok=True)
        for stray in list(_strays):
            stray.unlink(missing_ok=True)


class Screendumper:
    """Takes screendumps of one VM, one at a time; get it with screendumper(session).

    What it learns is per connection, keyed by the session's `info.connected_since`
    (wall-clock seconds that tell connections apart).
    """

    def __init__(self, session: VmSession) -> None:
        self.session = session
        self._lock = asyncio.Lock()
        #: Whether this QEMU's PNGs have red and blue swapped: (connected_since, verdict).
        self.png_swapped: tuple[float | None, bool | None] = (None, None)
        #: Red/blue checks that could not decide, on the connection of `png_swapped`.
        self.inconclusive_checks = 0
        #: The connection on which PNG failed, so PPM is asked for instead.
        self.png_failed_for: float | None = None

    def obstacle(self) -> str | None:
        """Why no screendump can reach us from this VM, known without asking QEMU: not
        connected, a QEMU on another host, or one running as another user (its uid from
        the unix socket); None when nothing stands in the way. Raises OSError only when
        the private folder cannot be made."""
        conn = self.session.connection
        if conn is None:
            return translate("Screendumper", "{display_name} is not connected").format(
                display_name=self.session.display_name
            )
        if self.session.domain is not None:
            return None  # libvirt streams the picture to us, from any host
        return remote_reason(conn.endpoint) or foreign_user_reason(
            conn.peer_uid, os.getuid(), str(private_folder())
        )

    async def capture(self, fmt: str | None = None, console: Console | None = None) -> Capture:
        """A picture of `console` (the primary display when None) in `fmt` ("png" or
        "ppm"). When `fmt` is None, in the best format this server writes: PNG where
        screendump takes `format` (7.1+, qapi/ui.json), else PPM; a PNG QEMU refuses is
        asked again as PPM, and PPM is asked for the rest of the connection.

        Raises ScreendumpFailure with a sentence saying why (see obstacle(); no display;
        QEMU could not write into the folder; the file cannot be read), CommandFailed for
        another error reply, the other QmpFailures of VmSession.execute (a timeout, a
        lost connection), and OSError when the private folder cannot be made.
        """
        async with self._lock:
            if self.session.domain is not None:
                return await self._capture_libvirt(console)
            conn = self.session.connection
            since = self.session.info.connected_since
            if fmt is not None or conn is None:
                return await self._capture(fmt or "ppm", console)
            best = screendump_format(conn.capabilities)
            if best == "png" and self.png_failed_for != since:
                try:
                    return await self._capture("png", console)
                except _PngFailed:
                    self.png_failed_for = since  # e.g. built without libpng: PPM from now on
            return await self._capture("ppm", console)

    async def _capture(self, fmt: str, console: Console | None) -> Capture:
        # QEMU reports most failures as GenericError: what the VM has (a display, a file
        # written or not) tells the cases apart, since `desc` is not to be parsed.
        reason = self.obstacle()
        conn = self.session.connection
        if reason is not None or conn is None:
            raise ScreendumpFailure(reason or translate("Screendumper", "not connected"))
        if conn.endpoint.is_ssh and isinstance(conn, QmpConnection):
            return await self._capture_remote(conn, fmt, console)
        folder = private_folder()
        path = folder / f"{uuid.uuid4().hex}.{fmt}"
        arguments = screendump_arguments(conn.capabilities, str(path), fmt, console)
        start = time.monotonic()
        loop = asyncio.get_running_loop()
        try:
            await self.session.execute("screendump", arguments)
        except CommandFailed as failure:
            written = path.exists()
            path.unlink(missing_ok=True)
            if failure.error_class == "GenericError":
                if not await self.consoles():
                    raise NoDisplay from None
                if fmt == "png":
                    raise _PngFailed(failure.message) from None
                if not written:
                    raise ScreendumpFailure(
                        write_failed_reason(failure.desc, str(folder))
                    ) from None
            raise
        except BaseException:
            _abandon(path)
            raise
        elapsed = time.monotonic() - start
        try:
            data = await loop.run_in_executor(None, _read_and_remove, path)
        except OSError as err:
            raise ScreendumpFailure(
                translate(
                    "Screendumper",
                    "QEMU reported the screendump written, but {path} cannot be read: {v1}",
                ).format(path=path, v1=err.strerror or err)
            ) from None
        return Capture(data, fmt, elapsed, time.time())

    async def _capture_libvirt(self, console: Console | None) -> Capture:
        """A libvirt domain's screen through libvirt's screenshot stream (virDomainScreenshot),
        which the worker writes into the private folder: it works for a domain on another
        host too, and libvirt writes the format it chooses (PNG or PPM, by its MIME type)."""
        domain = self.session.domain
        if domain is None or not self.session.connected:
            raise ScreendumpFailure(
                translate("Screendumper", "{display_name} is not connected").format(
                    display_name=self.session.display_name
                )
            )
        path = private_folder() / f"{uuid.uuid4().hex}.img"
        start = time.monotonic()
        screen = console.index if console is not None else 0
        try:
            mime = await domain.call("screenshot", path=str(path), screen=screen)
        except QmpFailure as failure:
            _abandon(path)  # the worker may still be writing it
            raise ScreendumpFailure(
                translate("Screendumper", "libvirt took no screenshot: {message}").format(
                    message=failure.message
                )
            ) from None
        except BaseException:
            _abandon(path)
            raise
        elapsed = time.monotonic() - start
        try:
            data = await asyncio.get_running_loop().run_in_executor(None, _read_and_remove, path)
        except OSError as err:
            raise ScreendumpFailure(
                translate(
                    "Screendumper", "libvirt's screenshot {path} cannot be read: {v1}"
                ).format(path=path, v1=err.strerror or err)
            ) from None
        return Capture(data, "png" if mime == "image/png" else "ppm", elapsed, time.time())

    async def _capture_remote(
        self, conn: QmpConnection, fmt: str, console: Console | None
    ) -> Capture:
        """QEMU on another host writes into /tmp there; the file comes back over SFTP
        on the VM's SSH connection and is removed there, read or not."""
        files = conn.remote_files
        if files is None:
            raise ScreendumpFailure(
                translate("Screendumper", "{display_name}: the SSH connection is gone").format(
                    display_name=self.session.display_name
                )
            )
        path = files.temp_path(fmt)
        arguments = screendump_arguments(conn.capabilities, path, fmt, console)
        start = time.monotonic()
        try:
            await self.session.execute("screendump", arguments)
        except CommandFailed as failure:
            written = await files.exists(path)
            await files.remove(path)
            if failure.error_class == "GenericError":
                if not await self.consoles():
                    raise NoDisplay from None
                if fmt == "png":
                    raise _PngFailed(failure.message) from None
                if not written:
                    raise ScreendumpFailure(
                        write_failed_reason(
                            failure.desc,
                            translate("Screendumper", "{folder} on {host}").format(
                                folder=files.folder, host=files.host
                            ),
                        )
                    ) from None
            raise
        except BaseException:
            await files.remove(path)
            raise
        elapsed = time.monotonic() - start
        try:
            data = await files.fetch_and_remove(path)
        except OSError as err:
            raise ScreendumpFailure(
                translate(
                    "Screendumper",
                    "QEMU reported the screendump written, but {path} on {host} cannot be read over SFTP: {v2}",
                ).format(path=path, host=files.host, v2=err.strerror or err)
            ) from None
        return Capture(data, fmt, elapsed, time.time())

    async def consoles(self) -> list[Console]:
        """The VM's graphical consoles (QOM /backend/console[N], each with its `device`
        and `head`), in index order; [] when it has none. An error reply reads as no
        console (or one without a device); other QmpFailures (a timeout, a lost
        connection) are raised."""
        try:
            names = await self.session.execute("qom-list", {"path": "/backend"})
        except CommandFailed:
            return []  # no /backend: no console was ever created
        found = []
        for index in console_indexes(names):
            path = f"/backend/console[{index}]"
            try:
                device = await self.session.execute("qom-get", {"path": path, "property": "device"})
                head = await self.session.execute("qom-get", {"path": path, "property": "head"})
            except CommandFailed:
                device, head = None, 0
            found.append(parse_console(index, device, head))
        return found


#: Weak keys: a session's dumper goes with the session.
_dumpers: weakref.WeakKeyDictionary[VmSession, Screendumper] = weakref.WeakKeyDictionary()


def screendumper(session: VmSession) -> Screendumper:
    """The one Screendumper of `session`, so that all its users share one queue; made on
    first use. Never raises."""
    dumper = _dumpers.get(session)
    if dumper is None:
        dumper = _dumpers[session] = Screendumper(session)
    return dumper

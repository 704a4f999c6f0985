"""Help → User guide: the README's part for users (up to its "For developers"
heading), shown from the disk without a network. Pictures come from docs/ beside the
README when they are there; links to a section of the guide go there, other links open
in the desktop's programs."""

from __future__ import annotations

import asyncio
import importlib.metadata
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

import qmpgui
from qmpgui.i18n import translate

#: Where the user's part of the README ends.
DEVELOPERS_HEADING = "## For developers"
#: Pictures wider than this are shown narrower, to fit the guide's window (pixels).
PICTURE_WIDTH = 820
_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")


@dataclass(frozen=True)
class Guide:
    """The guide's Markdown, the folder its pictures are relative to (None: none) and
    the pictures, read and fitted to PICTURE_WIDTH, by their path in the Markdown."""

    markdown: str
    folder: Path | None
    pictures: dict[str, QImage] = field(default_factory=dict)


def slug(heading: str) -> str:
    """A heading's anchor as GitHub makes it: "VMs on other hosts (ssh://)" →
    "vms-on-other-hosts-ssh"."""
    kept = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return kept.replace(" ", "-")


def read_guide(readme: Path | None = None) -> Guide:
    """The user's part of the README: `readme`, else the README.md beside the package
    (a checkout), else the installed package's description. Pictures missing on disk
    become their words. Blocking (files): call it from a worker thread."""
    folder: Path | None = None
    path = readme or Path(qmpgui.__file__).resolve().parent.parent / translate(
        "user_guide", "README.md"
    )
    try:
        text = path.read_text(encoding="utf-8")
        folder = path.parent
    except OSError:
        try:
            described = importlib.metadata.metadata("qmpgui").json.get("description", "")
        except importlib.metadata.PackageNotFoundError:
            described = ""
        text = described if isinstance(described, str) else ""
    if not text.strip():
        text = translate(
            "user_guide",
            "# qmpgui\n\nThe user guide was not found: it is the README of qmpgui's source.",
        )
    text = text.split(f"\n{DEVELOPERS_HEADING}\n", 1)[0]

    pictures: dict[str, QImage] = {}

    def picture(found: re.Match[str]) -> str:
        # Read here, off the window's thread (QImage may be made in any thread).
        image = QImage(str(folder / found.group(2))) if folder is not None else QImage()
        if image.isNull():
            return translate("user_guide", "*(picture: {v0})*").format(v0=found.group(1))
        pictures[found.group(2)] = image.scaledToWidth(
            min(image.width(), PICTURE_WIDTH), Qt.TransformationMode.SmoothTransformation
        )
        return found.group(0)

    return Guide(_IMAGE.sub(picture, text), folder, pictures)


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that fits wide pictures to the guide and jumps to sections."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuideBrowser")
        self.setOpenLinks(False)
        self.anchorClicked.connect(self.follow)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        loaded = super().loadResource(kind, name)
        url = QUrl(name)
        if kind == QTextDocument.ResourceType.ImageResource.value and url.isLocalFile():
            image = QImage(url.toLocalFile())
            if not image.isNull():
                return image.scaledToWidth(min(image.width(), PICTURE_WIDTH))
        return loaded

    def show_guide(self, guide: Guide) -> None:
        """Show `guide`, each heading an anchor named as GitHub names it."""
        document = self.document()
        if guide.folder is not None:
            document.setBaseUrl(QUrl.fromLocalFile(f"{guide.folder}/"))
        self.setMarkdown(guide.markdown)  # (which forgets the document's resources)
        for path, image in guide.pictures.items():
            # By the address the document asks for: the path resolved against the README's.
            url = document.baseUrl().resolved(QUrl(path))
            document.addResource(QTextDocument.ResourceType.ImageResource.value, url, image)
        # One edit block for all the headings: changed one by one, the layout keeps
        # stale heights and whole chapters after the first headings show blank.
        editing = QTextCursor(document)
        editing.beginEditBlock()
        try:
            block = document.begin()
            while block.isValid():
                if block.blockFormat().headingLevel() > 0:
                    cursor = QTextCursor(block)
                    cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
                    anchor = QTextCharFormat()
                    anchor.setAnchor(True)
                    anchor.setAnchorNames([slug(block.text())])
                    cursor.mergeCharFormat(anchor)
                block = block.next()
        finally:
            editing.endEditBlock()

    def follow(self, url: QUrl) -> None:
        """A section of the guide is scrolled to; anything else opens outside."""
        if not url.scheme() and not url.path() and url.hasFragment():
            self.scrollToAnchor(url.fragment())
            return
        QDesktopServices.openUrl(self.document().baseUrl().resolved(url))


class UserGuide(QDialog):
    """The guide in a window of its own (not modal); it fills once read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(translate("UserGuide", "qmpgui user guide"))
        self.browser = GuideBrowser()
        self.browser.setPlainText(translate("UserGuide", "Reading the guide…"))
        self.loaded = False
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(920, 760)
        self._reading: asyncio.Future[Guide] | None = None

    def load(self, readme: Path | None = None) -> None:
        """Read the guide in a worker thread and show it when read."""
        if self._reading is not None:
            return
        loop = asyncio.get_running_loop()
        self._reading = loop.run_in_executor(None, read_guide, readme)
        self._reading.add_done_callback(self._read)

    def _read(self, reading: asyncio.Future[Guide]) -> None:
        if reading.cancelled():
            return
        error = reading.exception()
        try:
            if error is not None:
                self.browser.setPlainText(
                    translate("UserGuide", "The guide could not be read: {error}").format(
                        error=error
                    )
                )
                return
            self.browser.show_guide(reading.result())
        except RuntimeError:  # the window was closed for good while the guide was read
            return
        self.loaded = True

"""What the user can do with the console's transcript: its context menu (copy a
request, a reply, an event or lines; send again; show all), the Show all and Save
rows under a cut reply, and saving a reply or the whole transcript to a file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from qmpgui.i18n import translate
from qmpgui.log.entry import Level
from qmpgui.models.transcript import Action, Item, TranscriptModel
from qmpgui.qmp.shorthand import to_shorthand
from qmpgui.session import VmSession
from qmpgui.session.console import Exchange
from qmpgui.ui.console_host import ConsoleHost
from qmpgui.ui.files import write_text
from qmpgui.ui.transcript_view import TranscriptView


class TranscriptActions(QObject):
    """The transcript's menu and files for one console.

    `owner`: the console, parent of the menu and the file dialogs. `model` and `view`:
    its transcript. `host` runs the writes and says how they went. `edit_again` puts
    an exchange's request back in the input, to send it again.
    """

    def __init__(
        self,
        owner: QWidget,
        session: VmSession,
        host: ConsoleHost,
        model: TranscriptModel,
        view: TranscriptView,
        *,
        edit_again: Callable[[Exchange], None],
    ) -> None:
        super().__init__(owner)
        self.owner = owner
        self.session = session
        self.host = host
        self.model = model
        self.output = view
        self._edit_again = edit_again

    # -- the menu ----------------------------------------------------------------------------

    def popup(self, pos: QPoint) -> None:
        """The menu for the row at `pos`, in the view's viewport, if it has anything."""
        menu = self.menu_for(self.output.indexAt(pos))
        if not menu.isEmpty():
            menu.popup(self.output.viewport().mapToGlobal(pos))

    def menu_for(self, index: QModelIndex) -> QMenu:
        """Copy, send again, show all and save, for the row at `index`.

        The actions hold items and texts, never model indexes: rows can go (the
        bound, events arriving) while the menu is open.
        """
        item = self.model.item(index)
        menu = QMenu(self.owner)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # it holds a reply
        exchange = item.exchange if item is not None else None
        if exchange is not None:
            menu.addAction(
                translate("TranscriptActions", "Copy request as &JSON"),
                lambda: _copy(json.dumps(exchange.shown)),
            )
            menu.addAction(
                translate("TranscriptActions", "Copy request as &qmp-shell"),
                lambda: _copy(to_shorthand(exchange.command, exchange.shown.get("arguments"))),
            )
            if exchange.reply is not None:
                menu.addAction(
                    translate("TranscriptActions", "Copy &reply as JSON"),
                    lambda: _copy(json.dumps(exchange.reply, indent=2)),
                )
            menu.addAction(
                translate("TranscriptActions", "Copy e&xchange (JSON Lines)"),
                lambda: _copy(json.dumps(exchange.record())),
            )
            menu.addAction(
                translate("TranscriptActions", "Send &again…"), lambda: self._edit_again(exchange)
            )
        if item is not None and item.event is not None:
            event = item.event
            menu.addAction(
                translate("TranscriptActions", "Copy event as &JSON"),
                lambda: _copy(json.dumps(dict(event.raw))),
            )
        if item is not None and item.head is not None:
            menu.addAction(translate("TranscriptActions", "Show &all"), lambda: self.show_all(item))
            menu.addAction(
                translate("TranscriptActions", "Save reply to a &file…"),
                lambda: self.save_reply(item),
            )
        lines = [
            line
            for i in self.output.selectionModel().selectedRows()
            if (line := self.model.line(i)) is not None
        ]
        if lines:
            text = "\n".join(self.model.text_of(line, padded=True) for line in lines)
            menu.addAction(translate("TranscriptActions", "&Copy lines"), lambda: _copy(text))
        return menu

    def on_action(self, action: str, index: QModelIndex) -> None:
        """The view activated a Show all or Save row at `index`."""
        item = self.model.item(index)
        if item is None:
            return
        if action == Action.SHOW_ALL:
            self.show_all(item)
        elif action == Action.SAVE:
            self.save_reply(item)

    def show_all(self, item: Item) -> None:
        """A cut reply shown whole, as a folded tree."""
        self.model.show_all(self.model.index_of(item))
        top = self.model.index_of(item)
        if top.isValid():
            self.output.reveal(top, expand_all=False)

    # -- files -------------------------------------------------------------------------------

    def save_reply(self, item: Item) -> None:
        """Ask where, then write the reply of `item` as pretty JSON in the background."""
        exchange = item.exchange
        if exchange is None or exchange.reply is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self.owner,
            translate("TranscriptActions", "Save reply"),
            f"{exchange.command}-reply.json",
            translate("TranscriptActions", "JSON (*.json)"),
        )
        if path:
            text = item.full_text or json.dumps(exchange.reply, indent=2)
            self.host.spawn(self._write(Path(path), text + "\n", "reply"))

    def save_transcript(self) -> None:
        """Ask where, then write the transcript (see transcript_text) in the background."""
        path, _filter = QFileDialog.getSaveFileName(
            self.owner,
            translate("TranscriptActions", "Save transcript"),
            f"{self.session.display_name}-console.jsonl",
            translate("TranscriptActions", "JSON Lines (*.jsonl);;Text (*.txt)"),
        )
        if path:
            self.host.spawn(
                self._write(Path(path), self.transcript_text(path.endswith(".txt")), "transcript")
            )

    def transcript_text(self, plain: bool) -> str:
        """The transcript as JSON Lines (or readable text), passwords masked."""
        out = []
        for item in self.model.items():
            if item.exchange is not None:
                record = item.exchange.record()
                if plain:
                    reply = json.dumps(record.get("reply", record.get("failure")), indent=2)
                    out.append(f"> {json.dumps(record['request'])}\n< {reply}")
                else:
                    out.append(json.dumps(record, ensure_ascii=False))
            elif item.event is not None:
                raw = dict(item.event.raw)
                out.append(f"! {json.dumps(raw)}" if plain else json.dumps({"event": raw}))
            elif item.note:
                out.append(f"# {item.note}" if plain else json.dumps({"note": item.note}))
        return "\n".join(out) + "\n"

    async def _write(self, path: Path, text: str, what: str) -> None:
        problem = await write_text(path, text)
        if problem is not None:
            self.host.message(
                Level.ERROR,
                translate(
                    "TranscriptActions", "could not save the {what} to {path}: {problem}"
                ).format(what=what, path=path, problem=problem),
                vm=self.session,
            )
        else:
            self.host.message(
                Level.INFO,
                translate("TranscriptActions", "saved the {what} to {path}").format(
                    what=what, path=path
                ),
                vm=self.session,
            )


def _copy(text: str) -> None:
    QGuiApplication.clipboard().setText(text)

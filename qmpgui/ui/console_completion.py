"""Completion and templates for the console's input: QMP commands and arguments from
the server's schema, HMP commands from its `help` and `help info`, asked once per
connection; Ctrl+T and a command picked from the popup give a JSON template."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject

from qmpgui.i18n import translate
from qmpgui.qmp import QmpFailure, completion, hmp
from qmpgui.qmp.completion import Completion, complete
from qmpgui.qmp.live_completion import value_kind
from qmpgui.qmp.schema import SchemaIndex
from qmpgui.qmp.shorthand import InputError, parse_input
from qmpgui.qmp.transaction import opens_transaction
from qmpgui.session import VmSession
from qmpgui.session.console import HMP_COMMAND
from qmpgui.session.live_values import live_values
from qmpgui.store.history import Mode
from qmpgui.ui.console_host import ConsoleHost
from qmpgui.ui.console_input import ConsoleInput


class ConsoleCompletion(QObject):
    """What the console's input completes, for `session`.

    `host` runs the HMP help request; `input_` is the console's input; `mode` says
    the console's mode (QMP or HMP) when asked.
    """

    def __init__(
        self,
        session: VmSession,
        host: ConsoleHost,
        input_: ConsoleInput,
        mode: Callable[[], Mode],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.host = host
        self.input = input_
        self._mode = mode
        self._hmp_help: tuple[float | None, list[hmp.HmpCommand], list[hmp.HmpCommand]] | None = (
            None
        )
        self._hmp_asked: float | None = None
        #: The VM's own names (ids, nodes, jobs, ...) for argument values.
        self.live = live_values(session)
        self.live.updated.connect(self._live_updated)
        #: The text before the cursor when Tab found no names kept yet, else None.
        self._waiting: str | None = None

    def schema(self) -> SchemaIndex:
        """What the connected server offers (nothing while disconnected)."""
        return self.session.server_caps.schema or SchemaIndex()

    def complete(self, before: str) -> Completion | None:
        """The completions of the text `before` the cursor; None while HMP's help is
        still being asked for."""
        if self._mode() == "qmp":
            found = complete(self.schema(), before, self._live_values)
            # Nothing kept yet for a name asked behind: offered when the names come.
            self._waiting = before if found is None or not found.items else None
            return found
        help_ = self._hmp_commands()
        if help_ is None:
            return None
        lines = hmp.complete(help_[0], help_[1], before)
        return Completion(0, before, tuple(completion.Item(line, line) for line in lines))

    def _live_values(
        self, command: str, key: str, prefix: str, typed: Mapping[str, str]
    ) -> list[str]:
        kind = value_kind(command, key)
        return [] if kind is None else self.live.values(kind, prefix, typed)

    def _live_updated(self, _kind: str) -> None:
        # The names came after Tab: offered now, as Tab would, if nothing was typed since.
        waiting, self._waiting = self._waiting, None
        if (
            self._mode() == "qmp"
            and waiting is not None
            and self.input.text_before_cursor() == waiting
        ):
            self.input.show_completions(explicit=True)

    def _hmp_commands(self) -> tuple[list[hmp.HmpCommand], list[hmp.HmpCommand]] | None:
        """HMP's `help` and `help info`, asked once per connection; None until they come."""
        since = self.session.info.connected_since
        if self._hmp_help is not None and self._hmp_help[0] == since:
            return self._hmp_help[1], self._hmp_help[2]
        if self.session.connected and self._hmp_asked != since:
            self._hmp_asked = since
            self.host.spawn(self._load_hmp_help(since))
        return None

    async def _load_hmp_help(self, since: float | None) -> None:
        try:
            commands = await self.session.execute(HMP_COMMAND, {"command-line": "help"})
            infos = await self.session.execute(HMP_COMMAND, {"command-line": "help info"})
        except QmpFailure:  # completion is a convenience: ask again next time
            self._hmp_asked = None
            return
        self._hmp_help = (since, hmp.parse_help(str(commands)), hmp.parse_info_help(str(infos)))
        if self._mode() == "hmp" and self.input.hasFocus():
            self.input.show_completions(explicit=False)

    def command_chosen(self, name: str) -> None:
        """A command picked from the popup in shorthand gets its required arguments."""
        if self._mode() != "qmp" or self.input.toPlainText().lstrip().startswith("{"):
            return
        info = self.schema().commands.get(name)
        if info is not None and info.required and self.input.toPlainText().strip() == name:
            self.input.set_text(info.template())

    def insert_template(self) -> str | None:
        """Ctrl+T: the JSON form of the command typed, with its required arguments; of a
        transaction block, the `transaction` it sends.

        Returns why there is none to insert (no such command, nothing typed, a block
        that does not parse), or None.
        """
        if self._mode() != "qmp":
            return None
        text = self.input.toPlainText().strip()
        if opens_transaction(text):
            try:
                message = parse_input(text).message()
            except InputError as err:
                return str(err)
            self.input.set_text(json.dumps(message, indent=2))
            return None
        word = text.split()[0] if text and not text.startswith("{") else ""
        if text.startswith("{"):
            try:
                word = parse_input(text).command
            except InputError:
                return None
        info = self.schema().commands.get(word)
        if info is None:
            return (
                translate("ConsoleCompletion", "no command '{word}' on this VM").format(word=word)
                if word
                else translate("ConsoleCompletion", "type a command first")
            )
        self.input.set_text(json.dumps(info.json_template(), indent=2))
        return None

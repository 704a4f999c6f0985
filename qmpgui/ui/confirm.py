"""The confirmation asked before an action that loses guest state or data."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from qmpgui.i18n import translate


@dataclass(frozen=True, slots=True)
class Answer:
    confirmed: bool
    dont_ask_again: bool = False


class ConfirmDialog(QMessageBox):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        question: str,
        names: list[str],
        *,
        detail: str,
        accept_text: str,
        offer_dont_ask: bool,
        cancel_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(title)
        listed = "".join(f"<li><b>{_escape(name)}</b></li>" for name in names)
        self.setText(f"{_escape(question)}<ul>{listed}</ul>" if names else _escape(question))
        if detail:
            self.setInformativeText(_escape(detail))
        self.accept_button = self.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
        self.accept_button.setObjectName("confirmAccept")
        cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        if cancel_text:  # the answer that changes nothing, named for what it keeps
            cancel.setText(cancel_text)
        self.setDefaultButton(cancel)  # Enter alone never destroys anything
        self.setEscapeButton(cancel)
        self.dont_ask = QCheckBox(
            translate("ConfirmDialog", "Don't ask again (confirm_destructive in the config file)")
        )
        self.dont_ask.setObjectName("confirmDontAsk")
        if offer_dont_ask:
            self.setCheckBox(self.dont_ask)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        question: str,
        names: list[str],
        *,
        detail: str = "",
        accept_text: str = "OK",
        offer_dont_ask: bool = True,
        cancel_text: str = "",
    ) -> Answer:
        dialog = cls(
            parent,
            title,
            question,
            names,
            detail=detail,
            accept_text=accept_text,
            offer_dont_ask=offer_dont_ask,
            cancel_text=cancel_text,
        )
        try:
            dialog.exec()
            confirmed = dialog.clickedButton() is dialog.accept_button
            return Answer(confirmed, confirmed and dialog.dont_ask.isChecked())
        finally:
            dialog.deleteLater()  # a hidden dialog per question would pile up in the window


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

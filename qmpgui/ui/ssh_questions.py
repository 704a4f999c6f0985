"""The window's answers to SSH's questions: an unknown host key to trust, a password
or passphrase to type. Each is a window-modal dialog opened with open(), never exec():
the event loop goes on (other VMs, the SSH connection's keepalives) while the user
reads, and an asyncio future carries the answer back to the connection that asked.
What is typed is handed over once and cleared from the dialog; nothing is kept.
"""

from __future__ import annotations

import asyncio
import html

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from qmpgui.i18n import translate


class SshQuestions:
    """qmp.ssh's SshAsker for one window."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    async def confirm_host_key(self, host: str, key_type: str, fingerprint: str) -> bool:
        box = QMessageBox(self._parent)
        box.setObjectName("sshHostKeyDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("SshQuestions", "Unknown SSH host"))
        box.setText(
            translate(
                "SshQuestions", "The authenticity of host <b>{v0}</b> can't be established."
            ).format(v0=html.escape(host))
        )
        box.setInformativeText(
            translate(
                "SshQuestions",
                "{v0} key fingerprint is<br><tt>{v1}</tt><br><br>Check it with the host's administrator; on the host,<br><tt style='white-space: pre'>ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub</tt><br>shows it. Trusted, it is added to ~/.ssh/known_hosts and not asked again.",
            ).format(v0=html.escape(key_type), v1=html.escape(fingerprint))
        )
        trust = box.addButton(
            translate("SshQuestions", "Trust and connect"), QMessageBox.ButtonRole.AcceptRole
        )
        trust.setObjectName("sshTrustHostKey")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)  # Enter alone trusts nothing
        box.setEscapeButton(cancel)
        answer: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

        def finished(_result: int) -> None:
            if not answer.done():
                answer.set_result(box.clickedButton() is trust)

        box.finished.connect(finished)
        box.open()
        try:
            return await answer
        finally:
            box.finished.disconnect(finished)
            box.close()
            box.deleteLater()

    async def secret(self, prompt: str) -> str | None:
        dialog = QInputDialog(self._parent)
        dialog.setObjectName("sshSecretDialog")
        dialog.setWindowTitle("SSH")
        dialog.setLabelText(prompt[:1].upper() + prompt[1:] + ":")
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        answer: asyncio.Future[str | None] = asyncio.get_running_loop().create_future()

        def finished(result: int) -> None:
            if not answer.done():
                answer.set_result(dialog.textValue() if result else None)
            dialog.setTextValue("")  # not kept in the widget

        dialog.finished.connect(finished)
        dialog.open()
        try:
            return await answer
        finally:
            dialog.finished.disconnect(finished)
            dialog.close()
            dialog.deleteLater()

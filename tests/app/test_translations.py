"""Translations: the window's words go through Qt's translators, the template made by
scripts/translations.sh holds every one of them, and a compiled translation changes
what the window says.

The window is checked under a pseudo-translation (every string Qt is asked for comes
back as ⟦text⟧), the usual way to find words a translator could never reach: a word
shown without the brackets was not asked for."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from qmpgui import i18n
from qmpgui.app.languages import install_translations
from qmpgui.app.main_window import MainWindow
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "translations.sh"
TEMPLATE = ROOT / "resources" / "translations" / "qmpgui.ts"
#: A key combination (the Send key menu's entries): key names, not words to translate.
KEYS = re.compile(r"((Ctrl|Alt|Shift)\+)+[\w ]+")


class Pseudo(QTranslator):
    """Answers every string with ⟦string⟧ and keeps what it was asked: (context, text)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        self.asked.add((context, source))
        return f"⟦{source}⟧"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo() -> Iterator[Pseudo]:
    app = QCoreApplication.instance()
    assert app is not None
    translator = Pseudo()
    app.installTranslator(translator)
    i18n.install(QCoreApplication.translate)
    yield translator
    app.removeTranslator(translator)
    i18n.install(lambda _context, text: text)


def messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every message in the Qt Linguist file `ts`."""
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


def made_template(tmp_path: Path) -> set[tuple[str, str]]:
    out = tmp_path / "template.ts"
    subprocess.run([str(SCRIPT), str(out)], check=True, capture_output=True, timeout=120)
    return messages(out)


def shown_words(window: MainWindow) -> dict[str, str]:
    """What the window shows in words a translator owns, by where: menus, tabs, buttons,
    group boxes, table headers, placeholders and the fields' explanations of the current
    pane and the window."""
    shown: dict[str, str] = {}

    def menu_words(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator() or action.property("data_named"):
                continue
            shown[f"{path} → {action.text()}"] = action.text()
            if action.menu() is not None:
                menu_words(action.menu(), f"{path} → {action.text()}")

    for action in window.menuBar().actions():
        shown[f"menu {action.text()}"] = action.text()
        if action.menu() is not None:
            menu_words(action.menu(), action.text())
    for action in window.findChildren(QAction):
        if action.toolTip() and not action.property("data_named"):
            shown[f"tooltip of {action.objectName()}"] = action.toolTip()
    for tabs in window.findChildren(QTabWidget):
        for i in range(tabs.count()):
            shown[f"tab {tabs.tabText(i)}"] = tabs.tabText(i)
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QAbstractButton) and widget.text():
            shown[where] = widget.text()
        elif isinstance(widget, QGroupBox) and widget.title():
            shown[where] = widget.title()
        elif isinstance(widget, QLabel) and widget.buddy() is not None and widget.toolTip():
            # A field's label: explained by the glossary, in the user's language.
            shown[f"{where} tooltip"] = widget.toolTip()
        elif isinstance(widget, QLineEdit) and widget.placeholderText():
            shown[f"{where} placeholder"] = widget.placeholderText()
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(header, str) and header:
                    shown[f"{where} column {column}"] = header
    return shown


@pytest.mark.qemu
def test_every_word_of_the_window_and_its_panes_reaches_the_translator_and_the_template(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner, pseudo: Pseudo, tmp_path: Path
) -> None:
    window = windows.on(qemu)
    window.vm_list.selectRow(0)
    untranslated: set[str] = set()
    for index in range(window.panes.count()):
        window.panes.setCurrentIndex(index)
        arun.wait(window.panes.widget(index).isVisible)
        QApplication.processEvents()
        untranslated |= {
            f"{where}: {text!r}"
            for where, text in shown_words(window).items()
            if "⟦" not in text and not KEYS.fullmatch(text.replace("&", ""))
        }
    assert not untranslated, sorted(untranslated)
    # Each string asked for is in the template, under the same context: what the source
    # computes at run time (a translate() of a variable) would be missing there.
    # Qt asks for its own words too (QShortcut's key names, QWhatsThisAction's...),
    # under its classes' names: qtbase's translations have them.
    template = made_template(tmp_path)
    contexts = {context for context, _ in template}
    ours = {(c, t) for c, t in pseudo.asked if c in contexts or not c.startswith("Q")}
    missing = ours - template
    assert not missing, sorted(missing)


def test_the_template_in_the_repository_is_the_one_the_script_makes(tmp_path: Path) -> None:
    made = made_template(tmp_path)
    assert len(made) > 1000, "the template holds too few strings"
    assert ("MainWindow", "qmpgui closed") in made
    kept = messages(TEMPLATE)
    assert kept == made, (
        "resources/translations/qmpgui.ts is not current: run scripts/translations.sh; "
        f"new: {sorted(made - kept)[:10]}, gone: {sorted(kept - made)[:10]}"
    )


@pytest.mark.qemu
def test_a_compiled_translation_changes_what_the_window_says(
    qemu: QemuVm, windows: Windows, tmp_path: Path
) -> None:
    source = tmp_path / "qmpgui_de.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="de"><context><name>actions</name>'
        "<message><source>&amp;Pause</source><translation>&amp;Anhalten</translation>"
        "</message></context><context><name>VmListPanel</name>"
        # A translator's slip: a placeholder of its own, which format() cannot fill.
        "<message><source>{visible} of {every}</source>"
        "<translation>{sichtbar} von {every}</translation></message></context></TS>\n"
    )
    lrelease = ROOT / ".venv" / "bin" / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(source)], check=True, capture_output=True, timeout=60)
    app = QCoreApplication.instance()
    assert app is not None
    loaded = install_translations(app, QLocale(QLocale.Language.German), tmp_path)
    try:
        assert loaded and loaded[0].endswith("qmpgui_de.qm")
        window = windows.on(qemu)
        pause = window.findChild(QAction, "actionStop")
        assert pause is not None
        assert pause.text() == "&Anhalten"
        # The slip costs the German words of that one note, not the list: the filter
        # still works and its note reads in English.
        window.vm_list_panel.filter_box.setText(qemu.name[:3])
        assert window.vm_list_panel.hidden_note.text() == "1 of 1"
        assert window.vm_list.model().rowCount() == 1
    finally:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
        i18n.install(lambda _context, text: text)

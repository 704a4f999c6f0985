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
from qmpgui.i18n import PLURAL, translate
from qmpgui.ui.panes.machine import MachinePane
from qmpgui.ui.panes.trace import CHECKED, TracePane
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.screen_view import show_screen
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
    i18n.install(None)


def numerus(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of the plural (numerus) messages in the Qt Linguist file `ts`."""
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    }


def compiled(folder: Path, contexts: str) -> Path:
    """A German translation of `contexts` (<context> elements) compiled into `folder`."""
    source = folder / "qmpgui_de.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="de">{contexts}</TS>\n'
    )
    lrelease = ROOT / ".venv" / "bin" / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(source)], check=True, capture_output=True, timeout=60)
    return folder / "qmpgui_de.qm"


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
        i18n.install(None)


def test_plurals_are_numerus_messages_and_attribute_docs_no_notes_to_translators(
    tmp_path: Path,
) -> None:
    out = tmp_path / "template.ts"
    subprocess.run([str(SCRIPT), str(out)], check=True, capture_output=True, timeout=120)
    plural = numerus(out)
    assert {
        ("TracePane", "%n event(s)"),
        ("VmGroupModel", "%n VM(s)"),
        ("found_sockets", "%n QMP socket(s) in {where}: choose one to fill in the endpoint."),
        ("LibvirtConnection", "connected: %n domain(s)"),
    } <= plural
    # Every message with a count in it is a numerus one: Qt fills in %n only for those.
    assert {(c, t) for c, t in messages(out) if "%n" in t or "%Ln" in t} <= plural
    # The attributes' `#:` documentation stays in the code, not in the translators' file.
    assert "<extracomment>" not in out.read_text()


def test_english_reads_each_count_in_its_form_without_any_translation() -> None:
    def vms(n: int) -> str:
        return translate("VmGroupModel", "%n VM(s)", None, PLURAL, n)

    assert [vms(n) for n in (0, 1, 2)] == ["0 VMs", "1 VM", "2 VMs"]
    entries = translate("EventLogView", "{v0:,} of %Ln (entry|entries)", None, PLURAL, 1200)
    assert entries.format(v0=3) == "3 of 1,200 entries"
    app = QCoreApplication.instance()
    assert app is not None
    i18n.install(QCoreApplication.translate)  # Qt answers, with no translation loaded
    try:
        assert [vms(n) for n in (1, 2)] == ["1 VM", "2 VMs"]
    finally:
        i18n.install(None)


@pytest.mark.qemu
def test_a_compiled_plural_gives_each_count_its_own_form_in_the_trace_pane(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner, tmp_path: Path
) -> None:
    window = windows.on(qemu)
    pane = window.pane(TracePane)
    window.panes.setCurrentWidget(pane)
    arun.wait(lambda: pane.model.rowCount() > 1000)
    pane.scope.setCurrentIndex(pane.scope.findData(CHECKED))

    def check(*names: str) -> str:
        """The Enable button's tooltip once `names` are the checked events."""
        for row in range(pane.model.rowCount()):
            event = pane.model.trace_event(row)
            if event is not None and (event.name in names) != (event.name in pane.model.checked):
                wanted = Qt.CheckState.Checked if event.name in names else Qt.CheckState.Unchecked
                index = pane.model.index(row, 0)
                pane.model.setData(index, wanted, Qt.ItemDataRole.CheckStateRole)
        return pane.enable_button.toolTip()

    one, two = "qmp_enter_query_status", "qmp_enter_query_version"
    assert check(one) == "trace-event-set-state: enable 1 event"  # English: no translation
    assert check(one, two) == "trace-event-set-state: enable 2 events"
    qm = compiled(
        tmp_path,
        '<context><name>TracePane</name><message numerus="yes"><source>%n event(s)</source>'
        "<translation><numerusform>%n Ereignis</numerusform>"
        "<numerusform>%n Ereignisse</numerusform></translation></message></context>",
    )
    app = QCoreApplication.instance()
    assert app is not None
    try:
        assert install_translations(app, QLocale(QLocale.Language.German), qm.parent)
        assert check(one) == "trace-event-set-state: enable 1 Ereignis"
        assert check(one, two) == "trace-event-set-state: enable 2 Ereignisse"
    finally:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
        i18n.install(None)


@pytest.mark.qemu
def test_sentences_kept_in_tables_reach_the_translator_where_they_are_shown(
    short_tmp: Path, windows: Windows, arun: AsyncRunner, pseudo: Pseudo
) -> None:
    # A display but no tablet, no balloon, nothing else: each table's sentence shows.
    vm = QemuVm(short_tmp, name="tables").start(extra=["-device", "VGA"])
    try:
        window = windows.on(vm)
        # The screen's note (screen_input.NO_TABLET).
        view = show_screen(window, arun).view
        arun.wait(lambda: "⟦this VM has no tablet" in view.status.text())
        # The balloon's note (memory.NO_BALLOON, a table's sentence with a value put in).
        machine = window.pane(MachinePane)
        window.panes.setCurrentWidget(machine)
        arun.wait(lambda: "⟦this VM has no balloon device" in machine.balloon.note.text())
        # What the console's completion offers names (live_completion's kinds).
        window.window_actions.show_console.trigger()
        console = window.consoles.console_of_current()
        assert console is not None

        def details() -> list[str]:
            found = console.completion.complete("qom-get path=/machine/")
            return [item.detail for item in found.items] if found is not None else []

        arun.wait(lambda: bool(details()))
        assert "⟦QOM path⟧" in details()[0]
    finally:
        vm.stop()

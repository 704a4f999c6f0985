"""Every keyboard shortcut of qmpgui, for Help → Keyboard shortcuts: read from where
each is defined, so that a shortcut added there is listed without more.

- the action table (qmp/actions.py): the VM actions;
- the window's own QActions and QShortcuts (the VM list's, the window's, each pane's
  and the event log's), found in the window as it is;
- the tabs' mnemonics (Alt+ the underlined letter);
- the screendump viewer's keys (VIEWER_KEYS), a window of its own;
- the keys that widgets read themselves (the console's input, the serial terminal,
  the Screen tab's release combination): TYPED_KEYS, beside the code that reads them
  in ui/console_input.py, ui/terminal_view.py and ui/screen_canvas.py."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget

from qmpgui.i18n import marked, translate
from qmpgui.qmp.action_kinds import shown
from qmpgui.qmp.actions import ACTIONS
from qmpgui.ui.shortcut_place import shortcut_place
from qmpgui.ui.viewer_keys import VIEWER_KEYS


@dataclass(frozen=True)
class KeyRow:
    """One shortcut: its keys as the desktop writes them ("Ctrl+Shift+R"), what it does
    (the action's name), a sentence more, and where it works."""

    keys: str
    what: str
    detail: str
    where: str


#: Where the action table's actions work.
VM_PLACES = marked("key_list", "VM menu, toolbar, the VM list's menu")
_NATIVE = QKeySequence.SequenceFormat.NativeText

#: The keys widgets read themselves, not through a QAction: (keys, what, where).
TYPED_KEYS: tuple[tuple[str, str, str], ...] = (
    (
        "Enter",
        marked("key_list", "Send the command (when it is complete)"),
        marked("key_list", "Console"),
    ),
    ("Ctrl+Enter", marked("key_list", "Send the command as it is"), marked("key_list", "Console")),
    ("Shift+Enter", marked("key_list", "A new line in the command"), marked("key_list", "Console")),
    (
        "Up / Down",
        marked("key_list", "The previous / next command of the history"),
        marked("key_list", "Console"),
    ),
    ("Ctrl+R", marked("key_list", "Search the history"), marked("key_list", "Console")),
    (
        "Tab, Ctrl+Space",
        marked("key_list", "Complete the command or argument"),
        marked("key_list", "Console"),
    ),
    # A QAction of each VM's console, made with the console: listed before there is one.
    ("Ctrl+T", marked("key_list", "Insert template"), marked("key_list", "Console")),
    (
        "Ctrl+Shift+C",
        marked("key_list", "Copy the selected text"),
        marked("key_list", "Serial terminal"),
    ),
    (
        "Ctrl+Shift+V",
        marked("key_list", "Paste the clipboard into the guest"),
        marked("key_list", "Serial terminal"),
    ),
    (
        "Shift+PageUp / Shift+PageDown",
        marked("key_list", "Scroll back / forward"),
        marked("key_list", "Serial terminal"),
    ),
)


def _keys(shortcuts: list[QKeySequence]) -> str:
    return ", ".join(k.toString(_NATIVE) for k in shortcuts if not k.isEmpty())


def _words(text: str) -> str:
    return text.replace("&", "").rstrip("…").strip()


def table_rows() -> list[KeyRow]:
    """The action table's shortcuts (actions without one are left out)."""
    return [
        KeyRow(
            QKeySequence(f.shortcut).toString(_NATIVE),
            _words(shown(f.text)),
            shown(f.tip),
            translate("key_list", VM_PLACES),
        )
        for f in ACTIONS.values()
        if f.shortcut
    ]


def _place(owner: QWidget | None, window: QWidget) -> str:
    """Where a shortcut of `owner` works: the place its widget (or a parent) names
    (ui/shortcut_place.py), else the tab it sits in, else the window."""
    widget = owner
    while widget is not None and widget is not window:
        named = shortcut_place(widget)
        if named is not None:
            return named
        holder = widget.parentWidget()
        tabs = holder.parentWidget() if holder is not None else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(widget) >= 0:
            return _words(tabs.tabText(tabs.indexOf(widget)))
        widget = holder
    return translate("key_list", "Window")


def window_rows(window: QWidget) -> list[KeyRow]:
    """The shortcuts of `window`'s QActions and QShortcuts that the action table does
    not define, and its tabs' mnemonics. Rows with the same keys and words are one,
    with their places joined."""
    table = {f.object_name for f in ACTIONS.values()}
    found: dict[tuple[str, str], tuple[str, list[str]]] = {}

    def add(keys: str, what: str, detail: str, where: str) -> None:
        if not keys or not what:
            return
        _, places = found.setdefault((keys, what), (detail, []))
        if where not in places:
            places.append(where)

    for action in window.findChildren(QAction):
        if action.objectName() in table:
            continue
        owner = action.parent()
        add(
            _keys(action.shortcuts()),
            _words(action.text()),
            action.statusTip() or _words(action.toolTip()),
            _place(owner if isinstance(owner, QWidget) else None, window),
        )
    for shortcut in window.findChildren(QShortcut):
        owner = shortcut.parent()
        add(
            _keys([shortcut.key()]),
            _words(shortcut.whatsThis() or shortcut.objectName()),
            "",
            _place(owner if isinstance(owner, QWidget) else None, window),
        )
    for tabs in window.findChildren(QTabWidget):
        for index in range(tabs.count()):
            mnemonic = QKeySequence.mnemonic(tabs.tabText(index))
            title = _words(tabs.tabText(index))
            add(
                mnemonic.toString(_NATIVE),
                translate("key_list", "Show the {title} tab").format(title=title),
                "",
                translate("key_list", "Window"),
            )
    return [
        KeyRow(keys, what, detail, ", ".join(places))
        for (keys, what), (detail, places) in found.items()
    ]


def viewer_rows() -> list[KeyRow]:
    """The screendump viewer's keys."""
    rows = []
    for text, keys, tip in VIEWER_KEYS.values():
        if isinstance(keys, list):
            sequences = [QKeySequence(k) for k in keys]
        else:
            sequences = QKeySequence.keyBindings(keys)
        rows.append(
            KeyRow(
                _keys(sequences),
                _words(translate("screendump_viewer", text)),
                translate("screendump_viewer", tip),
                translate("key_list", "Screendump viewer"),
            )
        )
    return rows


def all_rows(window: QWidget, release_keys: str) -> list[KeyRow]:
    """Every shortcut: the table's, `window`'s, the viewer's and the typed ones;
    `release_keys` is the Screen tab's release combination as the desktop writes it."""
    typed = [
        KeyRow(keys, translate("key_list", what), "", translate("key_list", where))
        for keys, what, where in TYPED_KEYS
    ]
    release = KeyRow(
        release_keys,
        translate("key_list", "Give the keyboard and mouse back from the guest"),
        translate("key_list", "The screen_release_keys setting"),
        translate("key_list", "Screen"),
    )
    rows = [*table_rows(), *window_rows(window), *viewer_rows(), *typed, release]
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for row in rows:
        if (row.keys, row.what, row.where) not in seen:
            seen.add((row.keys, row.what, row.where))
            unique.append(row)
    return unique

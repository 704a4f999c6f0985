"""A QEMU keymap file and a display's state in any shape: the keymap reader takes any
text (a file damaged or of another kind) and gives keys QEMU names, and why a display
takes no password is a sentence whatever query-vnc or query-spice said."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from qmpgui.qmp.display import DisplayServer
from qmpgui.qmp.display_password import password_refusal, refusal_words
from qmpgui.qmp.keymaps import KEYMAP_FOLDERS, parse_keymap
from qmpgui.qmp.reader import Problems
from tests.helpers.fuzz_text import hmp_text
from tests.helpers.strategies import FUZZ, assert_readable, replies_for, texts

_FILES = [folder / "de" for folder in KEYMAP_FOLDERS if (folder / "de").is_file()]
assert _FILES, "QEMU's keymaps are missing: scripts/setup.sh installs them (qemu-system-data)"
#: QEMU's German keymap (a QKeyCode comment, then the keysyms it types with modifiers).
KEYMAP = _FILES[0].read_text()
PIECES = ['# evdev 16 (0x10), QKeyCode "q", number 0x10', "q", "Q shift", "at altgr", "\n"]
PIECES += ["EuroSign altgr", "KP_1 numlock", "dead_acute", "# ", "shift altgr", "ctrl"]


@FUZZ
@given(text=hmp_text(KEYMAP, PIECES))
@example(text='# QKeyCode "a"\n\x00 shift\n')
def test_any_keymap_text_gives_keys(text: str) -> None:
    for char, key in parse_keymap(text).items():
        assert len(char) == 1
        assert key.key and f'QKeyCode "{key.key}"' in text


@FUZZ
@given(
    vnc=replies_for("query-vnc"),
    spice=replies_for("query-spice"),
    error=texts,
    libvirt=st.booleans(),
)
def test_why_a_display_takes_no_password_is_a_sentence(
    vnc: object, spice: object, error: str, libvirt: bool
) -> None:
    problems = Problems()
    for protocol, server in (
        ("vnc", DisplayServer.parse_vnc(vnc, problems)),
        ("spice", DisplayServer.parse_spice(spice, problems)),
    ):
        refusal = password_refusal(protocol, server, libvirt=libvirt)
        assert refusal is None or assert_readable(refusal, protocol, [vnc, spice]) is None
        assert_readable(refusal_words(protocol, error, libvirt=libvirt), "refusal", error)

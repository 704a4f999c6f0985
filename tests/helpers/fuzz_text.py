"""Text a server may print, for the fuzz tests of the HMP readers (`info network`, `info
usernet`, `info snapshots`, `device_add help`) and of the terminal: QEMU's recorded output
torn and damaged (cut anywhere, a word replaced by an odd one, lines repeated, dropped
or joined, line ends changed), text built from the pieces the readers look for, and
byte streams as a guest writes them to its serial port (escape sequences cut anywhere,
invalid UTF-8, huge parameters).
"""

from __future__ import annotations

import re

from hypothesis import strategies as st

from tests.helpers.fuzz_json import ODD_STRINGS
from tests.helpers.recorded import QEMU_72

#: HMP's recorded answers (tests/data/qemu-7.2/README.md).
INFO_NETWORK = (QEMU_72 / "info-network.txt").read_text()
INFO_USERNET = (QEMU_72 / "info-usernet.txt").read_text()
INFO_SNAPSHOTS = (QEMU_72 / "info-snapshots.txt").read_text()

#: Words a reader may take for a number, a name or a separator it looks for.
ODD_WORDS = [
    *ODD_STRINGS,
    "9" * 5000,  # past int()'s 4300-digit limit
    "1.2.3",
    "..",
    "٣٣",  # digits to \d and int(), not to ASCII
    "１２",
    "1e999",
    "0 B",
    "943 KiB",
    "2.29 MiB",
    "99999999999999999999 TiB",
    "1..5 MiB",
    "00:00:00.293",
    "99:99:99.9.9",
    "--",
    "*",
    "\\",
    " \\ ",
    ":",
    ",",
    "=",
    "type=",
    "index=",
    "hub0port0:",
    "Hub -1 (",
    "TCP[HOST_FORWARD]",
    "UDP[HOST_FORWARD]",
    "65536",
    "-1",
]
_WORD = re.compile(r"\S+")


@st.composite
def damaged_text(draw: st.DrawFn, seed: str) -> str:
    """`seed` with one to four kinds of damage, each where the draw says."""
    lines = seed.splitlines(keepends=True) or [""]
    for _ in range(draw(st.integers(1, 4))):
        n = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["word", "word", "cut", "repeat", "drop", "join", "ends"]))
        if action == "word" and (words := list(_WORD.finditer(lines[n]))):
            word = draw(st.sampled_from(words))
            odd = draw(st.sampled_from(ODD_WORDS) | st.text(max_size=6))
            lines[n] = lines[n][: word.start()] + odd + lines[n][word.end() :]
        elif action == "cut":
            lines[n] = lines[n][: draw(st.integers(0, len(lines[n])))]
            del lines[n + 1 :]
        elif action == "repeat":
            lines.insert(n, lines[n])
        elif action == "drop" and len(lines) > 1:
            del lines[n]
        elif action == "join":
            lines[n] = lines[n].rstrip("\r\n")
        elif action == "ends":
            end = draw(st.sampled_from(["\n", "\r", "\r\n", "\u2028", "\x85", ""]))
            lines = [line.rstrip("\r\n") + end for line in lines]
    return "".join(lines)


def hmp_text(seed: str, pieces: list[str]) -> st.SearchStrategy[str]:
    """What an HMP command may answer: `seed` (its recorded answer) damaged, text made
    of `pieces` (what its reader looks for) and odd words, or any text."""
    built = st.lists(st.sampled_from(pieces + ODD_WORDS) | st.text(max_size=8), max_size=12).map(
        "".join
    )
    return st.one_of(damaged_text(seed), damaged_text(seed), built, st.text(max_size=60))


#: Pieces of what a guest writes to a terminal: VT100/xterm escapes with odd
#: parameters, UTF-8 cut in two, bytes that are no UTF-8.
TERMINAL_PIECES = [
    b"\x1b[",
    b"\x1b]",
    b"\x1b(",
    b"\x1bP",
    b"\x1b[0m",
    b"\x1b[1;31m",
    b"\x1b[38;5;208m",
    b"\x1b[48;2;1;2;3m",
    b"\x1b[38;5;999999m",
    b"\x1b[38;2;999;999;999m",
    b"\x1b[99999999999999999999;99999999999999999999H",
    b"\x1b[-1;-1H",
    b"\x1b[2J",
    b"\x1b[K",
    b"\x1b[99999L",
    b"\x1b[99999M",
    b"\x1b[99999@",
    b"\x1b[99999P",
    b"\x1b[99999X",
    b"\x1b[1;99999r",
    b"\x1b[?1049h",
    b"\x1b[?25l",
    b"\x1b[6n",
    b"\x1b]0;title\x07",
    b"\x1b]2;\xff\xfe\x07",
    b"\x1b#8",
    b"\x1bc",
    b"\x1b7",
    b"\x1b8",
    b"\x9b31m",
    b"\r\n",
    b"\n",
    b"\t" * 20,
    b"\x08" * 5,
    b"\x00",
    b"\x7f",
    "é日本🙂".encode(),
    "🙂".encode()[:2],
    b"\xc3",
    b"\xff\xfe",
    b"\xed\xa0\x80",  # a UTF-16 surrogate in UTF-8: invalid
    b"x" * 300,
]

terminal_bytes = st.lists(
    st.sampled_from(TERMINAL_PIECES) | st.binary(max_size=16), max_size=30
).map(b"".join)

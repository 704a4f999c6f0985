"""Writes docs/QUALITY.md from a finished `mutmut run` (scripts/mutation.sh runs both).

Reads mutants/**/*.py.meta (mutmut's JSON of each mutant's exit code) and, for each
mutant that survived, its diff (`mutmut show NAME`). A survivor that changes only the
wording of a message (a string literal with a space in it: a sentence for the user) is
counted apart and left out of the score; every other survivor is listed with its diff and,
where one is known (HARMLESS below), why it does not matter.

Usage: python scripts/mutation_report.py SECONDS MODULE...   (MODULE: qmpgui/qmp/risk.py)
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTMUT = ROOT / ".venv" / "bin" / "mutmut"
OUT = ROOT / "docs" / "QUALITY.md"
TARGET = 0.90

#: Exit codes as mutmut 3 reads them: a failing test run (or a timeout) kills the mutant.
KILLED = {1, 3, 24, -24, 36, 152, 255}
SURVIVED = {0}

#: A string literal, with its prefix (f, r, b, ...).
_STRING = re.compile(r"""[rbfuRBFU]{0,2}("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')""")

#: A line that is only string literals: inside a function, a piece of a message that
#: implicit concatenation joins to the pieces around it (code has names, commas, calls).
_MESSAGE_PIECE = re.compile(rf"(?:{_STRING.pattern}\s*)+")

#: Survivors known to be harmless, by the line they change ("before => after", stripped).
#: Each says why no user could notice the change.
HARMLESS: dict[str, str] = {
    'word = line.split(maxsplit=1)[0] if line.strip() else "" => '
    'word = line.split(maxsplit=2)[0] if line.strip() else ""': (
        "equivalent: only the first word is read, however many splits are made"
    ),
    'if close < 0 or not text[close + 1 :].startswith(":"): => '
    'if close <= 0 or not text[close + 1 :].startswith(":"):': (
        "equivalent: the text starts with `[`, so a `]` is never at 0"
    ),
    'if close < 0 or not text[close + 1 :].startswith(":"): => '
    'if close < 1 or not text[close + 1 :].startswith(":"):': (
        "equivalent: the text starts with `[`, so a `]` is never at 0"
    ),
    'if text.startswith(("/", "~", ".")) or "/" in text or text.endswith(SOCKET_SUFFIXES): => '
    'if text.startswith(("XX/XX", "~", ".")) or "/" in text or text.endswith(SOCKET_SUFFIXES):': (
        "equivalent: text that starts with `/` has a `/` in it, the next test"
    ),
    "return _file_uri(text, original) => return _file_uri(text, None)": (
        "unreachable: `file:/PATH` (no host) is never refused, so its message is never made"
    ),
    "_is_file_here | return False => return True": (
        "unreachable: a name the OS refuses (a NUL in it) is refused by parse_endpoint() first"
    ),
    # risk.py
    '(kind if isinstance(kind, str) else "", data if isinstance(data, dict) else {}) => '
    '(kind if isinstance(kind, str) else "XXXX", data if isinstance(data, dict) else {})': (
        "equivalent: no command is named `XXXX`, so an action without a type is a change either way"
    ),
    'return classify_hmp(line if isinstance(line, str) else "") => '
    'return classify_hmp(line if isinstance(line, str) else "XXXX")': (
        "equivalent: no HMP command is named `XXXX`: a change, as an empty line is"
    ),
    'word = line.split(maxsplit=1)[0] if line.strip() else "" => '
    'word = line.split(maxsplit=1)[0] if line.strip() else "XXXX"': (
        "equivalent: no HMP command is named `XXXX`: a change, as an empty line is"
    ),
    # endpoint.py
    '_is_file_here | name = text.rstrip("/") => name = text.rstrip("XX/XX")': (
        "equivalent: text read as TCP ends in its port's digits and the slashes after them"
    ),
    '_is_file_here | if _has_prefix(name, "tcp:") or "/" in name: => '
    'if _has_prefix(name, "tcp:") or "XX/XX" in name:': (
        "equivalent: text read as TCP has no `/` once its trailing ones are gone (a `/` "
        "anywhere else makes it a path first)"
    ),
    '_path_key | path = re.sub("/+", "/", path) => path = re.sub("XX/+XX", "/", path)': (
        "equivalent: the path comes from parse_endpoint(), which has folded `//` already"
    ),
    "resolve_endpoint | endpoint = Endpoint(path=name) => endpoint = Endpoint(path=None)": (
        "equivalent: the next lines find the same file in the folder and make it a path"
    ),
    # shorthand.py
    "input_complete | outside, last = [], 0 => outside, last = [], 1": (
        "equivalent: the text is stripped, so its first word starts at 0 and the first gap "
        "is empty either way"
    ),
    # secrets.py
    "_hmp_reads_secret | "
    "prop = None if path is None or path.value is None else read_word(line, path.end) => "
    "prop = None if path is None and path.value is None else read_word(line, path.end)": (
        "equivalent: `qom-get` with no path has no output to mask but QEMU's refusal"
    ),
    "mask_object | masked = False => masked = None": (
        "equivalent: the caller reads it as true or false, and None is false"
    ),
    "_object_json | return line[:start] + json.dumps(properties, ensure_ascii=False) => "
    "return line[:start] + json.dumps(properties, ensure_ascii=None)": (
        "equivalent: None is false, as False is"
    ),
    '_unique_keys | raise ValueError("duplicate key")  # QEMU refuses it; which one it kept '
    "is no matter => raise ValueError(None)  # QEMU refuses it; which one it kept is no "
    "matter": ("equivalent: the error is caught at once and its message never shown"),
    '_object_keyval | while key_end < len(spec) and spec[key_end] not in "=,": => '
    'while key_end < len(spec) and spec[key_end] not in "XX=,XX":': (
        "equivalent: QOM's type and property names have no capital X"
    ),
    '_object_keyval | types = [spec[s:e].replace(",,", ",") for key, s, e in elements if key '
    'in (None, "qom-type")] => types = [spec[s:e].replace("XX,,XX", ",") for key, s, e in '
    'elements if key in (None, "qom-type")]': "equivalent: no QOM type's name has a comma",
    '_object_keyval | types = [spec[s:e].replace(",,", ",") for key, s, e in elements if key '
    'in (None, "qom-type")] => types = [spec[s:e].replace(",,", "XX,XX") for key, s, e in '
    'elements if key in (None, "qom-type")]': "equivalent: no QOM type's name has a comma",
    "mask_return | "
    'if command == "qom-list-get" and isinstance(value, list): => '
    'if command == "qom-list-get" or isinstance(value, list):': (
        "equivalent: no other command's reply holds objects with a `properties` list of "
        "named values (qapi/*.json)"
    ),
    "mask_return | "
    'if command == "human-monitor-command" and isinstance(value, str): => '
    'if command == "human-monitor-command" or isinstance(value, str):': (
        "equivalent: no other command has a `command-line` argument (qapi/*.json)"
    ),
    # echoes.py
    "_collect | if isinstance(original, dict) and isinstance(masked, dict): => "
    "if isinstance(original, dict) or isinstance(masked, dict):": (
        "equivalent: `masked` is `original` with values replaced, so both are objects or neither"
    ),
    'return host.rstrip(".") or host => return host.rstrip("XX.XX") or host': (
        "equivalent: the host is lower-cased first, so it never ends in `X`"
    ),
}

#: Survivors that fail closed: they mask more than needed only where QEMU would refuse
#: the line, or where a medium's file is named `password`; never less.
_NOT_READ_TYPE = (
    "fails closed: with the type not read, only a non-secret object given a property "
    "`data` (no QOM type but `secret` has one: QEMU refuses it) is masked too"
)
_NOT_READ_TARGET = (
    "fails closed: `change` of `vnc` is masked by its device alone; only a medium whose "
    "file is named `password` would have its format masked too"
)
_TYPES = 'types = [spec[s:e].replace(",,", ",") for key, s, e in elements if key in (None, '
_ELEMENT = "elements.append((None if implied else spec[pos:key_end].strip(), value_start, "
_TARGET = 'device, target = arguments.get("device"), arguments.get('
HARMLESS.update(
    {
        f'_object_keyval | {_TYPES}"qom-type")] => {_TYPES}"XXqom-typeXX")]': _NOT_READ_TYPE,
        f'_object_keyval | {_TYPES}"qom-type")] => {_TYPES}"QOM-TYPE")]': _NOT_READ_TYPE,
        f'_object_keyval | {_TYPES}"qom-type")] => types = None': _NOT_READ_TYPE,
        "_object_keyval | if types and not any(_may_be_secret_type(t) for t in types): => "
        "if types and not any(_may_be_secret_type(None) for t in types):": _NOT_READ_TYPE,
        f"_object_keyval | {_ELEMENT}value_end)) => elements.append((None if (implied) and "
        "False else spec[pos:key_end].strip(), value_start, value_end))": _NOT_READ_TYPE,
        f'_mask_change | {_TARGET}"target") => {_TARGET}None)': _NOT_READ_TARGET,
        f'_mask_change | {_TARGET}"target") => {_TARGET}"XXtargetXX")': _NOT_READ_TARGET,
        f'_mask_change | {_TARGET}"target") => {_TARGET}"TARGET")': _NOT_READ_TARGET,
        "_object_json | return _masked_from(line, start) => return _masked_from(None, start)": (
            "unreachable (after `not isinstance(properties, dict)`): text that starts with "
            "`{` is a JSON object or no JSON at all"
        ),
    }
)
for _after in ("_masked_from(line, None)", "_masked_from(start)", "_masked_from(line, )"):
    HARMLESS[f"_object_json | return _masked_from(line, start) => return {_after}"] = HARMLESS[
        "_object_json | return _masked_from(line, start) => return _masked_from(None, start)"
    ]


@dataclass
class Module:
    """One module's mutants: counts, and the survivors with their diffs."""

    path: str
    killed: int = 0
    wording: int = 0
    no_tests: int = 0
    survivors: list[tuple[str, str]] = field(default_factory=list)  # (name, diff)

    @property
    def made(self) -> int:
        """Mutants scored: killed, survived (wording aside) and reached by no test."""
        return self.killed + len(self.survivors) + self.no_tests

    @property
    def score(self) -> float:
        """Killed / made, 0.0 to 1.0."""
        return self.killed / self.made if self.made else 1.0


def changed_lines(diff: str) -> tuple[list[str], list[str]]:
    """The removed and the added lines of a unified diff, stripped."""
    lines = diff.splitlines()
    body = [line for line in lines if not line.startswith(("---", "+++", "@@", "#"))]
    removed = [line[1:].strip() for line in body if line.startswith("-")]
    added = [line[1:].strip() for line in body if line.startswith("+")]
    return removed, added


def is_wording(diff: str) -> bool:
    """Whether the mutant changes only sentences: each changed line pair differs only in
    string literals, and each literal it changes has a space in it or is a line of its
    own (a piece of a message split over lines, `"(file:///run/vm1.qmp)"`)."""
    removed, added = changed_lines(diff)
    if not removed or len(removed) != len(added):
        return False
    for before, after in zip(removed, added, strict=True):
        if _STRING.sub("S", before) != _STRING.sub("S", after):
            return False
        old = _STRING.findall(before)
        new = _STRING.findall(after)
        if len(old) != len(new):
            return False
        piece = _MESSAGE_PIECE.fullmatch(before) is not None
        for a, b in zip(old, new, strict=True):
            if a != b and " " not in a and not piece:
                return False
    return True


def key_of(diff: str) -> str:
    """The mutant's change as HARMLESS keys it: "before => after"."""
    removed, added = changed_lines(diff)
    return " / ".join(removed) + " => " + " / ".join(added)


def show(name: str) -> str:
    """The diff of mutant `name`, as `mutmut show` prints it."""
    done = subprocess.run(
        [str(MUTMUT), "show", name], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout


def read(path: str) -> Module:
    """The results of module `path` (qmpgui/qmp/risk.py) from mutants/."""
    module = Module(path)
    meta = ROOT / "mutants" / f"{path}.meta"
    codes: dict[str, int | None] = json.loads(meta.read_text())["exit_code_by_key"]
    for name, code in sorted(codes.items()):
        if code in KILLED:
            module.killed += 1
        elif code in SURVIVED:
            diff = show(name)
            if is_wording(diff):
                module.wording += 1
            else:
                module.survivors.append((name, diff))
        else:  # no test reaches it, or not run: counted as not killed
            module.no_tests += 1
    return module


def render(modules: list[Module], seconds: int) -> str:
    """docs/QUALITY.md's text."""
    out = [
        "# Quality: mutation scores",
        "",
        "Written by `scripts/mutation.sh` (mutmut 3, over the pure modules of `qmpgui/qmp/`, each",
        "mutant against the tests of `tests/qmp/` and the endpoint and parser fuzz cases that reach",
        "the function it changes; tests that start QEMU are left out). mutmut changes code inside",
        "functions: a comparison flipped, a `not` dropped, a constant or an argument changed, one at",
        "a time. Tables at module level (which commands ask first, which run states offer what) it",
        "leaves alone: `tests/qmp/test_risk.py` and `tests/qmp/test_runstate.py` pin them by",
        "listing what QEMU's documentation says, not by reading the tables.",
        "",
        "A mutant that only rewords a message (a string literal with a space in it, or a line of a",
        "message split over lines) is counted as",
        f"wording and left out of the score. Target: {TARGET:.0%} killed in each module. The last",
        f"run took {seconds // 60} min {seconds % 60} s on this machine.",
        "",
        "| module | killed | made | score | wording (not scored) | target met |",
        "|---|---|---|---|---|---|",
    ]
    for m in modules:
        met = "yes" if m.score >= TARGET else "**no**"
        out.append(f"| `{m.path}` | {m.killed} | {m.made} | {m.score:.1%} | {m.wording} | {met} |")
    out += ["", "## Survivors left", ""]
    for m in modules:
        if not m.survivors and not m.no_tests:
            continue
        out.append(f"### `{m.path}`")
        out.append("")
        if m.no_tests:
            out.append(f"{m.no_tests} mutant(s) that no selected test reaches.")
            out.append("")
        for name, diff in m.survivors:
            function = re.sub(r"^x_|__mutmut_\d+$", "", name.rpartition(".")[2])
            key = key_of(diff)
            reason = HARMLESS.get(f"{function} | {key}") or HARMLESS.get(
                key, "not explained yet: a test is missing"
            )
            removed, added = changed_lines(diff)
            out.append(f"- `{name.rpartition('.')[2]}`: {reason}")
            out.append("  ```")
            out += [f"  - {line}" for line in removed] + [f"  + {line}" for line in added]
            out.append("  ```")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def main() -> int:
    """Write docs/QUALITY.md and print each module's score."""
    seconds, paths = int(sys.argv[1]), sys.argv[2:]
    modules = [read(path) for path in paths]
    OUT.write_text(render(modules, seconds))
    for m in modules:
        print(f"{m.path}: {m.killed}/{m.made} killed ({m.score:.1%}), {m.wording} wording")
    return 0


if __name__ == "__main__":
    sys.exit(main())

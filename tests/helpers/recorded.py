"""Replies recorded from real QEMUs (tests/data/): 7.2 as it is, and older builds."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1] / "data"
#: QEMU 7.2's replies, and its whole query-qmp-schema (gzipped: about 200 KB).
QEMU_72 = DATA / "qemu-7.2"
SCHEMA_72 = QEMU_72 / "query-qmp-schema.json.gz"
#: QEMU 1.0 to 2.3 as recorded: greetings and replies of servers before today's commands.
LEGACY = DATA / "legacy-replies"


def load_schema_72() -> Any:
    """QEMU 7.2's query-qmp-schema reply, parsed anew on each call."""
    with gzip.open(SCHEMA_72, "rt", encoding="utf-8") as handle:
        return json.load(handle)

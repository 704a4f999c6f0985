"""Simulated QEMUs for the fleet benchmark: N QMP monitors served by this one process.

    python bench/fleet_server.py FOLDER N

Listens on FOLDER/sim000.sock ... and prints "ready". Each monitor greets like QEMU
7.2, answers with the replies recorded from a real QEMU 7.2 (tests/data/qemu-7.2:
the full schema, query-blockstats, query-block, ...), with disk counters that grow
between polls as a busy guest's would, and says CommandNotFound to anything else.
Prints the process's CPU seconds and the commands answered so far (qmp_capabilities
aside) whenever a line is written to its stdin.
"""

from __future__ import annotations

import asyncio
import copy
import gzip
import json
import sys
import time
import uuid
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "qemu-7.2"
GREETING = (
    b'{"QMP": {"version": {"qemu": {"micro": 22, "minor": 2, "major": 7}, '
    b'"package": "Debian 1:7.2+dfsg-7+deb12u18"}, "capabilities": ["oob"]}}\r\n'
)
#: Commands answered by every monitor (qmp_capabilities aside).
ANSWERED = [0]


def recorded(name: str) -> Any:
    path = DATA / name
    text = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    value = json.loads(text)
    return value["return"] if isinstance(value, dict) and "return" in value else value


class Monitor:
    """One simulated VM: its name, UUID and disk counters."""

    def __init__(self, number: int, replies: dict[str, Any]) -> None:
        self.number = number
        self.replies = replies
        self.uuid = str(uuid.UUID(int=number + 1))
        self.started = time.monotonic()
        self.blockstats = copy.deepcopy(replies["query-blockstats"])

    def answer(self, command: str) -> tuple[str, Any]:
        if command == "query-name":
            return "return", {"name": f"sim{self.number:03d}"}
        if command == "query-uuid":
            return "return", {"UUID": self.uuid}
        if command == "query-blockstats":
            return "return", self._grown_blockstats()
        if command in self.replies:
            return "return", self.replies[command]
        return "error", {
            "class": "CommandNotFound",
            "desc": f"The command {command} has not been found",
        }

    def _grown_blockstats(self) -> Any:
        seconds = time.monotonic() - self.started
        for device in self.blockstats:
            stats = device.get("stats", {})
            stats["rd_bytes"] = int(seconds * 2_000_000)
            stats["wr_bytes"] = int(seconds * 700_000)
            stats["rd_operations"] = int(seconds * 400)
            stats["wr_operations"] = int(seconds * 150)
        return self.blockstats


async def serve(
    monitor: Monitor, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    writer.write(GREETING)
    decoder, buffer = json.JSONDecoder(), ""
    try:
        while chunk := await reader.read(65536):
            buffer += chunk.decode()
            while buffer.strip():
                try:  # commands need not end with a newline: decode them from the stream
                    request, end = decoder.raw_decode(buffer.lstrip())
                except ValueError:
                    break
                buffer = buffer.lstrip()[end:]
                command = request.get("execute") or request.get("exec-oob") or ""
                if command == "qmp_capabilities":
                    key, value = "return", {}
                else:
                    ANSWERED[0] += 1
                    key, value = monitor.answer(command)
                message: dict[str, Any] = {key: value}
                if "id" in request:
                    message["id"] = request["id"]
                writer.write(json.dumps(message).encode() + b"\r\n")
            await writer.drain()
    except (ConnectionError, UnicodeDecodeError):
        pass
    finally:
        writer.close()


async def report_cpu() -> None:
    """Answer each line on stdin with this process's CPU seconds and the commands
    answered so far."""
    loop = asyncio.get_running_loop()
    while await loop.run_in_executor(None, sys.stdin.readline):
        print(f"{time.process_time():.3f} {ANSWERED[0]}", flush=True)


async def main(folder: Path, count: int) -> None:
    replies = {
        "query-qmp-schema": recorded("query-qmp-schema.json.gz"),
        "query-status": {"status": "running", "singlestep": False, "running": True},
        "query-version": {
            "qemu": {"micro": 22, "minor": 2, "major": 7},
            "package": "Debian 1:7.2+dfsg-7+deb12u18",
        },
        **{path.stem: recorded(path.name) for path in DATA.glob("query-*.json")},
    }
    servers = []
    for number in range(count):
        monitor = Monitor(number, replies)
        servers.append(
            await asyncio.start_unix_server(
                lambda r, w, m=monitor: serve(m, r, w),
                path=folder / f"sim{number:03d}.sock",
                backlog=count,
            )
        )
    print("ready", flush=True)
    await report_cpu()


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), int(sys.argv[2])))

"""Event storm: a server in another process sends 20,000 events a second for 10 s to
one VM while the main window shows the event log. Every event must be counted,
memory must stay bounded by the log's limit, and the window must keep painting.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/event_storm.py [RATE] [SECONDS]
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from bench.common import FullCollections, StallProbe, application, close_window, rss_mib, until
from qmpgui.app import create_main_window
from qmpgui.app.event_loop import run

#: The server: greeting, capabilities, then RATE events a second in 10 ms bursts.
SERVER = r"""
import asyncio, json, sys, time
path, rate, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
TEMPLATE = b'{"event": "%s", "data": {"offset": %d, "device": "disk0", "operation": "write", "action": "report", "reason": "No space left on device"}, %s}\r\n'
GREETING = b'{"QMP": {"version": {"qemu": {"micro": 0, "minor": 2, "major": 7}, "package": "storm"}, "capabilities": []}}\r\n'
async def client(reader, writer):
    writer.write(GREETING)
    sent = 0
    async def answer():
        # Commands need not end with a newline: decode them from the stream.
        decoder, buffer = json.JSONDecoder(), ""
        while chunk := await reader.read(65536):
            buffer += chunk.decode()
            while buffer.strip():
                try:
                    request, end = decoder.raw_decode(buffer.lstrip())
                except ValueError:
                    break
                buffer = buffer.lstrip()[end:]
                value = {"status": "running", "running": True} if request.get("execute") == "query-status" else {}
                writer.write(json.dumps({"return": value, "id": request.get("id")}).encode() + b"\r\n")
    replies = asyncio.create_task(answer())
    await asyncio.sleep(1.0)  # the app connects and settles first
    start = time.monotonic()
    burst = rate // 100
    while rate and time.monotonic() - start < seconds:  # rate 0: a quiet monitor
        now = time.time()
        stamp = b'"timestamp": {"seconds": %d, "microseconds": %d}' % (int(now), int(now % 1 * 1e6))
        chunk = b"".join(
            TEMPLATE % (b"BLOCK_IO_ERROR" if (sent + n) % 5000 == 0 else b"RTC_CHANGE", sent + n, stamp)
            for n in range(burst))
        writer.write(chunk)
        sent += burst
        await writer.drain()
        await asyncio.sleep(max(0.0, start + sent / rate - time.monotonic()))
    print(sent, flush=True)
    await asyncio.sleep(3600)
async def main():
    server = await asyncio.start_unix_server(client, path=path)
    print("ready", flush=True)
    await asyncio.sleep(3600)
asyncio.run(main())
"""


async def storm(socket: Path, server: subprocess.Popen[str], seconds: float) -> None:
    window = create_main_window([str(socket)])
    window.resize(1200, 820)
    window.show()
    window.window_actions.show_log.trigger()
    probe = StallProbe(10)
    session = window.model.session(0)
    await until(lambda: session.connected, f"a connection ({session.state_text()})", 10)
    counted = [0]
    session.eventsReceived.connect(lambda batch: counted.__setitem__(0, counted[0] + len(batch)))
    rss_before = rss_mib()
    log = window.event_log

    def received() -> int:
        return counted[0]

    with FullCollections() as collections:
        cpu_before = time.process_time()
        probe.start()
        start = time.monotonic()
        assert server.stdout is not None
        loop = asyncio.get_running_loop()
        sent = int(await loop.run_in_executor(None, server.stdout.readline))
        with contextlib.suppress(SystemExit):  # events lost: the count below says so
            await until(lambda: received() >= sent, "every event", 60)
    wall = time.monotonic() - start
    cpu = time.process_time() - cpu_before
    probe.stop()
    conn = session.connection
    dropped_in_client = conn.dropped_events if conn is not None else 0
    got = received()
    log.flush()
    print(
        f"events sent {sent:,}, received {got:,}, dropped before the app {dropped_in_client:,}; "
        f"the log holds {log.rowCount():,} entries (limit {log.limit:,}, {log.dropped:,} oldest "
        "dropped)"
    )
    print(f"every event counted: {'yes' if got == sent else 'NO'}")
    print(
        f"rate reached {sent / seconds:,.0f} events/s (the server waits while the socket is "
        f"full); all read {wall:.1f} s after measuring began"
    )
    print(f"app CPU {cpu / wall * 100:.0f} % of one core over {wall:.1f} s")
    print(f"RSS {rss_before:.0f} MiB before, {rss_mib():.0f} MiB after")
    print(f"window stall (10 ms timer lateness): {probe.summary()} (target max <= 100 ms)")
    print(f"full garbage collections: {collections.summary()}")
    await close_window(window)


def main(argv: list[str]) -> None:
    rate = int(argv[0]) if argv else 20_000
    seconds = float(argv[1]) if len(argv) > 1 else 10.0
    folder = Path(tempfile.mkdtemp(prefix="qg-bench-"))
    os.environ["XDG_STATE_HOME"] = str(folder / "state")
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    socket = folder / "storm.sock"
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(socket), str(rate), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        print(f"{rate:,} events/s for {seconds:g} s from another process, event log shown\n")
        application()
        run(storm(socket, server, seconds))
    finally:
        server.kill()


if __name__ == "__main__":
    main(sys.argv[1:])

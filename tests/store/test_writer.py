"""FileWriter: jobs run in the order asked, off the caller's thread, and all of them are
finished by aclose()."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import pytest

from qmpgui.store.writer import FileWriter


def test_jobs_run_in_order_on_one_thread_that_is_not_the_callers() -> None:
    async def main() -> None:
        writer = FileWriter()
        seen: list[tuple[int, str]] = []

        def job(number: int, delay: float) -> int:
            time.sleep(delay)
            seen.append((number, threading.current_thread().name))
            return number

        futures = [writer.submit(job, n, 0.02 if n % 2 == 0 else 0.0) for n in range(6)]
        assert await asyncio.gather(*futures) == list(range(6))
        await writer.aclose()
        assert [n for n, _ in seen] == list(range(6))  # a slow job is never overtaken
        threads = {name for _, name in seen}
        assert len(threads) == 1 and threading.current_thread().name not in threads

    asyncio.run(main())


def test_aclose_finishes_every_job_asked_before_it(tmp_path: Path) -> None:
    async def main() -> None:
        writer = FileWriter()
        target = tmp_path / "deep" / "config.json"
        for number in range(20):
            writer.write_atomic(target, f'{{"n": {number}}}\n'.encode())
        await writer.aclose()  # without waiting for any of the futures
        assert writer.pending == 0
        assert target.read_text() == '{"n": 19}\n'
        assert target.stat().st_mode & 0o777 == 0o600
        assert sorted(p.name for p in target.parent.iterdir()) == ["config.json"]
        with pytest.raises(RuntimeError, match="closed"):
            writer.submit(print)

    asyncio.run(main())


def test_a_failed_write_raises_in_its_future_and_leaves_what_was_there(tmp_path: Path) -> None:
    async def main() -> None:
        writer = FileWriter()
        target = tmp_path / "kept.json"
        target.mkdir()  # the rename onto a folder fails, even for root
        (target / "inside").write_text("old")
        with pytest.raises(IsADirectoryError):
            await writer.write_atomic(target, b"new")
        await writer.aclose()
        assert (target / "inside").read_text() == "old"

    asyncio.run(main())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.json"]  # no temp file

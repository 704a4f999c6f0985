"""TaskSet: named tasks replace their namesakes, work that must finish is waited for,
and nothing is left running after aclose()."""

from __future__ import annotations

import asyncio

from qmpgui.session.tasks import TaskSet


def test_a_named_task_cancels_the_running_one_of_the_same_name() -> None:
    async def main() -> None:
        tasks = TaskSet()
        first = tasks.spawn(asyncio.sleep(10), "connect")
        second = tasks.spawn(asyncio.sleep(10), "connect")
        other = tasks.spawn(asyncio.sleep(10), "poll")
        await asyncio.sleep(0)
        assert first.cancelled()
        assert not second.done() and not other.done()
        assert tasks.get("connect") is second
        await tasks.aclose()
        assert second.cancelled() and other.cancelled()
        assert len(tasks) == 0 and tasks.get("connect") is None

    asyncio.run(main())


def test_work_that_must_finish_is_waited_for_not_cancelled() -> None:
    async def main() -> None:
        tasks = TaskSet()
        finished: list[str] = []

        async def close(name: str) -> None:
            await asyncio.sleep(0.05)
            finished.append(name)

        tasks.spawn(close("a"), "close", finish=True)
        tasks.spawn(close("b"), "close", finish=True)  # a namesake that must finish too
        waiting = tasks.spawn(asyncio.sleep(10))
        await tasks.aclose()
        assert sorted(finished) == ["a", "b"]
        assert waiting.cancelled()

    asyncio.run(main())


def test_tasks_are_held_until_they_end_and_then_let_go() -> None:
    async def main() -> None:
        tasks = TaskSet()
        gate = asyncio.Event()
        task = tasks.spawn(gate.wait())
        assert list(tasks) == [task]
        gate.set()
        await task
        await asyncio.sleep(0)  # done callbacks run on the next turn
        assert list(tasks) == []

    asyncio.run(main())


def test_aclose_also_ends_what_is_started_while_it_waits() -> None:
    async def main() -> None:
        tasks = TaskSet()
        late: list[asyncio.Task[None]] = []

        async def closing() -> None:
            try:
                await asyncio.sleep(10)
            finally:  # cleanup that starts more work, as a session's shutdown does
                late.append(tasks.spawn(asyncio.sleep(10)))

        tasks.spawn(closing())
        await asyncio.sleep(0)
        await tasks.aclose()
        assert late and late[0].cancelled()
        assert len(tasks) == 0

    asyncio.run(main())


def test_aclose_from_one_of_its_own_tasks_neither_cancels_nor_waits_for_it() -> None:
    async def main() -> None:
        tasks = TaskSet()
        other = tasks.spawn(asyncio.sleep(10))

        async def shutdown() -> str:
            await tasks.aclose()
            return "closed"

        assert await tasks.spawn(shutdown(), "shutdown") == "closed"
        assert other.cancelled()

    asyncio.run(main())

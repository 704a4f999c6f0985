"""qmp.block_jobs: QEMU 7.2's job replies read, the commands for each action, and a
job's end in words from its events."""

from __future__ import annotations

from qmpgui.qmp.block_jobs import changes_block, error_words, job_end, parse_jobs

#: query-block-jobs and query-jobs during a stream and a snapshot-save (QEMU 7.2).
BLOCK_JOBS = [
    {
        "auto-finalize": True,
        "io-status": "ok",
        "device": "st0",
        "auto-dismiss": True,
        "busy": False,
        "len": 67108864,
        "offset": 524288,
        "status": "running",
        "paused": False,
        "speed": 1048576,
        "ready": False,
        "type": "stream",
    }
]
JOBS = [
    {
        "current-progress": 524288,
        "status": "running",
        "total-progress": 67108864,
        "type": "stream",
        "id": "st0",
    },
    {
        "current-progress": 1,
        "status": "running",
        "total-progress": 3,
        "type": "snapshot-save",
        "id": "snap0",
    },
    {
        "current-progress": 3,
        "status": "concluded",
        "total-progress": 3,
        "type": "snapshot-delete",
        "id": "old",
    },
]


def test_block_jobs_and_other_jobs_each_once() -> None:
    jobs = parse_jobs(BLOCK_JOBS, JOBS)
    assert [(j.id, j.type, j.block) for j in jobs] == [
        ("st0", "stream", True),
        ("snap0", "snapshot-save", False),
    ]
    stream, snapshot = jobs
    assert (stream.offset, stream.length, stream.speed, stream.ready) == (
        524288,
        67108864,
        1048576,
        False,
    )
    assert stream.command("pause") == ("block-job-pause", {"device": "st0"})
    assert stream.command("set-speed") == ("block-job-set-speed", {"device": "st0"})
    assert snapshot.command("cancel") == ("job-cancel", {"id": "snap0"})
    assert snapshot.command("set-speed") is None  # only block jobs have a speed
    assert not stream.completes


def test_a_ready_mirror_completes() -> None:
    (mirror,) = parse_jobs([{"device": "m0", "type": "mirror", "ready": True, "len": 1}])
    assert mirror.completes


def test_ends_in_words() -> None:
    done = {"device": "m0", "type": "mirror", "len": 50331648, "offset": 16777216}
    cancelled = job_end("BLOCK_JOB_CANCELLED", done)
    assert cancelled is not None and cancelled.outcome == "cancelled"
    assert cancelled.detail == "cancelled at 16.0 of 48.0 MiB"
    assert cancelled.words == "mirror job m0 was cancelled at 16.0 of 48.0 MiB"
    failed = job_end("BLOCK_JOB_COMPLETED", {**done, "error": "Input/output error"})
    assert failed is not None and failed.words.startswith("mirror job m0 failed: Input/output")
    completed = job_end("BLOCK_JOB_COMPLETED", {**done, "offset": 50331648})
    assert completed is not None and completed.detail == "completed at 48.0 of 48.0 MiB"
    assert job_end("BLOCK_JOB_READY", done) is None
    assert job_end("BLOCK_JOB_CANCELLED", {}) is None
    assert error_words({"device": "m1", "operation": "write", "action": "report"}) == (
        "I/O error on write in job m1: the job ends"
    )


def test_which_commands_change_the_graph() -> None:
    assert changes_block("blockdev-add") and changes_block("drive-mirror")
    assert changes_block("block-stream") and changes_block("job-dismiss")
    assert not changes_block("query-block") and not changes_block("query-named-block-nodes")
    assert not changes_block("stop")

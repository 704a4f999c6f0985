"""qmpgui-batch as a user runs it: a real process against a real QEMU.

The VM's second monitor (`qemu.watch`) checks what the script did, independently
of the output of the command under test. A fake server stands in for what QEMU
cannot do on demand: close the monitor instead of answering `quit`, or offer no
out-of-band execution.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.fake_qmp import (
    GREETING_WITHOUT_OOB,
    QUITS,
    FakeQmpServer,
    RecordingServer,
)
from tests.helpers.holder import PROGRAM, holding
from tests.helpers.qemu_vm import QemuVm

REPO = Path(__file__).resolve().parents[2]

SCRIPT = """\
# a comment, then a blank line

query-status
query-name
human-monitor-command command-line="info status"
stop
cont
"""


def batch(
    *args: str, stdin: str | None = None, cwd: Path = REPO
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qmpgui.cli.batch", *args],
        check=False,  # the exit status is what the tests check
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def write(folder: Path, text: str) -> Path:
    path = folder / "script.qmp"
    path.write_text(text, encoding="utf-8")
    return path


def json_lines(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines()]


def status(qemu: QemuVm) -> str:
    return str(qemu.watch.execute("query-status")["status"])


@pytest.mark.qemu
def test_script_runs_three_times(qemu: QemuVm, short_tmp: Path) -> None:
    done = batch(str(qemu.app_socket), str(write(short_tmp, SCRIPT)), "-n", "3")
    assert done.returncode == 0, done.stderr
    for iteration in (1, 2, 3):
        assert f"[{iteration}] line 3: query-status ok" in done.stdout
        assert f"[{iteration}] line 7: cont ok" in done.stdout
    assert "[4]" not in done.stdout
    assert done.stdout.count('"name": "testvm"') == 3
    assert done.stdout.count("VM status: running") == 3
    assert "FAILED" not in done.stdout
    assert "qmpgui-batch: sent 15, ok 15, failed 0; round trip min " in done.stderr
    assert "median" in done.stderr and "stopped" not in done.stderr
    assert status(qemu) == "running"  # the last command was cont


@pytest.mark.qemu
def test_json_output_has_one_object_per_command(qemu: QemuVm, short_tmp: Path) -> None:
    done = batch(str(qemu.app_socket), str(write(short_tmp, SCRIPT)), "--json", "-n", "2")
    assert done.returncode == 0, done.stderr
    records = json_lines(done.stdout)
    assert [r["command"] for r in records] == [
        "query-status",
        "query-name",
        "human-monitor-command",
        "stop",
        "cont",
    ] * 2
    assert [r["iteration"] for r in records] == [1] * 5 + [2] * 5
    assert [r["line"] for r in records[:5]] == [3, 4, 5, 6, 7]
    assert all(r["ok"] is True and "return" in r and "error" not in r for r in records)
    assert records[1]["return"] == {"name": "testvm"}
    assert records[2]["arguments"] == {"command-line": "info status"}
    assert records[2]["return"] == "VM status: running\r\n"
    assert records[0]["return"]["status"] == "running"  # type: ignore[index]
    assert all(isinstance(r["ms"], (int, float)) and r["ms"] >= 0 for r in records)


@pytest.mark.qemu
def test_stop_really_stops_the_vm(qemu: QemuVm, short_tmp: Path) -> None:
    assert status(qemu) == "running"
    done = batch(str(qemu.app_socket), str(write(short_tmp, "stop\n")))
    assert done.returncode == 0, done.stderr
    assert "[1] line 1: stop ok" in done.stdout
    assert status(qemu) == "paused"


@pytest.mark.qemu
def test_a_socket_in_the_current_folder_by_its_name(short_tmp: Path) -> None:
    # As shell completion writes it: `qmpgui-batch db1.qmp s.txt` in the socket's folder.
    db1 = short_tmp / "db1.qmp"
    qemu = QemuVm(short_tmp).start(extra=["-qmp", f"unix:{db1},server=on,wait=off"], sockets=(db1,))
    try:
        (short_tmp / "s.txt").write_text("stop\n", encoding="utf-8")
        done = batch("db1.qmp", "s.txt", cwd=short_tmp)
        assert done.returncode == 0, done.stderr
        assert "[1] line 1: stop ok" in done.stdout
        assert status(qemu) == "paused"
        # A name that is not there says where it looked, and is the user's mistake.
        missing = batch("db2", "s.txt", cwd=short_tmp)
        assert missing.returncode == 2
        assert f"'db2': not an endpoint, and {short_tmp} has nothing of that name" in (
            missing.stderr
        )
    finally:
        qemu.stop()


def test_a_libvirt_uri_is_refused_with_what_it_is(short_tmp: Path) -> None:
    done = batch("qemu+ssh://host/system", str(write(short_tmp, "query-status\n")))
    assert done.returncode == 2
    assert "'qemu+ssh://host/system' is a libvirt connection URI" in done.stderr
    assert "name a domain of it after '#' (qemu+ssh://host/system#vm1)" in done.stderr


@pytest.mark.qemu
def test_json_lines_in_a_script(qemu: QemuVm, short_tmp: Path) -> None:
    script = '{"execute": "stop"}\n{"execute": "query-status", "id": "mine"}\n'
    done = batch(str(qemu.app_socket), str(write(short_tmp, script)), "--json")
    assert done.returncode == 0, done.stderr
    records = json_lines(done.stdout)
    assert records[1]["return"]["status"] == "paused"  # type: ignore[index]
    assert status(qemu) == "paused"


@pytest.mark.qemu
def test_a_failing_command_stops_the_script(qemu: QemuVm, short_tmp: Path) -> None:
    script = "query-name\neject id=nope\nstop\n"
    done = batch(str(qemu.app_socket), str(write(short_tmp, script)), "-n", "2")
    assert done.returncode == 1
    assert "[1] line 2: eject FAILED" in done.stdout
    assert "DeviceNotFound" in done.stdout
    assert "stop ok" not in done.stdout and "[2]" not in done.stdout
    assert "sent 2, ok 1, failed 1" in done.stderr
    assert "stopped at the first error" in done.stderr
    assert status(qemu) == "running"  # stop was never sent


@pytest.mark.qemu
def test_keep_going_runs_the_rest(qemu: QemuVm, short_tmp: Path) -> None:
    script = "query-name\neject id=nope\nstop\n"
    done = batch(str(qemu.app_socket), str(write(short_tmp, script)), "--keep-going", "--json")
    assert done.returncode == 1
    records = json_lines(done.stdout)
    assert [(r["command"], r["ok"]) for r in records] == [
        ("query-name", True),
        ("eject", False),
        ("stop", True),
    ]
    assert records[1]["error"]["class"] == "DeviceNotFound"  # type: ignore[index]
    assert "nope" in records[1]["error"]["desc"]  # type: ignore[index]
    assert "return" not in records[1]
    assert "sent 3, ok 2, failed 1" in done.stderr
    assert "stopped" not in done.stderr
    assert status(qemu) == "paused"  # the command after the failure ran


@pytest.mark.qemu
def test_a_bad_script_sends_nothing(qemu: QemuVm, short_tmp: Path) -> None:
    script = 'stop\n{"execute": "cont",\nquery-status\n'
    done = batch(str(qemu.app_socket), str(write(short_tmp, script)))
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("qmpgui-batch: line 2, column ")
    assert "not valid JSON" in done.stderr
    assert status(qemu) == "running"  # the stop on line 1 was not sent


def test_a_missing_socket_is_unreachable(short_tmp: Path) -> None:
    missing = short_tmp / "nothing.sock"
    done = batch(str(missing), "-", stdin="query-status\n")
    assert done.returncode == 3
    assert "no such socket" in done.stderr
    assert str(missing) in done.stderr
    assert done.stdout == ""


@pytest.mark.qemu
def test_a_busy_monitor_is_unreachable(qemu: QemuVm, short_tmp: Path) -> None:
    with holding(qemu.app_socket, short_tmp) as holder:  # this client has the monitor
        done = batch(str(qemu.app_socket), "-", "--timeout", "1", stdin="stop\n")
    assert done.returncode == 3
    assert "monitor busy" in done.stderr
    assert f"pid {holder.pid} ({PROGRAM} -c " in done.stderr  # who holds it
    assert done.stdout == ""
    assert status(qemu) == "running"


@pytest.mark.qemu
def test_a_busy_monitor_is_named_before_the_greeting_timeout(qemu: QemuVm, short_tmp: Path) -> None:
    with holding(qemu.app_socket, short_tmp) as holder:
        started = time.monotonic()
        done = batch(str(qemu.app_socket), "-", "--timeout", "30", stdin="stop\n")
        seconds = time.monotonic() - started
    assert done.returncode == 3
    assert seconds < 10, seconds  # the process's start included, not 30 s
    assert f"monitor busy: pid {holder.pid} ({PROGRAM} -c " in done.stderr
    assert status(qemu) == "running"


@pytest.mark.qemu
def test_a_path_with_a_trailing_slash_is_the_socket(qemu: QemuVm) -> None:
    # `//run/vm1.qmp/` is /run/vm1.qmp, as the README and the Add VM dialog say.
    done = batch(f"/{qemu.app_socket}/", "-", stdin="stop\n")
    assert done.returncode == 0, done.stderr
    assert "line 1: stop ok" in done.stdout
    assert status(qemu) == "paused"


@pytest.mark.qemu
def test_a_pretty_printed_monitor(short_tmp: Path) -> None:
    vm = QemuVm(short_tmp).start(pretty=True)
    try:
        done = batch(str(vm.app_socket), "-", "--json", stdin="stop\nquery-status\n")
        assert done.returncode == 0, done.stderr
        records = json_lines(done.stdout)
        assert records[1]["return"]["status"] == "paused"  # type: ignore[index]
        assert status(vm) == "paused"
    finally:
        vm.stop()


@pytest.mark.qemu
def test_a_guest_agent_socket_is_named_before_the_timeout(short_tmp: Path) -> None:
    agent = short_tmp / "ga.sock"
    vm = QemuVm(short_tmp).start(
        extra=[
            "-chardev",
            f"socket,id=ga0,path={agent},server=on,wait=off",
            "-device",
            "virtio-serial-pci",
            "-device",
            "virtserialport,chardev=ga0,name=org.qemu.guest_agent.0",
        ],
        sockets=(agent,),
    )
    try:
        # The run's own limit (60 s) is shorter than the greeting timeout: no waiting it out.
        done = batch(str(agent), "-", "--timeout", "600", stdin="query-status\n")
    finally:
        vm.stop()
    assert done.returncode == 3
    assert done.stderr == (
        f"qmpgui-batch: {agent}: {agent} is not a QMP monitor: QEMU (pid {vm.pid}) uses it "
        "as the guest agent's channel org.qemu.guest_agent.0 (-chardev socket,id=ga0 on its "
        "command line). Give qmpgui a QMP socket: start QEMU with "
        "-qmp unix:PATH,server=on,wait=off\n"
    )


@pytest.mark.qemu
def test_a_lost_connection_is_unreachable(qemu: QemuVm, short_tmp: Path) -> None:
    script = write(short_tmp, "query-status\nsleep 3\nquery-name\n")
    argv = [sys.executable, "-m", "qmpgui.cli.batch", str(qemu.app_socket), str(script)]
    with subprocess.Popen(
        [*argv, "--keep-going"], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as run:
        assert run.stdout is not None
        # QEMU dies while the script sleeps: once the first result is out (a timer
        # could fire before a loaded machine has even started the program).
        first = run.stdout.readline()
        assert "query-status" in first, first
        qemu.kill()
        rest, errors = run.communicate(timeout=60)
    assert run.returncode == 3
    assert "ConnectionLost" in first + rest
    assert "stopped at the first error" in errors


@pytest.mark.qemu
def test_script_from_stdin(qemu: QemuVm) -> None:
    done = batch(str(qemu.app_socket), "-", "--json", stdin="# from a pipe\nstop\nquery-status\n")
    assert done.returncode == 0, done.stderr
    records = json_lines(done.stdout)
    assert [(r["line"], r["command"]) for r in records] == [(2, "stop"), (3, "query-status")]
    assert records[1]["return"]["status"] == "paused"  # type: ignore[index]
    assert status(qemu) == "paused"


@pytest.mark.parametrize(
    "args",
    [["-n", "0"], ["--delay", "-1"], ["--timeout", "0"]],
)
def test_bad_options_are_usage_errors(short_tmp: Path, args: list[str]) -> None:
    # No QEMU: the options are checked before anything connects.
    done = batch(str(short_tmp / "x.sock"), "-", *args, stdin="stop\n")
    assert done.returncode == 2
    assert "-n must be at least 1" in done.stderr
    assert "no such socket" not in done.stderr


def test_an_unreadable_script_is_a_usage_error(short_tmp: Path) -> None:
    done = batch(str(short_tmp / "x.sock"), str(short_tmp / "missing.qmp"))
    assert done.returncode == 2
    assert "cannot read" in done.stderr and "missing.qmp" in done.stderr


def test_an_empty_script_is_a_usage_error(short_tmp: Path) -> None:
    done = batch(str(short_tmp / "x.sock"), "-", stdin="# nothing\n")
    assert done.returncode == 2
    assert "the script has no command" in done.stderr


# -- HMP lines ------------------------------------------------------------------------------


@pytest.mark.qemu
def test_hmp_mode_sends_every_line_as_hmp(qemu: QemuVm, short_tmp: Path) -> None:
    script = "# HMP, line by line\nstop\nsleep 0\ninfo status\n"
    done = batch(str(qemu.app_socket), str(write(short_tmp, script)), "--hmp")
    assert done.returncode == 0, done.stderr
    assert "[1] line 2: hmp stop ok" in done.stdout
    assert "[1] line 4: hmp info status ok" in done.stdout
    assert "\nVM status: paused\n" in done.stdout  # HMP's text as it is, not a JSON string
    assert "sent 2, ok 2, failed 0" in done.stderr
    assert status(qemu) == "paused"


@pytest.mark.qemu
def test_an_hmp_error_fails_the_run(qemu: QemuVm, short_tmp: Path) -> None:
    script = "info status\nsavevm s1\nstop\n"
    done = batch(str(qemu.app_socket), str(write(short_tmp, script)), "--hmp")
    assert done.returncode == 1
    assert (
        "[1] line 2: hmp savevm s1 FAILED (" in done.stdout
        and "): HmpError: no block device can store vmstate for snapshot" in done.stdout
    )
    assert "sent 2, ok 1, failed 1" in done.stderr and "stopped at the first error" in done.stderr
    assert status(qemu) == "running"  # the stop after the failure was not sent


@pytest.mark.qemu
def test_hmp_lines_in_a_qmp_script(qemu: QemuVm, short_tmp: Path) -> None:
    script = "query-status\nhmp stop\nhmp info blah\nhmp   info status\n"
    done = batch(str(qemu.app_socket), str(write(short_tmp, script)), "--json", "--keep-going")
    assert done.returncode == 1
    records = json_lines(done.stdout)
    assert [(r["command"], r["arguments"], r["ok"]) for r in records] == [
        ("query-status", {}, True),
        ("human-monitor-command", {"command-line": "stop"}, True),
        ("human-monitor-command", {"command-line": "info blah"}, False),
        ("human-monitor-command", {"command-line": "info status"}, True),
    ]
    assert records[2]["error"] == {"class": "HmpError", "desc": "unknown command: 'info blah'"}
    assert records[2]["return"] == "unknown command: 'info blah'\r\n"  # QEMU's own text kept
    assert records[3]["return"] == "VM status: paused\r\n"
    assert "sent 4, ok 3, failed 1" in done.stderr
    assert status(qemu) == "paused"


def test_an_hmp_line_without_a_command_is_a_usage_error(short_tmp: Path) -> None:
    done = batch(str(short_tmp / "x.sock"), "-", stdin="query-status\nhmp\n")
    assert done.returncode == 2
    assert done.stderr == (
        "qmpgui-batch: line 2: hmp needs a command line, such as hmp info status\n"
    )


# -- quit answered by the monitor closing -------------------------------------------------


@pytest.mark.parametrize(("args", "line"), [((), "quit"), ((), "hmp quit"), (("--hmp",), "q")])
def test_quit_answered_by_closing_counts_as_done(
    short_tmp: Path, args: tuple[str, ...], line: str
) -> None:
    server = RecordingServer(close_on=QUITS)
    first = "info status" if args else "query-status"
    with FakeQmpServer(short_tmp / "quit.sock", server):
        done = batch(str(short_tmp / "quit.sock"), "-", *args, stdin=f"{first}\n{line}\n")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "line 2: " in done.stdout
    assert " ok (" in done.stdout.split("line 2: ")[1]
    assert done.stdout.rstrip().endswith("; QEMU closed the monitor: it quit")
    assert "sent 2, ok 2, failed 0" in done.stderr
    assert len(server.commands) == 3  # discovery, then the two lines


def test_a_command_after_quit_is_not_sent_and_says_so(short_tmp: Path) -> None:
    server = RecordingServer(close_on=QUITS)
    with FakeQmpServer(short_tmp / "quit.sock", server):
        done = batch(str(short_tmp / "quit.sock"), "-", "--json", stdin="quit\nquery-status\n")
    assert done.returncode == 1  # a line did not run; no connection was lost unasked
    records = json_lines(done.stdout)
    assert records[0]["ok"] is True and records[0]["note"] == "QEMU closed the monitor: it quit"
    assert records[1]["ok"] is False and "not sent" in records[1]["error"]["desc"]  # type: ignore[index]
    assert records[1]["sent"] is False and "sent" not in records[0]
    assert len(server.commands) == 2  # discovery and quit: query-status never went out
    # Counted as what it was: not sent, neither sent nor failed by QEMU.
    assert "qmpgui-batch: sent 1, ok 1, failed 0, not sent 1; round trip " in done.stderr


@pytest.mark.qemu
def test_lines_after_a_quit_qemu_answered_are_not_sent(qemu: QemuVm, short_tmp: Path) -> None:
    # A real QEMU replies {} to quit, then closes: a line written after the reply would
    # be lost with the monitor, and was counted as sent and failed.
    script = "query-status\nquit\nquery-name\n"
    done = batch(str(qemu.app_socket), str(write(short_tmp, script)), "--keep-going")
    assert done.returncode == 1, done.stderr
    assert "line 3: query-name FAILED" in done.stdout and "QEMU quit at line 2" in done.stdout
    assert "qmpgui-batch: sent 2, ok 2, failed 0, not sent 1; round trip " in done.stderr
    assert qemu.process is not None and qemu.process.wait(10) == 0  # QEMU did quit


# -- exec-oob and ids -----------------------------------------------------------------------


@pytest.mark.qemu
def test_exec_oob_and_ids_go_out_as_written(qemu: QemuVm, short_tmp: Path) -> None:
    script = (
        '{"exec-oob": "query-yank", "id": 42}\n'
        '{"execute": "query-name", "id": [7, "seven"]}\n'
        '{"exec-oob": "query-status", "id": "s"}\n'
    )
    done = batch(str(qemu.app_socket), str(write(short_tmp, script)), "--json", "--keep-going")
    assert done.returncode == 1
    records = json_lines(done.stdout)
    assert [(r.get("id"), r.get("oob", False), r["ok"]) for r in records] == [
        (42, True, True),
        ([7, "seven"], False, True),
        ("s", True, False),
    ]
    assert records[1]["return"] == {"name": "testvm"}
    assert records[2]["error"] == {
        "class": "GenericError",
        "desc": "The command query-status does not support OOB",
    }
    text = batch(str(qemu.app_socket), str(write(short_tmp, script)), "--keep-going")
    assert "[1] line 1: query-yank (id 42) ok" in text.stdout


def test_exec_oob_to_a_server_without_oob_sends_nothing(short_tmp: Path) -> None:
    server = RecordingServer(GREETING_WITHOUT_OOB)
    with FakeQmpServer(short_tmp / "old.sock", server):
        done = batch(
            str(short_tmp / "old.sock"), "-", stdin='stop\n{"exec-oob": "migrate-pause"}\n'
        )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == (
        "qmpgui-batch: line 2: migrate-pause not sent out-of-band: this QEMU does not offer "
        "it (no 'oob' capability in its greeting; QEMU 2.12 and later offer it on a QMP "
        'monitor): use "execute"\n'
    )
    assert "stop" not in server.commands and "migrate-pause" not in server.commands

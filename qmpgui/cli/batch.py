"""qmpgui-batch: run a script of QMP (or HMP) commands against one VM, without a window.

    qmpgui-batch ENDPOINT SCRIPT [-n N] [--delay S] [--keep-going] [--json] [--hmp]
                 [--tls-ca FILE] [--tls-cert FILE --tls-key FILE]

Exit status: 0 every command succeeded, 1 a command failed (HMP output that
reports a failure included), 2 the script or the arguments are wrong, 3 the
endpoint is unreachable or busy (or was lost).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import TextIO

from qmpgui import __version__
from qmpgui.cli.ssh_prompts import terminal_asker
from qmpgui.i18n import translate
from qmpgui.qmp import EndpointError, QmpFailure, TlsFiles, parse_endpoint, resolve_endpoint
from qmpgui.qmp.batch import (
    ScriptError,
    StepResult,
    Summary,
    check_oob,
    parse_script,
    run_script,
)
from qmpgui.qmp.endpoint_keys import current_folder
from qmpgui.qmp.hmp import command_line
from qmpgui.qmp.ssh import set_asker
from qmpgui.virt.kinds import make_monitor

#: Exit statuses (see the module's docstring).
OK, FAILED, USAGE, UNREACHABLE = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    """The command line's parser: endpoint, script, -n, --delay, --keep-going, --json,
    --hmp, --timeout (seconds), --accept-new-host-key, --tls-ca, --tls-cert, --tls-key
    (files), --version."""
    parser = argparse.ArgumentParser(
        prog="qmpgui-batch",
        description="Run a script of QMP commands (JSON or qmp-shell shorthand, one per line; "
        "a 'transaction(' block up to its ')', one action per line; "
        "'hmp LINE' for an HMP command line; '#' comments; 'sleep SECONDS') against one QEMU.",
        epilog="Exit status: 0 all commands succeeded, 1 a command failed (HMP output that "
        "reports an error counts), 2 bad script or arguments, 3 endpoint unreachable, "
        "busy or lost.",
    )
    parser.add_argument(
        "endpoint",
        help="unix socket path (relative to the current folder too: db1.qmp), unix:PATH, "
        "tcp:HOST:PORT, tls:HOST:PORT or ssh://[USER@]HOST[:PORT]/PATH",
    )
    parser.add_argument("script", help="script file, or - for standard input")
    parser.add_argument(
        "-n",
        "--repeat",
        type=int,
        default=1,
        metavar="N",
        help="run the script N times (default 1)",
    )
    parser.add_argument(
        "--delay", type=float, default=0.0, metavar="S", help="seconds between runs (default 0)"
    )
    parser.add_argument(
        "--keep-going",
        action="store_true",
        help="go on after a failed command (default: stop at the first)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object per command (JSON Lines)"
    )
    parser.add_argument(
        "--hmp",
        action="store_true",
        help="every command line is HMP (sent with human-monitor-command)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=10.0,
        metavar="S",
        help="seconds to wait for each reply and for the greeting (default 10)",
    )
    parser.add_argument(
        "--accept-new-host-key",
        action="store_true",
        help="ssh://: trust and save a host key not yet in ~/.ssh/known_hosts without "
        "asking (a changed key is still refused), as OpenSSH's StrictHostKeyChecking=accept-new",
    )
    parser.add_argument(
        "--tls-ca",
        default="",
        metavar="FILE",
        help="for tls: endpoints, the CA certificate (PEM) that signed QEMU's server "
        "certificate (default: the system's trusted CAs)",
    )
    parser.add_argument(
        "--tls-cert",
        default="",
        metavar="FILE",
        help="for tls: endpoints, the client certificate (PEM) for a QEMU started with "
        "verify-peer=on (default: none)",
    )
    parser.add_argument(
        "--tls-key", default="", metavar="FILE", help="the private key of --tls-cert (PEM)"
    )
    parser.add_argument("--version", action="version", version=f"qmpgui-batch {__version__}")
    return parser


def print_result(result: StepResult, as_json: bool, out: TextIO) -> None:
    """Write one command's outcome to `out`: a JSON Lines record, or a line (the round
    trip in milliseconds, the user's id) with the reply below: indented JSON, or HMP's
    text as it is; flushed at once."""
    if as_json:
        out.write(json.dumps(result.record()) + "\n")
        out.flush()
        return
    where = translate("batch", "[{iteration}] line {line}: {name}").format(
        iteration=result.iteration, line=result.line, name=result.name
    )
    if "id" in result.message:
        where += translate("batch", " (id {v0})").format(v0=json.dumps(result.message["id"]))
    ms = translate("batch", "{v0:.2f} ms").format(v0=result.elapsed_s * 1000)
    if result.ok:
        note = f"; {result.note}" if result.note else ""
        out.write(
            translate("batch", "{where} ok ({ms}){note}\n{v3}").format(
                where=where, ms=ms, note=note, v3=_body(result)
            )
        )
    else:
        out.write(
            translate("batch", "{where} FAILED ({ms}): {error_class}: {kept_error}\n").format(
                where=where, ms=ms, error_class=result.error_class, kept_error=result.kept_error
            )
        )
    out.flush()


def _body(result: StepResult) -> str:
    if not result.replied:
        return ""  # the note says why no reply came
    text = result.kept_reply  # output is often kept in a file: a secret in it masked
    if command_line(result.command, result.arguments) is not None and isinstance(text, str):
        return "".join(line + "\n" for line in text.splitlines())  # HMP's CRLFs as lines
    return json.dumps(text, indent=2) + "\n"


async def run(args: argparse.Namespace, text: str, out: TextIO, err: TextIO) -> int:
    """Run the script `text` against `args.endpoint`; the exit status.

    Results go to `out`, problems and the summary to `err`. Failures become the exit
    status (USAGE, UNREACHABLE, FAILED), never an exception.
    """
    try:
        steps = parse_script(text, hmp=args.hmp)
        endpoint = parse_endpoint(resolve_endpoint(args.endpoint, current_folder()))
    except (ScriptError, EndpointError) as problem:
        err.write(translate("batch", "qmpgui-batch: {problem}\n").format(problem=problem))
        return USAGE
    conn = make_monitor(
        endpoint,
        name="qmpgui-batch",
        greeting_timeout=args.timeout,
        command_timeout=args.timeout,
        tls=TlsFiles(args.tls_ca, args.tls_cert, args.tls_key),
    )
    set_asker(terminal_asker(args.accept_new_host_key, err) if endpoint.is_ssh else None)
    try:
        await conn.connect()
    except QmpFailure as failure:
        await conn.close()
        err.write(
            translate("batch", "qmpgui-batch: {endpoint}: {message}\n").format(
                endpoint=args.endpoint, message=failure.message
            )
        )
        return UNREACHABLE
    try:
        check_oob(steps, conn.oob)
    except ScriptError as problem:
        await conn.close()
        err.write(translate("batch", "qmpgui-batch: {problem}\n").format(problem=problem))
        return USAGE
    try:
        summary: Summary = await run_script(
            conn.exchange,
            steps,
            repeat=args.repeat,
            delay_s=args.delay,
            keep_going=args.keep_going,
            on_result=lambda r: print_result(r, args.json, out),
        )
    finally:
        await conn.close()
    err.write(translate("batch", "qmpgui-batch: {text}\n").format(text=summary.text))
    if summary.last_error_class == "ConnectionLost":
        return UNREACHABLE
    return FAILED if summary.unsuccessful else OK


def main(argv: list[str] | None = None) -> int:
    """The qmpgui-batch program: parse `argv` (sys.argv when None), read the script, run
    it; the exit status (130 when interrupted)."""
    args = build_parser().parse_args(argv)
    if args.repeat < 1 or args.delay < 0 or args.timeout <= 0:
        sys.stderr.write(
            translate(
                "batch", "qmpgui-batch: -n must be at least 1, --delay and --timeout positive\n"
            )
        )
        return USAGE
    try:
        text = sys.stdin.read() if args.script == "-" else Path(args.script).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as problem:
        reason = problem.strerror if isinstance(problem, OSError) else str(problem)
        sys.stderr.write(
            translate("batch", "qmpgui-batch: cannot read {script}: {reason}\n").format(
                script=args.script, reason=reason
            )
        )
        return USAGE
    try:
        return asyncio.run(run(args, text, sys.stdout, sys.stderr))
    except KeyboardInterrupt:
        sys.stderr.write(translate("batch", "qmpgui-batch: interrupted\n"))
        return 130


if __name__ == "__main__":
    sys.exit(main())

"""Command-line options of `qmpgui`."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import qmpgui
from qmpgui.i18n import marked, translate
from qmpgui.qmp import EndpointError, resolve_endpoint
from qmpgui.qmp.endpoint_keys import current_folder
from qmpgui.qmp.libvirt_uri import is_connection_uri, parse_connection_uri
from qmpgui.store.config import default_config_path

EPILOG = marked(
    "cli",
    """endpoints:
  /run/vm1.qmp, unix:/run/vm1.qmp   a unix socket (QEMU: -qmp unix:/run/vm1.qmp,server=on,wait=off)
  db1.qmp, ./db1, vms/db1.sock      a unix socket by a path relative to the current folder
  tcp:HOST:PORT, HOST:PORT          a TCP socket (QEMU: -qmp tcp:127.0.0.1:4444,server=on,wait=off)
  [::1]:4444                        an IPv6 address in brackets
  ssh://[USER@]HOST[:PORT]/PATH     a unix socket on another host, over SSH
  qemu:///system#vm1                the domain vm1 of a libvirt connection
  qemu:///system, qemu+ssh://...    a libvirt connection: every domain of it, under it

Endpoints given here are shown for this run only; VMs added in the window are saved in
the configuration file ($XDG_CONFIG_HOME/qmpgui/config.json). While a qmpgui runs with the
same configuration file, it opens them (and --demo) in its window instead, and this start exits.

Ctrl+C, SIGTERM and SIGHUP close qmpgui as its Quit does; a second one while it closes ends
it at once (exit status 128 + the signal's number), what it had not saved yet written first.
""",
)


@dataclass(frozen=True)
class Options:
    endpoints: tuple[str, ...] = ()
    demo: bool = False
    config_path: Path = Path()
    debug: bool = False


def _endpoint(text: str) -> str:
    # Relative paths become absolute here, before the window exists: the socket stays
    # the one the user meant when the session reconnects later.
    if is_connection_uri(text):  # a libvirt connection: its domains, under it
        return parse_connection_uri(text)
    try:
        return resolve_endpoint(text, current_folder())
    except EndpointError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qmpgui",
        description="A desktop control panel for QEMU virtual machines, over QMP.",
        epilog=translate("cli", EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "endpoints",
        metavar="ENDPOINT",
        nargs="*",
        type=_endpoint,
        help="QMP monitor to connect to at start (repeatable)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start a throwaway local QEMU (needs qemu-system-x86_64) and show it; "
        "it is stopped when qmpgui exits",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        type=Path,
        default=None,
        help=f"configuration file (default: {default_config_path()})",
    )
    parser.add_argument("--debug", action="store_true", help="log protocol details to stderr")
    parser.add_argument("--version", action=_VersionAction)
    return parser


class _VersionAction(argparse.Action):
    """--version: argparse's, but the version is read only when asked (reading the
    package metadata takes a tenth of a second, which every start would pay)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(
            option_strings,
            dest,
            nargs=0,
            help=translate("_VersionAction", "show program's version number and exit"),
        )

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"qmpgui {qmpgui.__version__}")  # on stdout, as argparse's own
        parser.exit()


def parse_options(argv: list[str]) -> Options:
    """Parse the arguments after the program name; exits on --help, --version or misuse."""
    args = build_parser().parse_args(argv)
    return Options(
        endpoints=tuple(args.endpoints),
        demo=args.demo,
        config_path=args.config or default_config_path(),
        debug=args.debug,
    )

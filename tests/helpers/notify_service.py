"""A private D-Bus session bus, and a tiny org.freedesktop.Notifications service on it
that writes each Notify call it gets as a JSON line (signature and arguments): no
notification daemon is installed here, and a test must not show notices on the
desktop of whoever runs it.

    python tests/helpers/notify_service.py BUS_ADDRESS RECORD_FILE

prints "ready" once it owns the name.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from jeepney import HeaderFields, MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.Notifications"


@contextmanager
def session_bus() -> Iterator[str]:
    """A dbus-daemon of its own (`--session`), stopped by its pid after; its address."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        assert address.startswith("unix:"), address
        yield address
    finally:
        daemon.terminate()
        daemon.wait(10)


@contextmanager
def notify_service(address: str, record: Path) -> Iterator[None]:
    """This file run as the notification service on the bus at `address`, recording
    into `record`; stopped by its pid after."""
    service = subprocess.Popen(
        [sys.executable, __file__, address, str(record)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert service.stdout is not None
        assert service.stdout.readline().strip() == "ready"
        yield
    finally:
        service.terminate()
        service.wait(10)


def recorded(record: Path) -> list[dict[str, Any]]:
    """The Notify calls the service got: {"signature": str, "args": list}, in order."""
    if not record.exists():
        return []
    return [json.loads(line) for line in record.read_text().splitlines() if line]


def serve(address: str, record: Path) -> None:
    connection = open_dbus_connection(address)
    connection.send_and_get_reply(message_bus.RequestName(NAME))
    print("ready", flush=True)
    given = 0
    while True:
        message = connection.receive()
        header = message.header
        if header.message_type is not MessageType.method_call:
            continue
        if header.fields.get(HeaderFields.member) != "Notify":
            connection.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod"))
            continue
        signature = header.fields.get(HeaderFields.signature, "")
        with record.open("a") as out:
            out.write(json.dumps({"signature": signature, "args": list(message.body)}) + "\n")
        given += 1
        connection.send(new_method_return(message, "u", (given,)))


if __name__ == "__main__":
    serve(sys.argv[1], Path(sys.argv[2]))

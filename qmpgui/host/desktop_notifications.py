"""The desktop's notification service: org.freedesktop.Notifications on the session
bus (the Desktop Notifications Specification's Notify), for desktops that have no
system tray to show qmpgui's notices.

Spoken with jeepney (pure Python D-Bus over asyncio) rather than QtDBus: PySide6 gives
a Python int to D-Bus as int32 only, and Notify takes its replaces_id as uint32, which
a notification server made with GDBus (GNOME Shell, dunst, ...) refuses. No Qt here.
"""

from __future__ import annotations

import asyncio
import os

from jeepney import DBusAddress, HeaderFields, MessageType, new_method_call
from jeepney.io.asyncio import DBusRouter, open_dbus_connection

from qmpgui.i18n import translate

#: Where the service lives, as the specification names it.
SERVICE = DBusAddress(
    "/org/freedesktop/Notifications",
    bus_name="org.freedesktop.Notifications",
    interface="org.freedesktop.Notifications",
)
#: How long a notice stays on screen, in milliseconds (-1 would be the server's choice).
EXPIRE_MS = 10_000
#: How long connecting to the bus and Notify's reply may take, in seconds: a bus that
#: hangs must not hold a notice back for long (the status bar says it then).
TIMEOUT_S = 3.0


class NotifyFailed(Exception):
    """The notice could not be given through the service; str() says why, in words."""


def session_bus_address() -> str | None:
    """The session bus's address from $DBUS_SESSION_BUS_ADDRESS; None when unset."""
    return os.environ.get("DBUS_SESSION_BUS_ADDRESS") or None


async def notify(app_name: str, summary: str, body: str, *, icon: str = "") -> int:
    """Show a notice through the session bus's notification service.

    `summary` is its title, `body` its text (plain: `&`, `<` and `>` are escaped, since
    servers may read body markup), `icon` a themed icon name or file path ("" for none).
    Returns the id the server gave the notice. Raises NotifyFailed, within TIMEOUT_S
    seconds, when there is no session bus, no notification service on it, or the service
    refuses.
    """
    address = session_bus_address()
    if address is None:
        raise NotifyFailed(
            translate(
                "desktop_notifications",
                "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)",
            )
        )
    text = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    message = new_method_call(
        SERVICE,
        "Notify",
        "susssasa{sv}i",
        (app_name, 0, icon, summary, text, [], {}, EXPIRE_MS),
    )
    try:
        async with asyncio.timeout(TIMEOUT_S):
            connection = await open_dbus_connection(address)
            try:
                async with DBusRouter(connection) as router:
                    reply = await router.send_and_get_reply(message)
            finally:
                await connection.close()
    except TimeoutError:
        raise NotifyFailed(
            translate(
                "desktop_notifications",
                "the D-Bus session bus did not answer within {TIMEOUT_S:g} s",
            ).format(TIMEOUT_S=TIMEOUT_S)
        ) from None
    except (OSError, EOFError, ValueError) as error:
        raise NotifyFailed(
            translate(
                "desktop_notifications", "cannot reach the D-Bus session bus: {error}"
            ).format(error=error)
        ) from None
    if reply.header.message_type is MessageType.error:
        name = reply.header.fields.get(HeaderFields.error_name, "")
        if name == "org.freedesktop.DBus.Error.ServiceUnknown":
            raise NotifyFailed(
                translate(
                    "desktop_notifications", "no notification service on the D-Bus session bus"
                )
            )
        detail = reply.body[0] if reply.body else name
        raise NotifyFailed(
            translate("desktop_notifications", "the notification service refused: {detail}").format(
                detail=detail
            )
        )
    return int(reply.body[0])

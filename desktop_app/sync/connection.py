"""Where the shared database is, and the password kept in the operating system's keyring.

The server, database, role and TLS mode are desk settings; the password never touches a
settings file. ``connector`` turns them into the connections a sync uses.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import keyring
import keyring.errors
import psycopg

from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.sync import problems

KEYRING_SERVICE = "Tresen shared database"
# libpq's modes; verify-full checks the certificate and the host name (recommended).
TLS_MODES = ("verify-full", "verify-ca", "require", "prefer", "disable")
CONNECT_TIMEOUT_S = 10
# Sent data unacknowledged this long: the connection is given up (libpq, Linux only).
DEAD_NETWORK_MS = 30_000


class KeyringUnavailable(problems.SyncProblem):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This computer offers no safe place for passwords (keyring), so the password "
                "for the shared database cannot be kept. Ask the administrator.",
            )
        )


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int
    database: str
    role: str
    tls_mode: str = "prefer"
    # A CA certificate file for verify-ca and verify-full; "" for the system's.
    tls_root_certificate: str = ""

    @property
    def keyring_user(self) -> str:
        return f"{self.role}@{self.host}:{self.port}/{self.database}"

    def conninfo(self, password: str) -> dict[str, Any]:
        info: dict[str, Any] = {
            "host": self.host,
            "port": self.port,
            "dbname": self.database,
            "user": self.role,
            "password": password,
            "sslmode": self.tls_mode,
            "connect_timeout": CONNECT_TIMEOUT_S,
            # A network that drops without a word (a WLAN gone, a router's NAT forgetting the
            # connection) would otherwise leave a sync waiting for an answer forever.
            "keepalives": 1,
            "keepalives_idle": 10,
            "keepalives_interval": 5,
            "keepalives_count": 3,
            "tcp_user_timeout": DEAD_NETWORK_MS,
            "application_name": "Tresen desk",
            # Values compare and print the same on every desk.
            "options": "-c TimeZone=UTC",
        }
        if self.tls_root_certificate:
            info["sslrootcert"] = self.tls_root_certificate
        return info


def store_password(address: ServerAddress, password: str) -> None:
    try:
        keyring.set_password(KEYRING_SERVICE, address.keyring_user, password)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable() from exc


def stored_password(address: ServerAddress) -> str:
    try:
        password = keyring.get_password(KEYRING_SERVICE, address.keyring_user)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable() from exc
    return password or ""


def connect(address: ServerAddress, password: str) -> psycopg.Connection[Any]:
    """An autocommit connection, or a ``SyncProblem`` that says what went wrong."""
    try:
        return psycopg.connect(autocommit=True, **address.conninfo(password))
    except psycopg.OperationalError as exc:
        raise problems.explain_connect_error(exc, host=address.host, role=address.role) from exc


def connector(address: ServerAddress) -> Callable[[], psycopg.Connection[Any]]:
    """Connections for a desk: the password read from the keyring at each connect."""
    return lambda: connect(address, stored_password(address))


def registered_facility(connection: psycopg.Connection[Any]) -> uuid.UUID | None:
    """The facility the connected role belongs to on the shared database."""
    row = connection.execute("SELECT tresen.current_facility()").fetchone()
    return None if row is None or row[0] is None else uuid.UUID(str(row[0]))

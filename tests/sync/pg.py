"""The PostgreSQL server the sync tests use, and throw-away databases on it.

The tests connect as a superuser given by ``TRESEN_TEST_PG_URL`` (a libpq URL or conninfo
string), by default ``postgresql://postgres@127.0.0.1:5432/postgres`` (trust authentication).
A server that cannot be reached fails the tests, it does not skip them.
"""

import os
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg.rows import TupleRow

ADMIN_URL_VARIABLE = "TRESEN_TEST_PG_URL"
DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
CONNECT_TIMEOUT = 5  # seconds


class PostgresUnreachable(RuntimeError):
    """The test server cannot be reached with the admin URL."""


def admin_url() -> str:
    """The conninfo of a superuser connection to the test server."""
    return os.environ.get(ADMIN_URL_VARIABLE) or DEFAULT_ADMIN_URL


def server_address() -> tuple[str, int]:
    """Host and port of the test server, from the admin URL (127.0.0.1 and 5432 if not given)."""
    params = conninfo_to_dict(admin_url())
    host = str(params.get("host") or params.get("hostaddr") or "127.0.0.1")
    port = int(params.get("port") or 5432)
    return host, port


def admin_connect() -> psycopg.Connection[TupleRow]:
    """An autocommit superuser connection; raises PostgresUnreachable if the server is not there."""
    try:
        return psycopg.connect(admin_url(), autocommit=True, connect_timeout=CONNECT_TIMEOUT)
    except psycopg.OperationalError as exc:
        host, port = server_address()
        raise PostgresUnreachable(
            f"PostgreSQL is not reachable at {host}:{port}; start it or set {ADMIN_URL_VARIABLE}"
        ) from exc


@contextmanager
def fresh_database(prefix: str) -> Iterator[str]:
    """Create a database named ``<prefix>_<random hex>``, yield its name, drop it afterwards.

    The drop uses ``WITH (FORCE)``, so connections a test left open do not keep it alive.
    """
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,40}", prefix):
        raise ValueError(f"not a usable database name prefix: {prefix!r}")
    name = f"{prefix}_{secrets.token_hex(6)}"
    with admin_connect() as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield name
    finally:
        with admin_connect() as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def url_for(
    database: str,
    *,
    user: str | None = None,
    password: str | None = None,
    host: str | None = None,
    port: int | None = None,
) -> str:
    """A conninfo for ``database``; what is not given is taken from the admin URL."""
    params = conninfo_to_dict(admin_url())
    params["dbname"] = database
    for key, value in (("user", user), ("password", password), ("host", host), ("port", port)):
        if value is not None:
            params[key] = value
    if host is not None:
        params.pop("hostaddr", None)
    return make_conninfo("", **params)

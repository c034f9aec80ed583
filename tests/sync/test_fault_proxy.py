"""The fault-injection proxy, against the real PostgreSQL the sync tests use."""

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack

import psycopg
import pytest
from psycopg import sql
from psycopg.conninfo import make_conninfo
from psycopg.rows import TupleRow

from tests.sync.fault_proxy import FaultProxy
from tests.sync.pg import (
    PostgresUnreachable,
    admin_connect,
    fresh_database,
    server_address,
    url_for,
)


@pytest.fixture(scope="module")
def database() -> Iterator[str]:
    """A database of this module's own, dropped at the end; no server fails the tests."""
    with ExitStack() as stack:
        try:
            name = stack.enter_context(fresh_database("tresen_proxy_test"))
        except PostgresUnreachable as exc:
            pytest.fail(str(exc), pytrace=False)
        yield name


@pytest.fixture
def proxy(database: str) -> Iterator[FaultProxy]:
    with FaultProxy(*server_address()) as proxy:
        yield proxy


def through(proxy: FaultProxy, database: str) -> str:
    """A conninfo reaching ``database`` through the proxy, unencrypted so patterns are seen."""
    return make_conninfo(
        url_for(database, host="127.0.0.1", port=proxy.port),
        sslmode="disable",
        gssencmode="disable",
        connect_timeout=5,
    )


def direct(database: str) -> psycopg.Connection[TupleRow]:
    return psycopg.connect(url_for(database), autocommit=True, connect_timeout=5)


def create_table(database: str, name: str) -> None:
    with direct(database) as conn:
        conn.execute(sql.SQL("CREATE TABLE {} (id integer)").format(sql.Identifier(name)))


def count_rows(database: str, table: str) -> int:
    with direct(database) as conn:
        row = conn.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table)))
        result = row.fetchone()
    assert result is not None
    count = result[0]
    assert isinstance(count, int)
    return count


def insert_in_transaction(conn: psycopg.Connection[TupleRow], table: str) -> None:
    with conn.transaction():
        conn.execute(sql.SQL("INSERT INTO {} VALUES (1)").format(sql.Identifier(table)))


def wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Whether ``condition`` holds within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def test_an_unreachable_server_is_reported_with_what_to_do(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with FaultProxy() as proxy:
        proxy.refuse()
        monkeypatch.setenv("TRESEN_TEST_PG_URL", f"postgresql://postgres@127.0.0.1:{proxy.port}/x")
        with pytest.raises(PostgresUnreachable) as raised:
            admin_connect()
    assert str(raised.value) == (
        f"PostgreSQL is not reachable at 127.0.0.1:{proxy.port}; start it or set TRESEN_TEST_PG_URL"
    )


def test_a_query_goes_through_the_proxy(proxy: FaultProxy, database: str) -> None:
    with psycopg.connect(through(proxy, database)) as conn:
        assert conn.execute("SELECT current_database()").fetchone() == (database,)
        assert proxy.connections == 1
    assert proxy.bytes_forwarded > 0
    assert wait_for(lambda: proxy.connections == 0)


def test_delay_adds_latency_in_both_directions(proxy: FaultProxy, database: str) -> None:
    with psycopg.connect(through(proxy, database)) as conn:
        proxy.delay(0.05)
        started = time.monotonic()
        assert conn.execute("SELECT 1").fetchone() == (1,)
        assert time.monotonic() - started >= 0.1


def test_cut_breaks_open_connections_but_not_new_ones(proxy: FaultProxy, database: str) -> None:
    with psycopg.connect(through(proxy, database)) as conn:
        conn.execute("SELECT 1")
        proxy.cut()
        assert proxy.connections == 0
        with pytest.raises(psycopg.OperationalError):
            conn.execute("SELECT 1")
    with psycopg.connect(through(proxy, database)) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)


def test_refuse_makes_connecting_fail_until_turned_off(proxy: FaultProxy, database: str) -> None:
    with psycopg.connect(through(proxy, database)) as open_before:
        proxy.refuse()
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(through(proxy, database))
        assert open_before.execute("SELECT 1").fetchone() == (1,)
        proxy.refuse(False)
        with psycopg.connect(through(proxy, database)) as conn:
            assert conn.execute("SELECT 1").fetchone() == (1,)


def test_stall_holds_the_bytes_until_turned_off(proxy: FaultProxy, database: str) -> None:
    with psycopg.connect(through(proxy, database)) as conn:
        proxy.stall()
        started = time.monotonic()
        release = threading.Timer(0.3, proxy.stall, args=(False,))
        release.start()
        try:
            assert conn.execute("SELECT 1").fetchone() == (1,)
        finally:
            release.join()
        assert time.monotonic() - started >= 0.3


def test_a_cut_before_the_commit_reaches_the_server_loses_the_row(
    proxy: FaultProxy, database: str
) -> None:
    create_table(database, "lost")
    with psycopg.connect(through(proxy, database), autocommit=True) as conn:
        proxy.cut_after("to_server", b"COMMIT", forward=False)
        with pytest.raises(psycopg.OperationalError):
            insert_in_transaction(conn, "lost")
    assert not proxy.armed
    assert count_rows(database, "lost") == 0


def test_a_cut_after_the_commit_reply_was_sent_keeps_the_row(
    proxy: FaultProxy, database: str
) -> None:
    create_table(database, "kept")
    with psycopg.connect(through(proxy, database), autocommit=True) as conn:
        proxy.cut_after("to_client", b"COMMIT\x00", forward=False)
        with pytest.raises(psycopg.OperationalError):
            insert_in_transaction(conn, "kept")
    assert not proxy.armed
    assert count_rows(database, "kept") == 1


def test_a_cut_right_after_forwarding_the_commit_keeps_the_row(
    proxy: FaultProxy, database: str
) -> None:
    create_table(database, "forwarded")
    with psycopg.connect(through(proxy, database), autocommit=True) as conn:
        proxy.cut_after("to_server", b"COMMIT", forward=True)
        with pytest.raises(psycopg.OperationalError):
            insert_in_transaction(conn, "forwarded")
    assert not proxy.armed
    # The server may still be committing when the client sees the reset.
    assert wait_for(lambda: count_rows(database, "forwarded") == 1)


def test_stop_ends_stalled_connections(database: str) -> None:
    proxy = FaultProxy(*server_address()).start()
    conn = psycopg.connect(through(proxy, database))
    try:
        proxy.stall()
        conn.pgconn.send_query(b"SELECT 1")
        conn.pgconn.flush()
        proxy.stop()
        assert proxy.connections == 0
    finally:
        conn.close()


def test_bad_arguments_are_refused() -> None:
    proxy = FaultProxy()
    with pytest.raises(ValueError):
        proxy.delay(-0.1)
    with pytest.raises(ValueError):
        proxy.cut_after("sideways", b"COMMIT", forward=False)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        proxy.cut_after("to_server", b"", forward=False)
    with pytest.raises(RuntimeError):
        _ = proxy.port

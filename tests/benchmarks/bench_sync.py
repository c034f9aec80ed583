"""Sync benchmarks: push and pull rates, a sync with nothing to do, and a slow network.

Each runs against the PostgreSQL the tests use (``TRESEN_TEST_PG_URL``), in a database of
its own, beside a plain ``COPY`` of the same rows into the same server in the same run.
Two desks of one facility are set up and joined as in the program; desk A checks in
visitors (the rows a desk writes most), pushes, and desk B pulls.
"""

import secrets
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg

from desktop_app.core.db import Database
from desktop_app.core.demo import fill_demo_data
from desktop_app.core.ids import new_id
from desktop_app.core.records import FacilityDraft
from desktop_app.core.reference import FacilityKind
from desktop_app.core.services.setup import SetupService
from desktop_app.sync import admin
from desktop_app.sync.connection import ServerAddress, connect
from desktop_app.sync.engine import Synchronizer
from desktop_app.sync.join import join
from tests.benchmarks.harness import BenchContext, Benchmark, Result
from tests.conftest import open_on_duty
from tests.sync.fault_proxy import FaultProxy
from tests.sync.pg import admin_url, fresh_database, server_address, url_for

# SYNC.md's targets.
ROWS_PER_SECOND = 20_000
EMPTY_SYNC_MS = 50.0
SLOW_ROWS = 10_000
SLOW_SECONDS = 2.0
ADDED_ROUND_TRIP_S = 0.050

ROWS = 20_000
VISIT_COLUMNS = ("id", "facility_id", "visitor_id", "offer_id", "visited_on", "visited_at",
                 "created_at", "updated_at")  # fmt: skip
EMPTY_RUNS = 20


@dataclass
class _Desk:
    database: Database
    synchronizer: Synchronizer

    def close(self) -> None:
        self.synchronizer.close()
        self.database.close()


@dataclass
class _Network:
    database: str
    login: admin.Login
    work_dir: Path

    def address(self, proxy: FaultProxy | None = None) -> ServerAddress:
        host, port = proxy.address if proxy else server_address()
        return ServerAddress(host, port, self.database, self.login.role, tls_mode="disable")

    def desk(self, name: str, *, proxy: FaultProxy | None = None, demo: bool = False) -> _Desk:
        database = open_on_duty(self.work_dir / name)
        if demo:
            fill_demo_data(database, visitors=2_000, visits=0, seed=3)
        else:
            SetupService(database.sessions).set_up(
                FacilityDraft(name=name, kind=FacilityKind.NACHBARSCHAFTSHAUS)
            )
        facility = SetupService(database.sessions).local_facility()
        assert facility is not None
        with connect(self.address(), self.login.password) as server:
            facility_id = join(database, facility.id, server)
        address = self.address(proxy)
        synchronizer = Synchronizer(
            database, facility_id, lambda: connect(address, self.login.password)
        )
        return _Desk(database, synchronizer)


@contextmanager
def _network(context: BenchContext) -> Iterator[_Network]:
    prefix = f"b{secrets.token_hex(4)}"
    with fresh_database("tresen_bench") as name:
        try:
            admin.init_shared_db(url_for(name), prefix=prefix)
            login = admin.add_facility(url_for(name), name="Nachbarschaftshaus Benchmark")
            yield _Network(name, login, context.scratch(f"sync-{prefix}"))
        finally:
            with psycopg.connect(admin_url(), autocommit=True) as connection:
                connection.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                    (name,),
                )
    admin.drop_roles(admin_url(), prefix=prefix)


def _check_in(desk: _Desk, count: int) -> list[tuple[Any, ...]]:
    """``count`` visits at desk A, written the way the check-in writes them (captured)."""
    with desk.database.engine.begin() as connection:
        facility, visitors, offers = _ids(connection)
        rows = []
        start = datetime(2026, 1, 5, 9, tzinfo=UTC)
        for n in range(count):
            at = start + timedelta(minutes=7 * n)
            rows.append(
                (
                    new_id().hex, facility, visitors[n % len(visitors)], offers[n % len(offers)],
                    at.date().isoformat(), at.strftime("%Y-%m-%d %H:%M:%S.%f"),
                    at.strftime("%Y-%m-%d %H:%M:%S.%f"), at.strftime("%Y-%m-%d %H:%M:%S.%f"),
                )
            )  # fmt: skip
        connection.exec_driver_sql(
            f"INSERT INTO visit ({', '.join(VISIT_COLUMNS)}) VALUES ({', '.join('?' * 8)})", rows
        )
    return rows


def _ids(connection: Any) -> tuple[str, list[str], list[str]]:
    facility = connection.exec_driver_sql("SELECT id FROM facility").scalar_one()
    visitors = list(connection.exec_driver_sql("SELECT id FROM visitor").scalars())
    offers = list(connection.exec_driver_sql("SELECT id FROM offer").scalars())
    return facility, visitors, offers


def _plain_copy(network: _Network, rows: list[tuple[Any, ...]], proxy: FaultProxy | None) -> float:
    """The baseline: the same rows by a plain COPY into a table like the visits' table."""
    columns = ", ".join(VISIT_COLUMNS)
    with connect(network.address(proxy), network.login.password) as connection:
        connection.execute(
            f"CREATE TEMP TABLE plain_visit AS SELECT {columns} FROM tresen.visit LIMIT 0"
        )
        started = time.perf_counter()
        with (
            connection.transaction(),
            connection.cursor().copy(f"COPY plain_visit ({columns}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)
        return time.perf_counter() - started


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def push_and_pull(context: BenchContext) -> list[Result]:
    with _network(context) as network:
        first = network.desk("a", demo=True)
        second = network.desk("b")
        try:
            first.synchronizer.sync()
            second.synchronizer.sync()
            rows = _check_in(first, ROWS)
            push = _timed(first.synchronizer.sync)
            pull = _timed(second.synchronizer.sync)
            copy = _plain_copy(network, rows, None)
            empty = [_timed(second.synchronizer.sync) * 1000 for _ in range(EMPTY_RUNS)]
            with connect(network.address(), network.login.password) as connection:
                round_trips = []
                for _ in range(EMPTY_RUNS):
                    started = time.perf_counter()
                    connection.execute("SELECT 1").fetchone()
                    round_trips.append((time.perf_counter() - started) * 1000)
        finally:
            first.close()
            second.close()
    target = ROWS / ROWS_PER_SECOND
    return [
        Result(f"Push {ROWS:,} check-ins", push, "s", target, "plain COPY of the rows", copy,
               note=f"{ROWS / push:,.0f} rows/s (target {ROWS_PER_SECOND:,})"),
        Result(f"Pull {ROWS:,} check-ins", pull, "s", target, "plain COPY of the rows", copy,
               note=f"{ROWS / pull:,.0f} rows/s (target {ROWS_PER_SECOND:,})"),
        Result("Sync with nothing to do, median", statistics.median(empty), "ms", EMPTY_SYNC_MS,
               "SELECT 1 round trip", statistics.median(round_trips)),
    ]  # fmt: skip


def slow_network(context: BenchContext) -> list[Result]:
    """10,000 rows each way with 50 ms added to every round trip."""
    with _network(context) as network, FaultProxy(*server_address()) as proxy:
        first = network.desk("a", demo=True, proxy=proxy)
        second = network.desk("b", proxy=proxy)
        try:
            first.synchronizer.sync()
            second.synchronizer.sync()
            rows = _check_in(first, SLOW_ROWS)
            proxy.delay(ADDED_ROUND_TRIP_S / 2)
            push = _timed(first.synchronizer.sync)
            pull = _timed(second.synchronizer.sync)
            copy = _plain_copy(network, rows, proxy)
        finally:
            proxy.delay(0)
            first.close()
            second.close()
    return [
        Result(f"Push {SLOW_ROWS:,} rows, +50 ms round trip", push, "s", SLOW_SECONDS,
               "plain COPY, same proxy", copy),
        Result(f"Pull {SLOW_ROWS:,} rows, +50 ms round trip", pull, "s", SLOW_SECONDS,
               "plain COPY, same proxy", copy),
    ]  # fmt: skip


BENCHMARKS: tuple[Benchmark, ...] = (push_and_pull, slow_network)

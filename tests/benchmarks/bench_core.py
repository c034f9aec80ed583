"""Core benchmarks: writing demo data, search as you type, saving a check-in."""

import random
import sqlite3
import statistics
import time
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from desktop_app.core.db import DATABASE_FILE, Database
from desktop_app.core.services import Services, build_services
from desktop_app.core.services.setup import SetupService
from desktop_app.core.services.visitors import fts_expression
from tests.benchmarks.harness import BenchContext, Benchmark, Result, percentile
from tests.conftest import open_on_duty

T = TypeVar("T")

# The targets.
DEMO_DATA_SECONDS_PER_MILLION = 20.0
SEARCH_P95_MS = 15.0
CHECK_IN_MEDIAN_MS = 5.0

# What a receptionist types for a returning visitor: one name, or first name and the start
# of the last; folded spellings too. Every prefix is one keystroke's search.
TYPED_NAMES = (
    "müller",
    "anna mü",
    "mueller",
    "ozdemir",
    "mehmet yil",
    "nguyen",
    "kowalski",
    "schmidt",
    "fatima al",
    "محمد",
    "olena schew",
    "obrien",
)
SEARCH_PASSES = 3
CHECK_INS = 500
_VISIT_COLUMNS = (
    "id, facility_id, visitor_id, offer_id, visited_on, visited_at, created_at, updated_at, "
    "deleted_at"
)


def _keystrokes() -> list[str]:
    return [name[:length] for name in TYPED_NAMES for length in range(1, len(name) + 1)]


def _timings(action: Callable[[T], object], inputs: Iterable[T]) -> list[float]:
    """Milliseconds of ``action`` for each input, one call at a time."""
    timings = []
    for item in inputs:
        start = time.perf_counter_ns()
        action(item)
        timings.append((time.perf_counter_ns() - start) / 1e6)
    return timings


def _open(context: BenchContext) -> tuple[Database, Services]:
    database = open_on_duty(context.big_data_dir())
    facility = SetupService(database.sessions).local_facility()
    assert facility is not None
    return database, build_services(database.sessions, facility.id)


def _bare_visit_table(path: Path, *, wal: bool) -> sqlite3.Connection:
    connection = sqlite3.connect(path)
    if wal:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")  # as the desk's own connections
    connection.execute(f"CREATE TABLE visit ({_VISIT_COLUMNS})")
    return connection


def _visit_like_rows(count: int) -> list[tuple[object, ...]]:
    """Rows shaped like the demo's visits: 32-digit hex keys, ISO dates and timestamps."""
    rng = random.Random(0)
    facility, offer = uuid.UUID(int=1).hex, uuid.UUID(int=2).hex
    stamp = "2026-05-05 10:11:12.123456"
    return [
        (f"{rng.getrandbits(128):032x}", facility, f"{rng.getrandbits(128):032x}", offer,
         "2026-05-05", stamp, stamp, stamp, None)
        for _ in range(count)
    ]  # fmt: skip


def demo_data(context: BenchContext) -> Result:
    """``tresen demo-data`` writing the big database, against a bare executemany."""
    context.big_data_dir()
    timing = context.fill_timing
    assert timing is not None, "the big database was written before this run"

    rows = _visit_like_rows(context.visits)
    connection = _bare_visit_table(context.scratch("bare-insert") / "bare.sqlite3", wal=False)
    start = time.perf_counter()
    connection.executemany(f"INSERT INTO visit VALUES ({', '.join('?' * 9)})", rows)
    connection.commit()
    baseline = time.perf_counter() - start
    connection.close()
    return Result(
        f"demo-data ({context.visits:,} visits, {context.visitors:,} visitors)",
        timing.wall_seconds,
        "s",
        target=DEMO_DATA_SECONDS_PER_MILLION * max(1.0, context.visits / 1_000_000),
        baseline_name="sqlite3 executemany, bare table",
        baseline_value=baseline,
        note=f"{timing.summary}; CPU {timing.cpu_seconds:.1f} s in the child process",
    )


def search_as_you_type(context: BenchContext) -> Result:
    """``visitors.search`` per keystroke, against a bare FTS5 prefix query."""
    database, services = _open(context)
    keystrokes = _keystrokes()
    passes = keystrokes * SEARCH_PASSES
    try:
        first_pass = _timings(services.visitors.search, keystrokes)
        timed = _timings(services.visitors.search, passes)
    finally:
        database.close()
    slowest_ms, slowest_query = max(zip(timed, passes, strict=True))

    connection = sqlite3.connect(database.path)
    bare_sql = "SELECT rowid FROM visitor_search WHERE visitor_search MATCH ? LIMIT 50"

    def bare_search(query: str) -> None:
        connection.execute(bare_sql, (fts_expression(query),)).fetchall()

    try:
        _timings(bare_search, keystrokes)  # the same warm-up the service had
        bare = _timings(bare_search, passes)
    finally:
        connection.close()
    return Result(
        f"search as you type, p95 ({len(keystrokes)} keystrokes x {SEARCH_PASSES})",
        percentile(timed, 0.95),
        "ms",
        target=SEARCH_P95_MS,
        baseline_name="bare FTS5 prefix MATCH, LIMIT 50",
        baseline_value=percentile(bare, 0.95),
        note=(
            f"p50 {statistics.median(timed):.1f} ms, max {slowest_ms:.1f} ms ('{slowest_query}'); "
            f"first pass p95 {percentile(first_pass, 0.95):.1f} ms; "
            f"bare query p50 {statistics.median(bare):.2f} ms"
        ),
    )


def check_in(context: BenchContext) -> Result:
    """``visits.check_in`` of different visitors, against a bare INSERT and COMMIT in WAL."""
    database, services = _open(context)
    try:
        with database.engine.connect() as connection:
            ids = [
                uuid.UUID(row[0]) for row in connection.exec_driver_sql("SELECT id FROM visitor")
            ]
        visitors = random.Random(0).sample(ids, CHECK_INS + 10)
        offer = services.offers.list_offers()[0]

        def save(visitor_id: uuid.UUID) -> None:
            services.visits.check_in(visitor_id, offer.id)

        _timings(save, visitors[:10])  # warm-up: the first calls prepare statements
        timed = _timings(save, visitors[10:])
    finally:
        database.close()

    bare_connection = _bare_visit_table(context.scratch("bare-check-in") / DATABASE_FILE, wal=True)

    def insert(row: tuple[object, ...]) -> None:
        bare_connection.execute(f"INSERT INTO visit VALUES ({', '.join('?' * 9)})", row)
        bare_connection.commit()

    rows = _visit_like_rows(CHECK_INS + 10)
    try:
        _timings(insert, rows[:10])
        bare = _timings(insert, rows[10:])
    finally:
        bare_connection.close()
    return Result(
        f"check-in saved, median ({CHECK_INS} visitors)",
        statistics.median(timed),
        "ms",
        target=CHECK_IN_MEDIAN_MS,
        baseline_name="bare INSERT + COMMIT, WAL",
        baseline_value=statistics.median(bare),
        note=f"p95 {percentile(timed, 0.95):.1f} ms, offer '{offer.title}'",
    )


BENCHMARKS: tuple[Benchmark, ...] = (demo_data, search_as_you_type, check_in)

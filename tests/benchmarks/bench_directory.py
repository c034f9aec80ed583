"""Directory benchmarks: importing an HSDS file of 5,000 services, searching them."""

import json
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from desktop_app.core.db import Database
from desktop_app.core.demo_directory import generated_partners
from desktop_app.core.directory_records import DirectoryQuery
from desktop_app.core.hsds import export_json, plan_import
from desktop_app.core.records import FacilityDraft
from desktop_app.core.reference import FacilityKind
from desktop_app.core.services import local_now
from desktop_app.core.services.directory import SEARCH_LIMIT, DirectoryService
from desktop_app.core.services.setup import SetupService
from desktop_app.core.text import search_words
from tests.benchmarks.harness import BenchContext, Benchmark, Result, percentile
from tests.conftest import open_on_duty

# The targets.
IMPORT_SECONDS = 5.0
SEARCH_P95_MS = 20.0

SERVICES = 5_000
SEARCH_PASSES = 5
# What a receptionist looks for: words (and word starts), filters, and nothing at all.
TYPICAL_QUERIES = (
    DirectoryQuery(),
    DirectoryQuery("beratung"),
    DirectoryQuery("famil"),
    DirectoryQuery("deutsch kurs"),
    DirectoryQuery("schuldner"),
    DirectoryQuery("senioren treff"),
    DirectoryQuery(field_of_action="Familie"),
    DirectoryQuery(field_of_action="Beratung und Begleitung"),
    DirectoryQuery(target_group="Seniorinnen und Senioren"),
    DirectoryQuery(target_group="Geflüchtete"),
    DirectoryQuery(language="ar"),
    DirectoryQuery(language="uk"),
    DirectoryQuery("beratung", language="tr"),
    DirectoryQuery("kurs", field_of_action="Integration"),
)


def _desk(data_dir: Path) -> tuple[Database, DirectoryService]:
    database = open_on_duty(data_dir)
    facility = SetupService(database.sessions).set_up(
        FacilityDraft(name="Stadtteilzentrum Benchmark", kind=FacilityKind.STADTTEILZENTRUM)
    )
    return database, DirectoryService(database.sessions, facility.id, local_now)


def hsds_import(context: BenchContext) -> Result:
    """Importing an HSDS JSON file of 5,000 services into a new database."""
    scratch = context.scratch("hsds-import")
    path = scratch / "directory.json"
    export_json(generated_partners(SERVICES, seed=context.seed), path)

    database, directory = _desk(scratch / "desk")
    try:
        start = time.perf_counter()
        plan = plan_import(path, directory.list_partners())
        read = time.perf_counter() - start
        summary = directory.save_many(plan.partners, plan.notes)
        elapsed = time.perf_counter() - start
        # The same file again: every entry is an update now.
        again = time.perf_counter()
        plan = plan_import(path, directory.list_partners())
        directory.save_many(plan.partners, plan.notes)
        reimport = time.perf_counter() - again
    finally:
        database.close()

    start = time.perf_counter()
    with path.open(encoding="utf-8") as file:
        document = json.load(file)
    rows = [
        (service["id"], organization["id"], service["name"], service.get("description", ""))
        for organization in document
        for service in organization["services"]
    ]
    connection = sqlite3.connect(scratch / "bare.sqlite3")
    connection.execute("CREATE TABLE service (id, organization_id, name, description)")
    connection.executemany("INSERT INTO service VALUES (?, ?, ?, ?)", rows)
    connection.commit()
    baseline = time.perf_counter() - start
    connection.close()
    return Result(
        f"HSDS import of {summary.offers:,} services",
        elapsed,
        "s",
        target=IMPORT_SECONDS,
        baseline_name="json.load + sqlite3 executemany, one row per service",
        baseline_value=baseline,
        note=(
            f"{summary.partners_added:,} partners, {summary.locations:,} locations, "
            f"{path.stat().st_size / 1e6:.0f} MB; reading and checking {read:.1f} s, "
            f"save_many {elapsed - read:.1f} s; the same file again (all updates) "
            f"{reimport:.1f} s"
        ),
    )


def directory_search(context: BenchContext) -> Result:
    """``DirectoryService.search`` over 5,000 services, against a bare LIKE query."""
    scratch = context.scratch("directory-search")
    database, directory = _desk(scratch / "desk")
    # Every day of the week once, so "open on" sees open and closed days alike.
    monday = date(2026, 11, 23)
    queries = [
        *TYPICAL_QUERIES,
        *(DirectoryQuery(open_on=monday + timedelta(days=n)) for n in range(7)),
    ]
    try:
        directory.save_many(generated_partners(SERVICES, seed=context.seed))
        first_pass = _timings(directory.search, queries)
        passes = queries * SEARCH_PASSES
        timed = _timings(directory.search, passes)
        hits = {query: len(directory.search(query)) for query in queries}
    finally:
        database.close()

    # The bare query: the offers' own search words in a table of their own.
    bare = sqlite3.connect(":memory:")
    bare.execute("CREATE TABLE offer (id TEXT, name TEXT, terms TEXT)")
    with sqlite3.connect(database.path) as source:
        bare.executemany(
            "INSERT INTO offer VALUES (?, ?, ?)",
            source.execute("SELECT id, name, ' ' || search_terms FROM partner_offer"),
        )

    def bare_search(query: DirectoryQuery) -> None:
        words = search_words(query.text)
        where = " AND ".join(["terms LIKE ?"] * len(words)) or "1"
        sql = f"SELECT id, name FROM offer WHERE {where} ORDER BY name LIMIT {SEARCH_LIMIT}"
        bare.execute(sql, [f"% {word}%" for word in words]).fetchall()

    try:
        _timings(bare_search, queries)
        bare_timed = _timings(bare_search, passes)
    finally:
        bare.close()
    slowest_ms, slowest = max(zip(timed, passes, strict=True), key=lambda pair: pair[0])
    return Result(
        f"directory search, {SERVICES:,} services, p95 ({len(queries)} queries x {SEARCH_PASSES})",
        percentile(timed, 0.95),
        "ms",
        target=SEARCH_P95_MS,
        baseline_name=f"bare LIKE over the offers' search words, LIMIT {SEARCH_LIMIT}",
        baseline_value=percentile(bare_timed, 0.95),
        note=(
            f"p50 {statistics.median(timed):.1f} ms, max {slowest_ms:.1f} ms "
            f"({_describe(slowest)}); first pass p95 {percentile(first_pass, 0.95):.1f} ms; "
            f"hits per query {min(hits.values())}–{max(hits.values())}; filters are not in "
            "the bare query"
        ),
    )


def _timings(
    action: Callable[[DirectoryQuery], object], queries: list[DirectoryQuery]
) -> list[float]:
    """Milliseconds of ``action`` for each query, one call at a time."""
    timings = []
    for query in queries:
        start = time.perf_counter_ns()
        action(query)
        timings.append((time.perf_counter_ns() - start) / 1e6)
    return timings


def _describe(query: DirectoryQuery) -> str:
    parts = [f"'{query.text}'"] if query.text else []
    parts += [
        f"{name} {value}"
        for name, value in (
            ("field", query.field_of_action),
            ("group", query.target_group),
            ("language", query.language),
            ("open on", query.open_on),
        )
        if value
    ]
    return ", ".join(parts) or "empty query"


BENCHMARKS: tuple[Benchmark, ...] = (hsds_import, directory_search)

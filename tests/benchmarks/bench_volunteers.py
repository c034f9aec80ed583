"""Volunteer benchmarks: a row of hours saved from the grid, the hours summary of years."""

import sqlite3
import statistics
import time
import uuid
from datetime import date, datetime, timedelta
from datetime import time as time_of_day

from desktop_app.core.db import Database
from desktop_app.core.demo_volunteers import bulk_hours
from desktop_app.core.document_records import Letterhead
from desktop_app.core.local_file import DATABASE_FILE
from desktop_app.core.records import FacilityDraft
from desktop_app.core.reference import FacilityKind
from desktop_app.core.services import Services, build_services
from desktop_app.core.services.setup import SetupService
from desktop_app.core.volunteer_records import HoursDraft
from tests.benchmarks.harness import BenchContext, Benchmark, Result, percentile
from tests.conftest import open_on_duty

# The targets.
ROW_MEDIAN_MS = 10.0
SUMMARY_MS = 100.0

VOLUNTEERS = 500
YEARS = 5
ROWS_SAVED = 300
WARM_UP = 10
SUMMARY_RUNS = 10
TODAY = date(2026, 11, 23)


_BARE_SUMMARY = (
    "SELECT volunteer_id, activity, sum(minutes) FROM volunteer_hours"
    " WHERE worked_on BETWEEN ? AND ? GROUP BY volunteer_id, activity"
)


def _clock() -> datetime:
    """The desk's clock stands on ``TODAY``, the day the hours were made up to."""
    return datetime.combine(TODAY, time_of_day(18)).astimezone()


def _desk(context: BenchContext, name: str) -> tuple[Database, Services, int]:
    """A desk of its own with 500 volunteers and their weekly hours of five years."""
    database = open_on_duty(context.scratch(name))
    facility = SetupService(database.sessions).set_up(
        FacilityDraft(name="Nachbarschaftshaus Benchmark", kind=FacilityKind.NACHBARSCHAFTSHAUS)
    )
    rows = bulk_hours(
        database,
        facility.id,
        volunteers=VOLUNTEERS,
        years=YEARS,
        seed=context.seed,
        today=TODAY,
    )
    return database, build_services(database.sessions, facility.id, _clock), rows


def _milliseconds(start: int) -> float:
    return (time.perf_counter_ns() - start) / 1e6


def _free_cells(services: Services) -> list[HoursDraft]:
    """Days without hours yet, one per volunteer and day, as a coordinator fills the grid."""
    volunteers = services.volunteers.list_volunteers(include_ended=True)
    cells: list[HoursDraft] = []
    day = TODAY
    while len(cells) < ROWS_SAVED + WARM_UP:
        for summary in volunteers:
            taken = {e.activity for e in services.hours.entries(summary.id, day, day)}
            free = [activity for activity in summary.activities if activity not in taken]
            if free:
                cells.append(HoursDraft(summary.id, day, 150, free[0]))
            if len(cells) == ROWS_SAVED + WARM_UP:
                break
        day -= timedelta(days=1)
    return cells


def _bare_row_saves(context: BenchContext) -> list[float]:
    """One-row INSERT + COMMIT of an hours-shaped row into a bare table in WAL mode."""
    connection = sqlite3.connect(context.scratch("bare-hours") / DATABASE_FILE)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")  # as the desk's own connections
    connection.execute(
        "CREATE TABLE volunteer_hours (id, volunteer_id, worked_on, minutes, activity,"
        " status, recorded_by, recorded_at)"
    )
    timed = []
    try:
        for index in range(ROWS_SAVED + WARM_UP):
            row = (uuid.uuid4().hex, uuid.uuid4().hex, "2026-11-23", 150, "Café", "active", "MB")
            start = time.perf_counter_ns()
            connection.execute(
                "INSERT INTO volunteer_hours VALUES (?, ?, ?, ?, ?, ?, ?, datetime('now'))", row
            )
            connection.commit()
            if index >= WARM_UP:
                timed.append(_milliseconds(start))
    finally:
        connection.close()
    return timed


def hours_row_saved(context: BenchContext) -> Result:
    """``hours.record`` of one grid cell, as Enter in the hours grid commits it."""
    database, services, rows = _desk(context, "hours-row")
    try:
        cells = _free_cells(services)
        timed = []
        for index, cell in enumerate(cells):
            start = time.perf_counter_ns()
            services.hours.record(cell, "MB")
            if index >= WARM_UP:
                timed.append(_milliseconds(start))
    finally:
        database.close()
    return Result(
        f"hours row saved from the grid, median ({ROWS_SAVED} rows)",
        statistics.median(timed),
        "ms",
        target=ROW_MEDIAN_MS,
        baseline_name="bare INSERT + COMMIT, WAL",
        baseline_value=statistics.median(_bare_row_saves(context)),
        note=f"p95 {percentile(timed, 0.95):.1f} ms; {rows:,} rows of hours already stored",
    )


def hours_summary(context: BenchContext) -> Result:
    """``hours.summary`` of five years for 500 volunteers: minutes by person and activity."""
    database, services, rows = _desk(context, "hours-summary")
    first, last = date(TODAY.year - YEARS, TODAY.month, 1), TODAY
    try:
        services.hours.summary(first, last)  # warm-up
        timed = []
        for _ in range(SUMMARY_RUNS):
            start = time.perf_counter_ns()
            totals = services.hours.summary(first, last)
            timed.append(_milliseconds(start))
        start = time.perf_counter_ns()
        services.hours.annual_overview(TODAY.year, Letterhead(name="Nachbarschaftshaus Benchmark"))
        overview_ms = _milliseconds(start)
        path = database.path
    finally:
        database.close()
    connection = sqlite3.connect(path)
    bare = []
    try:
        connection.execute(_BARE_SUMMARY, (first.isoformat(), last.isoformat())).fetchall()
        for _ in range(SUMMARY_RUNS):
            start = time.perf_counter_ns()
            connection.execute(_BARE_SUMMARY, (first.isoformat(), last.isoformat())).fetchall()
            bare.append(_milliseconds(start))
    finally:
        connection.close()
    return Result(
        f"hours summary, {VOLUNTEERS} volunteers over {YEARS} years, median",
        statistics.median(timed),
        "ms",
        target=SUMMARY_MS,
        baseline_name="bare GROUP BY over the same rows",
        baseline_value=statistics.median(bare),
        note=(
            f"{rows:,} rows, {len(totals):,} totals; annual overview of {TODAY.year}"
            f" {overview_ms:.0f} ms"
        ),
    )


BENCHMARKS: tuple[Benchmark, ...] = (hours_row_saved, hours_summary)

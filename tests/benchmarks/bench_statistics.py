"""Statistics: the annual report's figures and the dashboard's refresh over 2,000,000 visits.

A database of its own, written by a child process as ``tresen demo-data`` would write it:
the demo facility with 100,000 visitors and 2,000,000 visits in the calendar year 2025
(the demo spreads visits over the 365 days before its "today", here 31 December 2025).
The baseline is the plainest query for a single figure over the same visits: visits and
distinct visitors of the period straight from the visits' table.
"""

import json
import sqlite3
import statistics
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from desktop_app.core.services import build_services
from desktop_app.core.services.setup import SetupService
from desktop_app.core.statistics_records import Period
from tests.benchmarks.harness import BenchContext, Result, percentile, run_child
from tests.conftest import open_on_duty

VISITS = 2_000_000
VISITORS = 100_000
YEAR = 2025
ANNUAL_REPORT_SECONDS = 1.0
DASHBOARD_MS = 300.0

_FILL = (
    "import sys; from datetime import date; from pathlib import Path;"
    "from desktop_app.core.demo import fill_demo_directory;"
    "s = fill_demo_directory(Path(sys.argv[1]), visitors=int(sys.argv[2]),"
    " visits=int(sys.argv[3]), seed=3, today=date(2025, 12, 31));"
    "print(s.describe())"
)

# The dashboard as the Statistics tab builds it, stepped through the months of the year:
# from choosing a month to its figures (and the year before's) shown, drawn included.
_DASHBOARD = """
import json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from datetime import date
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop_app.core.document_records import Letterhead
from desktop_app.core.services import build_services
from desktop_app.core.services.setup import SetupService
from desktop_app.core.statistics_records import CountingRules, Period
from desktop_app.gui.statistics_view import StatisticsView
from desktop_app.gui.tasks import TaskRunner
from tests.conftest import open_on_duty
app = QApplication(sys.argv[:1])
database = open_on_duty(Path(sys.argv[1]))
facility = SetupService(database.sessions).local_facility()
services = build_services(database.sessions, facility.id)
runner = TaskRunner(print)
view = StatisticsView(services, runner, CountingRules(), lambda: Letterhead(facility.name),
                      lambda: "de", database.on_duty)
view.resize(1280, 760)
view.show()
timings = []
def wait_for_figures():
    while view.busy:
        app.processEvents()
        time.sleep(0.0005)
    app.processEvents()
view.set_period(Period.month(2025, 1))
wait_for_figures()
for month in range(1, 13):
    start = time.perf_counter()
    view.set_period(Period.month(2025, month))
    wait_for_figures()
    timings.append((time.perf_counter() - start) * 1000)
start = time.perf_counter()
view.set_period(Period.year(2025))
wait_for_figures()
year = (time.perf_counter() - start) * 1000
print(json.dumps({"months": timings, "year": year}), flush=True)
runner.shutdown()
"""


def _data_dir(context: BenchContext) -> Path:
    data_dir = context.work_dir / "statistics"
    if not data_dir.exists():
        context.log(f"writing {VISITORS:,} visitors and {VISITS:,} visits of {YEAR} to {data_dir}")
        wall, _, output = run_child(
            [sys.executable, "-c", _FILL, str(data_dir), str(VISITORS), str(VISITS)]
        )
        context.log(f"  {output.strip()} in {wall:.1f} s")
    return data_dir


def _bare_seconds(path: Path, period: Period, runs: int) -> float:
    """The median of the plainest query: visits and distinct visitors of the period."""
    connection = sqlite3.connect(path)
    timings = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        connection.execute(
            "SELECT count(*), count(DISTINCT visitor_id) FROM visit "
            "WHERE deleted_at IS NULL AND visited_on BETWEEN ? AND ?",
            (period.start.isoformat(), period.end.isoformat()),
        ).fetchone()
        timings.append(time.perf_counter() - start)
    connection.close()
    return statistics.median(timings[1:])


def annual_report(context: BenchContext) -> Sequence[Result]:
    """The annual report's figures of 2025 beside 2024's, as ``tresen report`` counts them."""
    data_dir = _data_dir(context)
    database = open_on_duty(data_dir)
    try:
        facility = SetupService(database.sessions).local_facility()
        assert facility is not None
        service = build_services(database.sessions, facility.id).statistics
        year = Period.year(YEAR)
        service.comparison(year)  # warm-up: the file's pages in the cache, as on a desk
        timings = []
        for _ in range(5):
            start = time.perf_counter()
            figures = service.comparison(year).current
            timings.append(time.perf_counter() - start)
        months = []
        for month in range(1, 13):
            start = time.perf_counter()
            service.comparison(Period.month(YEAR, month))
            months.append((time.perf_counter() - start) * 1000)
        custom = Period(date(YEAR, 6, 10), date(YEAR, 7, 9))
        start = time.perf_counter()
        service.comparison(custom)
        custom_seconds = time.perf_counter() - start
    finally:
        database.close()
    path = data_dir / "tresen.sqlite3"
    return [
        Result(
            f"annual-report figures ({figures.visits:,} visits, {figures.visitors:,} visitors)",
            statistics.median(timings),
            "s",
            target=ANNUAL_REPORT_SECONDS,
            baseline_name="bare count(*), count(DISTINCT visitor_id) of the year",
            baseline_value=_bare_seconds(path, year, 3),
            note=f"median of 5 (year and year before); slowest {max(timings):.2f} s",
        ),
        Result(
            "month's figures with the year before (service)",
            statistics.median(months),
            "ms",
            target=DASHBOARD_MS,
            baseline_name="bare count(*), count(DISTINCT visitor_id) of the month",
            baseline_value=_bare_seconds(path, Period.month(YEAR, 6), 5) * 1000,
            note=f"median of the 12 months; slowest {max(months):.0f} ms; a custom 30 days "
            f"(counted from the visits): {custom_seconds:.2f} s",
        ),
    ]


def dashboard_refresh(context: BenchContext) -> Result:
    """The Statistics tab stepped through the months of 2025 in an offscreen window."""
    data_dir = _data_dir(context)
    _, _, output = run_child(
        [sys.executable, "-c", _DASHBOARD, str(data_dir)],
    )
    measured = json.loads(output.strip().splitlines()[-1])
    months: list[float] = measured["months"]
    return Result(
        "dashboard refresh after choosing another month",
        statistics.median(months),
        "ms",
        target=DASHBOARD_MS,
        baseline_name="bare count(*), count(DISTINCT visitor_id) of the month",
        baseline_value=_bare_seconds(data_dir / "tresen.sqlite3", Period.month(YEAR, 6), 5) * 1000,
        note=f"median of 12 months; p95 {percentile(months, 0.95):.0f} ms; choosing the "
        f"whole year: {measured['year']:.0f} ms",
    )


BENCHMARKS = (annual_report, dashboard_refresh)

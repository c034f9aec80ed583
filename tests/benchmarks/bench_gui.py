"""GUI benchmarks: start-up against a bare window, opening the visitors screen."""

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from tests.benchmarks.harness import REPO_ROOT, BenchContext, Benchmark, Result

START_UP_RATIO = 1.5
VISITORS_SCREEN_MS = 300.0
VISITORS_SCREEN_RSS_MB = 250.0
START_UP_RUNS = 7

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
QTimer.singleShot(0, window.close)
sys.exit(app.exec())
"""

# Runs in a fresh process so that memory is the screen's own, not the benchmark runner's.
VISITORS_SCREEN = """
import json, resource, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication, QTableView
from PySide6.QtGui import QStandardItem, QStandardItemModel
app = QApplication(sys.argv[:1])

def rss_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

if sys.argv[1] == "bare":
    start = time.perf_counter()
    model = QStandardItemModel(200, 6)
    for row in range(200):
        for column in range(6):
            model.setItem(row, column, QStandardItem(f"{row}/{column}"))
    view = QTableView()
    view.setModel(model)
    view.show()
    app.processEvents()
    elapsed = time.perf_counter() - start
else:
    from desktop_app.core.db import open_database
    from desktop_app.core.services import build_services
    from desktop_app.core.services.setup import SetupService
    from desktop_app.gui.tasks import TaskRunner
    from desktop_app.gui.visitors_view import VisitorsView
    database = open_database(Path(sys.argv[2]))
    facility = SetupService(database.sessions).local_facility()
    services = build_services(database.sessions, facility.id)
    runner = TaskRunner(print)
    start = time.perf_counter()
    view = VisitorsView(services, runner)
    view.show()
    while view.model.rowCount() == 0:
        app.processEvents()
    app.processEvents()
    elapsed = time.perf_counter() - start
    runner.shutdown()
print(json.dumps({"ms": elapsed * 1000, "rss_mb": rss_mb()}))
"""


def _environment(context: BenchContext) -> dict[str, str]:
    home = context.work_dir / "home"
    home.mkdir(exist_ok=True)
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
    )
    # An installed program starts from compiled bytecode; let the warm-up run write it.
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    return environment


def _wall_ms(command: Sequence[str], environment: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=REPO_ROOT, env=environment, check=True, capture_output=True)
    return (time.perf_counter() - start) * 1000


def start_up(context: BenchContext) -> Result:
    """Process start to the main window shown and the event loop running, then quit.

    Both programs close their window on the first turn of the event loop after showing it;
    runs alternate so that a busy machine slows both alike.
    """
    data_dir = context.big_data_dir()
    environment = _environment(context)
    tresen = [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir)]
    tresen.append("--quit-after-start")
    bare = [sys.executable, "-c", BARE_WINDOW]
    _wall_ms(tresen, environment)  # warm the file cache
    _wall_ms(bare, environment)
    tresen_ms, bare_ms = [], []
    for _ in range(START_UP_RUNS):
        tresen_ms.append(_wall_ms(tresen, environment))
        bare_ms.append(_wall_ms(bare, environment))
    return Result(
        name="start-up to main window",
        value=statistics.median(tresen_ms),
        unit="ms",
        baseline_name="bare QMainWindow",
        baseline_value=statistics.median(bare_ms),
        target_ratio=START_UP_RATIO,
        note=f"median of {START_UP_RUNS} starts each, on the big database",
    )


def _screen(mode: str, data_dir: Path, environment: dict[str, str]) -> dict[str, float]:
    completed = subprocess.run(
        [sys.executable, "-c", VISITORS_SCREEN, mode, str(data_dir)],
        cwd=REPO_ROOT,
        env=environment,
        check=True,
        capture_output=True,
        text=True,
    )
    figures: dict[str, float] = json.loads(completed.stdout.strip().splitlines()[-1])
    return figures


def visitors_screen(context: BenchContext) -> Sequence[Result]:
    """Open the visitors screen on 100,000 visitors: time to the first rows, and memory."""
    data_dir = context.big_data_dir()
    environment = _environment(context)
    screens = [_screen("tresen", data_dir, environment) for _ in range(3)]
    bares = [_screen("bare", data_dir, environment) for _ in range(3)]
    return (
        Result(
            name="open visitors screen",
            value=statistics.median(s["ms"] for s in screens),
            unit="ms",
            target=VISITORS_SCREEN_MS,
            baseline_name="bare QTableView, 200 rows",
            baseline_value=statistics.median(b["ms"] for b in bares),
            note=f"{context.visitors:,} visitors; median of 3 fresh processes",
        ),
        Result(
            name="visitors screen memory",
            value=max(s["rss_mb"] for s in screens),
            unit="MB",
            target=VISITORS_SCREEN_RSS_MB,
            baseline_name="bare QTableView process",
            baseline_value=max(b["rss_mb"] for b in bares),
            note="resident memory of the whole process after the screen is shown",
        ),
    )


BENCHMARKS: tuple[Benchmark, ...] = (start_up, visitors_screen)

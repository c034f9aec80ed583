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

# Both children get the moment they were spawned and report, in milliseconds since then,
# when their window was shown and the event loop had turned once (ready for keystrokes).
BARE_WINDOW = """
import json, os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
spawned = float(sys.argv[1])
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
def shown():
    print(json.dumps({"shown": (time.time() - spawned) * 1000}), flush=True)
    os._exit(0)
QTimer.singleShot(0, shown)
app.exec()
"""

# Tresen is started as the ``tresen`` command starts it (desktop_app.cli.main, which runs
# run_gui); the only addition is a watcher on the desk's window. Nobody is signed in at
# start, so the window shows the sign-in page. Besides "shown" it reports "ready": a
# receptionist's user name and password entered at once, the database open behind the
# window, the password checked and the check-in screen's offers loaded.
TRESEN_WINDOW = """
import json, os, sys, time
spawned = float(sys.argv[1])
from PySide6.QtCore import QTimer
from desktop_app.app import Desk
from desktop_app.cli import main
data_dir, user_name, password = sys.argv[2:5]
times = {}
def ready(window):
    if window.locked or window.checkin_view.current_offer() is None:
        QTimer.singleShot(1, lambda: ready(window))
        return
    times["ready"] = (time.time() - spawned) * 1000
    print(json.dumps(times), flush=True)
    os._exit(0)
def shown(window):
    def turned():
        times["shown"] = (time.time() - spawned) * 1000
        page = window.sign_in_page.form
        page.user_name_edit.setText(user_name)
        page.password_edit.setText(password)
        page.sign_in_button.click()
        ready(window)
    QTimer.singleShot(0, turned)
start = Desk.start
def start_watched(desk):
    desk.main_window_shown.connect(shown)
    start(desk)
Desk.start = start_watched
main(["--data-dir", data_dir])
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
    from desktop_app.core.services import build_services
    from desktop_app.core.services.setup import SetupService
    from desktop_app.gui.tasks import TaskRunner
    from desktop_app.gui.visitors_view import VisitorsView
    from tests.conftest import open_on_duty
    database = open_on_duty(Path(sys.argv[2]))
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


def _child(script: str, arguments: Sequence[str], environment: dict[str, str]) -> dict[str, float]:
    completed = subprocess.run(
        [sys.executable, "-c", script, str(time.time()), *arguments],
        cwd=REPO_ROOT,
        env=environment,
        check=True,
        capture_output=True,
        text=True,
    )
    figures: dict[str, float] = json.loads(completed.stdout.strip().splitlines()[-1])
    return figures


def start_up(context: BenchContext) -> Sequence[Result]:
    """Process start to the main window shown with the event loop running.

    Tresen shows a set-up desk's window, with its sign-in page, before its database layer
    has loaded; the user name field takes typing at once. "ready" is when someone has
    signed in, the database is open behind the window and a check-in can be saved. Runs
    alternate so that a busy machine slows both alike.
    """
    from desktop_app.core.demo import DEMO_PASSWORD

    # The demo data's receptionist, who signs in at once to check visitors in.
    tresen_arguments = [str(context.big_data_dir()), "empfang", DEMO_PASSWORD]
    environment = _environment(context)
    _child(TRESEN_WINDOW, tresen_arguments, environment)  # warm caches, write bytecode
    _child(BARE_WINDOW, [], environment)
    tresen, bare = [], []
    for _ in range(START_UP_RUNS):
        tresen.append(_child(TRESEN_WINDOW, tresen_arguments, environment))
        bare.append(_child(BARE_WINDOW, [], environment))
    bare_ms = statistics.median(b["shown"] for b in bare)
    return (
        Result(
            name="start-up to main window taking input",
            value=statistics.median(t["shown"] for t in tresen),
            unit="ms",
            baseline_name="bare QMainWindow",
            baseline_value=bare_ms,
            target_ratio=START_UP_RATIO,
            note=f"median of {START_UP_RUNS} starts each, on the big database",
        ),
        Result(
            name="start-up until a check-in can be saved",
            value=statistics.median(t["ready"] for t in tresen),
            unit="ms",
            baseline_name="bare QMainWindow",
            baseline_value=bare_ms,
            note="signed in at once, database opened behind the window, offers loaded"
            " (no target set)",
        ),
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

"""What every benchmark shares: the result row, the run's context and the printed table.

A benchmark is a function ``(context) -> Result | Sequence[Result]`` listed in the
``BENCHMARKS`` tuple of a module ``tests/benchmarks/bench_<area>.py``; ``python -m
tests.benchmarks`` finds those modules, runs them in order and prints one table.
Benchmarks measure and report; they never fail the run.
"""

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Result:
    """One measured figure beside its target and a baseline measured in the same run.

    ``target`` is the most ``value`` may be, in ``unit``; ``target_ratio`` the most it may
    be as a multiple of ``baseline_value`` (for targets such as "1.5x a bare window").
    """

    name: str
    value: float
    unit: str
    target: float | None = None
    baseline_name: str = ""
    baseline_value: float | None = None
    target_ratio: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline_value is None or self.baseline_value <= 0:
            return None
        return self.value / self.baseline_value

    @property
    def met(self) -> bool | None:
        """Whether every target given is met; None without targets."""
        checks: list[bool] = []
        if self.target is not None:
            checks.append(self.value <= self.target)
        if self.target_ratio is not None and self.ratio is not None:
            checks.append(self.ratio <= self.target_ratio)
        return all(checks) if checks else None


@dataclass
class FillTiming:
    """How long writing the big demo database took, measured in a child process."""

    wall_seconds: float
    cpu_seconds: float
    summary: str


@dataclass
class BenchContext:
    """Shared by the benchmarks of one run: a scratch directory and the big database."""

    work_dir: Path
    visitors: int = 100_000
    visits: int = 1_000_000
    seed: int = 1
    log: Callable[[str], None] = field(default=lambda message: print(message, file=sys.stderr))
    fill_timing: FillTiming | None = None
    _big_dir: Path | None = None

    def scratch(self, name: str) -> Path:
        """A fresh directory for one benchmark's own files."""
        path = self.work_dir / name
        path.mkdir(parents=True, exist_ok=False)
        return path

    def big_data_dir(self) -> Path:
        """The data directory of the big demo database, written once per run.

        It is written by a child process, the way ``tresen demo-data`` would write it, so
        the time includes starting Python and opening the database.
        """
        if self._big_dir is None:
            data_dir = self.work_dir / "big"
            self.log(f"writing {self.visitors:,} visitors and {self.visits:,} visits to {data_dir}")
            code = (
                "import sys; from pathlib import Path;"
                "from desktop_app.core.demo import fill_demo_directory;"
                "s = fill_demo_directory(Path(sys.argv[1]), visitors=int(sys.argv[2]),"
                " visits=int(sys.argv[3]), seed=int(sys.argv[4]));"
                "print(s.describe())"
            )
            arguments = [str(data_dir), str(self.visitors), str(self.visits), str(self.seed)]
            wall, cpu, output = run_child([sys.executable, "-c", code, *arguments])
            self.fill_timing = FillTiming(wall, cpu, output.strip())
            self.log(f"  {output.strip()} in {wall:.1f} s")
            self._big_dir = data_dir
        return self._big_dir


def run_child(command: Sequence[str]) -> tuple[float, float, str]:
    """Run ``command`` from the repository root; return wall seconds, CPU seconds, stdout."""
    before = os.times()
    start = time.perf_counter()
    completed = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = os.times()
    if completed.returncode != 0:
        raise RuntimeError(f"{command[0]} failed:\n{completed.stderr[-2000:]}")
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return wall, cpu, completed.stdout


def milliseconds_since(start: int) -> float:
    """Milliseconds from ``start``, a ``time.perf_counter_ns()`` reading, until now."""
    return (time.perf_counter_ns() - start) / 1e6


def percentile(samples: Sequence[float], fraction: float) -> float:
    """The ``fraction`` quantile (0.95 for p95) by the inclusive method."""
    if len(samples) == 1:
        return samples[0]
    return statistics.quantiles(samples, n=100, method="inclusive")[round(fraction * 100) - 1]


Benchmark = Callable[[BenchContext], Result | Sequence[Result]]


def _figure(value: float | None, unit: str = "") -> str:
    if value is None:
        return "–"
    text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}" if value < 1 else f"{value:.1f}"
    return f"{text} {unit}".strip()


def format_table(results: Sequence[Result]) -> str:
    """The run's results as a plain-text table, notes below it."""
    header = ("benchmark", "measured", "target", "baseline", "baseline value", "ratio", "met")
    rows = [header]
    for result in results:
        targets = []
        if result.target is not None:
            targets.append(f"≤ {_figure(result.target, result.unit)}")
        if result.target_ratio is not None:
            targets.append(f"≤ {result.target_ratio:g}× baseline")
        met = {True: "yes", False: "NO", None: "–"}[result.met]
        rows.append(
            (
                result.name,
                _figure(result.value, result.unit),
                ", ".join(targets) or "–",
                result.baseline_name or "–",
                _figure(result.baseline_value, result.unit),
                "–" if result.ratio is None else f"{result.ratio:.2f}×",
                met,
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    notes = [f"  {result.name}: {result.note}" for result in results if result.note]
    if notes:
        lines += ["", "notes:", *notes]
    return "\n".join(line.rstrip() for line in lines)

"""Run every benchmark (``python -m tests.benchmarks``) and print one table; always exit 0."""

import argparse
import importlib
import pkgutil
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

from tests import benchmarks
from tests.benchmarks.harness import BenchContext, Benchmark, Result, format_table


def _benchmarks() -> list[Benchmark]:
    """The ``BENCHMARKS`` of every ``bench_*`` module, modules in alphabetical order."""
    found: list[Benchmark] = []
    for module in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda m: m.name):
        if module.name.startswith("bench_"):
            loaded = importlib.import_module(f"{benchmarks.__name__}.{module.name}")
            found.extend(getattr(loaded, "BENCHMARKS", ()))
    return found


def _name(benchmark: Benchmark) -> str:
    return getattr(benchmark, "__name__", repr(benchmark)).replace("_", "-")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__)
    parser.add_argument("--visitors", type=int, default=100_000)
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument(
        "--only", default="", help="comma-separated parts of benchmark names to run"
    )
    parser.add_argument("--keep", action="store_true", help="keep the scratch directory")
    arguments = parser.parse_args(argv)

    selected = [
        benchmark
        for benchmark in _benchmarks()
        if not arguments.only or any(part in _name(benchmark) for part in arguments.only.split(","))
    ]
    work_dir = Path(tempfile.mkdtemp(prefix="tresen-bench-"))
    context = BenchContext(work_dir, visitors=arguments.visitors, visits=arguments.visits)
    results: list[Result] = []
    started = time.perf_counter()
    try:
        for benchmark in selected:
            context.log(f"running {_name(benchmark)}")
            try:
                outcome = benchmark(context)
            except Exception:  # a benchmark that breaks is reported, and the others still run
                traceback.print_exc()
                results.append(Result(_name(benchmark), float("nan"), "", note="failed, see above"))
                continue
            results.extend([outcome] if isinstance(outcome, Result) else outcome)
    finally:
        if arguments.keep:
            context.log(f"kept {work_dir}")
        else:
            shutil.rmtree(work_dir, ignore_errors=True)
    print(format_table(results))
    elapsed = time.perf_counter() - started
    print(f"\n{len(results)} figures in {elapsed:.0f} s; Python {sys.version.split()[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The command line: the program by default, plus demo data for benchmarks and demos."""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app import __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tresen",
        description="Tresen – the front desk of the neighbourhood facilities of Berlin-Mitte.",
    )
    parser.add_argument("--version", action="version", version=f"Tresen {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="folder of the local database and log (default: the platform's data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a separate demo database filled with fictitious sample data",
    )
    parser.add_argument(
        "--quit-after-start",
        action="store_true",
        help="open the main window, then close it again (checks that an installation starts)",
    )
    commands = parser.add_subparsers(dest="command")
    demo = commands.add_parser(
        "demo-data", help="fill a database with fictitious sample data of any size"
    )
    demo.add_argument("--data-dir", type=Path, required=True, dest="target_dir")
    demo.add_argument("--visitors", type=int, default=2_000)
    demo.add_argument("--visits", type=int, default=25_000)
    demo.add_argument("--seed", type=int, default=2026)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "demo-data":
        return _demo_data(args.target_dir, args.visitors, args.visits, args.seed)
    from desktop_app.app import run_gui

    return run_gui(data_dir=args.data_dir, demo=args.demo, quit_after_start=args.quit_after_start)


def _demo_data(data_dir: Path, visitors: int, visits: int, seed: int) -> int:
    import time

    from desktop_app.core.demo import fill_demo_directory
    from desktop_app.core.errors import DatabaseProblem

    if visitors < 0 or visits < 0:
        print("--visitors and --visits must not be negative", file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        summary = fill_demo_directory(
            data_dir, visitors=visitors, visits=visits, seed=seed, progress=print
        )
    except DatabaseProblem as problem:
        print(problem, file=sys.stderr)
        return 2
    print(f"{summary.describe()} – {time.perf_counter() - started:.1f} s, in {data_dir}")
    return 0

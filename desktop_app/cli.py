"""The command line: the program by default, plus demo data, documents, reports, directory, sync."""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import __version__
from desktop_app.sync import cli as sync_cli

if TYPE_CHECKING:
    import uuid

    from desktop_app.core.db import Database
    from desktop_app.core.document_records import Letterhead


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
    samples = commands.add_parser(
        "sample-documents",
        help="write a sample of every document Tresen prints (a test print of the letterhead)",
    )
    samples.add_argument("--out", type=Path, required=True, help="folder for the PDF files")
    samples.add_argument(
        "--language", default="en", help="beside German: en, tr or ar; de for German alone"
    )
    samples.add_argument(
        "--data-dir",
        type=Path,
        dest="samples_data_dir",
        help="the desk's data folder, whose facility makes the letterhead"
        " (default: the platform's data folder; a fictitious facility if not set up)",
    )
    _add_directory_parser(commands)
    retention = commands.add_parser(
        "retention",
        help="show the records due for deletion under the retention rules; --run deletes them"
        " (for a scheduled task)",
    )
    retention.add_argument(
        "--run", action="store_true", help="delete and anonymise what is due (no question asked)"
    )
    retention.add_argument(
        "--data-dir",
        type=Path,
        dest="retention_data_dir",
        help="the desk's data folder (default: the platform's data folder)",
    )
    _add_report_parser(commands)
    sync_cli.add_parsers(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "demo-data":
        return _demo_data(args.target_dir, args.visitors, args.visits, args.seed)
    if args.command == "sample-documents":
        return _sample_documents(args.out, args.language, args.samples_data_dir or args.data_dir)
    if args.command == "directory":
        return _directory(args)
    if args.command == "retention":
        return _retention(args.retention_data_dir or args.data_dir, run=args.run)
    if args.command == "report":
        return _report(args)
    if args.command in ("admin", "connect", "sync", "district-report"):
        return sync_cli.run(args)
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


def _sample_documents(out_dir: Path, language: str, data_dir: Path | None) -> int:
    from desktop_app.core.referral_records import SLIP_LANGUAGES
    from desktop_app.documents.samples import SAMPLE_ISSUER, write_samples

    if language not in SLIP_LANGUAGES:
        print(f"--language must be one of {', '.join(SLIP_LANGUAGES)}", file=sys.stderr)
        return 2
    issuer = _desk_letterhead(data_dir)
    if issuer is None:
        print(f"No facility set up; the letterhead shows the fictitious {SAMPLE_ISSUER.name}.")
    try:
        written = write_samples(out_dir, issuer or SAMPLE_ISSUER, language)
    except OSError as error:
        print(f"Cannot write to {out_dir}: {error.strerror or error}", file=sys.stderr)
        return 2
    for path in written:
        print(path)
    return 0


def _desk_letterhead(data_dir: Path | None) -> "Letterhead | None":
    """The desk's own facility as a letterhead, if its data folder holds a set-up database.

    The database is only read: a test print neither creates, migrates nor backs it up.
    """
    from desktop_app.core.document_records import Letterhead
    from desktop_app.core.local_file import peek_facility
    from desktop_app.core.paths import config_dir, default_data_dir
    from desktop_app.core.settings import load_settings

    facility = peek_facility(data_dir or default_data_dir())
    if facility is None:
        return None
    return Letterhead.of(facility, load_settings(config_dir()).logo_file)


def _retention(data_dir: Path | None, *, run: bool) -> int:
    """``tresen retention [--run]``: the deletion run's preview, or the run itself."""
    from desktop_app.core.desk_database import NoDesk, opened_desk
    from desktop_app.core.services import local_now
    from desktop_app.core.services.retention import RetentionService

    try:
        with opened_desk(data_dir) as (database, facility):
            retention = RetentionService(database.sessions, facility.id, local_now)
            plan = retention.run() if run else retention.preview()
    except NoDesk as problem:
        print(problem, file=sys.stderr)
        return 2
    verb = "done" if plan.done else "due"
    for step in plan.steps:
        print(f"{step.label}: {step.count} {verb}. {step.reason_text()}")
    print(f"In all {plan.total} record(s) {verb}." + ("" if run else " Nothing was deleted."))
    return 0


REPORT_FORMATS = ("pdf", "xlsx")
REPORT_LANGUAGES = ("de", "en")
# The years a report may be of: a date can hold them and the year before.
REPORT_YEARS = range(1900, 10_000)


def _add_report_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    report = commands.add_parser(
        "report",
        help="write the annual (or, with --month, the monthly) statistics report as PDF or"
        " XLSX: figures only, no names",
    )
    report.add_argument("--year", type=int, required=True)
    report.add_argument("--month", type=int, help="1 to 12; without it, the annual report")
    report.add_argument(
        "--format",
        dest="report_format",
        help="pdf or xlsx (default: from the ending of --out)",
    )
    report.add_argument("--out", type=Path, required=True, help="the file to write")
    report.add_argument(
        "--language", dest="report_language", default="de", help="de (default) or en"
    )
    report.add_argument(
        "--data-dir",
        type=Path,
        dest="report_data_dir",
        help="the desk's data folder (default: the platform's data folder)",
    )


def _report(args: argparse.Namespace) -> int:
    """``tresen report``: the period's figures beside the year earlier's, as a file.

    The counting rules and the logo come from the desk's settings.
    """
    from desktop_app.core.access import Permission
    from desktop_app.core.desk_database import NoDesk, opened_desk
    from desktop_app.core.document_records import Letterhead
    from desktop_app.core.errors import TresenError
    from desktop_app.core.files import write_atomically
    from desktop_app.core.paths import config_dir
    from desktop_app.core.services import build_services, local_now
    from desktop_app.core.settings import load_settings
    from desktop_app.core.statistics_export import StatisticsReportContent, write_statistics_xlsx
    from desktop_app.core.statistics_records import Period

    year, month, out = args.year, args.month, args.out
    kind = (args.report_format or out.suffix.removeprefix(".")).lower()
    problem = ""
    if year not in REPORT_YEARS:
        problem = f"--year must be between {REPORT_YEARS[0]} and {REPORT_YEARS[-1]}, not {year}"
    elif month is not None and not 1 <= month <= 12:
        problem = f"--month must be between 1 and 12, not {month}"
    elif kind not in REPORT_FORMATS:
        problem = "--format must be pdf or xlsx (or --out end in .pdf or .xlsx)"
    elif args.report_language not in REPORT_LANGUAGES:
        problem = f"--language must be one of {', '.join(REPORT_LANGUAGES)}"
    if problem:
        print(problem, file=sys.stderr)
        return 2
    period = Period.year(year) if month is None else Period.month(year, month)
    settings = load_settings(config_dir())
    try:
        with opened_desk(args.report_data_dir or args.data_dir) as (database, facility):
            database.on_duty.require(Permission.EXPORT)
            statistics = build_services(database.sessions, facility.id, local_now).statistics
            comparison = statistics.comparison(period, settings.counting_rules())
    except (NoDesk, TresenError) as error:
        print(error, file=sys.stderr)
        return 2
    content = StatisticsReportContent(
        comparison=comparison,
        letterhead=Letterhead.of(facility, settings.logo_file),
        language=args.report_language,
        issued_on=local_now().date(),
    )
    try:
        if kind == "pdf":
            from desktop_app.documents.statistics_report import render_statistics_report

            data = render_statistics_report(content)
            write_atomically(out, lambda file: file.write(data))
        else:
            write_statistics_xlsx(content, out)
    except TresenError as error:
        print(error, file=sys.stderr)
        return 2
    print(f"{content.title}: {out}")
    return 0


def _add_directory_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    directory = commands.add_parser(
        "directory", help="import or export the partner directory as Open Referral HSDS 3.0"
    )
    actions = directory.add_subparsers(dest="directory_command", required=True)
    data_dir_help = "the desk's data folder (default: the platform's data folder)"
    importing = actions.add_parser(
        "import",
        help="import HSDS 3.0 JSON or a tabular data package (datapackage.json, folder or ZIP)",
    )
    importing.add_argument("file", type=Path)
    importing.add_argument("--data-dir", type=Path, dest="directory_data_dir", help=data_dir_help)
    exporting = actions.add_parser("export", help="write the directory as HSDS 3.0")
    exporting.add_argument("--format", choices=("hsds-json", "hsds-csv"), required=True)
    exporting.add_argument(
        "--out", type=Path, required=True, help="the JSON file, or the folder for the CSV files"
    )
    exporting.add_argument("--data-dir", type=Path, dest="directory_data_dir", help=data_dir_help)


def _directory(args: argparse.Namespace) -> int:
    """``tresen directory import|export``: one import is one transaction, all or nothing."""
    from desktop_app.core.desk_database import NoDesk, opened_desk

    try:
        with opened_desk(args.directory_data_dir or args.data_dir) as (database, facility):
            return _exchange_directory(args, database, facility.id)
    except NoDesk as problem:
        print(problem, file=sys.stderr)
        return 2


def _exchange_directory(
    args: argparse.Namespace, database: "Database", facility_id: "uuid.UUID"
) -> int:
    from desktop_app.core.errors import FileNotWritten
    from desktop_app.core.hsds import ImportFailed, export_csv_package, export_json, import_file
    from desktop_app.core.services import local_now
    from desktop_app.core.services.directory import DirectoryService

    directory = DirectoryService(database.sessions, facility_id, local_now)
    if args.directory_command == "import":
        try:
            summary = import_file(directory, args.file)
        except ImportFailed as failure:
            print(failure, file=sys.stderr)
            return 1
        print(
            f"Imported {args.file.name}: {_count(summary.partners_added, 'partner')} "
            f"added, {summary.partners_updated} updated "
            f"({_count(summary.locations, 'location')}, {_count(summary.offers, 'offer')})."
        )
        notes = summary.notes
    else:
        partners = directory.partners_to_export(str(args.out))
        write = export_json if args.format == "hsds-json" else export_csv_package
        try:
            written = write(partners, args.out)
        except FileNotWritten as error:
            print(error, file=sys.stderr)
            return 2
        print(
            f"Exported {_count(written.partners, 'partner')} "
            f"({_count(written.locations, 'location')}, {_count(written.offers, 'offer')}) "
            f"to {args.out}."
        )
        notes = written.notes
    for note in notes:
        print(f"Note: {note}")
    return 0


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"

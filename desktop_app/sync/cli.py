"""``tresen admin …``, ``tresen connect`` and ``tresen sync`` on the command line.

``sync`` serves scheduled tasks: one sync, a one-line summary, exit status 0 on success,
1 when the sync failed (with the reason), 2 when the desk cannot sync at all.
"""

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import uuid

    from desktop_app.core.db import Database


def add_parsers(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    data_dir_help = "the desk's data folder (default: the platform's data folder)"
    admin = commands.add_parser("admin", help="set up the network's shared PostgreSQL database")
    actions = admin.add_subparsers(dest="admin_command", required=True)
    url_help = "an administrator's connection, e.g. postgresql://postgres@server/tresen"

    init = actions.add_parser(
        "init-shared-db", help="create or upgrade the shared schema, roles and policies"
    )
    init.add_argument("--url", required=True, help=url_help)
    init.add_argument("--role-prefix", default="tresen", help="prefix of the roles it creates")

    facility = actions.add_parser(
        "add-facility", help="register a facility and create the role its desks log in with"
    )
    facility.add_argument("--url", required=True, help=url_help)
    facility.add_argument("--name", required=True)
    facility.add_argument("--kind", default="other")

    district = actions.add_parser(
        "add-district-user", help="a login that reads the district's aggregates only"
    )
    district.add_argument("--url", required=True, help=url_help)

    purge = actions.add_parser(
        "purge-tombstones", help="remove records deleted longer ago than the retention window"
    )
    purge.add_argument("--url", required=True, help=url_help)
    purge.add_argument("--older-than-days", type=int, default=180)

    connect = commands.add_parser("connect", help="connect this desk to the shared database")
    connect.add_argument("--host", required=True)
    connect.add_argument("--port", type=int, default=5432)
    connect.add_argument("--database", default="tresen")
    connect.add_argument("--role", required=True, help="the facility's role (add-facility)")
    connect.add_argument(
        "--tls-mode",
        default="verify-full",
        help="verify-full (recommended), verify-ca, require, prefer or disable",
    )
    connect.add_argument("--tls-root-certificate", default="", help="the server's CA file")
    connect.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    connect.add_argument("--data-dir", type=Path, dest="sync_data_dir", help=data_dir_help)

    sync = commands.add_parser("sync", help="sync this desk with the shared database once")
    sync.add_argument("--data-dir", type=Path, dest="sync_data_dir", help=data_dir_help)

    report = commands.add_parser(
        "district-report",
        help="every facility's figures of a year or month from the shared database, as XLSX "
        "(with the district's login)",
    )
    report.add_argument(
        "--url",
        required=True,
        help="the district's login, e.g. postgresql://user@server/tresen?sslmode=verify-full; "
        "the password in it or in PGPASSWORD",
    )
    report.add_argument("--year", type=int, required=True)
    report.add_argument("--month", type=int, help="1 to 12; without it, the whole year")
    report.add_argument("--out", type=Path, required=True, help="the .xlsx file to write")


def run(args: argparse.Namespace) -> int:
    if args.command == "admin":
        return _admin(args)
    if args.command == "district-report":
        return _district_report(args)
    return _desk(args)


def _district_report(args: argparse.Namespace) -> int:
    """``tresen district-report``: 0 written, 1 the database refused or is unreachable,
    2 the arguments are wrong."""
    import os
    from datetime import date

    from desktop_app.core.district_export import district_title, write_district_xlsx
    from desktop_app.core.errors import TresenError
    from desktop_app.core.statistics_records import Period
    from desktop_app.sync import district

    if not 1 <= args.year <= 9999 or (args.month is not None and not 1 <= args.month <= 12):
        print("--year must be a year and --month between 1 and 12.", file=sys.stderr)
        return 2
    period = Period.year(args.year) if args.month is None else Period.month(args.year, args.month)
    try:
        address, password = district.server_address(args.url)
    except TresenError as problem:
        print(problem, file=sys.stderr)
        return 2
    try:
        figures = district.read_figures(
            address, password or os.environ.get("PGPASSWORD", ""), period
        )
        write_district_xlsx(figures, args.out, issued_on=date.today())
    except TresenError as problem:
        print(problem, file=sys.stderr)
        return 1
    print(f"{district_title(period, 'en')}: {len(figures.facilities) - 1} facilities, {args.out}")
    return 0


def _admin(args: argparse.Namespace) -> int:
    import psycopg

    from desktop_app.sync import admin

    try:
        if args.admin_command == "init-shared-db":
            report = admin.init_shared_db(args.url, prefix=args.role_prefix)
            what = "created" if report.created else "upgraded"
            print(f"Shared database {what} (protocol {report.protocol}).")
            if report.restamped:
                print(
                    "It had been restored from a backup: every record was stamped anew, and "
                    "each desk pulls everything once at its next sync."
                )
        elif args.admin_command == "add-facility":
            login = admin.add_facility(args.url, name=args.name, kind=args.kind)
            print(f"Facility {args.name} registered with id {login.facility_id}.")
            print(f"Its desks connect with role {login.role} and password {login.password}")
            print(f"  tresen connect --host HOST --database DATABASE --role {login.role}")
        elif args.admin_command == "add-district-user":
            login = admin.add_district_user(args.url)
            print(f"District login {login.role} with password {login.password}")
            print("It reads the views in schema tresen_district and nothing else.")
        else:
            removed = admin.purge_tombstones(args.url, older_than_days=args.older_than_days)
            print(f"Removed {removed} deleted record(s) older than {args.older_than_days} days.")
    except (psycopg.Error, LookupError, ValueError) as error:
        print(f"The shared database refused: {error}".strip(), file=sys.stderr)
        return 1
    return 0


def _desk(args: argparse.Namespace) -> int:
    from desktop_app.core.desk_database import NoDesk, opened_desk

    try:
        with opened_desk(args.sync_data_dir or args.data_dir) as (database, facility):
            return _connect_and_sync(args, database, facility.id)
    except NoDesk as problem:
        print(problem, file=sys.stderr)
        return 2


def _connect_and_sync(
    args: argparse.Namespace, database: "Database", facility_id: "uuid.UUID"
) -> int:
    import getpass

    from desktop_app.sync import desk, problems
    from desktop_app.sync.connection import ServerAddress

    if args.command == "connect":
        address = ServerAddress(
            host=args.host,
            port=args.port,
            database=args.database,
            role=args.role,
            tls_mode=args.tls_mode,
            tls_root_certificate=args.tls_root_certificate,
        )
        password = (
            sys.stdin.readline().rstrip("\n")
            if args.password_stdin
            else getpass.getpass(f"Password for {args.role}: ")
        )
        try:
            shared_id = desk.connect_desk(database, facility_id, address, password)
        except problems.SyncProblem as problem:
            print(problem, file=sys.stderr)
            return 1
        print(f"Connected to {address.host}/{address.database} as facility {shared_id}.")
        facility_id = shared_id
    try:
        synchronizer = desk.synchronizer_for(database, facility_id)
        try:
            report = desk.run_sync(database, synchronizer)
        finally:
            synchronizer.close()
    except problems.SyncProblem as problem:
        print(f"Sync failed: {problem}", file=sys.stderr)
        return 1
    print(f"Synced: {report.describe()}.")
    return 0

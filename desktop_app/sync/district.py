"""The district's view: its login reads every facility's figures from the shared database.

The district role may run the ``tresen_district`` functions and nothing else; they count
in the database and return aggregates only (desktop_app/sync/schema.py). All of a
period's tables are read in one snapshot, so they agree with each other. Connecting goes
through ``connection.connect``, which tells a wrong password, an unreachable server and
a certificate problem apart.
"""

import uuid
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import psycopg
from psycopg.conninfo import conninfo_to_dict

from desktop_app.core.district_records import (
    DistrictFigures,
    FacilityFigures,
    FieldFigures,
    JobcenterOffers,
    PersonFigures,
    ReferralFlow,
    age_group_position,
    gender_position,
)
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.statistics_records import Period
from desktop_app.sync import problems
from desktop_app.sync.connection import ServerAddress, connect
from desktop_app.sync.schema import DISTRICT_SCHEMA

# Recommended, as for the desks: the certificate and the host name are checked.
DEFAULT_TLS_MODE = "verify-full"
DEFAULT_PORT = 5432
DEFAULT_DATABASE = "tresen"
_SCHEMES = ("postgresql://", "postgres://")

T = TypeVar("T")


class BadServerAddress(problems.SyncProblem):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Enter the shared database as the administrator gave it, for example "
                "postgresql://server.example.org/tresen.",
            )
        )


class NotDistrictLogin(problems.SyncProblem):
    def __init__(self, role: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The account {role} may not read the district's figures. Sign in with the "
                "district's account, or ask the administrator for one.",
            ),
            role=role,
        )


class ConnectionBroke(problems.SyncProblem):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The connection to the shared database broke off before the figures were "
                "read. Please try again.",
            )
        )


class NoDistrictFigures(problems.SyncProblem):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The shared database does not count the district's figures yet. The "
                "administrator needs to run “tresen admin init-shared-db” once.",
            )
        )


def server_address(url: str, user: str = "") -> tuple[ServerAddress, str]:
    """The server named by ``url`` (``postgresql://[user[:password]@]host[:port]/database``
    with optional ``?sslmode=…&sslrootcert=…``) and the password it holds ("" if none).

    ``user`` overrides the URL's. Without ``sslmode`` the certificate is verified.
    """
    text = url.strip()
    if not text.startswith(_SCHEMES):
        raise BadServerAddress()
    try:
        params = conninfo_to_dict(text)
    except psycopg.ProgrammingError as error:
        raise BadServerAddress() from error
    host = str(params.get("host") or "")
    role = user.strip() or str(params.get("user") or "")
    if not host or not role:
        raise BadServerAddress()
    try:
        port = int(params.get("port") or DEFAULT_PORT)
    except ValueError as error:
        raise BadServerAddress() from error
    address = ServerAddress(
        host=host,
        port=port,
        database=str(params.get("dbname") or DEFAULT_DATABASE),
        role=role,
        tls_mode=str(params.get("sslmode") or DEFAULT_TLS_MODE),
        tls_root_certificate=str(params.get("sslrootcert") or ""),
    )
    return address, str(params.get("password") or "")


def read_figures(address: ServerAddress, password: str, period: Period) -> DistrictFigures:
    """Every facility's figures of ``period``, read with the district's login."""
    with connect(address, password) as connection:
        try:
            connection.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            connection.read_only = True
            with connection.transaction():
                return _read(connection, period)
        except psycopg.errors.InsufficientPrivilege as error:
            raise NotDistrictLogin(address.role) from error
        except (psycopg.errors.UndefinedFunction, psycopg.errors.InvalidSchemaName) as error:
            raise NoDistrictFigures() from error
        except psycopg.OperationalError as error:
            raise ConnectionBroke() from error


def _rows(
    connection: psycopg.Connection[Any], function: str, period: Period
) -> list[tuple[Any, ...]]:
    return connection.execute(
        f"SELECT * FROM {DISTRICT_SCHEMA}.{function}(%s, %s)", (period.start, period.end)
    ).fetchall()


def _read(connection: psycopg.Connection[Any], period: Period) -> DistrictFigures:
    counted = _rows(connection, "visit_figures", period)
    activity = _rows(connection, "facility_activity", period)
    flows = _rows(connection, "referral_flows", period)
    jobcenter = _rows(connection, "jobcenter_offers", period)
    return DistrictFigures(
        period=period,
        facilities=_facilities(counted, activity),
        by_field=_sorted(
            (_field(row) for row in counted if row[2] is not None),
            lambda row: (row.field_of_action, row.facility_id is not None, row.facility),
        ),
        by_person=_sorted(
            (_person(row) for row in counted if row[3] is not None or row[4] is not None),
            lambda row: (
                row.facility_id is None,
                row.facility,
                row.age_group is None,
                age_group_position(row.age_group),
                gender_position(row.gender),
            ),
        ),
        referral_flows=_sorted(
            (
                ReferralFlow(
                    facility_id=_uuid(row[0]),
                    facility=row[1] or "",
                    receiving_facility_id=None if row[2] is None else _uuid(row[2]),
                    receiving=row[3] or "",
                    field_of_action=row[4] or "",
                    status=row[5],
                    referrals=int(row[6]),
                )
                for row in flows
            ),
            lambda flow: (flow.facility, flow.receiving, flow.field_of_action, flow.status),
        ),
        jobcenter=_sorted(
            (
                JobcenterOffers(
                    field_of_action=row[0],
                    target_group=row[1],
                    facility_id=_uuid(row[2]),
                    facility=row[3] or "",
                    offers=int(row[4]),
                    titles=tuple(row[5]),
                    referrals_issued=int(row[6]),
                    referrals_received=int(row[7]),
                )
                for row in jobcenter
            ),
            lambda row: (row.field_of_action, row.target_group, row.facility),
        ),
    )


def _sorted(rows: Any, key: Callable[[T], Any]) -> tuple[T, ...]:
    return tuple(sorted(rows, key=key))


def _uuid(value: object) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _count(value: object) -> int | None:
    return None if value is None else int(str(value))


def _facilities(
    counted: Sequence[tuple[Any, ...]], activity: Sequence[tuple[Any, ...]]
) -> tuple[FacilityFigures, ...]:
    """Every facility of the network (and all together), with or without visits."""
    totals = {
        row[0]: row for row in counted if row[2] is None and row[3] is None and row[4] is None
    }
    found = []
    for facility_id, name, issued, received, volunteers, minutes in activity:
        row = totals.get(facility_id)
        visits = row[5:] if row is not None else (0, 0, 0, 0, 0, 0, 0, 0)
        found.append(
            FacilityFigures(
                facility_id=None if facility_id is None else _uuid(facility_id),
                facility=name or "",
                visits=int(visits[0]),
                visitors=_count(visits[1]),
                new_visitors=_count(visits[2]),
                returning_visitors=_count(visits[3]),
                tallied=int(visits[4]),
                counselling_visits=int(visits[5]),
                counselling_visitors=_count(visits[6]),
                counselling_tallied=int(visits[7]),
                referrals_issued=int(issued),
                referrals_received=int(received),
                volunteers=_count(volunteers),
                volunteer_minutes=int(minutes),
            )
        )
    return _sorted(found, lambda row: (row.is_total, row.facility))


def _field(row: tuple[Any, ...]) -> FieldFigures:
    return FieldFigures(
        facility_id=None if row[0] is None else _uuid(row[0]),
        facility=row[1] or "",
        field_of_action=row[2],
        visits=int(row[5]),
        visitors=_count(row[6]),
        tallied=int(row[9]),
        counselling_visits=int(row[10]),
    )


def _person(row: tuple[Any, ...]) -> PersonFigures:
    return PersonFigures(
        facility_id=None if row[0] is None else _uuid(row[0]),
        facility=row[1] or "",
        age_group=row[3],
        gender=row[4],
        visits=_count(row[5]),
        visitors=_count(row[6]),
        new_visitors=_count(row[7]),
        returning_visitors=_count(row[8]),
        tallied=_count(row[9]),
    )

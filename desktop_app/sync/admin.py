"""Setting up the shared database: schema, roles, facilities, district access, clean-up.

Run by an administrator with a PostgreSQL account that may create roles (``postgres``,
say). At run time desks connect with their facility's role, which owns nothing and is
never a superuser; the tables belong to a role nobody logs in as.
"""

import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
from psycopg import sql

from desktop_app.core.local_file import KNOWN_REVISIONS
from desktop_app.core.sharing import SYNC_TABLES
from desktop_app.sync.schema import (
    PROTOCOL_VERSION,
    SCHEMA,
    district_statements,
    grant_statements,
    qualified,
    schema_statements,
)

DEFAULT_PREFIX = "tresen"
_PREFIX = re.compile(r"[a-z][a-z0-9_]{0,29}")


@dataclass(frozen=True)
class Roles:
    prefix: str

    @property
    def owner(self) -> str:
        return f"{self.prefix}_owner"

    @property
    def desk(self) -> str:
        return f"{self.prefix}_desk"

    @property
    def district(self) -> str:
        return f"{self.prefix}_district"

    def all(self) -> tuple[str, str, str]:
        return (self.owner, self.desk, self.district)


@dataclass(frozen=True)
class InitReport:
    created: bool
    restamped: bool
    protocol: int


@dataclass(frozen=True)
class Login:
    """What a desk (or the district's analyst) needs to connect."""

    role: str
    password: str
    facility_id: uuid.UUID | None


def roles_for(prefix: str) -> Roles:
    if not _PREFIX.fullmatch(prefix):
        raise ValueError("the role prefix takes lower-case letters, digits and _")
    return Roles(prefix)


def _create_role(connection: psycopg.Connection[Any], role: str, *, login: bool) -> None:
    exists = connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
    if exists is None:
        connection.execute(
            sql.SQL("CREATE ROLE {} {}").format(
                sql.Identifier(role), sql.SQL("LOGIN" if login else "NOLOGIN")
            )
        )


def _one(connection: psycopg.Connection[Any], query: Any, params: Any = None) -> Any:
    """The first value of the first row (None when there is no row)."""
    row = connection.execute(query, params).fetchone()
    return None if row is None else row[0]


def _restamp_if_restored(connection: psycopg.Connection[Any]) -> bool:
    """After a restore into a new cluster, stored transaction ids lie ahead of the server's.

    Pulls would then skip every new change; stamping every row anew (and a new epoch,
    which makes every desk pull everything once) repairs that.
    """
    current = int(_one(connection, "SELECT pg_current_xact_id()::text"))
    ahead = False
    for table in SYNC_TABLES:
        row = connection.execute(
            sql.SQL("SELECT max(_txid)::text FROM {}").format(sql.SQL(qualified(table)))
        ).fetchone()
        if row is not None and row[0] is not None and int(row[0]) >= current:
            ahead = True
    if not ahead:
        return False
    for table in SYNC_TABLES:
        connection.execute(sql.SQL("UPDATE {} SET _seq = _seq").format(sql.SQL(qualified(table))))
    connection.execute(f"UPDATE {SCHEMA}.meta SET epoch = gen_random_uuid(), purged = '{{}}'")
    return True


def init_shared_db(url: str, *, prefix: str = DEFAULT_PREFIX) -> InitReport:
    """Create or upgrade the shared schema, its roles and policies; safe to run again."""
    roles = roles_for(prefix)
    with psycopg.connect(url) as connection:
        connection.execute("SELECT pg_advisory_xact_lock(hashtext('tresen init-shared-db'))")
        for role in roles.all():
            _create_role(connection, role, login=False)
        owner = sql.Identifier(roles.owner)
        database = connection.info.dbname
        connection.execute(
            sql.SQL("GRANT CREATE ON DATABASE {} TO {}").format(sql.Identifier(database), owner)
        )
        connection.execute(sql.SQL("SET LOCAL ROLE {}").format(owner))
        existed = _one(connection, "SELECT to_regclass(%s)", (f"{SCHEMA}.meta",)) is not None
        for statement in schema_statements():
            connection.execute(statement)
        connection.execute(
            f"INSERT INTO {SCHEMA}.meta (id, protocol, schema_revision, role_prefix, epoch) "
            "VALUES (1, %s, %s, %s, gen_random_uuid()) "
            "ON CONFLICT (id) DO UPDATE SET protocol = EXCLUDED.protocol, "
            "schema_revision = EXCLUDED.schema_revision",
            (PROTOCOL_VERSION, KNOWN_REVISIONS[-1], prefix),
        )
        restamped = existed and _restamp_if_restored(connection)
        connection.execute("RESET ROLE")
        for statement in grant_statements(roles.desk, roles.owner):
            connection.execute(statement)
        for statement in district_statements(roles.owner, roles.district):
            connection.execute(statement)
    return InitReport(created=not existed, restamped=restamped, protocol=PROTOCOL_VERSION)


def _prefix(connection: psycopg.Connection[Any]) -> str:
    row = connection.execute(f"SELECT role_prefix FROM {SCHEMA}.meta").fetchone()
    if row is None:
        raise LookupError("the shared database is not set up: run init-shared-db first")
    return str(row[0])


def _login_role(connection: psycopg.Connection[Any], role: str, member_of: str) -> str:
    password = secrets.token_urlsafe(18)
    connection.execute(
        sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(role), sql.Literal(password), sql.Identifier(member_of)
        )
    )
    return password


def add_facility(
    url: str, *, name: str, kind: str = "other", facility_id: uuid.UUID | None = None
) -> Login:
    """Register a facility and create the role its desks log in with."""
    facility_id = facility_id or uuid.uuid4()
    with psycopg.connect(url) as connection:
        roles = roles_for(_prefix(connection))
        role = f"{roles.prefix}_f_{facility_id.hex[:12]}"
        password = _login_role(connection, role, roles.desk)
        connection.execute(
            f"INSERT INTO {SCHEMA}.facility_role (role_name, facility_id) VALUES (%s, %s)",
            (role, facility_id),
        )
        now = datetime.now(UTC)
        connection.execute(
            f"INSERT INTO {SCHEMA}.facility (id, name, kind, street, postcode, city, phone, "
            "email, contact_person, last_name_required, created_at, updated_at, "
            "_ins_hlc, _ins_client, _max_hlc) "
            "VALUES (%s, %s, %s, '', '', 'Berlin', '', '', '', false, %s, %s, 0, %s, 0) "
            "ON CONFLICT (id) DO NOTHING",
            (facility_id, name, kind, now, now, uuid.UUID(int=0)),
        )
    return Login(role=role, password=password, facility_id=facility_id)


def add_district_user(url: str) -> Login:
    """A login that reads the district's aggregates and no person-level row."""
    with psycopg.connect(url) as connection:
        roles = roles_for(_prefix(connection))
        role = f"{roles.prefix}_d_{secrets.token_hex(4)}"
        password = _login_role(connection, role, roles.district)
    return Login(role=role, password=password, facility_id=None)


def purge_tombstones(url: str, *, older_than_days: int) -> int:
    """Remove deleted records older than the retention window; desks away longer resync."""
    cutoff = datetime.now(UTC) - timedelta(days=older_than_days)
    removed = 0
    with psycopg.connect(url) as connection:
        owner = roles_for(_prefix(connection)).owner
        connection.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(owner)))
        for table in SYNC_TABLES:
            count, newest = connection.execute(  # type: ignore[misc]
                sql.SQL(
                    "WITH gone AS (DELETE FROM {} WHERE deleted_at < %s RETURNING _txid) "
                    "SELECT count(*), max(_txid::text::bigint) FROM gone"
                ).format(sql.SQL(qualified(table))),
                (cutoff,),
            ).fetchone()
            if count:
                removed += count
                connection.execute(
                    f"UPDATE {SCHEMA}.meta SET purged = purged || jsonb_build_object("
                    "%s::text, greatest((purged ->> %s)::bigint, %s))",
                    (table.name, table.name, newest),
                )
    return removed


def drop_roles(url: str, *, prefix: str) -> None:
    """Remove every role of this prefix (for tests and for taking a network down)."""
    roles = roles_for(prefix)
    with psycopg.connect(url, autocommit=True) as connection:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (f"{prefix}\\_%",)
            )
        ]
        for name in sorted(names, key=lambda role: role in roles.all()):
            connection.execute(sql.SQL("DROP OWNED BY {} CASCADE").format(sql.Identifier(name)))
            connection.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))

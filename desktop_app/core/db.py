"""Opening the desk's SQLite database: checks, backup, migrations, engine and sessions."""

import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.core import audit, capture
from desktop_app.core.access import OnDuty
from desktop_app.core.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseTooNew,
    DatabaseUnwritable,
)
from desktop_app.core.local_file import DATABASE_FILE, KNOWN_REVISIONS

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# Alembic itself is imported only when a migration is due: it costs a fifth of a second
# at every start otherwise.

BACKUPS_KEPT = 5
_MIGRATIONS = Path(__file__).with_name("migrations")
_SQLITE_HEADER = b"SQLite format 3\x00"
# How long opening waits for another program's lock before calling the file "in use".
_OPEN_BUSY_TIMEOUT_MS = 1500
_BUSY_TIMEOUT_MS = 5000

SessionFactory = sessionmaker[Session]


@dataclass(frozen=True)
class Database:
    """An opened, migrated local database."""

    path: Path
    engine: Engine
    sessions: SessionFactory
    # Who works at the desk; the sessions name them in the audit trail.
    on_duty: OnDuty

    def close(self) -> None:
        # Lets SQLite refresh the statistics its query planner uses, cheaply.
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA optimize")
        self.engine.dispose()


def alembic_config() -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def head_revision() -> str:
    return KNOWN_REVISIONS[-1]


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # NORMAL is durable in WAL mode except for the last transactions on power loss.
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _add_capture(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    capture.add_triggers(dbapi_connection)


def make_engine(path: Path, *, capturing: bool = True) -> Engine:
    """An engine for the desk's database; ``capturing`` connections record changes for sync.

    The sync writes pulled rows through an engine that does not capture.
    """
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False},
        pool_size=2,
    )
    event.listen(engine, "connect", _set_pragmas)
    if capturing:
        event.listen(engine, "connect", _add_capture)
    return engine


def _probe(path: Path) -> str | None:
    """Check that ``path`` is a readable, writable Tresen database; return its revision."""
    if not path.exists():
        return None
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseUnwritable(path, exc.strerror or str(exc)) from exc
    if header and header != _SQLITE_HEADER:
        raise DatabaseCorrupt(path)
    try:
        connection = sqlite3.connect(path, timeout=_OPEN_BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise DatabaseUnwritable(path, str(exc)) from exc
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        # Taking the write lock for a moment shows whether another program holds it.
        connection.execute("BEGIN IMMEDIATE")
        connection.rollback()
        if "alembic_version" not in tables:
            if tables:
                raise DatabaseCorrupt(path)
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseLocked(path) from exc
        if "readonly" in str(exc) or "read-only" in str(exc):
            raise DatabaseUnwritable(path, str(exc)) from exc
        raise DatabaseCorrupt(path) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(path) from exc
    finally:
        connection.close()


def _known_revisions() -> set[str]:
    return set(KNOWN_REVISIONS)


def backup(path: Path, revision: str) -> Path:
    """Copy the database with SQLite's backup API before it is migrated; keep the newest few."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.backup-{stamp}-{revision}")
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    old = sorted(path.parent.glob(f"{path.name}.backup-*"))
    for stale in old[:-BACKUPS_KEPT]:
        stale.unlink(missing_ok=True)
    log.info("backed up %s to %s before migrating", path, target)
    return target


def open_database(data_dir: Path, on_duty: OnDuty | None = None) -> Database:
    """Open (creating or migrating as needed) the database in ``data_dir``.

    ``on_duty`` names who works at the desk (the window's, made before the file opens);
    a new one with nobody signed in by default.

    Raises a ``DatabaseProblem`` naming the file when it is locked, damaged, written by a
    newer Tresen or not writable; in every such case the file is left untouched.
    """
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseUnwritable(data_dir, exc.strerror or str(exc)) from exc
    path = data_dir / DATABASE_FILE
    revision = _probe(path)
    head = head_revision()
    if revision is not None and revision not in _known_revisions():
        raise DatabaseTooNew(path, revision)
    if revision is not None and revision != head:
        backup(path, revision)
    engine = make_engine(path)
    if revision != head:
        with engine.begin() as connection:
            from alembic import command

            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        # Connections opened before the migration lack the capture triggers.
        engine.dispose()
    sessions = sessionmaker(engine, expire_on_commit=False)
    on_duty = on_duty or OnDuty()
    audit.install(sessions, on_duty)
    return Database(path=path, engine=engine, sessions=sessions, on_duty=on_duty)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(connection).get_current_revision()

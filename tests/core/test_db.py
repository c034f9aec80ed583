"""Opening the local database: migrations, pragmas, backups and the files it refuses."""

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from desktop_app.core import db as db_module
from desktop_app.core.db import alembic_config, current_revision, open_database
from desktop_app.core.errors import DatabaseCorrupt, DatabaseLocked, DatabaseTooNew
from desktop_app.core.local_file import DATABASE_FILE
from desktop_app.core.models import Base


def test_migrations_create_exactly_the_models(data_dir: Path) -> None:
    database = open_database(data_dir)
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection)
            differences = [
                diff
                for diff in compare_metadata(context, Base.metadata)
                # The FTS5 index and its shadow tables are created by the migration on purpose.
                if not (diff[0] == "remove_table" and diff[1].name.startswith("visitor_search"))
            ]
        assert differences == []
        assert current_revision(database.engine) == db_module.head_revision()
    finally:
        database.close()


def test_migrations_downgrade_and_upgrade_again(data_dir: Path) -> None:
    database = open_database(data_dir)
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    assert current_revision(database.engine) == db_module.head_revision()
    database.close()


def test_the_known_revisions_are_those_of_the_migration_scripts() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    oldest_first = [revision.revision for revision in script.walk_revisions()][::-1]
    assert list(db_module.KNOWN_REVISIONS) == oldest_first
    assert db_module.head_revision() == script.get_current_head()


def test_pragmas_are_set_on_every_connection(database: db_module.Database) -> None:
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_reopening_a_current_database_makes_no_backup(data_dir: Path) -> None:
    open_database(data_dir).close()
    open_database(data_dir).close()
    assert list(data_dir.glob("*.backup-*")) == []


def _database_at(data_dir: Path, revision: str) -> Path:
    """A database file as an older Tresen left it, at schema ``revision``."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DATABASE_FILE
    engine = db_module.make_engine(path)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()
    return path


def test_a_pending_migration_is_preceded_by_a_backup_and_keeps_the_data(data_dir: Path) -> None:
    path = _database_at(data_dir, "0001")
    old = sqlite3.connect(path)
    old.execute(
        "INSERT INTO facility (id, created_at, updated_at, name, kind, street, postcode, city,"
        " phone, email, last_name_required) VALUES ('00000000000070008000000000000001',"
        " '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'Haus am See', 'other', '', '',"
        " 'Berlin', '', '', 0)"
    )
    old.commit()
    old.close()

    open_database(data_dir).close()

    backups = list(data_dir.glob(f"{DATABASE_FILE}.backup-*-0001"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    copy.close()
    upgraded = sqlite3.connect(path)
    assert upgraded.execute("SELECT name, contact_person FROM facility").fetchall() == [
        ("Haus am See", "")
    ]
    assert upgraded.execute("SELECT version_num FROM alembic_version").fetchone() == (
        db_module.head_revision(),
    )
    upgraded.close()


def _unchanged(path: Path, before: bytes) -> bool:
    return path.read_bytes() == before


def test_a_locked_database_is_refused_untouched(data_dir: Path) -> None:
    open_database(data_dir).close()
    path = data_dir / DATABASE_FILE
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked) as raised:
            open_database(data_dir)
        assert raised.value.path == path
        assert str(path) in str(raised.value)
    finally:
        holder.rollback()
        holder.close()


def test_a_damaged_file_is_refused_untouched(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / DATABASE_FILE
    path.write_bytes(b"this is not a database at all\x00\x01\x02" * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseCorrupt) as raised:
        open_database(data_dir)
    assert str(path) in str(raised.value)
    assert _unchanged(path, before)


def test_a_database_with_damaged_pages_is_refused_untouched(data_dir: Path) -> None:
    open_database(data_dir).close()
    path = data_dir / DATABASE_FILE
    content = bytearray(path.read_bytes())
    content[100:4096] = b"\xff" * (4096 - 100)  # overwrite the schema page
    path.write_bytes(bytes(content))
    before = path.read_bytes()
    with pytest.raises(DatabaseCorrupt):
        open_database(data_dir)
    assert _unchanged(path, before)


def test_another_programs_database_is_refused(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / DATABASE_FILE
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE recipes (name TEXT)")
    other.commit()
    other.close()
    with pytest.raises(DatabaseCorrupt):
        open_database(data_dir)


def test_a_database_from_a_newer_tresen_is_refused_untouched(data_dir: Path) -> None:
    open_database(data_dir).close()
    path = data_dir / DATABASE_FILE
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '0042_from_the_future'")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew) as raised:
        open_database(data_dir)
    assert raised.value.params["revision"] == "0042_from_the_future"
    assert _unchanged(path, before)

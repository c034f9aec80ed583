"""Start-up's quick look at the database file, before the database layer loads."""

import sqlite3
from pathlib import Path

from desktop_app.core.db import Database, open_database
from desktop_app.core.local_file import DATABASE_FILE, peek_facility
from desktop_app.core.records import FacilityRecord
from desktop_app.core.services.setup import SetupService


def test_a_set_up_desk_is_recognised_as_the_services_see_it(
    database: Database, facility: FacilityRecord, data_dir: Path
) -> None:
    assert peek_facility(data_dir) == facility == SetupService(database.sessions).local_facility()


def test_no_file_or_no_facility_means_the_careful_way(data_dir: Path) -> None:
    assert peek_facility(data_dir) is None
    open_database(data_dir).close()
    assert peek_facility(data_dir) is None


def test_another_schema_revision_means_the_careful_way(
    database: Database, facility: FacilityRecord, data_dir: Path
) -> None:
    connection = sqlite3.connect(data_dir / DATABASE_FILE)
    connection.execute("UPDATE alembic_version SET version_num = '0000_older'")
    connection.commit()
    connection.close()
    assert peek_facility(data_dir) is None


def test_a_damaged_file_means_the_careful_way(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / DATABASE_FILE).write_bytes(b"\x00garbage" * 100)
    assert peek_facility(data_dir) is None

"""What start-up learns from the database file with sqlite3 alone, before SQLAlchemy loads.

A desk that was set up before, with its schema current, can show its window at once and
open the database behind it; anything unusual (no file, another revision, a lock, damage)
answers ``None`` and start-up takes the careful path through ``db.open_database``.
"""

import sqlite3
import uuid
from pathlib import Path

from desktop_app.core.records import FacilityRecord
from desktop_app.core.reference import FacilityKind

DATABASE_FILE = "tresen.sqlite3"
# Every schema revision this version knows, oldest first; a test checks it against the
# migration scripts.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
FACILITY_KEY = "facility_id"


def peek_facility(data_dir: Path) -> FacilityRecord | None:
    """The desk's facility if the database is set up and current, read-only; else None."""
    path = data_dir / DATABASE_FILE
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != KNOWN_REVISIONS[-1]:
            return None
        state = connection.execute(
            "SELECT value FROM local_state WHERE key = ?", (FACILITY_KEY,)
        ).fetchone()
        if state is None:
            return None
        facility_id = uuid.UUID(state[0])
        row = connection.execute(
            "SELECT name, kind, street, postcode, city, phone, email, contact_person,"
            " last_name_required "
            "FROM facility WHERE id = ?",
            (facility_id.hex,),  # SQLAlchemy's Uuid type stores 32 hex digits on SQLite
        ).fetchone()
    except (sqlite3.Error, ValueError):
        return None
    finally:
        connection.close()
    if row is None:
        return None
    name, kind, street, postcode, city, phone, email, contact_person, last_name_required = row
    return FacilityRecord(
        id=facility_id,
        name=name,
        kind=FacilityKind(kind),
        street=street,
        postcode=postcode,
        city=city,
        phone=phone,
        email=email,
        contact_person=contact_person,
        last_name_required=bool(last_name_required),
    )

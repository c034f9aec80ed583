"""Joining a desk to its facility on the shared database.

A desk is set up offline with a facility of its own making. The shared database knows the
facility under the id the administrator registered; joining moves the desk's records to
that id, gives the registered facility the address the desk knows where the shared one
has none, folds the desk's default fields of action into those the facility already has,
and queues everything the desk holds to be sent.
"""

import json
import uuid
from typing import Any

import psycopg
from psycopg.rows import dict_row
from sqlalchemy import text

from desktop_app.core import capture
from desktop_app.core.db import Database
from desktop_app.core.local_file import FACILITY_KEY
from desktop_app.core.sharing import BY_NAME, SYNC_TABLES
from desktop_app.sync.connection import registered_facility
from desktop_app.sync.local import unchecked
from desktop_app.sync.schema import SCHEMA


def join(
    database: Database, local_facility: uuid.UUID, server: psycopg.Connection[Any]
) -> uuid.UUID:
    """Adopt the facility the connected role belongs to; return its id."""
    facility = registered_facility(server)
    if facility is None:
        raise LookupError("the role belongs to no facility")
    with server.cursor(row_factory=dict_row) as cursor:
        shared_facility = (
            cursor.execute(f"SELECT * FROM {SCHEMA}.facility WHERE id = %s", (facility,)).fetchone()
            or {}
        )
    fields = dict(
        server.execute(
            f"SELECT name, id FROM {SCHEMA}.field_of_action "
            "WHERE facility_id = %s AND deleted_at IS NULL",
            (facility,),
        ).fetchall()
    )
    with unchecked(database.engine) as connection, connection.begin():
        capture.set_applying(connection, True)
        if facility != local_facility:
            _rekey(connection, local_facility, facility)
        _fold_fields(connection, facility, fields)
        capture.set_applying(connection, False)
        _fill_in_facility(connection, facility, shared_facility)
    return facility


def _rekey(connection: Any, old: uuid.UUID, new: uuid.UUID) -> None:
    connection.execute(
        text("UPDATE facility SET id = :new WHERE id = :old"), {"new": new.hex, "old": old.hex}
    )
    for table in SYNC_TABLES:
        if "facility_id" in table.table.c:
            connection.execute(
                text(f"UPDATE {table.name} SET facility_id = :new WHERE facility_id = :old"),
                {"new": new.hex, "old": old.hex},
            )
    connection.execute(
        text("UPDATE local_state SET value = :new WHERE key = :key"),
        {"new": str(new), "key": FACILITY_KEY},
    )


def field_id(facility: uuid.UUID, name: str) -> uuid.UUID:
    """The same field of action gets the same id on every desk of a facility."""
    return uuid.uuid5(facility, name.casefold())


def _fold_fields(connection: Any, facility: uuid.UUID, shared: dict[str, uuid.UUID]) -> None:
    """Give the desk's fields of action the ids the facility's other desks use.

    A field the facility already has keeps the shared id; the others get an id made from
    the facility and the name, so two desks joining at once do not double the list.
    """
    local = connection.execute(
        text("SELECT id, name FROM field_of_action WHERE facility_id = :f"), {"f": facility.hex}
    ).all()
    for local_id, name in local:
        target = shared.get(name) or field_id(facility, name)
        if target.hex == local_id:
            continue
        connection.execute(
            text("UPDATE offer SET field_of_action_id = :new WHERE field_of_action_id = :old"),
            {"new": target.hex, "old": local_id},
        )
        exists = connection.execute(
            text("SELECT 1 FROM field_of_action WHERE id = :id"), {"id": target.hex}
        ).first()
        if exists:
            connection.execute(text("DELETE FROM field_of_action WHERE id = :id"), {"id": local_id})
        else:
            connection.execute(
                text("UPDATE field_of_action SET id = :new WHERE id = :old"),
                {"new": target.hex, "old": local_id},
            )
        connection.execute(
            text("DELETE FROM sync_outbox WHERE table_name = 'field_of_action' AND row_id = :id"),
            {"id": local_id},
        )


def _fill_in_facility(connection: Any, facility: uuid.UUID, shared: dict[str, Any]) -> None:
    """Send the desk's details of the facility where the shared record has none."""
    if not shared:
        return
    table = BY_NAME["facility"]
    local = (
        connection.execute(text("SELECT * FROM facility WHERE id = :id"), {"id": facility.hex})
        .mappings()
        .first()
    )
    if local is None:
        return
    hlc = int(connection.execute(text("SELECT hlc FROM sync_clock")).scalar_one())
    for name in table.edited_columns:
        if shared.get(name) in ("", None) and local[name] not in ("", None):
            connection.execute(
                text(
                    "INSERT INTO sync_outbox (table_name, row_id, column_name, old_json, hlc) "
                    "VALUES ('facility', :id, :column, :old, :hlc)"
                ),
                {
                    "id": facility.hex,
                    "column": name,
                    "old": json.dumps(shared.get(name)),
                    "hlc": hlc,
                },
            )

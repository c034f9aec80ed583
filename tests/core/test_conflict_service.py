"""Reviewing sync conflicts: keep the value, or choose the other one."""

from desktop_app.core.db import Database
from desktop_app.core.models import SyncConflict, utcnow
from desktop_app.core.records import FacilityRecord, VisitorDraft
from desktop_app.core.services import Services


def _conflict(
    database: Database, facility: FacilityRecord, row_id: object, **values: object
) -> None:
    with database.sessions.begin() as session:
        session.add(
            SyncConflict(
                facility_id=facility.id,
                table_name="visitor",
                row_id=row_id,
                resolution="",
                created_at=utcnow(),
                **values,
            )
        )


def test_choosing_the_other_value_edits_the_record_and_its_search_words(
    database: Database, facility: FacilityRecord, services: Services
) -> None:
    visitor = services.visitors.register(VisitorDraft(first_name="Jana", last_name="Meier"))
    _conflict(
        database, facility, visitor.id,
        column_name="last_name", kept_value="Meier", other_value="Mayer",
    )  # fmt: skip
    [conflict] = services.conflicts.open_conflicts()
    assert (conflict.kept_value, conflict.other_value) == ("Meier", "Mayer")
    assert conflict.record_label == f"Jana Meier ({visitor.number})"
    services.conflicts.choose_other(conflict.id)
    assert services.visitors.get(visitor.id).last_name == "Mayer"
    assert [found.id for found in services.visitors.search("mayer")] == [visitor.id]
    assert services.conflicts.open_conflicts() == []
    with database.engine.connect() as connection:
        pending = (
            connection.exec_driver_sql(
                "SELECT column_name FROM sync_outbox WHERE table_name = 'visitor' "
                "AND column_name IS NOT NULL"
            )
            .scalars()
            .all()
        )
    assert "last_name" in pending  # the choice is an edit that reaches every desk


def test_keeping_the_value_only_closes_the_conflict(
    database: Database, facility: FacilityRecord, services: Services
) -> None:
    visitor = services.visitors.register(VisitorDraft(first_name="Jana", birth_year=1980))
    _conflict(
        database, facility, visitor.id,
        column_name="birth_year", kept_value=1980, other_value=1981,
    )  # fmt: skip
    [conflict] = services.conflicts.open_conflicts()
    services.conflicts.keep(conflict.id)
    assert services.visitors.get(visitor.id).birth_year == 1980
    assert services.conflicts.count_open() == 0

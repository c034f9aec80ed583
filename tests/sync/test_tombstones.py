"""A desk that was away longer than deleted records are kept on the shared database.

Deleted records stay on the shared database as tombstones until the administrator purges
them. A desk that comes back after the purge never heard of those deletions; it must pull
everything anew (a full resync), drop the purged records, and still send what was entered
at it meanwhile.
"""

import uuid

from desktop_app.core.models import Visitor, utcnow
from desktop_app.core.records import OfferDraft, VisitorDraft
from desktop_app.sync import admin
from desktop_app.sync.schema import SCHEMA
from tests.sync.conftest import Desk, Network, assert_converged, sync_all


def delete_visitor(desk: Desk, visitor_id: uuid.UUID) -> None:
    """Remove a visitor at the desk the way the program removes records: a tombstone."""
    with desk.database.sessions.begin() as session:
        row = session.get(Visitor, visitor_id)
        assert row is not None
        row.deleted_at = utcnow()


def test_a_desk_away_beyond_retention_resyncs_fully_and_keeps_its_unsent_work(
    network: Network,
) -> None:
    first = network.desk("Haus am Park")
    second = network.desk("Haus am Park")
    offer = first.services.offers.create(OfferDraft(title="Sprachcafé"))
    leaving = first.services.visitors.register(VisitorDraft(first_name="Jonas", last_name="Alt"))
    moved = first.services.visitors.register(VisitorDraft(first_name="Mira", last_name="Weg"))
    staying = first.services.visitors.register(VisitorDraft(first_name="Lale", last_name="Hier"))
    mistaken = first.services.visits.check_in(staying.id, offer.id)
    kept_visit = first.services.visits.check_in(moved.id, offer.id)
    sync_all(first, second)
    assert second.services.visitors.get(leaving.id).first_name == "Jonas"

    # The second desk is offline: a new visitor, an edit, a check-in.
    newcomer = second.services.visitors.register(VisitorDraft(first_name="Noor", last_name="Neu"))
    edited = second.services.visitors.get(staying.id)
    second.services.visitors.update(
        staying.id, VisitorDraft(first_name=edited.first_name, last_name=edited.last_name,
                                 phone="030 4711")
    )  # fmt: skip
    offline_visit = second.services.visits.check_in(newcomer.id, offer.id)

    # Meanwhile the first desk removes two visitors and a mistaken check-in, and syncs.
    delete_visitor(first, leaving.id)
    delete_visitor(first, moved.id)
    first.services.visits.undo(mistaken.id)
    first.sync()

    purged = admin.purge_tombstones(network.admin_url, older_than_days=0)
    assert purged == 3
    with network.admin() as connection:
        left = connection.execute(
            f"SELECT count(*) FROM {SCHEMA}.visitor WHERE id = ANY(%s)",
            ([leaving.id, moved.id],),
        ).fetchone()
    assert left == (0,)

    report = second.sync()
    assert report.full_resync
    gone = second.sql(
        "SELECT count(*) FROM visitor WHERE id IN (:a, :b)", a=leaving.id.hex, b=moved.id.hex
    )
    assert gone == [(0,)]
    assert second.sql("SELECT count(*) FROM visit WHERE id = :id", id=mistaken.id.hex) == [(0,)]
    # What the second desk entered while away is kept and reaches the shared database.
    assert second.services.visitors.get(newcomer.id).first_name == "Noor"
    assert second.services.visitors.get(staying.id).phone == "030 4711"
    assert {newcomer.id, staying.id} <= network.server_rows(second, "visitor").keys()
    assert network.server_rows(second, "visitor")[staying.id]["phone"] == "030 4711"
    assert offline_visit.id in network.server_rows(second, "visit")
    # The visit of a removed visitor was not removed and stays.
    assert kept_visit.id in network.server_rows(second, "visit")

    sync_all(first, second)
    assert first.services.visitors.get(newcomer.id).first_name == "Noor"
    assert first.services.visitors.get(staying.id).phone == "030 4711"
    assert leaving.id not in first.rows("visitor")
    assert not second.sync().full_resync
    assert_converged(network, first, second)


def test_desks_that_saw_a_deletion_drop_its_tombstone_once_it_is_purged(
    network: Network,
) -> None:
    first = network.desk("Haus am Park")
    second = network.desk("Haus am Park")
    gone = first.services.visitors.register(VisitorDraft(first_name="Ada"))
    stays = first.services.visitors.register(VisitorDraft(first_name="Bela"))
    sync_all(first, second)
    delete_visitor(first, gone.id)
    sync_all(first, second)
    assert second.sql(
        "SELECT deleted_at IS NOT NULL FROM visitor WHERE id = :id", id=gone.id.hex
    ) == [(1,)]
    assert admin.purge_tombstones(network.admin_url, older_than_days=0) == 1
    sync_all(first, second)
    # Both desks saw the deletion before the purge; neither keeps the purged record.
    for desk in (first, second):
        assert gone.id not in desk.rows("visitor")
        assert stays.id in desk.rows("visitor")
    assert gone.id not in network.server_rows(first, "visitor")
    assert_converged(network, first, second)

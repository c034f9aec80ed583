"""Two desks of one facility edit the same record offline, or one deletes what the other edits.

Edits merge field by field. Where both desks changed the same field, the later edit by the
hybrid logical clock wins (then the higher desk id), the same on every desk whichever desk
sends first, and a conflict record keeps both values for a coordinator. A deletion wins
over a concurrent edit; bringing the record back is an explicit edit of its own.
"""

import uuid
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from desktop_app.core.records import OfferDraft, VisitorDraft
from desktop_app.core.text import fold, index_terms
from desktop_app.core.volunteer_records import VolunteerDraft
from tests.sync.conftest import Desk, Network, assert_converged, sync_all

FACILITY = "Haus am Park"


def hlc_at(moment: datetime) -> int:
    """A reading of the hybrid logical clock: milliseconds since 1970, shifted by 16 bits."""
    return int(moment.timestamp() * 1000) << 16


def clock_span(seconds: float) -> int:
    """A span of the hybrid logical clock."""
    return int(seconds * 1000) << 16


def desk_clock(desk: Desk) -> int:
    return int(desk.sql("SELECT hlc FROM sync_clock WHERE id = 1")[0][0])


def set_desk_clock(desk: Desk, hlc: int) -> None:
    desk.sql("UPDATE sync_clock SET hlc = :hlc WHERE id = 1", hlc=hlc)


def edit_visitor(desk: Desk, visitor_id: uuid.UUID, **changes: Any) -> None:
    record = desk.services.visitors.get(visitor_id)
    desk.services.visitors.update(visitor_id, replace(record.draft(), **changes))


def conflicts_of(desk: Desk, row_id: uuid.UUID) -> list[dict[str, Any]]:
    return [row for row in desk.rows("sync_conflict").values() if row["row_id"] == row_id]


def _server_conflicts(network: Network, row_id: uuid.UUID) -> int:
    with network.admin() as connection:
        row = connection.execute(
            "SELECT count(*) FROM tresen.sync_conflict WHERE row_id = %s", (row_id,)
        ).fetchone()
    assert row is not None
    return int(row[0])


def _client(desk: Desk) -> uuid.UUID:
    return desk.synchronizer.local.client_id()


def test_edits_of_different_fields_at_two_desks_both_survive(network: Network) -> None:
    first = network.desk(FACILITY)
    second = network.desk(FACILITY)
    visitor = first.services.visitors.register(
        VisitorDraft(first_name="Ayşe", last_name="Yılmaz", phone="030 111", postcode="10115")
    )
    sync_all(first, second)

    edit_visitor(first, visitor.id, phone="030 999")
    edit_visitor(second, visitor.id, postcode="12043", preferred_language="tr")
    first.sync()
    second.sync()
    sync_all(first, second)

    for desk in (first, second):
        found = desk.services.visitors.get(visitor.id)
        assert (found.phone, found.postcode, found.preferred_language) == (
            "030 999",
            "12043",
            "tr",
        ), desk.name
        assert (found.first_name, found.last_name) == ("Ayşe", "Yılmaz")
        assert conflicts_of(desk, visitor.id) == [], desk.name
    assert _server_conflicts(network, visitor.id) == 0
    assert_converged(network, first, second)


def test_the_same_field_edited_at_two_desks_has_one_winner_whichever_desk_sends_first(
    network: Network,
) -> None:
    earlier = network.desk(FACILITY)
    later = network.desk(FACILITY)
    visitors = [
        earlier.services.visitors.register(VisitorDraft(first_name=name, phone="030 100"))
        for name in ("Ada", "Bea")
    ]
    sync_all(earlier, later)

    outcomes = []
    for visitor, senders in zip(visitors, [(earlier, later), (later, earlier)], strict=True):
        # The later desk's edit is a minute later by the hybrid clock (within the allowed skew).
        start = max(desk_clock(earlier), desk_clock(later), hlc_at(datetime.now(UTC)))
        set_desk_clock(later, start + clock_span(60))
        edit_visitor(earlier, visitor.id, phone="030 111")
        edit_visitor(later, visitor.id, phone="030 222")
        for desk in senders:
            desk.sync()
        sync_all(earlier, later)

        phones = {desk.services.visitors.get(visitor.id).phone for desk in (earlier, later)}
        assert phones == {"030 222"}, f"sent first: {senders[0].name}"
        assert _server_conflicts(network, visitor.id) == 1
        records = []
        for desk in (earlier, later):
            (conflict,) = conflicts_of(desk, visitor.id)
            records.append(conflict)
            assert (conflict["table_name"], conflict["column_name"]) == ("visitor", "phone")
            assert (conflict["kept_value"], conflict["other_value"]) == ("030 222", "030 111")
            assert conflict["resolved_at"] is None
        assert records[0] == records[1]
        outcomes.append((phones, records[0]["kept_value"], records[0]["other_value"]))

    assert outcomes[0] == outcomes[1]
    assert_converged(network, earlier, later)


def test_a_tie_on_the_clock_goes_to_the_higher_desk_id_whichever_desk_sends_first(
    network: Network,
) -> None:
    one = network.desk(FACILITY)
    other = network.desk(FACILITY)
    visitors = [
        one.services.visitors.register(VisitorDraft(first_name=name, email="alt@example.org"))
        for name in ("Cem", "Dora")
    ]
    sync_all(one, other)
    emails = {one.name: "eins@example.org", other.name: "zwei@example.org"}
    winner = max((one, other), key=lambda desk: str(_client(desk)))
    loser = other if winner is one else one

    for visitor, senders in zip(visitors, [(one, other), (other, one)], strict=True):
        # Both desks' clocks read the same, a little ahead of the wall clock: the edits tie.
        tied = max(desk_clock(one), desk_clock(other), hlc_at(datetime.now(UTC))) + clock_span(1)
        for desk in (one, other):
            set_desk_clock(desk, tied)
            edit_visitor(desk, visitor.id, email=emails[desk.name])
        assert desk_clock(one) == desk_clock(other)
        for desk in senders:
            desk.sync()
        sync_all(one, other)

        for desk in (one, other):
            assert desk.services.visitors.get(visitor.id).email == emails[winner.name]
            (conflict,) = conflicts_of(desk, visitor.id)
            assert (conflict["kept_value"], conflict["other_value"]) == (
                emails[winner.name],
                emails[loser.name],
            )
        assert _server_conflicts(network, visitor.id) == 1
    assert_converged(network, one, other)


def test_derived_columns_follow_the_winning_name_and_make_no_conflict_of_their_own(
    network: Network,
) -> None:
    earlier = network.desk(FACILITY)
    later = network.desk(FACILITY)
    visitor = earlier.services.visitors.register(VisitorDraft(first_name="Jan", last_name="Kowal"))
    sync_all(earlier, later)

    start = max(desk_clock(earlier), desk_clock(later), hlc_at(datetime.now(UTC)))
    set_desk_clock(later, start + clock_span(30))
    edit_visitor(earlier, visitor.id, first_name="Janina")
    edit_visitor(later, visitor.id, first_name="Jana")
    earlier.sync()
    later.sync()
    sync_all(earlier, later)

    for desk in (earlier, later):
        assert desk.rows("visitor")[visitor.id]["first_name"] == "Jana"
        ((sort_name, search_terms),) = _derived(desk, visitor.id)
        assert sort_name == fold("Kowal Jana")
        assert "jana" in search_terms.split()
        assert "janina" not in search_terms.split()
        assert [hit.id for hit in desk.services.visitors.search("Jana Kowal")] == [visitor.id]
        conflicts = conflicts_of(desk, visitor.id)
        assert [c["column_name"] for c in conflicts] == ["first_name"], desk.name
        assert (conflicts[0]["kept_value"], conflicts[0]["other_value"]) == ("Jana", "Janina")
    assert _server_conflicts(network, visitor.id) == 1
    assert_converged(network, earlier, later)


def _derived(desk: Desk, visitor_id: uuid.UUID) -> list[Any]:
    """The folded name and search words the desk derived for a visitor (never sent)."""
    return desk.sql("SELECT sort_name, search_terms FROM visitor WHERE id = :id", id=visitor_id.hex)


def test_first_and_last_name_changed_at_two_desks_are_both_found(network: Network) -> None:
    first = network.desk(FACILITY)
    second = network.desk(FACILITY)
    visitor = first.services.visitors.register(VisitorDraft(first_name="Jan", last_name="Kowal"))
    sync_all(first, second)

    edit_visitor(first, visitor.id, first_name="Janina")
    edit_visitor(second, visitor.id, last_name="Nowak")
    sync_all(first, second)

    for desk in (first, second):
        found = desk.services.visitors.get(visitor.id)
        assert (found.first_name, found.last_name) == ("Janina", "Nowak")
        assert [hit.id for hit in desk.services.visitors.search("Janina Nowak")] == [visitor.id]
        assert _derived(desk, visitor.id) == [
            (fold("Nowak Janina"), index_terms("Janina", "Nowak", visitor.number))
        ]
        assert conflicts_of(desk, visitor.id) == []
    assert_converged(network, first, second)


def test_a_volunteer_deleted_at_one_desk_and_edited_at_another_stays_deleted_until_restored(
    network: Network,
) -> None:
    deleting = network.desk(FACILITY)
    editing = network.desk(FACILITY)
    third = network.desk(FACILITY)
    volunteer = deleting.services.volunteers.create(
        VolunteerDraft(first_name="Olga", last_name="Berg", phone="030 555")
    )
    sync_all(deleting, editing, third)

    deleting.services.volunteers.delete(volunteer.id)
    # The editing desk has not heard of the deletion; its edit is even the later one.
    set_desk_clock(editing, max(desk_clock(deleting), desk_clock(editing)) + clock_span(60))
    edited = editing.services.volunteers.update(
        volunteer.id, replace(_volunteer_draft(editing, volunteer.id), phone="030 666")
    )
    assert edited.phone == "030 666"
    editing.sync()
    deleting.sync()
    sync_all(deleting, editing, third)

    for desk in (deleting, editing, third):
        row = desk.rows("volunteer")[volunteer.id]
        assert row["deleted_at"] is not None, f"{desk.name} still shows the volunteer"
        assert volunteer.id not in {v.id for v in desk.services.volunteers.list_volunteers()}
    assert_converged(network, deleting, editing, third)

    # A coordinator brings the volunteer back on purpose: that reaches every desk.
    editing.sql("UPDATE volunteer SET deleted_at = NULL WHERE id = :id", id=volunteer.id.hex)
    sync_all(editing, deleting, third)
    for desk in (deleting, editing, third):
        assert desk.rows("volunteer")[volunteer.id]["deleted_at"] is None, desk.name
        restored = desk.services.volunteers.get(volunteer.id)
        assert (restored.first_name, restored.phone) == ("Olga", "030 666")
    assert_converged(network, deleting, editing, third)


def test_a_visit_removed_at_one_desk_and_moved_at_another_stays_removed_until_restored(
    network: Network,
) -> None:
    removing = network.desk(FACILITY)
    moving = network.desk(FACILITY)
    morning = removing.services.offers.create(OfferDraft(title="Frühstück"))
    lunch = removing.services.offers.create(OfferDraft(title="Mittagstisch"))
    visitor = removing.services.visitors.register(VisitorDraft(first_name="Emre"))
    visit = removing.services.visits.check_in(visitor.id, morning.id)
    sync_all(removing, moving)

    moving.services.visits.change_offer(visit.id, lunch.id)
    removing.services.visits.remove(visit.id)
    moving.sync()
    removing.sync()
    sync_all(removing, moving)

    for desk in (removing, moving):
        row = desk.rows("visit")[visit.id]
        assert row["deleted_at"] is not None, f"{desk.name} still shows the visit"
        assert row["offer_id"] == lunch.id  # the edit is kept, under the deletion
        assert visit.id not in {v.id for v in desk.services.visits.today()}
    assert_converged(network, removing, moving)

    removing.sql("UPDATE visit SET deleted_at = NULL WHERE id = :id", id=visit.id.hex)
    sync_all(removing, moving)
    for desk in (removing, moving):
        (today,) = desk.services.visits.today()
        assert (today.id, today.offer_id) == (visit.id, lunch.id)
    assert_converged(network, removing, moving)


def _volunteer_draft(desk: Desk, volunteer_id: uuid.UUID) -> VolunteerDraft:
    record = desk.services.volunteers.get(volunteer_id)
    fields = {name: getattr(record, name) for name in VolunteerDraft.__dataclass_fields__}
    return VolunteerDraft(**fields)

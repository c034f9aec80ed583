"""References between records that arrive apart: a visit before its visitor.

The shared database has no foreign keys, and desks pull every table page by page, each
in the order its rows were last written. A visit can therefore reach a desk before the
visitor it belongs to: on a later page, or in a later sync when the visitor was changed
by a transaction that was still open. The desk takes what it gets without breaking, and
once everything has arrived its database's references are whole again.
"""

import uuid
from typing import Any

import pytest

from desktop_app.core.records import OfferDraft, VisitorDraft
from desktop_app.sync.connection import connect
from desktop_app.sync.engine import Synchronizer
from tests.sync.conftest import Desk, Network, assert_converged, sync_all
from tests.sync.test_conflicts import edit_visitor

FACILITY = "Haus am Park"
VISITORS = 6


class DeskSwitchedOff(Exception):
    """The desk's computer goes off between two pages of a pull."""


def _broken_references(desk: Desk) -> list[Any]:
    return desk.sql("PRAGMA foreign_key_check")


def _check_in_everyone(desk: Desk) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
    """Visitors registered in one order and checked in the other way round."""
    offer = desk.services.offers.create(OfferDraft(title="Mittagstisch"))
    visitors = [
        desk.services.visitors.register(VisitorDraft(first_name=f"Gast {n}")).id
        for n in range(VISITORS)
    ]
    visits = [desk.services.visits.check_in(v, offer.id).id for v in reversed(visitors)]
    return visitors, visits


def test_a_visit_on_an_earlier_page_than_its_visitor_is_kept_and_completed(
    network: Network,
) -> None:
    sender = network.desk(FACILITY)
    receiver = network.desk(FACILITY, page_rows=2)
    sync_all(sender, receiver)
    visitors, visits = _check_in_everyone(sender)
    sync_all(sender)

    # The receiving desk is switched off after its first pages: the newest visitors'
    # visits came first, their visitors would have come last.
    fetched = 0

    def switch_off_on_second_page(step: str) -> None:
        nonlocal fetched
        if step == "pull:fetched":
            fetched += 1
            if fetched == 2:
                raise DeskSwitchedOff()

    interrupted = Synchronizer(
        receiver.database,
        receiver.facility_id,
        lambda: connect(receiver.address, receiver.login.password),
        page_rows=2,
        step=switch_off_on_second_page,
    )
    try:
        with pytest.raises(DeskSwitchedOff):
            interrupted.sync()
    finally:
        interrupted.close()

    arrived = receiver.rows("visit").keys() & set(visits)
    assert arrived, "no visit arrived on the first page"
    waiting_for = {receiver.rows("visit")[v]["visitor_id"] for v in arrived}
    assert waiting_for - receiver.rows("visitor").keys(), "every visitor came with the visits"
    assert _broken_references(receiver)
    # The desk works on meanwhile: lists, search and new check-ins.
    receiver.services.visits.today()
    receiver.services.visitors.search("Gast")
    walk_in = receiver.services.visitors.register(VisitorDraft(first_name="Neu"))

    sync_all(receiver, sender)
    assert set(visits) <= receiver.rows("visit").keys()
    assert set(visitors) | {walk_in.id} <= receiver.rows("visitor").keys()
    assert _broken_references(receiver) == []
    assert len(receiver.services.visits.today()) == VISITORS
    assert _broken_references(sender) == []
    assert_converged(network, sender, receiver)


def test_a_visit_pulled_while_its_visitors_newer_version_is_held_back_is_completed_later(
    network: Network,
) -> None:
    sender = network.desk(FACILITY)
    visitors, visits = _check_in_everyone(sender)
    sync_all(sender)

    # A transaction opened on the server and still running holds back what pulls see.
    with network.admin() as blocker:
        blocker.execute("BEGIN")
        blocker.execute("SELECT pg_current_xact_id()")
        # Meanwhile the visitors are corrected: their rows now carry a newer transaction
        # than their visits.
        for visitor_id in visitors:
            edit_visitor(sender, visitor_id, last_name="Korrigiert")
        sender.sync()

        receiver = network.desk(FACILITY, page_rows=2)
        receiver.sync()
        assert set(visits) <= receiver.rows("visit").keys()
        assert not set(visitors) & receiver.rows("visitor").keys()
        assert _broken_references(receiver)
        receiver.services.visits.today()
        blocker.execute("ROLLBACK")

    sync_all(receiver, sender)
    assert set(visitors) <= receiver.rows("visitor").keys()
    assert {receiver.services.visitors.get(v).last_name for v in visitors} == {"Korrigiert"}
    assert _broken_references(receiver) == []
    assert len(receiver.services.visits.today()) == VISITORS
    assert_converged(network, sender, receiver)

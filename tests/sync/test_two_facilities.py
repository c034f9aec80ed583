"""Two facilities with two desks each, working through the real services end to end.

Facility A refers a visitor to facility B (with the person's consent to share); a desk at
B finds the referral by its code and records the arrival; A's follow-up list shows it. At
the same time A's two desks edit the same visitor, and one removes a check-in made at the
other. Every desk ends up equal to what its facility may see on the shared database.
"""

import uuid
from dataclasses import replace

import pytest

from desktop_app.core.directory_records import Partner, PartnerKind, PartnerLocation, PartnerOffer
from desktop_app.core.errors import CodeUnknown, NotFoundError
from desktop_app.core.ids import new_id
from desktop_app.core.records import OfferDraft, VisitorDraft
from desktop_app.core.referral_records import (
    ConsentManner,
    ReferralDraft,
    ReferralQuery,
    ReferralStatus,
    SharingConsent,
)
from tests.sync.conftest import Desk, Network, assert_converged, sync_all


def _partner_for(facility_id: uuid.UUID) -> Partner:
    """Facility B as an entry of A's directory, linked to B's record on the network."""
    location = PartnerLocation(id=new_id(), name="Haupthaus", street="Nordweg 3", postcode="13347")
    return Partner(
        id=new_id(),
        name="Stadtteilzentrum Nord",
        kind=PartnerKind.STADTTEILZENTRUM,
        phone="030 4455 100",
        locations=(location,),
        offers=(
            PartnerOffer(
                id=new_id(),
                name="Mietberatung",
                location_id=location.id,
                field_of_action="Beratung und Begleitung",
            ),
        ),
        network_facility_id=facility_id,
    )


def _edit(desk: Desk, visitor_id: uuid.UUID, **changes: str) -> None:
    """Change some fields of a visitor as the visitor form does: the whole form saved."""
    current = desk.services.visitors.get(visitor_id)
    desk.services.visitors.update(visitor_id, replace(current.draft(), **changes))


def test_a_referral_travels_between_facilities_while_desks_edit_and_remove(
    network: Network,
) -> None:
    a1 = network.desk("Haus am Park")
    a2 = network.desk("Haus am Park")
    b1 = network.desk("Stadtteilzentrum Nord")
    b2 = network.desk("Stadtteilzentrum Nord")
    desks = (a1, a2, b1, b2)
    assert a1.facility_id == a2.facility_id != b1.facility_id == b2.facility_id

    # Facility A: its offer, a visitor, and B in its directory.
    lunch = a1.services.offers.create(OfferDraft(title="Mittagstisch"))
    visitor = a1.services.visitors.register(
        VisitorDraft(first_name="Zeynep", last_name="Kaya", phone="030 1000")
    )
    partner = a1.services.directory.save(_partner_for(b1.facility_id))
    referral = a1.services.referrals.issue(
        ReferralDraft(
            visitor_id=visitor.id,
            partner_id=partner.id,
            partner_offer_id=partner.offers[0].id,
            purpose="Fragen zur Miete",
            slip_language="tr",
            consent=SharingConsent(
                manner=ConsentManner.SIGNED_FORM,
                recipient=partner.name,
                data_shared="Initialen, Anliegen",
                purpose="Bestätigung der Teilnahme",
            ),
        )
    )
    a1.services.referrals.mark_handed_out(referral.id)
    # A referral without consent stays with A.
    private = a1.services.referrals.issue(
        ReferralDraft(visitor_id=visitor.id, partner_id=partner.id, purpose="Nachbarschaftsgarten")
    )
    sync_all(*desks)

    # A desk of B that did not take part finds the referral by its code.
    received = b2.services.referrals.find_by_code(referral.code)
    assert received.id == referral.id
    assert received.issuing_facility_name == "Haus am Park"
    assert received.status is ReferralStatus.HANDED_OUT
    # Who the person is stays at A: B sees initials only.
    assert (received.visitor_id, received.visitor_name, received.person_label) == (
        None,
        "",
        "Z. K.",
    )
    with pytest.raises(CodeUnknown):
        b2.services.referrals.find_by_code(private.code)
    assert visitor.id not in b1.rows("visitor")
    arrived = b2.services.referrals.set_status(referral.id, ReferralStatus.ARRIVED)
    assert arrived.status is ReferralStatus.ARRIVED

    # Meanwhile at A, offline: both desks edit the visitor, different fields.
    a2_visit = a2.services.visits.check_in(visitor.id, lunch.id)
    sync_all(a2, a1)
    _edit(a1, visitor.id, phone="030 2000")
    _edit(a2, visitor.id, postcode="10115", email="zeynep@example.org")
    # A desk of A takes back the check-in the other desk made by mistake.
    assert [v.id for v in a1.services.visits.today()] == [a2_visit.id]
    a1.services.visits.undo(a2_visit.id)

    sync_all(b2, a1, a2, b1)

    # A's follow-up list, on the desk that did not issue it, shows the arrival.
    follow_up = {r.id: r for r in a2.services.referrals.issued(ReferralQuery())}
    assert follow_up.keys() == {referral.id, private.id}
    assert follow_up[referral.id].status is ReferralStatus.ARRIVED
    assert follow_up[private.id].status is ReferralStatus.CREATED
    arrived_only = a1.services.referrals.issued(
        ReferralQuery(statuses=frozenset({ReferralStatus.ARRIVED}))
    )
    assert [r.id for r in arrived_only] == [referral.id]
    assert b1.services.referrals.get(referral.id).status is ReferralStatus.ARRIVED

    # Both edits survive on both desks of A, without a conflict; the removal too.
    for desk in (a1, a2):
        current = desk.services.visitors.get(visitor.id)
        assert (current.first_name, current.phone, current.postcode, current.email) == (
            "Zeynep",
            "030 2000",
            "10115",
            "zeynep@example.org",
        )
        assert desk.services.visits.today() == []
        assert desk.services.visitors.history(visitor.id) == []
    with network.admin() as connection:
        conflicts = connection.execute("SELECT count(*) FROM tresen.sync_conflict").fetchone()
    assert conflicts == (0,)

    # B's desks never received A's person-level records.
    for desk in (b1, b2):
        with pytest.raises(NotFoundError):
            desk.services.visitors.get(visitor.id)
        assert not desk.rows("visitor") and not desk.rows("visit") and not desk.rows("consent")

    assert_converged(network, *desks)

"""Withdrawals and deletion runs reach the shared database and every desk of the facility.

A withdrawn registration blanks and deletes the visitor everywhere, and the visits live
on everywhere as anonymous head counts.
"""

from desktop_app.core.consent_records import ConsentDraft, ConsentPurpose
from desktop_app.core.records import OfferDraft, VisitorDraft
from desktop_app.core.referral_records import ConsentManner
from desktop_app.sync.schema import SCHEMA
from tests.sync.conftest import Network, assert_converged, sync_all


def test_a_withdrawn_registration_is_deleted_on_the_server_and_the_other_desk(
    network: Network,
) -> None:
    first = network.desk("Haus am Park")
    second = network.desk("Haus am Park")
    offer = first.services.offers.create(OfferDraft(title="Sprachcafé"))
    amal = first.services.visitors.register(
        VisitorDraft(first_name="Amal", last_name="Haddad", phone="030 12345")
    )
    first.services.visits.check_in(amal.id, offer.id)
    consent = first.services.consents.give(
        amal.id, ConsentDraft(ConsentPurpose.REGISTRATION, ConsentManner.SIGNED_FORM)
    )
    sync_all(first, second)
    assert second.services.visitors.search("Amal") != []

    first.services.consents.withdraw(consent.id)
    sync_all(first, second)

    assert second.services.visitors.search("Amal") == []
    with network.admin() as connection:
        first_name, phone, deleted = connection.execute(
            f"SELECT first_name, phone, deleted_at IS NOT NULL FROM {SCHEMA}.visitor WHERE id = %s",
            (amal.id,),
        ).fetchone()
        visits = connection.execute(
            f"SELECT count(*) FROM {SCHEMA}.visit WHERE visitor_id = %s AND deleted_at IS NULL",
            (amal.id,),
        ).fetchone()[0]
        marks = connection.execute(
            f"SELECT count(*) FROM {SCHEMA}.tally_mark WHERE offer_id = %s", (offer.id,)
        ).fetchone()[0]
    assert (first_name, phone, deleted) == ("", "", True)
    assert visits == 0 and marks == 1
    assert_converged(network, first, second)


def test_a_deletion_run_at_one_desk_reaches_the_other(network: Network) -> None:
    first = network.desk("Haus am Park")
    second = network.desk("Haus am Park")
    offer = first.services.offers.create(OfferDraft(title="Sprachcafé"))
    old = first.services.visitors.register(VisitorDraft(first_name="Gustav", last_name="Alt"))
    first.services.visits.check_in(old.id, offer.id)
    sync_all(first, second)

    first.clock.advance(days=3 * 365)
    plan = first.services.retention.run()
    assert plan.total >= 2
    sync_all(first, second)
    assert second.services.visitors.search("Gustav") == []
    with network.admin() as connection:
        marks = connection.execute(
            f"SELECT count(*) FROM {SCHEMA}.tally_mark WHERE offer_id = %s", (offer.id,)
        ).fetchone()[0]
    assert marks == 1  # the visit, counted without the person
    assert_converged(network, first, second)

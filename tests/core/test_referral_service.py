"""Issuing, finding and following up referrals; what a slip may show of the person."""

import uuid
from datetime import time, timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from desktop_app.core import codes
from desktop_app.core.db import Database
from desktop_app.core.directory_records import (
    Contact,
    Partner,
    PartnerKind,
    PartnerLocation,
    PartnerOffer,
)
from desktop_app.core.errors import CodeMistyped, CodeUnknown, RuleError, ValidationError
from desktop_app.core.ids import new_id
from desktop_app.core.models import Consent, Facility, ReferralEvent, ReferralPerson
from desktop_app.core.records import FacilityRecord, ScheduleSlot, VisitorDraft
from desktop_app.core.reference import FacilityKind
from desktop_app.core.referral_records import (
    ConsentManner,
    PaperSize,
    PersonDisplay,
    ReferralDraft,
    ReferralQuery,
    ReferralStatus,
    SharingConsent,
)
from desktop_app.core.services import Services, build_services
from desktop_app.core.services.referrals import NOT_OURS, slip_target
from tests.conftest import FakeClock

NETWORK_FACILITY = uuid.UUID("0193a000-0000-7000-8000-00000000abcd")


def _partner() -> Partner:
    main = PartnerLocation(
        id=new_id(),
        name="Haupthaus",
        street="Beispielstraße 5",
        postcode="10115",
        city="Berlin",
        phone="030 23125 111",
        opening_hours=(ScheduleSlot(0, time(9), time(17)), ScheduleSlot(2, time(9), time(13))),
        accessibility="Stufenloser Zugang",
        languages=("de", "tr"),
    )
    annex = PartnerLocation(id=new_id(), name="Nebenstelle", street="Hofweg 2", postcode="10117")
    return Partner(
        id=new_id(),
        name="Stadtteilzentrum Beispielplatz",
        kind=PartnerKind.STADTTEILZENTRUM,
        phone="030 23125 100",
        email="info@beispielplatz.example.org",
        website="www.beispielplatz.example.org",
        contact=Contact("Frau Demir", "030 23125 101"),
        locations=(main, annex),
        offers=(
            PartnerOffer(
                id=new_id(),
                name="Sozialberatung",
                location_id=annex.id,
                field_of_action="Beratung und Begleitung",
                schedule=(ScheduleSlot(3, time(14), time(18)),),
                schedule_note="Ohne Termin",
                contact=Contact("Herr Brandt", email="brandt@beispielplatz.example.org"),
            ),
        ),
        network_facility_id=NETWORK_FACILITY,
    )


@pytest.fixture
def partner(services: Services) -> Partner:
    return services.directory.save(_partner())


@pytest.fixture
def visitor_id(services: Services) -> uuid.UUID:
    return services.visitors.register(
        VisitorDraft(
            first_name="Zeynep",
            last_name="Kowalski-Yıldız",
            preferred_language="tr",
            notes="Bürgergeld, Kundennummer 123D456789, Diabetes, syrisch, Duldung",
        )
    ).id


def _draft(visitor_id: uuid.UUID, partner: Partner, **changes: object) -> ReferralDraft:
    values: dict[str, object] = {
        "visitor_id": visitor_id,
        "partner_id": partner.id,
        "partner_offer_id": partner.offers[0].id,
        "purpose": "Fragen zur Miete",
        "slip_language": "tr",
    }
    values.update(changes)
    return ReferralDraft(**values)  # type: ignore[arg-type]


def test_issuing_gives_a_valid_code_and_keeps_the_target_as_the_slip_shows_it(
    services: Services, partner: Partner, visitor_id: uuid.UUID
) -> None:
    record = services.referrals.issue(_draft(visitor_id, partner))
    assert len(record.code) == 10 and codes.is_valid(record.code)
    assert record.status is ReferralStatus.CREATED
    assert record.person_label == "Z. K."
    assert record.visitor_id == visitor_id and record.visitor_name == "Zeynep Kowalski-Yıldız"
    assert record.field_of_action == "Beratung und Begleitung"  # taken from the offer
    target = record.target
    assert (target.name, target.kind) == ("Stadtteilzentrum Beispielplatz", "Stadtteilzentrum")
    assert target.offer_name == "Sozialberatung"
    assert target.address_lines == ("Hofweg 2", "10117 Berlin")  # the offer's location
    assert target.hours == ((3, "14:00", "18:00"),) and target.hours_note == "Ohne Termin"
    assert target.contact_name == "Herr Brandt"
    assert target.phone == "030 23125 100"  # the annex has none: the partner's


def test_an_offers_own_note_is_printed_even_without_weekly_times() -> None:
    partner = _partner()
    main, annex = partner.locations
    by_appointment = PartnerOffer(
        id=new_id(), name="Schuldnerberatung", location_id=main.id, schedule_note="Nach Termin"
    )
    partner = Partner(**{**partner.__dict__, "offers": (by_appointment,)})
    target = slip_target(partner, by_appointment.id, None)
    assert target.hours_note == "Nach Termin"
    assert target.hours == ((0, "09:00", "17:00"), (2, "09:00", "13:00"))  # the location's
    noted = PartnerLocation(**{**main.__dict__, "opening_hours_note": "Freitags geschlossen"})
    without_note = PartnerOffer(id=new_id(), name="Nähcafé", location_id=noted.id)
    partner = Partner(
        **{**partner.__dict__, "locations": (noted, annex), "offers": (without_note,)}
    )
    assert slip_target(partner, without_note.id, None).hours_note == "Freitags geschlossen"


def test_a_drawn_code_that_is_taken_already_is_drawn_again(
    services: Services,
    partner: Partner,
    visitor_id: uuid.UUID,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = services.referrals.issue(_draft(visitor_id, partner))
    fresh = codes.new_referral_code()
    draws = iter([first.code, first.code, fresh])
    monkeypatch.setattr(codes, "new_referral_code", lambda: next(draws))
    assert services.referrals.issue(_draft(visitor_id, partner)).code == fresh
    # Never a free code: the conflict itself is reported, not hidden.
    monkeypatch.setattr(codes, "new_referral_code", lambda: first.code)
    with pytest.raises(IntegrityError):
        services.referrals.issue(_draft(visitor_id, partner))
    assert len(services.referrals.issued(ReferralQuery())) == 2


def test_the_slip_stays_as_printed_when_the_directory_changes(
    services: Services, partner: Partner, visitor_id: uuid.UUID
) -> None:
    record = services.referrals.issue(_draft(visitor_id, partner, partner_offer_id=None))
    services.directory.save(
        Partner(**{**partner.__dict__, "name": "Umbenannt", "locations": partner.locations[1:]})
    )
    slip = services.referrals.slip_content(record.id, paper=PaperSize.A4)
    assert slip.target.name == "Stadtteilzentrum Beispielplatz"
    assert slip.target.address_lines == ("Beispielstraße 5", "10115 Berlin")
    assert slip.paper is PaperSize.A4 and slip.language == "tr"


def test_the_slip_content_has_no_place_for_what_must_never_be_printed(
    services: Services, partner: Partner, visitor_id: uuid.UUID
) -> None:
    record = services.referrals.issue(_draft(visitor_id, partner))
    slip = services.referrals.slip_content(record.id)
    printed = repr(slip)
    for secret in ("Kowalski", "Yıldız", "Bürgergeld", "123D456789", "Diabetes", "Duldung"):
        assert secret not in printed
    assert slip.person_label == "Z. K."
    first = services.referrals.issue(
        _draft(visitor_id, partner, person_display=PersonDisplay.FIRST_NAME)
    )
    assert services.referrals.slip_content(first.id).person_label == "Zeynep"


@pytest.mark.parametrize(
    "purpose",
    [
        "Kundennummer 123D456789",
        "BG-Nummer 12345BG6789012",
        "bezieht Bürgergeld",
        "Termin wegen Diagnose",
        "Aufenthaltsstatus klären",
        "Frau Kowalski-Yıldız braucht Hilfe",
        "Rückruf 0176 1234567",
        "Termin wegen 123D456789",
        "Aktennr. 123/456-789",
        "Nummer 12 34 56 78",
    ],
)
def test_a_purpose_that_would_print_protected_data_is_refused_and_nothing_saved(
    services: Services, partner: Partner, visitor_id: uuid.UUID, purpose: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        services.referrals.issue(_draft(visitor_id, partner, purpose=purpose))
    assert "purpose" in raised.value.problems
    assert services.referrals.issued(ReferralQuery()) == []


@pytest.mark.parametrize(
    "purpose",
    [
        "Termin am 12.05. um 10 Uhr",
        "Termin am 12.05.2026, 14.30 Uhr",
        "Kinder 2 - 3 Jahre",
        "Sprechstunde 14.30",
        "Kurs B1 2026",
        "Raum 1.204",
        "Miete ab 01/2027",
        "Sprechzeiten Mo 10-12 und 14-16 Uhr",
    ],
)
def test_dates_times_ages_and_years_in_a_purpose_are_no_case_numbers(
    services: Services, partner: Partner, visitor_id: uuid.UUID, purpose: str
) -> None:
    record = services.referrals.issue(_draft(visitor_id, partner, purpose=purpose))
    assert record.purpose == purpose


def test_an_appointment_in_the_past_and_an_unknown_language_are_refused(
    services: Services, partner: Partner, visitor_id: uuid.UUID, clock: FakeClock
) -> None:
    with pytest.raises(ValidationError) as raised:
        services.referrals.issue(
            _draft(
                visitor_id,
                partner,
                appointment_at=clock.now - timedelta(days=1),
                slip_language="fr",
            )
        )
    assert set(raised.value.problems) == {"appointment", "slip_language"}


def test_defaults_propose_initials_and_the_visitors_language(
    services: Services, visitor_id: uuid.UUID
) -> None:
    defaults = services.referrals.defaults_for(visitor_id)
    assert (defaults.initials, defaults.first_name, defaults.slip_language) == (
        "Z. K.",
        "Zeynep",
        "tr",
    )
    other = services.visitors.register(VisitorDraft(first_name="Olena", preferred_language="uk"))
    assert services.referrals.defaults_for(other.id).slip_language == "en"
    assert services.referrals.defaults_for(other.id).initials == "O."


def test_sharing_with_the_receiver_records_a_consent_naming_recipient_data_and_purpose(
    services: Services, partner: Partner, visitor_id: uuid.UUID, database: object
) -> None:
    consent = SharingConsent(
        manner=ConsentManner.SIGNED_FORM,
        recipient=partner.name,
        data_shared="Initialen, Anliegen, Termin",
        purpose="Bestätigung der Teilnahme",
    )
    record = services.referrals.issue(_draft(visitor_id, partner, consent=consent))
    assert record.shared_with_receiver
    sessions = services.referrals._sessions
    with sessions.begin() as session:
        stored = session.query(Consent).one()
        assert (stored.recipient, stored.data_shared, stored.purpose_text, stored.manner) == (
            partner.name,
            "Initialen, Anliegen, Termin",
            "Bestätigung der Teilnahme",
            "signed_form",
        )
        assert stored.referral_id == record.id and stored.visitor_id == visitor_id
        assert session.query(ReferralPerson).one().visitor_id == visitor_id
    with pytest.raises(ValidationError) as raised:
        services.referrals.issue(
            _draft(
                visitor_id,
                partner,
                consent=SharingConsent(ConsentManner.VERBAL, partner.name, "", ""),
            )
        )
    assert set(raised.value.problems) == {"consent.data_shared", "consent.purpose"}


def test_steps_follow_the_referral_and_each_is_recorded(
    services: Services, partner: Partner, visitor_id: uuid.UUID
) -> None:
    record = services.referrals.issue(_draft(visitor_id, partner))
    assert services.referrals.mark_handed_out(record.id).status is ReferralStatus.HANDED_OUT
    assert services.referrals.mark_handed_out(record.id).status is ReferralStatus.HANDED_OUT
    arrived = services.referrals.set_status(record.id, ReferralStatus.ARRIVED)
    assert arrived.status is ReferralStatus.ARRIVED
    with pytest.raises(RuleError):
        services.referrals.set_status(record.id, ReferralStatus.CANCELLED)
    done = services.referrals.set_status(record.id, ReferralStatus.COMPLETED)
    assert done.status is ReferralStatus.COMPLETED and done.status.is_final
    with services.referrals._sessions.begin() as session:
        steps = [e.status for e in session.query(ReferralEvent).order_by(ReferralEvent.id)]
    assert steps == ["created", "handed_out", "arrived", "completed"]


def test_a_typed_code_is_found_or_the_desk_is_told_what_is_wrong(
    services: Services, partner: Partner, visitor_id: uuid.UUID
) -> None:
    record = services.referrals.issue(_draft(visitor_id, partner))
    typed = f" {codes.grouped(record.code).lower()} "
    assert services.referrals.find_by_code(typed).id == record.id
    wrong = (
        record.code[:3] + next(c for c in codes.ALPHABET if c != record.code[3]) + record.code[4:]
    )
    with pytest.raises(CodeMistyped) as mistyped:
        services.referrals.find_by_code(wrong)
    assert "typing mistake" in str(mistyped.value)
    # Two neighbouring characters swapped, the commonest slip of the finger.
    at = next(i for i in range(len(record.code) - 1) if record.code[i] != record.code[i + 1])
    swapped = record.code[:at] + record.code[at + 1] + record.code[at] + record.code[at + 2 :]
    with pytest.raises(CodeMistyped):
        services.referrals.find_by_code(swapped)
    with pytest.raises(CodeMistyped) as not_a_code:
        services.referrals.find_by_code("hello")
    assert "not a referral code" in str(not_a_code.value)
    unknown = codes.new_referral_code()
    with pytest.raises(CodeUnknown) as raised:
        services.referrals.find_by_code(unknown)
    assert codes.grouped(unknown) in str(raised.value)


def test_follow_up_brings_open_referrals_past_the_period_first(
    services: Services, partner: Partner, visitor_id: uuid.UUID, clock: FakeClock
) -> None:
    old = services.referrals.issue(_draft(visitor_id, partner, purpose="Alt"))
    old_done = services.referrals.issue(_draft(visitor_id, partner, purpose="Alt, erledigt"))
    services.referrals.set_status(old_done.id, ReferralStatus.ARRIVED)
    clock.advance(days=20)
    new = services.referrals.issue(_draft(visitor_id, partner, purpose="Neuer Mietvertrag"))
    listed = services.referrals.issued(ReferralQuery(), follow_up_days=14)
    assert [r.id for r in listed] == [old.id, new.id, old_done.id]
    today = clock.now.date()
    assert [r.is_due(today, 14) for r in listed] == [True, False, False]
    assert not listed[0].is_due(today, 21)
    only_open = services.referrals.issued(
        ReferralQuery(statuses=frozenset({ReferralStatus.CREATED}))
    )
    assert {r.id for r in only_open} == {old.id, new.id}
    # A word longer than any code or visitor number, which are random letters and digits.
    found = services.referrals.issued(ReferralQuery(text="mietvertrag"))
    assert [r.id for r in found] == [new.id]
    by_code = services.referrals.issued(ReferralQuery(text=codes.grouped(new.code)))
    assert [r.id for r in by_code] == [new.id]
    assert services.referrals.for_visitor(visitor_id)[0].id == new.id


def test_a_referral_sent_here_by_another_facility_is_seen_found_and_received_here(
    services: Services,
    database: Database,
    facility: FacilityRecord,
    visitor_id: uuid.UUID,
    clock: FakeClock,
) -> None:
    with database.sessions.begin() as session:
        issuer = Facility(name="Stadtteilzentrum Moabit", kind=FacilityKind.STADTTEILZENTRUM.value)
        session.add(issuer)
    elsewhere = build_services(database.sessions, issuer.id, clock)
    us = elsewhere.directory.save(
        Partner(**{**_partner().__dict__, "network_facility_id": facility.id})
    )
    their_visitor = elsewhere.visitors.register(VisitorDraft(first_name="Olena", last_name="K"))
    sent = elsewhere.referrals.issue(_draft(their_visitor.id, us))
    ours = services.referrals.issue(_draft(visitor_id, services.directory.save(_partner())))

    received = services.referrals.get(sent.id)
    assert received.issuing_facility_name == "Stadtteilzentrum Moabit"
    # Who the person is stays with the issuing facility.
    assert (received.visitor_id, received.visitor_name, received.person_label) == (
        None,
        "",
        "O. K.",
    )
    assert services.referrals.find_by_code(codes.grouped(sent.code)).id == sent.id
    # The follow-up list is of referrals issued here.
    assert [r.id for r in services.referrals.issued(ReferralQuery())] == [ours.id]

    arrived = services.referrals.set_status(sent.id, ReferralStatus.ARRIVED)
    assert arrived.status is ReferralStatus.ARRIVED

    # Only the issuer may cancel.
    fresh = elsewhere.referrals.issue(_draft(their_visitor.id, us))
    with pytest.raises(RuleError) as raised:
        services.referrals.set_status(fresh.id, ReferralStatus.CANCELLED)
    assert raised.value.message == NOT_OURS
    assert services.referrals.get(fresh.id).status is ReferralStatus.CREATED
    cancelled = elsewhere.referrals.set_status(fresh.id, ReferralStatus.CANCELLED)
    assert cancelled.status is ReferralStatus.CANCELLED

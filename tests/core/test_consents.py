"""Consents at the desk: one per purpose, a guardian's for a child, withdrawal and its effects."""

import uuid
from datetime import date, datetime, time

import pytest
from sqlalchemy import func, select

from desktop_app.core import limits
from desktop_app.core.access import PermissionDenied, Role, StaffMember
from desktop_app.core.audit import AuditAction
from desktop_app.core.consent_records import (
    CONSENT_TEXT_VERSION,
    ConsentDraft,
    ConsentPurpose,
    ConsentRecord,
)
from desktop_app.core.db import Database
from desktop_app.core.directory_records import Partner, PartnerKind
from desktop_app.core.errors import NotFoundError, RuleError, ValidationError
from desktop_app.core.models import AuditEntry, Consent, Referral, TallyMark, Visit, Visitor
from desktop_app.core.records import FacilityRecord, OfferDraft, VisitorDraft, VisitorRecord
from desktop_app.core.reference import Gender
from desktop_app.core.referral_records import ConsentManner, ReferralDraft, SharingConsent
from desktop_app.core.services import Services
from desktop_app.core.services.consents import (
    ALREADY_DELETED,
    ALREADY_GIVEN,
    ALREADY_WITHDRAWN,
    ALWAYS,
    CONTACT_DELETED,
    DEMOGRAPHICS_DELETED,
    GUARDIAN_NEEDED,
    NO_CONTACT,
    NOT_SHARED,
    PHOTOS,
    REFERRAL_HERE,
    REGISTRATION_DELETED,
    UNSHARED,
    ConsentService,
    needs_guardian,
)
from desktop_app.core.validation import CONTROL, REQUIRED, TOO_LONG
from tests.conftest import TEST_ADMIN, FakeClock
from tests.core.test_anonymise import add_visit, other_facility

RECEPTION = StaffMember(id=None, name="Aylin Demir", role=Role.RECEPTION)
COORDINATION = StaffMember(id=None, name="Bernd Koch", role=Role.COORDINATION)
SIGNED = ConsentManner.SIGNED_FORM


@pytest.fixture
def consents(database: Database, facility: FacilityRecord, clock: FakeClock) -> ConsentService:
    return ConsentService(database.sessions, facility.id, clock)


@pytest.fixture
def visitor(services: Services) -> VisitorRecord:
    return services.visitors.register(
        VisitorDraft(
            first_name="Amal",
            last_name="Haddad",
            birth_year=1990,
            gender=Gender.FEMALE,
            preferred_language="ar",
            postcode="10559",
            phone="030 1234567",
            email="amal@example.org",
            notes="Kommt dienstags",
        )
    )


def _give(
    consents: ConsentService, visitor_id: uuid.UUID, purpose: ConsentPurpose, **changes: str
) -> ConsentRecord:
    return consents.give(visitor_id, ConsentDraft(purpose, SIGNED, **changes))


def _row(database: Database, model: type[Visitor], row_id: uuid.UUID) -> Visitor:
    with database.sessions.begin() as session:
        row = session.get(model, row_id)
        assert row is not None
        return row


# Giving


def test_a_consent_names_who_took_it_when_and_how(
    consents: ConsentService, visitor: VisitorRecord, clock: FakeClock, database: Database
) -> None:
    database.on_duty.sign_in(RECEPTION)  # the desk records consents
    record = consents.give(
        visitor.id, ConsentDraft(ConsentPurpose.CONTACT, ConsentManner.VERBAL, language="ar")
    )
    assert (record.purpose, record.manner, record.language) == (
        ConsentPurpose.CONTACT,
        ConsentManner.VERBAL,
        "ar",
    )
    assert record.recorded_by == "Aylin Demir"
    assert record.given_at == clock.now and record.withdrawn_at is None and record.is_active
    assert record.text_version == CONSENT_TEXT_VERSION and record.guardian_name == ""
    assert consents.for_visitor(visitor.id) == [record]


def test_the_list_is_newest_first_and_keeps_withdrawn_consents(
    consents: ConsentService, visitor: VisitorRecord, clock: FakeClock
) -> None:
    registration = _give(consents, visitor.id, ConsentPurpose.REGISTRATION)
    clock.advance(minutes=1)
    photos = _give(consents, visitor.id, ConsentPurpose.PHOTOS)
    clock.advance(minutes=1)
    consents.withdraw(photos.id)
    clock.advance(minutes=1)
    contact = _give(consents, visitor.id, ConsentPurpose.CONTACT)
    listed = consents.for_visitor(visitor.id)
    assert [c.id for c in listed] == [contact.id, photos.id, registration.id]
    assert listed[1].withdrawn_at == clock.now.replace(minute=2) and not listed[1].is_active


def test_one_consent_per_purpose_until_it_is_withdrawn(
    consents: ConsentService, visitor: VisitorRecord
) -> None:
    first = _give(consents, visitor.id, ConsentPurpose.PHOTOS)
    with pytest.raises(RuleError) as raised:
        _give(consents, visitor.id, ConsentPurpose.PHOTOS)
    assert raised.value.message == ALREADY_GIVEN
    consents.withdraw(first.id)
    again = _give(consents, visitor.id, ConsentPurpose.PHOTOS)
    assert again.id != first.id
    assert len(consents.for_visitor(visitor.id)) == 2


def test_a_referrals_consent_is_not_given_here(
    consents: ConsentService, visitor: VisitorRecord
) -> None:
    with pytest.raises(RuleError) as raised:
        _give(consents, visitor.id, ConsentPurpose.REFERRAL)
    assert raised.value.message == REFERRAL_HERE
    assert consents.for_visitor(visitor.id) == []


@pytest.mark.parametrize(
    ("birth_year", "age_band", "needed"),
    [
        (2012, None, True),  # 14 this year
        (2011, None, True),  # 15 this year
        (2010, None, False),  # 16 this year: counted as the age bands count
        (1990, None, False),
        (None, "0-5", True),
        (None, "6-13", True),
        (None, "14-17", False),  # may be 16 or 17: not surely under 16
        (None, "27-50", False),
        (None, None, False),  # age unknown: no guardian asked
    ],
)
def test_who_needs_a_guardian(birth_year: int | None, age_band: str | None, needed: bool) -> None:
    assert needs_guardian(birth_year, age_band, 2026) is needed


def test_a_child_needs_a_guardians_consent(
    consents: ConsentService, services: Services, database: Database
) -> None:
    child = services.visitors.register(VisitorDraft(first_name="Lina", birth_year=2015))
    with pytest.raises(ValidationError) as raised:
        _give(consents, child.id, ConsentPurpose.PHOTOS)
    problem = raised.value.problems["guardian_name"]
    assert (problem.message, problem.params) == (GUARDIAN_NEEDED, {"age": 16})
    with database.sessions.begin() as session:
        assert session.scalar(select(func.count()).select_from(Consent)) == 0

    record = _give(consents, child.id, ConsentPurpose.PHOTOS, guardian_name="  Samira Haddad ")
    assert record.guardian_name == "Samira Haddad"
    by_band = services.visitors.register(VisitorDraft(first_name="Tom", age_band="6-13"))
    with pytest.raises(ValidationError):
        _give(consents, by_band.id, ConsentPurpose.REGISTRATION)
    unknown = services.visitors.register(VisitorDraft(first_name="Mira"))
    assert _give(consents, unknown.id, ConsentPurpose.REGISTRATION).guardian_name == ""


def test_typed_text_is_checked_and_stored_exactly(
    consents: ConsentService, services: Services, visitor: VisitorRecord
) -> None:
    child = services.visitors.register(VisitorDraft(first_name="Lina", birth_year=2015))
    cases = {
        "guardian_name": ("Samira\x00Haddad", CONTROL),
        "text_version": ("2026\n11", CONTROL),
    }
    for field_name, (value, message) in cases.items():
        draft = ConsentDraft(ConsentPurpose.PHOTOS, SIGNED, guardian_name="Samira")
        draft = ConsentDraft(**{**draft.__dict__, field_name: value})
        with pytest.raises(ValidationError) as raised:
            consents.give(child.id, draft)
        assert raised.value.problems[field_name].message == message, field_name
    with pytest.raises(ValidationError) as raised:
        _give(consents, child.id, ConsentPurpose.PHOTOS, guardian_name="x" * (limits.NAME_MAX + 1))
    assert raised.value.problems["guardian_name"].message == TOO_LONG
    with pytest.raises(ValidationError) as raised:
        _give(consents, visitor.id, ConsentPurpose.PHOTOS, text_version=" ", language="xx")
    assert raised.value.problems["text_version"].message == REQUIRED
    assert "language" in raised.value.problems

    sly = "Robert'); DROP TABLE consent;-- «ميرا» 🙂"
    record = _give(consents, child.id, ConsentPurpose.PHOTOS, guardian_name=sly)
    assert record.guardian_name == sly
    assert consents.for_visitor(child.id)[0].guardian_name == sly


def test_another_facilitys_visitor_cannot_consent_here(
    consents: ConsentService, database: Database, clock: FakeClock
) -> None:
    elsewhere = other_facility(database)
    with database.sessions.begin() as session:
        theirs = Visitor(facility_id=elsewhere, number="ABCDEFG", first_name="Olena")
        session.add(theirs)
    with pytest.raises(NotFoundError):
        _give(consents, theirs.id, ConsentPurpose.PHOTOS)
    with pytest.raises(NotFoundError):
        consents.for_visitor(theirs.id)


# Withdrawing


def test_withdrawing_contact_deletes_phone_and_email_only(
    consents: ConsentService, visitor: VisitorRecord, database: Database, clock: FakeClock
) -> None:
    consent = _give(consents, visitor.id, ConsentPurpose.CONTACT)
    preview = consents.withdrawal_preview(consent.id)
    assert preview.consequences[:2] == (ALWAYS, CONTACT_DELETED)
    assert preview.fields_cleared == ("phone", "email") and preview.consent.is_active
    # The preview changes nothing.
    assert _row(database, Visitor, visitor.id).phone == "030 1234567"
    assert consents.for_visitor(visitor.id)[0].is_active

    clock.advance(hours=1)
    outcome = consents.withdraw(consent.id)
    assert outcome.consequences == preview.consequences
    assert outcome.consent.withdrawn_at == clock.now
    row = _row(database, Visitor, visitor.id)
    assert (row.phone, row.email) == ("", "")
    assert (row.first_name, row.postcode, row.notes) == ("Amal", "10559", "Kommt dienstags")
    with pytest.raises(RuleError) as raised:
        consents.withdraw(consent.id)
    assert raised.value.message == ALREADY_WITHDRAWN
    with pytest.raises(RuleError):
        consents.withdrawal_preview(consent.id)

    # Given again and withdrawn again: there is nothing left to delete.
    again = _give(consents, visitor.id, ConsentPurpose.CONTACT)
    assert consents.withdraw(again.id).consequences[1] == NO_CONTACT


def test_withdrawing_demographics_deletes_them(
    consents: ConsentService, visitor: VisitorRecord, database: Database
) -> None:
    consent = _give(consents, visitor.id, ConsentPurpose.DEMOGRAPHICS)
    outcome = consents.withdraw(consent.id)
    assert DEMOGRAPHICS_DELETED in outcome.consequences
    assert set(outcome.fields_cleared) == {
        "birth_year",
        "age_band",
        "gender",
        "preferred_language",
        "postcode",
    }
    row = _row(database, Visitor, visitor.id)
    assert (row.birth_year, row.age_band, row.gender) == (None, None, "unspecified")
    assert (row.preferred_language, row.postcode) == ("", "")
    assert (row.first_name, row.phone) == ("Amal", "030 1234567")


def test_withdrawing_photos_deletes_nothing_and_says_what_to_do(
    consents: ConsentService, visitor: VisitorRecord, database: Database
) -> None:
    consent = _give(consents, visitor.id, ConsentPurpose.PHOTOS)
    before = _row(database, Visitor, visitor.id).updated_at
    outcome = consents.withdraw(consent.id)
    assert outcome.consequences == (ALWAYS, PHOTOS)
    assert outcome.fields_cleared == () and outcome.visits_anonymised == 0
    assert _row(database, Visitor, visitor.id).updated_at == before
    assert "publications" in PHOTOS.plain()


def test_withdrawing_the_registration_anonymises_the_person(
    consents: ConsentService,
    services: Services,
    visitor: VisitorRecord,
    database: Database,
    facility: FacilityRecord,
    clock: FakeClock,
) -> None:
    offer = services.offers.create(OfferDraft(title="Offenes Café"))
    with database.sessions.begin() as session:
        for day in (date(2024, 5, 6), date(2025, 5, 5)):
            add_visit(session, visitor.id, offer.id, day)
    services.visits.check_in(visitor.id, offer.id)
    registration = _give(consents, visitor.id, ConsentPurpose.REGISTRATION)
    contact = _give(consents, visitor.id, ConsentPurpose.CONTACT)

    preview = consents.withdrawal_preview(registration.id)
    assert (preview.visits_anonymised, preview.referral_links_removed) == (3, 0)
    assert services.visitors.get(visitor.id).first_name == "Amal"

    outcome = consents.withdraw(registration.id)
    assert outcome.consequences == preview.consequences
    assert REGISTRATION_DELETED in outcome.consequences
    assert [line.plain() for line in outcome.consequences if line.params] == [
        "Visits that become anonymous counts with age band and gender: 3",
        "Referrals that no longer name the person at this desk: 0",
    ]
    assert outcome.visits_anonymised == 3
    assert {"first_name", "last_name", "email", "notes"} <= set(outcome.fields_cleared)
    with pytest.raises(NotFoundError):
        services.visitors.get(visitor.id)
    with pytest.raises(NotFoundError):
        _give(consents, visitor.id, ConsentPurpose.PHOTOS)
    assert services.visits.today() == []
    with database.sessions.begin() as session:
        row = session.get(Visitor, visitor.id)
        assert row is not None and row.first_name == "" and row.email == ""
        assert row.deleted_at == clock.now
        assert session.scalar(select(func.count()).select_from(TallyMark)) == 3
        live = session.scalar(
            select(func.count()).select_from(Visit).where(Visit.deleted_at.is_(None))
        )
        assert live == 0
        # The consents stay as proof: the registration withdrawn, the contact as given.
        kept = {
            row.id: row.withdrawn_at
            for row in session.scalars(select(Consent).where(Consent.deleted_at.is_(None)))
        }
        assert kept == {registration.id: clock.now, contact.id: None}
        actions = session.execute(
            select(AuditEntry.action, AuditEntry.record_kind).where(
                AuditEntry.person_id == visitor.id
            )
        ).all()
        assert (AuditAction.CHANGE.value, "consent") in actions  # the withdrawal
        assert (AuditAction.DELETE.value, "visitor") in actions

    # The other consents of a deleted person can still be withdrawn; nothing is left to do.
    assert consents.withdraw(contact.id).consequences[1] == NO_CONTACT
    with database.sessions.begin() as session:
        # A second registration consent, as another desk may have recorded it meanwhile.
        late = Consent(
            facility_id=facility.id,
            visitor_id=visitor.id,
            purpose="registration",
            manner="verbal",
            given_at=clock.now,
        )
        session.add(late)
    assert consents.withdraw(late.id).consequences == (ALWAYS, ALREADY_DELETED)


def _referral(services: Services, visitor_id: uuid.UUID, *, shared: bool) -> uuid.UUID:
    partner = services.directory.save(
        Partner(id=uuid.uuid4(), name="Stadtteilzentrum Moabit", kind=PartnerKind.STADTTEILZENTRUM)
    )
    consent = SharingConsent(
        manner=SIGNED,
        recipient="Stadtteilzentrum Moabit",
        data_shared="Vorname, Anliegen",
        purpose="Termin in der Sozialberatung",
    )
    return services.referrals.issue(
        ReferralDraft(
            visitor_id=visitor_id,
            partner_id=partner.id,
            purpose="Sozialberatung",
            appointment_at=datetime.combine(date(2026, 12, 1), time(10)).astimezone(),
            consent=consent if shared else None,
        )
    ).id


def test_withdrawing_a_referrals_consent_stops_sharing_it(
    consents: ConsentService, services: Services, visitor: VisitorRecord, database: Database
) -> None:
    referral_id = _referral(services, visitor.id, shared=True)
    (consent,) = consents.for_visitor(visitor.id)
    assert consent.purpose is ConsentPurpose.REFERRAL and consent.referral_id == referral_id
    assert consent.recipient == "Stadtteilzentrum Moabit"

    preview = consents.withdrawal_preview(consent.id)
    assert preview.consequences == (ALWAYS, UNSHARED) and preview.referrals_unshared == 1
    assert services.referrals.get(referral_id).shared_with_receiver

    outcome = consents.withdraw(consent.id)
    assert outcome.referrals_unshared == 1
    assert not services.referrals.get(referral_id).shared_with_receiver
    with database.sessions.begin() as session:
        referral = session.get(Referral, referral_id)
        assert referral is not None and referral.purpose == "Sozialberatung"  # stays


def test_a_referral_not_shared_changes_nothing_when_its_consent_goes(
    consents: ConsentService,
    services: Services,
    visitor: VisitorRecord,
    database: Database,
    facility: FacilityRecord,
) -> None:
    referral_id = _referral(services, visitor.id, shared=False)
    with database.sessions.begin() as session:
        consent = Consent(
            facility_id=facility.id,
            visitor_id=visitor.id,
            purpose="referral",
            manner="verbal",
            given_at=datetime(2026, 11, 1, 9).astimezone(),
            referral_id=referral_id,
        )
        session.add(consent)
    assert consents.withdraw(consent.id).consequences == (ALWAYS, NOT_SHARED)


def test_reception_may_record_but_not_withdraw(
    consents: ConsentService, visitor: VisitorRecord, database: Database
) -> None:
    database.on_duty.sign_in(RECEPTION)
    consent = _give(consents, visitor.id, ConsentPurpose.CONTACT)
    assert consents.for_visitor(visitor.id) == [consent]
    with pytest.raises(PermissionDenied):
        consents.withdrawal_preview(consent.id)
    with pytest.raises(PermissionDenied):
        consents.withdraw(consent.id)
    assert _row(database, Visitor, visitor.id).phone == "030 1234567"
    assert consents.for_visitor(visitor.id)[0].is_active

    database.on_duty.sign_in(COORDINATION)
    assert not consents.withdraw(consent.id).consent.is_active
    database.on_duty.sign_in(TEST_ADMIN)


def test_another_facilitys_consent_is_not_found(
    consents: ConsentService, database: Database, clock: FakeClock
) -> None:
    elsewhere = other_facility(database)
    theirs = ConsentService(database.sessions, elsewhere, clock)
    with database.sessions.begin() as session:
        olena = Visitor(
            facility_id=elsewhere, number="ABCDEFG", first_name="Olena", phone="030 999"
        )
        session.add(olena)
    consent = _give(theirs, olena.id, ConsentPurpose.CONTACT)
    with pytest.raises(NotFoundError):
        consents.withdrawal_preview(consent.id)
    with pytest.raises(NotFoundError):
        consents.withdraw(consent.id)
    assert theirs.for_visitor(olena.id)[0].is_active
    assert _row(database, Visitor, olena.id).phone == "030 999"

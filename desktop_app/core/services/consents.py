"""Consents at the desk: recording one per purpose, and withdrawing one with what follows."""

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core import limits
from desktop_app.core.access import Permission
from desktop_app.core.anonymise import VISITOR_BLANK, anonymisation_counts, anonymise_visitor
from desktop_app.core.consent_records import (
    GUARDIAN_AGE,
    ConsentDraft,
    ConsentPurpose,
    ConsentRecord,
    Consequence,
    WithdrawalOutcome,
)
from desktop_app.core.derived import DERIVED
from desktop_app.core.errors import RuleError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.models import Consent, Referral, Visitor
from desktop_app.core.reference import AGE_BANDS, LANGUAGE_LABELS, Gender
from desktop_app.core.referral_records import ConsentManner
from desktop_app.core.services.base import FacilityService
from desktop_app.core.text import clean
from desktop_app.core.validation import Checker

# The length of ``Consent.text_version``.
TEXT_VERSION_MAX = 20

ALREADY_GIVEN = QT_TRANSLATE_NOOP(
    "errors", "This consent has been given already; it is valid until it is withdrawn."
)
REFERRAL_HERE = QT_TRANSLATE_NOOP(
    "errors",
    "A referral's consent is recorded with the referral, naming its recipient; please "
    "record it there.",
)
ALREADY_WITHDRAWN = QT_TRANSLATE_NOOP("errors", "This consent has been withdrawn already.")
GUARDIAN_NEEDED = QT_TRANSLATE_NOOP(
    "errors", "The person is younger than {age}: please enter the guardian who consents."
)

# What follows from a withdrawal, line by line (context "reference").
ALWAYS = Consequence(
    QT_TRANSLATE_NOOP(
        "reference",
        "The withdrawal is recorded with date and time. What was done with the data before "
        "it stays lawful.",
    )
)
VISITS_COUNTED = QT_TRANSLATE_NOOP(
    "reference", "Visits that become anonymous counts with age band and gender: {count}"
)
REGISTRATION_DELETED = Consequence(
    QT_TRANSLATE_NOOP(
        "reference",
        "The registration is deleted: name, year of birth, age band, gender, language, "
        "postcode, phone, e-mail and notes. The visitor number is no longer valid.",
    )
)
REFERRAL_LINKS = QT_TRANSLATE_NOOP(
    "reference", "Referrals that no longer name the person at this desk: {count}"
)
CONSENTS_KEPT = Consequence(
    QT_TRANSLATE_NOOP(
        "reference", "The consent records stay as proof of what was agreed, and when."
    )
)
ALREADY_DELETED = Consequence(
    QT_TRANSLATE_NOOP("reference", "The registration has been deleted already.")
)
CONTACT_DELETED = Consequence(
    QT_TRANSLATE_NOOP("reference", "The phone number and the e-mail address are deleted.")
)
NO_CONTACT = Consequence(
    QT_TRANSLATE_NOOP("reference", "No phone number or e-mail address is stored.")
)
PHOTOS = Consequence(
    QT_TRANSLATE_NOOP(
        "reference",
        "Tresen stores no photos, so it deletes nothing. Remove the person's photos from the "
        "facility's publications and files: website, social media, flyers, photo folders.",
    )
)
DEMOGRAPHICS_DELETED = Consequence(
    QT_TRANSLATE_NOOP(
        "reference",
        "Year of birth, age band, gender, preferred language and postcode are deleted; the "
        "person's visits are counted without them.",
    )
)
NO_DEMOGRAPHICS = Consequence(
    QT_TRANSLATE_NOOP(
        "reference", "No year of birth, age band, gender, language or postcode is stored."
    )
)
UNSHARED = Consequence(
    QT_TRANSLATE_NOOP(
        "reference",
        "The receiving facility no longer sees this referral electronically; it disappears "
        "there with the next synchronisation. The slip the person holds stays as it is.",
    )
)
NOT_SHARED = Consequence(
    QT_TRANSLATE_NOOP(
        "reference", "The referral is not shared with another facility; nothing else changes."
    )
)
SHARED_DATABASE = Consequence(
    QT_TRANSLATE_NOOP(
        "reference", "The deletion reaches the shared database with the next synchronisation."
    )
)

_CONTACT_FIELDS: tuple[str, ...] = ("phone", "email")
# The fields a withdrawn registration empties; the derived name columns go with them.
_REGISTRATION_FIELDS = tuple(
    name for name in VISITOR_BLANK if name not in DERIVED["visitor"].columns
)
# The demographic details and what each becomes when the consent to them is withdrawn.
_DEMOGRAPHICS: dict[str, object] = {
    "birth_year": None,
    "age_band": None,
    "gender": Gender.UNSPECIFIED.value,
    "preferred_language": "",
    "postcode": "",
}


def consent_record(row: Consent) -> ConsentRecord:
    return ConsentRecord(
        id=row.id,
        visitor_id=row.visitor_id,
        purpose=ConsentPurpose(row.purpose),
        manner=ConsentManner(row.manner),
        language=row.language,
        text_version=row.text_version,
        given_at=row.given_at.astimezone(),
        recorded_by=row.recorded_by,
        guardian_name=row.guardian_name,
        withdrawn_at=None if row.withdrawn_at is None else row.withdrawn_at.astimezone(),
        recipient=row.recipient,
        data_shared=row.data_shared,
        purpose_text=row.purpose_text,
        referral_id=row.referral_id,
    )


def needs_guardian(birth_year: int | None, age_band: str | None, year: int) -> bool:
    """Whether a person is surely younger than ``GUARDIAN_AGE`` in ``year``.

    The desk knows a year of birth or only an age band, never the birthday: with the year
    the age is counted as the age bands count it (the age reached in ``year``), so a person
    who turns 16 this year counts as 16; a band counts as under 16 only when its oldest age
    is. Of a person whose age is not known, no guardian is asked.
    """
    if birth_year is not None:
        return year - birth_year < GUARDIAN_AGE
    band = next((band for band in AGE_BANDS if band.code == age_band), None)
    return band is not None and band.high is not None and band.high < GUARDIAN_AGE


class ConsentService(FacilityService):
    """The desk records consents; withdrawing one is for coordination and administration."""

    def for_visitor(self, visitor_id: uuid.UUID) -> list[ConsentRecord]:
        """Every consent of a visitor, the newest first, withdrawn ones included."""
        self._require()
        with self._sessions.begin() as session:
            self._get(session, Visitor, visitor_id)
            rows = session.scalars(
                select(Consent)
                .where(
                    Consent.visitor_id == visitor_id,
                    Consent.facility_id == self._facility_id,
                    Consent.deleted_at.is_(None),
                )
                .order_by(Consent.given_at.desc(), Consent.id.desc())
            )
            return [consent_record(row) for row in rows]

    def give(self, visitor_id: uuid.UUID, draft: ConsentDraft) -> ConsentRecord:
        """Record a consent the visitor gave now, taken by the staff member on duty."""
        member = self._require()
        now = self._now()
        draft = ConsentDraft(
            purpose=ConsentPurpose(draft.purpose),
            manner=ConsentManner(draft.manner),
            language=draft.language,
            guardian_name=clean(draft.guardian_name),
            text_version=clean(draft.text_version),
        )
        if draft.purpose is ConsentPurpose.REFERRAL:
            raise RuleError(REFERRAL_HERE)
        with self._sessions.begin() as session:
            visitor = self._get(session, Visitor, visitor_id)
            self._check(draft, visitor, now)
            if self._active(session, visitor_id, draft.purpose) is not None:
                raise RuleError(ALREADY_GIVEN)
            row = Consent(
                facility_id=self._facility_id,
                visitor_id=visitor_id,
                purpose=draft.purpose.value,
                text_version=draft.text_version,
                language=draft.language,
                manner=draft.manner.value,
                given_at=now,
                recorded_by=member.name,
                guardian_name=draft.guardian_name,
            )
            session.add(row)
            session.flush()
            return consent_record(row)

    def withdrawal_preview(self, consent_id: uuid.UUID) -> WithdrawalOutcome:
        """What withdrawing the consent would do; changes nothing."""
        self._require(Permission.CONSENT_ADMIN)
        with self._sessions.begin() as session:
            consent = self._withdrawable(session, consent_id)
            return self._follow(session, consent, self._now(), apply=False)

    def withdraw(self, consent_id: uuid.UUID) -> WithdrawalOutcome:
        """Withdraw the consent and do at once what follows from it, in one transaction."""
        self._require(Permission.CONSENT_ADMIN)
        now = self._now()
        with self._sessions.begin() as session:
            consent = self._withdrawable(session, consent_id)
            consent.withdrawn_at = now
            return self._follow(session, consent, now, apply=True)

    # Helpers.

    def _check(self, draft: ConsentDraft, visitor: Visitor, now: datetime) -> None:
        checker = Checker()
        checker.text("guardian_name", draft.guardian_name, limits.NAME_MAX)
        checker.text("text_version", draft.text_version, TEXT_VERSION_MAX, required=True)
        if draft.language not in LANGUAGE_LABELS:
            checker.add("language", QT_TRANSLATE_NOOP("errors", "Unknown language."))
        if not draft.guardian_name and needs_guardian(
            visitor.birth_year, visitor.age_band, now.year
        ):
            checker.add("guardian_name", GUARDIAN_NEEDED, age=GUARDIAN_AGE)
        checker.raise_if_any()

    def _active(
        self, session: Session, visitor_id: uuid.UUID, purpose: ConsentPurpose
    ) -> Consent | None:
        return session.scalars(
            select(Consent).where(
                Consent.visitor_id == visitor_id,
                Consent.facility_id == self._facility_id,
                Consent.purpose == purpose.value,
                Consent.withdrawn_at.is_(None),
                Consent.deleted_at.is_(None),
            )
        ).first()

    def _withdrawable(self, session: Session, consent_id: uuid.UUID) -> Consent:
        consent = self._get(session, Consent, consent_id)
        if consent.withdrawn_at is not None:
            raise RuleError(ALREADY_WITHDRAWN)
        return consent

    def _follow(
        self, session: Session, consent: Consent, now: datetime, *, apply: bool
    ) -> WithdrawalOutcome:
        """What follows from withdrawing ``consent``: done if ``apply``, else only told."""
        purpose = ConsentPurpose(consent.purpose)
        visitor = session.get(Visitor, consent.visitor_id)
        assert visitor is not None  # a foreign key
        lines: list[Consequence] = [ALWAYS]
        visits = links = unshared = 0
        cleared: tuple[str, ...] = ()
        if purpose is ConsentPurpose.REGISTRATION:
            if visitor.deleted_at is not None:
                lines.append(ALREADY_DELETED)
            else:
                counts = (
                    anonymise_visitor(session, visitor, now)
                    if apply
                    else anonymisation_counts(session, visitor)
                )
                visits, links = counts.visits, counts.referral_links
                cleared = _REGISTRATION_FIELDS
                lines += [
                    REGISTRATION_DELETED,
                    Consequence(VISITS_COUNTED, {"count": visits}),
                    Consequence(REFERRAL_LINKS, {"count": links}),
                    CONSENTS_KEPT,
                    SHARED_DATABASE,
                ]
        elif purpose is ConsentPurpose.CONTACT:
            cleared = tuple(name for name in _CONTACT_FIELDS if getattr(visitor, name))
            if apply:
                for name in cleared:
                    setattr(visitor, name, "")
            lines += [CONTACT_DELETED, SHARED_DATABASE] if cleared else [NO_CONTACT]
        elif purpose is ConsentPurpose.PHOTOS:
            lines.append(PHOTOS)
        elif purpose is ConsentPurpose.DEMOGRAPHICS:
            cleared = tuple(
                name for name, blank in _DEMOGRAPHICS.items() if getattr(visitor, name) != blank
            )
            if apply:
                for name in cleared:
                    setattr(visitor, name, _DEMOGRAPHICS[name])
            lines += [DEMOGRAPHICS_DELETED, SHARED_DATABASE] if cleared else [NO_DEMOGRAPHICS]
        elif purpose is ConsentPurpose.REFERRAL:
            referral = (
                None if consent.referral_id is None else session.get(Referral, consent.referral_id)
            )
            if referral is not None and referral.shared_with_receiver:
                unshared = 1
                if apply:
                    # The shared database's row-level security then hides the referral from
                    # the receiving facility, and its desks drop it at their next pull.
                    referral.shared_with_receiver = False
                lines.append(UNSHARED)
            else:
                lines.append(NOT_SHARED)
        if apply:
            session.flush()
        return WithdrawalOutcome(
            consent=consent_record(consent),
            consequences=tuple(lines),
            visits_anonymised=visits,
            referral_links_removed=links,
            referrals_unshared=unshared,
            fields_cleared=cleared,
        )

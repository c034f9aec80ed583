"""Referrals (Vermittlungen): issuing one with its slip, receiving it, following it up."""

import re
import uuid
from dataclasses import asdict
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop_app.core import audit, codes, limits
from desktop_app.core.audit import AuditAction
from desktop_app.core.db import SessionFactory
from desktop_app.core.directory_records import PARTNER_KIND_LABELS, Partner, PartnerKind
from desktop_app.core.document_records import Letterhead
from desktop_app.core.errors import CodeMistyped, CodeUnknown, NotFoundError, RuleError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.models import (
    Consent,
    Facility,
    Referral,
    ReferralEvent,
    ReferralPerson,
    Visitor,
)
from desktop_app.core.processing import (
    ADJUSTABLE,
    DISTRICT_AGGREGATES,
    SHARED_DATABASE,
    LegalBasis,
    LegalGround,
    ProcessingActivity,
)
from desktop_app.core.referral_records import (
    SLIP_LANGUAGES,
    PaperSize,
    PersonDisplay,
    ReferralDefaults,
    ReferralDraft,
    ReferralQuery,
    ReferralRecord,
    ReferralStatus,
    SharingConsent,
    SlipContent,
    SlipTarget,
)
from desktop_app.core.services import Clock
from desktop_app.core.services.base import NOT_FOUND, FacilityService
from desktop_app.core.services.directory import DirectoryService
from desktop_app.core.text import clean, fold
from desktop_app.core.validation import NOT_PARTNERS_LOCATION, Checker

CONSENT_PURPOSE = "referral"
CONSENT_TEXT_VERSION = "referral-1"
_CODE_ATTEMPTS = 20

NOT_A_CODE = QT_TRANSLATE_NOOP(
    "errors",
    "This is not a referral code. A code has 10 letters and digits (without 0, 1, I, L "
    "and O), as printed on the slip.",
)
MISTYPED = QT_TRANSLATE_NOOP(
    "errors",
    "The code {code} contains a typing mistake. Please compare it character by character "
    "with the slip.",
)
UNKNOWN = QT_TRANSLATE_NOOP("errors", "No referral with the code {code} is known at this desk.")
NOT_NOW = QT_TRANSLATE_NOOP(
    "errors", "This referral is “{status}”; it cannot be marked “{wanted}” any more."
)
NOT_OURS = QT_TRANSLATE_NOOP("errors", "Only the issuing facility can change this.")

# Words that point at data which never belongs on a slip (PRODUCT.md, "Data that must never
# appear"). The purpose is free text typed at the desk: these stop an honest slip of the pen.
_PROTECTED_WORDS = (
    "bürgergeld",
    "buergergeld",
    "arbeitslosengeld",
    "alg ii",
    "hartz",
    "kundennummer",
    "kunden-nr",
    "kundennr",
    "bg-nummer",
    "bg-nr",
    "bedarfsgemeinschaft",
    "aktenzeichen",
    "diagnose",
    "krankheit",
    "schwerbehinder",
    "staatsangehörigkeit",
    "aufenthaltsstatus",
    "aufenthaltserlaubnis",
    "duldung",
    "asylbewerber",
)
# Customer, case and phone numbers are long runs of digits: seven or more, neighbours
# perhaps split by a space, slash or hyphen, or by one or two letters (a Jobcenter
# customer number "123D456789", a BG number "12345BG6789012"). A dot ends a run, so that
# dates and times ("12.05.2026", "14.30") are no number; nor are ages ("2 - 3") or years.
_NUMBER_RUN = re.compile(r"\d(?:(?:[ /-]|[A-Za-z]{1,2})?\d){6,}")


# What the slip prints under the target's name: the kinds of facility, whose names are
# German in every language (their labels are those names). The name of a Jobcenter or a
# counselling service says the rest.
_SLIP_KINDS = {
    kind: PARTNER_KIND_LABELS[kind]
    for kind in (
        PartnerKind.STADTTEILZENTRUM,
        PartnerKind.NACHBARSCHAFTSHAUS,
        PartnerKind.MEHRGENERATIONENHAUS,
        PartnerKind.BEGEGNUNGSSTAETTE,
    )
}


def initials(first_name: str, last_name: str) -> str:
    """ "Anna Müller" → "A. M."; the slip's default way of naming the person."""
    letters = [name.strip()[0].upper() for name in (first_name, last_name) if name.strip()]
    return " ".join(f"{letter}." for letter in letters)


def _target_from_json(data: dict[str, Any]) -> SlipTarget:
    values = dict(data)
    values["address_lines"] = tuple(values.get("address_lines", ()))
    values["hours"] = tuple(tuple(slot) for slot in values.get("hours", ()))
    known = set(SlipTarget.__dataclass_fields__)
    return SlipTarget(**{key: value for key, value in values.items() if key in known})


def slip_target(
    partner: Partner, offer_id: uuid.UUID | None, location_id: uuid.UUID | None
) -> SlipTarget:
    """What the slip prints of the target: the offer's details where it has them."""
    offer = partner.offer(offer_id) if offer_id is not None else None
    location = partner.location(location_id or (offer.location_id if offer else None))
    schedule = offer.schedule if offer is not None and offer.schedule else ()
    if not schedule and location is not None:
        schedule = location.opening_hours
    contact = offer.contact if offer is not None and offer.contact else partner.contact
    return SlipTarget(
        name=partner.name,
        kind=_SLIP_KINDS.get(partner.kind, ""),
        offer_name=offer.name if offer is not None else "",
        address_lines=location.address_lines if location is not None else (),
        phone=(location.phone if location is not None else "") or partner.phone,
        email=(offer.email if offer is not None else "") or partner.email,
        website=(offer.url if offer is not None else "") or partner.website,
        hours=tuple(
            (slot.weekday, slot.start.strftime("%H:%M"), slot.end.strftime("%H:%M"))
            for slot in schedule
        ),
        # The offer's own note ("by appointment") even without weekly times; else the
        # location's, which goes with its opening hours.
        hours_note=(offer.schedule_note if offer is not None else "")
        or (location.opening_hours_note if location is not None else ""),
        contact_name=contact.name,
        contact_phone=contact.phone,
        contact_email=contact.email,
        accessibility=location.accessibility if location is not None else "",
    )


class ReferralService(FacilityService):
    """Referrals issued by this facility, and those sent to it."""

    def __init__(
        self,
        sessions: SessionFactory,
        facility_id: uuid.UUID,
        clock: Clock,
        directory: DirectoryService,
    ) -> None:
        super().__init__(sessions, facility_id, clock)
        self._directory = directory

    def defaults_for(self, visitor_id: uuid.UUID) -> ReferralDefaults:
        self._require()
        with self._sessions.begin() as session:
            visitor = self._get(session, Visitor, visitor_id)
            language = visitor.preferred_language
            return ReferralDefaults(
                visitor_id=visitor.id,
                first_name=visitor.first_name,
                initials=initials(visitor.first_name, visitor.last_name),
                # A visitor who reads German gets a German slip; other languages get English
                # unless the slip speaks theirs.
                slip_language=language if language in SLIP_LANGUAGES else "en",
            )

    def issue(self, draft: ReferralDraft) -> ReferralRecord:
        """Create the referral with a fresh code; the slip can then be printed."""
        self._require()
        partner = self._directory.get(draft.partner_id)
        now = self._now()
        attempts_left = _CODE_ATTEMPTS
        while True:
            code = codes.new_referral_code()
            try:
                with self._sessions.begin() as session:
                    visitor = self._get(session, Visitor, draft.visitor_id)
                    values = self._checked(draft, visitor, partner, now)
                    referral = Referral(
                        facility_id=self._facility_id,
                        code=code,
                        issued_on=now.date(),
                        status=ReferralStatus.CREATED.value,
                        status_changed_at=now,
                        **values,
                    )
                    session.add(referral)
                    session.flush()
                    session.add(
                        ReferralPerson(
                            facility_id=self._facility_id,
                            referral_id=referral.id,
                            visitor_id=visitor.id,
                        )
                    )
                    if draft.consent is not None:
                        session.add(self._consent(draft.consent, visitor, referral, now))
                    self._add_event(session, referral, ReferralStatus.CREATED, now)
                    session.flush()
                    referral_id = referral.id
                return self.get(referral_id)
            except IntegrityError:
                # The random code was taken already: draw another. Any other conflict is
                # a fault, and so is a code space too full to find a free one.
                attempts_left -= 1
                if not attempts_left or not self._code_taken(code):
                    raise

    def get(self, referral_id: uuid.UUID) -> ReferralRecord:
        self._require()
        with self._sessions.begin() as session:
            row = session.execute(
                self._listing(any_facility=True).where(Referral.id == referral_id)
            ).first()
            if row is None:
                raise NotFoundError(NOT_FOUND)
            return self._record(*row)

    def slip_content(
        self, referral_id: uuid.UUID, *, paper: PaperSize = PaperSize.A5, logo: Path | None = None
    ) -> SlipContent:
        """What the slip of a referral issued here shows; the same every time it is printed."""
        self._require()
        with self._sessions.begin() as session:
            referral = self._get(session, Referral, referral_id)
            facility = session.get(Facility, referral.facility_id)
            assert facility is not None
            return SlipContent(
                code=referral.code,
                issuer=Letterhead.of(facility, logo),
                target=_target_from_json(referral.target),
                person_label=referral.person_label,
                issued_on=referral.issued_on,
                field_of_action=referral.field_of_action,
                purpose=referral.purpose,
                appointment_at=None
                if referral.appointment_at is None
                else referral.appointment_at.astimezone(),
                language=referral.slip_language,
                paper=paper,
            )

    def mark_handed_out(self, referral_id: uuid.UUID) -> ReferralRecord:
        """The slip was printed or saved for the person: a created referral is handed out."""
        self._require()
        with self._sessions.begin() as session:
            referral = self._get(session, Referral, referral_id)
            if referral.status == ReferralStatus.CREATED:
                self._move(session, referral, ReferralStatus.HANDED_OUT)
            person = session.scalar(
                select(ReferralPerson.visitor_id).where(
                    ReferralPerson.referral_id == referral_id, ReferralPerson.deleted_at.is_(None)
                )
            )
            # The slip names the person (initials or first name): printing it is logged.
            audit.record(
                session, AuditAction.PRINT, "referral", record_id=referral_id, person_id=person
            )
        return self.get(referral_id)

    def set_status(self, referral_id: uuid.UUID, status: ReferralStatus) -> ReferralRecord:
        """Record the next step: arrived, completed, not taken up, declined or cancelled."""
        self._require()
        with self._sessions.begin() as session:
            referral = self._visible(session, referral_id)
            if status is ReferralStatus.CANCELLED and referral.facility_id != self._facility_id:
                raise RuleError(NOT_OURS)
            self._move(session, referral, status)
        return self.get(referral_id)

    def find_by_code(self, typed: str) -> ReferralRecord:
        """The referral of a typed or scanned code, issued here or sent here.

        Tells apart what is not a code at all, a typing mistake (the check character does
        not fit) and a correct code that this desk does not know.
        """
        self._require()
        code = codes.normalise(typed)
        if len(code) != limits.REFERRAL_CODE_LENGTH or not codes.uses_alphabet(code):
            raise CodeMistyped(NOT_A_CODE)
        if not codes.is_valid(code):
            raise CodeMistyped(MISTYPED, code=codes.grouped(code))
        with self._sessions.begin() as session:
            rows = session.execute(
                self._listing(any_facility=True).where(Referral.code == code)
            ).all()
            if not rows:
                raise CodeUnknown(UNKNOWN, code=codes.grouped(code))
            return self._record(*rows[0])

    def issued(self, query: ReferralQuery, *, follow_up_days: int = 14) -> list[ReferralRecord]:
        """Referrals issued here; open ones older than ``follow_up_days`` first, then newest."""
        self._require()
        statement = self._listing()
        if query.statuses:
            statement = statement.where(Referral.status.in_([s.value for s in query.statuses]))
        if query.issued_from is not None:
            statement = statement.where(Referral.issued_on >= query.issued_from)
        if query.issued_to is not None:
            statement = statement.where(Referral.issued_on <= query.issued_to)
        with self._sessions.begin() as session:
            records = [self._record(*row) for row in session.execute(statement)]
        words = fold(query.text).split()
        if words:
            records = [r for r in records if all(word in self._haystack(r) for word in words)]
        today = self._today()
        return sorted(
            records,
            key=lambda r: (
                not r.is_due(today, follow_up_days),
                -r.issued_on.toordinal(),
                r.code,
            ),
        )

    def for_visitor(self, visitor_id: uuid.UUID) -> list[ReferralRecord]:
        """A visitor's referrals, newest first (the visitor's page)."""
        self._require()
        statement = self._listing().where(ReferralPerson.visitor_id == visitor_id)
        with self._sessions.begin() as session:
            self._get(session, Visitor, visitor_id)
            rows = session.execute(statement.order_by(Referral.issued_on.desc())).all()
            return [self._record(*row) for row in rows]

    # Helpers.

    def _code_taken(self, code: str) -> bool:
        with self._sessions.begin() as session:
            return session.scalar(select(Referral.id).where(Referral.code == code)) is not None

    @staticmethod
    def _haystack(record: ReferralRecord) -> str:
        return fold(
            " ".join(
                (
                    record.code,
                    codes.grouped(record.code),
                    record.person_label,
                    record.visitor_name,
                    record.visitor_number,
                    record.target.name,
                    record.target.offer_name,
                    record.field_of_action,
                    record.purpose,
                )
            )
        )

    def _listing(self, *, any_facility: bool = False) -> Select[Referral, str, Visitor]:
        statement = (
            select(Referral, Facility.name, Visitor)
            .join(Facility, Facility.id == Referral.facility_id)
            .outerjoin(
                ReferralPerson,
                (ReferralPerson.referral_id == Referral.id)
                & (ReferralPerson.facility_id == self._facility_id),
            )
            .outerjoin(Visitor, Visitor.id == ReferralPerson.visitor_id)
            .where(Referral.deleted_at.is_(None))
        )
        if not any_facility:
            return statement.where(Referral.facility_id == self._facility_id)
        return statement.where(
            or_(
                Referral.facility_id == self._facility_id,
                Referral.receiving_facility_id == self._facility_id,
            )
        )

    @staticmethod
    def _record(referral: Referral, facility_name: str, visitor: Visitor | None) -> ReferralRecord:
        return ReferralRecord(
            id=referral.id,
            code=referral.code,
            issued_on=referral.issued_on,
            issuing_facility_id=referral.facility_id,
            issuing_facility_name=facility_name,
            target=_target_from_json(referral.target),
            field_of_action=referral.field_of_action,
            purpose=referral.purpose,
            appointment_at=None
            if referral.appointment_at is None
            else referral.appointment_at.astimezone(),
            person_label=referral.person_label,
            slip_language=referral.slip_language,
            status=ReferralStatus(referral.status),
            status_changed_at=referral.status_changed_at,
            shared_with_receiver=referral.shared_with_receiver,
            visitor_id=None if visitor is None else visitor.id,
            visitor_name=""
            if visitor is None
            else f"{visitor.first_name} {visitor.last_name}".strip(),
            visitor_number="" if visitor is None else visitor.number,
        )

    def _visible(self, session: Session, referral_id: uuid.UUID) -> Referral:
        """A referral this facility issued or received; else ``NotFoundError``."""
        referral = session.get(Referral, referral_id)
        if referral is None or self._facility_id not in (
            referral.facility_id,
            referral.receiving_facility_id,
        ):
            raise NotFoundError(NOT_FOUND)
        if referral.deleted_at is not None:
            raise NotFoundError(NOT_FOUND)
        return referral

    def _move(self, session: Session, referral: Referral, status: ReferralStatus) -> None:
        current = ReferralStatus(referral.status)
        if status not in current.next_steps:
            # The statuses themselves: the desk shows them in its language.
            raise RuleError(NOT_NOW, status=current, wanted=status)
        now = self._now()
        referral.status = status.value
        referral.status_changed_at = now
        self._add_event(session, referral, status, now)

    def _add_event(
        self, session: Session, referral: Referral, status: ReferralStatus, when: datetime
    ) -> None:
        session.add(
            ReferralEvent(
                facility_id=self._facility_id,
                referral_id=referral.id,
                status=status.value,
                occurred_at=when,
            )
        )

    def _checked(
        self, draft: ReferralDraft, visitor: Visitor, partner: Partner, now: datetime
    ) -> dict[str, Any]:
        """Check the draft; return the referral's columns (the target as the slip shows it)."""
        checker = Checker()
        purpose = clean(draft.purpose)
        field = clean(draft.field_of_action)
        checker.text("purpose", purpose, limits.PURPOSE_MAX)
        checker.text("field_of_action", field, limits.TITLE_MAX)
        _refuse_protected(checker, purpose, visitor.last_name)
        if draft.partner_offer_id is not None and partner.offer(draft.partner_offer_id) is None:
            checker.add("offer", QT_TRANSLATE_NOOP("errors", "This offer is not the partner's."))
        if (
            draft.partner_location_id is not None
            and partner.location(draft.partner_location_id) is None
        ):
            checker.add("location", NOT_PARTNERS_LOCATION)
        if draft.appointment_at is not None and draft.appointment_at < now - timedelta(minutes=5):
            checker.add(
                "appointment", QT_TRANSLATE_NOOP("errors", "The appointment is in the past.")
            )
        if draft.slip_language not in SLIP_LANGUAGES:
            checker.add("slip_language", QT_TRANSLATE_NOOP("errors", "Unknown language."))
        if draft.consent is not None:
            _check_consent(checker, draft.consent)
        checker.raise_if_any()
        if draft.person_display is PersonDisplay.FIRST_NAME:
            label = clean(visitor.first_name)[: limits.PERSON_LABEL_MAX]
        else:
            label = initials(visitor.first_name, visitor.last_name)
        target = slip_target(partner, draft.partner_offer_id, draft.partner_location_id)
        if not field and draft.partner_offer_id is not None:
            offer = partner.offer(draft.partner_offer_id)
            field = offer.field_of_action if offer is not None else ""
        return {
            "partner_id": partner.id,
            "partner_offer_id": draft.partner_offer_id,
            "partner_location_id": draft.partner_location_id,
            "receiving_facility_id": partner.network_facility_id,
            "target": asdict(target),
            "field_of_action": field,
            "purpose": purpose,
            "appointment_at": draft.appointment_at,
            "person_label": label,
            "slip_language": draft.slip_language,
            "shared_with_receiver": draft.consent is not None,
        }

    def _consent(
        self, consent: SharingConsent, visitor: Visitor, referral: Referral, now: datetime
    ) -> Consent:
        return Consent(
            facility_id=self._facility_id,
            visitor_id=visitor.id,
            purpose=CONSENT_PURPOSE,
            recipient=clean(consent.recipient),
            data_shared=clean(consent.data_shared),
            purpose_text=clean(consent.purpose),
            text_version=CONSENT_TEXT_VERSION,
            language=consent.language,
            manner=consent.manner.value,
            given_at=now,
            referral_id=referral.id,
        )


def _refuse_protected(checker: Checker, purpose: str, last_name: str) -> None:
    """Keep numbers, protected words and the surname off the slip's purpose line."""
    folded = fold(purpose)
    surname = fold(last_name.strip())
    if _NUMBER_RUN.search(purpose):
        checker.add(
            "purpose",
            QT_TRANSLATE_NOOP(
                "errors",
                "No numbers here: customer or case numbers never belong on a slip.",
            ),
        )
    elif any(fold(word) in folded for word in _PROTECTED_WORDS):
        checker.add(
            "purpose",
            QT_TRANSLATE_NOOP(
                "errors",
                "This text mentions data that never belongs on a slip (benefits, customer "
                "numbers, health, nationality, residence status). Describe the interest "
                "only.",
            ),
        )
    elif len(surname) >= 2 and re.search(rf"\b{re.escape(surname)}\b", folded):
        checker.add(
            "purpose",
            QT_TRANSLATE_NOOP("errors", "The slip shows no surname; please leave it out here."),
        )


def _check_consent(checker: Checker, consent: SharingConsent) -> None:
    checker.text("consent.recipient", clean(consent.recipient), limits.TITLE_MAX, required=True)
    checker.text(
        "consent.data_shared", clean(consent.data_shared), limits.DESCRIPTION_MAX, required=True
    )
    checker.text("consent.purpose", clean(consent.purpose), limits.DESCRIPTION_MAX, required=True)


PROCESSING_ACTIVITY = ProcessingActivity(
    key="referrals",
    name="Vermittlungen an andere Einrichtungen, Angebote und das Jobcenter",
    purposes=(
        "Eine Person auf ihren Wunsch an eine andere Einrichtung, ein Angebot oder das "
        "Jobcenter vermitteln und ihr einen Vermittlungsschein mitgeben, auf Deutsch und in "
        "ihrer Sprache.",
        "Das Ankommen bestätigen: Die aufnehmende Stelle tippt den Code des Scheins ein oder "
        "scannt ihn.",
        "Offene Vermittlungen nachhalten, wenn die Person nicht angekommen ist.",
        "Zusammengefasste Statistik: Vermittlungen je Handlungsfeld und Ausgang.",
    ),
    legal_bases=(
        LegalBasis(
            LegalGround.LEGITIMATE_INTERESTS,
            "Die Person bittet um die Vermittlung; die vermittelnde Einrichtung hält fest, "
            "wohin sie vermittelt hat, um nachfragen zu können, ob es geklappt hat.",
        ),
        LegalBasis(
            LegalGround.CONSENT,
            "Elektronisch sieht die aufnehmende Einrichtung die Vermittlung nur, wenn die "
            "Person eingewilligt hat; die Einwilligung nennt Empfänger, Daten und Zweck.",
        ),
    ),
    data_subjects=("Registrierte Besucherinnen und Besucher, die vermittelt werden.",),
    data_categories=(
        "Bezug zur registrierten Person (nur bei der vermittelnden Einrichtung).",
        "Wie der Schein die Person nennt: Initialen oder Vorname, nie der Nachname.",
        "Ziel, wie der Schein es zeigt (Einrichtung, Angebot, Anschrift, Zeiten, "
        "Ansprechperson), Handlungsfeld, Anliegen in wenigen Worten, vereinbarter Termin, "
        "Sprache des Scheins.",
        "Code, Ausstellungsdatum, Stand (erstellt, ausgegeben, angekommen, abgeschlossen, "
        "nicht wahrgenommen, abgelehnt, storniert) und Zeitpunkt jedes Schritts.",
        "Ob die Person eingewilligt hat, dass die aufnehmende Einrichtung die Vermittlung "
        "elektronisch sieht.",
        "Das Ziel einer Vermittlung kann Rückschlüsse auf die Lebenslage der Person zulassen; "
        "ohne ihre Einwilligung sieht es elektronisch niemand außerhalb der vermittelnden "
        "Einrichtung.",
    ),
    recipients=(
        "Die aufnehmende Stelle erhält den Vermittlungsschein von der Person selbst.",
        "Die aufnehmende Einrichtung des Verbunds, nur mit Einwilligung der Person: was der "
        "Schein zeigt; eintragen kann sie nur Ankunft und Ausgang. Wer die Person in der "
        "vermittelnden Einrichtung ist, sieht sie nie.",
        f"Die {SHARED_DATABASE} (PostgreSQL): Die Vermittlungen werden dorthin "
        "synchronisiert; lesen können sie die Arbeitsplätze der vermittelnden Einrichtung "
        "und, nur mit Einwilligung, die der aufnehmenden. Der Bezug zur registrierten Person "
        "bleibt bei der vermittelnden Einrichtung.",
        DISTRICT_AGGREGATES,
    ),
    retention=(
        "Die Einzelheiten einer Vermittlung werden 6 Monate nach ihrem Abschluss gelöscht; "
        "danach bleibt nur eine Protokollzeile, dass vermittelt wurde.",
        "Die Einwilligung in die Weitergabe wird aufbewahrt wie alle Einwilligungen (siehe "
        "„Einwilligungen“).",
        ADJUSTABLE,
    ),
    measures=(
        "Der Schein zeigt keinen Nachnamen, keine Kunden- oder Fallnummer, keinen "
        "Leistungsbezug und keine Angaben zu Gesundheit, Staatsangehörigkeit oder "
        "Aufenthaltsstatus; das Anliegen wird beim Speichern darauf geprüft.",
        "Der Code trägt ein Prüfzeichen: Ein Tippfehler wird erkannt, statt eine fremde "
        "Vermittlung zu zeigen.",
        "Die gemeinsame Datenbank lässt die aufnehmende Einrichtung nur Ankunft und Ausgang "
        "eintragen.",
    ),
    tables=("referral", "referral_person", "referral_event"),
)

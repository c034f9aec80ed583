"""Volunteers: their profiles, the Bürgergeld flag kept on this desk, and their recognition."""

import uuid
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop_app.core import audit
from desktop_app.core.access import Permission
from desktop_app.core.audit import AuditAction
from desktop_app.core.db import SessionFactory
from desktop_app.core.derived import sort_name
from desktop_app.core.models import (
    Offer,
    Visitor,
    VolunteerBenefitFlag,
    VolunteerHours,
    current_hours,
)
from desktop_app.core.models import Volunteer as VolunteerRow
from desktop_app.core.models import VolunteerTraining as TrainingRow
from desktop_app.core.processing import (
    ADJUSTABLE,
    DISTRICT_AGGREGATES,
    SHARED_DATABASE_FACILITY,
    LegalBasis,
    LegalGround,
    ProcessingActivity,
)
from desktop_app.core.recognition import standings
from desktop_app.core.referral_records import ConsentManner
from desktop_app.core.services import Clock
from desktop_app.core.services.base import FacilityService
from desktop_app.core.text import clean, fold
from desktop_app.core.validation import check_volunteer
from desktop_app.core.volunteer_records import (
    Activity,
    RecognitionStanding,
    Training,
    VolunteerDraft,
    VolunteerRecord,
    VolunteerSummary,
)
from desktop_app.core.volunteering_rules import VolunteeringRules


def _training_rows(session: Session, volunteer_id: uuid.UUID) -> list[TrainingRow]:
    """The volunteer's trainings as kept, in the order of the profile."""
    return list(
        session.scalars(
            select(TrainingRow)
            .where(TrainingRow.volunteer_id == volunteer_id, TrainingRow.deleted_at.is_(None))
            .order_by(TrainingRow.position)
        )
    )


def trainings_of(session: Session, volunteer_id: uuid.UUID) -> tuple[Training, ...]:
    """The volunteer's trainings, in the order of the profile."""
    return tuple(
        Training(row.title, row.held_on, row.minutes)
        for row in _training_rows(session, volunteer_id)
    )


def _record(row: VolunteerRow, trainings: tuple[Training, ...]) -> VolunteerRecord:
    return VolunteerRecord(
        id=row.id,
        created_at=row.created_at,
        first_name=row.first_name,
        last_name=row.last_name,
        visitor_id=row.visitor_id,
        email=row.email,
        phone=row.phone,
        birth_date=row.birth_date,
        birth_year=row.birth_year,
        started_on=row.started_on,
        ended_on=row.ended_on,
        activities=tuple(
            Activity(item["name"], uuid.UUID(item["offer_id"]) if item.get("offer_id") else None)
            for item in row.activities
        ),
        trainings=trainings,
        agreement_signed_on=row.agreement_signed_on,
        police_certificate_seen_on=row.police_certificate_seen_on,
        notes=row.notes,
        school_pass=row.school_pass,
    )


def _cleaned(draft: VolunteerDraft) -> VolunteerDraft:
    return VolunteerDraft(
        first_name=clean(draft.first_name),
        last_name=clean(draft.last_name),
        visitor_id=draft.visitor_id,
        email=clean(draft.email),
        phone=clean(draft.phone),
        birth_date=draft.birth_date,
        birth_year=draft.birth_date.year if draft.birth_date else draft.birth_year,
        started_on=draft.started_on,
        ended_on=draft.ended_on,
        activities=tuple(
            Activity(clean(activity.name), activity.offer_id)
            for activity in draft.activities
            if activity.name.strip()
        ),
        trainings=tuple(Training(clean(t.title), t.held_on, t.minutes) for t in draft.trainings),
        agreement_signed_on=draft.agreement_signed_on,
        police_certificate_seen_on=draft.police_certificate_seen_on,
        notes=draft.notes.strip(),
        school_pass=draft.school_pass,
    )


class VolunteerService(FacilityService):
    def __init__(
        self,
        sessions: SessionFactory,
        facility_id: uuid.UUID,
        clock: Clock,
        rules: VolunteeringRules,
    ) -> None:
        super().__init__(sessions, facility_id, clock)
        self._rules = rules

    def list_volunteers(
        self, text: str = "", *, include_ended: bool = False
    ) -> list[VolunteerSummary]:
        """Volunteers by name, each with this year's hours; ended engagements on request."""
        self._require()
        today = self._today()
        year_hours = (
            select(func.coalesce(func.sum(VolunteerHours.minutes), 0))
            .where(
                VolunteerHours.volunteer_id == VolunteerRow.id,
                *current_hours(),
                VolunteerHours.worked_on >= date(today.year, 1, 1),
            )
            .correlate(VolunteerRow)
            .scalar_subquery()
        )
        statement = (
            select(VolunteerRow, year_hours)
            .where(VolunteerRow.facility_id == self._facility_id, VolunteerRow.deleted_at.is_(None))
            .order_by(VolunteerRow.sort_name)
        )
        if not include_ended:
            statement = statement.where(
                (VolunteerRow.ended_on.is_(None)) | (VolunteerRow.ended_on >= today)
            )
        # Each typed word, folded as the stored name is, anywhere in the name.
        for word in fold(text).split():
            statement = statement.where(VolunteerRow.sort_name.contains(word, autoescape=True))
        with self._sessions.begin() as session:
            rows = session.execute(statement).all()
        return [
            VolunteerSummary(
                id=row.id,
                display_name=f"{row.first_name} {row.last_name}".strip(),
                started_on=row.started_on,
                ended_on=row.ended_on,
                activities=tuple(item["name"] for item in row.activities),
                minutes_this_year=int(minutes),
            )
            for row, minutes in rows
        ]

    def get(self, volunteer_id: uuid.UUID) -> VolunteerRecord:
        self._require()
        with self._sessions.begin() as session:
            return _record(
                self._get(session, VolunteerRow, volunteer_id), trainings_of(session, volunteer_id)
            )

    def open_profile(self, volunteer_id: uuid.UUID) -> VolunteerRecord:
        """The profile the volunteers screen shows; the view is logged in the audit trail."""
        record = self.get(volunteer_id)
        with self._sessions.begin() as session:
            audit.record(
                session,
                AuditAction.VIEW,
                "volunteer",
                record_id=volunteer_id,
                person_id=volunteer_id,
            )
        return record

    def draft_from_visitor(self, visitor_id: uuid.UUID) -> VolunteerDraft:
        """A new volunteer's profile from the same person's visitor record."""
        self._require()
        with self._sessions.begin() as session:
            visitor = self._get(session, Visitor, visitor_id)
            return VolunteerDraft(
                first_name=visitor.first_name,
                last_name=visitor.last_name,
                visitor_id=visitor.id,
                email=visitor.email,
                phone=visitor.phone,
                birth_year=visitor.birth_year,
                started_on=self._today(),
            )

    def create(self, draft: VolunteerDraft) -> VolunteerRecord:
        self._require()
        draft = self._checked(draft)
        with self._sessions.begin() as session:
            self._check_links(session, draft)
            row = VolunteerRow(facility_id=self._facility_id, **_columns(draft))
            session.add(row)
            session.flush()
            self._store_trainings(session, row.id, draft.trainings)
            volunteer_id = row.id
        return self.get(volunteer_id)

    def update(self, volunteer_id: uuid.UUID, draft: VolunteerDraft) -> VolunteerRecord:
        self._require()
        draft = self._checked(draft)
        with self._sessions.begin() as session:
            row = self._get(session, VolunteerRow, volunteer_id)
            self._check_links(session, draft, kept=row)
            for name, value in _columns(draft).items():
                setattr(row, name, value)
            self._store_trainings(session, volunteer_id, draft.trainings)
        return self.get(volunteer_id)

    def delete(self, volunteer_id: uuid.UUID) -> None:
        """Remove a volunteer; the Bürgergeld flag goes at once and for good."""
        self._require(Permission.DELETE)
        with self._sessions.begin() as session:
            row = self._get(session, VolunteerRow, volunteer_id)
            self._soft_delete(row)
            session.execute(
                delete(VolunteerBenefitFlag).where(
                    VolunteerBenefitFlag.volunteer_id == volunteer_id
                )
            )

    # The Bürgergeld flag: consent-based, on this desk only.

    def set_buergergeld(self, volunteer_id: uuid.UUID, receives: bool) -> None:
        """Record (with the volunteer's signed consent) or remove that they receive Bürgergeld.

        Removing is also how a withdrawn consent takes effect: the row is deleted, not
        marked, since the fact itself is the protected social data.
        """
        self._require()
        with self._sessions.begin() as session:
            self._get(session, VolunteerRow, volunteer_id)
            flag = session.get(VolunteerBenefitFlag, volunteer_id)
            if receives and flag is None:
                session.add(
                    VolunteerBenefitFlag(
                        volunteer_id=volunteer_id,
                        consent_given_on=self._today(),
                        consent_manner=ConsentManner.SIGNED_FORM.value,
                    )
                )
            elif not receives and flag is not None:
                session.delete(flag)

    # Recognition

    def recognition(
        self, volunteer_id: uuid.UUID, on: date | None = None
    ) -> tuple[RecognitionStanding, ...]:
        """Ehrenamtskarte and FreiwilligenPass: met, or what is missing and the earliest date."""
        self._require()
        day = on or self._today()
        with self._sessions.begin() as session:
            volunteer = _record(
                self._get(session, VolunteerRow, volunteer_id), trainings_of(session, volunteer_id)
            )
            rows = session.execute(
                select(VolunteerHours.worked_on, func.sum(VolunteerHours.minutes))
                .where(
                    VolunteerHours.volunteer_id == volunteer_id,
                    *current_hours(),
                    VolunteerHours.worked_on <= day,
                    VolunteerHours.worked_on >= date(day.year - 1, 1, 1),
                )
                .group_by(VolunteerHours.worked_on)
            ).all()
        return standings(volunteer, {row[0]: int(row[1]) for row in rows}, day, self._rules)

    # Helpers

    def _checked(self, draft: VolunteerDraft) -> VolunteerDraft:
        draft = _cleaned(draft)
        check_volunteer(draft, today=self._today())
        return draft

    def _check_links(
        self, session: Session, draft: VolunteerDraft, kept: VolunteerRow | None = None
    ) -> None:
        """Newly named visitors and offers must be this facility's.

        Links the profile already had are kept as they are, even when the visitor or offer
        has since been removed, so that a profile can always be saved again.
        """
        kept_visitor = kept.visitor_id if kept is not None else None
        kept_offers = {a["offer_id"] for a in kept.activities} if kept is not None else set()
        if draft.visitor_id is not None and draft.visitor_id != kept_visitor:
            self._get(session, Visitor, draft.visitor_id)
        for activity in draft.activities:
            if activity.offer_id is not None and str(activity.offer_id) not in kept_offers:
                self._get(session, Offer, activity.offer_id)

    def _store_trainings(
        self, session: Session, volunteer_id: uuid.UUID, trainings: tuple[Training, ...]
    ) -> None:
        """Make the volunteer's trainings the given ones: same rows kept, others removed."""
        existing = _training_rows(session, volunteer_id)
        for position, training in enumerate(trainings):
            row = existing[position] if position < len(existing) else None
            if row is None:
                row = TrainingRow(facility_id=self._facility_id, volunteer_id=volunteer_id)
                session.add(row)
            row.position = position
            row.title = training.title
            row.held_on = training.held_on
            row.minutes = training.minutes
        for row in existing[len(trainings) :]:
            self._soft_delete(row)


def _columns(draft: VolunteerDraft) -> dict[str, Any]:
    return {
        "first_name": draft.first_name,
        "last_name": draft.last_name,
        "visitor_id": draft.visitor_id,
        "email": draft.email,
        "phone": draft.phone,
        "birth_date": draft.birth_date,
        "birth_year": draft.birth_year,
        "started_on": draft.started_on,
        "ended_on": draft.ended_on,
        "activities": [
            {"name": a.name, "offer_id": str(a.offer_id) if a.offer_id else None}
            for a in draft.activities
        ],
        "agreement_signed_on": draft.agreement_signed_on,
        "police_certificate_seen_on": draft.police_certificate_seen_on,
        "notes": draft.notes,
        "school_pass": draft.school_pass,
        "sort_name": sort_name(draft.first_name, draft.last_name),
    }


PROCESSING_ACTIVITY = ProcessingActivity(
    key="volunteers",
    name="Freiwilliges Engagement (Profile, Stunden, Nachweise)",
    purposes=(
        "Freiwillig engagierte Personen und ihre Tätigkeiten koordinieren.",
        "Geleistete Stunden erfassen, mit nachvollziehbaren Korrekturen.",
        "Engagementnachweise und Stundennachweise auf Wunsch der Person ausstellen; "
        "Jahresübersichten der Stunden für die Einrichtung.",
        "Zeigen, wie weit eine Person von der Ehrenamtskarte und dem Berliner "
        "FreiwilligenPass entfernt ist.",
        "Zusammengefasste Statistik über Engagement und Stunden.",
    ),
    legal_bases=(
        LegalBasis(
            LegalGround.CONTRACT,
            "Engagementvereinbarung zwischen der Person und der Einrichtung: Ohne Profil und "
            "Stunden lässt sich das Engagement weder koordinieren noch bescheinigen.",
        ),
        LegalBasis(
            LegalGround.LEGAL_OBLIGATION,
            "Bei Tätigkeiten mit Kindern und Jugendlichen die Einsicht in das erweiterte "
            "Führungszeugnis (§ 72a SGB VIII); festgehalten wird nur das Datum der Einsicht.",
        ),
    ),
    data_subjects=("Freiwillig engagierte Personen, Schülerinnen und Schüler eingeschlossen.",),
    data_categories=(
        "Vor- und Nachname; Bezug zur Registrierung als Besucherin oder Besucher, wenn es "
        "dieselbe Person ist.",
        "Telefonnummer, E-Mail-Adresse.",
        "Geburtsdatum oder Geburtsjahr (Altersgrenzen der Anerkennungen).",
        "Beginn und Ende des Engagements, Tätigkeiten und zugehörige Angebote; ob die "
        "Schulvariante des FreiwilligenPasses gilt.",
        "Datum der unterschriebenen Engagementvereinbarung; Datum, an dem das erweiterte "
        "Führungszeugnis eingesehen wurde, nicht sein Inhalt.",
        "Fortbildungen (Titel, Datum, Dauer).",
        "Stunden je Tag und Tätigkeit; Korrekturen und Rücknahmen mit Grund, wer sie "
        "erfasst hat und wann.",
        "Notiz als freier Text.",
    ),
    recipients=(
        SHARED_DATABASE_FACILITY,
        "Die Notizen werden nicht synchronisiert; sie bleiben auf dem Arbeitsplatz, an dem "
        "sie geschrieben wurden.",
        DISTRICT_AGGREGATES,
        "Zuwendungsgeber erhalten den Stundennachweis einer Person auf Papier, wenn die "
        "Förderung ihn verlangt; die Person unterschreibt ihn selbst.",
    ),
    retention=(
        "Für die Dauer des Engagements und 3 Jahre nach seinem Ende.",
        ADJUSTABLE,
    ),
    measures=(
        "Eine Korrektur überschreibt keine Stunden: Jede Fassung bleibt erhalten, samt "
        "Angabe, wer sie wann und warum erfasst hat.",
        "Der Engagementnachweis beschreibt, was die Person getan und gelernt hat; er bewertet "
        "nicht.",
        "Stunden exportieren (CSV, XLSX) nur Koordination und Verwaltung.",
        "Ob eine freiwillige Person Bürgergeld bezieht, gehört zu den "
        "Aufwandsentschädigungen und verlässt den Arbeitsplatz nie.",
    ),
    tables=("volunteer", "volunteer_training", "volunteer_hours"),
)

"""Checking visitors in to offers, and correcting today's visits."""

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.errors import RuleError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.models import Offer, Visit, Visitor
from desktop_app.core.processing import (
    ADJUSTABLE,
    DISTRICT_AGGREGATES,
    SHARED_DATABASE_FACILITY,
    LegalBasis,
    LegalGround,
    ProcessingActivity,
)
from desktop_app.core.records import VisitRecord
from desktop_app.core.services.base import FacilityService
from desktop_app.core.services.visitors import visit_record

ALREADY_CHECKED_IN = QT_TRANSLATE_NOOP("errors", "{name} is already checked in to “{offer}” today.")
NOT_TODAY = QT_TRANSLATE_NOOP("errors", "Only today's check-ins can be undone.")
INACTIVE_OFFER = QT_TRANSLATE_NOOP("errors", "The offer “{offer}” is no longer active.")


class VisitService(FacilityService):
    def check_in(self, visitor_id: uuid.UUID, offer_id: uuid.UUID) -> VisitRecord:
        """Record that the visitor came to the offer now; once per offer and day."""
        self._require()
        now = self._now()
        with self._sessions.begin() as session:
            visitor = self._get(session, Visitor, visitor_id)
            offer = self._active_offer(session, offer_id)
            self._refuse_second_visit(session, visitor, offer)
            visit = Visit(
                facility_id=self._facility_id,
                visitor_id=visitor.id,
                offer_id=offer.id,
                visited_on=now.date(),
                visited_at=now,
            )
            session.add(visit)
            session.flush()
            return visit_record(visit, visitor, offer)

    def undo(self, visit_id: uuid.UUID) -> None:
        """Take back a check-in made today (a mistaken Enter, the wrong person)."""
        self._require()
        with self._sessions.begin() as session:
            visit = self._get(session, Visit, visit_id)
            if visit.visited_on != self._today():
                raise RuleError(NOT_TODAY)
            self._soft_delete(visit)

    def remove(self, visit_id: uuid.UUID) -> None:
        """Remove a visit from today's list after the user confirmed it."""
        self._require()
        self.undo(visit_id)

    def change_offer(self, visit_id: uuid.UUID, offer_id: uuid.UUID) -> VisitRecord:
        self._require()
        with self._sessions.begin() as session:
            visit = self._get(session, Visit, visit_id)
            if visit.visited_on != self._today():
                raise RuleError(NOT_TODAY)
            visitor = self._get(session, Visitor, visit.visitor_id)
            offer = self._active_offer(session, offer_id)
            if offer.id != visit.offer_id:
                self._refuse_second_visit(session, visitor, offer)
                visit.offer_id = offer.id
            session.flush()
            return visit_record(visit, visitor, offer)

    def today(self) -> list[VisitRecord]:
        """Today's person-linked visits, newest first."""
        self._require()
        with self._sessions.begin() as session:
            rows = session.execute(
                select(Visit, Visitor, Offer)
                .join(Visitor, Visitor.id == Visit.visitor_id)
                .join(Offer, Offer.id == Visit.offer_id)
                .where(
                    Visit.facility_id == self._facility_id,
                    Visit.visited_on == self._today(),
                    Visit.deleted_at.is_(None),
                )
                .order_by(Visit.visited_at.desc())
            )
            return [visit_record(visit, visitor, offer) for visit, visitor, offer in rows]

    def _active_offer(self, session: Session, offer_id: uuid.UUID) -> Offer:
        offer = self._get(session, Offer, offer_id)
        if not offer.active:
            raise RuleError(INACTIVE_OFFER, offer=offer.title)
        return offer

    def _refuse_second_visit(self, session: Session, visitor: Visitor, offer: Offer) -> None:
        existing = session.scalar(
            select(Visit.id).where(
                Visit.visitor_id == visitor.id,
                Visit.offer_id == offer.id,
                Visit.visited_on == self._today(),
                Visit.deleted_at.is_(None),
            )
        )
        if existing is not None:
            name = f"{visitor.first_name} {visitor.last_name}".strip()
            raise RuleError(ALREADY_CHECKED_IN, name=name, offer=offer.title)


PROCESSING_ACTIVITY = ProcessingActivity(
    key="visits",
    name="Besuche (Check-in zu Angeboten)",
    purposes=(
        "Festhalten, welche registrierte Person an welchem Tag zu welchem Angebot gekommen "
        "ist (Check-in am Tresen).",
        "Statistik für die Planung der Angebote und für Zuwendungsgeber: Besuche und "
        "verschiedene Personen je Angebot, Handlungsfeld, Altersgruppe und Geschlecht, nur "
        "zusammengefasst.",
    ),
    legal_bases=(
        LegalBasis(
            LegalGround.CONSENT,
            "Mit der Einwilligung in die Registrierung willigt die Person ein, beim nächsten "
            "Besuch wiedererkannt und mit ihren Besuchen gezählt zu werden.",
        ),
    ),
    data_subjects=("Registrierte Besucherinnen und Besucher.",),
    data_categories=("Bezug zur registrierten Person, Angebot, Datum und Uhrzeit des Check-ins.",),
    recipients=(SHARED_DATABASE_FACILITY, DISTRICT_AGGREGATES),
    retention=(
        "Besuche werden nach dem Ende des Jahres, das auf das Berichtsjahr folgt, "
        "anonymisiert (Besuche aus 2026 also Anfang 2028): Es bleiben Zählungen mit "
        "Altersgruppe und Geschlecht ohne Bezug zur Person.",
        ADJUSTABLE,
    ),
    measures=(
        "Wer nicht namentlich erfasst werden will, wird ohne Namen gezählt (siehe „Zählung "
        "ohne Namen“).",
        "Korrigieren oder zurücknehmen lassen sich nur die Check-ins des laufenden Tages.",
        "Statistiken und Berichte für den Bezirk zeigen nur Summen, nichts, was eine Person "
        "erkennbar macht.",
    ),
    tables=("visit",),
)

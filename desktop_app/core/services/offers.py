"""The facility's offers (Angebote) and its list of fields of action."""

import uuid
from datetime import date, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.access import Permission
from desktop_app.core.models import FieldOfAction, Offer
from desktop_app.core.records import FieldOfActionRecord, OfferDraft, OfferRecord
from desktop_app.core.schedules import slots_from_json, slots_to_json
from desktop_app.core.services.base import FacilityService
from desktop_app.core.text import clean, fold
from desktop_app.core.validation import check_field_of_action_names, check_offer


def _record(row: Offer, field_names: dict[uuid.UUID, str]) -> OfferRecord:
    return OfferRecord(
        id=row.id,
        title=row.title,
        field_of_action_id=row.field_of_action_id,
        field_of_action_name=field_names.get(row.field_of_action_id, "")
        if row.field_of_action_id
        else "",
        target_groups=tuple(row.target_groups),
        languages=tuple(row.languages),
        schedule=slots_from_json(row.schedule),
        is_counselling=row.is_counselling,
        jobcenter_suited=row.jobcenter_suited,
        active=row.active,
    )


def desk_order(offers: list[OfferRecord], day: date) -> list[OfferRecord]:
    """Offers running on ``day`` first, by start time; then the rest by title."""

    def key(offer: OfferRecord) -> tuple[int, time, str]:
        slots = offer.slots_on(day)
        start = min(slot.start for slot in slots) if slots else time.max
        return (0 if slots else 1, start, fold(offer.title))

    return sorted(offers, key=key)


class OfferService(FacilityService):
    def _field_names(self, session: Session) -> dict[uuid.UUID, str]:
        rows = session.execute(
            select(FieldOfAction.id, FieldOfAction.name).where(
                FieldOfAction.facility_id == self._facility_id
            )
        )
        return {row.id: row.name for row in rows}

    def list_offers(self, *, include_inactive: bool = False) -> list[OfferRecord]:
        """The facility's offers, today's by schedule first."""
        self._require()
        with self._sessions.begin() as session:
            query = select(Offer).where(
                Offer.facility_id == self._facility_id, Offer.deleted_at.is_(None)
            )
            if not include_inactive:
                query = query.where(Offer.active.is_(True))
            names = self._field_names(session)
            offers = [_record(row, names) for row in session.scalars(query)]
        return desk_order(offers, self._today())

    def get(self, offer_id: uuid.UUID) -> OfferRecord:
        self._require()
        with self._sessions.begin() as session:
            return _record(self._get(session, Offer, offer_id), self._field_names(session))

    def create(self, draft: OfferDraft) -> OfferRecord:
        self._require(Permission.SETTINGS)
        draft = self._checked(draft)
        with self._sessions.begin() as session:
            row = Offer(facility_id=self._facility_id, active=True, **self._columns(draft))
            session.add(row)
            session.flush()
            return _record(row, self._field_names(session))

    def update(self, offer_id: uuid.UUID, draft: OfferDraft) -> OfferRecord:
        self._require(Permission.SETTINGS)
        draft = self._checked(draft)
        with self._sessions.begin() as session:
            row = self._get(session, Offer, offer_id)
            for name, value in self._columns(draft).items():
                setattr(row, name, value)
            session.flush()
            return _record(row, self._field_names(session))

    def set_active(self, offer_id: uuid.UUID, active: bool) -> OfferRecord:
        """Deactivate (or reactivate) an offer; its past visits stay as they are."""
        self._require(Permission.SETTINGS)
        with self._sessions.begin() as session:
            row = self._get(session, Offer, offer_id)
            row.active = active
            session.flush()
            return _record(row, self._field_names(session))

    @staticmethod
    def _checked(draft: OfferDraft) -> OfferDraft:
        draft = OfferDraft(
            title=clean(draft.title),
            field_of_action_id=draft.field_of_action_id,
            target_groups=tuple(dict.fromkeys(clean(g) for g in draft.target_groups if g.strip())),
            languages=tuple(dict.fromkeys(draft.languages)),
            schedule=tuple(sorted(set(draft.schedule))),
            is_counselling=draft.is_counselling,
            jobcenter_suited=draft.jobcenter_suited,
        )
        check_offer(draft)
        return draft

    @staticmethod
    def _columns(draft: OfferDraft) -> dict[str, Any]:
        return {
            "title": draft.title,
            "field_of_action_id": draft.field_of_action_id,
            "target_groups": list(draft.target_groups),
            "languages": list(draft.languages),
            "schedule": slots_to_json(draft.schedule),
            "is_counselling": draft.is_counselling,
            "jobcenter_suited": draft.jobcenter_suited,
        }

    def fields_of_action(self) -> list[FieldOfActionRecord]:
        self._require()
        with self._sessions.begin() as session:
            rows = session.scalars(
                select(FieldOfAction)
                .where(
                    FieldOfAction.facility_id == self._facility_id,
                    FieldOfAction.deleted_at.is_(None),
                )
                .order_by(FieldOfAction.position)
            )
            return [FieldOfActionRecord(row.id, row.name, row.position) for row in rows]

    @staticmethod
    def validate_fields_of_action(entries: list[tuple[uuid.UUID | None, str]]) -> None:
        """Raise the ``ValidationError`` that ``save_fields_of_action`` would; save nothing."""
        check_field_of_action_names([clean(name) for _, name in entries])

    def save_fields_of_action(
        self, entries: list[tuple[uuid.UUID | None, str]]
    ) -> list[FieldOfActionRecord]:
        """Replace the list: keep ids to rename, ``None`` for new names; absent ones retire.

        Retired fields stay in the database (soft-deleted) so that offers and statistics
        that refer to them keep their name.
        """
        self._require(Permission.SETTINGS)
        cleaned = [(field_id, clean(name)) for field_id, name in entries]
        check_field_of_action_names([name for _, name in cleaned])
        with self._sessions.begin() as session:
            existing = {
                row.id: row
                for row in session.scalars(
                    select(FieldOfAction).where(
                        FieldOfAction.facility_id == self._facility_id,
                        FieldOfAction.deleted_at.is_(None),
                    )
                )
            }
            kept: set[uuid.UUID] = set()
            for position, (field_id, name) in enumerate(cleaned):
                row = existing.get(field_id) if field_id else None
                if row is None:
                    row = FieldOfAction(facility_id=self._facility_id, name=name)
                    session.add(row)
                else:
                    kept.add(row.id)
                row.name = name
                row.position = position
            for field_id, row in existing.items():
                if field_id not in kept:
                    self._soft_delete(row)
        return self.fields_of_action()

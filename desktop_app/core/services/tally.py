"""The anonymous head count (tally) for the open café and drop-ins."""

import uuid
from collections import Counter
from types import MappingProxyType

from sqlalchemy import Select, select

from desktop_app.core.errors import FieldProblem, RuleError, ValidationError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.models import Offer, TallyMark
from desktop_app.core.records import TallyCounts
from desktop_app.core.reference import AGE_BAND_CODES, Gender
from desktop_app.core.services.base import FacilityService

NOTHING_TO_UNDO = QT_TRANSLATE_NOOP("errors", "There is nothing left to undo for this offer today.")


class TallyService(FacilityService):
    def count(
        self, offer_id: uuid.UUID, age_band: str | None = None, gender: Gender | None = None
    ) -> TallyCounts:
        """Count one more person at the offer (+1), optionally with age band and gender."""
        if age_band is not None and age_band not in AGE_BAND_CODES:
            raise ValidationError(
                {"age_band": FieldProblem(QT_TRANSLATE_NOOP("errors", "Unknown age band."))}
            )
        now = self._now()
        with self._sessions.begin() as session:
            self._get(session, Offer, offer_id)
            session.add(
                TallyMark(
                    facility_id=self._facility_id,
                    offer_id=offer_id,
                    counted_on=now.date(),
                    counted_at=now,
                    age_band=age_band,
                    gender=None if gender is None else Gender(gender).value,
                )
            )
        return self.today(offer_id)

    def undo_last(self, offer_id: uuid.UUID) -> TallyCounts:
        """Take back the latest count of today at the offer."""
        with self._sessions.begin() as session:
            # created_at breaks ties between marks counted within the same clock reading
            # (a coarse or stopped clock), so "last" is always the one saved last.
            mark = session.scalars(
                self._today_marks(offer_id)
                .order_by(TallyMark.counted_at.desc(), TallyMark.created_at.desc())
                .limit(1)
            ).first()
            if mark is None:
                raise RuleError(NOTHING_TO_UNDO)
            self._soft_delete(mark)
        return self.today(offer_id)

    def today(self, offer_id: uuid.UUID) -> TallyCounts:
        with self._sessions.begin() as session:
            rows = session.execute(
                self._today_marks(offer_id).with_only_columns(TallyMark.age_band, TallyMark.gender)
            ).all()
        return TallyCounts(
            offer_id=offer_id,
            day=self._today(),
            total=len(rows),
            by_age_band=MappingProxyType(Counter(r.age_band for r in rows if r.age_band)),
            by_gender=MappingProxyType(Counter(r.gender for r in rows if r.gender)),
        )

    def _today_marks(self, offer_id: uuid.UUID) -> Select[TallyMark]:
        return select(TallyMark).where(
            TallyMark.facility_id == self._facility_id,
            TallyMark.offer_id == offer_id,
            TallyMark.counted_on == self._today(),
            TallyMark.deleted_at.is_(None),
        )

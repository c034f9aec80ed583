"""The anonymous head count (tally) for the open café and drop-ins."""

import uuid
from collections import Counter
from types import MappingProxyType

from sqlalchemy import Select, select

from desktop_app.core.errors import FieldProblem, RuleError, ValidationError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.models import Offer, TallyMark
from desktop_app.core.processing import (
    DISTRICT_AGGREGATES,
    SHARED_DATABASE_FACILITY,
    LegalBasis,
    LegalGround,
    ProcessingActivity,
)
from desktop_app.core.records import TallyCounts
from desktop_app.core.reference import AGE_BAND_CODES, Gender
from desktop_app.core.services.base import FacilityService

NOTHING_TO_UNDO = QT_TRANSLATE_NOOP("errors", "There is nothing left to undo for this offer today.")


class TallyService(FacilityService):
    def count(
        self, offer_id: uuid.UUID, age_band: str | None = None, gender: Gender | None = None
    ) -> TallyCounts:
        """Count one more person at the offer (+1), optionally with age band and gender."""
        self._require()
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
        self._require()
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
        self._require()
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


# The head count records no one, so strictly it needs no entry in the register of Art. 30
# GDPR. It has one all the same: a mark keeps its time to the second with age band and
# gender, and at a quiet offer whoever was there could tell who a mark was; the register is
# where the facility shows that and why it is harmless. It is also where an authority
# looks first to see that counting people needs no names.
PROCESSING_ACTIVITY = ProcessingActivity(
    key="tally",
    name="Zählung ohne Namen (Strichliste für offene Angebote)",
    purposes=(
        "Besucherzahlen offener Angebote, etwa des offenen Cafés, ohne Namen erfassen: eine "
        "Person, ein Strich, auf Wunsch mit Altersgruppe und Geschlecht.",
        "Zusammengefasste Statistik für die Planung der Angebote und für Zuwendungsgeber.",
    ),
    legal_bases=(
        LegalBasis(
            LegalGround.LEGITIMATE_INTERESTS,
            "Vorsorglich, falls ein Strich im Einzelfall doch einer Person zugeordnet werden "
            "könnte: das Interesse der Einrichtung, die Nutzung ihrer Angebote zu belegen, "
            "ohne Namen zu erfassen.",
        ),
    ),
    data_subjects=(
        "Besucherinnen und Besucher offener Angebote, ohne dass sie erkennbar erfasst werden.",
    ),
    data_categories=(
        "Keine Angaben zur Person: Angebot, Datum und Uhrzeit des Strichs, auf Wunsch "
        "Altersgruppe und Geschlecht.",
        "Bei einem wenig besuchten Angebot könnte, wer dabei war, aus Uhrzeit, Altersgruppe "
        "und Geschlecht auf eine Person schließen; deshalb steht die Zählung in diesem "
        "Verzeichnis.",
    ),
    recipients=(SHARED_DATABASE_FACILITY, DISTRICT_AGGREGATES),
    retention=("Striche beziehen sich auf niemanden und bleiben als Statistik erhalten.",),
    measures=(
        "Kein Name, keine Nummer, kein Bezug zu einer registrierten Person.",
        "Zurücknehmen lässt sich nur ein Strich des laufenden Tages.",
    ),
    tables=("tally_mark",),
)

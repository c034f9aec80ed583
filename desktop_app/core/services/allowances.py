"""Allowances paid to volunteers, against the year's tax-free limits and Bürgergeld's."""

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core import limits
from desktop_app.core.db import SessionFactory
from desktop_app.core.errors import RuleError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.models import AllowancePayment as PaymentRow
from desktop_app.core.models import Volunteer as VolunteerRow
from desktop_app.core.models import VolunteerBenefitFlag
from desktop_app.core.processing import (
    SHARED_DATABASE_FACILITY,
    LegalBasis,
    LegalGround,
    ProcessingActivity,
)
from desktop_app.core.quantities import NO_AMOUNT
from desktop_app.core.services import Clock
from desktop_app.core.services.base import FacilityService
from desktop_app.core.text import clean, fold
from desktop_app.core.validation import IN_FUTURE, Checker
from desktop_app.core.volunteer_records import (
    ALLOWANCE_KIND_LABELS,
    AllowanceDraft,
    AllowanceKind,
    AllowanceOverview,
    AllowancePayment,
    AllowanceStanding,
)
from desktop_app.core.volunteering_rules import VolunteeringRules

BOTH_KINDS = QT_TRANSLATE_NOOP(
    "errors",
    "“{activity}” already has a {other} this year. Both allowances may not be paid for "
    "the same activity (§ 3 Nr. 26a EStG).",
)


def _payment(row: PaymentRow) -> AllowancePayment:
    return AllowancePayment(
        id=row.id,
        volunteer_id=row.volunteer_id,
        paid_on=row.paid_on,
        amount_cents=row.amount_cents,
        kind=AllowanceKind(row.kind),
        activity=row.activity,
        note=row.note,
    )


class AllowanceService(FacilityService):
    def __init__(
        self,
        sessions: SessionFactory,
        facility_id: uuid.UUID,
        clock: Clock,
        rules: VolunteeringRules,
    ) -> None:
        super().__init__(sessions, facility_id, clock)
        self._rules = rules

    def overview(self, volunteer_id: uuid.UUID, year: int) -> AllowanceOverview:
        """The year's payments, where each kind stands, and the Bürgergeld warning if flagged."""
        self._require()
        with self._sessions.begin() as session:
            self._get(session, VolunteerRow, volunteer_id)
            return self._overview(session, volunteer_id, year)

    def record(self, draft: AllowanceDraft) -> AllowanceOverview:
        """Record a payment; the overview after it says whether a limit is near or passed.

        A payment past a limit is recorded (it was paid), and the overview shows it; what
        is refused is the other kind for an activity that has one already this year.
        """
        self._require()
        activity = clean(draft.activity)
        note = draft.note.strip()
        checker = Checker()
        if draft.amount_cents <= 0:
            checker.add("amount", NO_AMOUNT)
        if draft.paid_on > self._today():
            checker.add("paid_on", IN_FUTURE)
        checker.text("activity", activity, limits.TITLE_MAX, required=True)
        checker.text("note", note, limits.NOTES_MAX, multiline=True)
        checker.raise_if_any()
        year = draft.paid_on.year
        with self._sessions.begin() as session:
            self._get(session, VolunteerRow, draft.volunteer_id)
            for other in self._payments(session, draft.volunteer_id, year):
                if other.kind != draft.kind.value and fold(other.activity) == fold(activity):
                    raise RuleError(
                        BOTH_KINDS,
                        activity=activity,
                        other=ALLOWANCE_KIND_LABELS[AllowanceKind(other.kind)],
                    )
            session.add(
                PaymentRow(
                    facility_id=self._facility_id,
                    volunteer_id=draft.volunteer_id,
                    paid_on=draft.paid_on,
                    amount_cents=draft.amount_cents,
                    kind=draft.kind.value,
                    activity=activity,
                    note=note,
                )
            )
            session.flush()
            return self._overview(session, draft.volunteer_id, year)

    def remove(self, payment_id: uuid.UUID) -> AllowanceOverview:
        """Take back a payment recorded by mistake."""
        self._require()
        with self._sessions.begin() as session:
            row = self._get(session, PaymentRow, payment_id)
            self._soft_delete(row)
            session.flush()
            return self._overview(session, row.volunteer_id, row.paid_on.year)

    def _payments(self, session: Session, volunteer_id: uuid.UUID, year: int) -> list[PaymentRow]:
        return list(
            session.scalars(
                select(PaymentRow)
                .where(
                    PaymentRow.volunteer_id == volunteer_id,
                    PaymentRow.deleted_at.is_(None),
                    PaymentRow.paid_on >= date(year, 1, 1),
                    PaymentRow.paid_on <= date(year, 12, 31),
                )
                .order_by(PaymentRow.paid_on, PaymentRow.id)
            )
        )

    def _overview(self, session: Session, volunteer_id: uuid.UUID, year: int) -> AllowanceOverview:
        payments = [_payment(row) for row in self._payments(session, volunteer_id, year)]
        standings = tuple(
            AllowanceStanding(
                kind=kind,
                year=year,
                paid_cents=sum(p.amount_cents for p in payments if p.kind is kind),
                limit_cents=self._rules.limit_cents(kind, year),
                warn_at=self._rules.warn_at,
            )
            for kind in AllowanceKind
        )
        return AllowanceOverview(
            year=year,
            payments=tuple(payments),
            standings=standings,
            combined_cents=sum(p.amount_cents for p in payments),
            receives_buergergeld=session.get(VolunteerBenefitFlag, volunteer_id) is not None,
            buergergeld_limit_cents=self._rules.buergergeld_free_cents,
            warn_at=self._rules.warn_at,
        )


PROCESSING_ACTIVITY = ProcessingActivity(
    key="allowances",
    name="Aufwandsentschädigungen für Freiwillige (Übungsleiter- und Ehrenamtspauschale)",
    purposes=(
        "Gezahlte Aufwandsentschädigungen festhalten und belegen.",
        "Die steuerfreien Jahresbeträge (§ 3 Nr. 26 und 26a EStG) im Blick behalten und vor "
        "ihrem Erreichen warnen.",
        "Bei Freiwilligen, die Bürgergeld beziehen und dem Vermerk zugestimmt haben: vor dem "
        "Freibetrag für Aufwandsentschädigungen warnen, damit die Zahlung ihre Leistung "
        "nicht mindert.",
    ),
    legal_bases=(
        LegalBasis(LegalGround.CONTRACT, "Die Zahlung beruht auf der Engagementvereinbarung."),
        LegalBasis(
            LegalGround.LEGAL_OBLIGATION,
            "Aufbewahrung der Buchungsbelege (§ 147 AO) und Nachweis der Steuerfreiheit "
            "(§ 3 Nr. 26 und 26a EStG).",
        ),
        LegalBasis(
            LegalGround.CONSENT,
            "Dass eine Person Bürgergeld bezieht, wird nur mit ihrer unterschriebenen "
            "Einwilligung vermerkt.",
        ),
    ),
    data_subjects=("Freiwillige, die eine Aufwandsentschädigung erhalten.",),
    data_categories=(
        "Zahlungen: Datum, Betrag, Art der Pauschale, Tätigkeit, Bemerkung; Bezug zur "
        "freiwilligen Person.",
        "Vermerk, dass die Person Bürgergeld bezieht (ein Sozialdatum), mit Datum und Art "
        "ihrer Einwilligung; keine Kundennummer, kein Aktenzeichen, keine Höhe der Leistung.",
    ),
    recipients=(
        f"Zahlungen: {SHARED_DATABASE_FACILITY}",
        "Der Bürgergeld-Vermerk verlässt den Arbeitsplatz nie: Er wird nicht synchronisiert, "
        "nicht exportiert und auf keinem Schein oder Bericht gedruckt; nur die Auskunft nach "
        "Art. 15 DSGVO zeigt ihn der Person selbst.",
        "Das Finanzamt, wenn es bei einer Prüfung Einsicht in die Belege verlangt.",
    ),
    retention=(
        "Zahlungen: 8 Jahre ab dem Ende des Kalenderjahres der Zahlung (Buchungsbelege, § 147 AO).",
        "Bürgergeld-Vermerk: wird gelöscht, nicht nur markiert, sobald die Person ihre "
        "Einwilligung widerruft oder als Freiwillige entfernt wird.",
    ),
    measures=(
        "Der Bürgergeld-Vermerk steht in einer eigenen Tabelle ohne Synchronisation und in "
        "keinem Export.",
        "Je Tätigkeit ist im Jahr nur eine der beiden Pauschalen möglich; das Programm "
        "verweigert die zweite.",
    ),
    tables=("allowance_payment", "volunteer_benefit_flag"),
)

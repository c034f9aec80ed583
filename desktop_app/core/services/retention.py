"""Deletion runs: the rules, a preview of what is due, and the run that does it.

Each kind of record has one selection of what is due, which both the preview counts and
the run acts on, so the preview tells exactly what the run does. The selections are chosen
so that no step of a run changes what another step finds: activity counts deleted visits
and links too, and a volunteer's names are kept while a payment outlasts the run. The
writes are set-based (a first run may anonymise a million visits); deleted records are
emptied and marked deleted in the same transaction, so sync sends both to the shared
database, and each record of a person gets its audit entry.
"""

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    delete,
    exists,
    func,
    literal,
    not_,
    or_,
    select,
)
from sqlalchemy.orm import Session

from desktop_app.core.access import Permission
from desktop_app.core.anonymise import (
    CHUNK,
    anonymise_visitors,
    anonymise_visits_before,
    audit_deletion,
    bulk_update,
    unlink_referrals,
)
from desktop_app.core.errors import FieldProblem, RuleError, ValidationError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.models import (
    AllowancePayment,
    Consent,
    DataRequest,
    Referral,
    ReferralPerson,
    RetentionRule,
    UtcDateTime,
    Visit,
    Visitor,
    Volunteer,
    VolunteerBenefitFlag,
    VolunteerTraining,
)
from desktop_app.core.referral_records import ReferralStatus
from desktop_app.core.retention import (
    DEFAULT_MONTHS,
    MONTHS_RANGE,
    RetentionKind,
    RetentionPlan,
    RetentionRuleRecord,
    RetentionStep,
    cutoff,
)
from desktop_app.core.services.base import FacilityService

OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "errors", "Choose between {lowest} and {highest} months for this kind of record."
)
PLAN_OUTDATED = QT_TRANSLATE_NOOP(
    "errors",
    "The retention rules were changed after this preview. Please look at the new preview "
    "before deleting.",
)

_CLOSED = tuple(status.value for status in ReferralStatus if status.is_final)


@dataclass(frozen=True)
class _Window:
    """A rule's cut-off as a day (for date columns) and as the moment it begins."""

    day: date
    moment: datetime


def _chunks(ids: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


class RetentionService(FacilityService):
    """Deletion runs are for coordination and administration; the rules for administration."""

    # The rules.

    def rules(self) -> list[RetentionRuleRecord]:
        """Every kind's rule: the facility's months, or the default."""
        self._require(Permission.RETENTION)
        with self._sessions.begin() as session:
            months = self._months(session)
        return [RetentionRuleRecord(kind, months[kind]) for kind in RetentionKind]

    def set_rule(self, kind: RetentionKind, months: int) -> RetentionRuleRecord:
        """Keep ``kind``'s records for ``months`` months; within the kind's bounds."""
        self._require(Permission.RETENTION_RULES)
        kind = RetentionKind(kind)
        lowest, highest = MONTHS_RANGE[kind]
        if (
            isinstance(months, bool)
            or not isinstance(months, int)
            or not lowest <= months <= highest
        ):
            raise ValidationError(
                {"months": FieldProblem(OUT_OF_RANGE, {"lowest": lowest, "highest": highest})}
            )
        with self._sessions.begin() as session:
            row = session.get(RetentionRule, kind.value)
            if row is None:
                session.add(RetentionRule(kind=kind.value, months=months))
            else:
                row.months = months
        return RetentionRuleRecord(kind, months)

    # The run.

    def preview(self) -> RetentionPlan:
        """What a run would do today: per kind how many records are due, and why."""
        self._require(Permission.RETENTION)
        today = self._today()
        with self._sessions.begin() as session:
            steps = self._steps(session, today)
            windows = self._windows(steps)
            counted = tuple(
                RetentionStep(
                    step.kind, step.months, step.cutoff, self._count(session, step, windows)
                )
                for step in steps
            )
        return RetentionPlan(today=today, steps=counted)

    def run(self, plan: RetentionPlan | None = None) -> RetentionPlan:
        """Do what ``plan`` (a confirmed preview) showed, or what is due today; one transaction.

        A plan is run with its own cut-offs, so the run does what was confirmed even a day
        later; if a rule changed since, the plan is refused and has to be looked at again.
        Returns what was done.
        """
        self._require(Permission.RETENTION)
        now = self._now()
        with self._sessions.begin() as session:
            current = self._steps(session, self._today())
            if plan is None:
                steps = current
                today = self._today()
            else:
                rules = {step.kind: step for step in current}
                # Neither other rules nor a later day than today's rules allow: a plan never
                # deletes more than a preview made now would show.
                if any(
                    step.months != rules[step.kind].months or step.cutoff > rules[step.kind].cutoff
                    for step in plan.steps
                ):
                    raise RuleError(PLAN_OUTDATED)
                # In the order of the kinds, whatever order the plan lists them in.
                order = list(RetentionKind)
                steps = tuple(sorted(plan.steps, key=lambda step: order.index(step.kind)))
                today = plan.today
            # A plan's own cut-offs; the current ones for any kind it does not name.
            windows = self._windows(current) | self._windows(steps)
            done = tuple(
                RetentionStep(
                    step.kind, step.months, step.cutoff, self._apply(session, step, windows, now)
                )
                for step in steps
            )
        return RetentionPlan(today=today, steps=done, done=True)

    # Helpers: the rules and their cut-offs.

    def _months(self, session: Session) -> dict[RetentionKind, int]:
        stored = {row.kind: row.months for row in session.scalars(select(RetentionRule))}
        return {kind: stored.get(kind.value, DEFAULT_MONTHS[kind]) for kind in RetentionKind}

    def _steps(self, session: Session, today: date) -> tuple[RetentionStep, ...]:
        months = self._months(session)
        return tuple(
            RetentionStep(kind, months[kind], cutoff(kind, months[kind], today), 0)
            for kind in RetentionKind
        )

    def _windows(self, steps: Sequence[RetentionStep]) -> dict[RetentionKind, _Window]:
        zone = self._now().tzinfo
        return {
            step.kind: _Window(step.cutoff, datetime.combine(step.cutoff, time(), tzinfo=zone))
            for step in steps
        }

    # Helpers: what is due, kind by kind.

    def _count(
        self, session: Session, step: RetentionStep, windows: dict[RetentionKind, _Window]
    ) -> int:
        due = self._due(step.kind, windows)
        return session.scalar(select(func.count()).select_from(due.subquery())) or 0

    def _due(
        self, kind: RetentionKind, windows: dict[RetentionKind, _Window]
    ) -> Select[*tuple[Any, ...]]:
        window = windows[kind]
        if kind is RetentionKind.VISITS:
            return select(Visit.id).where(
                Visit.facility_id == self._facility_id,
                Visit.visited_on < window.day,
                Visit.deleted_at.is_(None),
            )
        if kind is RetentionKind.VISITORS:
            return self._inactive_visitors(window, windows[RetentionKind.VOLUNTEERS])
        if kind is RetentionKind.REFERRALS:
            return self._closed_referrals(window)
        if kind is RetentionKind.CONSENTS:
            return self._ended_consents(window)
        if kind is RetentionKind.ALLOWANCE_PAYMENTS:
            return select(AllowancePayment.id, AllowancePayment.volunteer_id).where(
                AllowancePayment.facility_id == self._facility_id,
                AllowancePayment.paid_on < window.day,
                AllowancePayment.deleted_at.is_(None),
            )
        return self._former_volunteers(window, windows[RetentionKind.ALLOWANCE_PAYMENTS])

    def _inactive_visitors(self, window: _Window, volunteers: _Window) -> Select[*tuple[Any, ...]]:
        """Live visitors with no visit, change, consent or referral since the cut-off.

        Deleted visits, consents and links count too: they still show the person was
        here, and so deleting them in the same run changes nothing here. Likewise only a
        volunteer's record that the volunteer rule keeps keeps the visitor.
        """
        since = window.moment
        visited = exists().where(Visit.visitor_id == Visitor.id, Visit.visited_at >= since)
        consented = exists().where(
            Consent.visitor_id == Visitor.id,
            or_(Consent.given_at >= since, Consent.withdrawn_at >= since),
        )
        referred = exists().where(
            ReferralPerson.visitor_id == Visitor.id,
            Referral.id == ReferralPerson.referral_id,
            or_(Referral.issued_on >= window.day, Referral.status_changed_at >= since),
        )
        # The volunteer rule decides about volunteers, and a person asking about their data
        # gets an answer before their data goes.
        volunteering = exists().where(
            Volunteer.visitor_id == Visitor.id,
            Volunteer.deleted_at.is_(None),
            or_(Volunteer.ended_on.is_(None), Volunteer.ended_on >= volunteers.day),
        )
        asking = exists().where(
            DataRequest.visitor_id == Visitor.id,
            DataRequest.answered_on.is_(None),
            DataRequest.deleted_at.is_(None),
        )
        return select(Visitor.id).where(
            Visitor.facility_id == self._facility_id,
            Visitor.deleted_at.is_(None),
            Visitor.created_at < since,
            Visitor.updated_at < since,
            not_(visited),
            not_(consented),
            not_(referred),
            not_(volunteering),
            not_(asking),
        )

    def _closed_referrals(self, window: _Window) -> Select[*tuple[Any, ...]]:
        """Referrals issued here, closed before the cut-off, with details left to delete."""
        linked = exists().where(
            ReferralPerson.referral_id == Referral.id, ReferralPerson.deleted_at.is_(None)
        )
        return select(Referral.id).where(
            Referral.facility_id == self._facility_id,
            Referral.deleted_at.is_(None),
            Referral.status.in_(_CLOSED),
            Referral.status_changed_at < window.moment,
            or_(
                Referral.purpose != "",
                Referral.person_label != "",
                Referral.appointment_at.is_not(None),
                linked,
            ),
        )

    def _ended_consents(self, window: _Window) -> Select[*tuple[Any, ...]]:
        """Consents withdrawn, or whose processing ended (the person's record deleted, the
        referral closed or deleted), before the cut-off."""
        since = window.moment
        return (
            select(Consent.id, Consent.visitor_id)
            .join(Visitor, Visitor.id == Consent.visitor_id)
            .outerjoin(Referral, Referral.id == Consent.referral_id)
            .where(
                Consent.facility_id == self._facility_id,
                Consent.deleted_at.is_(None),
                or_(
                    Consent.withdrawn_at < since,
                    Visitor.deleted_at < since,
                    and_(Referral.status.in_(_CLOSED), Referral.status_changed_at < since),
                    Referral.deleted_at < since,
                ),
            )
        )

    def _former_volunteers(self, window: _Window, payments: _Window) -> Select[*tuple[Any, ...]]:
        """Volunteers whose engagement ended before the cut-off, and deleted volunteers
        whose records still hold personal data; with whether their names must stay for a
        receipt that outlasts this run."""
        receipt_kept = self._receipt_kept(payments)
        leftovers = or_(
            Volunteer.email != "",
            Volunteer.phone != "",
            Volunteer.notes != "",
            Volunteer.birth_date.is_not(None),
            Volunteer.birth_year.is_not(None),
            func.json_array_length(Volunteer.activities) > 0,
            Volunteer.agreement_signed_on.is_not(None),
            Volunteer.police_certificate_seen_on.is_not(None),
            Volunteer.school_pass,
            Volunteer.visitor_id.is_not(None),
            and_(or_(Volunteer.first_name != "", Volunteer.last_name != ""), not_(receipt_kept)),
            exists().where(
                VolunteerTraining.volunteer_id == Volunteer.id,
                VolunteerTraining.deleted_at.is_(None),
            ),
            exists().where(VolunteerBenefitFlag.volunteer_id == Volunteer.id),
        )
        return select(Volunteer.id, receipt_kept.label("receipt_kept")).where(
            Volunteer.facility_id == self._facility_id,
            or_(
                and_(Volunteer.deleted_at.is_(None), Volunteer.ended_on < window.day),
                and_(Volunteer.deleted_at.is_not(None), leftovers),
            ),
        )

    @staticmethod
    def _receipt_kept(payments: _Window) -> ColumnElement[bool]:
        """The volunteer has a payment that the allowance rule keeps past this run."""
        return exists().where(
            AllowancePayment.volunteer_id == Volunteer.id,
            AllowancePayment.deleted_at.is_(None),
            AllowancePayment.paid_on >= payments.day,
        )

    # Helpers: doing it.

    def _apply(
        self,
        session: Session,
        step: RetentionStep,
        windows: dict[RetentionKind, _Window],
        now: datetime,
    ) -> int:
        kind = step.kind
        if kind is RetentionKind.VISITS:
            return anonymise_visits_before(session, self._facility_id, windows[kind].day, now)
        rows = session.execute(self._due(kind, windows)).all()
        if kind is RetentionKind.VISITORS:
            ids = [row[0] for row in rows]
            return anonymise_visitors(
                session, self._facility_id, ids, now, detail=kind.value
            ).visitors
        for chunk in _chunks(rows):
            if kind is RetentionKind.REFERRALS:
                self._reduce_referrals(session, [row[0] for row in chunk], now)
            elif kind is RetentionKind.CONSENTS:
                self._delete_consents(session, chunk, now)
            elif kind is RetentionKind.ALLOWANCE_PAYMENTS:
                self._delete_payments(session, chunk, now)
            else:
                self._delete_volunteers(session, chunk, now)
        return len(rows)

    def _reduce_referrals(self, session: Session, ids: Sequence[uuid.UUID], now: datetime) -> None:
        unlink_referrals(session, ReferralPerson.referral_id.in_(ids), now, RetentionKind.REFERRALS)
        session.execute(
            bulk_update(Referral)
            .where(Referral.id.in_(ids))
            .values(purpose="", person_label="", appointment_at=None, updated_at=now)
        )

    def _delete_consents(self, session: Session, rows: Sequence[Any], now: datetime) -> None:
        session.execute(
            bulk_update(Consent)
            .where(Consent.id.in_([row[0] for row in rows]))
            .values(
                recipient="",
                data_shared="",
                purpose_text="",
                recorded_by="",
                guardian_name="",
                deleted_at=now,
                updated_at=now,
            )
        )
        for consent_id, visitor_id in rows:
            audit_deletion(session, "consent", consent_id, visitor_id, RetentionKind.CONSENTS)

    def _delete_payments(self, session: Session, rows: Sequence[Any], now: datetime) -> None:
        session.execute(
            bulk_update(AllowancePayment)
            .where(AllowancePayment.id.in_([row[0] for row in rows]))
            .values(note="", deleted_at=now, updated_at=now)
        )
        for payment_id, volunteer_id in rows:
            audit_deletion(
                session,
                "allowance_payment",
                payment_id,
                volunteer_id,
                RetentionKind.ALLOWANCE_PAYMENTS,
            )

    def _delete_volunteers(self, session: Session, rows: Sequence[Any], now: datetime) -> None:
        ids = [row[0] for row in rows]
        stamp = literal(now, UtcDateTime())
        session.execute(
            bulk_update(Volunteer)
            .where(Volunteer.id.in_(ids))
            .values(
                email="",
                phone="",
                notes="",
                birth_date=None,
                birth_year=None,
                activities=[],
                agreement_signed_on=None,
                police_certificate_seen_on=None,
                school_pass=False,
                visitor_id=None,
                deleted_at=func.coalesce(Volunteer.deleted_at, stamp),
                updated_at=now,
            )
        )
        # Names stay only on the records of volunteers with a receipt still to be kept.
        nameless = [row[0] for row in rows if not row[1]]
        if nameless:
            session.execute(
                bulk_update(Volunteer)
                .where(Volunteer.id.in_(nameless))
                .values(first_name="", last_name="", sort_name="")
            )
        trainings = session.execute(
            select(VolunteerTraining.id, VolunteerTraining.volunteer_id).where(
                VolunteerTraining.volunteer_id.in_(ids), VolunteerTraining.deleted_at.is_(None)
            )
        ).all()
        if trainings:
            session.execute(
                bulk_update(VolunteerTraining)
                .where(VolunteerTraining.id.in_([row[0] for row in trainings]))
                .values(deleted_at=now, updated_at=now)
            )
        # The Bürgergeld flag is never kept as deleted: the fact itself is the social data.
        flagged = session.scalars(
            select(VolunteerBenefitFlag.volunteer_id).where(
                VolunteerBenefitFlag.volunteer_id.in_(ids)
            )
        ).all()
        if flagged:
            session.execute(
                delete(VolunteerBenefitFlag).where(VolunteerBenefitFlag.volunteer_id.in_(flagged))
            )
        kind = RetentionKind.VOLUNTEERS
        for training_id, volunteer_id in trainings:
            audit_deletion(session, "volunteer_training", training_id, volunteer_id, kind)
        for volunteer_id in flagged:
            audit_deletion(session, "volunteer_benefit_flag", volunteer_id, volunteer_id, kind)
        for volunteer_id in ids:
            audit_deletion(session, "volunteer", volunteer_id, volunteer_id, kind)

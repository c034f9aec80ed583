"""Volunteers' hours: entered by the day, corrected or withdrawn with a trail, summed up."""

import uuid
from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import ColumnElement, Select, extract, func, select
from sqlalchemy.orm import Session

from desktop_app.core import audit, limits
from desktop_app.core.access import Permission
from desktop_app.core.audit import AuditAction
from desktop_app.core.document_records import Letterhead
from desktop_app.core.errors import DuplicateHours, FieldProblem, RuleError, ValidationError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.models import Offer, VolunteerHours, current_hours
from desktop_app.core.models import Volunteer as VolunteerRow
from desktop_app.core.quantities import DAY_MINUTES, Hours, minutes_problem
from desktop_app.core.services.base import FacilityService
from desktop_app.core.services.volunteers import trainings_of
from desktop_app.core.text import clean
from desktop_app.core.validation import IN_FUTURE, NOT_BEFORE_START, REQUIRED, Checker
from desktop_app.core.volunteer_records import (
    ActivityHours,
    AnnualOverviewContent,
    CertificateContent,
    HoursDraft,
    HoursEntry,
    HoursExportRow,
    HoursStatus,
    HoursTotal,
    OverviewRow,
    TimeSheetContent,
    TimeSheetRow,
)
from desktop_app.core.volunteering_rules import evaluative_word

DUPLICATE = QT_TRANSLATE_NOOP(
    "errors",
    "{name} already has {hours} h for “{activity}” on this day. Correct that entry, or "
    "confirm that this is a second one.",
)
NOT_ACTIVE = QT_TRANSLATE_NOOP(
    "errors", "This entry was corrected or withdrawn meanwhile; it cannot be changed again."
)
DAY_FULL = QT_TRANSLATE_NOOP(
    "errors", "With this entry {name} would have more than 24 hours on {day}."
)
BEFORE_START = QT_TRANSLATE_NOOP(
    "errors", "The engagement starts on {day}; hours before it cannot be entered."
)
AFTER_END = QT_TRANSLATE_NOOP(
    "errors", "The engagement ended on {day}; hours after it cannot be entered."
)
REASON_NEEDED = QT_TRANSLATE_NOOP("errors", "Say why the entry changes.")
EVALUATES = QT_TRANSLATE_NOOP(
    "errors",
    "The certificate describes what the person did and learnt; it does not judge. Please "
    "leave out “{word}”.",
)


def _entry(row: VolunteerHours) -> HoursEntry:
    return HoursEntry(
        id=row.id,
        volunteer_id=row.volunteer_id,
        worked_on=row.worked_on,
        minutes=row.minutes,
        activity=row.activity,
        offer_id=row.offer_id,
        status=HoursStatus(row.status),
        recorded_by=row.recorded_by,
        recorded_at=row.recorded_at,
        reason=row.reason,
        replaces_id=row.replaces_id,
        withdrawn_at=row.withdrawn_at,
        withdrawn_by=row.withdrawn_by,
    )


class HoursService(FacilityService):
    """One method per thing a coordinator does with hours; each one transaction."""

    def _active(self) -> Select[VolunteerHours]:
        return select(VolunteerHours).where(
            VolunteerHours.facility_id == self._facility_id, *current_hours()
        )

    def _own_volunteers(self) -> tuple[ColumnElement[bool], ...]:
        return (VolunteerRow.facility_id == self._facility_id, VolunteerRow.deleted_at.is_(None))

    def entries(self, volunteer_id: uuid.UUID, first: date, last: date) -> list[HoursEntry]:
        """The volunteer's current entries from ``first`` to ``last``, by day."""
        self._require()
        with self._sessions.begin() as session:
            self._get(session, VolunteerRow, volunteer_id)
            return self._entries(session, volunteer_id, first, last)

    def record(
        self, draft: HoursDraft, recorded_by: str, *, second_entry: bool = False
    ) -> HoursEntry:
        """Enter hours. A second entry for the same day and activity needs ``second_entry``."""
        self._require()
        with self._sessions.begin() as session:
            volunteer = self._get(session, VolunteerRow, draft.volunteer_id)
            activity = clean(draft.activity)
            self._check(session, volunteer, draft.worked_on, draft.minutes, activity, None)
            if not second_entry:
                same = session.scalars(
                    self._active().where(
                        VolunteerHours.volunteer_id == volunteer.id,
                        VolunteerHours.worked_on == draft.worked_on,
                        VolunteerHours.activity == activity,
                    )
                ).first()
                if same is not None:
                    raise DuplicateHours(
                        DUPLICATE,
                        name=_name(volunteer),
                        hours=Hours(same.minutes),
                        activity=activity,
                    )
            row = VolunteerHours(
                facility_id=self._facility_id,
                volunteer_id=volunteer.id,
                worked_on=draft.worked_on,
                minutes=draft.minutes,
                activity=activity,
                offer_id=self._offer(session, draft.offer_id),
                status=HoursStatus.ACTIVE.value,
                recorded_by=clean(recorded_by),
                recorded_at=self._now(),
            )
            session.add(row)
            session.flush()
            return _entry(row)

    def correct(self, entry_id: uuid.UUID, minutes: int, reason: str, by: str) -> HoursEntry:
        """Replace an entry's hours by corrected ones; the old entry stays, marked corrected."""
        self._require()
        reason, by = clean(reason), clean(by)
        with self._sessions.begin() as session:
            old = self._current(session, entry_id)
            volunteer = self._get(session, VolunteerRow, old.volunteer_id)
            self._check_reason(reason, by)
            self._check(session, volunteer, old.worked_on, minutes, old.activity, old.id)
            old.status = HoursStatus.CORRECTED.value
            row = VolunteerHours(
                facility_id=self._facility_id,
                volunteer_id=old.volunteer_id,
                worked_on=old.worked_on,
                minutes=minutes,
                activity=old.activity,
                offer_id=old.offer_id,
                status=HoursStatus.ACTIVE.value,
                recorded_by=by,
                recorded_at=self._now(),
                reason=reason,
                replaces_id=old.id,
            )
            session.add(row)
            session.flush()
            return _entry(row)

    def withdraw(self, entry_id: uuid.UUID, reason: str, by: str) -> HoursEntry:
        """Take an entry back (entered by mistake); it stays in the trail, withdrawn."""
        self._require()
        reason, by = clean(reason), clean(by)
        with self._sessions.begin() as session:
            row = self._current(session, entry_id)
            self._check_reason(reason, by)
            row.status = HoursStatus.WITHDRAWN.value
            row.reason = reason
            row.withdrawn_at = self._now()
            row.withdrawn_by = by
            session.flush()
            return _entry(row)

    def trail(self, volunteer_id: uuid.UUID, day: date, activity: str) -> list[HoursEntry]:
        """Every version of the day's entries for the activity, oldest first."""
        self._require()
        with self._sessions.begin() as session:
            self._get(session, VolunteerRow, volunteer_id)
            rows = session.scalars(
                select(VolunteerHours)
                .where(
                    VolunteerHours.volunteer_id == volunteer_id,
                    VolunteerHours.worked_on == day,
                    VolunteerHours.activity == activity,
                    VolunteerHours.deleted_at.is_(None),
                )
                .order_by(VolunteerHours.recorded_at, VolunteerHours.id)
            )
            return [_entry(row) for row in rows]

    def copy_week(
        self, volunteer_id: uuid.UUID, week_start: date, recorded_by: str
    ) -> list[HoursEntry]:
        """Enter last week's hours again in the week from ``week_start``.

        Only days up to today, only where the day has nothing for that activity yet, and
        only as long as the day stays within 24 hours: copying never overwrites what was
        typed, nor makes a day longer than a day.
        """
        self._require()
        today = self._today()
        source_start = week_start - timedelta(days=7)
        with self._sessions.begin() as session:
            volunteer = self._get(session, VolunteerRow, volunteer_id)
            week = session.scalars(
                self._active().where(
                    VolunteerHours.volunteer_id == volunteer_id,
                    VolunteerHours.worked_on >= source_start,
                    VolunteerHours.worked_on < week_start + timedelta(days=7),
                )
            ).all()
            taken = {(row.worked_on, row.activity) for row in week if row.worked_on >= week_start}
            day_minutes: dict[date, int] = defaultdict(int)
            for row in week:
                if row.worked_on >= week_start:
                    day_minutes[row.worked_on] += row.minutes
            created: list[VolunteerHours] = []
            for row in sorted(week, key=lambda r: (r.worked_on, r.recorded_at)):
                day = row.worked_on + timedelta(days=7)
                if row.worked_on >= week_start or day > today or (day, row.activity) in taken:
                    continue
                if not _within_engagement(volunteer, day):
                    continue
                if day_minutes[day] + row.minutes > DAY_MINUTES:
                    continue
                taken.add((day, row.activity))
                day_minutes[day] += row.minutes
                copy = VolunteerHours(
                    facility_id=self._facility_id,
                    volunteer_id=volunteer_id,
                    worked_on=day,
                    minutes=row.minutes,
                    activity=row.activity,
                    offer_id=row.offer_id,
                    status=HoursStatus.ACTIVE.value,
                    recorded_by=clean(recorded_by),
                    recorded_at=self._now(),
                )
                session.add(copy)
                created.append(copy)
            session.flush()
            return [_entry(row) for row in created]

    # Summaries, exports and documents

    def summary(self, first: date, last: date) -> list[HoursTotal]:
        """Minutes by volunteer and activity from ``first`` to ``last``, by name."""
        self._require()
        totals = (
            select(
                VolunteerHours.volunteer_id,
                VolunteerHours.activity,
                func.sum(VolunteerHours.minutes).label("minutes"),
            )
            .where(*_current_between(first, last))
            .group_by(VolunteerHours.volunteer_id, VolunteerHours.activity)
            .subquery()
        )
        statement = (
            select(
                VolunteerRow.id,
                VolunteerRow.first_name,
                VolunteerRow.last_name,
                totals.c.activity,
                totals.c.minutes,
            )
            .join(totals, totals.c.volunteer_id == VolunteerRow.id)
            .where(*self._own_volunteers())
            .order_by(VolunteerRow.sort_name, VolunteerRow.id, totals.c.activity)
        )
        with self._sessions.begin() as session:
            rows = session.execute(statement).all()
        return [
            HoursTotal(vid, f"{first_name} {last_name}".strip(), activity, int(minutes))
            for vid, first_name, last_name, activity, minutes in rows
        ]

    def export_rows(self, first: date, last: date) -> list[HoursExportRow]:
        """Every current entry in the period, by person and day (for CSV and XLSX)."""
        self._require(Permission.EXPORT)
        statement = (
            select(
                VolunteerRow.first_name,
                VolunteerRow.last_name,
                VolunteerHours.activity,
                Offer.title,
                VolunteerHours.worked_on,
                VolunteerHours.minutes,
            )
            .join(VolunteerRow, VolunteerRow.id == VolunteerHours.volunteer_id)
            .outerjoin(Offer, Offer.id == VolunteerHours.offer_id)
            .where(*_current_between(first, last), *self._own_volunteers())
            .order_by(VolunteerRow.sort_name, VolunteerHours.worked_on, VolunteerHours.activity)
        )
        with self._sessions.begin() as session:
            rows = session.execute(statement).all()
            audit.record(session, AuditAction.EXPORT, "volunteer_hours", detail=f"{first} – {last}")
        return [
            HoursExportRow(f"{first_name} {last_name}".strip(), activity, offer or "", day, minutes)
            for first_name, last_name, activity, offer, day, minutes in rows
        ]

    def time_sheet(
        self, volunteer_id: uuid.UUID, first: date, last: date, letterhead: Letterhead
    ) -> TimeSheetContent:
        """The time sheet's content: the volunteer's current entries of the period, by day."""
        self._require()
        with self._sessions.begin() as session:
            name = _name(self._get(session, VolunteerRow, volunteer_id))
            entries = self._entries(session, volunteer_id, first, last)
            _log_document(session, volunteer_id, "time_sheet")
        return TimeSheetContent(
            letterhead=letterhead,
            person_name=name,
            period_from=first,
            period_to=last,
            rows=tuple(TimeSheetRow(e.worked_on, e.activity, e.minutes) for e in entries),
            issued_on=self._today(),
        )

    def annual_overview(self, year: int, letterhead: Letterhead) -> AnnualOverviewContent:
        self._require()
        month = extract("month", VolunteerHours.worked_on).label("month")
        totals = (
            select(
                VolunteerHours.volunteer_id,
                month,
                func.sum(VolunteerHours.minutes).label("minutes"),
            )
            .where(*_current_between(date(year, 1, 1), date(year, 12, 31)))
            .group_by(VolunteerHours.volunteer_id, month)
            .subquery()
        )
        statement = (
            select(
                VolunteerRow.id,
                VolunteerRow.first_name,
                VolunteerRow.last_name,
                totals.c.month,
                totals.c.minutes,
            )
            .join(totals, totals.c.volunteer_id == VolunteerRow.id)
            .where(*self._own_volunteers())
            .order_by(VolunteerRow.sort_name, VolunteerRow.id)
        )
        by_person: dict[uuid.UUID, tuple[str, list[int]]] = {}
        with self._sessions.begin() as session:
            for vid, first_name, last_name, month_number, minutes in session.execute(statement):
                _name_text, months = by_person.setdefault(
                    vid, (f"{first_name} {last_name}".strip(), [0] * 12)
                )
                months[int(month_number) - 1] += int(minutes)
        return AnnualOverviewContent(
            letterhead=letterhead,
            year=year,
            rows=tuple(OverviewRow(name, tuple(months)) for name, months in by_person.values()),
            issued_on=self._today(),
        )

    def certificate(
        self,
        volunteer_id: uuid.UUID,
        first: date,
        last: date,
        letterhead: Letterhead,
        *,
        function: str = "",
        competences: tuple[str, ...] = (),
        signatory: str = "",
        english: bool = False,
    ) -> CertificateContent:
        """The certificate's content: the hours and activities of the period, as recorded.

        Function and competences are typed at the desk; judging words are refused there,
        since the certificate describes and thanks, and never evaluates.
        """
        self._require()
        checker = Checker()
        for name, typed in (("function", function), *(("competences", c) for c in competences)):
            word = evaluative_word(typed)
            if word is not None:
                checker.add(name, EVALUATES, word=word)
        if last < first:
            checker.add("period", NOT_BEFORE_START)
        checker.raise_if_any()
        with self._sessions.begin() as session:
            name = _name(self._get(session, VolunteerRow, volunteer_id))
            entries = self._entries(session, volunteer_id, first, last)
            trainings = tuple(
                sorted(
                    (t for t in trainings_of(session, volunteer_id) if first <= t.held_on <= last),
                    key=lambda training: training.held_on,
                )
            )
            _log_document(session, volunteer_id, "certificate")
        by_activity: dict[str, int] = defaultdict(int)
        for entry in entries:
            by_activity[entry.activity] += entry.minutes
        return CertificateContent(
            letterhead=letterhead,
            person_name=name,
            period_from=first,
            period_to=last,
            total_minutes=sum(by_activity.values()),
            activities=tuple(ActivityHours(a, m) for a, m in sorted(by_activity.items())),
            function=clean(function),
            competences=tuple(clean(c) for c in competences if c.strip()),
            trainings=trainings,
            issued_on=self._today(),
            signatory=clean(signatory),
            english=english,
        )

    # Helpers

    def _entries(
        self, session: Session, volunteer_id: uuid.UUID, first: date, last: date
    ) -> list[HoursEntry]:
        rows = session.scalars(
            self._active()
            .where(
                VolunteerHours.volunteer_id == volunteer_id,
                VolunteerHours.worked_on >= first,
                VolunteerHours.worked_on <= last,
            )
            .order_by(VolunteerHours.worked_on, VolunteerHours.recorded_at)
        )
        return [_entry(row) for row in rows]

    def _current(self, session: Session, entry_id: uuid.UUID) -> VolunteerHours:
        row = self._get(session, VolunteerHours, entry_id)
        if row.status != HoursStatus.ACTIVE.value:
            raise RuleError(NOT_ACTIVE)
        return row

    def _offer(self, session: Session, offer_id: uuid.UUID | None) -> uuid.UUID | None:
        if offer_id is None:
            return None
        return self._get(session, Offer, offer_id).id

    @staticmethod
    def _check_reason(reason: str, by: str) -> None:
        checker = Checker()
        if not reason:
            checker.add("reason", REASON_NEEDED)
        checker.text("reason", reason, limits.NOTES_MAX, multiline=True)
        checker.text("by", by, limits.NAME_MAX, required=True)
        checker.raise_if_any()

    def _check(
        self,
        session: Session,
        volunteer: VolunteerRow,
        day: date,
        minutes: int,
        activity: str,
        replacing: uuid.UUID | None,
    ) -> None:
        """The bad input of hours: none, not quarter hours, future days, over 24 h a day."""
        checker = Checker()
        problem = minutes_problem(minutes)
        if problem is not None:
            checker.add("minutes", problem.message, **problem.params)
        if day > self._today():
            checker.add("worked_on", IN_FUTURE)
        elif volunteer.started_on is not None and day < volunteer.started_on:
            checker.add("worked_on", BEFORE_START, day=volunteer.started_on)
        elif volunteer.ended_on is not None and day > volunteer.ended_on:
            checker.add("worked_on", AFTER_END, day=volunteer.ended_on)
        if not activity:
            checker.add("activity", REQUIRED)
        else:
            checker.text("activity", activity, limits.TITLE_MAX)
        checker.raise_if_any()
        same_day = [
            VolunteerHours.volunteer_id == volunteer.id,
            VolunteerHours.worked_on == day,
            *current_hours(),
        ]
        if replacing is not None:
            same_day.append(VolunteerHours.id != replacing)
        others = session.scalar(
            select(func.coalesce(func.sum(VolunteerHours.minutes), 0)).where(*same_day)
        )
        if int(others or 0) + minutes > DAY_MINUTES:
            raise ValidationError(
                {"minutes": FieldProblem(DAY_FULL, {"name": _name(volunteer), "day": day})}
            )


def _current_between(first: date, last: date) -> tuple[ColumnElement[bool], ...]:
    """Current hours from ``first`` to ``last``, in the words of their covering index.

    Whose hours they are is left to a join with the facility's volunteers, as a condition
    on a column outside the index would read the whole table.
    """
    return (
        *current_hours(),
        VolunteerHours.worked_on >= first,
        VolunteerHours.worked_on <= last,
    )


def _name(volunteer: VolunteerRow) -> str:
    return f"{volunteer.first_name} {volunteer.last_name}".strip()


def _within_engagement(volunteer: VolunteerRow, day: date) -> bool:
    return (volunteer.started_on is None or day >= volunteer.started_on) and (
        volunteer.ended_on is None or day <= volunteer.ended_on
    )


def _log_document(session: Session, volunteer_id: uuid.UUID, document: str) -> None:
    """A document about one volunteer was made to print or save: the audit trail says so."""
    audit.record(
        session,
        AuditAction.PRINT,
        "volunteer",
        record_id=volunteer_id,
        person_id=volunteer_id,
        detail=document,
    )

"""Where a volunteer stands for the Ehrenamtskarte and the FreiwilligenPass.

Both look at the twelve months up to the day asked about. "Earliest" dates assume the
volunteer goes on at the pace of those months; they say when the hours would be there,
not a promise. The criteria are data (``volunteering_rules``), since programmes change.
"""

from collections.abc import Mapping
from datetime import date, timedelta

from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.quantities import Hours
from desktop_app.core.volunteer_records import RecognitionStanding, VolunteerRecord
from desktop_app.core.volunteering_rules import VolunteeringRules

YEAR_DAYS = 365

HOURS_TO_GO = QT_TRANSLATE_NOOP("reference", "{hours} h to go in the last twelve months")
MONTHS_TO_GO = QT_TRANSLATE_NOOP("reference", "engaged for {months} more month(s)")
ENDED = QT_TRANSLATE_NOOP("reference", "the engagement has ended")
NOT_STARTED = QT_TRANSLATE_NOOP("reference", "the start of the engagement is not recorded")
AGE_UNKNOWN = QT_TRANSLATE_NOOP("reference", "the date or year of birth is not recorded")
TOO_YOUNG = QT_TRANSLATE_NOOP("reference", "from the age of {age}")
MORE_MONTHS = QT_TRANSLATE_NOOP(
    "reference", "hours in {months} more month(s) of the year (regular engagement)"
)


def months_between(start: date, end: date) -> int:
    """Whole months from ``start`` to ``end`` (0 if ``end`` is earlier)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    return max(0, months)


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last_day in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last_day))
        except ValueError:
            continue
    raise ValueError(day)


def _age_on(volunteer: VolunteerRecord, day: date) -> int | None:
    if volunteer.birth_date is not None:
        born = volunteer.birth_date
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))
    if volunteer.birth_year is not None:
        return day.year - volunteer.birth_year - 1  # the youngest they can be
    return None


def _earliest(today: date, minutes_to_go: int, minutes_per_day: float) -> date | None:
    if minutes_to_go <= 0:
        return today
    if minutes_per_day <= 0:
        return None
    return today + timedelta(days=int(minutes_to_go / minutes_per_day) + 1)


def standings(
    volunteer: VolunteerRecord,
    minutes_by_day: Mapping[date, int],
    today: date,
    rules: VolunteeringRules,
) -> tuple[RecognitionStanding, ...]:
    """The Ehrenamtskarte and FreiwilligenPass standings on ``today``.

    ``minutes_by_day`` are the volunteer's active hours by day (any period covering the
    last twelve months).
    """
    window_start = today - timedelta(days=YEAR_DAYS - 1)
    in_window = {day: m for day, m in minutes_by_day.items() if window_start <= day <= today}
    minutes = sum(in_window.values())
    months_active = len({(day.year, day.month) for day, m in in_window.items() if m > 0})
    counted_from = max(window_start, volunteer.started_on or window_start)
    pace = minutes / max(1, (today - counted_from).days + 1)
    return (
        _ehrenamtskarte(volunteer, minutes, pace, today, rules),
        _freiwilligenpass(volunteer, minutes, months_active, pace, today, rules),
    )


def _ehrenamtskarte(
    volunteer: VolunteerRecord, minutes: int, pace: float, today: date, rules: VolunteeringRules
) -> RecognitionStanding:
    rule = rules.ehrenamtskarte
    needed = rule.min_hours * 60
    missing: list[tuple[str, tuple[tuple[str, object], ...]]] = []
    earliest: date | None = _earliest(today, needed - minutes, pace)
    if needed > minutes:
        missing.append((HOURS_TO_GO, (("hours", _hours(needed - minutes)),)))
    if volunteer.ended_on is not None and volunteer.ended_on < today:
        missing.append((ENDED, ()))
        earliest = None
    elif volunteer.started_on is None:
        missing.append((NOT_STARTED, ()))
        earliest = None
    else:
        engaged = months_between(volunteer.started_on, today)
        if engaged < rule.min_engaged_months:
            missing.append((MONTHS_TO_GO, (("months", rule.min_engaged_months - engaged),)))
            one_year = add_months(volunteer.started_on, rule.min_engaged_months)
            earliest = None if earliest is None else max(earliest, one_year)
    return RecognitionStanding(
        key="ehrenamtskarte",
        title=rule.title,
        met=not missing,
        minutes_done=minutes,
        minutes_needed=needed,
        missing=tuple(missing),
        earliest_on=None if not missing else earliest,
    )


def _freiwilligenpass(
    volunteer: VolunteerRecord,
    minutes: int,
    months_active: int,
    pace: float,
    today: date,
    rules: VolunteeringRules,
) -> RecognitionStanding:
    rule = rules.freiwilligenpass
    regular = (rule.school_regular_hours if volunteer.school_pass else rule.regular_hours) * 60
    project = (rule.school_project_hours if volunteer.school_pass else rule.project_hours) * 60
    missing: list[tuple[str, tuple[tuple[str, object], ...]]] = []
    age = _age_on(volunteer, today)
    earliest: date | None = today
    if age is None:
        missing.append((AGE_UNKNOWN, ()))
        earliest = None
    elif age < rule.min_age:
        missing.append((TOO_YOUNG, (("age", rule.min_age),)))
    regular_met = minutes >= regular and months_active >= rule.regular_months
    needed = project if minutes >= project and not regular_met else regular
    if not (regular_met or minutes >= project):
        # The nearer of the two ways: regular engagement (fewer hours, spread over the
        # months) or projects (more hours at any time).
        more_months = rule.regular_months - months_active
        # Months still missing can have hours from the first of the next month on.
        regular_on = _later(
            _earliest(today, regular - minutes, pace),
            add_months(today.replace(day=1), more_months) if more_months > 0 else today,
        )
        project_on = _earliest(today, project - minutes, pace)
        if _nearer(project_on, regular_on, project - minutes, regular - minutes):
            needed, hours_on = project, project_on
            missing.append((HOURS_TO_GO, (("hours", _hours(project - minutes)),)))
        else:
            hours_on = regular_on
            if minutes < regular:
                missing.append((HOURS_TO_GO, (("hours", _hours(regular - minutes)),)))
            if more_months > 0:
                missing.append((MORE_MONTHS, (("months", more_months),)))
        earliest = _later(earliest, hours_on)
    if age is not None and age < rule.min_age and earliest is not None:
        earliest = max(earliest, _birthday(volunteer, rule.min_age))
    return RecognitionStanding(
        key="freiwilligenpass",
        title=rule.title,
        met=not missing,
        minutes_done=minutes,
        minutes_needed=needed,
        missing=tuple(missing),
        earliest_on=None if not missing else earliest,
    )


def _later(first: date | None, second: date | None) -> date | None:
    """The later of two dates; None (not foreseeable) if either is."""
    return None if first is None or second is None else max(first, second)


def _nearer(
    project_on: date | None, regular_on: date | None, project_to_go: int, regular_to_go: int
) -> bool:
    """Whether the project way is nearer: sooner at the current pace, else fewer hours."""
    if project_on is not None and regular_on is not None:
        return project_on < regular_on
    if project_on is not None or regular_on is not None:
        return project_on is not None
    return project_to_go < regular_to_go


def _birthday(volunteer: VolunteerRecord, age: int) -> date:
    """The day the volunteer turns ``age`` (their date or year of birth is known)."""
    if volunteer.birth_date is not None:
        return add_months(volunteer.birth_date, age * 12)
    assert volunteer.birth_year is not None
    return date(volunteer.birth_year + age, 12, 31)  # only the year known: by its end


def _hours(minutes: int) -> Hours:
    """Hours still to go; the screen writes them the way its language does (38,5 / 38.5)."""
    return Hours(max(0, minutes))

"""The figures of a period: what the dashboard shows and the reports print.

Aggregates only: every record here holds counts under a label (an offer's title, a field
of action, an age band, a facility), never a person. How visits and visitors are counted
is part of the figures (``CountingRules``), so that every page can say it.
"""

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.reference import AGE_BAND_CODES

# Person-level counts below this are shown as "< 3": with so few, a reader might tell who.
SMALL_COUNT = 3
SMALL_COUNT_TEXT = "< 3"


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


@dataclass(frozen=True, order=True)
class Period:
    """The days from ``start`` to ``end``, both included."""

    start: date
    end: date
    kind: PeriodKind = field(default=PeriodKind.CUSTOM, compare=False)

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")

    @classmethod
    def month(cls, year: int, month: int) -> "Period":
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), PeriodKind.MONTH)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> "Period":
        first = 3 * (quarter - 1) + 1
        end = cls.month(year, first + 2).end
        return cls(date(year, first, 1), end, PeriodKind.QUARTER)

    @classmethod
    def year(cls, year: int) -> "Period":
        return cls(date(year, 1, 1), date(year, 12, 31), PeriodKind.YEAR)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def year_earlier(self) -> "Period":
        """The same period one year before (29 February becomes the 28th)."""

        def back(day: date) -> date:
            last = calendar.monthrange(day.year - 1, day.month)[1]
            return date(day.year - 1, day.month, min(day.day, last))

        if self.kind is PeriodKind.CUSTOM:
            return Period(back(self.start), back(self.end), self.kind)
        if self.kind is PeriodKind.MONTH:
            return Period.month(self.start.year - 1, self.start.month)
        if self.kind is PeriodKind.QUARTER:
            return Period.quarter(self.start.year - 1, (self.start.month - 1) // 3 + 1)
        return Period.year(self.start.year - 1)

    def months(self) -> list[date]:
        """The first day of every month the period touches."""
        found = []
        day = self.start.replace(day=1)
        while day <= self.end:
            found.append(day)
            day = (day + timedelta(days=32)).replace(day=1)
        return found


class VisitRule(StrEnum):
    """What the headline count of visits holds."""

    CHECK_INS = "check_ins"  # check-ins of registered visitors; head counts shown apart
    WITH_HEAD_COUNTS = "with_head_counts"  # check-ins and head counts together


class NewVisitorRule(StrEnum):
    """When a visitor of the period counts as new."""

    FIRST_VISIT = "first_visit"  # their first visit ever falls in the period
    REGISTERED = "registered"  # they were registered in the period


VISIT_RULE_TEXTS: dict[VisitRule, str] = {
    VisitRule.CHECK_INS: QT_TRANSLATE_NOOP(
        "statistics",
        "Visits: every check-in of a registered visitor to an offer is one visit; "
        "head counts are shown apart.",
    ),
    VisitRule.WITH_HEAD_COUNTS: QT_TRANSLATE_NOOP(
        "statistics",
        "Visits: every check-in of a registered visitor to an offer and every person "
        "in a head count is one visit.",
    ),
}
VISITOR_RULE_TEXT = QT_TRANSLATE_NOOP(
    "statistics",
    "Visitors: every registered person once, however often they came. Head counts are "
    "people without a name and are not visitors.",
)
NEW_VISITOR_RULE_TEXTS: dict[NewVisitorRule, str] = {
    NewVisitorRule.FIRST_VISIT: QT_TRANSLATE_NOOP(
        "statistics", "New: their first visit to this facility falls in the period."
    ),
    NewVisitorRule.REGISTERED: QT_TRANSLATE_NOOP("statistics", "New: registered in the period."),
}


@dataclass(frozen=True)
class CountingRules:
    visits: VisitRule = VisitRule.WITH_HEAD_COUNTS
    new_visitors: NewVisitorRule = NewVisitorRule.FIRST_VISIT


# The Mehrgenerationenhaus programme's monitoring groups, from the age bands.
class AgeGroup(StrEnum):
    CHILDREN_AND_YOUTH = "0-26"
    ADULTS = "27-50"
    MIDDLE = "51-64"
    OLDER = "65+"


AGE_GROUP_OF_BAND: dict[str, AgeGroup] = {
    "0-5": AgeGroup.CHILDREN_AND_YOUTH,
    "6-13": AgeGroup.CHILDREN_AND_YOUTH,
    "14-17": AgeGroup.CHILDREN_AND_YOUTH,
    "18-26": AgeGroup.CHILDREN_AND_YOUTH,
    "27-50": AgeGroup.ADULTS,
    "51-64": AgeGroup.MIDDLE,
    "65-79": AgeGroup.OLDER,
    "80+": AgeGroup.OLDER,
}
assert set(AGE_GROUP_OF_BAND) == set(AGE_BAND_CODES)

AGE_GROUP_LABELS: dict[AgeGroup, str] = {
    AgeGroup.CHILDREN_AND_YOUTH: QT_TRANSLATE_NOOP("statistics", "Children and youth (0–26)"),
    AgeGroup.ADULTS: QT_TRANSLATE_NOOP("statistics", "Adults up to 50"),
    AgeGroup.MIDDLE: QT_TRANSLATE_NOOP("statistics", "51 to 64"),
    AgeGroup.OLDER: QT_TRANSLATE_NOOP("statistics", "65 and older"),
}

# The key of a breakdown row for people whose age band or gender is not known.
NOT_STATED = ""


@dataclass(frozen=True)
class Count:
    """One row of a breakdown: visits, distinct visitors and head-counted people."""

    key: str  # a code (age band, gender, status) or a name (offer, field of action)
    visits: int = 0
    visitors: int = 0
    tallied: int = 0

    @property
    def people(self) -> int:
        """Visits and head counts together: everyone who came."""
        return self.visits + self.tallied


@dataclass(frozen=True)
class MonthCount:
    month: date  # its first day
    visits: int
    visitors: int
    tallied: int
    counselling: int


@dataclass(frozen=True)
class ReferralCount:
    """Referrals of one field of action, target and status."""

    field_of_action: str
    target: str
    status: str
    referrals: int


@dataclass(frozen=True)
class VolunteerFigures:
    volunteers: int  # with hours in the period
    minutes: int
    by_month: tuple[tuple[date, int, int], ...]  # (month, volunteers, minutes)
    by_activity: tuple[tuple[str, int, int], ...]  # (activity, volunteers, minutes)

    @property
    def hours(self) -> float:
        return self.minutes / 60


@dataclass(frozen=True)
class Figures:
    """Everything counted for one period at one facility."""

    facility: str
    period: Period
    rules: CountingRules
    visits: int
    visitors: int
    tallied: int
    new_visitors: int
    counselling_visits: int
    counselling_visitors: int
    by_month: tuple[MonthCount, ...]
    by_offer: tuple[Count, ...]
    by_field: tuple[Count, ...]
    by_age_band: tuple[Count, ...]  # AGE_BAND_CODES order, then NOT_STATED
    by_gender: tuple[Count, ...]  # Gender order, unspecified last
    referrals_issued: tuple[ReferralCount, ...]
    referrals_received: tuple[ReferralCount, ...]
    volunteering: VolunteerFigures

    @property
    def returning_visitors(self) -> int:
        return self.visitors - self.new_visitors

    @property
    def counted_visits(self) -> int:
        """The headline count of visits, as the counting rules say."""
        if self.rules.visits is VisitRule.WITH_HEAD_COUNTS:
            return self.visits + self.tallied
        return self.visits

    @property
    def by_age_group(self) -> tuple[Count, ...]:
        """The age bands rolled up into the Mehrgenerationenhaus groups."""
        return roll_up_age_groups(self.by_age_band)


@dataclass(frozen=True)
class Comparison:
    """A period's figures beside those of the same period a year earlier."""

    current: Figures
    earlier: Figures


def roll_up_age_groups(by_age_band: Iterable[Count]) -> tuple[Count, ...]:
    """Sum age-band rows into the programme's groups; "not stated" stays its own row.

    A visitor is in exactly one age band in a period, so visitors add up as well.
    """
    totals: dict[str, list[int]] = {group.value: [0, 0, 0] for group in AgeGroup}
    totals[NOT_STATED] = [0, 0, 0]
    for row in by_age_band:
        group = AGE_GROUP_OF_BAND.get(row.key)
        key = NOT_STATED if group is None else group.value
        totals[key][0] += row.visits
        totals[key][1] += row.visitors
        totals[key][2] += row.tallied
    return tuple(Count(key, *values) for key, values in totals.items())


def is_small(count: int) -> bool:
    """A person-level count too small to print: shown as ``SMALL_COUNT_TEXT`` (zero is shown)."""
    return 0 < count < SMALL_COUNT


def change_percent(now: int, before: int) -> float | None:
    """The change from a year earlier in per cent; None when there was nothing before."""
    if before == 0:
        return None
    return (now - before) * 100 / before

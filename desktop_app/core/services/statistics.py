"""The facility's figures for a period: visits and visitors, head counts, referrals, volunteers.

Visitors are counted from ``visit_month`` (one row per person, year and offer, kept by
triggers), so a year's figures read a row per person instead of every visit. A period of
whole months within one calendar year reads those rows as they are; any other period
(a custom range of days) gets the same rows made from its own visits on the fly, so both
are counted by the same queries.
"""

import uuid
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    FromClause,
    MetaData,
    String,
    Table,
    and_,
    case,
    distinct,
    func,
    insert,
    literal,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from desktop_app.core.anonymise import age_band_in
from desktop_app.core.errors import FieldProblem, ValidationError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.models import (
    Facility,
    FieldOfAction,
    Offer,
    Partner,
    Referral,
    TallyMark,
    Visit,
    VisitMonth,
    Visitor,
    VolunteerHours,
    current_hours,
)
from desktop_app.core.processing import (
    LegalBasis,
    LegalGround,
    ProcessingActivity,
)
from desktop_app.core.reference import AGE_BAND_CODES, Gender
from desktop_app.core.services.base import FacilityService
from desktop_app.core.statistics_records import (
    NOT_STATED,
    Comparison,
    Count,
    CountingRules,
    Figures,
    MonthCount,
    NewVisitorRule,
    Period,
    PeriodKind,
    ReferralCount,
    VolunteerFigures,
)
from desktop_app.core.visit_months import HOUSE

PERIOD_TOO_LONG = QT_TRANSLATE_NOOP(
    "errors", "A period can be at most twelve months long. Choose a shorter one."
)
MAX_MONTHS = 12


@dataclass(frozen=True)
class _OfferInfo:
    title: str
    field_of_action: str
    counselling: bool


class StatisticsService(FacilityService):
    def figures(self, period: Period, rules: CountingRules | None = None) -> Figures:
        """Everything counted at this facility in ``period``, as ``rules`` count it."""
        self._require()
        rules = rules or CountingRules()
        months = period.months()
        if len(months) > MAX_MONTHS:
            raise ValidationError({"period": FieldProblem(PERIOD_TOO_LONG)})
        with self._sessions.begin() as session:
            return _Counting(session, self._facility_id, period, rules).figures()

    def comparison(self, period: Period, rules: CountingRules | None = None) -> Comparison:
        """The period's figures beside those of the same period a year earlier."""
        return Comparison(self.figures(period, rules), self.figures(period.year_earlier(), rules))


class _Counting:
    """The queries of one period, in one transaction (so the figures agree with each other)."""

    def __init__(
        self, session: Session, facility_id: uuid.UUID, period: Period, rules: CountingRules
    ) -> None:
        self._session = session
        self._facility_id = facility_id
        self._period = period
        self._rules = rules
        self._months = period.months()
        self._offers = self._offer_infos()
        self._source = self._month_rows()
        slots = [self._source.c[f"s{index}"] for index in range(len(self._months))]
        self._slots = slots
        self._in_period = sum(slots[1:], slots[0])

    def figures(self) -> Figures:
        house = self._house()
        offers = self._by_offer()
        tallies = self._tallies()
        counselling = [key for key, info in self._offers.items() if info.counselling]
        counselling_by_month = self._visits_by_month(counselling)
        name = self._session.scalar(select(Facility.name).where(Facility.id == self._facility_id))
        return Figures(
            facility=name or "",
            period=self._period,
            rules=self._rules,
            visits=sum(house.visits.values()),
            visitors=sum(house.visitors.values()),
            tallied=sum(tallies.by_offer.values()),
            new_visitors=house.new,
            counselling_visits=sum(counselling_by_month),
            counselling_visitors=offers.counselling_visitors,
            by_month=tuple(
                MonthCount(
                    month,
                    house.month_visits[index],
                    house.month_visitors[index],
                    tallies.by_month[month],
                    counselling_by_month[index],
                )
                for index, month in enumerate(self._months)
            ),
            by_offer=self._offer_rows(offers, tallies.by_offer),
            by_field=self._field_rows(offers, tallies.by_offer),
            by_age_band=_person_rows((*AGE_BAND_CODES, NOT_STATED), house.by_band, tallies.by_band),
            by_gender=_person_rows(tuple(Gender), house.by_gender, tallies.by_gender),
            referrals_issued=self._referrals(issued=True),
            referrals_received=self._referrals(issued=False),
            volunteering=self._volunteering(),
        )

    # Where the rows come from

    def _month_rows(self) -> FromClause:
        """Rows of ``visit_month``'s shape for the period: offer_key, band, gender,
        visitor_id, the period's months as s0, s1, …, registered_on and first_on (ISO text),
        the last four only on the house rows."""
        period, months = self._period, self._months
        whole_months = (
            period.start == months[0]
            and period.end == _month_end(months[-1])
            and period.start.year == period.end.year
        )
        if whole_months:
            slots = [
                getattr(VisitMonth, f"m{m.month}").label(f"s{i}") for i, m in enumerate(months)
            ]
            return (
                select(
                    VisitMonth.offer_key,
                    VisitMonth.band,
                    VisitMonth.gender,
                    VisitMonth.visitor_id,
                    *slots,
                    type_coerce(VisitMonth.registered_on, String).label("registered_on"),
                    type_coerce(VisitMonth.first_on, String).label("first_on"),
                )
                .where(
                    VisitMonth.facility_id == self._facility_id,
                    VisitMonth.year == period.start.year,
                )
                .subquery("month_rows")
            )
        return self._month_rows_from_visits()

    def _month_rows_from_visits(self) -> FromClause:
        """The same rows counted from the visits of a period of days (slower), made once
        into a temporary table that the figures' queries then read."""
        period = self._period
        live = and_(
            # Wrapped, so that SQLite finds the visits by day: on a desk every visit is the
            # facility's own, and its index would read them all.
            func.coalesce(Visit.facility_id, Visit.facility_id) == self._facility_id,
            Visit.deleted_at.is_(None),
            Visit.visited_on.between(period.start, period.end),
        )
        slots = [
            func.sum(
                case(
                    (Visit.visited_on.between(month, _month_end(month)), 1),
                    else_=0,
                )
            ).label(f"s{index}")
            for index, month in enumerate(self._months)
        ]
        by_offer = (
            select(
                type_coerce(Visit.offer_id, String).label("offer_key"),
                literal("", String).label("band"),
                literal("", String).label("gender"),
                Visit.visitor_id,
                *slots,
                literal(None, String).label("registered_on"),
                literal(None, String).label("first_on"),
            )
            .where(live)
            .group_by(Visit.offer_id, Visit.visitor_id)
        )
        table = Table(
            "statistics_rows",
            MetaData(),
            *(Column(column.name, column.type) for column in by_offer.selected_columns),
            prefixes=["TEMPORARY"],
        )
        connection = self._session.connection()
        table.drop(connection, checkfirst=True)
        table.create(connection)
        connection.execute(insert(table).from_select(list(table.c.keys()), by_offer))
        # Then each person's house row, summed from their offer rows: their band and gender
        # at the period's end, and their first visit as their rows' index knows it.
        offer_rows = table.alias("offer_rows")
        month_sums = [func.sum(offer_rows.c[f"s{index}"]) for index in range(len(slots))]
        people = (
            select(offer_rows.c.visitor_id, *month_sums)
            .group_by(offer_rows.c.visitor_id)
            .subquery("people")
        )
        first_visit = (
            select(func.min(VisitMonth.first_on))
            .where(VisitMonth.visitor_id == people.c.visitor_id, VisitMonth.offer_key == HOUSE)
            .scalar_subquery()
        )
        band = age_band_in(period.end.year, Visitor.birth_year, Visitor.age_band)
        house = select(
            literal(HOUSE, String),
            func.coalesce(band, ""),
            func.coalesce(Visitor.gender, ""),
            people.c.visitor_id,
            *(column for column in list(people.c)[1:]),
            func.substr(Visitor.created_at, 1, 10),
            type_coerce(first_visit, String),
        ).join(Visitor, Visitor.id == people.c.visitor_id, isouter=True)
        connection.execute(insert(table).from_select(list(table.c.keys()), house))
        return table

    # Visits and visitors

    def _house(self) -> "_HouseCounts":
        """Visits and distinct visitors by age band and gender, new ones, and by month.

        A year's house rows are stored in band and gender order: grouping them reads them
        once, without sorting.
        """
        rows, start, end = self._source, self._period.start, self._period.end
        new: ColumnElement[bool]
        if self._rules.new_visitors is NewVisitorRule.REGISTERED:
            new = rows.c.registered_on.between(start.isoformat(), end.isoformat())
        else:
            new = rows.c.first_on >= start.isoformat()
        house = and_(rows.c.offer_key == HOUSE, *self._some_visit())
        slots = self._slots
        # A month's figures are its own month's; longer periods count each month too.
        monthly = [] if len(slots) == 1 else [func.sum(slot) for slot in slots]
        monthly += [] if len(slots) == 1 else [func.sum(case((s > 0, 1), else_=0)) for s in slots]
        query = (
            select(
                rows.c.band,
                rows.c.gender,
                func.count(),
                func.sum(self._in_period),
                func.sum(case((new, 1), else_=0)),
                *monthly,
            )
            .where(house)
            .group_by(rows.c.band, rows.c.gender)
        )
        counts = _HouseCounts(len(slots))
        result = self._session.connection().execute(query)
        for band, gender, visitors, visits, new_visitors, *months in result:
            key = (band or NOT_STATED, gender or Gender.UNSPECIFIED.value)
            counts.visitors[key] += visitors
            counts.visits[key] += visits
            counts.new += new_visitors
            if not months:
                months = [visits, visitors]
            for index in range(len(slots)):
                counts.month_visits[index] += months[index]
                counts.month_visitors[index] += months[len(slots) + index]
        return counts

    def _some_visit(self) -> list[ColumnElement[bool]]:
        """The condition that a row has visits in the period (none needed for a whole year:
        a row without visits is removed)."""
        if len(self._slots) == MAX_MONTHS and self._period.kind is not PeriodKind.CUSTOM:
            return []
        return [self._in_period > 0]

    def _by_offer(self) -> "_OfferCounts":
        """Visits and distinct visitors by offer, by field of action and in counselling.

        Each offer's rows are summed in SQLite, in the order they are stored. People are
        told apart across offers only where a field of action (or counselling) has several.
        """
        rows = self._source
        offer_rows = and_(rows.c.offer_key != HOUSE, *self._some_visit())
        query = (
            select(rows.c.offer_key, func.count(), func.sum(self._in_period))
            .where(offer_rows)
            .group_by(rows.c.offer_key)
        )
        counts = _OfferCounts()
        for key, visitors, visits in self._session.connection().execute(query):
            counts.visitors[key] = visitors
            counts.visits[key] = visits
        by_field: defaultdict[str, list[str]] = defaultdict(list)
        counselling = []
        for key in counts.visitors:
            info = self._offers.get(key)
            by_field[info.field_of_action if info else NOT_STATED].append(key)
            if info is not None and info.counselling:
                counselling.append(key)
        counts.field_visitors = {
            field: self._distinct_visitors(keys, counts, offer_rows)
            for field, keys in by_field.items()
        }
        counts.counselling_visitors = self._distinct_visitors(counselling, counts, offer_rows)
        return counts

    def _distinct_visitors(
        self, keys: Sequence[str], counts: "_OfferCounts", offer_rows: ColumnElement[bool]
    ) -> int:
        """The people with visits to any of the offers ``keys``, each once."""
        if len(keys) <= 1:
            return sum(counts.visitors[key] for key in keys)
        rows = self._source
        query = select(func.count(distinct(rows.c.visitor_id))).where(
            offer_rows, rows.c.offer_key.in_(keys)
        )
        return int(self._session.connection().execute(query).scalar_one())

    def _visits_by_month(self, offer_keys: Sequence[str]) -> list[int]:
        """The visits to the given offers in each month of the period."""
        if not offer_keys:
            return [0] * len(self._slots)
        rows = self._source
        found = self._session.execute(
            select(*(func.coalesce(func.sum(slot), 0) for slot in self._slots)).where(
                rows.c.offer_key.in_(offer_keys)
            )
        ).one()
        return [int(value) for value in found]

    def _offer_infos(self) -> dict[str, _OfferInfo]:
        """Every offer of the facility (including removed ones: their visits still count)."""
        query = (
            select(Offer.id, Offer.title, FieldOfAction.name, Offer.is_counselling)
            .join(FieldOfAction, FieldOfAction.id == Offer.field_of_action_id, isouter=True)
            .where(Offer.facility_id == self._facility_id)
        )
        return {
            offer_id.hex: _OfferInfo(title, field or NOT_STATED, counselling)
            for offer_id, title, field, counselling in self._session.execute(query)
        }

    def _offer_rows(self, offers: "_OfferCounts", tallied: Counter[str]) -> tuple[Count, ...]:
        rows = [
            Count(
                self._offers[key].title if key in self._offers else NOT_STATED,
                visits=offers.visits[key],
                visitors=offers.visitors[key],
                tallied=tallied[key],
            )
            for key in offers.visitors.keys() | tallied.keys()
        ]
        return tuple(sorted(rows, key=lambda row: (-row.people, row.key)))

    def _field_rows(self, offers: "_OfferCounts", tallied: Counter[str]) -> tuple[Count, ...]:
        visits: Counter[str] = Counter()
        marks: Counter[str] = Counter()
        for key in offers.visitors.keys() | tallied.keys():
            info = self._offers.get(key)
            field = info.field_of_action if info else NOT_STATED
            visits[field] += offers.visits[key]
            marks[field] += tallied[key]
        rows = [
            Count(
                field,
                visits=visits[field],
                visitors=offers.field_visitors.get(field, 0),
                tallied=marks[field],
            )
            for field in visits.keys() | marks.keys()
        ]
        return tuple(sorted(rows, key=lambda row: (-row.people, row.key)))

    # Head counts, referrals, volunteers

    def _tallies(self) -> "_TallyCounts":
        month = func.substr(TallyMark.counted_on, 1, 7)
        query = (
            select(
                type_coerce(TallyMark.offer_id, String),
                month,
                TallyMark.age_band,
                TallyMark.gender,
                func.count(),
            )
            .where(
                TallyMark.facility_id == self._facility_id,
                TallyMark.deleted_at.is_(None),
                TallyMark.counted_on.between(self._period.start, self._period.end),
            )
            .group_by(TallyMark.offer_id, month, TallyMark.age_band, TallyMark.gender)
        )
        counts = _TallyCounts()
        for offer_key, in_month, age_band, gender, people in self._session.execute(query):
            counts.by_offer[offer_key] += people
            counts.by_month[date.fromisoformat(f"{in_month}-01")] += people
            counts.by_band[age_band or NOT_STATED] += people
            counts.by_gender[gender or Gender.UNSPECIFIED.value] += people
        return counts

    def _referrals(self, *, issued: bool) -> tuple[ReferralCount, ...]:
        """Referrals issued here (by target), or received here from other facilities (by
        the issuing facility's name in the directory), in the period."""
        in_period = and_(
            Referral.deleted_at.is_(None),
            Referral.issued_on.between(self._period.start, self._period.end),
        )
        if issued:
            other: Any = func.coalesce(func.json_extract(Referral.target, "$.name"), "")
            mine = Referral.facility_id == self._facility_id
        else:
            other = Referral.facility_id
            mine = and_(
                Referral.receiving_facility_id == self._facility_id,
                Referral.facility_id != self._facility_id,
            )
        query = (
            select(Referral.field_of_action, other, Referral.status, func.count())
            .where(mine, in_period)
            .group_by(Referral.field_of_action, other, Referral.status)
        )
        rows: list[tuple[Any, ...]] = [tuple(row) for row in self._session.execute(query)]
        if not issued:
            names = dict(
                self._session.execute(
                    select(Partner.network_facility_id, Partner.name).where(
                        Partner.network_facility_id.is_not(None), Partner.deleted_at.is_(None)
                    )
                ).all()
            )
            rows = [
                (field, names.get(facility, ""), status, n) for field, facility, status, n in rows
            ]
        found = [
            ReferralCount(field or "", target or "", status, int(count))
            for field, target, status, count in rows
        ]
        merged: Counter[tuple[str, str, str]] = Counter()
        for row in found:
            merged[row.field_of_action, row.target, row.status] += row.referrals
        return tuple(ReferralCount(*key, count) for key, count in sorted(merged.items()))

    def _volunteering(self) -> VolunteerFigures:
        hours = VolunteerHours
        in_period = and_(
            hours.facility_id == self._facility_id,
            *current_hours(),
            hours.worked_on.between(self._period.start, self._period.end),
        )
        volunteers, minutes = self._session.execute(
            select(
                func.count(distinct(hours.volunteer_id)), func.coalesce(func.sum(hours.minutes), 0)
            ).where(in_period)
        ).one()
        month = func.substr(hours.worked_on, 1, 7)
        by_month = self._session.execute(
            select(month, func.count(distinct(hours.volunteer_id)), func.sum(hours.minutes))
            .where(in_period)
            .group_by(month)
            .order_by(month)
        ).all()
        by_activity = self._session.execute(
            select(
                hours.activity, func.count(distinct(hours.volunteer_id)), func.sum(hours.minutes)
            )
            .where(in_period)
            .group_by(hours.activity)
            .order_by(func.sum(hours.minutes).desc(), hours.activity)
        ).all()
        return VolunteerFigures(
            volunteers=int(volunteers),
            minutes=int(minutes),
            by_month=tuple(
                (date.fromisoformat(f"{m}-01"), int(people), int(total))
                for m, people, total in by_month
            ),
            by_activity=tuple(
                (activity, int(people), int(total)) for activity, people, total in by_activity
            ),
        )


class _HouseCounts:
    """The house rows summed by (age band, gender), by month, and the new visitors."""

    def __init__(self, months: int) -> None:
        self.visits: Counter[tuple[str, str]] = Counter()
        self.visitors: Counter[tuple[str, str]] = Counter()
        self.month_visits = [0] * months
        self.month_visitors = [0] * months
        self.new = 0

    @property
    def by_band(self) -> tuple[Counter[str], Counter[str]]:
        return _summed(self.visits, 0), _summed(self.visitors, 0)

    @property
    def by_gender(self) -> tuple[Counter[str], Counter[str]]:
        return _summed(self.visits, 1), _summed(self.visitors, 1)


class _OfferCounts:
    """The offer rows summed: by offer key, distinct people by field and in counselling."""

    def __init__(self) -> None:
        self.visits: Counter[str] = Counter()
        self.visitors: Counter[str] = Counter()
        self.field_visitors: dict[str, int] = {}
        self.counselling_visitors = 0


class _TallyCounts:
    def __init__(self) -> None:
        self.by_offer: Counter[str] = Counter()
        self.by_month: Counter[date] = Counter()
        self.by_band: Counter[str] = Counter()
        self.by_gender: Counter[str] = Counter()


def _summed(counts: Counter[tuple[str, str]], position: int) -> Counter[str]:
    summed: Counter[str] = Counter()
    for key, value in counts.items():
        summed[key[position]] += value
    return summed


def _person_rows(
    keys: Sequence[str], house: tuple[Counter[str], Counter[str]], tallied: Counter[str]
) -> tuple[Count, ...]:
    visits, visitors = house
    return tuple(
        Count(key, visits=visits[key], visitors=visitors[key], tallied=tallied[key]) for key in keys
    )


def _month_end(first: date) -> date:
    return (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)


PROCESSING_ACTIVITY = ProcessingActivity(
    key="statistics",
    name="Statistik der Einrichtung (Monats- und Jahresberichte)",
    purposes=(
        "Zahlen für die Planung der Angebote, für Zuwendungsgeber (Programm "
        "Stadtteilzentren, Bundesprogramm Mehrgenerationenhaus) und für den Bezirk: "
        "Besuche und Personen nach Angebot, Handlungsfeld, Altersgruppe und Geschlecht, "
        "Vermittlungen, freiwilliges Engagement.",
    ),
    legal_bases=(
        LegalBasis(
            LegalGround.PUBLIC_TASK,
            "Nachweis der Verwendung öffentlicher Zuwendungen; die Statistik enthält nur "
            "zusammengefasste Zahlen.",
        ),
    ),
    data_subjects=("Registrierte Besucherinnen und Besucher, über ihre Besuche.",),
    data_categories=(
        "Besuche je Person, Angebot und Monat mit Geburtsjahr oder Altersgruppe, "
        "Geschlecht, Tag der Registrierung und des ersten Besuchs: aus den Besuchen "
        "abgeleitet, auf dem Arbeitsplatz, nicht synchronisiert.",
        "Berichte enthalten nur Summen; Zahlen unter 3 in Aufschlüsselungen nach Personen "
        "erscheinen als „< 3“.",
    ),
    recipients=(
        "Keine Weitergabe: die abgeleiteten Zeilen werden nicht synchronisiert; Berichte "
        "gibt die Einrichtung selbst weiter.",
    ),
    retention=(
        "Die Zeilen folgen den Besuchen: wird ein Besuch gelöscht oder anonymisiert, "
        "verschwindet er aus ihnen; Berichte enthalten keine Personen.",
    ),
    measures=(
        "Kein Name und keine Besuchernummer in Berichten und Exporten.",
        "Kleine Zahlen werden in Aufschlüsselungen nach Personen verborgen.",
    ),
    tables=("visit_month",),
)

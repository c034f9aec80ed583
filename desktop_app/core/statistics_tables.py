"""A period's figures as labelled tables: the one source of the PDF report and the workbook.

Both print these tables cell for cell, so they cannot disagree. A cell keeps its kind:
a count, hours, a change in per cent, or a person-level count of 1 or 2 that is hidden
("< 3"), which the workbook writes as text and the PDF prints as such. Which counts are
person-level is decided here and nowhere else: distinct visitors wherever they appear,
and every figure of a breakdown by age, gender or new and returning.
"""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop_app.core.statistics_records import (
    NOT_STATED,
    SMALL_COUNT_TEXT,
    Comparison,
    Count,
    CountingRules,
    Figures,
    NewVisitorRule,
    Period,
    PeriodKind,
    ReferralCount,
    VisitRule,
    change_percent,
    is_small,
)
from desktop_app.core.statistics_texts import TABLE_KEYS, StatisticsTexts


class CellKind(StrEnum):
    TEXT = "text"
    COUNT = "count"
    HOURS = "hours"  # the value is minutes, printed as hours
    PERCENT = "percent"  # a change from a year earlier
    HIDDEN = "hidden"  # a person-level count of 1 or 2, shown as "< 3"
    EMPTY = "empty"  # no value: a change with nothing (or a hidden count) to compare


@dataclass(frozen=True)
class Cell:
    kind: CellKind
    value: str | int | float = ""

    @property
    def shown(self) -> float | None:
        """The number a chart may draw; None for text, hidden and empty cells."""
        if self.kind in (CellKind.COUNT, CellKind.PERCENT):
            return float(self.value)
        if self.kind is CellKind.HOURS:
            return float(self.value) / 60
        return None


EMPTY = Cell(CellKind.EMPTY)


def text(value: str) -> Cell:
    return Cell(CellKind.TEXT, value)


def count(value: int) -> Cell:
    """A count that names no one: visits, head counts, referrals."""
    return Cell(CellKind.COUNT, value)


def people(value: int) -> Cell:
    """A person-level count: hidden when it is 1 or 2."""
    return Cell(CellKind.HIDDEN, SMALL_COUNT_TEXT) if is_small(value) else count(value)


def hours(minutes: int) -> Cell:
    return Cell(CellKind.HOURS, minutes)


def change(now: Cell, before: Cell) -> Cell:
    """The change from ``before`` to ``now`` in per cent; empty when either is hidden (the
    change would give the hidden count away) or there was nothing before."""
    numbers = (CellKind.COUNT, CellKind.HOURS)
    if now.kind not in numbers or before.kind not in numbers:
        return EMPTY
    percent = change_percent(int(now.value), int(before.value))
    return EMPTY if percent is None else Cell(CellKind.PERCENT, percent)


@dataclass(frozen=True)
class Table:
    """One table of a report: a heading, column headers, rows and a row of totals."""

    key: str  # one of TABLE_KEYS
    title: str
    sheet: str  # the workbook's sheet name
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total: tuple[Cell, ...] | None = None
    label_columns: int = 1  # the first columns hold labels, the others figures


@dataclass(frozen=True)
class KeyFigure:
    """A headline figure beside the same figure a year earlier."""

    key: str
    label: str
    current: Cell
    earlier: Cell
    change: Cell


def report_title(period: Period, texts: StatisticsTexts) -> str:
    """ "Monatsbericht November 2025", "Jahresbericht 2025", or one for a quarter or days."""
    year = period.start.year
    if period.kind is PeriodKind.MONTH:
        return texts.title_month.format(month=texts.months[period.start.month - 1], year=year)
    if period.kind is PeriodKind.QUARTER:
        return texts.title_quarter.format(quarter=(period.start.month - 1) // 3 + 1, year=year)
    if period.kind is PeriodKind.YEAR:
        return texts.title_year.format(year=year)
    return texts.title_custom.format(
        start=texts.format_date(period.start), end=texts.format_date(period.end)
    )


def period_text(period: Period, texts: StatisticsTexts) -> str:
    return texts.period_range.format(
        start=texts.format_date(period.start), end=texts.format_date(period.end)
    )


def counting_rule_texts(rules: CountingRules, texts: StatisticsTexts) -> tuple[str, ...]:
    """How visits, visitors and new visitors are counted, and how small counts are shown."""
    visits = {
        VisitRule.CHECK_INS: texts.rule_visits_check_ins,
        VisitRule.WITH_HEAD_COUNTS: texts.rule_visits_with_head_counts,
    }[rules.visits]
    new = {
        NewVisitorRule.FIRST_VISIT: texts.rule_new_first_visit,
        NewVisitorRule.REGISTERED: texts.rule_new_registered,
    }[rules.new_visitors]
    return (visits, texts.rule_visitors, new, texts.small_count_rule)


def counted(row: Count, rules: CountingRules) -> int:
    """A breakdown row's visits as the counting rules count them."""
    return row.people if rules.visits is VisitRule.WITH_HEAD_COUNTS else row.visits


def statistics_tables(comparison: Comparison, texts: StatisticsTexts) -> tuple[Table, ...]:
    """Every table of the report, in the order of ``TABLE_KEYS``."""
    now, before = comparison.current, comparison.earlier
    builders: dict[str, Callable[[], Table]] = {
        "overview": lambda: _overview(now, before, texts),
        "by_month": lambda: _by_month(now, before, texts),
        "by_offer": lambda: _by_name(
            "by_offer", texts.col_offer, now.by_offer, before.by_offer, now, before, texts
        ),
        "by_field": lambda: _by_name(
            "by_field", texts.col_field, now.by_field, before.by_field, now, before, texts
        ),
        "by_age_band": lambda: _by_person_trait(
            "by_age_band",
            texts.col_age_band,
            now.by_age_band,
            before.by_age_band,
            lambda key: _age_band_label(key, texts),
            now,
            before,
            texts,
        ),
        "by_age_group": lambda: _by_person_trait(
            "by_age_group",
            texts.col_age_group,
            now.by_age_group,
            before.by_age_group,
            lambda key: texts.age_groups.get(key) or texts.not_recorded,
            now,
            before,
            texts,
        ),
        "by_gender": lambda: _by_person_trait(
            "by_gender",
            texts.col_gender,
            now.by_gender,
            before.by_gender,
            lambda key: texts.genders.get(key) or key or texts.not_recorded,
            now,
            before,
            texts,
        ),
        "new_returning": lambda: _new_returning(now, before, texts),
        "tallied": lambda: _tallied(now, before, texts),
        "counselling": lambda: _counselling(now, before, texts),
        "referrals_issued": lambda: _referrals(
            "referrals_issued", texts.col_target, now.referrals_issued, texts
        ),
        "referrals_received": lambda: _referrals(
            "referrals_received", texts.col_source, now.referrals_received, texts
        ),
        "volunteering_by_month": lambda: _volunteering_by_month(now, texts),
        "volunteering_by_activity": lambda: _volunteering_by_activity(now, texts),
    }
    return tuple(builders[key]() for key in TABLE_KEYS)


def key_figures(comparison: Comparison, texts: StatisticsTexts) -> tuple[KeyFigure, ...]:
    """The figures a report shows first, each with its value a year earlier."""
    rows = _overview_rows(comparison.current, comparison.earlier, texts)
    labels = {
        "visits": texts.key_visits,
        "visitors": texts.key_visitors,
        "new": texts.key_new,
        "tallied": texts.key_tallied,
        "counselling_visits": texts.key_counselling,
        "referrals_issued": texts.key_referrals,
        "volunteers": texts.key_volunteers,
        "volunteer_hours": texts.key_hours,
    }
    return tuple(KeyFigure(key, labels[key], *cells) for key, _, *cells in rows if key in labels)


def _table(
    key: str,
    texts: StatisticsTexts,
    headers: Sequence[str],
    rows: Iterable[tuple[Cell, ...]],
    total: tuple[Cell, ...] | None = None,
    label_columns: int = 1,
) -> Table:
    return Table(
        key,
        texts.titles[key],
        texts.sheets[key],
        tuple(headers),
        tuple(rows),
        total,
        label_columns,
    )


def _compared(label: str, now: Cell, before: Cell) -> tuple[Cell, ...]:
    return (text(label), now, before, change(now, before))


_OverviewRow = tuple[str, str, Cell, Cell, Cell]


def _overview_rows(now: Figures, before: Figures, texts: StatisticsTexts) -> list[_OverviewRow]:
    measures: list[tuple[str, str, Callable[[Figures], Cell]]] = [
        ("visits", texts.row_visits, lambda f: count(f.counted_visits)),
        ("check_ins", texts.row_check_ins, lambda f: count(f.visits)),
        ("tallied", texts.row_tallied, lambda f: count(f.tallied)),
        ("visitors", texts.row_visitors, lambda f: people(f.visitors)),
        ("new", texts.row_new, lambda f: people(f.new_visitors)),
        ("returning", texts.row_returning, lambda f: people(f.returning_visitors)),
        ("counselling_visits", texts.row_counselling_visits, lambda f: count(f.counselling_visits)),
        (
            "counselling_visitors",
            texts.row_counselling_visitors,
            lambda f: people(f.counselling_visitors),
        ),
        ("referrals_issued", texts.row_referrals_issued, lambda f: count(_sum(f.referrals_issued))),
        (
            "referrals_received",
            texts.row_referrals_received,
            lambda f: count(_sum(f.referrals_received)),
        ),
        ("volunteers", texts.row_volunteers, lambda f: people(f.volunteering.volunteers)),
        ("volunteer_hours", texts.row_volunteer_hours, lambda f: hours(f.volunteering.minutes)),
    ]
    rows = []
    for key, label, cell in measures:
        current, earlier = cell(now), cell(before)
        rows.append((key, label, current, earlier, change(current, earlier)))
    return rows


def _overview(now: Figures, before: Figures, texts: StatisticsTexts) -> Table:
    headers = (texts.col_figure, texts.col_current, texts.col_earlier, texts.col_change)
    rows = [(text(label), *cells) for _, label, *cells in _overview_rows(now, before, texts)]
    return _table("overview", texts, headers, rows)


def _month_label(month: date, period: Period, texts: StatisticsTexts) -> str:
    name = texts.months[month.month - 1]
    return name if period.start.year == period.end.year else f"{name} {month.year}"


def _year_before(day: date) -> date:
    # Months are keyed by their first day, which every year has.
    return day.replace(year=day.year - 1)


def _by_month(now: Figures, before: Figures, texts: StatisticsTexts) -> Table:
    headers = (
        texts.col_month,
        texts.col_visits,
        texts.col_check_ins,
        texts.col_tallied,
        texts.col_visitors,
        texts.col_counselling,
        texts.col_visits_earlier,
    )
    current = {row.month: row for row in now.by_month}
    earlier = {row.month: row for row in before.by_month}
    with_tallies = now.rules.visits is VisitRule.WITH_HEAD_COUNTS
    rows = []
    for month in now.period.months():
        row = current.get(month)
        old = earlier.get(_year_before(month))
        visits = row.visits if row else 0
        tallied = row.tallied if row else 0
        old_visits = (old.visits + (old.tallied if with_tallies else 0)) if old else 0
        rows.append(
            (
                text(_month_label(month, now.period, texts)),
                count(visits + tallied if with_tallies else visits),
                count(visits),
                count(tallied),
                people(row.visitors if row else 0),
                count(row.counselling if row else 0),
                count(old_visits),
            )
        )
    total = (
        text(texts.total),
        count(now.counted_visits),
        count(now.visits),
        count(now.tallied),
        people(now.visitors),
        count(now.counselling_visits),
        count(before.counted_visits),
    )
    return _table("by_month", texts, headers, rows, total)


def _joined(current: Sequence[Count], earlier: Sequence[Count]) -> list[tuple[str, Count, Count]]:
    """The rows of this period in their order, then those only a year earlier had; each with
    its counterpart (zero where there is none)."""
    now = {row.key: row for row in current}
    before = {row.key: row for row in earlier}
    keys = [row.key for row in current] + [row.key for row in earlier if row.key not in now]
    return [(key, now.get(key, Count(key)), before.get(key, Count(key))) for key in keys]


def _by_name(
    key: str,
    label_header: str,
    current: Sequence[Count],
    earlier: Sequence[Count],
    now: Figures,
    before: Figures,
    texts: StatisticsTexts,
) -> Table:
    """By offer or field of action: visits are no person's; only the visitors are hidden
    when few."""
    headers = (
        label_header,
        texts.col_visits,
        texts.col_check_ins,
        texts.col_tallied,
        texts.col_visitors,
        texts.col_visits_earlier,
    )
    rows = [
        (
            text(name or texts.without_field),
            count(counted(row, now.rules)),
            count(row.visits),
            count(row.tallied),
            people(row.visitors),
            count(counted(old, before.rules)),
        )
        for name, row, old in _joined(current, earlier)
    ]
    total = (
        text(texts.total),
        count(now.counted_visits),
        count(now.visits),
        count(now.tallied),
        people(now.visitors),
        count(before.counted_visits),
    )
    return _table(key, texts, headers, rows, total)


def _by_person_trait(
    key: str,
    label_header: str,
    current: Sequence[Count],
    earlier: Sequence[Count],
    label: Callable[[str], str],
    now: Figures,
    before: Figures,
    texts: StatisticsTexts,
) -> Table:
    """By age or gender: every figure of a row describes its few people, so each is hidden
    when it is 1 or 2."""
    headers = (
        label_header,
        texts.col_visits,
        texts.col_check_ins,
        texts.col_tallied,
        texts.col_visitors,
        texts.col_visitors_earlier,
    )
    rows = [
        (
            text(label(name)),
            people(counted(row, now.rules)),
            people(row.visits),
            people(row.tallied),
            people(row.visitors),
            people(old.visitors),
        )
        for name, row, old in _joined(current, earlier)
        if row.people or row.visitors or old.visitors
    ]
    total = (
        text(texts.total),
        people(now.counted_visits),
        people(now.visits),
        people(now.tallied),
        people(now.visitors),
        people(before.visitors),
    )
    return _table(key, texts, headers, rows, total)


def _age_band_label(code: str, texts: StatisticsTexts) -> str:
    if code == NOT_STATED:
        return texts.not_recorded
    if code.endswith("+"):
        return texts.age_band_open.format(low=code[:-1])
    low, _, high = code.partition("-")
    return texts.age_band.format(low=low, high=high) if high else code


def _new_returning(now: Figures, before: Figures, texts: StatisticsTexts) -> Table:
    headers = (texts.col_visitor_kind, texts.col_current, texts.col_earlier, texts.col_change)
    rows = [
        _compared(texts.new, people(now.new_visitors), people(before.new_visitors)),
        _compared(
            texts.returning, people(now.returning_visitors), people(before.returning_visitors)
        ),
    ]
    total = _compared(texts.total, people(now.visitors), people(before.visitors))
    return _table("new_returning", texts, headers, rows, total)


def _tallied(now: Figures, before: Figures, texts: StatisticsTexts) -> Table:
    headers = (texts.col_offer, texts.col_tallied, texts.col_tallied_earlier, texts.col_change)
    rows = [
        _compared(name or texts.without_field, count(row.tallied), count(old.tallied))
        for name, row, old in _joined(now.by_offer, before.by_offer)
        if row.tallied or old.tallied
    ]
    total = _compared(texts.total, count(now.tallied), count(before.tallied))
    return _table("tallied", texts, headers, rows, total)


def _counselling(now: Figures, before: Figures, texts: StatisticsTexts) -> Table:
    headers = (texts.col_figure, texts.col_current, texts.col_earlier, texts.col_change)
    rows = [
        _compared(
            texts.row_counselling_visits,
            count(now.counselling_visits),
            count(before.counselling_visits),
        ),
        _compared(
            texts.row_counselling_visitors,
            people(now.counselling_visitors),
            people(before.counselling_visitors),
        ),
    ]
    return _table("counselling", texts, headers, rows)


def _referrals(
    key: str, other_header: str, referrals: Sequence[ReferralCount], texts: StatisticsTexts
) -> Table:
    """Issued referrals by their target, received ones by the facility that referred."""
    headers = (texts.col_field, other_header, texts.col_status, texts.col_referrals)
    rows = [
        (
            text(row.field_of_action or texts.without_field),
            text(row.target or texts.without_target),
            text(texts.statuses.get(row.status, row.status)),
            count(row.referrals),
        )
        for row in referrals
    ]
    total = (text(texts.total), text(""), text(""), count(_sum(referrals)))
    return _table(key, texts, headers, rows, total, label_columns=3)


def _volunteering_by_month(now: Figures, texts: StatisticsTexts) -> Table:
    headers = (texts.col_month, texts.col_volunteers, texts.col_hours)
    by_month = {
        month: (volunteers, minutes) for month, volunteers, minutes in now.volunteering.by_month
    }
    rows = []
    for month in now.period.months():
        volunteers, minutes = by_month.get(month, (0, 0))
        rows.append(
            (text(_month_label(month, now.period, texts)), people(volunteers), hours(minutes))
        )
    volunteering = now.volunteering
    total = (text(texts.total), people(volunteering.volunteers), hours(volunteering.minutes))
    return _table("volunteering_by_month", texts, headers, rows, total)


def _volunteering_by_activity(now: Figures, texts: StatisticsTexts) -> Table:
    headers = (texts.col_activity, texts.col_volunteers, texts.col_hours)
    rows = [
        (text(activity), people(volunteers), hours(minutes))
        for activity, volunteers, minutes in now.volunteering.by_activity
    ]
    volunteering = now.volunteering
    total = (text(texts.total), people(volunteering.volunteers), hours(volunteering.minutes))
    return _table("volunteering_by_activity", texts, headers, rows, total)


def _sum(referrals: Iterable[ReferralCount]) -> int:
    return sum(row.referrals for row in referrals)

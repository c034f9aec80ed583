"""Figures of an invented facility, counted by hand, for the report and export tests.

Some counts are small on purpose: two visitors aged 80 and older, one of diverse gender,
one counselled person a year earlier, two volunteers in a month. An offer's title looks
like a formula, as a title typed at the desk may.
"""

from datetime import date

from desktop_app.core.statistics_records import (
    NOT_STATED,
    Comparison,
    Count,
    CountingRules,
    Figures,
    MonthCount,
    Period,
    ReferralCount,
    VolunteerFigures,
)

FACILITY = "Nachbarschaftshaus Am Park"
DEFAULT_RULES = CountingRules()
FORMULA_OFFER = "=SUMME(A1:A9)"

# (title, check-ins, visitors, head counts) of this year's offers.
OFFERS = (
    ("Sprachcafé Deutsch", 2_410, 96, 0),
    ("Kiezfrühstück", 1_530, 210, 1_204),
    ("Bewerbungswerkstatt am Computer", 780, 64, 0),
    ("Offener Treff für Seniorinnen und Senioren mit Kaffee und Kuchen", 655, 41, 88),
    ("Hausaufgabenhilfe", 402, 23, 0),
    (FORMULA_OFFER, 12, 2, 5),
)
VISITS = sum(row[1] for row in OFFERS)  # 5,789 check-ins
TALLIED = sum(row[3] for row in OFFERS)  # 1,297 people counted anonymously
VISITORS = 368
NEW_VISITORS = 121
COUNSELLING_VISITS = 143
COUNSELLING_VISITORS = 57


def _counts(rows: tuple[tuple[str, int, int, int], ...]) -> tuple[Count, ...]:
    return tuple(Count(key, visits, visitors, tallied) for key, visits, visitors, tallied in rows)


def _by_month(
    year: int, visits: int, tallied: int, visitors: int, scale: float
) -> tuple[MonthCount, ...]:
    """The year's visits spread over the months, fewer in the summer holidays."""
    weights = (9, 9, 10, 9, 9, 8, 5, 4, 9, 10, 10, 8)
    months = []
    given = [0, 0]
    for index, weight in enumerate(weights):
        last = index == len(weights) - 1
        month_visits = visits - given[0] if last else visits * weight // sum(weights)
        month_tallied = tallied - given[1] if last else tallied * weight // sum(weights)
        given[0] += month_visits
        given[1] += month_tallied
        months.append(
            MonthCount(
                date(year, index + 1, 1),
                month_visits,
                int(visitors * weight / 12 * scale),
                month_tallied,
                int(12 * weight / 9),
            )
        )
    return tuple(months)


def annual_figures(year: int = 2025, rules: CountingRules = DEFAULT_RULES) -> Figures:
    return Figures(
        facility=FACILITY,
        period=Period.year(year),
        rules=rules,
        visits=VISITS,
        visitors=VISITORS,
        tallied=TALLIED,
        new_visitors=NEW_VISITORS,
        counselling_visits=COUNSELLING_VISITS,
        counselling_visitors=COUNSELLING_VISITORS,
        by_month=_by_month(year, VISITS, TALLIED, VISITORS, 0.9),
        by_offer=_counts(OFFERS),
        by_field=_counts(
            (
                ("Bildung und Sprache", 2_812, 115, 0),
                ("Nachbarschaft und Begegnung", 2_185, 240, 1_292),
                ("Arbeit und Beschäftigung", 780, 64, 0),
                ("", 12, 2, 5),
            )
        ),
        by_age_band=_counts(
            (
                ("0-5", 0, 0, 0),
                ("6-13", 402, 23, 0),
                ("14-17", 120, 9, 0),
                ("18-26", 611, 37, 0),
                ("27-50", 2_950, 181, 0),
                ("51-64", 1_035, 72, 0),
                ("65-79", 640, 39, 0),
                ("80+", 2, 2, 0),
                (NOT_STATED, 29, 5, 1_297),
            )
        ),
        by_gender=_counts(
            (
                ("female", 3_420, 214, 0),
                ("male", 2_290, 141, 0),
                ("diverse", 1, 1, 0),
                ("unspecified", 78, 12, 0),
                (NOT_STATED, 0, 0, 1_297),
            )
        ),
        referrals_issued=(
            ReferralCount("Arbeit und Beschäftigung", "Jobcenter Berlin Mitte", "arrived", 14),
            ReferralCount("Arbeit und Beschäftigung", "Jobcenter Berlin Mitte", "not_taken_up", 3),
            ReferralCount("Bildung und Sprache", "Volkshochschule Mitte", "completed", 9),
            ReferralCount("Gesundheit", "Stadtteilzentrum Beispielkiez", "handed_out", 2),
        ),
        referrals_received=(
            ReferralCount("Bildung und Sprache", "Familienzentrum Beispielstraße", "arrived", 6),
            ReferralCount("", "", "created", 1),
        ),
        volunteering=VolunteerFigures(
            volunteers=17,
            minutes=1_234 * 60 + 45,
            by_month=tuple(
                (date(year, month, 1), 2 if month == 8 else 11, (95 + 3 * month) * 60 + 15)
                for month in range(1, 13)
            ),
            by_activity=(
                ("Vorlesen in der Kinderbibliothek", 6, 410 * 60),
                ("Sprachcafé begleiten", 8, 520 * 60 + 30),
                ("Kiezfest", 2, 304 * 60 + 15),
            ),
        ),
    )


def earlier_figures(year: int = 2024, rules: CountingRules = DEFAULT_RULES) -> Figures:
    """The year before: fewer visits, one person counselled, no referrals received."""
    visits, tallied, visitors = 5_102, 1_100, 342
    return Figures(
        facility=FACILITY,
        period=Period.year(year),
        rules=rules,
        visits=visits,
        visitors=visitors,
        tallied=tallied,
        new_visitors=98,
        counselling_visits=3,
        counselling_visitors=1,
        by_month=_by_month(year, visits, tallied, visitors, 0.85),
        by_offer=_counts(
            (
                ("Sprachcafé Deutsch", 2_200, 90, 0),
                ("Kiezfrühstück", 1_480, 199, 1_100),
                ("Bewerbungswerkstatt am Computer", 702, 60, 0),
                ("Hausaufgabenhilfe", 420, 25, 0),
                ("Nähcafé", 300, 19, 0),
            )
        ),
        by_field=_counts(
            (
                ("Bildung und Sprache", 2_620, 115, 0),
                ("Nachbarschaft und Begegnung", 1_780, 218, 1_100),
                ("Arbeit und Beschäftigung", 702, 60, 0),
            )
        ),
        by_age_band=_counts(
            (
                ("6-13", 420, 25, 0),
                ("18-26", 560, 33, 0),
                ("27-50", 2_700, 170, 0),
                ("51-64", 900, 68, 0),
                ("65-79", 520, 44, 0),
                ("80+", 0, 0, 0),
                (NOT_STATED, 2, 2, 1_100),
            )
        ),
        by_gender=_counts(
            (
                ("female", 3_000, 200, 0),
                ("male", 2_050, 130, 0),
                ("unspecified", 52, 12, 0),
                (NOT_STATED, 0, 0, 1_100),
            )
        ),
        referrals_issued=(
            ReferralCount("Arbeit und Beschäftigung", "Jobcenter Berlin Mitte", "arrived", 11),
        ),
        referrals_received=(),
        volunteering=VolunteerFigures(
            volunteers=15,
            minutes=1_102 * 60,
            by_month=(),
            by_activity=(),
        ),
    )


def annual_comparison(rules: CountingRules = DEFAULT_RULES) -> Comparison:
    return Comparison(annual_figures(2025, rules), earlier_figures(2024, rules))


def _month_of(figures: Figures, month: int) -> Figures:
    """One month cut out of a year's figures: its own totals, the breakdowns scaled down."""
    row = figures.by_month[month - 1]

    def scaled(counts: tuple[Count, ...]) -> tuple[Count, ...]:
        share = row.visits / max(figures.visits, 1)
        return tuple(
            Count(
                c.key, round(c.visits * share), round(c.visitors * share), round(c.tallied * share)
            )
            for c in counts
        )

    volunteering = figures.volunteering
    volunteer_month = [entry for entry in volunteering.by_month if entry[0].month == month]
    return Figures(
        facility=figures.facility,
        period=Period.month(figures.period.start.year, month),
        rules=figures.rules,
        visits=row.visits,
        visitors=row.visitors,
        tallied=row.tallied,
        new_visitors=max(row.visitors // 12, 1),
        counselling_visits=row.counselling,
        counselling_visitors=max(row.counselling // 3, 1),
        by_month=(row,),
        by_offer=scaled(figures.by_offer),
        by_field=scaled(figures.by_field),
        by_age_band=scaled(figures.by_age_band),
        by_gender=scaled(figures.by_gender),
        referrals_issued=figures.referrals_issued[:2],
        referrals_received=figures.referrals_received[:1],
        volunteering=VolunteerFigures(
            volunteers=volunteer_month[0][1] if volunteer_month else 0,
            minutes=volunteer_month[0][2] if volunteer_month else 0,
            by_month=tuple(volunteer_month),
            by_activity=(),
        ),
    )


def monthly_comparison(month: int = 11, rules: CountingRules = DEFAULT_RULES) -> Comparison:
    return Comparison(
        _month_of(annual_figures(2025, rules), month),
        _month_of(earlier_figures(2024, rules), month),
    )

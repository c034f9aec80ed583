"""The texts of the statistics reports in German and English, read once from resources.

The PDF report and the XLSX workbook print the same tables under the same headings, so
their texts live in one file (resources/documents/statistics_texts.toml) and are read
here, in core, where the workbook is written; the PDF takes them from here too.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path
from types import MappingProxyType

from desktop_app.core.paths import resources_dir
from desktop_app.core.reference import Gender
from desktop_app.core.referral_records import ReferralStatus
from desktop_app.core.statistics_records import AgeGroup
from desktop_app.core.text_tables import SpecialValue, TextsProblem, read_text_tables

STATISTICS_LANGUAGES: tuple[str, ...] = ("de", "en")
# The tables every report holds, in the order they are printed; their sheets' and titles'
# texts are keyed by these.
TABLE_KEYS: tuple[str, ...] = (
    "overview",
    "by_month",
    "by_offer",
    "by_field",
    "by_age_band",
    "by_age_group",
    "by_gender",
    "new_returning",
    "tallied",
    "counselling",
    "referrals_issued",
    "referrals_received",
    "volunteering_by_month",
    "volunteering_by_activity",
)
# Excel's limits on a sheet's name.
SHEET_NAME_MAX = 31
SHEET_NAME_FORBIDDEN = frozenset("[]:*?/\\")
MINUS = "−"


@dataclass(frozen=True)
class StatisticsTexts:
    """Everything a statistics report says in one language."""

    language: str
    contact: str
    page_of: str
    date_format: str
    decimal_separator: str
    thousands_separator: str
    percent_format: str
    months: tuple[str, ...]
    months_short: tuple[str, ...]
    title_month: str
    title_quarter: str
    title_year: str
    title_custom: str
    subject: str
    period_range: str
    facility: str
    period: str
    earlier_period: str
    issued_on_label: str
    key_figures: str
    key_figure_earlier: str
    counting_rules: str
    small_count_rule: str
    rule_visits_check_ins: str
    rule_visits_with_head_counts: str
    rule_visitors: str
    rule_new_first_visit: str
    rule_new_registered: str
    charts: str
    chart_by_month: str
    chart_by_offer: str
    chart_by_field: str
    chart_by_age_group: str
    chart_more: str
    legend_earlier: str
    legend_earlier_total: str
    tables: str
    no_rows: str
    col_figure: str
    col_current: str
    col_earlier: str
    col_change: str
    col_month: str
    col_offer: str
    col_field: str
    col_age_band: str
    col_age_group: str
    col_gender: str
    col_visitor_kind: str
    col_visits: str
    col_check_ins: str
    col_tallied: str
    col_visitors: str
    col_counselling: str
    col_visits_earlier: str
    col_visitors_earlier: str
    col_tallied_earlier: str
    col_target: str
    col_source: str
    col_status: str
    col_referrals: str
    col_activity: str
    col_volunteers: str
    col_hours: str
    row_visits: str
    row_check_ins: str
    row_tallied: str
    row_visitors: str
    row_new: str
    row_returning: str
    row_counselling_visits: str
    row_counselling_visitors: str
    row_referrals_issued: str
    row_referrals_received: str
    row_volunteers: str
    row_volunteer_hours: str
    new: str
    returning: str
    total: str
    without_field: str
    without_target: str
    not_recorded: str
    age_band: str
    age_band_open: str
    key_visits: str
    key_visitors: str
    key_new: str
    key_tallied: str
    key_counselling: str
    key_referrals: str
    key_volunteers: str
    key_hours: str
    sheets: Mapping[str, str] = field(hash=False)
    titles: Mapping[str, str] = field(hash=False)
    age_groups: Mapping[str, str] = field(hash=False)
    genders: Mapping[str, str] = field(hash=False)
    statuses: Mapping[str, str] = field(hash=False)

    def format_date(self, day: date) -> str:
        return self.date_format.format(
            day=day.day,
            dd=f"{day.day:02d}",
            month=self.months[day.month - 1],
            mm=f"{day.month:02d}",
            yyyy=f"{day.year:04d}",
        )

    def number(self, value: int | float | Decimal, decimals: int = 0) -> str:
        """``value`` with this language's separators: 12345.5 → "12.345,50" (2 decimals)."""
        exact = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
        rounded = exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        text = f"{abs(rounded):,.{decimals}f}"
        text = "".join(
            self.thousands_separator
            if char == ","
            else self.decimal_separator
            if char == "."
            else char
            for char in text
        )
        return f"{MINUS}{text}" if rounded < 0 else text

    def hours(self, minutes: int) -> str:
        """Minutes as hours with two decimals: 735 → "12,25"."""
        return self.number(Decimal(minutes) / 60, 2)

    def percent(self, change: float) -> str:
        """A change in per cent with its sign and one decimal: "+12,5 %", "−3,0 %"."""
        rounded = Decimal(str(change)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        sign = "+" if rounded > 0 else MINUS if rounded < 0 else ""
        return self.percent_format.format(sign=sign, number=self.number(abs(rounded), 1))

    def page_label(self, page: int, pages: int) -> str:
        return self.page_of.format(page=page, pages=pages)


TEXT_KEYS: tuple[str, ...] = tuple(f.name for f in fields(StatisticsTexts) if f.name != "language")
_LIST_LENGTHS = {"months": 12, "months_short": 12}
_MAPPING_KEYS: dict[str, tuple[str, ...]] = {
    "sheets": TABLE_KEYS,
    "titles": TABLE_KEYS,
    "age_groups": tuple(group.value for group in AgeGroup),
    "genders": tuple(gender.value for gender in Gender),
    "statuses": tuple(status.value for status in ReferralStatus),
}


def statistics_texts_file() -> Path:
    return resources_dir() / "documents" / "statistics_texts.toml"


def statistics_texts(language: str) -> StatisticsTexts:
    """The texts in ``language`` ("de" or "en")."""
    texts = _all_statistics_texts()
    if language not in texts:
        raise ValueError(f"No texts for statistics reports in the language {language!r}.")
    return texts[language]


@cache
def _all_statistics_texts() -> Mapping[str, StatisticsTexts]:
    return read_statistics_texts(statistics_texts_file())


def read_statistics_texts(path: Path) -> Mapping[str, StatisticsTexts]:
    """Every language's texts from ``path``; ``TextsProblem`` if any is incomplete or a
    sheet's name is one Excel refuses."""
    special = {key: _mapping_reader(key, names) for key, names in _MAPPING_KEYS.items()}
    tables = read_text_tables(path, STATISTICS_LANGUAGES, TEXT_KEYS, _LIST_LENGTHS, special)
    for language, values in tables.items():
        for key, name in values["sheets"].items():
            if len(name) > SHEET_NAME_MAX or SHEET_NAME_FORBIDDEN & set(name):
                raise TextsProblem(
                    f"{path}: [{language}] sheets.{key}: Excel refuses the name {name!r}."
                )
    return MappingProxyType(
        {
            language: StatisticsTexts(language=language, **values)
            for language, values in tables.items()
        }
    )


def _mapping_reader(key: str, expected: tuple[str, ...]) -> SpecialValue:
    """Reads a table of texts with exactly the keys ``expected``."""

    def read(value: object, where: str) -> Mapping[str, str]:
        if not (
            isinstance(value, dict)
            and set(value) == set(expected)
            and all(_is_text(item) for item in value.values())
        ):
            raise TextsProblem(f"{where} must name exactly {', '.join(expected)}.")
        return MappingProxyType(dict(value))

    return read


def _is_text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())

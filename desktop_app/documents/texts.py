"""The referral slip's texts in German, English, Turkish and Arabic, read once from resources."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from functools import cache
from pathlib import Path
from types import MappingProxyType

from desktop_app.core.paths import resources_dir
from desktop_app.core.reference import DEFAULT_FIELDS_OF_ACTION
from desktop_app.core.referral_records import SLIP_LANGUAGES
from desktop_app.core.text_tables import TextsProblem, filled_date, read_text_tables

# Between the start and the end of an opening time: "10:00–14:00".
TIME_RANGE_DASH = "–"


@dataclass(frozen=True)
class SlipTexts:
    """Everything a slip says in one language; the templates are filled by the methods."""

    language: str
    title: str
    for_person: str
    issued_on: str
    target_heading: str
    offer: str
    address: str
    opening_hours: str
    phone: str
    email: str
    website: str
    contact: str
    accessibility: str
    appointment: str
    purpose_field_and_text: str
    purpose_field: str
    purpose_text: str
    voluntary: str
    code_label: str
    code_note: str
    stamp_confirmed_on: str
    stamp: str
    stamp_note: str
    date_format: str
    appointment_format: str
    hours_format: str
    list_separator: str
    weekdays: tuple[str, ...]
    weekdays_short: tuple[str, ...]
    months: tuple[str, ...]
    # German name of a field of action → its name in this language.
    fields_of_action: Mapping[str, str] = field(hash=False)

    def field_of_action(self, name: str) -> str:
        """The field's name in this language; one a facility added itself is printed as is."""
        return self.fields_of_action.get(name, name)

    def purpose_sentence(self, field_of_action: str, purpose: str) -> str:
        """ "You are interested in …" with the field and the purpose; "" when both are empty."""
        field_name = self.field_of_action(field_of_action.strip()) if field_of_action else ""
        purpose = purpose.strip()
        if field_name and purpose:
            return self.purpose_field_and_text.format(field=field_name, purpose=purpose)
        if field_name:
            return self.purpose_field.format(field=field_name)
        if purpose:
            return self.purpose_text.format(purpose=purpose)
        return ""

    def format_date(self, day: date) -> str:
        return filled_date(self.date_format, day, self.months, self.weekdays, self.weekdays_short)

    def format_appointment(self, moment: datetime) -> str:
        return filled_date(
            self.appointment_format,
            moment.date(),
            self.months,
            self.weekdays,
            self.weekdays_short,
            time=moment.strftime("%H:%M"),
        )

    def hours_line(self, weekday: int, times: Sequence[tuple[str, str]]) -> str:
        """One day's opening times: "Mo 10:00–14:00, 16:00–18:00"."""
        joined = self.list_separator.join(f"{start}{TIME_RANGE_DASH}{end}" for start, end in times)
        return self.hours_format.format(
            weekday=self.weekdays[weekday], weekday_short=self.weekdays_short[weekday], times=joined
        )


# The keys every language's table holds: the record's fields but the language itself.
TEXT_KEYS: tuple[str, ...] = tuple(f.name for f in fields(SlipTexts) if f.name != "language")
_LIST_LENGTHS = {"weekdays": 7, "weekdays_short": 7, "months": 12}


def slip_texts_file() -> Path:
    return resources_dir() / "documents" / "slip_texts.toml"


def slip_texts(language: str) -> SlipTexts:
    """The slip's texts in ``language`` (one of ``SLIP_LANGUAGES``)."""
    texts = _all_slip_texts()
    if language not in texts:
        raise ValueError(f"No slip texts for the language {language!r}.")
    return texts[language]


@cache
def _all_slip_texts() -> Mapping[str, SlipTexts]:
    return read_slip_texts(slip_texts_file())


def read_slip_texts(path: Path) -> Mapping[str, SlipTexts]:
    """Every language's texts from ``path``; ``TextsProblem`` if any is incomplete."""
    tables = read_text_tables(
        path,
        SLIP_LANGUAGES,
        TEXT_KEYS,
        _LIST_LENGTHS,
        special={"fields_of_action": _fields_of_action},
    )
    return MappingProxyType(
        {language: SlipTexts(language=language, **values) for language, values in tables.items()}
    )


def _fields_of_action(value: object, where: str) -> Mapping[str, str]:
    if not isinstance(value, dict) or set(value) != set(DEFAULT_FIELDS_OF_ACTION):
        raise TextsProblem(f"{where} must name exactly the default fields of action.")
    return MappingProxyType({str(k): str(v) for k, v in value.items()})

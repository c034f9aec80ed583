"""Checks on typed input; each problem is a message the desk can show beside the field."""

import re
from collections.abc import Callable
from datetime import date

from desktop_app.core import limits
from desktop_app.core.errors import FieldProblem, ValidationError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.records import FacilityDraft, OfferDraft, VisitorDraft
from desktop_app.core.reference import AGE_BAND_CODES, LANGUAGE_LABELS
from desktop_app.core.text import has_control_characters

OLDEST_BIRTH_YEAR = 1900
# Deliberately loose: one "@", a dot in the domain, no spaces. Mail servers decide the rest.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_POSTCODE = re.compile(r"^[0-9A-Za-z -]{3,10}$")
_PHONE = re.compile(r"^[0-9+()/ .-]{3,40}$")

REQUIRED = QT_TRANSLATE_NOOP("errors", "This field is required.")
TOO_LONG = QT_TRANSLATE_NOOP("errors", "At most {max} characters.")
CONTROL = QT_TRANSLATE_NOOP("errors", "Contains characters that cannot be shown or printed.")


class Checker:
    """Collects problems field by field; ``raise_if_any`` raises one ``ValidationError``."""

    def __init__(self) -> None:
        self.problems: dict[str, FieldProblem] = {}

    def add(self, name: str, message: str, **params: object) -> None:
        self.problems.setdefault(name, FieldProblem(message, params))

    def text(
        self,
        name: str,
        value: str,
        max_length: int,
        *,
        required: bool = False,
        multiline: bool = False,
    ) -> None:
        if required and not value.strip():
            self.add(name, REQUIRED)
        elif len(value) > max_length:
            self.add(name, TOO_LONG, max=max_length)
        elif has_control_characters(value, multiline=multiline):
            self.add(name, CONTROL)

    def pattern(self, name: str, value: str, check: Callable[[str], bool], message: str) -> None:
        if value and name not in self.problems and not check(value):
            self.add(name, message)

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)


def _email(checker: Checker, value: str) -> None:
    checker.text("email", value, limits.EMAIL_MAX)
    checker.pattern(
        "email",
        value,
        lambda v: _EMAIL.match(v) is not None,
        QT_TRANSLATE_NOOP(
            "errors", "This is not a valid e-mail address (example: name@example.org)."
        ),
    )


def _phone(checker: Checker, value: str) -> None:
    checker.text("phone", value, limits.PHONE_MAX)
    checker.pattern(
        "phone",
        value,
        lambda v: _PHONE.match(v) is not None and any(c.isdigit() for c in v),
        QT_TRANSLATE_NOOP("errors", "Use digits, spaces and + ( ) / - only."),
    )


def _postcode(checker: Checker, value: str) -> None:
    checker.text("postcode", value, limits.POSTCODE_MAX)
    checker.pattern(
        "postcode",
        value,
        lambda v: _POSTCODE.match(v) is not None,
        QT_TRANSLATE_NOOP("errors", "This is not a valid postcode."),
    )


def check_facility(draft: FacilityDraft) -> None:
    checker = Checker()
    checker.text("name", draft.name, limits.TITLE_MAX, required=True)
    checker.text("street", draft.street, limits.ADDRESS_MAX)
    _postcode(checker, draft.postcode)
    checker.text("city", draft.city, limits.NAME_MAX)
    _phone(checker, draft.phone)
    _email(checker, draft.email)
    checker.raise_if_any()


def check_visitor(draft: VisitorDraft, *, today: date, last_name_required: bool) -> None:
    checker = Checker()
    checker.text("first_name", draft.first_name, limits.NAME_MAX, required=True)
    checker.text("last_name", draft.last_name, limits.NAME_MAX, required=last_name_required)
    if draft.birth_year is not None:
        if draft.birth_year > today.year:
            checker.add(
                "birth_year",
                QT_TRANSLATE_NOOP("errors", "The year of birth cannot be in the future."),
            )
        elif draft.birth_year < OLDEST_BIRTH_YEAR:
            checker.add(
                "birth_year",
                QT_TRANSLATE_NOOP("errors", "The year of birth cannot be before {year}."),
                year=OLDEST_BIRTH_YEAR,
            )
    if draft.age_band is not None and draft.age_band not in AGE_BAND_CODES:
        checker.add("age_band", QT_TRANSLATE_NOOP("errors", "Unknown age band."))
    if draft.preferred_language and draft.preferred_language not in LANGUAGE_LABELS:
        checker.add("preferred_language", QT_TRANSLATE_NOOP("errors", "Unknown language."))
    _postcode(checker, draft.postcode)
    _phone(checker, draft.phone)
    _email(checker, draft.email)
    checker.text("notes", draft.notes, limits.NOTES_MAX, multiline=True)
    checker.raise_if_any()


def check_offer(draft: OfferDraft) -> None:
    checker = Checker()
    checker.text("title", draft.title, limits.TITLE_MAX, required=True)
    for group in draft.target_groups:
        checker.text("target_groups", group, limits.TITLE_MAX)
    for code in draft.languages:
        if code not in LANGUAGE_LABELS:
            checker.add("languages", QT_TRANSLATE_NOOP("errors", "Unknown language."))
    for slot in draft.schedule:
        if not 0 <= slot.weekday <= 6:
            checker.add("schedule", QT_TRANSLATE_NOOP("errors", "Unknown weekday."))
        elif slot.end <= slot.start:
            checker.add(
                "schedule", QT_TRANSLATE_NOOP("errors", "Each time slot must end after it starts.")
            )
    checker.raise_if_any()


def check_field_of_action_names(names: list[str]) -> None:
    checker = Checker()
    seen: set[str] = set()
    for name in names:
        checker.text("fields_of_action", name, limits.TITLE_MAX, required=True)
        if name.casefold() in seen:
            checker.add(
                "fields_of_action", QT_TRANSLATE_NOOP("errors", "Each name may appear only once.")
            )
        seen.add(name.casefold())
    checker.raise_if_any()

"""Checks on typed input; each problem is a message the desk can show beside the field."""

import re
from collections.abc import Callable
from datetime import date

from desktop_app.core import limits
from desktop_app.core.directory_records import Partner
from desktop_app.core.errors import FieldProblem, ValidationError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.quantities import TRAINING_MINUTES, minutes_problem
from desktop_app.core.records import FacilityDraft, OfferDraft, ScheduleSlot, VisitorDraft
from desktop_app.core.reference import AGE_BAND_CODES, LANGUAGE_LABELS
from desktop_app.core.text import has_control_characters
from desktop_app.core.volunteer_records import VolunteerDraft

OLDEST_BIRTH_YEAR = 1900
# Deliberately loose: one "@", a dot in the domain, no spaces. Mail servers decide the rest.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_POSTCODE = re.compile(r"^[0-9A-Za-z -]{3,10}$")
_PHONE = re.compile(r"^[0-9+()/ .-]{3,40}$")
_URL = re.compile(r"^(https?://)?[^\s/@]+\.[^\s/@]{2,}(/\S*)?$", re.IGNORECASE)

REQUIRED = QT_TRANSLATE_NOOP("errors", "This field is required.")
TOO_LONG = QT_TRANSLATE_NOOP("errors", "At most {max} characters.")
CONTROL = QT_TRANSLATE_NOOP("errors", "Contains characters that cannot be shown or printed.")
NOT_PARTNERS_LOCATION = QT_TRANSLATE_NOOP("errors", "This location is not one of the partner's.")


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


def _email(checker: Checker, value: str, name: str = "email") -> None:
    checker.text(name, value, limits.EMAIL_MAX)
    checker.pattern(
        name,
        value,
        lambda v: _EMAIL.match(v) is not None,
        QT_TRANSLATE_NOOP(
            "errors", "This is not a valid e-mail address (example: name@example.org)."
        ),
    )


def _phone(checker: Checker, value: str, name: str = "phone") -> None:
    checker.text(name, value, limits.PHONE_MAX)
    checker.pattern(
        name,
        value,
        lambda v: _PHONE.match(v) is not None and any(c.isdigit() for c in v),
        QT_TRANSLATE_NOOP("errors", "Use digits, spaces and + ( ) / - only."),
    )


def _postcode(checker: Checker, value: str, name: str = "postcode") -> None:
    checker.text(name, value, limits.POSTCODE_MAX)
    checker.pattern(
        name,
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
    checker.text("contact_person", draft.contact_person, limits.NAME_MAX)
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
    _languages(checker, draft.languages)
    _schedule(checker, draft.schedule)
    checker.raise_if_any()


def _schedule(checker: Checker, slots: tuple[ScheduleSlot, ...], name: str = "schedule") -> None:
    for slot in slots:
        if not 0 <= slot.weekday <= 6:
            checker.add(name, QT_TRANSLATE_NOOP("errors", "Unknown weekday."))
        elif slot.end <= slot.start:
            checker.add(
                name, QT_TRANSLATE_NOOP("errors", "Each time slot must end after it starts.")
            )


def _languages(checker: Checker, codes: tuple[str, ...], name: str = "languages") -> None:
    if any(code not in LANGUAGE_LABELS for code in codes):
        checker.add(name, QT_TRANSLATE_NOOP("errors", "Unknown language."))


def _url(checker: Checker, value: str, name: str) -> None:
    checker.text(name, value, limits.URL_MAX)
    checker.pattern(
        name,
        value,
        lambda v: _URL.match(v) is not None,
        QT_TRANSLATE_NOOP("errors", "This is not a web address (example: www.example.org)."),
    )


def check_partner(partner: Partner) -> None:
    """Check a directory entry whole; nested fields are named like ``offers.2.email``."""
    checker = Checker()
    checker.text("name", partner.name, limits.TITLE_MAX, required=True)
    checker.text("description", partner.description, limits.DESCRIPTION_MAX, multiline=True)
    _email(checker, partner.email)
    _url(checker, partner.website, "website")
    _phone(checker, partner.phone)
    checker.text("contact.name", partner.contact.name, limits.NAME_MAX)
    _phone(checker, partner.contact.phone, "contact.phone")
    _email(checker, partner.contact.email, "contact.email")
    location_ids = set()
    for index, location in enumerate(partner.locations):
        where = f"locations.{index}"
        location_ids.add(location.id)
        checker.text(f"{where}.name", location.name, limits.TITLE_MAX)
        checker.text(f"{where}.street", location.street, limits.ADDRESS_MAX)
        _postcode(checker, location.postcode, f"{where}.postcode")
        checker.text(f"{where}.city", location.city, limits.NAME_MAX)
        _phone(checker, location.phone, f"{where}.phone")
        _schedule(checker, location.opening_hours, f"{where}.opening_hours")
        checker.text(
            f"{where}.opening_hours_note",
            location.opening_hours_note,
            limits.DESCRIPTION_MAX,
            multiline=True,
        )
        checker.text(
            f"{where}.accessibility", location.accessibility, limits.DESCRIPTION_MAX, multiline=True
        )
        _languages(checker, location.languages, f"{where}.languages")
    for index, offer in enumerate(partner.offers):
        where = f"offers.{index}"
        checker.text(f"{where}.name", offer.name, limits.TITLE_MAX, required=True)
        checker.text(
            f"{where}.description", offer.description, limits.DESCRIPTION_MAX, multiline=True
        )
        if offer.location_id is not None and offer.location_id not in location_ids:
            checker.add(f"{where}.location", NOT_PARTNERS_LOCATION)
        checker.text(f"{where}.field_of_action", offer.field_of_action, limits.TITLE_MAX)
        for group in offer.target_groups:
            checker.text(f"{where}.target_groups", group, limits.TITLE_MAX)
        _languages(checker, offer.languages, f"{where}.languages")
        _schedule(checker, offer.schedule, f"{where}.schedule")
        checker.text(
            f"{where}.schedule_note", offer.schedule_note, limits.DESCRIPTION_MAX, multiline=True
        )
        checker.text(f"{where}.contact.name", offer.contact.name, limits.NAME_MAX)
        _phone(checker, offer.contact.phone, f"{where}.contact.phone")
        _email(checker, offer.contact.email, f"{where}.contact.email")
        _email(checker, offer.email, f"{where}.email")
        _url(checker, offer.url, f"{where}.url")
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


NOT_BEFORE_START = QT_TRANSLATE_NOOP("errors", "The end cannot be before the start.")
IN_FUTURE = QT_TRANSLATE_NOOP("errors", "This date is in the future.")


def _not_future(checker: Checker, name: str, day: date | None, today: date) -> None:
    if day is not None and day > today:
        checker.add(name, IN_FUTURE)


def check_volunteer(draft: VolunteerDraft, *, today: date) -> None:
    """Check a volunteer's profile; trainings are named ``trainings.2.title`` and so on."""
    checker = Checker()
    checker.text("first_name", draft.first_name, limits.NAME_MAX, required=True)
    checker.text("last_name", draft.last_name, limits.NAME_MAX)
    _email(checker, draft.email)
    _phone(checker, draft.phone)
    _not_future(checker, "birth_date", draft.birth_date, today)
    if draft.birth_date is not None and draft.birth_date.year < OLDEST_BIRTH_YEAR:
        checker.add(
            "birth_date",
            QT_TRANSLATE_NOOP("errors", "The year of birth cannot be before {year}."),
            year=OLDEST_BIRTH_YEAR,
        )
    if (
        draft.birth_date is None
        and draft.birth_year is not None
        and not OLDEST_BIRTH_YEAR <= draft.birth_year <= today.year
    ):
        checker.add(
            "birth_year",
            QT_TRANSLATE_NOOP("errors", "The year of birth must lie between {first} and {last}."),
            first=OLDEST_BIRTH_YEAR,
            last=today.year,
        )
    if (
        draft.started_on is not None
        and draft.ended_on is not None
        and draft.ended_on < draft.started_on
    ):
        checker.add("ended_on", NOT_BEFORE_START)
    _not_future(checker, "agreement_signed_on", draft.agreement_signed_on, today)
    _not_future(checker, "police_certificate_seen_on", draft.police_certificate_seen_on, today)
    seen: set[str] = set()
    for index, activity in enumerate(draft.activities):
        checker.text(f"activities.{index}", activity.name, limits.TITLE_MAX, required=True)
        if activity.name.casefold() in seen:
            checker.add(
                f"activities.{index}",
                QT_TRANSLATE_NOOP("errors", "Each activity may appear only once."),
            )
        seen.add(activity.name.casefold())
    for index, training in enumerate(draft.trainings):
        where = f"trainings.{index}"
        checker.text(f"{where}.title", training.title, limits.TITLE_MAX, required=True)
        _not_future(checker, f"{where}.held_on", training.held_on, today)
        # 0 minutes means the hours were not given, which a training may leave out.
        problem = minutes_problem(training.minutes, TRAINING_MINUTES) if training.minutes else None
        if problem is not None:
            checker.add(f"{where}.minutes", problem.message, **problem.params)
    checker.text("notes", draft.notes, limits.NOTES_MAX, multiline=True)
    checker.raise_if_any()

"""Reference lists of the field: kinds of facility, age bands, genders, languages.

These are defaults from the product brief. Labels are English source text marked for
Qt Linguist (context "reference"); the stored values are the stable codes.
"""

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.i18n import QT_TRANSLATE_NOOP as _N


class FacilityKind(StrEnum):
    STADTTEILZENTRUM = "stadtteilzentrum"
    NACHBARSCHAFTSHAUS = "nachbarschaftshaus"
    MEHRGENERATIONENHAUS = "mehrgenerationenhaus"
    BEGEGNUNGSSTAETTE = "begegnungsstaette"
    OTHER = "other"


FACILITY_KIND_LABELS: dict[FacilityKind, str] = {
    FacilityKind.STADTTEILZENTRUM: _N("reference", "Neighbourhood centre (Stadtteilzentrum)"),
    FacilityKind.NACHBARSCHAFTSHAUS: _N("reference", "Neighbourhood house (Nachbarschaftshaus)"),
    FacilityKind.MEHRGENERATIONENHAUS: _N(
        "reference", "Multi-generation house (Mehrgenerationenhaus)"
    ),
    FacilityKind.BEGEGNUNGSSTAETTE: _N("reference", "Meeting place (Begegnungsstätte)"),
    FacilityKind.OTHER: _N("reference", "Other"),
}


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    DIVERSE = "diverse"
    UNSPECIFIED = "unspecified"


GENDER_LABELS: dict[Gender, str] = {
    Gender.FEMALE: _N("reference", "female"),
    Gender.MALE: _N("reference", "male"),
    Gender.DIVERSE: _N("reference", "diverse"),
    Gender.UNSPECIFIED: _N("reference", "not stated"),
}


@dataclass(frozen=True, slots=True)
class AgeBand:
    code: str
    low: int
    high: int | None  # inclusive; None for the open top band

    def contains(self, age: int) -> bool:
        return age >= self.low and (self.high is None or age <= self.high)


AGE_BANDS: tuple[AgeBand, ...] = (
    AgeBand("0-5", 0, 5),
    AgeBand("6-13", 6, 13),
    AgeBand("14-17", 14, 17),
    AgeBand("18-26", 18, 26),
    AgeBand("27-50", 27, 50),
    AgeBand("51-64", 51, 64),
    AgeBand("65-79", 65, 79),
    AgeBand("80+", 80, None),
)
AGE_BAND_CODES: tuple[str, ...] = tuple(band.code for band in AGE_BANDS)


def age_band_for(birth_year: int, on_year: int) -> str:
    """The age band of someone born in ``birth_year`` during ``on_year`` (age at year end)."""
    age = max(0, on_year - birth_year)
    return next(band.code for band in AGE_BANDS if band.contains(age))


# Languages heard at Berlin-Mitte's desks; codes are ISO 639-1 (ckb: Sorani, ISO 639-3).
LANGUAGE_LABELS: dict[str, str] = {
    "de": _N("reference", "German"),
    "en": _N("reference", "English"),
    "tr": _N("reference", "Turkish"),
    "ar": _N("reference", "Arabic"),
    "ru": _N("reference", "Russian"),
    "uk": _N("reference", "Ukrainian"),
    "pl": _N("reference", "Polish"),
    "fa": _N("reference", "Persian (Farsi/Dari)"),
    "ku": _N("reference", "Kurdish"),
    "ro": _N("reference", "Romanian"),
    "bg": _N("reference", "Bulgarian"),
    "sr": _N("reference", "Serbian/Croatian/Bosnian"),
    "vi": _N("reference", "Vietnamese"),
    "fr": _N("reference", "French"),
    "es": _N("reference", "Spanish"),
    "it": _N("reference", "Italian"),
    "ti": _N("reference", "Tigrinya"),
    "so": _N("reference", "Somali"),
    "ps": _N("reference", "Pashto"),
    "sq": _N("reference", "Albanian"),
}

DEFAULT_FIELDS_OF_ACTION: tuple[str, ...] = (
    "Begegnung und Generationen",
    "Vernetzung",
    "Freiwilliges Engagement",
    "Beratung und Begleitung",
    "Arbeit und Beschäftigung",
    "Familie",
    "Gesundheit und Prävention",
    "Bildung und Digitales",
    "Demokratie und Teilhabe",
    "Nachhaltigkeit",
    "Integration",
    "Selbsthilfe",
    "Einsamkeit",
)

# Suggestions offered when describing an offer's target groups; any text is allowed.
TARGET_GROUP_SUGGESTIONS: tuple[str, ...] = (
    "Kinder",
    "Jugendliche",
    "Familien",
    "Eltern",
    "Alleinerziehende",
    "Erwachsene",
    "Seniorinnen und Senioren",
    "Geflüchtete",
    "Menschen mit Migrationsgeschichte",
    "Jobcenter-Kundinnen und -Kunden",
    "Frauen",
    "Nachbarschaft",
    "Alle",
)

WEEKDAY_LABELS: tuple[str, ...] = (
    _N("reference", "Mon"),
    _N("reference", "Tue"),
    _N("reference", "Wed"),
    _N("reference", "Thu"),
    _N("reference", "Fri"),
    _N("reference", "Sat"),
    _N("reference", "Sun"),
)

"""Reference lists of the field: kinds of facility, age bands, genders, languages.

These are defaults from the product brief. Labels are English source text marked for
Qt Linguist (context "reference"); the stored values are the stable codes.
"""

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.i18n import QT_TRANSLATE_NOOP


class FacilityKind(StrEnum):
    STADTTEILZENTRUM = "stadtteilzentrum"
    NACHBARSCHAFTSHAUS = "nachbarschaftshaus"
    MEHRGENERATIONENHAUS = "mehrgenerationenhaus"
    BEGEGNUNGSSTAETTE = "begegnungsstaette"
    OTHER = "other"


FACILITY_KIND_LABELS: dict[FacilityKind, str] = {
    FacilityKind.STADTTEILZENTRUM: QT_TRANSLATE_NOOP(
        "reference", "Neighbourhood centre (Stadtteilzentrum)"
    ),
    FacilityKind.NACHBARSCHAFTSHAUS: QT_TRANSLATE_NOOP(
        "reference", "Neighbourhood house (Nachbarschaftshaus)"
    ),
    FacilityKind.MEHRGENERATIONENHAUS: QT_TRANSLATE_NOOP(
        "reference", "Multi-generation house (Mehrgenerationenhaus)"
    ),
    FacilityKind.BEGEGNUNGSSTAETTE: QT_TRANSLATE_NOOP(
        "reference", "Meeting place (Begegnungsstätte)"
    ),
    FacilityKind.OTHER: QT_TRANSLATE_NOOP("reference", "Other"),
}


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    DIVERSE = "diverse"
    UNSPECIFIED = "unspecified"


GENDER_LABELS: dict[Gender, str] = {
    Gender.FEMALE: QT_TRANSLATE_NOOP("reference", "female"),
    Gender.MALE: QT_TRANSLATE_NOOP("reference", "male"),
    Gender.DIVERSE: QT_TRANSLATE_NOOP("reference", "diverse"),
    Gender.UNSPECIFIED: QT_TRANSLATE_NOOP("reference", "not stated"),
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
    "de": QT_TRANSLATE_NOOP("reference", "German"),
    "en": QT_TRANSLATE_NOOP("reference", "English"),
    "tr": QT_TRANSLATE_NOOP("reference", "Turkish"),
    "ar": QT_TRANSLATE_NOOP("reference", "Arabic"),
    "ru": QT_TRANSLATE_NOOP("reference", "Russian"),
    "uk": QT_TRANSLATE_NOOP("reference", "Ukrainian"),
    "pl": QT_TRANSLATE_NOOP("reference", "Polish"),
    "fa": QT_TRANSLATE_NOOP("reference", "Persian (Farsi/Dari)"),
    "ku": QT_TRANSLATE_NOOP("reference", "Kurdish"),
    "ro": QT_TRANSLATE_NOOP("reference", "Romanian"),
    "bg": QT_TRANSLATE_NOOP("reference", "Bulgarian"),
    "sr": QT_TRANSLATE_NOOP("reference", "Serbian/Croatian/Bosnian"),
    "vi": QT_TRANSLATE_NOOP("reference", "Vietnamese"),
    "fr": QT_TRANSLATE_NOOP("reference", "French"),
    "es": QT_TRANSLATE_NOOP("reference", "Spanish"),
    "it": QT_TRANSLATE_NOOP("reference", "Italian"),
    "ti": QT_TRANSLATE_NOOP("reference", "Tigrinya"),
    "so": QT_TRANSLATE_NOOP("reference", "Somali"),
    "ps": QT_TRANSLATE_NOOP("reference", "Pashto"),
    "sq": QT_TRANSLATE_NOOP("reference", "Albanian"),
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
    QT_TRANSLATE_NOOP("reference", "Mon"),
    QT_TRANSLATE_NOOP("reference", "Tue"),
    QT_TRANSLATE_NOOP("reference", "Wed"),
    QT_TRANSLATE_NOOP("reference", "Thu"),
    QT_TRANSLATE_NOOP("reference", "Fri"),
    QT_TRANSLATE_NOOP("reference", "Sat"),
    QT_TRANSLATE_NOOP("reference", "Sun"),
)

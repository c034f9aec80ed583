"""Qt Linguist translations: loading them, and translating texts from the Qt-free layers."""

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.core.errors import FieldProblem, TresenError
from desktop_app.core.paths import resources_dir
from desktop_app.core.quantities import Hours, format_hours
from desktop_app.core.reference import (
    FACILITY_KIND_LABELS,
    GENDER_LABELS,
    LANGUAGE_LABELS,
    WEEKDAY_LABELS,
    FacilityKind,
    Gender,
)
from desktop_app.gui.dates import to_qdate

if TYPE_CHECKING:
    from desktop_app.core.directory_records import PartnerKind
    from desktop_app.core.referral_records import ReferralStatus


class Translations:
    """Holds the installed translators so the language can change while the program runs."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []

    def apply(self, language: str) -> None:
        """Install Qt's own translations first, then Tresen's (for English: plural forms)."""
        self.remove()
        QLocale.setDefault(QLocale(language))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        sources = ((f"qtbase_{language}", qt_dir), (f"tresen_{language}", str(translations_dir())))
        for name, directory in sources:
            translator = QTranslator(self._app)
            if translator.load(name, directory):
                self._app.installTranslator(translator)
                self._translators.append(translator)

    def remove(self) -> None:
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def error_text(error: TresenError) -> str:
    """The error's message in the user's language, with its values filled in."""
    return translate("errors", error.message).format(**shown(error.params))


def shown(params: Mapping[str, object]) -> dict[str, object]:
    """The values as the user reads them: dates and hours in the notation of their
    language, a referral's status in its words."""
    return {name: _value_shown(value) for name, value in params.items()}


def _value_shown(value: object) -> object:
    from desktop_app.core.referral_records import ReferralStatus

    if isinstance(value, ReferralStatus):
        return referral_status_label(value)
    if isinstance(value, Hours):
        return local_hours(value)
    if isinstance(value, date):
        return local_date(value)
    return value


def problem_text(problem: FieldProblem) -> str:
    return translate("errors", problem.message).format(**shown(problem.params))


def local_date(day: date) -> str:
    """``day`` as the user's locale writes a short date."""
    short = QLocale.FormatType.ShortFormat
    return QLocale().toString(to_qdate(day), short)


def local_hours(minutes: int) -> str:
    """Hours in the user's notation: "2,25" in German, "2.25" in English."""
    return format_hours(minutes, QLocale().decimalPoint())


def gender_label(code: str | None) -> str:
    return translate("reference", GENDER_LABELS[Gender(code or Gender.UNSPECIFIED)])


def language_label(code: str) -> str:
    label = LANGUAGE_LABELS.get(code)
    return translate("reference", label) if label else code


def facility_kind_label(kind: FacilityKind) -> str:
    return translate("reference", FACILITY_KIND_LABELS[kind])


def partner_kind_label(kind: "PartnerKind") -> str:
    # Imported here: the check-in screen, shown at start, needs this module but not these.
    from desktop_app.core.directory_records import PARTNER_KIND_LABELS

    return translate("reference", PARTNER_KIND_LABELS[kind])


def weekday_label(weekday: int) -> str:
    return translate("reference", WEEKDAY_LABELS[weekday])


def referral_status_label(status: "ReferralStatus") -> str:
    from desktop_app.core.referral_records import REFERRAL_STATUS_LABELS

    return translate("reference", REFERRAL_STATUS_LABELS[status])


def slip_language_label(code: str) -> str:
    """ "German and Turkish (Türkçe)": the languages of a slip, for choosing one."""
    from desktop_app.core.referral_records import SLIP_LANGUAGE_LABELS

    return translate("reference", SLIP_LANGUAGE_LABELS[code])

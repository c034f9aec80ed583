"""The consent form's texts in German, English, Turkish and Arabic, read once from resources."""

from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from types import MappingProxyType

from desktop_app.core.consent_records import CONSENT_FORM_LANGUAGES, ConsentPurpose
from desktop_app.core.paths import resources_dir
from desktop_app.core.text_tables import read_text_tables


@dataclass(frozen=True)
class ConsentTexts:
    """Everything the consent form says in one language; the templates are filled by the
    methods."""

    language: str
    contact: str
    page_of: str
    version: str
    title: str
    name: str
    intro: str
    registration_title: str
    registration_text: str
    contact_title: str
    contact_text: str
    photos_title: str
    photos_text: str
    demographics_title: str
    demographics_text: str
    withdrawal_title: str
    withdrawal: str
    withdrawal_no_email: str
    rights_title: str
    rights: str
    privacy_contact: str
    place_and_date: str
    signature: str
    guardian_title: str
    guardian_text: str
    guardian_name: str
    guardian_signature: str

    def purpose_title(self, purpose: ConsentPurpose) -> str:
        """The purpose's short name, beside its tick box; only the form's purposes have one."""
        return str(getattr(self, f"{purpose.value}_title"))

    def purpose_text(self, purpose: ConsentPurpose) -> str:
        """What the person consents to with the purpose's tick box: which data, and why."""
        return str(getattr(self, f"{purpose.value}_text"))

    def intro_text(self, facility: str) -> str:
        return self.intro.format(facility=facility.strip())

    def withdrawal_text(self, email: str) -> str:
        """How to withdraw: at the desk, and by e-mail if the facility has an address."""
        email = email.strip()
        return self.withdrawal.format(email=email) if email else self.withdrawal_no_email

    def guardian_heading(self, age: int) -> str:
        return self.guardian_title.format(age=age)

    def version_label(self, version: str) -> str:
        return self.version.format(version=version)

    def page_label(self, page: int, pages: int) -> str:
        return self.page_of.format(page=page, pages=pages)


# The keys every language's table holds: the record's fields but the language itself.
TEXT_KEYS: tuple[str, ...] = tuple(f.name for f in fields(ConsentTexts) if f.name != "language")


def consent_texts_file() -> Path:
    return resources_dir() / "documents" / "consent_texts.toml"


def consent_texts(language: str) -> ConsentTexts:
    """The texts in ``language`` (one of ``CONSENT_FORM_LANGUAGES``)."""
    texts = _all_consent_texts()
    if language not in texts:
        raise ValueError(f"No consent form texts for the language {language!r}.")
    return texts[language]


@cache
def _all_consent_texts() -> Mapping[str, ConsentTexts]:
    return read_consent_texts(consent_texts_file())


def read_consent_texts(path: Path) -> Mapping[str, ConsentTexts]:
    """Every language's texts from ``path``; ``TextsProblem`` if any is incomplete."""
    tables = read_text_tables(path, CONSENT_FORM_LANGUAGES, TEXT_KEYS, {})
    return MappingProxyType(
        {language: ConsentTexts(language=language, **values) for language, values in tables.items()}
    )

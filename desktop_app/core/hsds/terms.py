"""Ids, Tresen's own taxonomies and the language names an HSDS file may use."""

import re
import uuid
from dataclasses import dataclass
from functools import cache, cached_property

from desktop_app.core.directory_records import PARTNER_KIND_LABELS, PartnerKind
from desktop_app.core.reference import (
    DEFAULT_FIELDS_OF_ACTION,
    LANGUAGE_LABELS,
    TARGET_GROUP_SUGGESTIONS,
)
from desktop_app.core.text import fold

# Fixed for good: every id Tresen derives for HSDS depends on them, and a file exported
# today must update the same entries when it is imported in ten years.
TRESEN_NAMESPACE = uuid.UUID("6f1d3c2e-8a4b-5c7d-9e0f-1a2b3c4d5e6f")
FOREIGN_ID_NAMESPACE = uuid.UUID("0b9e4f7a-2c1d-5e3f-8a6b-7c9d0e1f2a3b")


def hsds_id(entity: str, raw: str) -> uuid.UUID:
    """The Tresen id of an HSDS ``entity`` ("organization", "location", "service").

    HSDS ids are meant to be UUIDs and are kept as they are. Some publishers number their
    rows instead ("1", "2", …, once per table), so any other id becomes a name-based
    UUID of the entity and the id: stable across imports, and "1" of the locations table
    never collides with "1" of the services table.
    """
    try:
        return uuid.UUID(raw.strip())
    except ValueError:
        return uuid.uuid5(FOREIGN_ID_NAMESPACE, f"{entity}/{raw.strip()}")


def derived_id(owner: uuid.UUID, *parts: object) -> uuid.UUID:
    """The id of an HSDS object Tresen has no id for (a phone, an address, a schedule, …)."""
    return uuid.uuid5(TRESEN_NAMESPACE, "/".join([str(owner), *map(str, parts)]))


def everywhere_link_id(offer_id: uuid.UUID, location_id: uuid.UUID) -> uuid.UUID:
    """The service_at_location id of an offer that is at every location of its partner.

    For a partner with one location, "at every location" and "at this location" export
    alike; this id tells Tresen on import which of the two it wrote.
    """
    return derived_id(offer_id, "everywhere", location_id)


def single_link_id(offer_id: uuid.UUID, location_id: uuid.UUID) -> uuid.UUID:
    return derived_id(offer_id, "at", location_id)


@dataclass(frozen=True)
class Taxonomy:
    """One of Tresen's own taxonomies, carried in HSDS as attributes with taxonomy terms."""

    key: str  # prefix of the term codes: "kind:jobcenter"
    name: str
    description: str
    link_entity: str
    link_type: str

    @cached_property
    def id(self) -> uuid.UUID:
        return derived_id(TRESEN_NAMESPACE, "taxonomy", self.key)

    @cached_property
    def folded_name(self) -> str:
        return fold(self.name)

    def term_code(self, value: str) -> str:
        return f"{self.key}:{value}"

    def term_id(self, value: str) -> uuid.UUID:
        return derived_id(TRESEN_NAMESPACE, "term", self.term_code(value))

    def value_of_code(self, code: str) -> str | None:
        prefix = f"{self.key}:"
        return code[len(prefix) :] if code.startswith(prefix) else None


KIND_TAXONOMY = Taxonomy(
    "kind",
    "Tresen: kind of organisation",
    "What kind of organisation a Tresen directory entry is (Stadtteilzentrum, Jobcenter, …).",
    "organization",
    "organization_type",
)
FIELD_TAXONOMY = Taxonomy(
    "field_of_action",
    "Tresen: field of action",
    "The field of action (Handlungsfeld) of an offer, as the facilities of Berlin-Mitte use them.",
    "service",
    "service_category",
)
GROUP_TAXONOMY = Taxonomy(
    "target_group",
    "Tresen: target group",
    "Whom an offer is meant for (Zielgruppe).",
    "service",
    "audience",
)
TAXONOMIES = (KIND_TAXONOMY, FIELD_TAXONOMY, GROUP_TAXONOMY)


@cache  # a file names the same few taxonomies thousands of times
def tresen_taxonomy(taxonomy_id: str, taxonomy_name: str, code: str) -> Taxonomy | None:
    """Which of Tresen's taxonomies a term belongs to, by taxonomy id, name or code."""
    taxonomy_id = taxonomy_id.strip().lower()
    folded_name = fold(taxonomy_name) if taxonomy_name else ""
    for taxonomy in TAXONOMIES:
        if taxonomy_id == str(taxonomy.id) or folded_name == taxonomy.folded_name:
            return taxonomy
        if code and taxonomy.value_of_code(code) is not None:
            return taxonomy
    return None


# Generic terms from other taxonomies that say the same as one of Tresen's values.
_KIND_WORDS: dict[str, PartnerKind] = {
    fold(word): kind
    for kind, words in {
        PartnerKind.STADTTEILZENTRUM: ("Stadtteilzentrum", "neighbourhood centre"),
        PartnerKind.NACHBARSCHAFTSHAUS: ("Nachbarschaftshaus", "neighbourhood house"),
        PartnerKind.MEHRGENERATIONENHAUS: ("Mehrgenerationenhaus", "multi-generation house"),
        PartnerKind.BEGEGNUNGSSTAETTE: ("Begegnungsstätte", "Seniorenbegegnungsstätte"),
        PartnerKind.JOBCENTER: ("Jobcenter",),
        PartnerKind.COUNSELLING: ("Beratungsstelle", "counselling", "counseling"),
        PartnerKind.AUTHORITY: ("Behörde", "Amt", "Bezirksamt", "public office", "government"),
    }.items()
    for word in (*words, kind.value, PARTNER_KIND_LABELS[kind])
}
_FIELDS = {fold(name): name for name in DEFAULT_FIELDS_OF_ACTION}
_GROUPS = {fold(name): name for name in TARGET_GROUP_SUGGESTIONS}
# A taxonomy's name, or an attribute's link_type, that says its terms are target groups.
# (Not "eligibility" in a name: Open Eligibility classifies services as well.)
_GROUP_NAMES = ("target group", "zielgruppe", "audience")
_GROUP_LINK_TYPES = ("audience", "eligibility", "target_group", "population")
_FIELD_HINTS = ("field of action", "handlungsfeld")


def generic_kind(*words: str) -> PartnerKind | None:
    """The kind a term of some other taxonomy names (its name or code), if any."""
    for word in words:
        kind = _KIND_WORDS.get(fold(word.strip()))
        if kind is not None:
            return kind
    return None


def generic_service_term(term_name: str, taxonomy_name: str, link_type: str) -> str | None:
    """``"field"`` or ``"group"`` if a term of some other taxonomy is one of those."""
    folded = fold(term_name.strip())
    if folded in _FIELDS:
        return "field"
    if folded in _GROUPS:
        return "group"
    name = fold(taxonomy_name)
    if any(hint in name for hint in _FIELD_HINTS):
        return "field"
    if any(hint in name for hint in _GROUP_NAMES):
        return "group"
    if fold(link_type).strip() in _GROUP_LINK_TYPES:
        return "group"
    return None


def known_field_name(term_name: str) -> str:
    """A generic term that matches a default field of action, spelled as Tresen spells it."""
    return _FIELDS.get(fold(term_name.strip()), term_name.strip())


def known_group_name(term_name: str) -> str:
    return _GROUPS.get(fold(term_name.strip()), term_name.strip())


# ISO 639-2/639-3 codes and names (English, German, the language's own) of the languages
# Tresen knows; HSDS allows ISO 639-1 or 639-3 codes, and many files give only a name.
_LANGUAGE_WORDS: dict[str, tuple[str, ...]] = {
    "de": ("deu", "ger", "German", "Deutsch"),
    "en": ("eng", "English", "Englisch"),
    "tr": ("tur", "Turkish", "Türkisch", "Türkçe"),
    "ar": ("ara", "arb", "Arabic", "Arabisch", "العربية"),
    "ru": ("rus", "Russian", "Russisch", "Русский"),
    "uk": ("ukr", "Ukrainian", "Ukrainisch", "Українська"),
    "pl": ("pol", "Polish", "Polnisch", "Polski"),
    "fa": ("fas", "per", "pes", "prs", "Persian", "Farsi", "Dari", "Persisch", "فارسی"),
    "ku": ("kur", "kmr", "ckb", "Kurdish", "Kurdisch", "Kurmanji", "Sorani", "Kurdî"),
    "ro": ("ron", "rum", "Romanian", "Rumänisch", "Română"),
    "bg": ("bul", "Bulgarian", "Bulgarisch", "Български"),
    "sr": (
        "srp", "hrv", "bos", "hbs", "hr", "bs", "sh", "Serbian", "Croatian", "Bosnian",
        "Serbisch", "Kroatisch", "Bosnisch", "Srpski", "Hrvatski", "Bosanski",
    ),
    "vi": ("vie", "Vietnamese", "Vietnamesisch", "Tiếng Việt"),
    "fr": ("fra", "fre", "French", "Französisch", "Français"),
    "es": ("spa", "Spanish", "Spanisch", "Español"),
    "it": ("ita", "Italian", "Italienisch", "Italiano"),
    "ti": ("tir", "Tigrinya", "Tigrinisch", "ትግርኛ"),
    "so": ("som", "Somali", "Somalisch", "Soomaali"),
    "ps": ("pus", "pbu", "pst", "Pashto", "Paschtu", "پښتو"),
    "sq": ("sqi", "alb", "als", "Albanian", "Albanisch", "Shqip"),
}  # fmt: skip
_LANGUAGES: dict[str, str] = {
    fold(word): code
    for code, words in _LANGUAGE_WORDS.items()
    for word in (code, *words, LANGUAGE_LABELS[code])
}
_REGION = re.compile(r"[-_].*$")


@cache  # a file names the same few languages thousands of times
def language_code(code: str, name: str) -> str | None:
    """Tresen's code for an HSDS language given by code ("de", "deu", "de-DE") or name."""
    for word in (_REGION.sub("", code.strip()), name.strip()):
        if word:
            found = _LANGUAGES.get(fold(word))
            if found is not None:
                return found
    return None


def language_name(code: str) -> str:
    """The English name written beside a code on export."""
    return LANGUAGE_LABELS[code]

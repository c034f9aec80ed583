"""The rules of volunteering: bundled defaults, and a facility's own file laid over them."""

from pathlib import Path

import pytest

from desktop_app.core.volunteer_records import AllowanceKind
from desktop_app.core.volunteering_rules import (
    EVALUATIVE_WORDS,
    RULES_FILE,
    evaluative_word,
    load_rules,
)


def test_the_bundled_rules_are_those_of_the_product_brief() -> None:
    rules = load_rules()
    assert rules.limit_cents(AllowanceKind.TRAINER, 2020) == 240000
    assert rules.limit_cents(AllowanceKind.VOLUNTEER, 2020) == 72000
    assert rules.limit_cents(AllowanceKind.TRAINER, 2025) == 300000
    assert rules.limit_cents(AllowanceKind.VOLUNTEER, 2025) == 84000
    assert rules.limit_cents(AllowanceKind.TRAINER, 2026) == 330000
    assert rules.limit_cents(AllowanceKind.VOLUNTEER, 2030) == 96000
    assert rules.buergergeld_free_cents == 300000
    assert (rules.ehrenamtskarte.min_hours, rules.ehrenamtskarte.min_engaged_months) == (200, 12)
    assert rules.freiwilligenpass.min_age == 12
    assert (rules.freiwilligenpass.school_regular_hours, rules.freiwilligenpass.project_hours) == (
        40,
        200,
    )


def test_a_facility_file_changes_what_it_names_and_keeps_the_rest(tmp_path: Path) -> None:
    (tmp_path / RULES_FILE).write_text(
        "[[allowance_limits]]\nfrom_year = 2013\nuebungsleiter = 2400\nehrenamt = 720\n"
        "[[allowance_limits]]\nfrom_year = 2027\nuebungsleiter = 3600\nehrenamt = 1000\n"
        "[ehrenamtskarte]\nmin_hours = 150\n",
        encoding="utf-8",
    )
    rules = load_rules(tmp_path)
    assert rules.limit_cents(AllowanceKind.TRAINER, 2027) == 360000
    assert rules.limit_cents(AllowanceKind.TRAINER, 2026) == 240000  # its table replaced ours
    assert rules.ehrenamtskarte.min_hours == 150
    assert rules.ehrenamtskarte.min_engaged_months == 12  # kept from the bundled rules


def test_an_unreadable_facility_file_leaves_the_bundled_rules(tmp_path: Path) -> None:
    (tmp_path / RULES_FILE).write_text("[ehrenamtskarte\nmin_hours = ", encoding="utf-8")
    assert load_rules(tmp_path) == load_rules()


@pytest.mark.parametrize(
    "text",
    [
        '[ehrenamtskarte]\nmin_hours = "zweihundert"\n',
        'warn_at = "viel"\n',
        "allowance_limits = []\n",
        "allowance_limits = [1, 2]\n",
        "[[allowance_limits]]\nfrom_year = 2013\n",
        "ehrenamtskarte = 5\n",
        "[freiwilligenpass]\nmin_age = inf\n",
    ],
)
def test_a_facility_file_with_a_value_the_rules_cannot_use_leaves_the_bundled_rules(
    tmp_path: Path, text: str
) -> None:
    (tmp_path / RULES_FILE).write_text(text, encoding="utf-8")
    assert load_rules(tmp_path) == load_rules()


def test_a_facility_file_that_is_not_utf8_leaves_the_bundled_rules(tmp_path: Path) -> None:
    (tmp_path / RULES_FILE).write_bytes('[ehrenamtskarte]\ntitle = "Größe"\n'.encode("latin-1"))
    assert load_rules(tmp_path) == load_rules()


@pytest.mark.parametrize("word", EVALUATIVE_WORDS)
def test_every_judging_word_is_found_in_a_sentence(word: str) -> None:
    typed = word.rstrip("*").upper()
    assert evaluative_word(f"Sie war {typed}.") == typed


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Arbeitete stets zu unserer vollsten Zufriedenheit", "stets"),
        ("Sehr   guten Kontakt zu den Kindern", "Sehr   guten"),
        ("Zuverlässigkeit und Pünktlichkeit", "Zuverlässigkeit"),
        ("A reliable and diligent volunteer", "reliable"),
        ("Gutschein für das Kiezfest, Stetson, Bestellung, immerhin, Bestand", None),
        ("Lesepatin in der Kinderbibliothek", None),
    ],
)
def test_judging_words_are_whole_words_or_their_endings(sentence: str, found: str | None) -> None:
    assert evaluative_word(sentence) == found

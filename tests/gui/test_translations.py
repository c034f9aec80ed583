"""The translations are complete, current, and keep every placeholder and mnemonic intact."""

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from desktop_app.gui.linguist import LANGUAGES, TRANSLATIONS, release, update

PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d")


def _messages(ts_file: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts_file).getroot()
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _keys(ts_file: Path) -> set[tuple[str, str]]:
    return {(context, message.findtext("source", "")) for context, message in _messages(ts_file)}


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_source_lists_every_text_of_the_code(language: str, tmp_path: Path) -> None:
    committed = TRANSLATIONS / f"tresen_{language}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    update(fresh, language)
    assert _keys(fresh) == _keys(committed), "run: python -m desktop_app.gui.linguist"


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_translation_is_current(language: str, tmp_path: Path) -> None:
    ts_file = TRANSLATIONS / f"tresen_{language}.ts"
    fresh = tmp_path / "fresh.qm"
    release(ts_file, fresh)
    assert fresh.read_bytes() == ts_file.with_suffix(".qm").read_bytes()


def test_german_is_complete_and_keeps_placeholders_and_one_mnemonic() -> None:
    problems = []
    for context, message in _messages(TRANSLATIONS / "tresen_de.ts"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            problems.append(f"{context}: untranslated: {source!r}")
            continue
        for text in _translations(message):
            if not text:
                problems.append(f"{context}: empty: {source!r}")
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: placeholders differ: {source!r} -> {text!r}")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                problems.append(f"{context}: mnemonic lost or added: {source!r} -> {text!r}")
    assert problems == []


def test_english_plurals_have_singular_and_plural() -> None:
    for context, message in _messages(TRANSLATIONS / "tresen_en.ts"):
        if message.get("numerus") == "yes":
            forms = _translations(message)
            assert len(forms) == 2 and all(forms), (context, message.findtext("source"))


def test_the_compiled_german_file_translates() -> None:
    translator = QTranslator()
    assert translator.load("tresen_de", str(TRANSLATIONS))
    assert translator.translate("MainWindow", "Check-in") == "Empfang"
    assert translator.translate("errors", "This field is required.") == (
        "Dieses Feld muss ausgefüllt werden."
    )

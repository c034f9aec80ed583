"""The printed register of processing activities, checked as a document: its text, its
pages and how its sections run over them."""

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.core.processing import (
    LegalBasis,
    LegalGround,
    ProcessingActivity,
    ProcessingRegisterContent,
    register_content,
)
from desktop_app.documents.fonts import bundled_fonts
from desktop_app.documents.paged import MARGIN, PagedLayout, document_styles
from desktop_app.documents.processing_register import (
    CONTROLLER,
    LABEL_COLUMN,
    LABELS,
    NO_SPECIAL_CATEGORIES,
    OFFICER,
    TITLE,
    TITLE_LAW,
    layout_processing_register,
    render_processing_register,
)
from tests.documents.checks import assert_tidy_pages
from tests.documents.examples import ISSUER
from tests.pdf_tools import info, page_texts, plain, render_page, text_of

PRINTED_ON = date(2026, 11, 23)
OFFICER_CONTACT = "Dr. Jana Beispiel, Datenschutz Beispiel GmbH, datenschutz@beispiel.example"


@pytest.fixture(scope="module")
def content() -> ProcessingRegisterContent:
    return register_content(ISSUER, PRINTED_ON, officer=OFFICER_CONTACT)


def _write(tmp_path: Path, content: ProcessingRegisterContent, watermark: str = "") -> Path:
    pdf = tmp_path / "verzeichnis.pdf"
    pdf.write_bytes(render_processing_register(content, watermark=watermark))
    return pdf


def _value_column(layout: PagedLayout) -> str:
    """The texts right of the labels, page after page and line after line, without the
    footers: a paragraph cut over two pages reads as one."""
    left = MARGIN + LABEL_COLUMN
    lines = [
        text.logical
        for page in layout.pages
        for text in sorted(page.texts, key=lambda text: (-text.y, text.x))
        if text.x >= left and text.y > MARGIN
    ]
    return plain(" ".join(lines))


def _body_text(pdf: Path, issuer_name: str) -> str:
    """The text in the order drawn, without the footers: a text cut over two pages reads
    as one, and a label comes before its texts."""
    pages = page_texts(pdf, raw=True)
    parts = []
    for number, page in enumerate(pages, start=1):
        text = plain(page)
        for footer in (
            f"Seite {number} von {len(pages)}",
            f"{TITLE} · {issuer_name} · Stand: 23.11.2026",
        ):
            assert footer in text
            text = text.replace(footer, "")
        parts.append(text)
    return plain(" ".join(parts))


def test_the_register_holds_every_activity_with_its_legal_basis(
    tmp_path: Path, content: ProcessingRegisterContent
) -> None:
    pdf = _write(tmp_path, content)
    text = _body_text(pdf, ISSUER.name)
    assert f"{TITLE} {TITLE_LAW}" in text
    assert info(pdf)["Title"] == f"{TITLE} {TITLE_LAW}"
    for number, activity in enumerate(content.activities, start=1):
        assert f"{number}. {activity.name}" in text
        for basis in activity.legal_bases:
            assert basis.text in text, basis.text
        for item in (*activity.purposes, *activity.data_categories, *activity.recipients):
            assert item in text, item
        # The label, then its texts, listed with dashes when there are several.
        dash = "– " if len(activity.retention) > 1 else ""
        assert f"{LABELS['retention']} {dash}{activity.retention[0]}" in text
    # The controller, who to ask about data protection, and of when the register is.
    assert CONTROLLER in text and ISSUER.name in text
    assert "Parkstraße 1, 10559 Berlin" in text
    assert OFFICER in text and OFFICER_CONTACT in text
    assert "Stand 23.11.2026" in text
    assert text.count(NO_SPECIAL_CATEGORIES) == len(content.activities)
    assert "Der Bürgergeld-Vermerk verlässt den Arbeitsplatz nie" in text
    assert "gemeinsame Datenbank des Einrichtungsverbunds" in text
    for measure in content.general_measures:
        assert measure in text


def test_the_register_runs_over_numbered_pages(
    tmp_path: Path, content: ProcessingRegisterContent
) -> None:
    pdf = _write(tmp_path, content)
    pages = page_texts(pdf)
    assert len(pages) == int(info(pdf)["Pages"]) > 3
    for number, page in enumerate(pages, start=1):
        words = plain(page)
        assert f"Seite {number} von {len(pages)}" in words
        assert f"{TITLE} · {ISSUER.name} · Stand: 23.11.2026" in words
    for number in (1, len(pages)):
        png = render_page(pdf, tmp_path / "png", dpi=100, page=number)
        with Image.open(png) as image:
            assert abs(image.width - 827) <= 1 and abs(image.height - 1169) <= 1
            histogram = image.convert("L").histogram()
        # Text on the page: a fair share of dark pixels, black among them.
        assert sum(histogram[:40]) > 0
        assert sum(histogram[:128]) > 0.01 * sum(histogram)


def _assert_no_heading_ends_a_page(layout: PagedLayout) -> None:
    """Every section's heading has lines of its first field under it on its page."""
    heading = document_styles(bundled_fonts()).heading
    for number, page in enumerate(layout.pages, start=1):
        body = [text for text in page.texts if text.y > MARGIN]
        for text in body:
            if (text.font, text.size) != (heading.font, heading.size):
                continue
            below = [other for other in body if other.y < text.y - heading.size]
            assert len([t for t in below if t.size < heading.size]) >= 2, (number, text.logical)


def test_the_pages_are_tidy_and_no_heading_ends_a_page(
    content: ProcessingRegisterContent,
) -> None:
    layout = layout_processing_register(content)
    assert_tidy_pages(layout)
    _assert_no_heading_ends_a_page(layout)


def test_without_an_officer_the_register_names_none(tmp_path: Path) -> None:
    content = register_content(ISSUER, PRINTED_ON)
    text = plain(text_of(_write(tmp_path, content)))
    assert OFFICER not in text
    assert CONTROLLER in text


def test_a_sample_carries_its_mark_where_text_extraction_finds_it(
    tmp_path: Path, content: ProcessingRegisterContent
) -> None:
    pages = page_texts(_write(tmp_path, content, watermark="MUSTER / SAMPLE"))
    assert "MUSTER / SAMPLE" in plain(pages[0])
    assert_tidy_pages(layout_processing_register(content, watermark="MUSTER / SAMPLE"))


def test_long_texts_wrap_and_long_fields_go_on_over_pages(tmp_path: Path) -> None:
    """Read from the layout: in the PDF a cut paragraph has the page's footer inside it."""
    sentence = "Sehr lange Beschreibung einer Verarbeitung mit Donaudampfschifffahrtsgesellschaft. "
    long_text = (sentence * 60).strip()
    many = tuple(f"Datenkategorie Nummer {n}: {sentence.strip()}" for n in range(90))
    activity = ProcessingActivity(
        key="long",
        name="Eine Tätigkeit mit einem sehr langen Namen, der über mehr als eine Zeile der "
        "Überschrift hinausgeht und trotzdem ganz lesbar bleibt",
        purposes=(long_text,),
        legal_bases=(LegalBasis(LegalGround.PUBLIC_TASK, long_text),),
        data_subjects=("Alle.",),
        data_categories=many,
        recipients=("Niemand.",),
        retention=("Ein Jahr.",),
        measures=("Keine besonderen.",),
    )
    content = ProcessingRegisterContent(
        issuer=replace(ISSUER, name="Stadtteilzentrum mit einem ungewöhnlich langen Namen e. V."),
        printed_on=PRINTED_ON,
        activities=(activity, activity),
    )
    layout = layout_processing_register(content)
    assert_tidy_pages(layout)
    _assert_no_heading_ends_a_page(layout)
    assert len(layout.pages) >= 6
    # The pages are filled: a long text goes on where the page ends, not on the next one.
    for page in layout.pages[:-1]:
        lowest = min(text.y for text in page.texts if text.y > MARGIN)
        assert lowest < MARGIN + 40
    text = _value_column(layout)
    assert text.count(long_text) == 4  # purpose and legal basis, in each of the two sections
    assert all(item in text for item in many)
    assert "Art. 6 Abs. 1 lit. e DSGVO (Aufgabe im öffentlichen Interesse)" in text
    assert int(info(_write(tmp_path, content))["Pages"]) == len(layout.pages)


def test_the_same_register_gives_the_same_bytes(content: ProcessingRegisterContent) -> None:
    assert render_processing_register(content) == render_processing_register(content)

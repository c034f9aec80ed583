"""The consent form, checked as a document: every purpose, the withdrawal, the rights and the
guardian's block in each language, tick boxes drawn as boxes, one or two tidy pages."""

import re
import string
import unicodedata
from dataclasses import fields, replace
from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]

from desktop_app.core.consent_records import (
    CONSENT_FORM_LANGUAGES,
    CONSENT_TEXT_VERSION,
    FORM_PURPOSES,
    GUARDIAN_AGE,
    ConsentFormContent,
)
from desktop_app.core.text_tables import TextsProblem
from desktop_app.documents.consent_form import (
    TICK_BOX,
    layout_consent_form,
    render_consent_form,
)
from desktop_app.documents.consent_texts import (
    TEXT_KEYS,
    ConsentTexts,
    consent_texts,
    consent_texts_file,
    read_consent_texts,
)
from desktop_app.documents.fonts import bundled_fonts
from desktop_app.documents.layout import PlacedBox, PlacedText
from desktop_app.documents.paged import PagedLayout
from desktop_app.documents.scripts import runs_right_to_left, wrap
from tests.documents.checks import assert_texts_apart, assert_tidy_pages, text_box
from tests.documents.examples import ISSUER
from tests.pdf_tools import image_count, info, page_texts, plain, render_page, text_of

MM = 72 / 25.4
SECOND_LANGUAGES = [language for language in CONSENT_FORM_LANGUAGES if language != "de"]
_ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
_ARABIC_LETTERS = re.compile("[\u0621-\u064a]+(?: [\u0621-\u064a]+)*")
# Mirrored in right-to-left text by rule L4 of the bidi algorithm, which the reordering
# skips: in Arabic they would print turned the wrong way round.
_BRACKETS = re.compile(r"[()\[\]{}<>«»‹›]")

BLANK = ConsentFormContent(issuer=ISSUER, place="Berlin")
NAMED = replace(BLANK, person_name="Amira Haddad")


def _content(language: str, **changes: object) -> ConsentFormContent:
    return replace(BLANK, language=language, **changes)  # type: ignore[arg-type]


def _write(tmp_path: Path, content: ConsentFormContent, name: str = "consent") -> Path:
    path = tmp_path / f"{name}-{content.language}.pdf"
    path.write_bytes(render_consent_form(content))
    return path


def _strings(texts: ConsentTexts) -> list[str]:
    return [getattr(texts, field.name) for field in fields(texts) if field.name != "language"]


def _parts(texts: ConsentTexts, content: ConsentFormContent) -> list[str]:
    """What the form says in one language: each purpose, withdrawal, rights and the
    guardian's block, filled in as printed."""
    purposes = [
        part
        for purpose in FORM_PURPOSES
        for part in (texts.purpose_title(purpose), texts.purpose_text(purpose))
    ]
    return [
        texts.title,
        texts.name,
        texts.intro_text(content.issuer.name),
        *purposes,
        texts.withdrawal_title,
        texts.withdrawal_text(content.issuer.email),
        texts.rights_title,
        texts.rights,
        texts.place_and_date,
        texts.signature,
        texts.guardian_heading(GUARDIAN_AGE),
        texts.guardian_text,
        texts.guardian_name,
        texts.guardian_signature,
    ]


# The texts.


def test_every_language_has_every_text() -> None:
    for language in CONSENT_FORM_LANGUAGES:
        texts = consent_texts(language)
        assert texts.language == language
        for key in TEXT_KEYS:
            assert getattr(texts, key).strip(), (language, key)
        for purpose in FORM_PURPOSES:
            assert texts.purpose_title(purpose) and texts.purpose_text(purpose)


def test_the_texts_are_read_once_and_an_unknown_language_is_refused() -> None:
    assert consent_texts("tr") is consent_texts("tr")
    with pytest.raises(ValueError, match="fr"):
        consent_texts("fr")


def test_a_table_lacking_a_text_is_refused(tmp_path: Path) -> None:
    source = consent_texts_file().read_text(encoding="utf-8")
    broken = tmp_path / "consent_texts.toml"
    # The Turkish table loses its guardian's signature label.
    turkish = source.index("[tr]")
    line = re.compile(r"^guardian_signature = .*\n", re.M)
    match = line.search(source, turkish)
    assert match is not None
    broken.write_text(source[: match.start()] + source[match.end() :], encoding="utf-8")
    with pytest.raises(TextsProblem, match=r"\[tr\] lacks guardian_signature"):
        read_consent_texts(broken)


@pytest.mark.parametrize("language", SECOND_LANGUAGES)
def test_every_language_fills_in_the_same_placeholders(language: str) -> None:
    german, other = consent_texts("de"), consent_texts(language)
    for key in TEXT_KEYS:
        names = {name for _, name, _, _ in string.Formatter().parse(getattr(german, key)) if name}
        other_names = {
            name for _, name, _, _ in string.Formatter().parse(getattr(other, key)) if name
        }
        assert names == other_names, (language, key)


@pytest.mark.parametrize("language", CONSENT_FORM_LANGUAGES)
def test_the_bundled_font_has_every_glyph_the_texts_need(language: str) -> None:
    fonts = bundled_fonts()
    for name in (fonts.regular, fonts.bold):
        glyphs = pdfmetrics.getFont(name).face.charToGlyph
        for text in _strings(consent_texts(language)):
            for line in wrap(text, name, 9, 10_000):
                missing = {char for char in line.text if ord(char) not in glyphs}
                assert not missing, f"{language}: {text!r} needs {missing!r}"


def test_arabic_texts_carry_no_vowel_marks_and_no_brackets() -> None:
    """The shaper drops harakat, and brackets would print turned the wrong way round."""
    for text in _strings(consent_texts("ar")):
        marks = [char for char in text if unicodedata.category(char) == "Mn"]
        assert not marks, text
        without_placeholders = re.sub(r"\{\w+\}", "", text)
        assert not _BRACKETS.search(without_placeholders), text


def test_withdrawal_names_the_facilitys_address_or_the_desk_alone() -> None:
    german = consent_texts("de")
    assert "per E-Mail an info@nbh-am-park.example" in german.withdrawal_text(ISSUER.email)
    assert "@" not in german.withdrawal_text("  ")
    assert "am Empfang" in german.withdrawal_text("")
    for language in CONSENT_FORM_LANGUAGES:
        assert ISSUER.email in consent_texts(language).withdrawal_text(ISSUER.email)


# The form's text, as a reader of the PDF takes it in.


@pytest.mark.parametrize("language", CONSENT_FORM_LANGUAGES)
def test_every_part_is_there_in_german(tmp_path: Path, language: str) -> None:
    content = _content(language)
    text = plain(text_of(_write(tmp_path, content)))
    for part in _parts(consent_texts("de"), content):
        assert plain(part) in text, part
    for part in (
        ISSUER.name,
        "Parkstraße 1 · 10559 Berlin",
        "Art. 7 Abs. 3 DSGVO",
        "Berliner Beauftragten für Datenschutz und Informationsfreiheit (BlnBDI)",
        f"Für Personen unter {GUARDIAN_AGE} Jahren",
        f"Textversion {CONSENT_TEXT_VERSION}",
    ):
        assert part in text, part


@pytest.mark.parametrize("language", ["en", "tr"])
def test_every_part_is_there_in_the_second_language(tmp_path: Path, language: str) -> None:
    content = _content(language)
    text = plain(text_of(_write(tmp_path, content)))
    for part in _parts(consent_texts(language), content):
        assert plain(part) in text, part


def _arabic_lines(layout: PagedLayout) -> list[PlacedText]:
    return [text for text in layout.texts if _ARABIC.search(text.logical)]


def test_every_arabic_part_is_printed_in_reading_order_and_on_the_right(tmp_path: Path) -> None:
    """pdftotext gives Arabic back line by line, so the whole texts are checked in the
    layout, and each run of Arabic words of each line in the PDF's text, as for the slip."""
    content = _content("ar")
    layout = layout_consent_form(content)
    lines = _arabic_lines(layout)
    read = " ".join(plain(line.logical) for line in lines)
    for part in _parts(consent_texts("ar"), content):
        assert plain(part) in read, part
    text = plain(text_of(_write(tmp_path, content)))
    runs = [run for line in lines for run in _ARABIC_LETTERS.findall(plain(line.logical))]
    assert len(runs) > 60
    for run in runs:
        assert run in text, run
    # Right to left means aligned on the right: the Arabic lines end at a few right edges
    # (the page's, the tick boxes' column shares it, the signature fields' and the
    # guardian's frame), while their left ends vary with their length.
    right_to_left = [line for line in lines if runs_right_to_left(line.logical)]
    right_ends = {round(line.x + line.width, 1) for line in right_to_left}
    assert round(layout.width - 18 * MM, 1) in right_ends
    assert len(right_ends) <= 6, sorted(right_ends)
    assert len({round(line.x, 1) for line in right_to_left}) > 3 * len(right_ends)


def test_arabic_is_printed_joined(tmp_path: Path) -> None:
    raw = text_of(_write(tmp_path, _content("ar")), raw=True)
    assert len(re.findall("[\ufb50-\ufdff\ufe70-\ufeff]", raw)) > 500
    assert not re.search("[\u0621-\u064a]", raw)


def test_a_german_form_speaks_german_alone(tmp_path: Path) -> None:
    text = plain(text_of(_write(tmp_path, _content("de"))))
    for language in SECOND_LANGUAGES:
        other = consent_texts(language)
        for part in (other.title, other.registration_text, other.guardian_text, other.rights):
            assert plain(part) not in text, part
    assert not _ARABIC.search(text)


def test_a_language_without_texts_is_refused() -> None:
    with pytest.raises(ValueError, match="fr"):
        render_consent_form(_content("fr"))


# Pages, footer and metadata.


@pytest.mark.parametrize("language", CONSENT_FORM_LANGUAGES)
def test_one_page_in_german_two_at_most_with_a_second_language(
    tmp_path: Path, language: str
) -> None:
    content = _content(language)
    pdf = _write(tmp_path, content)
    fields = info(pdf)
    pages = int(fields["Pages"])
    assert pages == 1 if language == "de" else 1 <= pages <= 2
    assert fields["Page size"].startswith("595.276 x 841.89 pts")
    texts = [plain(page) for page in page_texts(pdf)]
    assert len(texts) == pages
    for number, page_text in enumerate(texts, start=1):
        # Every page names the wording it carries, and where it belongs.
        assert f"Textversion {CONSENT_TEXT_VERSION}" in page_text
        assert f"Seite {number} von {pages}" in page_text
    # The purposes are ticked and signed on the pages of one form, in the right order.
    whole = " ".join(texts)
    german = consent_texts("de")
    order = [german.purpose_title(purpose) for purpose in FORM_PURPOSES]
    order += [german.withdrawal_title, german.rights_title, german.guardian_name]
    positions = [whole.index(plain(part)) for part in order]
    assert positions == sorted(positions)
    for page in range(1, pages + 1):
        png = render_page(pdf, tmp_path / "png", dpi=100, page=page)
        with Image.open(png) as image:
            assert abs(image.width - 827) <= 1 and abs(image.height - 1169) <= 1
            histogram = image.convert("L").histogram()
        assert sum(histogram[:60]) > 0.002 * sum(histogram)  # dark text, not a blank page


def test_the_text_version_is_the_one_the_content_names(tmp_path: Path) -> None:
    text = plain(text_of(_write(tmp_path, _content("en", text_version="2027-03"))))
    assert "Textversion 2027-03" in text
    assert f"Textversion {CONSENT_TEXT_VERSION}" not in text


def test_metadata_names_the_kind_of_document_and_nobody(tmp_path: Path) -> None:
    content = replace(NAMED, language="tr")
    fields = info(_write(tmp_path, content))
    assert fields["Title"] == consent_texts("de").title
    assert fields["Creator"] == "Tresen"
    assert not any("Amira" in value or "Haddad" in value for value in fields.values())


def test_the_same_form_gives_the_same_bytes() -> None:
    content = _content("ar")
    assert render_consent_form(content) == render_consent_form(content)


# The person, the place, the contact.


def test_a_named_form_prints_the_name_and_a_blank_form_a_line_to_write_it_on(
    tmp_path: Path,
) -> None:
    named = replace(NAMED, language="en")
    pages = [plain(page) for page in page_texts(_write(tmp_path, named, "named"))]
    assert "Name · Name Amira Haddad" in pages[0]
    assert all("Amira Haddad" in page for page in pages)  # in the footer of every page

    blank = layout_consent_form(_content("en"))
    name_label = next(text for text in blank.pages[0].texts if text.logical == "Name")
    below = [
        rule
        for rule in blank.pages[0].rules
        if rule.y1 == rule.y2 and name_label.y - 40 < rule.y1 < name_label.y - 15
    ]
    assert len(below) == 1 and below[0].x2 - below[0].x1 > 400
    assert "Amira" not in text_of(_write(tmp_path, _content("en"), "blank"))


def test_the_place_stands_ready_on_both_date_lines() -> None:
    """The person's and the guardian's: the place printed on the line, the date to add."""
    (page,) = layout_consent_form(_content("de")).pages
    labels = [text for text in page.texts if text.logical == "Ort, Datum"]
    places = [text for text in page.texts if text.logical == "Berlin,"]
    assert len(labels) == len(places) == 2
    for label, place in zip(labels, places, strict=True):
        assert place.x == pytest.approx(label.x) and 0 < place.y - label.y < 40
    (page,) = layout_consent_form(_content("de", place="")).pages
    assert not any(text.logical == "Berlin," for text in page.texts)
    assert sum(text.logical == "Ort, Datum" for text in page.texts) == 2


def test_without_an_email_the_form_says_how_else_to_withdraw(tmp_path: Path) -> None:
    content = _content("en", issuer=replace(ISSUER, email=""))
    text = plain(text_of(_write(tmp_path, content)))
    assert plain(consent_texts("de").withdrawal_no_email) in text
    assert plain(consent_texts("en").withdrawal_no_email) in text
    assert "per E-Mail an" not in text


def test_a_data_protection_contact_is_printed_if_the_facility_names_one(tmp_path: Path) -> None:
    contact = "Datenschutzbeauftragte des Trägers, datenschutz@traeger.example"
    with_contact = plain(text_of(_write(tmp_path, _content("tr", privacy_contact=contact))))
    assert f"Datenschutz-Kontakt · Veri koruma ile ilgili iletişim {contact}" in with_contact
    without = plain(text_of(_write(tmp_path, _content("tr"), "without")))
    assert "Datenschutz-Kontakt" not in without


# Layout: tick boxes, the guardian's frame, nothing overlapping or off the page.


def _tick_boxes(layout: PagedLayout) -> list[tuple[int, PlacedBox]]:
    return [
        (number, box)
        for number, page in enumerate(layout.pages)
        for box in page.boxes
        if box.width == pytest.approx(TICK_BOX) and box.height == pytest.approx(TICK_BOX)
    ]


def _rectangle(box: PlacedBox) -> tuple[float, float, float, float]:
    return (box.x, box.y, box.x + box.width, box.y + box.height)


@pytest.mark.parametrize("language", CONSENT_FORM_LANGUAGES)
def test_one_square_tick_box_beside_each_purpose(language: str) -> None:
    layout = layout_consent_form(_content(language))
    boxes = _tick_boxes(layout)
    assert len(boxes) == len(FORM_PURPOSES)
    german = consent_texts("de")
    for (number, box), purpose in zip(boxes, FORM_PURPOSES, strict=True):
        assert box.stroke_grey is not None and box.fill_grey is None and box.radius == 0
        assert box.width >= 4 * MM - 0.5  # big enough to cross by hand
        title = next(
            text
            for text in layout.pages[number].texts
            if text.logical == german.purpose_title(purpose)
        )
        # On the title's line, just left of it.
        bottom, top = text_box(title)[1], text_box(title)[3]
        assert bottom - 2 < box.y + box.height / 2 < top + 2
        assert 0 < title.x - (box.x + box.width) < 15
    # Drawn as a square, never as a glyph a font may lack.
    assert not any("☐" in text.text or "□" in text.text for text in layout.texts)


def test_the_tick_boxes_print_as_empty_squares(tmp_path: Path) -> None:
    content = _content("de")
    (_, box), *_ = _tick_boxes(layout_consent_form(content))
    png = render_page(_write(tmp_path, content), tmp_path / "png", dpi=200)
    dots = 200 / 72
    left, top = round(box.x * dots), round((841.89 - box.y - box.height) * dots)
    size = round(box.width * dots)
    with Image.open(png) as image:
        grey = image.convert("L")
        edge = grey.crop((left - 2, top - 2, left + 3, top + size + 2))
        inside = grey.crop((left + 5, top + 5, left + size - 5, top + size - 5))
        assert min(edge.tobytes()) < 100  # the box's left side is drawn
        assert min(inside.tobytes()) > 200  # and the box is empty, ready to tick


@pytest.mark.parametrize("language", CONSENT_FORM_LANGUAGES)
@pytest.mark.parametrize("content", [BLANK, NAMED], ids=["blank", "named"])
def test_nothing_overlaps_or_leaves_the_margins(language: str, content: ConsentFormContent) -> None:
    layout = layout_consent_form(replace(content, language=language))
    assert len(layout.pages) <= 2
    assert_tidy_pages(layout)
    for number, page in enumerate(layout.pages):
        ticks = [_rectangle(box) for index, box in _tick_boxes(layout) if index == number]
        assert_texts_apart(page.texts, ticks)


@pytest.mark.parametrize("language", CONSENT_FORM_LANGUAGES)
def test_the_guardians_block_is_framed_with_its_texts_inside(language: str) -> None:
    layout = layout_consent_form(_content(language))
    (page,) = [page for page in layout.pages if any("16" in t.logical for t in page.texts)]
    heading = next(
        text
        for text in page.texts
        if text.logical == consent_texts("de").guardian_heading(GUARDIAN_AGE)
    )
    frames = [
        box
        for box in page.boxes
        if box.stroke_grey is not None
        and box.x <= heading.x
        and box.y <= heading.y <= box.y + box.height
        and box.width > 400
    ]
    assert len(frames) == 1
    frame = _rectangle(frames[0])
    german = consent_texts("de")
    for label in (german.guardian_text, german.guardian_name, german.guardian_signature):
        inside = [
            text
            for text in page.texts
            if plain(text.logical) in plain(label) and text.y > frame[1] and text.y < frame[3]
        ]
        assert inside, label
    # The person's own signature stands above the frame, on the same page.
    signature = [text for text in page.texts if text.logical == german.signature]
    assert len(signature) == 1 and signature[0].y > frame[3]


def test_long_names_stay_tidy_within_two_pages(tmp_path: Path) -> None:
    long_issuer = replace(
        ISSUER,
        name="Stadtteil- und Familienzentrum mit Nachbarschaftscafé " * 3,
        contact_person="Maria Beispiel-Langname, Koordination und Empfang",
    )
    for language in CONSENT_FORM_LANGUAGES:
        content = _content(
            language,
            issuer=long_issuer,
            person_name="Alexandra Maria Nowak-Schulze-Wiśniewska " * 4,
            privacy_contact="Datenschutz beim Träger, datenschutz@traeger.example " * 4,
        )
        layout = layout_consent_form(content)
        assert len(layout.pages) <= 2, language
        assert_tidy_pages(layout)
        assert info(_write(tmp_path, content))["Pages"] == str(len(layout.pages))


def test_a_logo_is_printed_in_the_letterhead(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (1200, 400), (30, 110, 80)).save(logo)
    content = _content("ar", issuer=replace(ISSUER, logo=logo))
    assert image_count(_write(tmp_path, content)) == 1
    layout = layout_consent_form(content)
    assert len(layout.pages[0].images) == 1
    assert_tidy_pages(layout)


def test_a_samples_mark_is_on_the_page_and_in_its_text(tmp_path: Path) -> None:
    content = _content("tr")
    marked = tmp_path / "marked.pdf"
    marked.write_bytes(render_consent_form(content, watermark="MUSTER / SAMPLE"))
    assert "MUSTER / SAMPLE" in text_of(marked)
    assert "MUSTER / SAMPLE" not in text_of(_write(tmp_path, content))
    assert_tidy_pages(layout_consent_form(content, watermark="MUSTER / SAMPLE"))
    images = []
    for pdf in (marked, _write(tmp_path, content, "plain")):
        with Image.open(render_page(pdf, tmp_path / pdf.stem, dpi=50)) as image:
            images.append(image.convert("L").tobytes())
    assert images[0] != images[1]

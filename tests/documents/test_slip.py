"""The referral slip, checked as a document: its text, its QR code, its paper, its layout."""

import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.core.referral_records import PaperSize, SlipContent, SlipTarget
from desktop_app.documents.layout import PlacedText
from desktop_app.documents.scripts import runs_right_to_left
from desktop_app.documents.slip import (
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    SlipLayout,
    layout_slip,
    render_slip,
)
from desktop_app.documents.texts import SlipTexts, slip_texts
from tests.documents.checks import assert_tidy_slip
from tests.documents.examples import CODE, ISSUER, TARGET, slip_content
from tests.pdf_tools import image_count, info, plain, qr_codes, render_page, text_of

MM = 72 / 25.4
_ARABIC_LETTERS = re.compile("[\u0621-\u064a]+(?: [\u0621-\u064a]+)*")
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")

# Longer than anything a desk would enter, every field at once.
_LONG = "Sehr lange Beschreibung mit vielen Wörtern und noch mehr Wörtern " * 30
LONG_TARGET = SlipTarget(
    name=_LONG[:100],
    kind=_LONG[:100],
    offer_name=_LONG[:120],
    address_lines=(_LONG[:200], _LONG[:200], _LONG[:200]),
    phone="0" * 40,
    email="m" * 240 + "@x.example",
    website="https://" + "w" * 490,
    hours=tuple(
        (day, f"{hour:02d}:00", f"{hour + 1:02d}:00")
        for day in range(7)
        for hour in range(8, 20, 2)
    ),
    hours_note=_LONG,
    contact_name="C" * 100,
    contact_phone="0" * 40,
    contact_email="c" * 240 + "@x.example",
    accessibility=_LONG,
)


def _write(tmp_path: Path, content: SlipContent, name: str = "slip") -> Path:
    path = tmp_path / f"{name}-{content.language}-{content.paper}.pdf"
    path.write_bytes(render_slip(content))
    return path


def _german_parts(content: SlipContent) -> list[str]:
    german = slip_texts("de")
    target = content.target
    assert content.appointment_at is not None
    return [
        ISSUER.name,
        "Parkstraße 1 · 10559 Berlin",
        "Tel. 030 1234567",
        ISSUER.email,
        "Ansprechperson: Maria Beispiel",
        german.title,
        german.for_person,
        content.person_label,
        german.issued_on,
        "23.11.2026",
        german.target_heading,
        target.name,
        target.kind,
        german.offer,
        target.offer_name,
        german.address,
        *target.address_lines,
        german.opening_hours,
        "Mo 10:00–14:00",
        "Mi 10:00–14:00, 16:00–18:00",
        target.hours_note,
        german.phone,
        target.phone,
        german.email,
        target.email,
        german.website,
        target.website,
        german.contact,
        "Frau Yılmaz · 030 9876544",
        target.contact_email,
        german.accessibility,
        target.accessibility,
        german.appointment,
        "Di., 01.12.2026, 10:30 Uhr",
        "Sie interessieren sich für den Bereich Arbeit und Beschäftigung: Hilfe beim Lebenslauf",
        "Der Besuch ist freiwillig",
        german.voluntary,
        german.code_label,
        "7KM4Q-X9TBD",
        german.code_note,
        "Teilnahme bestätigt am",
        "(Stempel)",
        german.stamp_note,
    ]


def _second_parts(content: SlipContent, texts: SlipTexts) -> list[str]:
    assert content.appointment_at is not None
    return [
        texts.title,
        texts.for_person,
        texts.issued_on,
        texts.format_date(content.issued_on),
        texts.target_heading,
        texts.offer,
        texts.address,
        texts.opening_hours,
        texts.hours_line(0, [("10:00", "14:00")]),
        texts.hours_line(2, [("10:00", "14:00"), ("16:00", "18:00")]),
        texts.phone,
        texts.email,
        texts.website,
        texts.contact,
        texts.accessibility,
        texts.appointment,
        texts.format_appointment(content.appointment_at),
        texts.purpose_sentence(content.field_of_action, content.purpose),
        texts.voluntary,
        texts.code_label,
        texts.code_note,
        texts.stamp_confirmed_on,
        texts.stamp,
        texts.stamp_note,
    ]


def test_every_part_of_the_slip_is_there_in_german(tmp_path: Path, language: str) -> None:
    content = slip_content(language)
    text = plain(text_of(_write(tmp_path, content)))
    for part in _german_parts(content):
        assert plain(part) in text, part


@pytest.mark.parametrize("language", ["en", "tr"])
def test_every_part_is_there_in_the_second_language(tmp_path: Path, language: str) -> None:
    content = slip_content(language)
    text = plain(text_of(_write(tmp_path, content)))
    for part in _second_parts(content, slip_texts(language)):
        assert plain(part) in text, part


def test_a_german_slip_speaks_german_alone(tmp_path: Path) -> None:
    text = text_of(_write(tmp_path, slip_content("de")))
    for language in ("en", "tr", "ar"):
        other = slip_texts(language)
        for part in (other.title, other.target_heading, other.voluntary, other.stamp_note):
            assert plain(part) not in plain(text), part
    assert not re.search("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]", text)


def _arabic_lines(layout: SlipLayout) -> list[PlacedText]:
    return [text for text in layout.texts if re.search("[\u0600-\u06ff]", plain(text.logical))]


def test_arabic_is_printed_joined(tmp_path: Path) -> None:
    raw = text_of(_write(tmp_path, slip_content("ar")), raw=True)
    # What the page holds are the letters' joined forms, not the bare letters.
    assert len(_PRESENTATION_FORMS.findall(raw)) > 200
    assert not re.search("[\u0621-\u064a]", raw)


def test_the_slip_carries_every_arabic_text_in_reading_order() -> None:
    content = slip_content("ar")
    layout = layout_slip(content)
    read = " ".join(plain(text.logical) for text in _arabic_lines(layout))
    for part in _second_parts(content, slip_texts("ar")):
        if _ARABIC_LETTERS.search(part):  # the issue date is printed once, in digits
            assert plain(part) in read, part
    # Right to left means aligned on the right: the Arabic lines end at the right edges of
    # a few columns (the page, the boxes' insides, the left columns, the code column), while
    # their left ends vary with their length.
    lines = [text for text in _arabic_lines(layout) if runs_right_to_left(text.logical)]
    right_ends = {round(text.x + text.width, 1) for text in lines}
    assert len(right_ends) <= 4, sorted(right_ends)
    assert round(PAGE_WIDTH - MARGIN, 1) in right_ends
    assert len({round(text.x, 1) for text in lines}) > 2 * len(right_ends)


def test_arabic_reads_back_from_the_pdf_in_reading_order(tmp_path: Path) -> None:
    """pdftotext puts each right-to-left run back into reading order.

    A whole text comes back exactly when it has no punctuation, digits or Latin letters.
    Otherwise poppler orders the runs of a line that starts on the left with a full stop or
    a digit from left to right, so each run of Arabic words is compared on its own.
    """
    content = slip_content("ar")
    text = plain(text_of(_write(tmp_path, content)))
    arabic = slip_texts("ar")
    for part in _second_parts(content, arabic):
        if re.fullmatch("[\u0621-\u064a ]+", part):
            assert plain(part) in text, part
    for line in _arabic_lines(layout_slip(content)):
        for run in _ARABIC_LETTERS.findall(plain(line.logical)):
            assert run in text, run


@pytest.mark.parametrize("paper", [PaperSize.A5, PaperSize.A4])
def test_the_qr_code_holds_exactly_the_code(
    tmp_path: Path, language: str, paper: PaperSize
) -> None:
    pdf = _write(tmp_path, slip_content(language, paper=paper))
    assert qr_codes(pdf, tmp_path / "pages") == [CODE]


def test_the_qr_code_is_large_enough_to_scan_from_paper() -> None:
    for paper in PaperSize:
        layout = layout_slip(slip_content("ar", paper=paper))
        assert layout.qr.size * layout.scale >= 25 * MM
        assert layout.qr.value == CODE


def test_a_code_typed_with_a_hyphen_gives_the_same_qr_code(tmp_path: Path) -> None:
    pdf = _write(tmp_path, slip_content("en", code="7km4q-x9tbd"))
    assert qr_codes(pdf, tmp_path / "pages") == [CODE]
    assert "7KM4Q-X9TBD" in text_of(pdf)


@pytest.mark.parametrize(
    ("paper", "size"),
    [(PaperSize.A5, "419.528 x 595.276 pts"), (PaperSize.A4, "595.276 x 841.89 pts")],
)
def test_paper_size_and_one_page(tmp_path: Path, paper: PaperSize, size: str) -> None:
    fields = info(_write(tmp_path, slip_content("tr", paper=paper)))
    assert fields["Page size"].startswith(size)
    assert fields["Pages"] == "1"


def test_metadata_names_the_code_and_nothing_personal(tmp_path: Path) -> None:
    fields = info(_write(tmp_path, slip_content("en", person_label="Amira")))
    assert fields["Title"] == "Vermittlung 7KM4Q-X9TBD"
    assert fields["Creator"] == "Tresen"
    assert not any("Amira" in value for value in fields.values())


def test_without_appointment_purpose_or_hours_the_slip_leaves_them_out(tmp_path: Path) -> None:
    content = slip_content(
        "en",
        appointment_at=None,
        field_of_action="",
        purpose="",
        target=replace(TARGET, hours=(), hours_note=""),
    )
    text = plain(text_of(_write(tmp_path, content)))
    assert "Termin" not in text
    assert "Sie interessieren sich" not in text
    assert "Öffnungszeiten" not in text
    assert "Der Besuch ist freiwillig" in text


def test_very_long_texts_are_shortened_onto_one_page(tmp_path: Path, language: str) -> None:
    content = slip_content(language, target=LONG_TARGET, person_label="P" * 40, purpose=_LONG[:200])
    layout = layout_slip(content)
    assert layout.compaction > 0
    assert_tidy_slip(layout)
    pdf = _write(tmp_path, content)
    assert info(pdf)["Pages"] == "1"
    assert "…" in text_of(pdf)
    assert qr_codes(pdf, tmp_path / "pages") == [CODE]


def test_a_samples_mark_lies_over_the_grey_appointment_box(tmp_path: Path) -> None:
    """The diagonal mark is drawn over the boxes' grey grounds, not hidden under them."""
    content = slip_content("en")
    (ground,) = [box for box in layout_slip(content).boxes if box.fill_grey is not None]
    dots = 100 / 72  # pixels a point at 100 dpi; the A5 slip fills its paper
    inner = (
        round((ground.x + 2) * dots),
        round((PAGE_HEIGHT - ground.y - ground.height + 2) * dots),
        round((ground.x + ground.width - 2) * dots),
        round((PAGE_HEIGHT - ground.y - 2) * dots),
    )
    crops = []
    for name, watermark in (("plain", ""), ("sample", "MUSTER / SAMPLE")):
        pdf = tmp_path / f"{name}.pdf"
        pdf.write_bytes(render_slip(content, watermark=watermark))
        with Image.open(render_page(pdf, tmp_path, dpi=100)) as image:
            crops.append(image.convert("L").crop(inner).tobytes())
    assert crops[0] != crops[1]


def test_the_same_slip_gives_the_same_bytes() -> None:
    content = slip_content("ar")
    assert render_slip(content) == render_slip(content)


def test_a_language_without_texts_is_refused() -> None:
    with pytest.raises(ValueError, match="fr"):
        render_slip(slip_content("fr"))


@pytest.mark.parametrize("paper", [PaperSize.A5, PaperSize.A4])
def test_nothing_overlaps_or_leaves_the_margins(language: str, paper: PaperSize) -> None:
    layout = layout_slip(slip_content(language, paper=paper))
    assert layout.compaction == 0  # realistic content fits in full
    assert_tidy_slip(layout)


def _logo_content(logo: Path | None) -> SlipContent:
    return slip_content("ar", issuer=replace(ISSUER, logo=logo))


@pytest.mark.parametrize(
    "bad",
    [
        "missing.png",
        "not-an-image.png",  # text
        "cut-off.png",  # a PNG signature and then nothing of use
        "logo.gif",  # an image, but not one a letterhead takes
    ],
)
def test_an_unusable_logo_is_left_out(tmp_path: Path, bad: str) -> None:
    path = tmp_path / bad
    if bad == "not-an-image.png":
        path.write_text("Logo", encoding="utf-8")
    elif bad == "cut-off.png":
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    elif bad == "logo.gif":
        Image.new("RGB", (40, 20), "red").save(path)
    pdf = _write(tmp_path, _logo_content(path))
    assert image_count(pdf) == 0
    assert ISSUER.name in text_of(pdf)
    assert qr_codes(pdf, tmp_path / "pages") == [CODE]


@pytest.mark.parametrize("suffix", ["png", "jpg"])
def test_a_logo_is_printed_small_in_the_letterhead(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"logo.{suffix}"
    Image.new("RGB", (1200, 400), (30, 110, 80)).save(path)
    content = _logo_content(path)
    pdf = _write(tmp_path, content)
    assert image_count(pdf) == 1
    layout = layout_slip(content)
    assert layout.logo is not None
    assert layout.logo.height <= 15 * MM + 0.01 and layout.logo.width <= 40 * MM + 0.01
    # At the top of the page, beside the facility's name.
    assert layout.logo.y + layout.logo.height == pytest.approx(PAGE_HEIGHT - MARGIN)
    assert_tidy_slip(layout)


def test_no_control_characters_reach_the_page() -> None:
    """Bidi reordering is done, not left to marks a PDF viewer would ignore."""
    layout = layout_slip(slip_content("ar"))
    for text in layout.texts:
        assert all(unicodedata.category(char) not in ("Cc", "Cf", "Cn") for char in text.text)

"""The statistics report checked as a document: its figures, the "< 3" rule, its charts and
pages, in German and English."""

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.core.statistics_export import StatisticsReportContent
from desktop_app.core.statistics_records import (
    SMALL_COUNT_TEXT,
    Comparison,
    Count,
    CountingRules,
    Period,
    PeriodKind,
    VisitRule,
)
from desktop_app.core.statistics_tables import report_title
from desktop_app.core.statistics_texts import statistics_texts
from desktop_app.documents.layout import PlacedText
from desktop_app.documents.paged import MARGIN
from desktop_app.documents.statistics_report import (
    CURRENT,
    StatisticsLayout,
    layout_statistics_report,
    render_statistics_report,
)
from tests.core.statistics_examples import (
    FACILITY,
    FORMULA_OFFER,
    annual_comparison,
    monthly_comparison,
)
from tests.documents.checks import assert_tidy_pages, overlap, text_box
from tests.documents.examples import ISSUER
from tests.pdf_tools import info, page_texts, plain, render_page, text_of

ISSUED_ON = date(2026, 1, 12)


def _content(comparison: Comparison | None = None, language: str = "de") -> StatisticsReportContent:
    return StatisticsReportContent(comparison or annual_comparison(), ISSUER, language, ISSUED_ON)


def _write(tmp_path: Path, content: StatisticsReportContent, name: str = "report") -> Path:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(render_statistics_report(content))
    return path


def _row(layout: StatisticsLayout, label: str, after: str = "") -> list[str]:
    """The texts on the line of the first cell ``label`` (after the heading ``after``), left
    to right."""
    seen_heading = not after
    for page in layout.paged.pages:
        for text in page.texts:
            if text.logical == after:
                seen_heading = True
            if seen_heading and text.logical == label:
                return [t.logical for t in sorted(_same_line(page.texts, text), key=lambda t: t.x)]
    raise AssertionError(f"no row {label!r} after {after!r}")


def _spaced(text: str) -> str:
    """``text`` with "< 3" as printed: pdftotext drops the narrow space of the charts' one."""
    return re.sub(r"<\s*3", SMALL_COUNT_TEXT, text)


def _same_line(texts: tuple[PlacedText, ...], first: PlacedText) -> list[PlacedText]:
    return [text for text in texts if abs(text.y - first.y) < 0.5]


def test_the_annual_report_prints_its_key_figures_beside_the_year_earlier(
    tmp_path: Path,
) -> None:
    path = _write(tmp_path, _content())
    text = plain(text_of(path))
    assert info(path)["Title"] == "Jahresbericht 2025"
    assert "Jahresbericht 2025" in text
    assert ISSUER.name in text
    assert "01.01.2025 bis 31.12.2025" in text
    assert "01.01.2024 bis 31.12.2024" in text
    assert "12.01.2026" in text
    # Visits with the head counts (the default rule): 5,789 check-ins and 1,297 counted.
    assert "7.086" in text
    assert "Vorjahr 6.202" in text
    assert "+14,3 %" in text
    # Visitors each once; hours of volunteering with two decimals.
    assert "Vorjahr 342" in text
    assert "1.234,75" in text
    layout = layout_statistics_report(_content())
    assert _row(layout, "Besuche (nach der Zählregel)") == [
        "Besuche (nach der Zählregel)",
        "7.086",
        "6.202",
        "+14,3 %",
    ]


def test_the_counting_rules_are_printed(tmp_path: Path) -> None:
    texts = statistics_texts("de")
    text = plain(text_of(_write(tmp_path, _content())))
    assert "So wird gezählt" in text
    for rule in (texts.rule_visits_with_head_counts, texts.rule_visitors, texts.small_count_rule):
        assert plain(rule) in text
    assert plain(texts.rule_visits_check_ins) not in text


def test_visits_without_head_counts_follow_the_rule(tmp_path: Path) -> None:
    rules = CountingRules(visits=VisitRule.CHECK_INS)
    layout = layout_statistics_report(_content(annual_comparison(rules)))
    assert _row(layout, "Besuche (nach der Zählregel)") == [
        "Besuche (nach der Zählregel)",
        "5.789",
        "5.102",
        "+13,5 %",
    ]
    text = plain(text_of(_write(tmp_path, _content(annual_comparison(rules)))))
    assert plain(statistics_texts("de").rule_visits_check_ins) in text


def test_small_person_counts_read_less_than_three() -> None:
    layout = layout_statistics_report(_content())
    # One person of diverse gender, with one visit: every figure of the row is hidden.
    assert _row(layout, "divers") == ["divers", "< 3", "< 3", "0", "< 3", "0"]
    # Two people aged 80 and older, each with one visit.
    assert _row(layout, "80 Jahre und älter") == [
        "80 Jahre und älter",
        "< 3",
        "< 3",
        "0",
        "< 3",
        "0",
    ]
    # An offer's visits name no one; its two visitors are hidden.
    assert _row(layout, FORMULA_OFFER, after="Nach Angebot") == [
        FORMULA_OFFER,
        "17",
        "12",
        "5",
        "< 3",
        "0",
    ]
    # One person counselled a year earlier: hidden, and no change that would give it away.
    assert _row(layout, "Beratene Personen") == ["Beratene Personen", "57", "< 3", "–"]


def test_the_charts_show_small_counts_as_the_tables_do(tmp_path: Path) -> None:
    """The bars of the age groups show "< 3" where the table does, and no bar for it."""
    comparison = annual_comparison()
    now = comparison.current
    few = replace(now, by_age_band=(Count("80+", 2, 2), Count("27-50", 40, 12)))
    text = _spaced(plain(text_of(_write(tmp_path, _content(replace(comparison, current=few))))))
    chart = text.split("Besucher:innen nach Altersgruppe (Mehrgenerationenhaus)")[1]
    chart = chart.split("Tabellen")[0]
    assert "65 Jahre und älter < 3" in chart
    assert "Erwachsene (27–50 Jahre) 12" in chart


def test_the_report_names_no_person(tmp_path: Path) -> None:
    path = _write(tmp_path, _content())
    fields = info(path)
    assert fields["Title"] == "Jahresbericht 2025"
    assert "Statistik" in fields["Subject"]
    # The only names are the facility's and its contact person's, from the letterhead.
    text = plain(text_of(path))
    assert ISSUER.contact_person in text
    assert FACILITY in text


def test_the_pages_are_tidy_and_the_charts_stay_clear_of_the_text() -> None:
    layout = layout_statistics_report(_content())
    assert_tidy_pages(layout.paged)
    paged = layout.paged
    assert len(layout.charts) == 4  # by month, by offer, by field, by age group
    for chart in layout.charts:
        area = (chart.x, chart.y, chart.x + chart.drawing.width, chart.y + chart.drawing.height)
        assert area[0] >= MARGIN - 0.01 and area[2] <= paged.width - MARGIN + 0.01
        assert area[1] >= MARGIN - 0.01 and area[3] <= paged.height - MARGIN + 0.01
        for text in paged.pages[chart.page].texts:
            assert not overlap(text_box(text), area), text.logical
    # The marks that reserved the room for the charts are not drawn.
    assert all(
        box.fill_grey is not None or box.stroke_grey is not None
        for page in paged.pages
        for box in page.boxes
    )


def test_the_charts_are_drawn(tmp_path: Path) -> None:
    content = _content()
    layout = layout_statistics_report(content)
    path = _write(tmp_path, content)
    text = plain(text_of(path))
    for title in (
        "Besuche und anonym gezählte Personen je Monat",
        "Besuche nach Angebot",
        "Besuche nach Handlungsfeld",
        "Besucher:innen nach Altersgruppe (Mehrgenerationenhaus)",
    ):
        assert title in text
    # Month names under the bars, the legend, a figure at a bar's end.
    first_page = page_texts(path)[0]
    assert all(month in first_page for month in ("Jan", "Mär", "Dez"))
    assert "Vorjahr, zusammen" in first_page
    dpi = 60
    for chart in layout.charts:
        png = render_page(path, tmp_path / "png", dpi=dpi, page=chart.page + 1)
        with Image.open(png) as image:
            scale = dpi / 72
            box = (
                round(chart.x * scale),
                round(image.height - (chart.y + chart.drawing.height) * scale),
                round((chart.x + chart.drawing.width) * scale),
                round(image.height - chart.y * scale),
            )
            area = image.convert("RGB").crop(box)
            colours = area.getcolors(maxcolors=area.width * area.height)
        assert isinstance(colours, list)
        blue = (round(CURRENT.red * 255), round(CURRENT.green * 255), round(CURRENT.blue * 255))
        bars = sum(
            number
            for number, colour in colours
            if isinstance(colour, tuple)
            and all(abs(a - b) < 12 for a, b in zip(colour, blue, strict=True))
        )
        assert bars > 0.02 * area.width * area.height, (chart.page, bars)


def test_the_monthly_report(tmp_path: Path) -> None:
    content = _content(monthly_comparison(11))
    path = _write(tmp_path, content)
    text = plain(text_of(path))
    assert info(path)["Title"] == "Monatsbericht November 2025"
    assert "01.11.2025 bis 30.11.2025" in text
    assert "01.11.2024 bis 30.11.2024" in text
    # One month needs no chart by month.
    assert "je Monat" not in text
    layout = layout_statistics_report(content)
    assert len(layout.charts) == 3
    assert_tidy_pages(layout.paged)


def test_titles_of_quarters_and_other_periods() -> None:
    texts = statistics_texts("de")
    assert report_title(Period.quarter(2025, 3), texts) == "Quartalsbericht 3. Quartal 2025"
    custom = Period(date(2025, 3, 15), date(2025, 6, 14), PeriodKind.CUSTOM)
    assert report_title(custom, texts) == "Bericht 15.03.2025 bis 14.06.2025"
    english = statistics_texts("en")
    assert report_title(Period.month(2025, 11), english) == "Monthly report November 2025"
    assert report_title(Period.year(2025), english) == "Annual report 2025"
    assert report_title(Period.quarter(2025, 3), english) == "Quarterly report Q3 2025"


def test_a_long_table_repeats_its_header_on_every_page() -> None:
    comparison = annual_comparison()
    offers = tuple(Count(f"Angebot Nummer {n}", 100 + n, 10 + n) for n in range(90))
    current = replace(comparison.current, by_offer=offers)
    layout = layout_statistics_report(_content(replace(comparison, current=current)))
    assert_tidy_pages(layout.paged)
    pages_with_offers = [
        page
        for page in layout.paged.pages
        if any(text.logical.startswith("Angebot Nummer") for text in page.texts)
    ]
    # The chart shows the eight largest; the table all ninety and the five of a year
    # earlier, over several pages.
    assert len(pages_with_offers) >= 3
    for page in pages_with_offers[1:]:
        assert "Angebot" in [text.logical for text in page.texts]
    text = " ".join(t.logical for t in layout.paged.texts)
    assert "Besuche nach Angebot (die 8 meistbesuchten, alle in der Tabelle)" in text


def test_a_big_houses_figures_are_printed_whole() -> None:
    """Millions of visits in a year: every figure, the bold totals too, fits its column."""
    comparison = annual_comparison()
    offers = tuple(Count(f"Angebot {n}", 1_000_000 + n, 40_000 + n, 2_000) for n in range(2))
    current = replace(
        comparison.current, by_offer=offers, visits=2_000_001, tallied=4_000, visitors=80_001
    )
    layout = layout_statistics_report(_content(replace(comparison, current=current)))
    assert not [t.logical for t in layout.paged.texts if "…" in t.logical]
    assert _row(layout, "Gesamt", after="Nach Angebot")[:4] == [
        "Gesamt",
        "2.004.001",
        "2.000.001",
        "4.000",
    ]


@pytest.mark.parametrize("language", ["de", "en"])
def test_german_and_english(tmp_path: Path, language: str) -> None:
    content = _content(language=language)
    path = _write(tmp_path, content, language)
    text = plain(text_of(path))
    if language == "en":
        assert "Annual report 2025" in text
        assert "Year earlier 6,202" in text
        assert "How we count" in text
        assert "Jahresbericht" not in text
    else:
        assert "Seite 1 von" in text
    assert_tidy_pages(layout_statistics_report(content).paged)


def test_a_sample_carries_its_mark(tmp_path: Path) -> None:
    path = tmp_path / "sample.pdf"
    path.write_bytes(render_statistics_report(_content(), watermark="MUSTER / SAMPLE"))
    assert "MUSTER / SAMPLE" in plain(text_of(path))


def test_the_pages_as_a_person_sees_them(tmp_path: Path) -> None:
    """Every page rendered (A4 at 60 dpi), none blank."""
    path = _write(tmp_path, _content())
    pages = int(info(path)["Pages"])
    assert pages >= 3
    for number in range(1, pages + 1):
        png = render_page(path, tmp_path / "pages", dpi=60, page=number)
        with Image.open(png) as image:
            assert abs(image.width - 496) <= 1 and abs(image.height - 702) <= 1
            histogram = image.convert("L").histogram()
        assert sum(histogram[:128]) > 0.002 * sum(histogram)

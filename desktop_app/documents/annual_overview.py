"""The annual overview (Jahresübersicht Engagement): every volunteer's hours month by month.

A4 landscape, German: one row per person with the twelve months and the year's total, a
row of sums, and how many people were engaged. Long lists run over several pages, the
table's header repeated on each.
"""

from desktop_app.core.volunteer_records import AnnualOverviewContent
from desktop_app.documents.fonts import bundled_fonts
from desktop_app.documents.layout import Block
from desktop_app.documents.paged import (
    LANDSCAPE,
    Column,
    DocumentStyles,
    PagedLayout,
    PageFlow,
    columns,
    document_styles,
    draw_paged,
    header_row,
    letterhead,
    page_footer,
    table_row,
    title_block,
)
from desktop_app.documents.volunteer_texts import VolunteerTexts, volunteer_texts

MONTHS = 12
# Room for "1.234,25" in every month and "12.345,75" in the total; wider sums are set a
# little smaller rather than cut.
MONTH_COLUMN = 43.0
TOTAL_COLUMN = 54.0
NO_HOURS = "–"
# Every other row lightly shaded, so the eye keeps to one person's row across the page.
STRIPE_GREY = 0.95


def render_annual_overview(content: AnnualOverviewContent, *, watermark: str = "") -> bytes:
    """The annual overview as a PDF, A4 landscape; ``watermark`` marks a sample."""
    return draw_paged(layout_annual_overview(content, watermark=watermark))


def layout_annual_overview(content: AnnualOverviewContent, *, watermark: str = "") -> PagedLayout:
    texts = volunteer_texts("de")
    styles = document_styles(bundled_fonts())
    flow = PageFlow(LANDSCAPE)
    width = flow.content_width
    title = texts.overview_title.format(year=content.year)
    flow.add(letterhead(content.letterhead, texts.contact, styles, width))
    flow.space(16)
    flow.add(title_block(title, "", styles, width, watermark=watermark))
    flow.space(4)
    totals = _month_totals(content)
    flow.add(_summary(content, sum(totals), texts, styles, width))
    flow.space(12)

    if content.rows:
        _table(flow, content, totals, texts, styles)
        flow.space(8)
        note = Block(width)
        note.paragraph(texts.overview_note, styles.note, rtl=False)
        flow.add(note)
    else:
        block = Block(width)
        block.paragraph(texts.overview_no_rows, styles.body, rtl=False)
        flow.add(block)

    def footer(page: int, pages: int) -> Block:
        left = f"{title} · {content.letterhead.name.strip()}"
        return page_footer(left, texts.page_label(page, pages), styles.footer, width)

    return flow.finish(title, title, footer=footer, watermark=watermark)


def _month_totals(content: AnnualOverviewContent) -> tuple[int, ...]:
    """Minutes of all volunteers in each month, January first."""
    return tuple(
        sum(row.minutes_by_month[month] for row in content.rows) for month in range(MONTHS)
    )


def _summary(
    content: AnnualOverviewContent,
    total: int,
    texts: VolunteerTexts,
    styles: DocumentStyles,
    width: float,
) -> Block:
    """How many people, how many hours (``total`` minutes), and the day the figures were
    taken."""
    parts = (
        texts.overview_count.format(count=len(content.rows)),
        texts.overview_hours.format(hours=texts.hours_text(total)),
        texts.overview_issued_on.format(date=texts.format_date(content.issued_on)),
    )
    block = Block(width)
    block.paragraph(" · ".join(parts), styles.body, rtl=False)
    return block


def _table(
    flow: PageFlow,
    content: AnnualOverviewContent,
    totals: tuple[int, ...],
    texts: VolunteerTexts,
    styles: DocumentStyles,
) -> None:
    fixed: list[Column | None] = [None]
    fixed.extend(Column(MONTH_COLUMN, right=True) for _ in range(MONTHS))
    fixed.append(Column(TOTAL_COLUMN, right=True))
    table = columns(flow.content_width, fixed)
    labels = [(texts.overview_name, "")]
    labels.extend((month, "") for month in texts.months_short)
    labels.append((texts.overview_total, ""))
    header = header_row(labels, table, styles)
    rows = []
    for index, row in enumerate(content.rows):
        cells = [row.person_name.strip()]
        cells.extend(_hours(texts, minutes) for minutes in row.minutes_by_month)
        cells.append(_hours(texts, row.total_minutes))
        stripe = STRIPE_GREY if index % 2 else None
        rows.append(table_row(cells, table, styles.cell, max_lines=2, fill_grey=stripe))
    flow.table_header(header, keep=rows[0].height)
    for block in rows:
        flow.add(block)
    cells = [texts.overview_sum]
    cells.extend(_hours(texts, minutes) for minutes in totals)
    cells.append(_hours(texts, sum(totals)))
    flow.add(table_row(cells, table, styles.cell_bold, rule_grey=None, rule_above=True))
    flow.end_table()


def _hours(texts: VolunteerTexts, minutes: int) -> str:
    return texts.number(minutes) if minutes else NO_HOURS

"""The time sheet (Stundennachweis): a volunteer's hours in a period, day by day, for funders.

A4 portrait, German. The table runs over as many pages as it needs, its header repeated on
each; then the hours per activity and in all, and signature lines for the volunteer and
the facility.
"""

from collections import defaultdict

from desktop_app.core.volunteer_records import TimeSheetContent
from desktop_app.documents.fonts import bundled_fonts
from desktop_app.documents.layout import Block
from desktop_app.documents.paged import (
    PORTRAIT,
    Column,
    DocumentStyles,
    PagedLayout,
    PageFlow,
    SignatureField,
    columns,
    document_styles,
    draw_paged,
    header_row,
    heading,
    letterhead,
    page_footer,
    signature_fields,
    table_row,
    title_block,
)
from desktop_app.documents.scripts import single_line
from desktop_app.documents.volunteer_texts import VolunteerTexts, volunteer_texts

DATE_COLUMN = 78.0
HOURS_COLUMN = 78.0
SECTION_SPACE = 14.0


def render_time_sheet(content: TimeSheetContent, *, watermark: str = "") -> bytes:
    """The time sheet as a PDF, A4 portrait; ``watermark`` marks a sample."""
    return draw_paged(layout_time_sheet(content, watermark=watermark))


def layout_time_sheet(content: TimeSheetContent, *, watermark: str = "") -> PagedLayout:
    texts = volunteer_texts("de")
    styles = document_styles(bundled_fonts())
    flow = PageFlow(PORTRAIT)
    width = flow.content_width
    flow.add(letterhead(content.letterhead, texts.contact, styles, width))
    flow.space(20)
    flow.add(title_block(texts.time_sheet_title, "", styles, width, watermark=watermark))
    flow.space(8)
    flow.add(_facts(content, texts, styles, width))
    flow.space(SECTION_SPACE)

    if content.rows:
        _day_by_day(flow, content, texts, styles)
        flow.space(SECTION_SPACE + 4)
        _by_activity(flow, content, texts, styles)
    else:
        block = Block(width)
        block.paragraph(texts.time_sheet_no_hours, styles.body, rtl=False)
        flow.add(block)

    flow.space(SECTION_SPACE + 4)
    closing = Block(width)
    closing.paragraph(
        texts.time_sheet_confirmation.format(name=content.person_name.strip()),
        styles.body,
        rtl=False,
    )
    closing.add(
        signature_fields(
            [
                SignatureField(
                    below=[
                        (content.person_name.strip(), styles.value),
                        (texts.time_sheet_signature_person, styles.note),
                    ]
                ),
                SignatureField(
                    below=[
                        (content.letterhead.name.strip(), styles.value),
                        (texts.time_sheet_signature_facility, styles.note),
                    ]
                ),
            ],
            width,
            room=44,
        )
    )
    flow.add(closing)

    period = _period(content, texts)

    def footer(page: int, pages: int) -> Block:
        # Loose pages still say whose hours they list.
        left = f"{texts.time_sheet_title} · {content.person_name.strip()} · {period}"
        return page_footer(left, texts.page_label(page, pages), styles.footer, width)

    return flow.finish(
        texts.time_sheet_title, texts.time_sheet_title, footer=footer, watermark=watermark
    )


def _facts(
    content: TimeSheetContent, texts: VolunteerTexts, styles: DocumentStyles, width: float
) -> Block:
    """Who, which period and when issued, side by side under the title."""
    gap = 16.0
    facts = (
        (texts.time_sheet_person, content.person_name.strip(), 0.42),
        (texts.time_sheet_period, _period(content, texts), 0.36),
        (texts.time_sheet_issued_on, texts.format_date(content.issued_on), 0.22),
    )
    room = width - gap * (len(facts) - 1)
    block = Block(width)
    x = 0.0
    for label, value, share in facts:
        column = Block(room * share)
        column.line(
            single_line(label, styles.label.font, styles.label.size, column.width), styles.label
        )
        column.paragraph(value, styles.value, rtl=None, max_lines=2)
        block.add(column, x=x, depth=0)
        x += column.width + gap
    return block


def _day_by_day(
    flow: PageFlow, content: TimeSheetContent, texts: VolunteerTexts, styles: DocumentStyles
) -> None:
    table = columns(
        flow.content_width,
        [Column(DATE_COLUMN), None, Column(HOURS_COLUMN, right=True)],
    )
    header = header_row(
        [(texts.time_sheet_date, ""), (texts.time_sheet_activity, ""), (texts.hours, "")],
        table,
        styles,
    )
    # In the order of the days; entries of one day keep the order they came in.
    rows = sorted(content.rows, key=lambda row: row.worked_on)
    blocks = [
        table_row(
            [texts.format_date(row.worked_on), row.activity, texts.number(row.minutes)],
            table,
            styles.cell,
        )
        for row in rows
    ]
    flow.table_header(header, keep=blocks[0].height)
    for block in blocks:
        flow.add(block)
    total = ["", texts.time_sheet_total, texts.number(content.total_minutes)]
    flow.add(table_row(total, table, styles.cell_bold, rule_grey=None, rule_above=True))
    flow.end_table()


def _by_activity(
    flow: PageFlow, content: TimeSheetContent, texts: VolunteerTexts, styles: DocumentStyles
) -> None:
    width = flow.content_width
    minutes: defaultdict[str, int] = defaultdict(int)
    for row in content.rows:
        minutes[row.activity.strip()] += row.minutes
    table = columns(width, [None, Column(HOURS_COLUMN, right=True)])
    header = header_row([(texts.time_sheet_activity, ""), (texts.hours, "")], table, styles)
    blocks = [
        table_row([activity, texts.number(minutes[activity])], table, styles.cell)
        for activity in sorted(minutes, key=str.casefold)
    ]
    top = heading(texts.time_sheet_by_activity, "", styles, width)
    flow.add(top, keep=header.height + blocks[0].height)
    flow.table_header(header, keep=blocks[0].height)
    for block in blocks:
        flow.add(block)
    total = [texts.time_sheet_total, texts.number(sum(minutes.values()))]
    flow.add(table_row(total, table, styles.cell_bold, rule_grey=None, rule_above=True))
    flow.end_table()


def _period(content: TimeSheetContent, texts: VolunteerTexts) -> str:
    return texts.time_sheet_period_range.format(
        start=texts.format_date(content.period_from), end=texts.format_date(content.period_to)
    )

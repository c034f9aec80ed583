"""The access report (Auskunft nach Art. 15 DSGVO) as the facility hands it to the person.

A4 portrait, German. After the letterhead, the title, the person and the date come the
data held, section by section: a record's fields as labels beside their values, records
of one kind as a table whose header is repeated on every page it runs over (or, when a
table would have too many columns to read, each record as a small block of fields). Then
the purposes, legal bases, recipients and retention of the processing activities the
data falls under, who receives the data, where it comes from, and the person's rights.
The footer names the report, the person and the date, and numbers the pages.

The answer that nothing is held is a one-page letter.
"""

from collections.abc import Sequence

from desktop_app.core.access_report import (
    REPORT_TITLE,
    AccessReport,
    ReportSection,
    ReportTable,
    display,
)
from desktop_app.core.document_records import Letterhead
from desktop_app.core.processing import ProcessingActivity
from desktop_app.documents.fonts import bundled_fonts
from desktop_app.documents.layout import Block, Style
from desktop_app.documents.paged import (
    CELL_PADDING,
    PORTRAIT,
    Column,
    DocumentStyles,
    PagedLayout,
    PageFlow,
    bullet,
    document_styles,
    draw_paged,
    header_row,
    heading,
    letterhead,
    page_footer,
    table_row,
    title_block,
)
from desktop_app.documents.scripts import single_line, text_width, wrap

# German only: the report answers a request made to a German facility.
CONTACT = "Ansprechperson"
PAGE_OF = "Seite {page} von {pages}"
FOR = "Auskunft für"
TO = "An"
MADE_ON = "Erstellt am"
PART_DATA = "Ihre gespeicherten Daten"
PART_ACTIVITIES = "Zwecke, Rechtsgrundlagen, Empfänger und Speicherdauer"
ACTIVITIES_INTRO = (
    "Ihre Daten gehören zu diesen Tätigkeiten aus dem Verzeichnis der "
    "Verarbeitungstätigkeiten der Einrichtung (Art. 30 DSGVO):"
)
PART_RECIPIENTS = "Wer Ihre Daten erhält"
PART_SOURCE = "Herkunft der Daten"
PART_FURTHER = "Weitere Angaben"
PART_RIGHTS = "Ihre Rechte"
CLOSING = "Mit freundlichen Grüßen"
ACTIVITY_LABELS = {
    "purposes": "Zwecke",
    "legal_bases": "Rechtsgrundlage",
    "recipients": "Empfänger",
    "retention": "Speicherdauer",
}

LABEL_COLUMN = 150.0
COLUMN_GAP = 10.0
FIELD_SPACE = 2.5
SECTION_SPACE = 14.0
PART_SPACE = 22.0
CARD_SPACE = 6.0
# A table of more columns is hard to read on A4 portrait: its records are printed one
# below the other instead, each as a block of fields.
MAX_TABLE_COLUMNS = 8


def render_access_report(
    report: AccessReport, letterhead: Letterhead, *, watermark: str = ""
) -> bytes:
    """The report as a PDF, A4 portrait; ``letterhead`` is the facility's, with its logo;
    ``watermark`` marks a sample."""
    return draw_paged(layout_access_report(report, letterhead, watermark=watermark))


def layout_access_report(
    report: AccessReport, issuer: Letterhead, *, watermark: str = ""
) -> PagedLayout:
    styles = document_styles(bundled_fonts())
    flow = PageFlow(PORTRAIT)
    width = flow.content_width
    flow.add(letterhead(issuer, CONTACT, styles, width))
    flow.space(20)
    flow.add(title_block(REPORT_TITLE, "", styles, width, watermark=watermark))
    flow.space(8)
    made_on = display(report.made_at.date())
    flow.add(_facts(TO if report.no_data else FOR, report.requester, made_on, styles, width))
    flow.space(12)
    intro = Block(width)
    intro.paragraph(report.intro, styles.body, rtl=False)
    flow.add(intro)

    if report.no_data:
        _letter(flow, report, issuer, styles)
    else:
        _report(flow, report, styles)

    def footer(page: int, pages: int) -> Block:
        # Loose pages still say whose report they belong to and of when.
        left = f"{REPORT_TITLE} · {report.requester.strip()} · {made_on}"
        return page_footer(left, PAGE_OF.format(page=page, pages=pages), styles.footer, width)

    return flow.finish(REPORT_TITLE, REPORT_TITLE, footer=footer, watermark=watermark)


def _report(flow: PageFlow, report: AccessReport, styles: DocumentStyles) -> None:
    width = flow.content_width
    flow.space(PART_SPACE)
    _part(flow, PART_DATA, styles)
    for number, section in enumerate(report.sections):
        if number:
            flow.space(SECTION_SPACE)
        _section(flow, section, styles)

    if report.activities:
        flow.space(PART_SPACE)
        _part(flow, PART_ACTIVITIES, styles)
        block = Block(width)
        block.paragraph(ACTIVITIES_INTRO, styles.body, rtl=False)
        flow.add(block)
        for activity in report.activities:
            flow.space(SECTION_SPACE)
            _activity(flow, activity, styles)

    for title, items in ((PART_RECIPIENTS, report.recipients), (PART_SOURCE, report.source)):
        if items:
            flow.space(PART_SPACE)
            _part(flow, title, styles)
            _bullets(flow, items, styles)
    if report.further:
        flow.space(PART_SPACE)
        _part(flow, PART_FURTHER, styles)
        for field in report.further:
            flow.add(_field(field.label, display(field.value), styles, width))
            flow.space(FIELD_SPACE)
    flow.space(PART_SPACE)
    _part(flow, PART_RIGHTS, styles)
    _bullets(flow, report.rights, styles)


def _letter(
    flow: PageFlow, report: AccessReport, issuer: Letterhead, styles: DocumentStyles
) -> None:
    """The rest of the one-page answer that nothing is held: the rights and a greeting."""
    width = flow.content_width
    flow.space(SECTION_SPACE)
    flow.add(heading(PART_RIGHTS, "", styles, width))
    _bullets(flow, report.rights, styles)
    flow.space(SECTION_SPACE + 4)
    closing = Block(width)
    closing.paragraph(CLOSING, styles.body, rtl=False)
    closing.space(6)
    closing.paragraph(issuer.name, styles.body, rtl=None)
    if issuer.contact_person.strip():
        closing.paragraph(issuer.contact_person, styles.body, rtl=None)
    flow.add(closing)


def _facts(label: str, name: str, made_on: str, styles: DocumentStyles, width: float) -> Block:
    """Whom the report is for and when it was made, side by side under the title."""
    gap = 16.0
    room = width - gap
    block = Block(width)
    x = 0.0
    for fact, value, share in ((label, name, 0.7), (MADE_ON, made_on, 0.3)):
        column = Block(room * share)
        column.line(
            single_line(fact, styles.label.font, styles.label.size, column.width), styles.label
        )
        column.paragraph(value, styles.value, rtl=None)
        block.add(column, x=x, depth=0)
        x += column.width + gap
    return block


def _part(flow: PageFlow, title: str, styles: DocumentStyles) -> None:
    """A part's title with a line above it, kept with the start of what follows."""
    style = _part_style(styles)
    block = Block(flow.content_width)
    block.rule(0, line_width=0.8, grey=0.35)
    block.space(6)
    block.paragraph(title, style, rtl=False)
    block.space(6)
    flow.add(block, keep=4 * styles.cell.leading)


def _part_style(styles: DocumentStyles) -> Style:
    heading_style = styles.heading
    return Style(heading_style.font, heading_style.size * 1.2, heading_style.leading * 1.2)


def _section(flow: PageFlow, section: ReportSection, styles: DocumentStyles) -> None:
    width = flow.content_width
    top = heading(section.title, "", styles, width)
    if section.note:
        top.paragraph(section.note, styles.note, rtl=False)
        top.space(3)
    if section.fields:
        blocks = [
            _field(field.label, display(field.value), styles, width) for field in section.fields
        ]
        flow.add(top, keep=blocks[0].height)
        for block in blocks:
            flow.add(block)
            flow.space(FIELD_SPACE)
    if section.table is not None and section.table.rows:
        _records(flow, top, section.table, styles)


def _records(flow: PageFlow, top: Block, table: ReportTable, styles: DocumentStyles) -> None:
    """A table's rows as a table, or one below the other as fields if it is too wide.

    Columns empty in every row are left out: they would only print dashes.
    """
    width = flow.content_width
    kept = [
        index
        for index in range(len(table.columns))
        if any(display(row[index]) != display(None) for row in table.rows)
    ]
    if not kept:
        kept = list(range(len(table.columns)))
    columns = [table.columns[index] for index in kept]
    cells = [[display(row[index]) for index in kept] for row in table.rows]
    # Columns of texts take the room to spare; dates and numbers keep their width.
    texts = [
        not column.numeric and any(isinstance(row[index], str) for row in table.rows)
        for index, column in zip(kept, columns, strict=True)
    ]
    widths = (
        _widths(
            [column.label for column in columns],
            cells,
            [column.numeric for column in columns],
            texts,
            styles,
            width,
        )
        if len(columns) <= MAX_TABLE_COLUMNS
        else None
    )
    if widths is None:
        labels = [column.label for column in columns]
        cards = [_card(labels, row, styles, width) for row in cells]
        flow.add(top, keep=cards[0].height)
        for card in cards:
            flow.add(card)
        return
    layout = [
        Column(column_width, right=column.numeric)
        for column_width, column in zip(widths, columns, strict=True)
    ]
    header = header_row([(column.label, "") for column in columns], layout, styles)
    rows = [table_row(row, layout, styles.cell, max_lines=0) for row in cells]
    flow.add(top, keep=header.height + rows[0].height)
    flow.table_header(header, keep=rows[0].height)
    for row in rows:
        flow.add(row)
    flow.end_table()


def _widths(
    labels: Sequence[str],
    cells: Sequence[Sequence[str]],
    numeric: Sequence[bool],
    texts: Sequence[bool],
    styles: DocumentStyles,
    width: float,
) -> list[float] | None:
    """Column widths that fit ``width``: every header on one line, numbers unshrunk, words
    whole where there is room, narrow columns at their natural width and wide ones wrapped;
    room to spare goes to the columns of ``texts``. None if the headers alone do not fit."""
    cell, header = styles.cell, styles.cell_header
    padding = 2 * CELL_PADDING + 1
    minimum = [text_width(label, header.font, header.size) + padding for label in labels]
    natural = list(minimum)
    words = list(minimum)
    for row in cells:
        for index, value in enumerate(row):
            for line in value.splitlines():
                natural[index] = max(
                    natural[index], text_width(line, cell.font, cell.size) + padding
                )
                for word in line.split():
                    words[index] = max(
                        words[index], text_width(word, cell.font, cell.size) + padding
                    )
    for index, is_number in enumerate(numeric):
        if is_number:
            minimum[index] = natural[index]
    if sum(minimum) > width:
        return None
    # Words are broken only where the columns' longest words do not fit side by side.
    whole_words = [max(least, word) for least, word in zip(minimum, words, strict=True)]
    if sum(whole_words) <= width:
        minimum = whole_words
    if sum(natural) <= width:
        # In proportion to what the text columns hold; else all to the last column.
        taking = [index for index, text in enumerate(texts) if text] or [len(natural) - 1]
        spare = width - sum(natural)
        share = sum(natural[index] for index in taking)
        return [
            value + (spare * value / share if index in taking else 0.0)
            for index, value in enumerate(natural)
        ]
    # The widest columns give way: find the cap at which everything fits.
    low, high = 0.0, max(natural)
    for _ in range(50):
        cap = (low + high) / 2
        used = sum(
            max(least, min(value, cap)) for least, value in zip(minimum, natural, strict=True)
        )
        if used > width:
            high = cap
        else:
            low = cap
    widths = [max(least, min(value, low)) for least, value in zip(minimum, natural, strict=True)]
    widest = max(range(len(widths)), key=lambda index: widths[index])
    widths[widest] += width - sum(widths)
    return widths


def _card(
    labels: Sequence[str], values: Sequence[str], styles: DocumentStyles, width: float
) -> Block:
    """One record of a wide table: its fields one below the other, a thin line above."""
    block = Block(width)
    block.rule(0, line_width=0.4, grey=0.7)
    block.space(CARD_SPACE - 2)
    for label, value in zip(labels, values, strict=True):
        block.add(_field(label, value, styles, width))
        block.space(FIELD_SPACE)
    block.space(CARD_SPACE - FIELD_SPACE)
    return block


def _field(label: str, value: str, styles: DocumentStyles, width: float) -> Block:
    """A label with its value beside it; the first lines share a baseline."""
    value_x = LABEL_COLUMN + COLUMN_GAP
    style, label_style = styles.cell, styles.label
    block = Block(width)
    shift = style.baseline - label_style.baseline
    lines = wrap(label, label_style.font, label_style.size, LABEL_COLUMN, rtl=False)
    for number, line in enumerate(lines):
        block.line(line, label_style, depth=shift + number * label_style.leading)
    label_height = shift + len(lines) * label_style.leading
    value_block = Block(width - value_x)
    value_block.paragraph(value, style, rtl=None, align_by_direction=True)
    block.add(value_block, x=value_x, depth=0)
    block.height = max(label_height, value_block.height)
    return block


def _activity(flow: PageFlow, activity: ProcessingActivity, styles: DocumentStyles) -> None:
    width = flow.content_width
    fields = [
        (ACTIVITY_LABELS["purposes"], activity.purposes),
        (ACTIVITY_LABELS["legal_bases"], [basis.text for basis in activity.legal_bases]),
        (ACTIVITY_LABELS["recipients"], activity.recipients),
        (ACTIVITY_LABELS["retention"], activity.retention),
    ]
    blocks = [_listed(label, items, styles, width) for label, items in fields]
    top = heading(activity.name, "", styles, width)
    flow.add(top, keep=blocks[0].height)
    for block in blocks:
        flow.add(block)
        flow.space(FIELD_SPACE + 1)


def _listed(label: str, items: Sequence[str], styles: DocumentStyles, width: float) -> Block:
    """A label with its texts beside it, listed with dashes if there are several."""
    texts = [item.strip() for item in items if item.strip()]
    if len(texts) == 1:
        return _field(label, texts[0], styles, width)
    value_x = LABEL_COLUMN + COLUMN_GAP
    block = _field(label, "", styles, width)
    label_height = block.height
    block.height = 0.0
    for text in texts:
        block.add(bullet(text, styles.cell, width - value_x), x=value_x)
    block.height = max(block.height, label_height)
    return block


def _bullets(flow: PageFlow, items: Sequence[str], styles: DocumentStyles) -> None:
    for item in items:
        flow.add(bullet(item, styles.body, flow.content_width))
        flow.space(2)

"""The statistics report (Monatsbericht, Jahresbericht) as the facility sends it to funders.

A4 portrait, German or English. After the letterhead come the title, the period and the
year-earlier period it is compared with, the key figures beside the year earlier's, and
how the figures were counted. Charts follow where a picture says it faster (visits by
month, by offer, by field of action, visitors by age group), then every table of the
report, each header repeated on the pages a table runs over. The tables are those of
the workbook (``statistics_tables``), so the PDF and the XLSX file never disagree.

Aggregates only: no name, visitor number or other identifier is printed; person-level
counts of 1 or 2 read "< 3", in the tables and on the charts.

The charts are ReportLab drawings. The page flow reserves a block for each and knows
where it ended up; the drawings are drawn there after the page's texts.
"""

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reportlab.graphics import renderPDF  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Drawing, Line, Rect, String  # type: ignore[import-untyped]
from reportlab.lib.colors import Color, HexColor  # type: ignore[import-untyped]

from desktop_app.core.statistics_export import StatisticsReportContent
from desktop_app.core.statistics_records import SMALL_COUNT_TEXT, Figures
from desktop_app.core.statistics_tables import (
    Cell,
    CellKind,
    KeyFigure,
    Table,
    counting_rule_texts,
    key_figures,
    period_text,
)
from desktop_app.core.statistics_texts import StatisticsTexts
from desktop_app.documents.fonts import BundledFonts, bundled_fonts
from desktop_app.documents.layout import (
    Block,
    PlacedBox,
    Style,
    Watermark,
    draw_page,
    new_canvas,
)
from desktop_app.documents.paged import (
    CELL_PADDING,
    PORTRAIT,
    Column,
    DocumentStyles,
    PagedLayout,
    PageFlow,
    bullet,
    document_styles,
    heading,
    letterhead,
    page_footer,
    table_row,
    title_block,
)
from desktop_app.documents.scripts import single_line, text_width, wrap

NO_VALUE = "–"
STRIPE_GREY = 0.95
TILE_GREY = 0.94
TILE_GAP = 8.0
TILES_PER_ROW = 4
PART_SPACE = 18.0
TABLE_SPACE = 14.0
# A figure column is at least this wide, wider if a word of its header needs it.
FIGURE_COLUMN_MIN = 50.0
# Of a table with three label columns (field of action, target, status): the first and
# the last one's share of the room the figures leave; the target takes the rest.
REFERRAL_LABEL_SHARES = (0.34, 0.24)
# At most this many offers get a bar; the table lists them all.
CHART_OFFERS = 8
# A table of at most this many rows is not split over two pages.
KEEP_WHOLE_ROWS = 14

# The charts' colours: dark and light blue for this period, grey for the year before.
# They stay apart when printed in black and white.
CURRENT = HexColor("#2b5c8a")
CURRENT_LIGHT = HexColor("#9dbcdb")
EARLIER = HexColor("#bdbdbd")
MARKER = HexColor("#1a1a1a")
GRID = Color(0.85, 0.85, 0.85)
AXIS = Color(0.45, 0.45, 0.45)
CHART_FONT_SIZE = 7.5
CHART_LABEL_GREY = Color(0.25, 0.25, 0.25)
LEGEND_HEIGHT = 16.0
MONTH_CHART_HEIGHT = 190.0
BAR_ROW = 17.0


@dataclass(frozen=True)
class PlacedChart:
    """A drawing at its place: the page (from 0) and its bottom-left corner."""

    page: int
    x: float
    y: float
    drawing: Drawing


@dataclass(frozen=True)
class StatisticsLayout:
    paged: PagedLayout
    charts: tuple[PlacedChart, ...]


def render_statistics_report(content: StatisticsReportContent, *, watermark: str = "") -> bytes:
    """The report as a PDF, A4 portrait; ``watermark`` marks a sample."""
    return draw_statistics_report(layout_statistics_report(content, watermark=watermark))


def layout_statistics_report(
    content: StatisticsReportContent, *, watermark: str = ""
) -> StatisticsLayout:
    texts = content.texts
    fonts = bundled_fonts()
    styles = document_styles(fonts)
    flow = PageFlow(PORTRAIT)
    width = flow.content_width
    title = content.title
    comparison = content.comparison
    tables = {table.key: table for table in content.tables()}

    flow.add(letterhead(content.letterhead, texts.contact, styles, width))
    flow.space(16)
    flow.add(title_block(title, "", styles, width, watermark=watermark))
    flow.space(6)
    flow.add(_facts(content, styles, width))

    flow.space(PART_SPACE)
    _part(flow, texts.key_figures, styles)
    flow.add(_tiles(key_figures(comparison, texts), texts, styles, width))
    flow.space(10)
    flow.add(_rules(content, styles, width))

    flow.space(PART_SPACE)
    _part(flow, texts.charts, styles)
    drawings: list[Drawing] = []
    charts = _charts(comparison.current, comparison.earlier, tables, texts, fonts, width)
    for number, (chart_title, drawing) in enumerate(charts):
        if number:
            flow.space(TABLE_SPACE)
        top = heading(chart_title, "", styles, width)
        flow.add(top, keep=drawing.height)
        flow.add(_reserved(drawing))
        drawings.append(drawing)

    flow.space(PART_SPACE)
    part: Block | None = _part_title(texts.tables, styles, width)
    for number, table in enumerate(tables.values()):
        if number:
            flow.space(TABLE_SPACE)
        # The part's title goes with the first table, which may move to the next page.
        _table(flow, table, texts, styles, lead=part)
        part = None

    def footer(page: int, pages: int) -> Block:
        left = f"{title} · {content.letterhead.name.strip()}"
        return page_footer(left, texts.page_label(page, pages), styles.footer, width)

    paged = flow.finish(title, texts.subject, footer=footer, watermark=watermark)
    return _with_charts(paged, drawings)


def draw_statistics_report(layout: StatisticsLayout) -> bytes:
    """Draw the pages as ``draw_paged`` does, and each chart on its page."""
    paged = layout.paged
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, (paged.width, paged.height), paged.title, paged.subject)
    watermark = None
    if paged.watermark:
        centre = (paged.width / 2, paged.height / 2)
        watermark = Watermark(paged.watermark, bundled_fonts().bold, centre, size=64, angle=54.0)
    for number, page in enumerate(paged.pages):
        draw_page(canvas, page.boxes, page.rules, page.texts, page.images, watermark)
        for chart in layout.charts:
            if chart.page == number:
                renderPDF.draw(chart.drawing, canvas, chart.x, chart.y)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# Reserving room for the charts and finding it again on the pages.


def _reserved(drawing: Drawing) -> Block:
    """A block as large as ``drawing``, marked by a box with neither border nor fill: no
    other part of this report makes one."""
    block = Block(drawing.width)
    block.boxes.append(PlacedBox(0, 0, drawing.width, drawing.height, None, None, radius=0))
    block.height = drawing.height
    return block


def _is_reserved(box: PlacedBox) -> bool:
    return box.stroke_grey is None and box.fill_grey is None


def _with_charts(paged: PagedLayout, drawings: Sequence[Drawing]) -> StatisticsLayout:
    """The pages without the marks, and each drawing where its mark was, in order."""
    places = [
        (number, box)
        for number, page in enumerate(paged.pages)
        for box in page.boxes
        if _is_reserved(box)
    ]
    if len(places) != len(drawings):
        raise AssertionError(f"{len(drawings)} charts, but {len(places)} places for them")
    charts = tuple(
        PlacedChart(number, box.x, box.y, drawing)
        for (number, box), drawing in zip(places, drawings, strict=True)
    )
    pages = tuple(
        replace(page, boxes=tuple(box for box in page.boxes if not _is_reserved(box)))
        for page in paged.pages
    )
    return StatisticsLayout(replace(paged, pages=pages), charts)


# The head of the report.


def _facts(content: StatisticsReportContent, styles: DocumentStyles, width: float) -> Block:
    """The period, the year-earlier period and the day the figures were taken, side by side."""
    texts = content.texts
    facts = (
        (texts.period, period_text(content.comparison.current.period, texts), 0.4),
        (texts.earlier_period, period_text(content.comparison.earlier.period, texts), 0.4),
        (texts.issued_on_label, texts.format_date(content.issued_on), 0.2),
    )
    gap = 12.0
    room = width - gap * (len(facts) - 1)
    block = Block(width)
    x = 0.0
    for label, value, share in facts:
        column = Block(room * share)
        column.line(
            single_line(label, styles.label.font, styles.label.size, column.width), styles.label
        )
        column.paragraph(value, styles.value, rtl=False)
        block.add(column, x=x, depth=0)
        x += column.width + gap
    return block


def _part(flow: PageFlow, title: str, styles: DocumentStyles) -> None:
    """A part's title, kept with the start of what follows."""
    flow.add(_part_title(title, styles, flow.content_width), keep=6 * styles.cell.leading)


def _part_title(title: str, styles: DocumentStyles, width: float) -> Block:
    """A part's title with a line above it."""
    style = Style(styles.heading.font, styles.heading.size * 1.2, styles.heading.leading * 1.2)
    block = Block(width)
    block.rule(0, line_width=0.8, grey=0.35)
    block.space(6)
    block.paragraph(title, style, rtl=False)
    block.space(6)
    return block


def _tiles(
    figures: Sequence[KeyFigure], texts: StatisticsTexts, styles: DocumentStyles, width: float
) -> Block:
    """The key figures as tiles, four to a row: the label, the figure, the year earlier."""
    tile_width = (width - TILE_GAP * (TILES_PER_ROW - 1)) / TILES_PER_ROW
    label, note = styles.label, styles.note
    value = Style(styles.title.font, 17, 21)
    padding = 6.0
    inner = tile_width - 2 * padding
    tile_height = 2 * padding + 2 * label.leading + 3 + value.leading + note.leading
    block = Block(width)
    for index, figure in enumerate(figures):
        row, column = divmod(index, TILES_PER_ROW)
        x = column * (tile_width + TILE_GAP)
        top = row * (tile_height + TILE_GAP)
        tile = Block(tile_width)
        tile.boxes.append(PlacedBox(0, 0, tile_width, tile_height, None, TILE_GREY, radius=3))
        tile.space(padding)
        for line in wrap(figure.label, label.font, label.size, inner, rtl=False, max_lines=2):
            tile.line(line, label, x=padding, width=inner)
        tile.height = padding + 2 * label.leading + 3
        depth = tile.height
        room = inner
        if figure.change.kind is CellKind.PERCENT:
            # The change at the right end of the figure's line, on its baseline.
            change = single_line(_cell_text(figure.change, texts), note.font, note.size, inner)
            shift = value.baseline - note.baseline
            tile.line(change, note, x=padding, width=inner, right=True, depth=depth + shift)
            room = inner - change.width - 6
        shown = _cell_text(figure.current, texts)
        # A long figure is set smaller rather than cut, on the same baseline.
        size = min(value.size, value.size * room / text_width(shown, value.font, value.size))
        fitted = replace(value, size=size)
        depth_shift = value.baseline - fitted.baseline
        tile.line(
            single_line(shown, value.font, size, room), fitted, x=padding, depth=depth + depth_shift
        )
        tile.height = depth + value.leading
        earlier = texts.key_figure_earlier.format(value=_cell_text(figure.earlier, texts))
        tile.line(single_line(earlier, note.font, note.size, inner), note, x=padding)
        tile.height = tile_height
        block.add(tile, x=x, depth=top)
    return block


def _rules(content: StatisticsReportContent, styles: DocumentStyles, width: float) -> Block:
    """How the figures were counted: the desk's counting rules and the "< 3" rule."""
    texts = content.texts
    block = Block(width)
    block.add(heading(texts.counting_rules, "", styles, width))
    for rule in counting_rule_texts(content.comparison.current.rules, texts):
        block.add(bullet(rule, styles.body_second, width))
    return block


# Tables.


def _cell_text(cell: Cell, texts: StatisticsTexts) -> str:
    if cell.kind is CellKind.COUNT:
        return texts.number(int(cell.value))
    if cell.kind is CellKind.HOURS:
        return texts.hours(int(cell.value))
    if cell.kind is CellKind.PERCENT:
        return texts.percent(float(cell.value))
    if cell.kind is CellKind.HIDDEN:
        return SMALL_COUNT_TEXT
    if cell.kind is CellKind.EMPTY:
        return NO_VALUE
    return str(cell.value)


def _columns(
    table: Table,
    body: Sequence[Sequence[str]],
    total: Sequence[str] | None,
    styles: DocumentStyles,
    width: float,
) -> tuple[Column, ...]:
    """Figure columns as narrow as their headers' longest words and their widest figures
    (``body`` rows, ``total`` in bold) allow; labels get the rest."""
    header = styles.cell_header
    figures = []
    for index in range(table.label_columns, len(table.headers)):
        widths = [
            text_width(word, header.font, header.size) for word in table.headers[index].split()
        ]
        widths += [text_width(row[index], styles.cell.font, styles.cell.size) for row in body]
        if total is not None:
            bold = styles.cell_bold
            widths.append(text_width(total[index], bold.font, bold.size))
        figures.append(
            Column(max(FIGURE_COLUMN_MIN, max(widths) + 2 * CELL_PADDING + 1), right=True)
        )
    room = width - sum(column.width for column in figures)
    if table.label_columns == 1:
        labels = [Column(room)]
    else:
        first, last = (room * share for share in REFERRAL_LABEL_SHARES)
        labels = [Column(first), Column(room - first - last), Column(last)]
    return (*labels, *figures)


def _header(table: Table, columns: Sequence[Column], styles: DocumentStyles) -> Block:
    """The column headers, each wrapped within its column, figures' headers on the right."""
    style = styles.cell_header
    block = Block(sum(column.width for column in columns))
    x = 0.0
    lines_used = 1
    for label, column in zip(table.headers, columns, strict=True):
        inner = column.width - 2 * CELL_PADDING
        lines = wrap(label, style.font, style.size, inner, rtl=False, max_lines=3)
        for number, line in enumerate(lines):
            block.line(
                line,
                style,
                x=x + CELL_PADDING,
                width=inner,
                right=column.right,
                depth=CELL_PADDING + number * style.leading,
            )
        lines_used = max(lines_used, len(lines))
        x += column.width
    block.height = lines_used * style.leading + 2 * CELL_PADDING
    block.rule(block.height, line_width=0.8, grey=0.35)
    return block


def _table(
    flow: PageFlow,
    table: Table,
    texts: StatisticsTexts,
    styles: DocumentStyles,
    *,
    lead: Block | None = None,
) -> None:
    """The table under its title (and ``lead``, a part's title), its header repeated on
    every page it runs over, its totals last."""
    width = flow.content_width
    body = [[_cell_text(cell, texts) for cell in cells] for cells in table.rows]
    total = None
    if table.total is not None:
        total = [_cell_text(cell, texts) if cell.value != "" else "" for cell in table.total]
    columns = _columns(table, body, total, styles, width)
    top = Block(width)
    if lead is not None:
        top.add(lead)
    top.add(heading(table.title, "", styles, width))
    header = _header(table, columns, styles)
    rows = [
        table_row(
            cells,
            columns,
            styles.cell,
            max_lines=2,
            fill_grey=STRIPE_GREY if index % 2 else None,
        )
        for index, cells in enumerate(body)
    ]
    if not rows:
        flow.add(top, keep=styles.body.leading)
        empty = Block(width)
        empty.paragraph(texts.no_rows, styles.body_second, rtl=False)
        flow.add(empty)
        return
    # A short table is kept on one page; a long one at least with its first rows.
    kept = rows if len(rows) <= KEEP_WHOLE_ROWS else rows[:3]
    flow.add(top, keep=header.height + sum(row.height for row in kept) + styles.cell.leading)
    flow.table_header(header, keep=rows[0].height)
    for row in rows:
        flow.add(row)
    if total is not None:
        flow.add(table_row(total, columns, styles.cell_bold, rule_grey=None, rule_above=True))
    flow.end_table()


# Charts.


def _charts(
    now: Figures,
    before: Figures,
    tables: dict[str, Table],
    texts: StatisticsTexts,
    fonts: BundledFonts,
    width: float,
) -> list[tuple[str, Drawing]]:
    """(title, drawing) of each chart: by month when the period has several months, then
    by offer, field of action and age group."""
    charts = []
    if len(now.period.months()) > 1:
        charts.append((texts.chart_by_month, _month_chart(now, before, texts, fonts, width)))
    offers = tables["by_offer"]
    ranked = sorted(offers.rows, key=lambda cells: -(cells[1].shown or 0))
    offer_title = texts.chart_by_offer
    if len(ranked) > CHART_OFFERS:
        offer_title = f"{offer_title} ({texts.chart_more.format(count=CHART_OFFERS)})"
    charts.append((offer_title, _bar_chart(ranked[:CHART_OFFERS], 1, 5, texts, fonts, width)))
    field = tables["by_field"]
    charts.append((texts.chart_by_field, _bar_chart(field.rows, 1, 5, texts, fonts, width)))
    groups = tables["by_age_group"]
    charts.append((texts.chart_by_age_group, _bar_chart(groups.rows, 4, 5, texts, fonts, width)))
    return charts


def _nice_scale(largest: float) -> tuple[float, float]:
    """(top, step) of a value axis from 0 that holds ``largest``, in 1, 2, 2.5 or 5 steps."""
    if largest <= 0:
        return 5.0, 1.0
    rough = max(largest / 5, 1.0)
    magnitude = 10 ** math.floor(math.log10(rough))
    # Whole steps only: the axis counts people and visits.
    step = next(
        m * magnitude
        for m in (1, 2, 2.5, 5, 10)
        if m * magnitude >= rough and float(m * magnitude).is_integer()
    )
    return float(math.ceil(largest / step) * step), float(step)


def _string(
    x: float,
    y: float,
    text: str,
    fonts: BundledFonts,
    *,
    anchor: str = "start",
    size: float = CHART_FONT_SIZE,
    colour: Color = CHART_LABEL_GREY,
) -> String:
    return String(
        x, y, text, fontName=fonts.regular, fontSize=size, fillColor=colour, textAnchor=anchor
    )


def _legend(
    drawing: Drawing,
    entries: Sequence[tuple[str, Color, bool]],
    fonts: BundledFonts,
    y: float,
) -> None:
    """Swatches and their names in a row at height ``y``; a marker entry is a short line."""
    x = 0.0
    for label, colour, marker in entries:
        if marker:
            drawing.add(Line(x, y + 3, x + 12, y + 3, strokeColor=colour, strokeWidth=1.6))
        else:
            drawing.add(Rect(x, y, 12, 7, fillColor=colour, strokeColor=None))
        drawing.add(_string(x + 16, y + 0.5, label, fonts))
        x += 16 + text_width(label, fonts.regular, CHART_FONT_SIZE) + 14


def _month_chart(
    now: Figures, before: Figures, texts: StatisticsTexts, fonts: BundledFonts, width: float
) -> Drawing:
    """Check-ins and people counted anonymously stacked month by month, the year earlier's
    sum of both as a mark over each month's bar."""
    height = MONTH_CHART_HEIGHT
    drawing = Drawing(width, height)
    current = {row.month: row for row in now.by_month}
    earlier = {row.month: row for row in before.by_month}
    months = now.period.months()
    bars = []
    for month in months:
        row = current.get(month)
        old = earlier.get(month.replace(year=month.year - 1))
        bars.append(
            (
                row.visits if row else 0,
                row.tallied if row else 0,
                old.visits + old.tallied if old else None,
            )
        )
    top, step = _nice_scale(max(max(a + b, c or 0) for a, b, c in bars))
    axis_room = 6 + max(text_width(texts.number(int(top)), fonts.regular, CHART_FONT_SIZE), 12)
    left, bottom = axis_room, 14.0
    plot_width = width - left
    plot_height = height - bottom - LEGEND_HEIGHT - 6
    scale = plot_height / top

    value = 0.0
    while value <= top + 1e-9:
        y = bottom + value * scale
        drawing.add(Line(left, y, width, y, strokeColor=GRID if value else AXIS, strokeWidth=0.5))
        drawing.add(_string(left - 4, y - 2.5, texts.number(int(value)), fonts, anchor="end"))
        value += step

    slot = plot_width / len(months)
    bar_width = min(slot * 0.6, 28.0)
    short = len(months) > 6
    for index, (month, (check_ins, tallied, before_sum)) in enumerate(
        zip(months, bars, strict=True)
    ):
        centre = left + (index + 0.5) * slot
        x = centre - bar_width / 2
        if check_ins:
            drawing.add(
                Rect(x, bottom, bar_width, check_ins * scale, fillColor=CURRENT, strokeColor=None)
            )
        if tallied:
            drawing.add(
                Rect(
                    x,
                    bottom + check_ins * scale,
                    bar_width,
                    tallied * scale,
                    fillColor=CURRENT_LIGHT,
                    strokeColor=None,
                )
            )
        if before_sum is not None:
            y = bottom + before_sum * scale
            drawing.add(Line(x - 3, y, x + bar_width + 3, y, strokeColor=MARKER, strokeWidth=1.6))
        names = texts.months_short if short else texts.months
        drawing.add(_string(centre, 3, names[month.month - 1], fonts, anchor="middle"))
    _legend(
        drawing,
        (
            (texts.col_check_ins, CURRENT, False),
            (texts.col_tallied, CURRENT_LIGHT, False),
            (texts.legend_earlier_total, MARKER, True),
        ),
        fonts,
        height - 10,
    )
    return drawing


def _bar_chart(
    rows: Sequence[tuple[Cell, ...]],
    current_column: int,
    earlier_column: int,
    texts: StatisticsTexts,
    fonts: BundledFonts,
    width: float,
) -> Drawing:
    """One bar per row for this period (its figure at the bar's end) and a thinner grey one
    under it for the year earlier. A hidden count gets no bar, only "< 3"."""
    shown = [
        (cells[0].value, cells[current_column], cells[earlier_column])
        for cells in rows
        if (cells[current_column].shown or 0) > 0
        or cells[current_column].kind is CellKind.HIDDEN
        or (cells[earlier_column].shown or 0) > 0
    ]
    count = max(len(shown), 1)
    height = LEGEND_HEIGHT + 6 + count * BAR_ROW + 16
    drawing = Drawing(width, height)
    label_width = min(width * 0.38, 190.0)
    top, step = _nice_scale(
        max([(c.shown or 0) for _, c, _ in shown] + [(e.shown or 0) for _, _, e in shown] + [0])
    )
    # Room at the right for the longest figure beside a full bar.
    figure_room = text_width("0.000.000", fonts.regular, CHART_FONT_SIZE) + 6
    left = label_width + 6
    plot_width = width - left - figure_room
    bottom = 14.0
    plot_height = count * BAR_ROW
    scale = plot_width / top

    value = 0.0
    while value <= top + 1e-9:
        x = left + value * scale
        drawing.add(
            Line(
                x,
                bottom,
                x,
                bottom + plot_height,
                strokeColor=GRID if value else AXIS,
                strokeWidth=0.5,
            )
        )
        drawing.add(_string(x, 3, texts.number(int(value)), fonts, anchor="middle"))
        value += step

    for index, (label, current, earlier) in enumerate(shown):
        row_top = bottom + plot_height - index * BAR_ROW
        name = single_line(str(label), fonts.regular, CHART_FONT_SIZE, label_width)
        drawing.add(_string(label_width, row_top - 9.5, name.text, fonts, anchor="end"))
        current_length = (current.shown or 0) * scale
        if current_length:
            drawing.add(
                Rect(left, row_top - 10, current_length, 7, fillColor=CURRENT, strokeColor=None)
            )
        drawing.add(
            _string(left + current_length + 3, row_top - 9.5, _cell_text(current, texts), fonts)
        )
        earlier_length = (earlier.shown or 0) * scale
        if earlier_length:
            drawing.add(
                Rect(left, row_top - 14, earlier_length, 3.5, fillColor=EARLIER, strokeColor=None)
            )
    _legend(
        drawing,
        ((texts.col_current, CURRENT, False), (texts.legend_earlier, EARLIER, False)),
        fonts,
        height - 10,
    )
    return drawing

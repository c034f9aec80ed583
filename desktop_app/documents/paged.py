"""Documents of one or more A4 pages: blocks flowed down the pages, tables, signature lines.

    flow = PageFlow(PORTRAIT)
    flow.add(letterhead)
    flow.table_header(header)  # repeated at the top of every further page
    for row in rows:
        flow.add(row)
    flow.end_table()
    layout = flow.finish(title, subject, footer=...)  # now the pages can be numbered
    pdf = draw_paged(layout)

Pages are numbered once the flow is complete ("Seite 1 von 3"), which is why a document is
laid out before it is drawn.
"""

import bisect
import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]

from desktop_app.core.document_records import Letterhead
from desktop_app.documents.fonts import BundledFonts, bundled_fonts
from desktop_app.documents.layout import (
    ASCENT,
    DESCENT,
    Block,
    Placed,
    PlacedBox,
    PlacedImage,
    PlacedRule,
    PlacedText,
    Style,
    Watermark,
    draw_page,
    letterhead_block,
    new_canvas,
    read_logo,
)
from desktop_app.documents.scripts import single_line, text_width, wrap

PORTRAIT: tuple[float, float] = (float(A4[0]), float(A4[1]))
LANDSCAPE: tuple[float, float] = (float(A4[1]), float(A4[0]))
MARGIN: float = 18 * mm
# Page numbers sit in the bottom margin, this far below the content.
FOOTER_GAP: float = 5 * mm
LOGO_MAX_WIDTH: float = 45 * mm
LOGO_MAX_HEIGHT: float = 18 * mm
CELL_PADDING = 3.0
# A paragraph cut over two pages leaves at least this many of its lines on each.
MIN_LINES = 2


@dataclass(frozen=True)
class Page:
    texts: tuple[PlacedText, ...]
    rules: tuple[PlacedRule, ...]
    boxes: tuple[PlacedBox, ...]
    images: tuple[PlacedImage, ...]


@dataclass(frozen=True)
class PagedLayout:
    """Every page of a document, in points from each page's bottom left."""

    title: str  # the PDF's title: the kind of document, never a person's name
    subject: str
    width: float
    height: float
    pages: tuple[Page, ...]
    watermark: str

    @property
    def texts(self) -> tuple[PlacedText, ...]:
        """Every page's texts, page after page."""
        return tuple(text for page in self.pages for text in page.texts)


@dataclass(frozen=True)
class DocumentStyles:
    """The type of the A4 documents: larger than the slip's, which is laid out on A5."""

    letterhead_name: Style
    letterhead: Style
    title: Style
    title_second: Style
    mark: Style
    name: Style
    heading: Style
    heading_second: Style
    body: Style
    body_second: Style
    label: Style
    label_second: Style
    value: Style
    cell: Style
    cell_bold: Style
    cell_header: Style
    cell_header_second: Style
    note: Style
    note_second: Style
    footer: Style


@lru_cache(maxsize=8)
def document_styles(fonts: BundledFonts, scale: float = 1.0) -> DocumentStyles:
    """The documents' type; ``scale`` below 1 sets it a little smaller, for a text that
    would otherwise need a second page."""
    regular, bold = fonts.regular, fonts.bold

    def style(font: str, size: float, leading: float, grey: float = 0.0) -> Style:
        return Style(font, size * scale, leading * scale, grey)

    return DocumentStyles(
        letterhead_name=style(bold, 12, 14.5),
        letterhead=style(regular, 8.5, 10.5, 0.25),
        title=style(bold, 19, 23),
        title_second=style(regular, 12, 15, 0.4),
        mark=style(bold, 11, 13, 0.45),
        name=style(bold, 14.5, 17.5),
        heading=style(bold, 10, 13),
        heading_second=style(regular, 9, 13, 0.4),
        body=style(regular, 9.5, 12.5),
        body_second=style(regular, 8.5, 11, 0.35),
        label=style(bold, 8, 10, 0.3),
        label_second=style(regular, 8, 10, 0.45),
        value=style(regular, 9.5, 12.5),
        cell=style(regular, 8.5, 10.5),
        cell_bold=style(bold, 8.5, 10.5),
        cell_header=style(bold, 7.5, 9.5, 0.25),
        cell_header_second=style(regular, 7.5, 9.5, 0.45),
        # Small print keeps its size: any smaller would be hard to read.
        note=Style(regular, 7.5, 9.5, 0.3),
        note_second=Style(regular, 7.5, 9.5, 0.45),
        footer=Style(regular, 7.5, 9, 0.4),
    )


class PageFlow:
    """Blocks placed one below the other; a block that does not fit starts a new page, and
    one taller than a whole page is cut between its lines and goes on over the next pages."""

    def __init__(self, size: tuple[float, float]) -> None:
        self.width, self.height = size
        self.content_width = self.width - 2 * MARGIN
        self.content_height = self.height - 2 * MARGIN
        self._pages: list[Placed] = [Placed()]
        self._depth = 0.0  # below the top margin of the current page
        self._repeat: Block | None = None

    @property
    def room(self) -> float:
        """How much height is left on the current page."""
        return self.content_height - self._depth

    def space(self, points: float) -> None:
        """Vertical space, left out at the top of a page."""
        if self._depth > 0:
            self._depth = min(self._depth + points, self.content_height)

    def add(self, block: Block, *, keep: float = 0.0, x: float = 0.0) -> None:
        """``block`` below what is there; on a new page if it, and ``keep`` points of what
        must follow it (a heading's first lines), do not fit on this one."""
        if block.height > self.content_height:
            self._add_cut(block, x)
            return
        if self._depth > 0 and block.height + keep > self.room:
            self.new_page()
        block.place(self._pages[-1], MARGIN + x, self.height - MARGIN - self._depth)
        self._depth += block.height

    def new_page(self) -> None:
        self._pages.append(Placed())
        self._depth = 0.0
        if self._repeat is not None:
            self.add(self._repeat)

    def table_header(self, header: Block, *, keep: float = 0.0) -> None:
        """A table's header, kept with ``keep`` points of its first rows and repeated at the
        top of every page the table continues on."""
        self.add(header, keep=keep)
        self._repeat = header

    def end_table(self) -> None:
        self._repeat = None

    def finish(
        self,
        title: str,
        subject: str,
        *,
        footer: Callable[[int, int], Block] | None = None,
        watermark: str = "",
    ) -> PagedLayout:
        """The pages, each with ``footer(page, pages)`` in its bottom margin."""
        pages = []
        count = len(self._pages)
        for number, placed in enumerate(self._pages, start=1):
            if footer is not None:
                footer(number, count).place(placed, MARGIN, MARGIN - FOOTER_GAP)
            pages.append(
                Page(
                    tuple(placed.texts),
                    tuple(placed.rules),
                    tuple(placed.boxes),
                    tuple(placed.images),
                )
            )
        return PagedLayout(title, subject, self.width, self.height, tuple(pages), watermark)

    def _add_cut(self, block: Block, x: float) -> None:
        """A block taller than a page (a very long paragraph): as many of its lines as fit
        on this page, the rest on the next ones, never below the bottom margin."""
        contents = Placed()
        block.place(contents, 0.0, 0.0)  # each y is minus the depth below the block's top
        cuts = _cuts(contents)
        start = 0.0
        while block.height - start > self.room:
            cut = _deepest_cut(cuts, start, start + self.room, MIN_LINES)
            if cut is None and self._depth > 0:
                self.new_page()
                continue
            if cut is None:
                cut = _deepest_cut(cuts, start, start + self.room, 1)
            if cut is None:
                # No line to cut between (a box taller than a page): cut where the page ends.
                cut = start + max(self.room, 1.0)
            self._place_part(contents, start, cut, x)
            self.new_page()
            start = cut
        self._place_part(contents, start, math.inf, x)
        self._depth += block.height - start

    def _place_part(self, contents: Placed, start: float, end: float, x: float) -> None:
        """What of ``contents`` begins between the depths ``start`` and ``end``, with
        ``start`` at the top of what this page holds so far."""
        low = start if start > 0 else -math.inf
        dx, dy = MARGIN + x, self.height - MARGIN - self._depth + start
        page = self._pages[-1]
        page.texts.extend(
            replace(text, x=text.x + dx, y=text.y + dy)
            for text in contents.texts
            if low <= _text_top(text) < end
        )
        page.rules.extend(
            replace(rule, x1=rule.x1 + dx, y1=rule.y1 + dy, x2=rule.x2 + dx, y2=rule.y2 + dy)
            for rule in contents.rules
            if low <= -max(rule.y1, rule.y2) < end
        )
        page.boxes.extend(
            replace(box, x=box.x + dx, y=box.y + dy)
            for box in contents.boxes
            if low <= -(box.y + box.height) < end
        )
        page.images.extend(
            replace(image, x=image.x + dx, y=image.y + dy)
            for image in contents.images
            if low <= -(image.y + image.height) < end
        )


def _text_top(text: PlacedText) -> float:
    """Where a text's glyphs begin, as depth below the top of the block it was placed from."""
    return -text.y - ASCENT * text.size


def _cuts(contents: Placed) -> list[float]:
    """The depths a block may be cut at, in order: the tops of its lines, where no text,
    box or image reaches across (texts side by side share one)."""
    spans = [(_text_top(text), -text.y + DESCENT * text.size) for text in contents.texts]
    spans.extend((-(box.y + box.height), -box.y) for box in contents.boxes)
    spans.extend((-(image.y + image.height), -image.y) for image in contents.images)
    tolerance = 0.01
    tops = sorted({round(_text_top(text), 3) for text in contents.texts})
    return [
        top
        for top in tops
        if not any(first < top - tolerance and top + tolerance < last for first, last in spans)
    ]


def _deepest_cut(cuts: Sequence[float], start: float, limit: float, lines: int) -> float | None:
    """The deepest cut that leaves the part from ``start`` at most ``limit`` deep, with at
    least ``lines`` lines above it in this part and below it in the rest."""
    first = bisect.bisect_left(cuts, start)
    last = bisect.bisect_right(cuts, limit) - 1
    # cuts[first] begins the part's first line; a cut at cuts[i] leaves i - first above.
    for index in range(last, first - 1, -1):
        if index - first >= lines and len(cuts) - index >= lines:
            return cuts[index]
    return None


def draw_paged(layout: PagedLayout) -> bytes:
    """Draw a laid-out document as a PDF."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, (layout.width, layout.height), layout.title, layout.subject)
    watermark = None
    if layout.watermark:
        centre = (layout.width / 2, layout.height / 2)
        # Along the page's diagonal, as on the slip.
        angle = 54.0 if layout.height > layout.width else 36.0
        watermark = Watermark(layout.watermark, bundled_fonts().bold, centre, size=64, angle=angle)
    for page in layout.pages:
        draw_page(canvas, page.boxes, page.rules, page.texts, page.images, watermark)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# Parts the documents share.


def letterhead(
    issuer: Letterhead, contact_label: str, styles: DocumentStyles, width: float
) -> Block:
    """The facility's letterhead with its logo, and a line under it."""
    block = Block(width)
    block.add(
        letterhead_block(
            issuer,
            width=width,
            name_style=styles.letterhead_name,
            style=styles.letterhead,
            contact_label=contact_label,
            logo=read_logo(issuer.logo),
            logo_max_width=LOGO_MAX_WIDTH,
            logo_max_height=LOGO_MAX_HEIGHT,
        )
    )
    block.space(5)
    block.rule(block.height, line_width=0.6, grey=0.6)
    return block


def title_block(
    german: str, second: str, styles: DocumentStyles, width: float, *, watermark: str = ""
) -> Block:
    """The title, the translation under it; a sample's mark at the right end of the title's
    line, where text extraction finds it (it skips the diagonal one)."""
    block = Block(width)
    title = single_line(german, styles.title.font, styles.title.size, width)
    block.line(title, styles.title, depth=0)
    if watermark:
        style = styles.mark
        mark = single_line(watermark, style.font, style.size, width, rtl=False)
        if title.width + 24 + mark.width <= width:
            depth = styles.title.baseline - style.baseline
            block.line(mark, style, right=True, depth=depth)
    block.height = styles.title.leading
    if second:
        block.paragraph(second, styles.title_second, rtl=False)
    return block


def heading(german: str, second: str, styles: DocumentStyles, width: float) -> Block:
    """A section's heading, its translation beside it."""
    block = Block(width)
    block.pair(german, second, False, styles.heading, styles.heading_second)
    block.space(3)
    return block


def sentences(german: str, second: str, styles: DocumentStyles, width: float) -> Block:
    """A German paragraph with its translation under it."""
    block = Block(width)
    block.paragraph(german, styles.body, rtl=False)
    if second:
        block.space(2)
        block.paragraph(second, styles.body_second, rtl=False)
    return block


def bullet(text: str, style: Style, width: float) -> Block:
    """One item of a list, its further lines under the first's text."""
    block = Block(width)
    indent = style.size * 1.2
    lines = wrap(text, style.font, style.size, width - indent, rtl=False)
    if lines:
        block.line(single_line("–", style.font, style.size, indent), style, depth=0)
    block.lines(lines, style, x=indent)
    return block


@dataclass(frozen=True)
class Column:
    width: float
    right: bool = False  # numbers are aligned on the right, so their digits line up


def columns(width: float, fixed: Sequence[Column | None]) -> tuple[Column, ...]:
    """The columns with the one left as None taking what the others leave of ``width``."""
    rest = width - sum(column.width for column in fixed if column is not None)
    return tuple(Column(rest) if column is None else column for column in fixed)


def table_row(
    cells: Sequence[str],
    table: Sequence[Column],
    style: Style,
    *,
    max_lines: int = 3,
    rule_grey: float | None = 0.82,
    rule_above: bool = False,
    fill_grey: float | None = None,
) -> Block:
    """One row: texts wrapped in their columns, numbers shrunk to fit rather than cut."""
    block = Block(sum(column.width for column in table))
    x = 0.0
    lines_used = 1
    for text, column in zip(cells, table, strict=True):
        inner = column.width - 2 * CELL_PADDING
        if column.right:
            size = _fitting_size(text, style, inner)
            fitted = (
                style if size == style.size else Style(style.font, size, style.leading, style.grey)
            )
            line = single_line(text, fitted.font, fitted.size, inner, rtl=False)
            block.line(
                line, fitted, x=x + CELL_PADDING, width=inner, right=True, depth=CELL_PADDING
            )
        else:
            lines = wrap(text, style.font, style.size, inner, rtl=False, max_lines=max_lines)
            for number, line in enumerate(lines):
                depth = CELL_PADDING + number * style.leading
                block.line(line, style, x=x + CELL_PADDING, width=inner, depth=depth)
            lines_used = max(lines_used, len(lines))
        x += column.width
    block.height = lines_used * style.leading + 2 * CELL_PADDING
    if fill_grey is not None:
        block.boxes.insert(0, PlacedBox(0, 0, block.width, block.height, None, fill_grey, radius=0))
    if rule_above:
        block.rule(0, line_width=0.8, grey=0.35)
    if rule_grey is not None:
        block.rule(block.height, line_width=0.4, grey=rule_grey)
    return block


def header_row(
    labels: Sequence[tuple[str, str]], table: Sequence[Column], styles: DocumentStyles
) -> Block:
    """A table's column labels, each translation beside or under its German label."""
    width = sum(column.width for column in table)
    block = Block(width)
    style, second = styles.cell_header, styles.cell_header_second
    x = 0.0
    for (german, other), column in zip(labels, table, strict=True):
        inner = column.width - 2 * CELL_PADDING
        cell = Block(inner)
        if column.right:
            # Beside each other if they fit, ending where the numbers end.
            text = f"{german} · {other}" if other else german
            if other and text_width(text, style.font, style.size) > inner:
                cell.line(single_line(german, style.font, style.size, inner), style, right=True)
                cell.line(single_line(other, second.font, second.size, inner), second, right=True)
            elif other:
                rest = single_line(f"· {other}", second.font, second.size, inner)
                first = single_line(german, style.font, style.size, inner)
                gap = second.size * 0.35
                cell.line(first, style, x=inner - rest.width - gap - first.width, depth=0)
                cell.line(rest, second, right=True, depth=0)
                cell.height = max(style.leading, second.leading)
            else:
                cell.line(single_line(german, style.font, style.size, inner), style, right=True)
        else:
            cell.pair(german, other, False, style, second)
        block.add(cell, x=x + CELL_PADDING, depth=CELL_PADDING)
        x += column.width
    block.height += CELL_PADDING
    block.rule(block.height, line_width=0.8, grey=0.35)
    return block


@dataclass(frozen=True)
class SignatureField:
    """Room to sign, a line, and under it who signs; ``above`` is printed on the line
    (the place and date, already filled in)."""

    below: Sequence[tuple[str, Style]]
    above: tuple[str, Style] | None = None


def signature_fields(fields: Sequence[SignatureField], width: float, *, room: float) -> Block:
    """Signature fields side by side, ``room`` points high above their lines."""
    gap = 24.0
    field_width = (width - gap * (len(fields) - 1)) / len(fields)
    block = Block(width)
    for index, signature in enumerate(fields):
        field = Block(field_width)
        if signature.above is not None:
            text, style = signature.above
            line = single_line(text, style.font, style.size, field_width)
            field.line(line, style, depth=room - style.leading)
        field.space(room)
        field.rule(field.height, line_width=0.6, grey=0.2)
        field.space(2)
        for text, style in signature.below:
            if text:
                field.paragraph(text, style, rtl=False)
        block.add(field, x=index * (field_width + gap), depth=0)
    return block


def page_footer(left: str, right: str, style: Style, width: float) -> Block:
    """A line in the bottom margin: what the document is on the left, the page on the right."""
    block = Block(width)
    right_line = single_line(right, style.font, style.size, width / 3)
    block.line(right_line, style, right=True, depth=0)
    if left:
        room = width - right_line.width - 12
        block.line(single_line(left, style.font, style.size, room), style, depth=0)
    block.height = style.leading
    return block


def _fitting_size(text: str, style: Style, width: float) -> float:
    """The style's size, or a smaller one at which ``text`` fits ``width``."""
    natural = text_width(text, style.font, style.size)
    if natural <= width or natural <= 0:
        return style.size
    return style.size * width / natural

"""The referral slip (Vermittlung): one page the visitor carries to the receiving desk.

The slip prints a ``SlipContent`` and nothing else. German comes first; English, Turkish
or Arabic stands beside or under each German text, smaller and lighter, Arabic right to
left and on the right. The page is laid out once for A5 and scaled for A4.

``layout_slip`` places every text, line and box (so tests can check that nothing overlaps
or leaves the page); ``render_slip`` draws that layout with ReportLab's canvas, which is
several times faster than Platypus for a page whose every position is known.
"""

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.graphics.barcode import qrencoder  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4, A5  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from desktop_app.core.codes import grouped, normalise
from desktop_app.core.referral_records import SLIP_LANGUAGES, PaperSize, SlipContent
from desktop_app.documents.fonts import BundledFonts, bundled_fonts
from desktop_app.documents.layout import (
    Block,
    Logo,
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
from desktop_app.documents.scripts import is_rtl_language, single_line, wrap
from desktop_app.documents.texts import SlipTexts, slip_texts

# The page is laid out in A5 points; an A4 slip is the same layout, scaled by √2.
PAGE_WIDTH: float = A5[0]
PAGE_HEIGHT: float = A5[1]
MARGIN: float = 12 * mm
CONTENT_WIDTH: float = PAGE_WIDTH - 2 * MARGIN
# The QR code's modules, without its quiet zone. 26 mm of a 21-module code makes modules
# of 1.24 mm, which a phone reads from a crumpled slip at arm's length.
QR_SIZE: float = 26 * mm
QR_QUIET_MODULES = 4
# Room for a facility's rubber stamp, which are mostly 40–60 mm wide.
STAMP_WIDTH: float = 42 * mm
# Inside the target, appointment and stamp boxes: the same everywhere, so that Arabic
# lines in different boxes end on one vertical line.
BOX_PADDING = 6.0
APPOINTMENT_LABEL_WIDTH = 70.0
LOGO_MAX_WIDTH: float = 40 * mm
LOGO_MAX_HEIGHT: float = 15 * mm


@dataclass(frozen=True, slots=True)
class PlacedQr:
    """The code's QR symbol: ``modules`` rows from the top, True for dark."""

    x: float
    y: float  # bottom edge of the modules (the quiet zone lies around them)
    size: float
    modules: tuple[tuple[bool, ...], ...]
    value: str


@dataclass(frozen=True)
class SlipLayout:
    """Everything on the page, in A5 points; ``scale`` maps it onto the paper."""

    title: str
    paper_width: float
    paper_height: float
    scale: float
    offset_x: float
    offset_y: float
    texts: tuple[PlacedText, ...]
    rules: tuple[PlacedRule, ...]
    boxes: tuple[PlacedBox, ...]
    qr: PlacedQr
    logo: PlacedImage | None
    watermark: str
    # 0 when every text fitted in full; higher when long texts had to be shortened.
    compaction: int


@dataclass(frozen=True)
class _Styles:
    letterhead_name: Style
    letterhead: Style
    title: Style
    title_second: Style
    label: Style
    label_second: Style
    person: Style
    value: Style
    value_bold: Style
    value_second: Style
    name: Style
    muted: Style
    appointment: Style
    sentence: Style
    sentence_second: Style
    code: Style
    note: Style
    note_second: Style
    stamp_hint: Style
    mark: Style


@lru_cache(maxsize=4)
def _styles(fonts: BundledFonts, rtl: bool) -> _Styles:
    regular, bold = fonts.regular, fonts.bold
    # DejaVu's Arabic letters look smaller than its Latin ones at the same size.
    lift = 0.5 if rtl else 0.0
    return _Styles(
        letterhead_name=Style(bold, 10.5, 12.6),
        letterhead=Style(regular, 7.5, 9.0, 0.25),
        title=Style(bold, 17, 20),
        title_second=Style(regular, 12.5 + lift, 15.5, 0.4),
        label=Style(bold, 7, 8.4, 0.3),
        label_second=Style(regular, 7 + lift, 8.4 + lift, 0.45),
        person=Style(bold, 11, 13),
        value=Style(regular, 8.5, 10.2),
        value_bold=Style(bold, 9, 10.8),
        value_second=Style(regular, 7.5 + lift, 9.0 + lift, 0.4),
        name=Style(bold, 12, 14.2),
        muted=Style(regular, 7.5, 9.0, 0.4),
        appointment=Style(bold, 10, 12),
        sentence=Style(regular, 8.5, 10.2),
        sentence_second=Style(regular, 8 + lift, 9.6 + lift, 0.4),
        code=Style(bold, 14, 16.6),
        note=Style(regular, 6.5, 7.7, 0.25),
        note_second=Style(regular, 6.5 + lift, 7.7 + lift, 0.45),
        stamp_hint=Style(regular, 7, 8.4, 0.7),
        mark=Style(bold, 10, 12, 0.45),
    )


@dataclass(frozen=True)
class _Caps:
    """How many lines the long free texts may take; later entries are tighter."""

    name: int
    offer: int
    address: int
    value: int
    contact: int
    accessibility: int
    hours_note: int
    purpose: int


_CAPS = (
    _Caps(name=2, offer=2, address=4, value=2, contact=3, accessibility=3, hours_note=3, purpose=3),
    _Caps(name=2, offer=2, address=3, value=1, contact=2, accessibility=2, hours_note=2, purpose=2),
    _Caps(name=1, offer=1, address=2, value=1, contact=2, accessibility=2, hours_note=1, purpose=2),
    _Caps(name=1, offer=1, address=2, value=1, contact=1, accessibility=1, hours_note=1, purpose=2),
)


@dataclass(frozen=True)
class _Languages:
    german: SlipTexts
    second: SlipTexts | None
    rtl: bool

    def pick(self, key: str) -> tuple[str, str]:
        second = getattr(self.second, key) if self.second is not None else ""
        return str(getattr(self.german, key)), str(second)


def render_slip(content: SlipContent, *, watermark: str = "") -> bytes:
    """The slip as a one-page PDF; ``watermark`` (e.g. "MUSTER / SAMPLE") marks a sample."""
    return draw_layout(layout_slip(content, watermark=watermark))


def layout_slip(content: SlipContent, *, watermark: str = "") -> SlipLayout:
    """Where everything on the slip goes, with long texts shortened until it fits one page."""
    if content.language not in SLIP_LANGUAGES:
        raise ValueError(
            f"Slips are printed in {', '.join(SLIP_LANGUAGES)}, not {content.language!r}."
        )
    fonts = bundled_fonts()
    rtl = is_rtl_language(content.language)
    languages = _Languages(
        german=slip_texts("de"),
        second=None if content.language == "de" else slip_texts(content.language),
        rtl=rtl,
    )
    styles = _styles(fonts, rtl)
    logo = read_logo(content.issuer.logo)
    code = normalise(content.code)
    qr = _qr_modules(code)
    for level, caps in enumerate(_CAPS):
        page = _compose(content, languages, styles, caps, logo, qr, code, watermark)
        if page.flow.height <= page.room:
            return _finished(content, page, level, watermark)
    # Only absurdly long texts get here (every field at its longest, hours all week): the
    # upper part is shrunk as a whole, which keeps it legible and clear of the band.
    return _finished(content, page, len(_CAPS), watermark, shrink=page.room / page.flow.height)


@dataclass
class _Page:
    flow: Block  # from the letterhead down to the voluntary sentence
    room: float  # how tall the flow may be
    band: Block  # QR code, code and stamp field, on the bottom margin
    band_top: float  # depth of the band below the top margin
    qr: PlacedQr


def _compose(
    content: SlipContent,
    languages: _Languages,
    styles: _Styles,
    caps: _Caps,
    logo: Logo | None,
    qr_modules: tuple[tuple[bool, ...], ...],
    code: str,
    watermark: str,
) -> _Page:
    page = Block(CONTENT_WIDTH)
    page.add(_letterhead(content, languages, styles, logo))
    page.space(4)
    page.rule(page.height, line_width=0.6, grey=0.6)
    page.space(6)
    page.add(_title(languages, styles, watermark))
    page.space(4)
    page.add(_person_row(content, languages, styles))
    page.space(7)
    page.add(_target(content, languages, styles, caps))
    if content.appointment_at is not None:
        page.space(6)
        page.add(_appointment(content, languages, styles))
    purpose = _sentences(
        languages.german.purpose_sentence(content.field_of_action, content.purpose),
        languages.second.purpose_sentence(content.field_of_action, content.purpose)
        if languages.second
        else "",
        languages,
        styles,
        caps.purpose,
    )
    if purpose.height:
        page.space(7)
        page.add(purpose)
    page.space(5)
    page.add(_sentences(*languages.pick("voluntary"), languages, styles, 3))

    # The band sits on the bottom margin; around the QR code its quiet zone stays empty.
    quiet = QR_SIZE / len(qr_modules) * QR_QUIET_MODULES
    band = _band(code, languages, styles, quiet)
    band_top = PAGE_HEIGHT - 2 * MARGIN - band.height
    qr = PlacedQr(
        x=MARGIN, y=MARGIN + band.height - QR_SIZE, size=QR_SIZE, modules=qr_modules, value=code
    )
    return _Page(flow=page, room=band_top - quiet, band=band, band_top=band_top, qr=qr)


def _letterhead(
    content: SlipContent, languages: _Languages, styles: _Styles, logo: Logo | None
) -> Block:
    return letterhead_block(
        content.issuer,
        width=CONTENT_WIDTH,
        name_style=styles.letterhead_name,
        style=styles.letterhead,
        contact_label=languages.german.contact,
        logo=logo,
        logo_max_width=LOGO_MAX_WIDTH,
        logo_max_height=LOGO_MAX_HEIGHT,
    )


def _title(languages: _Languages, styles: _Styles, watermark: str) -> Block:
    """The title in German and, at the right end, the second language; a sample's mark
    between them, where text extraction finds it (it skips the diagonal one)."""
    block = Block(CONTENT_WIDTH)
    german, second = languages.pick("title")
    title = single_line(german, styles.title.font, styles.title.size, CONTENT_WIDTH)
    block.line(title, styles.title, depth=0)
    free_from, free_to = title.width + 12, CONTENT_WIDTH
    if second:
        style = styles.title_second
        other = single_line(
            second, style.font, style.size, CONTENT_WIDTH - title.width - 12, rtl=languages.rtl
        )
        # On the German title's baseline, at the right end of the line.
        block.line(other, style, right=True, depth=styles.title.baseline - style.baseline)
        free_to = CONTENT_WIDTH - other.width - 12
    if watermark:
        style = styles.mark
        mark = single_line(watermark, style.font, style.size, CONTENT_WIDTH, rtl=False)
        if mark.width <= free_to - free_from:
            x = (free_from + free_to - mark.width) / 2
            block.line(mark, style, x=x, depth=styles.title.baseline - style.baseline)
    block.height = styles.title.leading
    return block


def _person_row(content: SlipContent, languages: _Languages, styles: _Styles) -> Block:
    block = Block(CONTENT_WIDTH)
    half = (CONTENT_WIDTH - 12) / 2
    person = Block(half)
    person.pair(*languages.pick("for_person"), languages.rtl, styles.label, styles.label_second)
    style = styles.person
    person.line(single_line(content.person_label, style.font, style.size, half), style)
    issued = Block(half)
    issued.pair(*languages.pick("issued_on"), languages.rtl, styles.label, styles.label_second)
    german_date = languages.german.format_date(content.issued_on)
    other_date = languages.second.format_date(content.issued_on) if languages.second else ""
    # Digits read the same in every language: the date is translated only if it differs.
    issued.pair(
        german_date,
        "" if other_date == german_date else other_date,
        languages.rtl,
        styles.value,
        styles.value_second,
    )
    block.add(person, depth=0)
    block.add(issued, x=half + 12, depth=0)
    return block


def _target(content: SlipContent, languages: _Languages, styles: _Styles, caps: _Caps) -> Block:
    target = content.target
    padding = BOX_PADDING
    inner = CONTENT_WIDTH - 2 * padding
    body = Block(inner)
    body.pair(*languages.pick("target_heading"), languages.rtl, styles.label, styles.label_second)
    body.space(1)
    name, muted = styles.name, styles.muted
    names = wrap(target.name, name.font, name.size, inner, max_lines=caps.name)
    kind = single_line(target.kind, muted.font, muted.size, inner) if target.kind else None
    if kind is not None and len(names) == 1 and names[0].width + 8 + kind.width <= inner:
        # The kind of place ("Stadtteilzentrum") after its name, on the name's baseline.
        depth = body.height
        body.line(names[0], name)
        body.line(kind, muted, x=names[0].width + 8, depth=depth + name.baseline - muted.baseline)
    else:
        body.lines(names, name)
        if kind is not None:
            body.line(kind, muted)
    if target.offer_name:
        body.space(3)
        body.pair(*languages.pick("offer"), languages.rtl, styles.label, styles.label_second)
        body.paragraph(target.offer_name, styles.value_bold, max_lines=caps.offer)

    column = (inner - 12) / 2
    contact_lines = [_joined(target.contact_name, target.contact_phone), target.contact_email]
    items = [
        _item("address", "\n".join(target.address_lines), caps.address, column, languages, styles),
        _item("phone", target.phone, caps.value, column, languages, styles),
        _item("email", target.email, caps.value, column, languages, styles),
        _item("website", target.website, caps.value, column, languages, styles),
        _item(
            "contact",
            "\n".join(line for line in contact_lines if line),
            caps.contact,
            column,
            languages,
            styles,
        ),
        _item("accessibility", target.accessibility, caps.accessibility, column, languages, styles),
    ]
    filled = [item for item in items if item is not None]
    if filled:
        body.space(5)
        left, right = _balanced(filled)
        top = body.height
        for block in left:
            body.add(block)
            body.space(4)
        bottom = body.height
        body.height = top
        for block in right:
            body.add(block, x=column + 12)
            body.space(4)
        body.height = max(bottom, body.height) - 4

    if target.hours or target.hours_note:
        body.space(5)
        body.pair(
            *languages.pick("opening_hours"), languages.rtl, styles.label, styles.label_second
        )
        days = _by_weekday(target.hours)
        value, second = styles.value, styles.value_second
        half = (inner - 16) / 2
        german_lines = [
            single_line(languages.german.hours_line(weekday, times), value.font, value.size, half)
            for weekday, times in days
        ]
        # The translation stands beside the German lines: Arabic at the right end, English
        # and Turkish just after the longest German line.
        beside = max((line.width for line in german_lines), default=0.0) + 16
        for german, (weekday, times) in zip(german_lines, days, strict=True):
            depth = body.height
            body.line(german, value, depth=depth)
            if languages.second is not None:
                text = languages.second.hours_line(weekday, times)
                line = single_line(
                    text, second.font, second.size, inner - beside, rtl=languages.rtl
                )
                body.line(
                    line,
                    second,
                    x=beside,
                    right=languages.rtl,
                    depth=depth + (value.leading - second.leading) / 2,
                )
            body.space(value.leading)
        if target.hours_note:
            body.paragraph(target.hours_note, styles.muted, max_lines=caps.hours_note)

    block = Block(CONTENT_WIDTH)
    block.boxes.append(
        PlacedBox(0, 0, CONTENT_WIDTH, body.height + 2 * padding, stroke_grey=0.7, fill_grey=None)
    )
    block.space(padding)
    block.add(body, x=padding)
    block.space(padding)
    return block


def _item(
    key: str, value: str, max_lines: int, width: float, languages: _Languages, styles: _Styles
) -> Block | None:
    """One labelled value of the target, such as its address or phone."""
    if not value.strip():
        return None
    block = Block(width)
    block.pair(*languages.pick(key), languages.rtl, styles.label, styles.label_second)
    block.paragraph(value, styles.value, max_lines=max_lines)
    return block


def _balanced(blocks: Sequence[Block]) -> tuple[Sequence[Block], Sequence[Block]]:
    """Split into two columns, keeping the order, so that the taller column is shortest."""
    heights = [block.height for block in blocks]
    best = min(
        range(len(blocks) + 1),
        key=lambda split: (max(sum(heights[:split]), sum(heights[split:])), -split),
    )
    return blocks[:best], blocks[best:]


def _appointment(content: SlipContent, languages: _Languages, styles: _Styles) -> Block:
    """The date and time agreed with the receiving facility, on a light grey ground."""
    assert content.appointment_at is not None
    padding = BOX_PADDING
    body = Block(CONTENT_WIDTH - 2 * padding)
    german = languages.german.format_appointment(content.appointment_at)
    second = languages.second.format_appointment(content.appointment_at) if languages.second else ""
    if languages.rtl:
        # Arabic on the same lines, at the right end: the labels, then date and time.
        body.pair(*languages.pick("appointment"), True, styles.label, styles.label_second)
        body.pair(german, second, True, styles.appointment, styles.value_second)
    else:
        # Labels on the left, the German date and time beside them, the translation under it.
        labels = Block(APPOINTMENT_LABEL_WIDTH)
        for text, style in zip(
            languages.pick("appointment"), (styles.label, styles.label_second), strict=True
        ):
            if text:
                labels.paragraph(text, style, rtl=False)
        values = Block(body.width - APPOINTMENT_LABEL_WIDTH - 8)
        style = styles.appointment
        values.line(single_line(german, style.font, style.size, values.width), style)
        if second:
            style = styles.value_second
            values.line(single_line(second, style.font, style.size, values.width), style)
        label_shift = styles.appointment.baseline - styles.label.baseline
        body.add(labels, depth=label_shift)
        body.add(values, x=APPOINTMENT_LABEL_WIDTH + 8, depth=0)
    block = Block(CONTENT_WIDTH)
    block.boxes.append(
        PlacedBox(0, 0, CONTENT_WIDTH, body.height + 2 * padding, stroke_grey=None, fill_grey=0.93)
    )
    block.space(padding)
    block.add(body, x=padding)
    block.space(padding)
    return block


def _sentences(
    german: str, second: str, languages: _Languages, styles: _Styles, max_lines: int
) -> Block:
    """A German sentence with its translation under it (Arabic on the right)."""
    block = Block(CONTENT_WIDTH)
    if german:
        block.paragraph(german, styles.sentence, rtl=False, max_lines=max_lines)
    if second:
        block.space(1)
        block.paragraph(
            second,
            styles.sentence_second,
            rtl=languages.rtl,
            max_lines=max_lines,
            align_by_direction=True,
        )
    return block


def _band(code: str, languages: _Languages, styles: _Styles, quiet: float) -> Block:
    """The bottom of the slip: QR code, the code to read and type, and the stamp field."""
    column_x = QR_SIZE + quiet
    column = Block(CONTENT_WIDTH - column_x - STAMP_WIDTH - 10)
    column.pair(
        *languages.pick("code_label"),
        languages.rtl,
        styles.label,
        styles.label_second,
    )
    column.line(
        single_line(grouped(code), styles.code.font, styles.code.size, column.width), styles.code
    )
    column.space(1)
    column.paragraph(languages.german.code_note, styles.note, rtl=False)
    if languages.second is not None:
        column.space(1)
        column.paragraph(
            languages.second.code_note,
            styles.note_second,
            rtl=languages.rtl,
            align_by_direction=True,
        )

    stamp = _stamp(languages, styles, max(QR_SIZE, column.height))
    band = Block(CONTENT_WIDTH)
    band.add(column, x=column_x, depth=0)
    band.add(stamp, x=CONTENT_WIDTH - STAMP_WIDTH, depth=0)
    return band


def _stamp(languages: _Languages, styles: _Styles, height: float) -> Block:
    """ "Teilnahme bestätigt am … (Stempel)": filled in by the receiving facility.

    The date goes on the dashed line; the stamp below it, over the light "(Stempel)".
    """
    padding = BOX_PADDING
    inner = STAMP_WIDTH - 2 * padding
    top = Block(inner)
    german, second = languages.pick("stamp_confirmed_on")
    top.paragraph(german, styles.label, rtl=False)
    if second:
        top.paragraph(second, styles.label_second, rtl=languages.rtl, align_by_direction=True)
    top.space(12)
    top.rule(top.height, line_width=0.6, grey=0.45, dashed=True)
    top.space(3)
    hint = " ".join(text for text in languages.pick("stamp") if text)
    top.paragraph(hint, styles.stamp_hint, rtl=False)
    bottom = Block(inner)
    bottom.paragraph(languages.german.stamp_note, styles.note, rtl=False)
    if languages.second is not None:
        bottom.paragraph(
            languages.second.stamp_note,
            styles.note_second,
            rtl=languages.rtl,
            align_by_direction=True,
        )
    height = max(height, top.height + bottom.height + 2 * padding + 6)
    block = Block(STAMP_WIDTH)
    block.boxes.append(
        PlacedBox(0, 0, STAMP_WIDTH, height, stroke_grey=0.45, fill_grey=None, dashed=True)
    )
    block.add(top, x=padding, depth=padding)
    block.add(bottom, x=padding, depth=height - padding - bottom.height)
    block.height = height
    return block


def _finished(
    content: SlipContent, page: _Page, level: int, watermark: str, shrink: float = 1.0
) -> SlipLayout:
    """The composed page in page coordinates (from the bottom left), on its paper."""
    placed = Placed()
    # A shrunk upper part stays centred between the margins.
    top = PAGE_HEIGHT - MARGIN
    page.flow.place(placed, MARGIN + CONTENT_WIDTH * (1 - shrink) / 2, top, shrink)
    page.band.place(placed, MARGIN, top - page.band_top)
    if content.paper == PaperSize.A4:
        paper_width, paper_height = A4
    else:
        paper_width, paper_height = A5
    scale = min(paper_width / PAGE_WIDTH, paper_height / PAGE_HEIGHT)
    return SlipLayout(
        title=f"Vermittlung {grouped(normalise(content.code))}",
        paper_width=float(paper_width),
        paper_height=float(paper_height),
        scale=scale,
        offset_x=(paper_width - PAGE_WIDTH * scale) / 2,
        offset_y=(paper_height - PAGE_HEIGHT * scale) / 2,
        texts=tuple(placed.texts),
        rules=tuple(placed.rules),
        boxes=tuple(placed.boxes),
        qr=page.qr,
        logo=placed.images[0] if placed.images else None,
        watermark=watermark,
        compaction=level,
    )


def draw_layout(layout: SlipLayout) -> bytes:
    """Draw a laid-out slip as a PDF."""
    buffer = io.BytesIO()
    canvas = new_canvas(
        buffer, (layout.paper_width, layout.paper_height), layout.title, "Vermittlung"
    )
    canvas.translate(layout.offset_x, layout.offset_y)
    canvas.scale(layout.scale, layout.scale)
    watermark = None
    if layout.watermark:
        centre = (PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        watermark = Watermark(layout.watermark, bundled_fonts().bold, centre, size=40, angle=54)
    logo = [layout.logo] if layout.logo is not None else []
    draw_page(canvas, layout.boxes, layout.rules, layout.texts, logo, watermark)
    _draw_qr(canvas, layout.qr)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_qr(canvas: Canvas, qr: PlacedQr) -> None:
    """One filled path, a rectangle for each run of dark modules in a row.

    Drawn in a coordinate system of one unit a module, the path is written directly:
    ReportLab's own ``rect`` formats each of its hundreds of numbers as a float, which took
    as long as laying out the whole slip.
    """
    count = len(qr.modules)
    operators = []
    for row, cells in enumerate(qr.modules):
        y = count - 1 - row
        column = 0
        while column < count:
            if not cells[column]:
                column += 1
                continue
            start = column
            while column < count and cells[column]:
                column += 1
            operators.append(f"{start} {y} {column - start} 1 re")
    canvas.saveState()
    canvas.translate(qr.x, qr.y)
    canvas.scale(qr.size / count, qr.size / count)
    canvas.setFillGray(0)
    canvas.addLiteral("\n".join([*operators, "f"]))
    canvas.restoreState()


# A slip is often shown, then printed, perhaps on the other paper: the same code again.
@lru_cache(maxsize=32)
def _qr_modules(code: str) -> tuple[tuple[bool, ...], ...]:
    """The QR symbol of exactly the code (no hyphen), error correction level Q (25 %)."""
    symbol = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.Q)
    # Upper-case letters and digits only: the compact alphanumeric mode fits version 1.
    symbol.addData(qrencoder.QRAlphaNum(code) if _ALPHANUMERIC.fullmatch(code) else code)
    symbol.make()
    return tuple(tuple(bool(cell) for cell in row) for row in symbol.modules)


_ALPHANUMERIC = re.compile(r"[0-9A-Z]+")


def _joined(*parts: str) -> str:
    return " · ".join(part.strip() for part in parts if part and part.strip())


def _by_weekday(hours: Sequence[tuple[int, str, str]]) -> list[tuple[int, list[tuple[str, str]]]]:
    """Opening times grouped by weekday, Monday first, each day's times in order."""
    days: dict[int, list[tuple[str, str]]] = {}
    for weekday, start, end in sorted(hours):
        if 0 <= weekday <= 6:
            days.setdefault(weekday, []).append((start, end))
    return sorted(days.items())

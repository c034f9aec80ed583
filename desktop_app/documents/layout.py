"""What every printed page is made of: placed texts, rules, boxes and images, and the letterhead.

A document is laid out first (each text, line and box gets its position, so tests can check
that nothing overlaps or leaves the page) and drawn afterwards with ReportLab's canvas,
which is several times faster than Platypus for pages whose every position is known.

Inside a ``Block`` positions count from its top-left corner downwards; ``Block.place`` puts
it onto a page, where they count from the bottom left as in PDF.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from desktop_app.core.document_records import Letterhead
from desktop_app.documents.scripts import Line, single_line, text_width, wrap

# Where a glyph reaches above and below its baseline, as a fraction of the font size
# (DejaVu Sans' ascent and descent). A line box is centred around that span.
ASCENT = 0.928
DESCENT = 0.236

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_SIGNATURE = b"\xff\xd8\xff"


@dataclass(frozen=True, slots=True)
class PlacedText:
    """One line of text on the page; ``text`` is in visual order, ready to draw."""

    x: float  # left end, in points from the page's left edge
    y: float  # baseline, in points from the page's bottom edge
    text: str
    font: str
    size: float
    grey: float  # 0 black … 1 white
    width: float
    logical: str  # the text in reading order, for checks and search


@dataclass(frozen=True, slots=True)
class PlacedRule:
    x1: float
    y1: float
    x2: float
    y2: float
    line_width: float
    grey: float
    dashed: bool = False


@dataclass(frozen=True, slots=True)
class PlacedBox:
    x: float
    y: float
    width: float
    height: float
    stroke_grey: float | None  # None: no border
    fill_grey: float | None  # None: not filled
    dashed: bool = False
    radius: float = 3.0


@dataclass(frozen=True, slots=True)
class PlacedImage:
    path: Path
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class Style:
    font: str
    size: float
    leading: float
    grey: float = 0.0

    @property
    def baseline(self) -> float:
        """From the top of a line's box to its baseline, the glyphs centred in the box."""
        return (self.leading - (ASCENT + DESCENT) * self.size) / 2 + ASCENT * self.size


@dataclass
class Placed:
    """A page's contents, collected in page coordinates."""

    texts: list[PlacedText] = field(default_factory=list)
    rules: list[PlacedRule] = field(default_factory=list)
    boxes: list[PlacedBox] = field(default_factory=list)
    images: list[PlacedImage] = field(default_factory=list)


class Block:
    """Texts and shapes laid out downwards from a top-left corner, placed on the page later.

    Inside a block, ``x`` counts from its left edge and ``y`` is the depth below its top.
    """

    def __init__(self, width: float) -> None:
        self.width = width
        self.height = 0.0
        self.texts: list[PlacedText] = []
        self.rules: list[PlacedRule] = []
        self.boxes: list[PlacedBox] = []
        self.images: list[PlacedImage] = []
        self.children: list[tuple[float, float, Block]] = []

    def space(self, points: float) -> None:
        self.height += points

    def line(
        self,
        line: Line,
        style: Style,
        *,
        x: float = 0.0,
        width: float | None = None,
        right: bool = False,
        depth: float | None = None,
    ) -> None:
        """One line at ``depth`` (default: a new line below the block's content)."""
        if not line.text:
            return
        width = self.width - x if width is None else width
        top = self.height if depth is None else depth
        left = x + width - line.width if right else x
        self.texts.append(
            PlacedText(
                left,
                top + style.baseline,
                line.text,
                style.font,
                style.size,
                style.grey,
                line.width,
                line.logical,
            )
        )
        if depth is None:
            self.height += style.leading

    def lines(
        self,
        lines: Iterable[Line],
        style: Style,
        *,
        x: float = 0.0,
        width: float | None = None,
        right: bool = False,
    ) -> None:
        for line in lines:
            self.line(line, style, x=x, width=width, right=right)

    def paragraph(
        self,
        text: str,
        style: Style,
        *,
        x: float = 0.0,
        width: float | None = None,
        rtl: bool | None = None,
        max_lines: int = 0,
        align_by_direction: bool = False,
    ) -> None:
        """``text`` wrapped; right-aligned if ``align_by_direction`` and it runs right to left."""
        width = self.width - x if width is None else width
        for line in wrap(text, style.font, style.size, width, rtl=rtl, max_lines=max_lines):
            self.line(line, style, x=x, width=width, right=align_by_direction and line.rtl)

    def pair(
        self,
        german: str,
        second: str,
        rtl: bool,
        style: Style,
        second_style: Style,
        *,
        x: float = 0.0,
        width: float | None = None,
    ) -> None:
        """A German label with its translation beside it, or under it if there is no room.

        Arabic goes to the right end of the line; English and Turkish follow the German
        after a middle dot.
        """
        width = self.width - x if width is None else width
        first = single_line(german, style.font, style.size, width, rtl=False)
        if not second:
            self.line(first, style, x=x, width=width)
            return
        if rtl:
            other = wrap(second, second_style.font, second_style.size, width, rtl=True)
            if len(other) == 1 and first.width + 8 + other[0].width <= width:
                depth = self.height
                leading = max(style.leading, second_style.leading)
                shift = (leading - style.leading) / 2
                self.line(first, style, x=x, width=width, depth=depth + shift)
                self.line(
                    other[0],
                    second_style,
                    x=x,
                    width=width,
                    right=True,
                    depth=depth + (leading - second_style.leading) / 2,
                )
                self.height += leading
                return
            self.line(first, style, x=x, width=width)
            self.lines(other, second_style, x=x, width=width, right=True)
            return
        gap = second_style.size * 0.35
        rest = "· " + second
        if first.width + gap + text_width(rest, second_style.font, second_style.size) <= width:
            depth = self.height
            leading = max(style.leading, second_style.leading)
            self.line(first, style, x=x, width=width, depth=depth + (leading - style.leading) / 2)
            self.line(
                single_line(rest, second_style.font, second_style.size, width),
                second_style,
                x=x + first.width + gap,
                width=width - first.width - gap,
                depth=depth + (leading - second_style.leading) / 2,
            )
            self.height += leading
            return
        self.line(first, style, x=x, width=width)
        self.paragraph(second, second_style, x=x, width=width, rtl=False)

    def rule(
        self,
        depth: float,
        *,
        x: float = 0.0,
        width: float | None = None,
        line_width: float = 0.6,
        grey: float = 0.6,
        dashed: bool = False,
    ) -> None:
        """A horizontal line at ``depth`` below the block's top."""
        width = self.width - x if width is None else width
        self.rules.append(PlacedRule(x, depth, x + width, depth, line_width, grey, dashed))

    def add(self, other: "Block", *, x: float = 0.0, depth: float | None = None) -> None:
        """Put ``other`` into this block; below the content unless ``depth`` is given."""
        top = self.height if depth is None else depth
        # Kept as a child and placed once at the end: copying every text into each
        # enclosing block took a tenth of a slip's time.
        self.children.append((x, top, other))
        if depth is None:
            self.height += other.height
        else:
            self.height = max(self.height, depth + other.height)

    def place(self, placed: Placed, left: float, top: float, factor: float = 1.0) -> None:
        """Add everything in this block to ``placed``, its top-left corner at (``left``,
        ``top``) in page coordinates, shrunk by ``factor``."""
        placed.texts.extend(
            PlacedText(
                left + t.x * factor,
                top - t.y * factor,
                t.text,
                t.font,
                t.size * factor,
                t.grey,
                t.width * factor,
                t.logical,
            )
            for t in self.texts
        )
        placed.rules.extend(
            PlacedRule(
                left + r.x1 * factor,
                top - r.y1 * factor,
                left + r.x2 * factor,
                top - r.y2 * factor,
                r.line_width * factor,
                r.grey,
                r.dashed,
            )
            for r in self.rules
        )
        placed.boxes.extend(
            replace(
                b,
                x=left + b.x * factor,
                y=top - (b.y + b.height) * factor,
                width=b.width * factor,
                height=b.height * factor,
            )
            for b in self.boxes
        )
        placed.images.extend(
            replace(
                i,
                x=left + i.x * factor,
                y=top - (i.y + i.height) * factor,
                width=i.width * factor,
                height=i.height * factor,
            )
            for i in self.images
        )
        for child_x, child_depth, child in self.children:
            child.place(placed, left + child_x * factor, top - child_depth * factor, factor)


# The letterhead.


@dataclass(frozen=True)
class Logo:
    """A facility's logo that can be printed, with its size in pixels."""

    path: Path
    width: float
    height: float


def read_logo(path: Path | None) -> Logo | None:
    """The logo if it is a readable PNG or JPEG; anything else is left out."""
    if path is None:
        return None
    reader = image_reader(path)
    if reader is None:
        return None
    width, height = reader.getSize()
    if width <= 0 or height <= 0:
        return None
    return Logo(path, float(width), float(height))


def image_reader(path: Path) -> ImageReader | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return _cached_reader(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=4)
def _cached_reader(path: Path, mtime_ns: int, size: int) -> ImageReader | None:
    # Keyed by time and size too, so a logo replaced in the settings is read afresh.
    try:
        with path.open("rb") as file:
            start = file.read(8)
        if not (start.startswith(_PNG_SIGNATURE) or start.startswith(_JPEG_SIGNATURE)):
            return None
        reader = ImageReader(str(path))
        reader.getSize()
        # Decoding now finds a truncated or damaged file before the page is drawn.
        reader.getRGBData()
    except Exception:
        return None
    return reader


def letterhead_block(
    issuer: Letterhead,
    *,
    width: float,
    name_style: Style,
    style: Style,
    contact_label: str,
    logo: Logo | None,
    logo_max_width: float,
    logo_max_height: float,
) -> Block:
    """The facility's name, then its address and contact packed into lines; the logo, if
    any, at the top right."""
    text_room = width
    placed: PlacedImage | None = None
    if logo is not None:
        scale = min(logo_max_width / logo.width, logo_max_height / logo.height)
        logo_width, logo_height = logo.width * scale, logo.height * scale
        # Top right; inside a block an image's y is the depth of its top edge.
        placed = PlacedImage(logo.path, width - logo_width, 0, logo_width, logo_height)
        text_room = width - logo_width - 10
    block = Block(text_room)
    block.line(single_line(issuer.name, name_style.font, name_style.size, text_room), name_style)
    place = " ".join(part for part in (issuer.postcode, issuer.city) if part)
    phone = f"Tel. {issuer.phone}" if issuer.phone else ""
    contact = f"{contact_label}: {issuer.contact_person}" if issuer.contact_person else ""
    parts = [issuer.street, place, phone, issuer.email, contact]
    for line in packed([part for part in parts if part], style, text_room):
        block.line(line, style)
    if placed is not None:
        block.images.append(placed)
        block.height = max(block.height, placed.height)
    block.width = width
    return block


def packed(parts: Sequence[str], style: Style, width: float) -> list[Line]:
    """Short texts joined by middle dots, as many to a line as fit."""
    lines: list[str] = []
    for part in parts:
        candidate = f"{lines[-1]} · {part}" if lines else part
        if lines and text_width(candidate, style.font, style.size) <= width:
            lines[-1] = candidate
        else:
            lines.append(part)
    return [single_line(line, style.font, style.size, width) for line in lines]


# Drawing.


@dataclass(frozen=True)
class Watermark:
    """A sample's mark, diagonally across the page in light grey."""

    text: str
    font: str
    centre: tuple[float, float]
    size: float
    angle: float


def new_canvas(buffer: BinaryIO, size: tuple[float, float], title: str, subject: str) -> Canvas:
    """A canvas for one document, with Tresen's metadata; ``title`` never names a person."""
    # invariant: the same document gives the same bytes (no creation time, fixed id).
    canvas = Canvas(buffer, pagesize=size, invariant=1, lang="de")
    canvas.setTitle(title)
    canvas.setCreator("Tresen")
    canvas.setSubject(subject)
    return canvas


def draw_page(
    canvas: Canvas,
    boxes: Iterable[PlacedBox],
    rules: Iterable[PlacedRule],
    texts: Iterable[PlacedText],
    images: Iterable[PlacedImage],
    watermark: Watermark | None,
) -> None:
    """One page's contents in the order every document uses: the boxes first, then the
    watermark over their grey grounds, then lines, texts and images over the watermark."""
    _draw_boxes(canvas, boxes)
    if watermark is not None:
        _draw_watermark(canvas, watermark)
    _draw_rules(canvas, rules)
    _draw_texts(canvas, texts)
    _draw_images(canvas, images)


def _draw_boxes(canvas: Canvas, boxes: Iterable[PlacedBox]) -> None:
    for box in boxes:
        if box.fill_grey is not None:
            canvas.setFillGray(box.fill_grey)
        if box.stroke_grey is not None:
            canvas.setStrokeGray(box.stroke_grey)
            canvas.setLineWidth(0.6)
            if box.dashed:
                canvas.setDash(3, 2)
        canvas.roundRect(
            box.x,
            box.y,
            box.width,
            box.height,
            box.radius,
            stroke=int(box.stroke_grey is not None),
            fill=int(box.fill_grey is not None),
        )
        canvas.setDash()


def _draw_rules(canvas: Canvas, rules: Iterable[PlacedRule]) -> None:
    for rule in rules:
        canvas.setLineWidth(rule.line_width)
        canvas.setStrokeGray(rule.grey)
        if rule.dashed:
            canvas.setDash(1.5, 1.5)
        else:
            canvas.setDash()
        canvas.line(rule.x1, rule.y1, rule.x2, rule.y2)
    canvas.setDash()


def _draw_texts(canvas: Canvas, texts: Iterable[PlacedText]) -> None:
    font, size, grey = "", 0.0, -1.0
    for text in texts:
        # Font and colour are set only when they change: each call writes PDF operators.
        if (text.font, text.size) != (font, size):
            font, size = text.font, text.size
            canvas.setFont(font, size)
        if text.grey != grey:
            grey = text.grey
            canvas.setFillGray(grey)
        canvas.drawString(text.x, text.y, text.text)


def _draw_images(canvas: Canvas, images: Iterable[PlacedImage]) -> None:
    for image in images:
        reader = image_reader(image.path)
        if reader is not None:
            canvas.drawImage(reader, image.x, image.y, image.width, image.height, mask="auto")


def _draw_watermark(canvas: Canvas, watermark: Watermark) -> None:
    canvas.saveState()
    canvas.setFillGray(0.86)
    canvas.setFont(watermark.font, watermark.size)
    canvas.translate(*watermark.centre)
    canvas.rotate(watermark.angle)
    canvas.drawCentredString(0, -watermark.size / 3, watermark.text)
    canvas.restoreState()

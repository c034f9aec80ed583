"""Checks the document tests share: that a laid-out page is tidy, and every text a table holds."""

import itertools
from collections.abc import Sequence
from dataclasses import fields

from desktop_app.documents.layout import ASCENT, DESCENT, PlacedText
from desktop_app.documents.paged import FOOTER_GAP, MARGIN, PagedLayout
from desktop_app.documents.slip import MARGIN as SLIP_MARGIN
from desktop_app.documents.slip import PAGE_HEIGHT, PAGE_WIDTH, QR_QUIET_MODULES, SlipLayout
from desktop_app.documents.texts import SlipTexts
from desktop_app.documents.volunteer_texts import VolunteerTexts

# Left, bottom, right, top, in points from the page's bottom left.
Rectangle = tuple[float, float, float, float]
_TOLERANCE = 0.01


def text_box(text: PlacedText) -> Rectangle:
    """Where a text's glyphs reach."""
    return (text.x, text.y - DESCENT * text.size, text.x + text.width, text.y + ASCENT * text.size)


def overlap(a: Rectangle, b: Rectangle) -> bool:
    return (
        a[0] < b[2] - _TOLERANCE
        and b[0] < a[2] - _TOLERANCE
        and a[1] < b[3] - _TOLERANCE
        and b[1] < a[3] - _TOLERANCE
    )


def inside(box: Rectangle, area: Rectangle) -> bool:
    return (
        area[0] - _TOLERANCE <= box[0]
        and area[1] - _TOLERANCE <= box[1]
        and box[2] <= area[2] + _TOLERANCE
        and box[3] <= area[3] + _TOLERANCE
    )


def assert_texts_apart(texts: Sequence[PlacedText], obstacles: Sequence[Rectangle] = ()) -> None:
    """No text overlaps another or any of ``obstacles`` (a logo, a QR code)."""
    boxes = [text_box(text) for text in texts]
    for (a, box_a), (b, box_b) in itertools.combinations(zip(texts, boxes, strict=True), 2):
        assert not overlap(box_a, box_b), (a.logical, b.logical)
    for text, box in zip(texts, boxes, strict=True):
        assert not any(overlap(box, obstacle) for obstacle in obstacles), text.logical


def assert_tidy_slip(layout: SlipLayout) -> None:
    """No text overlaps another, the QR code with its quiet zone or the logo; everything
    within the margins."""
    margins = (SLIP_MARGIN, SLIP_MARGIN, PAGE_WIDTH - SLIP_MARGIN, PAGE_HEIGHT - SLIP_MARGIN)
    for text in layout.texts:
        assert inside(text_box(text), margins), text
    qr = layout.qr
    quiet = qr.size / len(qr.modules) * QR_QUIET_MODULES
    obstacles = [(qr.x - quiet, qr.y - quiet, qr.x + qr.size + quiet, qr.y + qr.size + quiet)]
    if layout.logo is not None:
        logo = layout.logo
        obstacles.append((logo.x, logo.y, logo.x + logo.width, logo.y + logo.height))
        assert inside(obstacles[-1], margins)
    assert_texts_apart(layout.texts, obstacles)
    for shape in layout.boxes:
        assert inside((shape.x, shape.y, shape.x + shape.width, shape.y + shape.height), margins)


def assert_tidy_pages(layout: PagedLayout) -> None:
    """On every page: no text overlaps another or the logo; texts, lines, boxes and images
    within the margins, but for the page's footer line just below the bottom one."""
    margins = (MARGIN, MARGIN, layout.width - MARGIN, layout.height - MARGIN)
    footer = (MARGIN, MARGIN - FOOTER_GAP - 12, layout.width - MARGIN, MARGIN - FOOTER_GAP)
    for number, page in enumerate(layout.pages, start=1):
        for text in page.texts:
            box = text_box(text)
            assert inside(box, margins) or inside(box, footer), (number, text)
        for rule in page.rules:
            left, right = sorted((rule.x1, rule.x2))
            bottom, top = sorted((rule.y1, rule.y2))
            assert inside((left, bottom, right, top), margins), (number, rule)
        images = [(i.x, i.y, i.x + i.width, i.y + i.height) for i in page.images]
        shapes = [(b.x, b.y, b.x + b.width, b.y + b.height) for b in page.boxes]
        for shape in (*images, *shapes):
            assert inside(shape, margins), (number, shape)
        assert_texts_apart(page.texts, images)


def text_strings(texts: SlipTexts | VolunteerTexts) -> list[str]:
    """Every text of a language's table, list items and the values of mappings included."""
    strings: list[str] = []
    for field in fields(texts):
        if field.name == "language":
            continue
        value = getattr(texts, field.name)
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, tuple):
            strings.extend(value)
        else:
            strings.extend(value.values())
    return strings

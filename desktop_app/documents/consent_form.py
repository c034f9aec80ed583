"""The consent form (Einwilligungserklärung): one tick box per purpose, signed by the person.

A4 portrait, one page if it fits, two at most. German comes first; English, Turkish or
Arabic stands beside or under each German text, smaller and lighter, Arabic right to left
and on the right, as on the slip. The fixed texts live in
``resources/documents/consent_texts.toml``; the footer names their version, which the
desk records with each consent.
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from desktop_app.core.consent_records import (
    CONSENT_FORM_LANGUAGES,
    FORM_PURPOSES,
    GUARDIAN_AGE,
    ConsentFormContent,
    ConsentPurpose,
)
from desktop_app.documents.consent_texts import ConsentTexts, consent_texts
from desktop_app.documents.fonts import BundledFonts, bundled_fonts
from desktop_app.documents.layout import Block, PlacedBox, Style
from desktop_app.documents.paged import (
    PORTRAIT,
    DocumentStyles,
    PagedLayout,
    PageFlow,
    document_styles,
    draw_paged,
    letterhead,
    page_footer,
)
from desktop_app.documents.scripts import is_rtl_language, single_line, wrap

# The tick box: large enough to cross with a ballpoint pen, about 4 mm.
TICK_BOX = 11.5
TICK_GAP = 9.0
# Room above a line to write a name or sign on.
WRITING_ROOM = 24.0
SIGNING_ROOM = 32.0
FIELD_GAP = 20.0
GUARDIAN_PADDING = 8.0


@dataclass(frozen=True)
class _Density:
    """How roomy the form is: one page if it can be, so a long form (two languages) is set
    tighter first; when no density gets it onto one page, it is set roomy on two."""

    space: float  # between the sections
    scale: float  # of the type


_DENSITIES = (
    _Density(12, 1.0),
    _Density(9, 1.0),
    _Density(7, 0.96),
    _Density(6, 0.92),
)


@dataclass(frozen=True)
class _Texts:
    german: ConsentTexts
    second: ConsentTexts | None
    rtl: bool

    def pick(self, key: str) -> tuple[str, str]:
        second = getattr(self.second, key) if self.second is not None else ""
        return str(getattr(self.german, key)), str(second)

    def purpose(self, purpose: ConsentPurpose) -> tuple[tuple[str, str], tuple[str, str]]:
        """(German, second) of the purpose's title and of its text."""
        second = self.second
        return (
            (self.german.purpose_title(purpose), second.purpose_title(purpose) if second else ""),
            (self.german.purpose_text(purpose), second.purpose_text(purpose) if second else ""),
        )


def render_consent_form(content: ConsentFormContent, *, watermark: str = "") -> bytes:
    """The consent form as a PDF, A4 portrait; ``watermark`` (e.g. "MUSTER / SAMPLE") marks
    a sample."""
    return draw_paged(layout_consent_form(content, watermark=watermark))


def layout_consent_form(content: ConsentFormContent, *, watermark: str = "") -> PagedLayout:
    """Where everything on the form goes: on one page at the first density that fits,
    otherwise set roomy on two."""
    if content.language not in CONSENT_FORM_LANGUAGES:
        raise ValueError(
            f"Consent forms are printed in {', '.join(CONSENT_FORM_LANGUAGES)},"
            f" not {content.language!r}."
        )
    rtl = is_rtl_language(content.language)
    texts = _Texts(
        german=consent_texts("de"),
        second=None if content.language == "de" else consent_texts(content.language),
        rtl=rtl,
    )
    fonts = bundled_fonts()

    def compose(density: _Density) -> PagedLayout:
        return _compose(content, texts, _styles(fonts, density.scale, rtl), density, watermark)

    roomy = compose(_DENSITIES[0])
    if len(roomy.pages) == 1:
        return roomy
    for density in _DENSITIES[1:]:
        layout = compose(density)
        if len(layout.pages) == 1:
            return layout
    return roomy


@lru_cache(maxsize=16)
def _styles(fonts: BundledFonts, scale: float, rtl: bool) -> DocumentStyles:
    """The documents' type; DejaVu's Arabic letters look smaller than its Latin ones at the
    same size, so the second language is set a little larger in Arabic."""
    styles = document_styles(fonts, scale)
    if not rtl:
        return styles

    def lifted(style: Style) -> Style:
        return replace(style, size=style.size + 0.5, leading=style.leading + 0.5)

    return replace(
        styles,
        title_second=lifted(styles.title_second),
        heading_second=lifted(styles.heading_second),
        body_second=lifted(styles.body_second),
        label_second=lifted(styles.label_second),
        note_second=lifted(styles.note_second),
    )


def _compose(
    content: ConsentFormContent,
    texts: _Texts,
    styles: DocumentStyles,
    density: _Density,
    watermark: str,
) -> PagedLayout:
    flow = PageFlow(PORTRAIT)
    width = flow.content_width
    space = density.space
    german = texts.german
    flow.add(letterhead(content.issuer, german.contact, styles, width))
    flow.space(space + 2)
    flow.add(_title(texts, styles, width, watermark))
    flow.space(space)
    flow.add(_person(content, texts, styles, width))
    flow.space(space)
    intro = german.intro_text(content.issuer.name)
    second_intro = texts.second.intro_text(content.issuer.name) if texts.second else ""
    flow.add(_sentences(intro, second_intro, texts, styles, width))
    for purpose in FORM_PURPOSES:
        flow.space(space)
        flow.add(_purpose(purpose, texts, styles, width))

    flow.space(space + 2)
    email = content.issuer.email
    withdrawal = _heading(*texts.pick("withdrawal_title"), texts, styles, width)
    withdrawal.add(
        _sentences(
            german.withdrawal_text(email),
            texts.second.withdrawal_text(email) if texts.second else "",
            texts,
            styles,
            width,
        )
    )
    flow.add(withdrawal)
    flow.space(space)
    rights = _heading(*texts.pick("rights_title"), texts, styles, width)
    rights.add(_sentences(*texts.pick("rights"), texts, styles, width))
    if content.privacy_contact.strip():
        rights.space(4)
        rights.pair(*texts.pick("privacy_contact"), texts.rtl, styles.label, styles.label_second)
        rights.paragraph(content.privacy_contact.strip(), styles.body, rtl=None, max_lines=3)
    flow.add(rights)

    # The person's signature and the guardian's block stay together: whoever signs sees
    # both, and a second page never starts with a guardian's lines alone.
    flow.space(space + 6)
    closing = Block(width)
    place = content.place.strip()
    closing.add(
        _fields(
            [
                _Field(texts.pick("place_and_date"), above=f"{place}, " if place else ""),
                _Field(texts.pick("signature"), share=1.4),
            ],
            texts,
            styles,
            width,
            room=SIGNING_ROOM,
        )
    )
    closing.space(space + 6)
    closing.add(_guardian(place, texts, styles, width, space))
    flow.add(closing)

    version = german.version_label(content.text_version)
    name = content.person_name.strip()

    def footer(page: int, pages: int) -> Block:
        # Loose pages still say which wording they carry, and whose form they are.
        left = f"{german.title} · {version}" + (f" · {name}" if name else "")
        return page_footer(left, german.page_label(page, pages), styles.footer, width)

    return flow.finish(german.title, german.title, footer=footer, watermark=watermark)


def _title(texts: _Texts, styles: DocumentStyles, width: float, watermark: str) -> Block:
    """The German title (two lines if need be) and the translation under it; a sample's
    mark at the right end of the title's last line, where text extraction finds it."""
    block = Block(width)
    style = styles.title
    german, second = texts.pick("title")
    lines = wrap(german, style.font, style.size, width, rtl=False, max_lines=2)
    block.lines(lines, style)
    if watermark:
        mark_style = styles.mark
        mark = single_line(watermark, mark_style.font, mark_style.size, width, rtl=False)
        if lines[-1].width + 24 + mark.width <= width:
            depth = block.height - style.leading + style.baseline - mark_style.baseline
            block.line(mark, mark_style, right=True, depth=depth)
        else:
            block.line(mark, mark_style, right=True)
    if second:
        block.space(1)
        block.paragraph(
            second, styles.title_second, rtl=texts.rtl, max_lines=2, align_by_direction=True
        )
    return block


def _person(
    content: ConsentFormContent, texts: _Texts, styles: DocumentStyles, width: float
) -> Block:
    """Whose consent it is: the name, or a line to write it on."""
    block = Block(width)
    block.pair(*texts.pick("name"), texts.rtl, styles.label, styles.label_second)
    name = content.person_name.strip()
    if name:
        block.paragraph(name, styles.name, rtl=None, max_lines=2)
    else:
        block.space(WRITING_ROOM)
        block.rule(block.height, line_width=0.6, grey=0.2)
    return block


def _sentences(
    german: str, second: str, texts: _Texts, styles: DocumentStyles, width: float
) -> Block:
    """A German paragraph with its translation under it (Arabic on the right)."""
    block = Block(width)
    block.paragraph(german, styles.body, rtl=False)
    if second:
        block.space(2)
        block.paragraph(second, styles.body_second, rtl=texts.rtl, align_by_direction=True)
    return block


def _heading(
    german: str, second: str, texts: _Texts, styles: DocumentStyles, width: float
) -> Block:
    """A section's heading, its translation beside it (Arabic at the right end) or under it."""
    block = Block(width)
    block.pair(german, second, texts.rtl, styles.heading, styles.heading_second)
    block.space(2)
    return block


def _purpose(purpose: ConsentPurpose, texts: _Texts, styles: DocumentStyles, width: float) -> Block:
    """A tick box and, beside it, the purpose's name and what the person consents to."""
    (title, second_title), (text, second_text) = texts.purpose(purpose)
    column_x = TICK_BOX + TICK_GAP
    column = _heading(title, second_title, texts, styles, width - column_x)
    column.add(_sentences(text, second_text, texts, styles, width - column_x))
    block = Block(width)
    # Level with the purpose's name: a square, not a glyph, so every printer and font
    # shows the same box.
    depth = (styles.heading.leading - TICK_BOX) / 2
    block.boxes.append(
        PlacedBox(0, depth, TICK_BOX, TICK_BOX, stroke_grey=0.1, fill_grey=None, radius=0)
    )
    block.add(column, x=column_x, depth=0)
    return block


@dataclass(frozen=True)
class _Field:
    """A line to write or sign on, its label (German, second language) under it;
    ``above`` is printed on the line (the place, ready for the date)."""

    label: tuple[str, str]
    above: str = ""
    share: float = 1.0


def _fields(
    fields: Sequence[_Field], texts: _Texts, styles: DocumentStyles, width: float, *, room: float
) -> Block:
    """Fields side by side, ``room`` points high above their lines; each label's
    translation under it, Arabic on the right of its field."""
    free = width - FIELD_GAP * (len(fields) - 1)
    total = sum(field.share for field in fields)
    block = Block(width)
    x = 0.0
    for field in fields:
        field_width = free * field.share / total
        column = Block(field_width)
        if field.above:
            style = styles.value
            line = single_line(field.above, style.font, style.size, field_width)
            column.line(line, style, depth=room - style.leading)
        column.space(room)
        column.rule(column.height, line_width=0.6, grey=0.2)
        column.space(2)
        german, second = field.label
        column.paragraph(german, styles.note, rtl=False)
        if second:
            column.paragraph(second, styles.note_second, rtl=texts.rtl, align_by_direction=True)
        block.add(column, x=x, depth=0)
        x += field_width + FIELD_GAP
    return block


def _guardian(
    place: str, texts: _Texts, styles: DocumentStyles, width: float, space: float
) -> Block:
    """For a person under 16: the guardian's consent, in a frame of its own."""
    inner = width - 2 * GUARDIAN_PADDING
    german = texts.german
    second = texts.second
    body = _heading(
        german.guardian_heading(GUARDIAN_AGE),
        second.guardian_heading(GUARDIAN_AGE) if second else "",
        texts,
        styles,
        inner,
    )
    body.add(_sentences(*texts.pick("guardian_text"), texts, styles, inner))
    body.space(space / 2)
    body.add(
        _fields(
            [
                _Field(texts.pick("guardian_name"), share=1.2),
                _Field(texts.pick("place_and_date"), above=f"{place}, " if place else ""),
                _Field(texts.pick("guardian_signature"), share=1.2),
            ],
            texts,
            styles,
            inner,
            room=SIGNING_ROOM,
        )
    )
    block = Block(width)
    height = body.height + 2 * GUARDIAN_PADDING
    block.boxes.append(PlacedBox(0, 0, width, height, stroke_grey=0.6, fill_grey=None))
    block.add(body, x=GUARDIAN_PADDING, depth=GUARDIAN_PADDING)
    block.height = height
    return block

"""The register of processing activities (Art. 30(1) GDPR) as the facility prints it.

A4 portrait, German: the facility's letterhead (the controller), the title and the date,
the controller and the data-protection officer, the measures every activity shares, then
one section per activity with each of its fields as a label beside its text. Sections
run on over pages; the footer names the register and numbers the pages.
"""

from collections.abc import Sequence

from desktop_app.core.processing import ProcessingActivity, ProcessingRegisterContent
from desktop_app.documents.fonts import bundled_fonts
from desktop_app.documents.layout import Block, Style
from desktop_app.documents.paged import (
    PORTRAIT,
    DocumentStyles,
    PagedLayout,
    PageFlow,
    bullet,
    document_styles,
    draw_paged,
    letterhead,
    page_footer,
)
from desktop_app.documents.scripts import single_line, wrap

# German only: the register is kept for the facility and the supervisory authority.
TITLE = "Verzeichnis von Verarbeitungstätigkeiten"
TITLE_LAW = "(Art. 30 Abs. 1 DSGVO)"
CONTACT = "Ansprechperson"
PHONE = "Tel."
AS_OF = "Stand: {date}"
PAGE_OF = "Seite {page} von {pages}"
CONTROLLER = "Verantwortlicher"
AS_OF_LABEL = "Stand"
OFFICER = "Datenschutzbeauftragte Person"
INTRO = (
    "Dieses Verzeichnis beschreibt die Verarbeitungstätigkeiten, die die Einrichtung mit "
    "dem Programm Tresen ausführt; jede Tätigkeit ist so aufgeführt, wie das Programm sie "
    "erfasst. Verarbeitungen außerhalb des Programms (etwa Personalakten, Buchhaltung oder "
    "Website) führt die Einrichtung gesondert."
)
GENERAL_MEASURES = "Technische und organisatorische Maßnahmen aller Tätigkeiten (Art. 32 DSGVO)"
NOTHING = "–"
SEE_GENERAL = "Außerdem die Maßnahmen aller Tätigkeiten (vorn)."
NO_SPECIAL_CATEGORIES = (
    "Keine. Das Programm hat keine Felder für Angaben zu Gesundheit, Religion, ethnischer "
    "Herkunft, sexueller Orientierung oder andere besondere Kategorien."
)

LABELS = {
    "purposes": "Zwecke",
    "legal_bases": "Rechtsgrundlage",
    "data_subjects": "Betroffene Personen",
    "data_categories": "Kategorien personenbezogener Daten",
    "special_categories": "Besondere Kategorien (Art. 9 DSGVO)",
    "recipients": "Empfänger",
    "third_country_transfers": "Übermittlung in Drittländer",
    "retention": "Löschfristen",
    "measures": "Technische und organisatorische Maßnahmen",
}

LABEL_COLUMN = 118.0
COLUMN_GAP = 10.0
FIELD_SPACE = 5.0
# A text of up to this many lines is never cut over two pages.
KEPT_LINES = 4
SECTION_SPACE = 16.0


def render_processing_register(content: ProcessingRegisterContent, *, watermark: str = "") -> bytes:
    """The register as a PDF, A4 portrait; ``watermark`` marks a sample."""
    return draw_paged(layout_processing_register(content, watermark=watermark))


def layout_processing_register(
    content: ProcessingRegisterContent, *, watermark: str = ""
) -> PagedLayout:
    styles = document_styles(bundled_fonts())
    flow = PageFlow(PORTRAIT)
    width = flow.content_width
    flow.add(letterhead(content.issuer, CONTACT, styles, width))
    flow.space(20)
    flow.add(_title(styles, width, watermark))
    flow.space(10)

    printed_on = content.printed_on.strftime("%d.%m.%Y")
    _field(flow, CONTROLLER, _controller(content), styles, listed=False)
    if content.officer.strip():
        _field(flow, OFFICER, [content.officer.strip()], styles)
    _field(flow, AS_OF_LABEL, [printed_on], styles)
    flow.space(6)
    intro = Block(width)
    intro.paragraph(INTRO, styles.note, rtl=False)
    flow.add(intro)

    flow.space(SECTION_SPACE)
    _section(flow, GENERAL_MEASURES, styles, keep=styles.cell.leading * 2)
    for measure in content.general_measures:
        flow.add(bullet(measure, styles.cell, width))

    for number, activity in enumerate(content.activities, start=1):
        flow.space(SECTION_SPACE)
        _activity(flow, number, activity, styles)

    def footer(page: int, pages: int) -> Block:
        # Loose pages still say whose register they are and of when.
        left = f"{TITLE} · {content.issuer.name.strip()} · {AS_OF.format(date=printed_on)}"
        return page_footer(left, PAGE_OF.format(page=page, pages=pages), styles.footer, width)

    full_title = f"{TITLE} {TITLE_LAW}"
    return flow.finish(full_title, full_title, footer=footer, watermark=watermark)


def _title(styles: DocumentStyles, width: float, watermark: str) -> Block:
    """The title, the article under it; a sample's mark at the end of that line, where text
    extraction finds it (the title itself leaves no room beside it)."""
    block = Block(width)
    block.paragraph(TITLE, styles.title, rtl=False)
    second = styles.title_second
    depth = block.height
    block.line(single_line(TITLE_LAW, second.font, second.size, width, rtl=False), second)
    if watermark:
        mark = single_line(watermark, styles.mark.font, styles.mark.size, width / 2, rtl=False)
        shift = second.baseline - styles.mark.baseline
        block.line(mark, styles.mark, right=True, depth=depth + shift)
    return block


def _controller(content: ProcessingRegisterContent) -> list[str]:
    """The facility as the register names the controller: name, address, how to reach it."""
    issuer = content.issuer
    place = " ".join(part for part in (issuer.postcode, issuer.city) if part)
    address = ", ".join(part for part in (issuer.street, place) if part)
    reach = " · ".join(
        part for part in (f"{PHONE} {issuer.phone}" if issuer.phone else "", issuer.email) if part
    )
    contact = f"{CONTACT}: {issuer.contact_person}" if issuer.contact_person else ""
    return [line for line in (issuer.name, address, reach, contact) if line]


def _activity(
    flow: PageFlow, number: int, activity: ProcessingActivity, styles: DocumentStyles
) -> None:
    fields: list[tuple[str, Sequence[str]]] = [
        (LABELS["purposes"], activity.purposes),
        (LABELS["legal_bases"], [basis.text for basis in activity.legal_bases]),
        (LABELS["data_subjects"], activity.data_subjects),
        (LABELS["data_categories"], activity.data_categories),
        (LABELS["special_categories"], activity.special_categories or [NO_SPECIAL_CATEGORIES]),
        (LABELS["recipients"], activity.recipients),
        (LABELS["third_country_transfers"], [activity.third_country_transfers]),
        (LABELS["retention"], activity.retention),
        (LABELS["measures"], [*activity.measures, SEE_GENERAL]),
    ]
    first_label, first_items = fields[0]
    first = _field_blocks(first_label, first_items, styles, flow.content_width, listed=True)[0]
    # The heading never ends a page: the label and the first lines beside it go with it.
    _section(flow, f"{number}. {activity.name}", styles, keep=first.height)
    for label, items in fields:
        _field(flow, label, items, styles)


def _section(flow: PageFlow, title: str, styles: DocumentStyles, *, keep: float) -> None:
    """A section's heading with a line above it, kept with ``keep`` points of what follows."""
    block = Block(flow.content_width)
    block.rule(0, line_width=0.8, grey=0.35)
    block.space(5)
    block.paragraph(title, styles.heading, rtl=False)
    block.space(4)
    flow.add(block, keep=keep)


def _field(
    flow: PageFlow,
    label: str,
    items: Sequence[str],
    styles: DocumentStyles,
    *,
    listed: bool = True,
) -> None:
    """A label with its texts beside it, continuing on the next page where the page ends.
    Several texts are listed with dashes unless ``listed`` is false (an address's lines)."""
    blocks = _field_blocks(label, items, styles, flow.content_width, listed=listed)
    for block in blocks:
        flow.add(block)
    flow.space(FIELD_SPACE)


def _field_blocks(
    label: str, items: Sequence[str], styles: DocumentStyles, width: float, *, listed: bool
) -> list[Block]:
    """The field in pieces a page may end between: the label with the first lines beside
    it (as many as the label is tall, two at least), then the further lines."""
    value_x = LABEL_COLUMN + COLUMN_GAP
    style = styles.cell
    texts = [item.strip() for item in items if item.strip()] or [NOTHING]
    dashed = listed and len(texts) > 1
    pieces = [
        piece for text in texts for piece in _pieces(text, style, width - value_x, dashed=dashed)
    ]
    label_block = _label(label, styles.label, LABEL_COLUMN, style)
    # The label first, so that text extraction reads it before its texts.
    first = Block(width)
    first.add(label_block, depth=0)
    beside = 0.0  # how far the texts beside the label reach down
    blocks = [first]
    for piece in pieces:
        # The label's block takes pieces until they reach below the label: a label of
        # three lines beside a text of one would otherwise leave a gap under that text.
        if len(blocks) == 1 and (beside == 0.0 or beside < label_block.height):
            first.add(piece, x=value_x, depth=beside)
            beside += piece.height
        else:
            block = Block(width)
            block.add(piece, x=value_x)
            blocks.append(block)
    first.height = max(beside, label_block.height)
    return blocks


def _pieces(text: str, style: Style, width: float, *, dashed: bool) -> list[Block]:
    """``text`` wrapped, with a dash before it if ``dashed``, in pieces a page may end
    between: a short text whole, a longer one with its first two and last two lines
    together, so that no page holds a single line of it."""
    indent = style.size * 1.2 if dashed else 0.0
    lines = list(wrap(text, style.font, style.size, width - indent, rtl=False))
    if len(lines) <= KEPT_LINES:
        groups = [lines]
    else:
        groups = [lines[:2], *([line] for line in lines[2:-2]), lines[-2:]]
    pieces = []
    for number, group in enumerate(groups):
        piece = Block(width)
        if dashed and number == 0:
            piece.line(single_line("–", style.font, style.size, indent), style, depth=0)
        piece.lines(group, style, x=indent)
        pieces.append(piece)
    return pieces


def _label(text: str, style: Style, width: float, beside: Style) -> Block:
    """The label, its first line on the baseline of the value's first line."""
    block = Block(width)
    shift = beside.baseline - style.baseline
    lines = wrap(text, style.font, style.size, width, rtl=False)
    for number, line in enumerate(lines):
        block.line(line, style, depth=shift + number * style.leading)
    block.height = shift + len(lines) * style.leading
    return block

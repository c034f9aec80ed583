"""The engagement certificate (Engagementnachweis): what a volunteer did, brought in and learnt.

It follows the Berliner FreiwilligenPass: it describes the activities, competences and
training and thanks the person, and it never evaluates. German comes first; with
``content.english`` the English stands beside or under each German part. The fixed texts
live in ``resources/documents/volunteer_texts.toml``.
"""

from dataclasses import dataclass

from desktop_app.core.volunteer_records import CertificateContent
from desktop_app.documents.fonts import bundled_fonts
from desktop_app.documents.layout import Block
from desktop_app.documents.paged import (
    PORTRAIT,
    Column,
    DocumentStyles,
    PagedLayout,
    PageFlow,
    SignatureField,
    bullet,
    columns,
    document_styles,
    draw_paged,
    header_row,
    heading,
    letterhead,
    page_footer,
    sentences,
    signature_fields,
    table_row,
    title_block,
)
from desktop_app.documents.volunteer_texts import VolunteerTexts, volunteer_texts

HOURS_COLUMN = 80.0
DATE_COLUMN = 80.0


@dataclass(frozen=True)
class _Density:
    """How roomy the page is: a certificate is one page if it can be, so a long one is
    set tighter (less space between the sections, then slightly smaller type) first."""

    space: float  # between the sections
    scale: float  # of the type


_DENSITIES = (
    _Density(13, 1.0),
    _Density(10, 1.0),
    _Density(8, 0.97),
    _Density(7, 0.94),
    _Density(6, 0.91),
    _Density(6, 0.88),
)


@dataclass(frozen=True)
class _Texts:
    german: VolunteerTexts
    english: VolunteerTexts | None

    def pick(self, key: str) -> tuple[str, str]:
        second = getattr(self.english, key) if self.english is not None else ""
        return str(getattr(self.german, key)), str(second)

    def sentence(self, key: str, content: CertificateContent) -> tuple[str, str]:
        """The template in both languages, filled in with each language's dates and hours."""
        german = _filled(self.german, key, content)
        return german, _filled(self.english, key, content) if self.english is not None else ""

    def joined(self, key: str) -> str:
        """German and English in one cell of a table: "Insgesamt · Total"."""
        return " · ".join(text for text in self.pick(key) if text)


def render_certificate(content: CertificateContent, *, watermark: str = "") -> bytes:
    """The certificate as a PDF, A4 portrait; ``watermark`` marks a sample."""
    return draw_paged(layout_certificate(content, watermark=watermark))


def layout_certificate(content: CertificateContent, *, watermark: str = "") -> PagedLayout:
    """Where everything on the certificate goes: on one page at the first density that
    fits; content too long for any is set roomy on as many pages as it needs."""
    texts = _Texts(volunteer_texts("de"), volunteer_texts("en") if content.english else None)
    fonts = bundled_fonts()

    def compose(density: _Density) -> PagedLayout:
        styles = document_styles(fonts, density.scale)
        return _compose(content, texts, styles, density.space, watermark)

    roomy = compose(_DENSITIES[0])
    if len(roomy.pages) == 1:
        return roomy
    for density in _DENSITIES[1:]:
        layout = compose(density)
        if len(layout.pages) == 1:
            return layout
    return roomy


def _compose(
    content: CertificateContent,
    texts: _Texts,
    styles: DocumentStyles,
    space: float,
    watermark: str,
) -> PagedLayout:
    flow = PageFlow(PORTRAIT)
    width = flow.content_width
    flow.add(letterhead(content.letterhead, texts.german.contact, styles, width))
    flow.space(1.5 * space)
    flow.add(title_block(*texts.pick("certificate_title"), styles, width, watermark=watermark))
    flow.space(space)
    name = Block(width)
    name.paragraph(content.person_name, styles.name, rtl=None)
    flow.add(name)
    flow.space(4)
    flow.add(sentences(*texts.sentence("certificate_engaged", content), styles, width))

    if content.function.strip():
        flow.space(space)
        block = heading(*texts.pick("certificate_function"), styles, width)
        block.paragraph(content.function.strip(), styles.body, rtl=None)
        flow.add(block)
    if content.activities:
        flow.space(space)
        _activities(flow, content, texts, styles)
    competences = [text.strip() for text in content.competences if text.strip()]
    if competences:
        flow.space(space)
        block = heading(*texts.pick("certificate_competences"), styles, width)
        intro = texts.sentence("certificate_competences_intro", content)
        block.add(sentences(*intro, styles, width))
        block.space(3)
        # With the first competence: a heading never ends a page.
        block.add(bullet(competences[0], styles.body, width))
        flow.add(block)
        for competence in competences[1:]:
            flow.space(1)
            flow.add(bullet(competence, styles.body, width))
    if content.trainings:
        flow.space(space)
        _trainings(flow, content, texts, styles)

    flow.space(space + 3)
    # The thanks, the signatures and the note stay together: a second page never holds
    # the signatures alone.
    closing = Block(width)
    closing.add(sentences(*texts.sentence("certificate_thanks", content), styles, width))
    closing.space(1.5 * space)
    closing.add(_signatures(content, texts, styles, width))
    closing.space(1.5 * space)
    note = Block(width)
    german, english = texts.pick("certificate_freiwilligenpass")
    note.paragraph(german, styles.note, rtl=False)
    if english:
        note.space(1)
        note.paragraph(english, styles.note_second, rtl=False)
    closing.add(note)
    flow.add(closing)

    def footer(page: int, pages: int) -> Block:
        # One page needs no number; further pages name whose certificate they belong to.
        if pages == 1:
            return Block(width)
        left = f"{texts.german.certificate_title} · {content.person_name}"
        return page_footer(left, texts.german.page_label(page, pages), styles.footer, width)

    return flow.finish(
        texts.german.certificate_title,
        texts.german.certificate_title,
        footer=footer,
        watermark=watermark,
    )


def _activities(
    flow: PageFlow, content: CertificateContent, texts: _Texts, styles: DocumentStyles
) -> None:
    width = flow.content_width
    table = columns(width, [None, Column(HOURS_COLUMN, right=True)])
    german = texts.german
    top = heading(*texts.pick("certificate_activities"), styles, width)
    header = header_row([texts.pick("certificate_activity"), texts.pick("hours")], table, styles)
    rows = [
        table_row([item.activity, german.number(item.minutes)], table, styles.cell)
        for item in content.activities
    ]
    flow.add(top, keep=header.height + rows[0].height)
    flow.table_header(header, keep=rows[0].height)
    for row in rows:
        flow.add(row)
    if len(content.activities) > 1:
        total = sum(item.minutes for item in content.activities)
        cells = [texts.joined("certificate_total"), german.number(total)]
        flow.add(table_row(cells, table, styles.cell_bold, rule_grey=None, rule_above=True))
    flow.end_table()


def _trainings(
    flow: PageFlow, content: CertificateContent, texts: _Texts, styles: DocumentStyles
) -> None:
    width = flow.content_width
    table = columns(
        width, [None, Column(DATE_COLUMN, right=True), Column(HOURS_COLUMN, right=True)]
    )
    german = texts.german
    top = heading(*texts.pick("certificate_trainings"), styles, width)
    top.add(sentences(*texts.sentence("certificate_trainings_intro", content), styles, width))
    top.space(2)
    header = header_row(
        [
            texts.pick("certificate_training"),
            texts.pick("certificate_training_date"),
            texts.pick("hours"),
        ],
        table,
        styles,
    )
    rows = [
        table_row(
            [
                training.title,
                german.format_date(training.held_on),
                german.number(training.minutes) if training.minutes else "",
            ],
            table,
            styles.cell,
        )
        for training in content.trainings
    ]
    flow.add(top, keep=header.height + rows[0].height)
    flow.table_header(header, keep=rows[0].height)
    for row in rows:
        flow.add(row)
    flow.end_table()


def _signatures(
    content: CertificateContent, texts: _Texts, styles: DocumentStyles, width: float
) -> Block:
    """Place and date on a line, and a line to sign on with the signatory under it."""
    german = texts.german
    day = german.format_date(content.issued_on)
    place = content.letterhead.city.strip()
    place_and_date = german.certificate_place_and_date.format(place=place, date=day)
    return signature_fields(
        [
            SignatureField(
                below=[(texts.joined("certificate_place_and_date_label"), styles.note)],
                above=(place_and_date if place else day, styles.value),
            ),
            SignatureField(
                below=[
                    (content.signatory.strip(), styles.value),
                    (texts.joined("certificate_signature"), styles.note),
                ]
            ),
        ],
        width,
        room=40,
    )


def _filled(texts: VolunteerTexts, key: str, content: CertificateContent) -> str:
    template: str = getattr(texts, key)
    return template.format(
        name=content.person_name.strip(),
        facility=content.letterhead.name.strip(),
        start=texts.format_date(content.period_from),
        end=texts.format_date(content.period_to),
        hours=texts.hours_text(content.total_minutes),
    )

"""The directory screen: search as you type, filters, details, edit and delete."""

import uuid
from dataclasses import dataclass
from datetime import time

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.core.directory_records import (
    Contact,
    DirectoryHit,
    DirectoryQuery,
    Partner,
    PartnerKind,
    PartnerLocation,
    PartnerOffer,
)
from desktop_app.core.errors import TresenError
from desktop_app.core.ids import new_id
from desktop_app.core.records import ScheduleSlot
from desktop_app.core.services import Services
from desktop_app.gui.directory_view import DirectoryView
from desktop_app.gui.i18n import Translations
from desktop_app.gui.models.directory_model import Column, DirectoryModel
from desktop_app.gui.partner_dialog import PartnerDialog
from desktop_app.gui.tasks import TaskRunner
from tests.conftest import FakeClock
from tests.gui.keyboard import press, type_text

MON, TUE, WED, THU, FRI = range(5)
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


def _slot(weekday: int, start: str, end: str) -> ScheduleSlot:
    return ScheduleSlot(weekday, time.fromisoformat(start), time.fromisoformat(end))


@dataclass(frozen=True)
class Directory:
    zentrum: Partner
    jobcenter: Partner
    gutshaus: Partner


def make_directory(services: Services) -> Directory:
    """Three partners of Berlin-Mitte as a desk would enter them."""
    save = services.directory.save
    haupthaus = PartnerLocation(
        new_id(),
        name="Haupthaus",
        street="Müllerstraße 135",
        postcode="13353",
        opening_hours=(_slot(MON, "09:00", "17:00"), _slot(WED, "09:00", "17:00")),
        opening_hours_note="In den Schulferien nur vormittags.",
        accessibility="Stufenloser Eingang, barrierefreies WC im Erdgeschoss",
        languages=("de", "tr", "ar"),
    )
    zentrum = save(
        Partner(
            new_id(),
            "Stadtteilzentrum Müllerstraße",
            kind=PartnerKind.STADTTEILZENTRUM,
            description="Offenes Haus für die Nachbarschaft im Wedding.",
            phone="030 4567890",
            email="info@stz-muellerstrasse.example",
            website="www.stz-muellerstrasse.example",
            contact=Contact("Ayşe Özdemir", "030 4567891", "oezdemir@stz-muellerstrasse.example"),
            locations=(haupthaus,),
            offers=(
                PartnerOffer(
                    new_id(),
                    "Sozialberatung",
                    description="Hilfe bei Anträgen, Briefen von Ämtern und Schulden.",
                    field_of_action="Beratung und Begleitung",
                    target_groups=("Erwachsene", "Familien"),
                    languages=("de", "tr"),
                    schedule=(_slot(MON, "10:00", "13:00"),),
                ),
                PartnerOffer(
                    new_id(),
                    "Deutsch-Café",
                    field_of_action="Integration",
                    target_groups=("Geflüchtete",),
                    languages=("de", "ar"),
                    schedule=(_slot(THU, "15:00", "17:00"),),
                ),
            ),
        )
    )
    jobcenter = save(
        Partner(
            new_id(),
            "Jobcenter Berlin Mitte",
            kind=PartnerKind.JOBCENTER,
            phone="030 5555 9900",
            locations=(
                PartnerLocation(
                    new_id(),
                    street="Seydelstraße 2–5",
                    postcode="10117",
                    opening_hours=(
                        *(_slot(day, "08:00", "12:30") for day in (MON, TUE, WED, FRI)),
                        _slot(THU, "14:00", "18:00"),
                    ),
                    languages=("de", "en"),
                ),
            ),
            offers=(
                PartnerOffer(
                    new_id(),
                    "Beratung für Arbeitsuchende",
                    field_of_action="Arbeit und Beschäftigung",
                    target_groups=("Jobcenter-Kundinnen und -Kunden",),
                ),
            ),
        )
    )
    gutshaus = save(
        Partner(
            new_id(),
            "Mehrgenerationenhaus Gutshaus",
            kind=PartnerKind.MEHRGENERATIONENHAUS,
            locations=(
                PartnerLocation(
                    new_id(),
                    street="Gotenburger Straße 8",
                    postcode="13359",
                    opening_hours=(_slot(TUE, "10:00", "18:00"), _slot(THU, "10:00", "18:00")),
                    languages=("de", "ru"),
                ),
            ),
            offers=(
                PartnerOffer(
                    new_id(),
                    "Seniorentanz",
                    field_of_action="Begegnung und Generationen",
                    target_groups=("Seniorinnen und Senioren",),
                    schedule=(_slot(TUE, "14:00", "16:00"),),
                ),
                PartnerOffer(
                    new_id(),
                    "Familienfrühstück",
                    field_of_action="Familie",
                    target_groups=("Familien",),
                    schedule=(_slot(THU, "09:00", "11:00"),),
                ),
            ),
        )
    )
    return Directory(zentrum, jobcenter, gutshaus)


def make_view(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> DirectoryView:
    view = DirectoryView(services, runner, clock=clock)
    qtbot.addWidget(view)
    view.resize(1024, 700)
    with qtbot.waitSignal(view.results_loaded):
        view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.waitUntil(view.form.search_edit.hasFocus)
    return view


def titles(view: DirectoryView) -> list[str]:
    return [str(view.model.index(row, Column.NAME).data()) for row in range(view.model.rowCount())]


def select(qtbot: QtBot, view: DirectoryView, title: str) -> DirectoryHit:
    with qtbot.waitSignal(view.details_shown):
        view.form.results_table.selectRow(titles(view).index(title))
    hit = view.selected_hit()
    assert hit is not None
    return hit


def open_dialog(
    qtbot: QtBot, view: DirectoryView, key: Qt.Key, modifier: Qt.KeyboardModifier
) -> PartnerDialog:
    press(qtbot, view, key, modifier)
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.isVisible())
    assert view.dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view.dialog)
    return view.dialog


def closed(qtbot: QtBot, view: DirectoryView) -> None:
    """The dialog is gone and the screen is active again (the window manager's part)."""
    qtbot.waitUntil(lambda: view.dialog is None)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)


def confirmation(qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


ZENTRUM_OFFERS = [
    "Stadtteilzentrum Müllerstraße – Sozialberatung",
    "Stadtteilzentrum Müllerstraße – Deutsch-Café",
]


def test_an_empty_directory_says_how_to_fill_it(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    view = make_view(qtbot, services, runner, clock)
    label = view.form.empty_label
    assert label.isVisible()
    assert label.text() == (
        "The directory is empty. Add partners with “New partner” or import an "
        "Open Referral (HSDS) file."
    )
    assert not view.form.edit_button.isEnabled()
    assert not view.form.delete_button.isEnabled()
    assert view.selected_hit() is None


def test_search_as_you_type_finds_words_without_accents(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    make_directory(services)
    view = make_view(qtbot, services, runner, clock)
    assert len(titles(view)) == 5
    assert view.form.count_label.text() == "5 entries"
    search = view.form.search_edit

    with qtbot.waitSignal(view.results_loaded):
        qtbot.keyClicks(search, "beratung")
    assert titles(view) == [
        "Jobcenter Berlin Mitte – Beratung für Arbeitsuchende",
        "Stadtteilzentrum Müllerstraße – Sozialberatung",
    ]

    search.clear()
    with qtbot.waitSignal(view.results_loaded):
        qtbot.keyClicks(search, "mueller")
    assert titles(view) == ZENTRUM_OFFERS

    search.clear()
    with qtbot.waitSignal(view.results_loaded):
        qtbot.keyClicks(search, "familienfruehstueck")
    assert titles(view) == ["Mehrgenerationenhaus Gutshaus – Familienfrühstück"]

    search.clear()
    with qtbot.waitSignal(view.results_loaded):
        qtbot.keyClicks(search, "xylophon")
    assert titles(view) == []
    assert view.form.empty_label.text().startswith("Nothing found.")

    # Down goes from the search to the list.
    search.clear()
    with qtbot.waitSignal(view.results_loaded):
        qtbot.keyClicks(search, "gutshaus")
    press(qtbot, view, Qt.Key.Key_Down)
    assert view.form.results_table.hasFocus()
    assert view.selected_hit() == view.model.hit(0)


def test_filters_narrow_the_results(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    make_directory(services)
    view = make_view(qtbot, services, runner, clock)
    form = view.form
    # Filled from what the directory uses; "all" first.
    assert form.field_combo.itemText(0) == "All fields of action"
    assert form.language_combo.itemText(0) == "All languages"
    languages = [form.language_combo.itemText(i) for i in range(form.language_combo.count())]
    assert languages[1:] == ["Arabic", "English", "German", "Russian", "Turkish"]

    press(qtbot, view, Qt.Key.Key_F, ALT)
    assert form.field_combo.hasFocus()
    with qtbot.waitSignal(view.results_loaded):
        qtbot.keyClicks(form.field_combo, "Arb")
    assert form.field_combo.currentText() == "Arbeit und Beschäftigung"
    assert titles(view) == ["Jobcenter Berlin Mitte – Beratung für Arbeitsuchende"]

    with qtbot.waitSignal(view.results_loaded):
        qtbot.keyClick(form.field_combo, Qt.Key.Key_Home)
    assert len(titles(view)) == 5

    press(qtbot, view, Qt.Key.Key_R, ALT)
    assert form.target_group_combo.hasFocus()
    with qtbot.waitSignal(view.results_loaded):
        qtbot.keyClicks(form.target_group_combo, "Fam")
    assert titles(view) == [
        "Mehrgenerationenhaus Gutshaus – Familienfrühstück",
        "Stadtteilzentrum Müllerstraße – Sozialberatung",
    ]

    press(qtbot, view, Qt.Key.Key_L, ALT)
    with qtbot.waitSignal(view.results_loaded):
        qtbot.keyClicks(form.language_combo, "Rus")
    assert titles(view) == ["Mehrgenerationenhaus Gutshaus – Familienfrühstück"]


def test_open_today_narrows_to_what_is_open_this_monday(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    make_directory(services)
    view = make_view(qtbot, services, runner, clock)
    marked = [
        str(view.model.index(row, Column.NAME).data())
        for row in range(view.model.rowCount())
        if view.model.index(row, Column.OPEN_TODAY).data() == "open today"
    ]
    expected = [
        "Jobcenter Berlin Mitte – Beratung für Arbeitsuchende",
        "Stadtteilzentrum Müllerstraße – Sozialberatung",
    ]
    assert marked == expected

    # Alt+O ticks the box (a check box's mnemonic clicks it, after a short animation).
    with qtbot.waitSignal(view.results_loaded):
        press(qtbot, view, Qt.Key.Key_O, ALT)
    assert view.form.open_today_check.isChecked()
    assert titles(view) == expected

    # A Tuesday: the dance and the Jobcenter.
    clock.advance(days=1)
    view.form.search_edit.setFocus()
    with qtbot.waitSignal(view.results_loaded):
        press(qtbot, view, Qt.Key.Key_F5)
    assert titles(view) == [
        "Jobcenter Berlin Mitte – Beratung für Arbeitsuchende",
        "Mehrgenerationenhaus Gutshaus – Seniorentanz",
    ]


def test_details_show_the_partner_whole_with_the_offer_emphasised(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    make_directory(services)
    view = make_view(qtbot, services, runner, clock)
    select(qtbot, view, "Stadtteilzentrum Müllerstraße – Deutsch-Café")
    text = view.form.details_browser.toPlainText()
    for expected in (
        "Stadtteilzentrum Müllerstraße",
        "Stadtteilzentrum",
        "Müllerstraße 135",
        "13353 Berlin",
        "Mon 09:00–17:00 (today)",
        "Wed 09:00–17:00",
        "In den Schulferien nur vormittags.",
        "Stufenloser Eingang, barrierefreies WC im Erdgeschoss",
        "German, Turkish, Arabic",
        "030 4567890",
        "info@stz-muellerstrasse.example",
        "www.stz-muellerstrasse.example",
        "Ayşe Özdemir, 030 4567891, oezdemir@stz-muellerstrasse.example",
        "Sozialberatung",
        "Hilfe bei Anträgen",
        "Beratung und Begleitung",
        "Erwachsene, Familien",
        "Mon 10:00–13:00 (today)",
        "▶ Deutsch-Café (chosen offer)",
        "Thu 15:00–17:00",
    ):
        assert expected in text, expected
    assert "Sozialberatung (chosen offer)" not in text

    # Another offer of the same partner: no new loading, the emphasis moves.
    select(qtbot, view, "Stadtteilzentrum Müllerstraße – Sozialberatung")
    text = view.form.details_browser.toPlainText()
    assert "▶ Sozialberatung (chosen offer)" in text
    assert "Deutsch-Café (chosen offer)" not in text

    select(qtbot, view, "Jobcenter Berlin Mitte – Beratung für Arbeitsuchende")
    text = view.form.details_browser.toPlainText()
    assert "Seydelstraße 2–5" in text
    assert "Thu 14:00–18:00" in text
    assert "during the opening hours" in text
    assert "Müllerstraße" not in text


def test_a_failure_for_an_entry_chosen_before_leaves_the_one_chosen_now(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    directory = make_directory(services)
    view = make_view(qtbot, services, runner, clock)
    select(qtbot, view, "Mehrgenerationenhaus Gutshaus – Familienfrühstück")
    get = services.directory.get

    def get_all_but_the_jobcenter(partner_id: uuid.UUID) -> Partner:
        if partner_id == directory.jobcenter.id:
            raise TresenError("The jobcenter cannot be read.")
        return get(partner_id)

    monkeypatch.setattr(services.directory, "get", get_all_but_the_jobcenter)
    table = view.form.results_table
    # Chosen one after the other, faster than the answers come.
    with qtbot.waitSignal(view.details_shown):
        table.selectRow(titles(view).index("Jobcenter Berlin Mitte – Beratung für Arbeitsuchende"))
        table.selectRow(titles(view).index("Stadtteilzentrum Müllerstraße – Sozialberatung"))
    text = view.form.details_browser.toPlainText()
    assert "▶ Sozialberatung (chosen offer)" in text
    assert "cannot be read" not in text


def test_edit_with_f2_and_delete_after_a_confirmation(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    directory = make_directory(services)
    view = make_view(qtbot, services, runner, clock)
    with qtbot.waitSignal(view.results_loaded):
        qtbot.keyClicks(view.form.search_edit, "jobcenter")
    press(qtbot, view, Qt.Key.Key_Return)
    assert view.form.results_table.hasFocus()

    dialog = open_dialog(qtbot, view, Qt.Key.Key_F2, NONE)
    form = dialog.form
    assert dialog.windowTitle() == "Edit partner"
    assert form.name_edit.text() == "Jobcenter Berlin Mitte"
    assert form.kind_combo.currentText() == "Jobcenter"
    assert form.locations_list.count() == 1 and form.offers_list.count() == 1
    press(qtbot, view, Qt.Key.Key_P, ALT)
    assert form.phone_edit.hasFocus()
    form.phone_edit.selectAll()
    qtbot.keyClicks(form.phone_edit, "030 5555 0000")

    # Escape while saving waits for the save.
    with qtbot.waitSignal(view.directory_changed), qtbot.waitSignal(view.results_loaded):
        press(qtbot, view, Qt.Key.Key_Return)
        press(qtbot, view, Qt.Key.Key_Escape)
        assert dialog.isVisible()
    closed(qtbot, view)
    assert services.directory.get(directory.jobcenter.id).phone == "030 5555 0000"
    assert services.directory.get(directory.jobcenter.id).locations == (
        directory.jobcenter.locations
    )
    hit = view.selected_hit()
    assert hit is not None and hit.partner_id == directory.jobcenter.id
    qtbot.waitUntil(lambda: "030 5555 0000" in view.form.details_browser.toPlainText())

    # A double click opens the dialog as well...
    table = view.form.results_table
    cell = table.visualRect(view.model.index(0, Column.NAME)).center()
    # QTest sends the double click alone; a real one starts with a click.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.isVisible())
    assert view.dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view.dialog)
    press(qtbot, view, Qt.Key.Key_Escape)
    closed(qtbot, view)

    # ...and Enter on the row; Escape closes it without saving.
    view.form.results_table.setFocus()
    dialog = open_dialog(qtbot, view, Qt.Key.Key_Return, NONE)
    type_text(qtbot, dialog.form.name_edit, " (Wedding)")
    press(qtbot, view, Qt.Key.Key_Escape)
    closed(qtbot, view)
    assert services.directory.get(directory.jobcenter.id).name == "Jobcenter Berlin Mitte"

    # Delete, and a hasty Enter: Cancel is the default, nothing is deleted.
    view.form.search_edit.clear()
    with qtbot.waitSignal(view.results_loaded):
        qtbot.keyClicks(view.form.search_edit, "mueller")
    view.form.results_table.setFocus()
    with qtbot.assertNotEmitted(view.directory_changed):
        press(qtbot, view, Qt.Key.Key_Delete)
        box = confirmation(qtbot)
        assert "Stadtteilzentrum Müllerstraße" in box.text()
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        qtbot.waitUntil(lambda: not runner.busy)
    assert services.directory.get(directory.zentrum.id) == directory.zentrum

    # The delete button, then the confirmation's own button.
    qtbot.mouseClick(view.form.delete_button, Qt.MouseButton.LeftButton)
    box = confirmation(qtbot)
    delete = box.findChild(QAbstractButton, "delete_confirm_button")
    assert delete is not None
    with qtbot.waitSignal(view.directory_changed), qtbot.waitSignal(view.results_loaded):
        qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert titles(view) == []
    assert [hit.partner_name for hit in services.directory.search(DirectoryQuery())] == [
        "Jobcenter Berlin Mitte",
        "Mehrgenerationenhaus Gutshaus",
        "Mehrgenerationenhaus Gutshaus",
    ]
    assert view.form.empty_label.text().startswith("Nothing found.")


def test_directory_model(qtmodeltester: ModelTester, services: Services) -> None:
    directory = make_directory(services)
    services.directory.save(Partner(new_id(), "Bezirksamt Mitte", kind=PartnerKind.AUTHORITY))
    model = DirectoryModel()
    model.set_hits(services.directory.search(DirectoryQuery()))
    qtmodeltester.check(model)
    assert model.rowCount() == 6
    row = model.row_of(directory.zentrum.id, directory.zentrum.offers[0].id)
    assert row is not None
    assert model.index(row, Column.NAME).data() == "Stadtteilzentrum Müllerstraße – Sozialberatung"
    assert model.index(row, Column.KIND).data() == "Stadtteilzentrum"
    assert model.index(row, Column.FIELD_OF_ACTION).data() == "Beratung und Begleitung"
    assert model.index(row, Column.TARGET_GROUPS).data() == "Erwachsene, Familien"
    assert model.index(row, Column.LANGUAGES).data() == "German, Turkish, Arabic"
    assert model.index(row, Column.ADDRESS).data() == "Müllerstraße 135, 13353 Berlin"
    assert model.index(row, Column.OPEN_TODAY).data() == "open today"
    assert model.index(row, Column.OPEN_TODAY).data(Qt.ItemDataRole.FontRole).bold()
    bezirksamt = model.row_of(model.hit(0).partner_id)
    assert bezirksamt == 0
    assert model.index(0, Column.NAME).data() == "Bezirksamt Mitte"
    assert model.index(0, Column.KIND).data() == "Public office"
    assert model.index(0, Column.OPEN_TODAY).data() == ""
    assert model.row_of(directory.gutshaus.id) == model.row_of(
        directory.gutshaus.id, directory.gutshaus.offers[0].id
    )
    assert model.headerData(Column.OPEN_TODAY, Qt.Orientation.Horizontal) == "Today"
    model.retranslate()
    model.set_hits([])
    qtmodeltester.check(model)


def test_screen_follows_a_language_change(
    english: None,
    qapp: QApplication,
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
) -> None:
    make_directory(services)
    view = make_view(qtbot, services, runner, clock)
    press(qtbot, view, Qt.Key.Key_L, ALT)
    with qtbot.waitSignal(view.results_loaded):
        qtbot.keyClicks(view.form.language_combo, "Tur")
    select(qtbot, view, "Stadtteilzentrum Müllerstraße – Sozialberatung")
    translations = Translations(qapp)
    locale = QLocale()
    try:
        with qtbot.waitSignal(view.model.headerDataChanged), qtbot.waitSignal(view.details_shown):
            translations.apply("de")
        assert view.form.language_combo.currentText() == "Türkisch"
        assert view.form.field_combo.itemText(0) == "Alle Handlungsfelder"
        assert view.form.count_label.text() == "2 Einträge"
        assert "▶ Sozialberatung (ausgewähltes Angebot)" in view.form.details_browser.toPlainText()
    finally:
        translations.remove()
        QLocale.setDefault(locale)
    qtbot.waitUntil(lambda: view.form.field_combo.itemText(0) == "All fields of action")

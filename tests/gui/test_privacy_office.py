"""Staff accounts, the own account, and the privacy office, driven through the window."""

import sqlite3
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.core.access import Role
from desktop_app.core.db import Database
from desktop_app.core.privacy_records import RequestDraft, RequestKind
from desktop_app.core.records import VisitorDraft
from desktop_app.core.services import Services
from desktop_app.gui.dates import to_qdate
from desktop_app.gui.i18n import local_date
from desktop_app.gui.main_window import MainWindow
from tests.conftest import FakeClock
from tests.gui.keyboard import type_text
from tests.pdf_tools import text_of

ADMIN_PASSWORD = "Admin-Passwort-1"


def _sign_in_as_admin(services: Services) -> None:
    from desktop_app.core.services.accounts import AccountDraft

    services.accounts.create_first_admin(
        AccountDraft("Anna Admin", "anna", Role.ADMIN), ADMIN_PASSWORD
    )


def test_an_admin_adds_an_account_whose_owner_sets_a_password_of_their_own(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    _sign_in_as_admin(services)
    window.lock()
    password = window.sign_in_page.form.password_edit
    type_text(qtbot, password, ADMIN_PASSWORD)
    qtbot.keyClick(password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked)

    dialog = window.open_accounts()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: len(dialog.records()) == 1)
    form = dialog.form
    qtbot.mouseClick(form.new_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, form.display_name_edit, "Rolf Empfang")
    type_text(qtbot, form.user_name_edit, "Rolf")
    type_text(qtbot, form.password_edit, "Anfang-2026!")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    # Capitals are refused with a message beside the field; nothing is saved.
    qtbot.waitUntil(form.user_name_error_label.isVisible)
    assert "small letters" in form.user_name_error_label.text()
    form.user_name_edit.clear()
    type_text(qtbot, form.user_name_edit, "rolf")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.records()) == 2)
    rolf = next(record for record in dialog.records() if record.user_name == "rolf")
    assert rolf.role is Role.RECEPTION and rolf.must_change_password
    dialog.close()

    # Rolf signs in with the password he was given and is asked for his own at once.
    window.lock()
    page = window.sign_in_page
    qtbot.mouseClick(page.form.other_person_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, page.form.user_name_edit, "rolf")
    type_text(qtbot, page.form.password_edit, "Anfang-2026!")
    qtbot.keyClick(page.form.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked)
    qtbot.waitUntil(lambda: window.account_dialog is not None)
    own = window.account_dialog
    assert own is not None
    account = own.form
    qtbot.waitExposed(own)
    assert "set by an administrator" in account.intro_label.text()
    type_text(qtbot, account.old_password_edit, "Anfang-2026!")
    type_text(qtbot, account.new_password_edit, "Rolfs-eigenes-1")
    type_text(qtbot, account.repeat_password_edit, "Rolfs-eigenes-1")
    qtbot.keyClick(account.repeat_password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "new password is saved" in account.status_label.text())
    # A PIN for unlocking, then the lock opens with it.
    type_text(qtbot, account.pin_edit, "4711")
    qtbot.keyClick(account.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "PIN is saved" in account.status_label.text())
    own.close()
    # Reception sees no privacy office and no accounts.
    assert not window.form.privacy_action.isEnabled()
    assert not window.form.accounts_action.isEnabled()
    window.lock()
    type_text(qtbot, page.form.password_edit, "4711")
    qtbot.keyClick(page.form.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked)


def test_requests_show_their_deadline_and_the_overdue_one_stands_out(
    qtbot: QtBot, services: Services, window: MainWindow, clock: FakeClock
) -> None:
    today = clock.now.date()
    services.requests.record(
        RequestDraft(RequestKind.ERASURE, "Frau Yılmaz", today - timedelta(days=40))
    )
    dialog = window.open_privacy_office()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: len(dialog.requests) == 1)
    form = dialog.form
    assert form.requests_table.item(0, 4).text() == "overdue by 9 days"
    assert form.requests_table.item(0, 0).font().bold()

    type_text(qtbot, form.requester_edit, "Herr Nowak")
    qtbot.mouseClick(form.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.requests) == 2)
    assert local_date(today + timedelta(days=30)) in form.status_label.text()
    nowak = next(row for row, r in enumerate(dialog.requests) if r.requester == "Herr Nowak")
    assert form.requests_table.item(nowak, 4).text() == "30 days left"
    assert not form.requests_table.item(nowak, 0).font().bold()

    # Answered today: it leaves the open list.
    form.requests_table.selectRow(nowak)
    qtbot.mouseClick(form.answered_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.requests) == 1)
    qtbot.keyClick(form.answered_check, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(dialog.requests) == 2)
    dialog.close()


def test_the_audit_trail_shows_one_persons_entries_and_finds_a_tampered_entry(
    qtbot: QtBot, services: Services, window: MainWindow, database: Database
) -> None:
    ayse = services.visitors.register(VisitorDraft(first_name="Ayşe"))
    services.visitors.update(ayse.id, VisitorDraft(first_name="Ayşe", phone="030 1234"))
    services.visitors.register(VisitorDraft(first_name="Bernd"))

    dialog = window.open_privacy_office()
    qtbot.waitExposed(dialog)
    form = dialog.form
    form.tab_widget.setCurrentWidget(form.audit_tab)
    # The trail keeps the real time of each entry, not the test's clock.
    form.to_edit.setDate(to_qdate(date.today()))
    type_text(qtbot, form.person_edit, ayse.number)
    qtbot.mouseClick(form.filter_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.entries) == 2)
    assert {entry.person_id for entry in dialog.entries} == {ayse.id}
    assert form.audit_table.item(0, 1).text() == "Test Admin"
    assert form.audit_table.item(0, 2).text() == "changed"
    assert form.audit_table.item(0, 4).text() == "Phone"

    qtbot.mouseClick(form.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.chain_label.isVisible)
    assert "intact" in form.chain_label.text()

    # Someone edits the file behind the program's back.
    connection = sqlite3.connect(database.path)
    with connection:
        connection.execute("DROP TRIGGER audit_entry_no_update")
        connection.execute("UPDATE audit_entry SET staff_name = 'Niemand' WHERE seq = 2")
    connection.close()
    form.chain_label.hide()
    qtbot.mouseClick(form.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.chain_label.isVisible)
    assert form.chain_label.text() == (
        "The chain is broken. Entry 2 was changed after it was written."
    )
    dialog.close()


def test_the_register_of_processing_prints_from_the_modules_declarations(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = window.open_privacy_office()
    qtbot.waitExposed(dialog)
    form = dialog.form
    form.tab_widget.setCurrentWidget(form.register_tab)
    qtbot.mouseClick(form.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15_000)
    preview = dialog.preview
    assert preview is not None
    qtbot.waitExposed(preview)
    pdf = tmp_path / preview.current.file_name
    pdf.write_bytes(preview.current.data)
    text = text_of(pdf)
    assert "Verzeichnis von Verarbeitungstätigkeiten" in text
    assert "Nachbarschaftshaus Am Park" in text
    preview.form.close_button.click()
    dialog.close()


def test_an_access_report_holds_the_persons_data_and_nothing_of_anyone_else(
    qtbot: QtBot, services: Services, window: MainWindow, tmp_path: Path
) -> None:
    from desktop_app.core.records import OfferDraft

    cafe = services.offers.create(OfferDraft(title="Erzählcafé"))
    sprechstunde = services.offers.create(OfferDraft(title="Mietersprechstunde"))
    ayse = services.visitors.register(
        VisitorDraft(first_name="Ayşe", last_name="Kaya", phone="030 5550101", notes="Rückruf")
    )
    other = services.visitors.register(
        VisitorDraft(first_name="Ayla", last_name="Kaya", phone="030 5559999", notes="Geheim")
    )
    services.visits.check_in(ayse.id, cafe.id)
    services.visits.check_in(other.id, sprechstunde.id)

    dialog = window.open_privacy_office()
    qtbot.waitExposed(dialog)
    form = dialog.form
    form.tab_widget.setCurrentWidget(form.access_tab)
    type_text(qtbot, form.access_search_edit, "Kaya")
    qtbot.keyClick(form.access_search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(dialog.matches) == 2)
    row = next(i for i, match in enumerate(dialog.matches) if match.id == ayse.id)
    form.matches_table.selectRow(row)
    qtbot.mouseClick(form.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15_000)
    preview = dialog.preview
    assert preview is not None
    pdf = tmp_path / preview.current.file_name
    pdf.write_bytes(preview.current.data)
    text = text_of(pdf)
    for item in ("Ayşe", ayse.number, "030 5550101", "Rückruf", "Erzählcafé"):
        assert item in text
    for item in ("Ayla", other.number, "030 5559999", "Geheim", "Mietersprechstunde"):
        assert item not in text
    preview.form.close_button.click()

    dialog.save_json(tmp_path / "auskunft.json")
    qtbot.waitUntil(lambda: (tmp_path / "auskunft.json").exists())
    saved = (tmp_path / "auskunft.json").read_text(encoding="utf-8")
    assert ayse.number in saved and "030 5550101" in saved
    assert other.number not in saved and "Geheim" not in saved

    # Someone with no record here gets the answer that nothing is held.
    form.access_search_edit.clear()
    type_text(qtbot, form.access_search_edit, "Jan Unbekannt")
    qtbot.mouseClick(form.no_data_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15_000)
    preview = dialog.preview
    assert preview is not None
    pdf.write_bytes(preview.current.data)
    letter = text_of(pdf)
    assert "Jan Unbekannt" in letter and "Ayşe" not in letter
    preview.form.close_button.click()
    dialog.close()


def test_a_deletion_run_shows_what_is_due_and_deletes_only_after_confirming(
    qtbot: QtBot, services: Services, window: MainWindow, clock: FakeClock
) -> None:
    from desktop_app.core.records import OfferDraft

    offer = services.offers.create(OfferDraft(title="Erzählcafé"))
    old = services.visitors.register(VisitorDraft(first_name="Gustav", last_name="Alt"))
    services.visits.check_in(old.id, offer.id)
    clock.advance(days=3 * 365)

    dialog = window.open_privacy_office()
    qtbot.waitExposed(dialog)
    form = dialog.form
    form.tab_widget.setCurrentWidget(form.retention_tab)
    qtbot.waitUntil(lambda: form.rules_table.rowCount() == 6)
    assert not form.run_button.isEnabled()
    qtbot.mouseClick(form.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    plan = dialog.plan
    assert plan is not None and not plan.done
    rows = {
        form.plan_table.item(row, 0).text(): form.plan_table.item(row, 1).text()
        for row in range(form.plan_table.rowCount())
    }
    assert rows["Visitors without activity"] == "1"
    assert rows["Person-linked visits"] == "1"
    assert "Nothing is deleted yet" in form.status_label.text()

    # Cancel, the default, deletes nothing.
    qtbot.mouseClick(form.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.question is not None)
    box = dialog.question
    assert box is not None
    qtbot.waitExposed(box)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.question is None)
    assert [v.id for v in services.visitors.search("Gustav")] == [old.id]

    qtbot.mouseClick(form.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.question is not None)
    box = dialog.question
    assert box is not None
    delete = next(b for b in box.buttons() if "Delete" in b.text())
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.done)
    assert services.visitors.search("Gustav") == []
    assert "Done: 2 records" in form.status_label.text()
    dialog.close()

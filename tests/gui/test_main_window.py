"""A morning at the desk, through the real main window, by keyboard."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop_app.core.services import Services
from desktop_app.gui.main_window import MainWindow
from tests.gui.keyboard import focus_widget, press, type_text


def test_a_morning_at_the_desk(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    ctrl = Qt.KeyboardModifier.ControlModifier

    # Create the open café, held on Mondays (the clock says Monday 10:00).
    press(qtbot, window, Qt.Key.Key_5, ctrl)
    assert window.current_view() is window.offers_view
    press(qtbot, window, Qt.Key.Key_N, ctrl)
    qtbot.waitUntil(lambda: window.offers_view.dialog is not None)
    dialog = window.offers_view.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.form.title_edit, "Offenes Café")
    dialog.schedule_editor.add_slot()
    with qtbot.waitSignal(window.offers_view.offers_changed):
        qtbot.keyClick(dialog.form.title_edit, Qt.Key.Key_Return)
    assert [o.title for o in services.offers.list_offers()] == ["Offenes Café"]

    # Back at check-in: a new visitor, registered and checked in at once.
    press(qtbot, window, Qt.Key.Key_1, ctrl)
    checkin = window.checkin_view
    qtbot.waitUntil(lambda: checkin.current_offer() is not None)
    search = QApplication.focusWidget()
    assert search is checkin.form.search_edit
    type_text(qtbot, search, "Jürgen Özdemir")
    press(qtbot, window, Qt.Key.Key_N, ctrl)
    visitor_dialog = checkin.visitor_dialog
    assert visitor_dialog is not None
    qtbot.waitExposed(visitor_dialog)
    assert visitor_dialog.form.first_name_edit.text() == "Jürgen"
    with qtbot.waitSignal(checkin.visit_recorded):
        qtbot.keyClick(visitor_dialog.form.first_name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.today_view.model.rowCount() == 1)

    # He comes back later: "ozd" plus Enter finds him, but he is in already.
    assert focus_widget(qtbot, window) is checkin.form.search_edit
    qtbot.keyClicks(checkin.form.search_edit, "ozd")
    qtbot.waitUntil(lambda: checkin.matches_model.rowCount() == 1)
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "already checked in" in checkin.status_text())
    assert len(services.visits.today()) == 1

    # Three people at the café without names; one counted by mistake and taken back.
    press(qtbot, window, Qt.Key.Key_2, ctrl)
    tally = window.tally_view
    qtbot.waitUntil(lambda: tally.counts is not None)
    for _ in range(4):
        with qtbot.waitSignal(tally.tally_changed):
            press(qtbot, window, Qt.Key.Key_Space)
    with qtbot.waitSignal(tally.tally_changed):
        press(qtbot, window, Qt.Key.Key_Z, ctrl)
    assert tally.counts is not None and tally.counts.total == 3

    # Today's list: the visit was recorded by mistake after all; remove it.
    press(qtbot, window, Qt.Key.Key_3, ctrl)
    today = window.today_view
    assert today.model.rowCount() == 1
    today.form.visits_table.setFocus()
    today.form.visits_table.selectRow(0)
    press(qtbot, window, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    confirm = box.findChild(QPushButton, "remove_confirm_button")
    with qtbot.waitSignal(today.visits_changed):
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert services.visits.today() == []
    assert today.model.rowCount() == 0

"""The anonymous tally, driven by keyboard alone (and once by mouse)."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.records import OfferDraft, OfferRecord
from desktop_app.core.reference import Gender
from desktop_app.core.services import Services
from desktop_app.gui.tally_view import TallyView
from desktop_app.gui.tasks import TaskRunner
from tests.gui.conftest import ReportedErrors

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def _view(qtbot: QtBot, services: Services, runner: TaskRunner) -> TallyView:
    view = TallyView(services, runner)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: view.isActiveWindow())
    view.setFocus()
    return view


def _press(
    qtbot: QtBot,
    view: TallyView,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = NO_MODIFIER,
) -> None:
    """Press a key where the keyboard focus is, as the user does; it must be in the view."""
    focus = QApplication.focusWidget()
    assert isinstance(focus, QWidget)
    assert focus is view or view.isAncestorOf(focus), focus
    qtbot.keyClick(focus, key, modifier)


def _count_by_keys(qtbot: QtBot, view: TallyView, *keys: Qt.Key) -> None:
    """Press the choice keys, then the last key (a +1 key) and wait for the saved count."""
    *choices, count_key = keys
    for key in choices:
        _press(qtbot, view, key)
    with qtbot.waitSignal(view.tally_changed):
        _press(qtbot, view, count_key)


def _offers(services: Services) -> tuple[OfferRecord, OfferRecord]:
    return (
        services.offers.create(OfferDraft(title="Offenes Café")),
        services.offers.create(OfferDraft(title="Sprachcafé")),
    )


def test_counting_by_keyboard_with_age_band_and_gender(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    cafe, sprachcafe = _offers(services)
    view = _view(qtbot, services, runner)
    qtbot.waitUntil(lambda: view.form.offer_combo.count() == 2)
    qtbot.waitUntil(lambda: view.counts is not None)
    assert view.form.total_label.text() == "People counted today: 0"

    # Alt+O jumps to the offer (the label's mnemonic); Down chooses the next one.
    _press(qtbot, view, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is view.form.offer_combo
    first = view.selected_offer_id()
    _press(qtbot, view, Qt.Key.Key_Down)
    second = view.selected_offer_id()
    assert {first, second} == {cafe.id, sprachcafe.id}
    qtbot.waitUntil(lambda: view.counts is not None and view.counts.offer_id == second)

    # 3 = 14-17, Q = female; then the choice is visible until the count.
    _press(qtbot, view, Qt.Key.Key_3)
    _press(qtbot, view, Qt.Key.Key_Q)
    assert view.selected_age_band() == "14-17"
    assert view.selected_gender() is Gender.FEMALE
    assert view.age_band_buttons["14-17"].isChecked()
    # Space counts even from the offer box, and clears the choice.
    with qtbot.waitSignal(view.tally_changed) as changed:
        _press(qtbot, view, Qt.Key.Key_Space)
    assert changed.args[0].total == 1
    assert view.selected_age_band() is None
    assert view.selected_gender() is None

    # One choice per group: 5 replaces 4; W (male) replaces Q; 6 twice clears the band.
    _press(qtbot, view, Qt.Key.Key_4)
    _press(qtbot, view, Qt.Key.Key_5)
    assert [code for code, b in view.age_band_buttons.items() if b.isChecked()] == ["27-50"]
    _press(qtbot, view, Qt.Key.Key_Escape)
    _count_by_keys(
        qtbot, view, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_Q, Qt.Key.Key_W, Qt.Key.Key_Return
    )
    _count_by_keys(qtbot, view, Qt.Key.Key_6, Qt.Key.Key_6, Qt.Key.Key_E, Qt.Key.Key_Plus)
    _count_by_keys(qtbot, view, Qt.Key.Key_8, Qt.Key.Key_R, Qt.Key.Key_Enter)
    _count_by_keys(qtbot, view, Qt.Key.Key_Space)

    assert view.form.total_label.text() == "People counted today: 5"
    assert view.form.age_band_counts_label.text() == "By age band: 14-17: 1, 27-50: 1, 80+: 1"
    assert view.form.gender_counts_label.text() == (
        "By gender: female: 1, male: 1, diverse: 1, not stated: 1"
    )
    saved = services.tallies.today(second)
    assert saved.total == 5
    assert dict(saved.by_age_band) == {"14-17": 1, "27-50": 1, "80+": 1}
    assert dict(saved.by_gender) == {"female": 1, "male": 1, "diverse": 1, "unspecified": 1}
    assert first is not None
    assert services.tallies.today(first).total == 0


def test_space_on_a_focused_choice_button_counts_once(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    cafe, _ = _offers(services)
    view = _view(qtbot, services, runner)
    qtbot.waitUntil(lambda: view.counts is not None)
    view.select_offer(cafe.id)
    qtbot.waitUntil(lambda: view.counts is not None and view.counts.offer_id == cafe.id)
    button = view.age_band_buttons["27-50"]
    button.setFocus()
    _press(qtbot, view, Qt.Key.Key_5)
    with qtbot.waitSignal(view.tally_changed):
        _press(qtbot, view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not runner.busy)
    counts = services.tallies.today(cafe.id)
    assert counts.total == 1
    assert dict(counts.by_age_band) == {"27-50": 1}
    assert not button.isChecked()


def test_escape_clears_the_choice(qtbot: QtBot, services: Services, runner: TaskRunner) -> None:
    _offers(services)
    view = _view(qtbot, services, runner)
    qtbot.waitUntil(lambda: view.counts is not None)
    _press(qtbot, view, Qt.Key.Key_1)
    _press(qtbot, view, Qt.Key.Key_R)
    assert (view.selected_age_band(), view.selected_gender()) == ("0-5", Gender.UNSPECIFIED)
    _press(qtbot, view, Qt.Key.Key_Escape)
    assert (view.selected_age_band(), view.selected_gender()) == (None, None)


def test_undo_last_by_ctrl_z_and_the_message_when_nothing_is_left(
    qtbot: QtBot, services: Services, runner: TaskRunner, reported_errors: ReportedErrors
) -> None:
    cafe, _ = _offers(services)
    view = _view(qtbot, services, runner)
    qtbot.waitUntil(lambda: view.counts is not None)
    view.select_offer(cafe.id)
    qtbot.waitUntil(lambda: view.counts is not None and view.counts.offer_id == cafe.id)
    _count_by_keys(qtbot, view, Qt.Key.Key_1, Qt.Key.Key_Q, Qt.Key.Key_Space)
    _count_by_keys(qtbot, view, Qt.Key.Key_7, Qt.Key.Key_W, Qt.Key.Key_Space)

    with qtbot.waitSignal(view.tally_changed) as changed:
        _press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert changed.args[0].total == 1
    assert view.form.total_label.text() == "People counted today: 1"
    # The last count (65-79, male) is the one taken back.
    assert view.form.age_band_counts_label.text() == "By age band: 0-5: 1"
    assert view.form.gender_counts_label.text() == "By gender: female: 1"
    assert services.tallies.today(cafe.id).total == 1

    with qtbot.waitSignal(view.tally_changed):
        _press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.form.age_band_counts_label.text() == "By age band: none yet"
    assert not view.form.message_label.isVisible()

    with qtbot.assertNotEmitted(view.tally_changed):
        _press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: view.form.message_label.isVisible())
    assert view.form.message_label.text() == ("There is nothing left to undo for this offer today.")
    assert view.form.total_label.text() == "People counted today: 0"
    assert not reported_errors

    # The next count clears the message.
    _count_by_keys(qtbot, view, Qt.Key.Key_Space)
    assert not view.form.message_label.isVisible()
    assert services.tallies.today(cafe.id).total == 1


def test_counting_by_mouse(qtbot: QtBot, services: Services, runner: TaskRunner) -> None:
    cafe, _ = _offers(services)
    view = _view(qtbot, services, runner)
    qtbot.waitUntil(lambda: view.counts is not None)
    view.select_offer(cafe.id)
    qtbot.waitUntil(lambda: view.counts is not None and view.counts.offer_id == cafe.id)
    qtbot.mouseClick(view.age_band_buttons["51-64"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.gender_buttons[Gender.DIVERSE], Qt.MouseButton.LeftButton)
    # A second click on the chosen gender takes the choice back.
    qtbot.mouseClick(view.gender_buttons[Gender.DIVERSE], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.tally_changed):
        qtbot.mouseClick(view.form.count_button, Qt.MouseButton.LeftButton)
    counts = services.tallies.today(cafe.id)
    assert (counts.total, dict(counts.by_age_band), dict(counts.by_gender)) == (
        1,
        {"51-64": 1},
        {},
    )
    with qtbot.waitSignal(view.tally_changed):
        qtbot.mouseClick(view.form.undo_button, Qt.MouseButton.LeftButton)
    assert services.tallies.today(cafe.id).total == 0


def test_reload_offers_keeps_the_chosen_offer(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    _, sprachcafe = _offers(services)
    view = _view(qtbot, services, runner)
    qtbot.waitUntil(lambda: view.form.offer_combo.count() == 2)
    assert view.select_offer(sprachcafe.id)
    services.offers.create(OfferDraft(title="Aaa Frühstück"))
    view.reload_offers()
    qtbot.waitUntil(lambda: view.form.offer_combo.count() == 3)
    assert view.selected_offer_id() == sprachcafe.id


def test_without_offers_nothing_can_be_counted(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    view = _view(qtbot, services, runner)
    qtbot.waitUntil(lambda: view.form.total_label.text() != "")
    assert view.form.total_label.text() == (
        "There is no active offer yet. Create an offer to count for."
    )
    assert not view.form.count_button.isEnabled()
    assert not view.count_action.isEnabled()


def test_shortcuts_are_shown_and_controls_named(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    view = _view(qtbot, services, runner)
    assert view.age_band_buttons["0-5"].text() == "0-5 (1)"
    assert view.age_band_buttons["80+"].text() == "80+ (8)"
    assert view.gender_buttons[Gender.FEMALE].text() == "female (Q)"
    assert view.gender_buttons[Gender.UNSPECIFIED].accessibleName() == "Gender: not stated"
    assert "Space" in view.form.count_button.toolTip()
    assert "Ctrl+Z" in view.form.undo_button.toolTip()
    assert view.form.count_button.accessibleName() == "Count one person"
    assert "Ctrl+Z" in view.form.keys_label.text()


def test_texts_survive_a_language_change(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    _offers(services)
    view = _view(qtbot, services, runner)
    qtbot.waitUntil(lambda: view.counts is not None)
    QApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.form.total_label.text() == "People counted today: 0"
    assert view.age_band_buttons["6-13"].text() == "6-13 (2)"
    assert view.form.offer_label.text() == "&Offer:"


def test_keys_belong_to_other_screens_while_the_focus_is_there(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    cafe, _ = _offers(services)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    search_edit = QLineEdit(window)
    view = TallyView(services, runner, window)
    layout.addWidget(search_edit)
    layout.addWidget(view)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.waitUntil(lambda: view.counts is not None)
    search_edit.setFocus()

    qtbot.keyClicks(search_edit, "1q 2")
    qtbot.keyClick(search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not runner.busy)

    assert search_edit.text() == "1q 2"
    assert view.selected_age_band() is None
    assert services.tallies.today(cafe.id).total == 0

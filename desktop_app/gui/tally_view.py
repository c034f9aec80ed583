"""The anonymous head count (tally) for the open café and drop-ins, usable by keyboard alone.

Keys (active while the focus is anywhere in the view):

- Space, Enter or + counts one person (+1);
- 1 to 8 choose the age band (0-5 … 80+), pressing the same key again clears it;
- Q, W, E, R choose the gender (female, male, diverse, not stated), same again clears it;
- Ctrl+Z (the platform's Undo key) takes back the last count;
- Esc clears the chosen age band and gender.

Letters and digits stay the same in every language, so the hands learn them once.
"""

import itertools
import uuid
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QPushButton, QWidget

from desktop_app.core.errors import NotFoundError, TresenError
from desktop_app.core.records import OfferRecord, TallyCounts
from desktop_app.core.reference import AGE_BAND_CODES, Gender
from desktop_app.core.services import Services
from desktop_app.gui.forms.ui_tally_view import Ui_TallyView
from desktop_app.gui.i18n import error_text, gender_label
from desktop_app.gui.tasks import TaskRunner

AGE_BAND_KEYS: dict[str, Qt.Key] = dict(
    zip(
        AGE_BAND_CODES,
        (
            Qt.Key.Key_1,
            Qt.Key.Key_2,
            Qt.Key.Key_3,
            Qt.Key.Key_4,
            Qt.Key.Key_5,
            Qt.Key.Key_6,
            Qt.Key.Key_7,
            Qt.Key.Key_8,
        ),
        strict=True,
    )
)
GENDER_KEYS: dict[Gender, Qt.Key] = {
    Gender.FEMALE: Qt.Key.Key_Q,
    Gender.MALE: Qt.Key.Key_W,
    Gender.DIVERSE: Qt.Key.Key_E,
    Gender.UNSPECIFIED: Qt.Key.Key_R,
}
COUNT_KEYS: tuple[Qt.Key, ...] = (
    Qt.Key.Key_Space,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Plus,
)
# A standard key, not a QKeySequence: building one asks the platform theme, which does
# not exist before the QApplication (segfault at import).
UNDO_KEY = QKeySequence.StandardKey.Undo
CLEAR_CHOICE_KEY = Qt.Key.Key_Escape
# How much larger than the system font the "+1" reads: the button is the screen's target.
COUNT_FONT_SCALE = 2.5


def _key_text(key: Qt.Key | QKeySequence.StandardKey) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class TallyView(QWidget):
    """Counts anonymous visitors at one offer: +1, optionally with age band and gender."""

    tally_changed = Signal(object)  # TallyCounts, after every count and undo

    def __init__(
        self, services: Services, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self.form = Ui_TallyView()
        self.form.setupUi(self)
        self._counts: TallyCounts | None = None
        self._offers_loaded = False
        self.age_band_buttons: dict[str, QPushButton] = {}
        self.gender_buttons: dict[Gender, QPushButton] = {}
        # Not exclusive in Qt's sense: an exclusive QButtonGroup cannot be emptied again,
        # and a choice must be clearable (same key again, Esc, after each count).
        self._age_band_group = QButtonGroup(self)
        self._age_band_group.setExclusive(False)
        self._gender_group = QButtonGroup(self)
        self._gender_group.setExclusive(False)
        self._build_choice_buttons()
        self._build_actions()
        self._set_tab_order()
        self._enlarge_count_button()
        self.setFocusProxy(self.form.count_button)

        self.form.offer_combo.currentIndexChanged.connect(self._on_offer_combo_current_changed)
        self.form.count_button.clicked.connect(self._on_count_button_clicked)
        self.form.undo_button.clicked.connect(self._on_undo_button_clicked)
        self._age_band_group.buttonToggled.connect(self._on_age_band_group_button_toggled)
        self._gender_group.buttonToggled.connect(self._on_gender_group_button_toggled)

        self._retranslate()
        self._clear_message()
        self._update_enabled()
        self.reload_offers()

    # --- building -------------------------------------------------------------------

    def _build_choice_buttons(self) -> None:
        for code in AGE_BAND_CODES:
            button = self._choice_button(f"age_band_{code}_button", self.form.age_band_group)
            self.form.age_band_layout.addWidget(button)
            self._age_band_group.addButton(button)
            self.age_band_buttons[code] = button
        for gender in Gender:
            button = self._choice_button(f"gender_{gender.value}_button", self.form.gender_group)
            self.form.gender_layout.addWidget(button)
            self._gender_group.addButton(button)
            self.gender_buttons[gender] = button

    @staticmethod
    def _choice_button(name: str, parent: QWidget) -> QPushButton:
        button = QPushButton(parent)
        button.setObjectName(name)
        button.setCheckable(True)
        # Never the default button: Enter means "+1" everywhere in this view.
        button.setAutoDefault(False)
        return button

    def _build_actions(self) -> None:
        self.count_action = self._action("count_action", COUNT_KEYS)
        self.count_action.triggered.connect(self._on_count_action_triggered)
        self.undo_action = self._action("undo_action", (UNDO_KEY,))
        self.undo_action.triggered.connect(self._on_undo_action_triggered)
        self.clear_choice_action = self._action("clear_choice_action", (CLEAR_CHOICE_KEY,))
        self.clear_choice_action.triggered.connect(self._on_clear_choice_action_triggered)
        for code, key in AGE_BAND_KEYS.items():
            action = self._action(f"age_band_{code}_action", (key,))
            action.triggered.connect(self.age_band_buttons[code].click)
        for gender, key in GENDER_KEYS.items():
            action = self._action(f"gender_{gender.value}_action", (key,))
            action.triggered.connect(self.gender_buttons[gender].click)

    def _action(self, name: str, keys: Sequence[Qt.Key | QKeySequence.StandardKey]) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(key) for key in keys])
        # Only while the focus is in this view: the check-in search field elsewhere in the
        # window must receive its digits and letters.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.form.offer_combo,
            *self.age_band_buttons.values(),
            *self.gender_buttons.values(),
            self.form.count_button,
            self.form.undo_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _enlarge_count_button(self) -> None:
        # Scaled from the font the view inherits (the system font), never a fixed size.
        font = self.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * COUNT_FONT_SCALE)
        else:
            font.setPixelSize(round(font.pixelSize() * COUNT_FONT_SCALE))
        font.setBold(True)
        self.form.count_button.setFont(font)
        self.form.count_button.setMinimumHeight(self.form.count_button.fontMetrics().height() * 2)

    # --- public ---------------------------------------------------------------------

    def reload_offers(self) -> None:
        """Load the active offers again (after offers changed); keeps the chosen one."""
        self._runner.run(self._services.offers.list_offers, on_done=self._on_offers_loaded)

    def refresh(self) -> None:
        """Load the offers and today's counts again (other desks count too)."""
        self._counts = None
        self.reload_offers()

    def selected_offer_id(self) -> uuid.UUID | None:
        data = self.form.offer_combo.currentData()
        return data if isinstance(data, uuid.UUID) else None

    def select_offer(self, offer_id: uuid.UUID) -> bool:
        """Choose the offer to count for; False when it is not in the list."""
        index = self._offer_index(offer_id)
        if index >= 0:
            self.form.offer_combo.setCurrentIndex(index)
        return index >= 0

    def selected_age_band(self) -> str | None:
        return next((code for code, b in self.age_band_buttons.items() if b.isChecked()), None)

    def selected_gender(self) -> Gender | None:
        return next((gender for gender, b in self.gender_buttons.items() if b.isChecked()), None)

    @property
    def counts(self) -> TallyCounts | None:
        """Today's counts for the chosen offer, as last shown."""
        return self._counts

    # --- offers ---------------------------------------------------------------------

    def _offer_index(self, offer_id: uuid.UUID) -> int:
        combo = self.form.offer_combo
        # findData() cannot compare Python objects reliably; compare ids ourselves.
        return next((i for i in range(combo.count()) if combo.itemData(i) == offer_id), -1)

    def _on_offers_loaded(self, offers: list[OfferRecord]) -> None:
        combo = self.form.offer_combo
        previous = self.selected_offer_id()
        combo.blockSignals(True)
        combo.clear()
        for offer in offers:
            combo.addItem(offer.title, offer.id)
        index = self._offer_index(previous) if previous is not None else -1
        combo.setCurrentIndex(index if index >= 0 else (0 if offers else -1))
        combo.blockSignals(False)
        self._offers_loaded = True
        if self.selected_offer_id() != previous or self._counts is None:
            self._on_offer_combo_current_changed()
        self._update_enabled()

    def _on_offer_combo_current_changed(self, _index: int = -1) -> None:
        self._clear_message()
        self._show_counts(None)
        offer_id = self.selected_offer_id()
        self._update_enabled()
        if offer_id is not None:
            self._runner.run(
                self._services.tallies.today,
                offer_id,
                on_done=self._on_counts_loaded,
                on_error=self._on_tally_failed,
            )

    def _on_counts_loaded(self, counts: TallyCounts) -> None:
        if counts.offer_id == self.selected_offer_id():
            self._show_counts(counts)

    # --- choices --------------------------------------------------------------------

    def _on_age_band_group_button_toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._uncheck_others(self._age_band_group, button)

    def _on_gender_group_button_toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._uncheck_others(self._gender_group, button)

    @staticmethod
    def _uncheck_others(group: QButtonGroup, chosen: QAbstractButton) -> None:
        for other in group.buttons():
            if other is not chosen:
                other.setChecked(False)

    def _clear_choices(self) -> None:
        for button in (*self._age_band_group.buttons(), *self._gender_group.buttons()):
            button.setChecked(False)

    def _on_clear_choice_action_triggered(self) -> None:
        self._clear_choices()

    # --- counting -------------------------------------------------------------------

    def _on_count_action_triggered(self) -> None:
        self._count()

    def _on_count_button_clicked(self) -> None:
        self._count()

    def _count(self) -> None:
        offer_id = self.selected_offer_id()
        if offer_id is None:
            return
        age_band, gender = self.selected_age_band(), self.selected_gender()
        # Cleared at once, not when saved: the next person may be counted right away.
        self._clear_choices()
        self._clear_message()
        # No control is disabled here, unlike elsewhere: every press is one person, and a
        # press while the previous count is being saved must count too (the single
        # database worker keeps them in order).
        self._runner.run(
            self._services.tallies.count,
            offer_id,
            age_band,
            gender,
            on_done=self._on_tally_changed,
            on_error=self._on_tally_failed,
        )

    def _on_undo_action_triggered(self) -> None:
        self._undo()

    def _on_undo_button_clicked(self) -> None:
        self._undo()

    def _undo(self) -> None:
        offer_id = self.selected_offer_id()
        if offer_id is None:
            return
        self._clear_message()
        self._runner.run(
            self._services.tallies.undo_last,
            offer_id,
            on_done=self._on_tally_changed,
            on_error=self._on_tally_failed,
        )

    def _on_tally_changed(self, counts: TallyCounts) -> None:
        if counts.offer_id == self.selected_offer_id():
            self._show_counts(counts)
        self.tally_changed.emit(counts)

    def _on_tally_failed(self, error: TresenError) -> None:
        self._show_message(error_text(error))
        if isinstance(error, NotFoundError):
            # The offer went away meanwhile (removed on another screen).
            self.reload_offers()

    # --- showing --------------------------------------------------------------------

    def _show_message(self, text: str) -> None:
        self.form.message_label.setText(text)
        self.form.message_label.setVisible(bool(text))
        # Screen readers announce the reason with the button that was just pressed.
        self.form.count_button.setAccessibleDescription(text)
        self.form.undo_button.setAccessibleDescription(text)

    def _clear_message(self) -> None:
        self._show_message("")

    def _show_counts(self, counts: TallyCounts | None) -> None:
        self._counts = counts
        form = self.form
        if counts is None:
            no_offer = self._offers_loaded and form.offer_combo.count() == 0
            form.total_label.setText(
                self.tr("There is no active offer yet. Create an offer to count for.")
                if no_offer
                else ""
            )
            form.age_band_counts_label.setText("")
            form.gender_counts_label.setText("")
            return
        form.total_label.setText(self.tr("People counted today: %n", "", counts.total))
        bands = [
            f"{code}: {counts.by_age_band[code]}"
            for code in AGE_BAND_CODES
            if code in counts.by_age_band
        ]
        genders = [
            f"{gender_label(gender)}: {counts.by_gender[gender.value]}"
            for gender in Gender
            if gender.value in counts.by_gender
        ]
        none_yet = self.tr("none yet")
        form.age_band_counts_label.setText(
            self.tr("By age band: {counts}").format(counts=", ".join(bands) or none_yet)
        )
        form.gender_counts_label.setText(
            self.tr("By gender: {counts}").format(counts=", ".join(genders) or none_yet)
        )

    def _update_enabled(self) -> None:
        has_offer = self.selected_offer_id() is not None
        for widget in (self.form.count_button, self.form.undo_button):
            widget.setEnabled(has_offer)
        for action in (self.count_action, self.undo_action):
            action.setEnabled(has_offer)

    def _retranslate(self) -> None:
        for code, button in self.age_band_buttons.items():
            key = _key_text(AGE_BAND_KEYS[code])
            button.setText(self.tr("{band} ({key})").format(band=code, key=key))
            button.setAccessibleName(self.tr("Age band {band}").format(band=code))
            button.setToolTip(
                self.tr("Age band {band} for the next count (key {key})").format(band=code, key=key)
            )
        for gender, button in self.gender_buttons.items():
            key = _key_text(GENDER_KEYS[gender])
            label = gender_label(gender)
            button.setText(self.tr("{gender} ({key})").format(gender=label, key=key))
            button.setAccessibleName(self.tr("Gender: {gender}").format(gender=label))
            button.setToolTip(
                self.tr("Gender {gender} for the next count (key {key})").format(
                    gender=label, key=key
                )
            )
        count_keys = ", ".join(_key_text(key) for key in COUNT_KEYS)
        undo_key = _key_text(UNDO_KEY)
        self.form.count_button.setToolTip(
            self.tr("Count one person ({keys})").format(keys=count_keys)
        )
        self.form.undo_button.setToolTip(
            self.tr("Take back the last count ({key})").format(key=undo_key)
        )
        first_band, last_band = AGE_BAND_CODES[0], AGE_BAND_CODES[-1]
        age_keys = f"{_key_text(AGE_BAND_KEYS[first_band])}–{_key_text(AGE_BAND_KEYS[last_band])}"
        self.form.keys_label.setText(
            self.tr(
                "Keys: {age_keys} choose the age band and {gender_keys} the gender (the same "
                "key again clears it, so does {clear_key}); {count_keys} count one person; "
                "{undo_key} takes back the last count."
            ).format(
                age_keys=age_keys,
                gender_keys=" ".join(_key_text(key) for key in GENDER_KEYS.values()),
                clear_key=_key_text(CLEAR_CHOICE_KEY),
                count_keys=count_keys,
                undo_key=undo_key,
            )
        )
        self._show_counts(self._counts)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._enlarge_count_button()
        super().changeEvent(event)

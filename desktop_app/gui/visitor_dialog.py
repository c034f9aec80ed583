"""The one short form for registering a new visitor or editing one."""

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from desktop_app.core.errors import FieldProblem, TresenError, ValidationError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.records import VisitorDraft, VisitorRecord
from desktop_app.core.reference import AGE_BAND_CODES, LANGUAGE_LABELS, Gender, age_band_for
from desktop_app.core.services import local_now
from desktop_app.core.text import clean
from desktop_app.core.validation import OLDEST_BIRTH_YEAR, check_visitor
from desktop_app.gui.forms.ui_visitor_dialog import Ui_VisitorDialog
from desktop_app.gui.i18n import error_text, gender_label, language_label
from desktop_app.gui.inline_errors import InlineErrors
from desktop_app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.services.visitors import VisitorService

# Context "errors" like the service's problems, so InlineErrors translates it the same way.
YEAR_NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "errors", "Enter the year of birth as a number, for example 1984, or leave it empty."
)


class VisitorDialog(QDialog):
    """Registers a visitor (``visitor`` is None) or edits one; shows problems beside fields.

    ``check_in_after_save`` tells the opener which button saved: "Save and check in"
    (the default button when registering) or "Save".
    """

    visitor_saved = Signal(object)  # VisitorRecord

    def __init__(
        self,
        visitors: "VisitorService",
        runner: TaskRunner,
        *,
        last_name_required: bool,
        visitor: VisitorRecord | None = None,
        prefill_first: str = "",
        prefill_last: str = "",
        clock: Callable[[], datetime] = local_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._visitors = visitors
        self._runner = runner
        self._last_name_required = last_name_required
        self._visitor = visitor
        self._clock = clock
        self._saving = False
        self.check_in_after_save = False
        self.saved_visitor: VisitorRecord | None = None
        self.form = Ui_VisitorDialog()
        self.form.setupUi(self)
        form = self.form
        self._errors = InlineErrors(
            {
                "first_name": (form.first_name_edit, form.first_name_error_label),
                "last_name": (form.last_name_edit, form.last_name_error_label),
                "birth_year": (form.birth_year_edit, form.birth_year_error_label),
                "age_band": (form.age_band_combo, form.age_band_error_label),
                "preferred_language": (
                    form.preferred_language_combo,
                    form.preferred_language_error_label,
                ),
                "postcode": (form.postcode_edit, form.postcode_error_label),
                "phone": (form.phone_edit, form.phone_error_label),
                "email": (form.email_edit, form.email_error_label),
                "notes": (form.notes_edit, form.notes_error_label),
            }
        )
        form.form_error_label.hide()
        self._fill_combos()
        self._retranslate()
        editing = visitor is not None
        form.number_label.setVisible(editing)
        form.number_edit.setVisible(editing)
        # Checking in belongs to registering at the desk; an edit only saves.
        form.save_and_check_in_button.setVisible(not editing)
        form.save_button.setDefault(editing)
        form.save_and_check_in_button.setDefault(not editing)

        form.birth_year_edit.textChanged.connect(self._on_birth_year_edit_text_changed)
        form.save_and_check_in_button.clicked.connect(self._on_save_and_check_in_button_clicked)
        form.save_button.clicked.connect(self._on_save_button_clicked)
        form.cancel_button.clicked.connect(self.reject)

        if visitor is not None:
            self._show_visitor(visitor)
        else:
            form.first_name_edit.setText(prefill_first)
            form.last_name_edit.setText(prefill_last)
        self._focus_first_empty_field()

    def set_check_in_available(self, available: bool) -> None:
        """Offer "Save and check in" only when there is an offer to check in to."""
        if self._visitor is not None:
            return
        form = self.form
        form.save_and_check_in_button.setVisible(available)
        form.save_and_check_in_button.setDefault(available)
        form.save_button.setDefault(not available)

    # -- filling in --------------------------------------------------------------------

    def _fill_combos(self) -> None:
        form = self.form
        age_band = form.age_band_combo.currentData()
        gender = form.gender_combo.currentData()
        language = form.preferred_language_combo.currentData()
        form.age_band_combo.clear()
        form.age_band_combo.addItem(self.tr("not stated"), "")
        for code in AGE_BAND_CODES:
            form.age_band_combo.addItem(code, code)
        form.gender_combo.clear()
        for item in Gender:
            form.gender_combo.addItem(gender_label(item), item.value)
        form.preferred_language_combo.clear()
        form.preferred_language_combo.addItem(self.tr("not stated"), "")
        for code in LANGUAGE_LABELS:
            form.preferred_language_combo.addItem(language_label(code), code)
        self._select(form.age_band_combo, age_band or "")
        self._select(form.gender_combo, gender or Gender.UNSPECIFIED.value)
        self._select(form.preferred_language_combo, language or "")

    @staticmethod
    def _select(combo: QComboBox, data: str) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(max(index, 0))

    def _show_visitor(self, visitor: VisitorRecord) -> None:
        form = self.form
        form.number_edit.setText(visitor.number)
        form.first_name_edit.setText(visitor.first_name)
        form.last_name_edit.setText(visitor.last_name)
        if visitor.birth_year is not None:
            form.birth_year_edit.setText(str(visitor.birth_year))
        self._select(form.age_band_combo, visitor.age_band or "")
        self._select(form.gender_combo, visitor.gender.value)
        self._select(form.preferred_language_combo, visitor.preferred_language)
        form.postcode_edit.setText(visitor.postcode)
        form.phone_edit.setText(visitor.phone)
        form.email_edit.setText(visitor.email)
        form.notes_edit.setPlainText(visitor.notes)

    def _focus_first_empty_field(self) -> None:
        form = self.form
        if not form.first_name_edit.text():
            form.first_name_edit.setFocus()
        elif not form.last_name_edit.text():
            form.last_name_edit.setFocus()
        elif self._visitor is None:
            # Both names came from the search field: go on with the year of birth.
            form.birth_year_edit.setFocus()
        else:
            form.first_name_edit.setFocus()

    def _retranslate(self) -> None:
        form = self.form
        if self._visitor is not None:
            self.setWindowTitle(self.tr("Edit visitor"))
        if self._last_name_required:
            form.last_name_label.setText(self.tr("&Last name *"))
            form.last_name_edit.setAccessibleName(self.tr("Last name (required)"))

    # -- the year of birth decides the age band ------------------------------------------

    def _typed_year(self) -> tuple[int | None, bool]:
        """The typed year of birth (None when empty) and whether the text is a number."""
        text = self.form.birth_year_edit.text().strip()
        if not text:
            return None, True
        # isdecimal() also accepts other scripts' digits (Arabic-Indic "١٩٨٤"); int() reads them.
        if not text.isdecimal():
            return None, False
        return int(text), True

    def _on_birth_year_edit_text_changed(self, _text: str) -> None:
        year, _ = self._typed_year()
        this_year = self._clock().year
        combo = self.form.age_band_combo
        if year is not None and OLDEST_BIRTH_YEAR <= year <= this_year:
            self._select(combo, age_band_for(year, this_year))
            combo.setEnabled(False)
        else:
            combo.setEnabled(True)

    # -- saving --------------------------------------------------------------------------

    def draft(self) -> VisitorDraft:
        """The typed values; an unreadable year of birth counts as empty here."""
        form = self.form
        year, _ = self._typed_year()
        age_band = form.age_band_combo.currentData()
        return VisitorDraft(
            first_name=form.first_name_edit.text(),
            last_name=form.last_name_edit.text(),
            birth_year=year,
            # With a year the service derives the band itself.
            age_band=None if year is not None else (age_band or None),
            gender=Gender(form.gender_combo.currentData()),
            preferred_language=form.preferred_language_combo.currentData() or "",
            postcode=form.postcode_edit.text(),
            phone=form.phone_edit.text(),
            email=form.email_edit.text(),
            notes=form.notes_edit.toPlainText(),
        )

    def _local_problems(self, draft: VisitorDraft) -> dict[str, FieldProblem]:
        """Problems found before asking the service.

        A year that is not a number cannot travel in the draft, and this dialog's
        ``last_name_required`` must hold even before the service sees the facility's
        setting. When either fails, the other fields are checked by the same core rules,
        so that every problem shows at once and nothing is saved.
        """
        problems: dict[str, FieldProblem] = {}
        _, year_is_number = self._typed_year()
        if not year_is_number:
            problems["birth_year"] = FieldProblem(YEAR_NOT_A_NUMBER)
        missing_last_name = self._last_name_required and not draft.last_name.strip()
        if not problems and not missing_last_name:
            return {}
        cleaned = VisitorDraft(
            first_name=clean(draft.first_name),
            last_name=clean(draft.last_name),
            birth_year=draft.birth_year,
            age_band=draft.age_band,
            gender=draft.gender,
            preferred_language=draft.preferred_language,
            postcode=clean(draft.postcode),
            phone=clean(draft.phone),
            email=clean(draft.email),
            notes=draft.notes.strip(),
        )
        try:
            check_visitor(
                cleaned,
                today=self._clock().date(),
                last_name_required=self._last_name_required,
            )
        except ValidationError as error:
            for name, problem in error.problems.items():
                problems.setdefault(name, problem)
        return problems

    def _save(self, *, check_in: bool) -> None:
        if self._saving:
            return
        self.check_in_after_save = check_in
        self.form.form_error_label.hide()
        draft = self.draft()
        problems = self._local_problems(draft)
        if problems:
            self._show_problems(problems)
            return
        self._saving = True
        if self._visitor is None:
            work: Callable[..., VisitorRecord] = self._visitors.register
            args: tuple[object, ...] = (draft,)
        else:
            work = self._visitors.update
            args = (self._visitor.id, draft)
        self._runner.run(
            work,
            *args,
            on_done=self._on_save_done,
            on_error=self._on_save_failed,
            # The whole row, so that neither save button can start a second save.
            control=self.form.buttons_widget,
        )

    def _show_problems(self, problems: Mapping[str, FieldProblem]) -> None:
        first = self._errors.show(problems)
        if first is not None:
            first.setFocus()

    def _on_save_and_check_in_button_clicked(self) -> None:
        self._save(check_in=True)

    def _on_save_button_clicked(self) -> None:
        self._save(check_in=False)

    def _on_save_done(self, visitor: VisitorRecord) -> None:
        self._saving = False
        self._errors.clear()
        self.saved_visitor = visitor
        self.visitor_saved.emit(visitor)
        self.accept()

    def _on_save_failed(self, error: TresenError) -> None:
        self._saving = False
        if isinstance(error, ValidationError):
            self._show_problems(error.problems)
        else:
            self.form.form_error_label.setText(error_text(error))
            self.form.form_error_label.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._fill_combos()
            self._retranslate()
        super().changeEvent(event)

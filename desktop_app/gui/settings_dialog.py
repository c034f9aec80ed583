"""The settings: language, the facility profile, referrals and printing, fields of action,
and the shared database this desk syncs with."""

import hashlib
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from desktop_app.core.document_records import Letterhead
from desktop_app.core.errors import FieldProblem, TresenError, ValidationError
from desktop_app.core.records import FacilityDraft, FacilityRecord, FieldOfActionRecord
from desktop_app.core.reference import FacilityKind
from desktop_app.core.referral_records import SLIP_LANGUAGES, PaperSize
from desktop_app.core.settings import LANGUAGES, Settings
from desktop_app.core.statistics_records import NewVisitorRule, VisitRule
from desktop_app.gui.document_preview_dialog import DocumentPreviewDialog, PrintableDocument
from desktop_app.gui.error_dialogs import warn
from desktop_app.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from desktop_app.gui.i18n import error_text, facility_kind_label, slip_language_label
from desktop_app.gui.inline_errors import InlineErrors
from desktop_app.gui.status_line import show_status
from desktop_app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.services.offers import OfferService
    from desktop_app.core.services.setup import SetupService
    from desktop_app.gui.sync_status import SyncController
    from desktop_app.sync.connection import ServerAddress

FieldEntries = list[tuple[uuid.UUID | None, str]]
LOGO_PREFIX = "letterhead-logo-"
# The logo is kept at most this large: plenty for a letterhead, small enough for every slip.
LOGO_MAX = QSize(1200, 600)
# libpq's TLS modes, safest first (desktop_app.sync.connection.TLS_MODES; not imported
# from there, which would load the database driver with the settings).
TLS_MODES = ("verify-full", "verify-ca", "require", "prefer", "disable")
DEFAULT_PORT = 5432
DEFAULT_DATABASE = "tresen"


def keep_logo(source: Path, folder: Path) -> Path:
    """Copy the chosen image into ``folder`` as a PNG no larger than needed; return the copy.

    Raises ``OSError`` if it cannot be read as an image or written.
    """
    reader = QImageReader(str(source))
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        raise OSError(reader.errorString())
    if image.width() > LOGO_MAX.width() or image.height() > LOGO_MAX.height():
        image = image.scaled(
            LOGO_MAX, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    folder.mkdir(parents=True, exist_ok=True)
    # Named by content: choosing a logo and then cancelling the settings leaves the logo in
    # use untouched.
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:12]
    target = folder / f"{LOGO_PREFIX}{digest}.png"
    if not image.save(str(target)):  # a PNG, by the name
        raise OSError(str(target))
    return target


def forget_other_logos(folder: Path, kept: str) -> None:
    """Remove logo copies that are no longer in use."""
    for path in folder.glob(f"{LOGO_PREFIX}*.png"):
        if str(path) != kept:
            path.unlink(missing_ok=True)


def save_profile(
    setup: "SetupService", offers: "OfferService", facility: FacilityDraft, fields: FieldEntries
) -> tuple[FacilityRecord, list[FieldOfActionRecord]]:
    """Save the facility profile and the fields of action, or neither.

    Runs on the database worker. Both are checked before either is saved, so that a
    wrong e-mail address does not leave the renamed fields saved (or the other way
    round), and all problems show at once.
    """
    problems: dict[str, FieldProblem] = {}
    try:
        setup.validate_facility(facility)
    except ValidationError as error:
        problems.update(error.problems)
    try:
        offers.validate_fields_of_action(fields)
    except ValidationError as error:
        problems.update(error.problems)
    if problems:
        raise ValidationError(problems)
    return setup.update_facility(facility), offers.save_fields_of_action(fields)


class SettingsDialog(QDialog):
    """Five tabs; OK saves them all, then announces what changed.

    The shared database's page connects at once with its own button (the account is
    checked there and then); only the sync interval waits for OK. Without ``sync`` (the
    demo desk) the page is not shown.
    """

    settings_saved = Signal(object)  # Settings: the main window saves them, applies the language
    facility_saved = Signal(object)  # FacilityRecord
    fields_of_action_saved = Signal()

    def __init__(
        self,
        setup: "SetupService",
        offers: "OfferService",
        runner: TaskRunner,
        settings: Settings,
        facility: FacilityRecord,
        parent: QWidget | None = None,
        *,
        logo_dir: Path,
        sync: "SyncController | None" = None,
    ) -> None:
        super().__init__(parent)
        self._sync = sync
        self._setup = setup
        self._offers = offers
        self._runner = runner
        self.settings = settings
        self.facility = facility
        self._logo_dir = logo_dir
        self._logo_file = settings.logo_file
        self._fields_loaded = False
        self._saving = False
        self.logo_dialog: QFileDialog | None = None
        self.certificate_dialog: QFileDialog | None = None
        self.preview: DocumentPreviewDialog | None = None
        self.form = Ui_SettingsDialog()
        self.form.setupUi(self)
        form = self.form
        self._errors = InlineErrors(
            {
                "name": (form.name_edit, form.name_error_label),
                "street": (form.street_edit, form.street_error_label),
                "postcode": (form.postcode_edit, form.postcode_error_label),
                "city": (form.city_edit, form.city_error_label),
                "phone": (form.phone_edit, form.phone_error_label),
                "email": (form.email_edit, form.email_error_label),
                "contact_person": (form.contact_person_edit, form.contact_person_error_label),
                "fields_of_action": (form.fields_list, form.fields_of_action_error_label),
            }
        )
        self._fill_languages()
        form.language_combo.setCurrentIndex(form.language_combo.findData(settings.language))
        self._fill_counting_rules()
        self._fill_kinds()
        self._fill_facility(facility)
        self._fill_documents_tab()
        form.rename_field_button.clicked.connect(self._on_rename_field_button_clicked)
        form.remove_field_button.clicked.connect(self._on_remove_field_button_clicked)
        form.move_up_button.clicked.connect(self._on_move_up_button_clicked)
        form.move_down_button.clicked.connect(self._on_move_down_button_clicked)
        form.add_field_button.clicked.connect(self._on_add_field_button_clicked)
        form.fields_list.currentRowChanged.connect(self._on_fields_list_current_row_changed)
        form.choose_logo_button.clicked.connect(self._on_choose_logo_button_clicked)
        form.remove_logo_button.clicked.connect(self._on_remove_logo_button_clicked)
        form.test_print_button.clicked.connect(self._on_test_print_button_clicked)
        self._set_up_shared_tab()
        form.button_box.accepted.connect(self._on_button_box_accepted)
        form.button_box.rejected.connect(self.reject)
        # Enter in "new field of action" adds it instead of closing the dialog.
        form.new_field_edit.installEventFilter(self)
        self._update_field_buttons()
        form.tab_widget.setCurrentWidget(form.general_tab)
        form.language_combo.setFocus()
        # Until the list is loaded, OK would retire every field of action: keep it disabled.
        self._runner.run(
            self._offers.fields_of_action,
            on_done=self._on_fields_loaded,
            on_error=self._on_fields_load_failed,
            control=self._ok_button(),
        )

    def _fill_counting_rules(self) -> None:
        """How the statistics count, in words; the chosen rules stay chosen."""
        form = self.form
        rules = {
            form.visit_rule_combo: (
                self.settings.statistics_visit_rule,
                (
                    (VisitRule.WITH_HEAD_COUNTS, self.tr("check-ins and head counts")),
                    (VisitRule.CHECK_INS, self.tr("check-ins only (head counts apart)")),
                ),
            ),
            form.new_visitor_rule_combo: (
                self.settings.statistics_new_visitor_rule,
                (
                    (NewVisitorRule.FIRST_VISIT, self.tr("first visit in the period")),
                    (NewVisitorRule.REGISTERED, self.tr("registered in the period")),
                ),
            ),
        }
        for combo, (saved, choices) in rules.items():
            current = combo.currentData() or saved
            combo.clear()
            for value, text in choices:
                combo.addItem(text, value.value)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def _ok_button(self) -> QPushButton:
        return self.form.button_box.button(QDialogButtonBox.StandardButton.Ok)

    # Filling the tabs

    def _fill_languages(self) -> None:
        combo = self.form.language_combo
        current = combo.currentData()
        combo.clear()
        for code, name in LANGUAGES.items():
            combo.addItem(name, code)
        if current is not None:
            combo.setCurrentIndex(combo.findData(current))

    def _fill_kinds(self) -> None:
        combo = self.form.kind_combo
        current = combo.currentData()
        combo.clear()
        for kind in FacilityKind:
            combo.addItem(facility_kind_label(kind), kind)
        if current is not None:
            combo.setCurrentIndex(combo.findData(current))

    def _fill_facility(self, facility: FacilityRecord) -> None:
        form = self.form
        form.name_edit.setText(facility.name)
        form.kind_combo.setCurrentIndex(form.kind_combo.findData(facility.kind))
        form.street_edit.setText(facility.street)
        form.postcode_edit.setText(facility.postcode)
        form.city_edit.setText(facility.city)
        form.phone_edit.setText(facility.phone)
        form.email_edit.setText(facility.email)
        form.contact_person_edit.setText(facility.contact_person)
        form.last_name_required_check.setChecked(facility.last_name_required)

    # The shared database

    def _set_up_shared_tab(self) -> None:
        form = self.form
        form.interval_spin.setValue(self.settings.sync_interval_minutes)
        self._fill_tls_modes()
        form.tls_combo.setCurrentIndex(form.tls_combo.findData("verify-full"))
        form.port_spin.setValue(DEFAULT_PORT)
        form.database_edit.setText(DEFAULT_DATABASE)
        self._fill_interval_suffix()
        if self._sync is None:
            form.tab_widget.removeTab(form.tab_widget.indexOf(form.shared_tab))
            return
        form.tls_combo.currentIndexChanged.connect(self._on_tls_combo_current_index_changed)
        form.choose_certificate_button.clicked.connect(self._on_choose_certificate_button_clicked)
        form.connect_button.clicked.connect(self._on_connect_button_clicked)
        self._sync.connected.connect(self._on_sync_connected)
        self._sync.connect_failed.connect(self._on_sync_connect_failed)
        self._update_certificate_fields()
        self._sync.load_address(self._on_address_loaded)

    def _fill_tls_modes(self) -> None:
        combo = self.form.tls_combo
        current = combo.currentData()
        labels = {
            "verify-full": self.tr("Check the certificate and the server's name (recommended)"),
            "verify-ca": self.tr("Check the certificate only"),
            "require": self.tr("Encrypt, without checking the certificate"),
            "prefer": self.tr("Encrypt when the server offers it"),
            "disable": self.tr("Do not encrypt"),
        }
        combo.clear()
        for mode in TLS_MODES:
            combo.addItem(f"{labels[mode]} ({mode})", mode)
        if current is not None:
            combo.setCurrentIndex(combo.findData(current))

    def _fill_interval_suffix(self) -> None:
        self.form.interval_spin.setSuffix(self.tr(" minutes"))

    def show_shared_database(self) -> None:
        """Open at the shared database's page, in its first field."""
        form = self.form
        if form.tab_widget.indexOf(form.shared_tab) >= 0:
            form.tab_widget.setCurrentWidget(form.shared_tab)
            form.host_edit.setFocus()

    def _on_address_loaded(self, address: "ServerAddress | None") -> None:
        if address is None:
            return
        form = self.form
        form.host_edit.setText(address.host)
        form.port_spin.setValue(address.port)
        form.database_edit.setText(address.database)
        form.role_edit.setText(address.role)
        form.tls_combo.setCurrentIndex(max(0, form.tls_combo.findData(address.tls_mode)))
        form.certificate_edit.setText(address.tls_root_certificate)
        form.password_edit.setPlaceholderText(self.tr("kept in this computer's password store"))
        show_status(
            form.connect_status_label,
            self.tr("This desk is connected to {database} on {host}.").format(
                database=address.database, host=address.host
            ),
        )

    def _update_certificate_fields(self) -> None:
        form = self.form
        verifying = str(form.tls_combo.currentData()).startswith("verify")
        form.certificate_edit.setEnabled(verifying)
        form.choose_certificate_button.setEnabled(verifying)

    def _on_tls_combo_current_index_changed(self, _index: int) -> None:
        self._update_certificate_fields()

    def server_address(self) -> "ServerAddress":
        """The shared database as entered on its page."""
        from desktop_app.sync.connection import ServerAddress

        form = self.form
        return ServerAddress(
            host=form.host_edit.text().strip(),
            port=form.port_spin.value(),
            database=form.database_edit.text().strip(),
            role=form.role_edit.text().strip(),
            tls_mode=str(form.tls_combo.currentData()),
            tls_root_certificate=form.certificate_edit.text().strip()
            if form.certificate_edit.isEnabled()
            else "",
        )

    def connect_desk(self) -> None:
        """Check the account and join the facility on the shared database, at once."""
        form = self.form
        assert self._sync is not None
        missing = next(
            (
                (edit, text)
                for edit, text in (
                    (form.host_edit, self.tr("Enter the server of the shared database.")),
                    (form.database_edit, self.tr("Enter the name of the shared database.")),
                    (form.role_edit, self.tr("Enter your facility's account.")),
                    (form.password_edit, self.tr("Enter the password of the account.")),
                )
                if not edit.text().strip()
            ),
            None,
        )
        if missing is not None:
            edit, text = missing
            show_status(form.connect_status_label, text, error=True)
            edit.setFocus()
            return
        show_status(form.connect_status_label, self.tr("Connecting…"))
        self._sync.connect_desk(
            self.server_address(), form.password_edit.text(), control=form.connect_button
        )

    def _on_connect_button_clicked(self) -> None:
        self.connect_desk()

    def _on_sync_connected(self, _facility_id: object) -> None:
        form = self.form
        form.password_edit.clear()
        form.password_edit.setPlaceholderText(self.tr("kept in this computer's password store"))
        show_status(
            form.connect_status_label,
            self.tr("Connected. The first sync starts now; its outcome shows in the status bar."),
        )

    def _on_sync_connect_failed(self, error: TresenError) -> None:
        show_status(self.form.connect_status_label, error_text(error), error=True)

    def choose_certificate(self) -> None:
        dialog = QFileDialog(self, self.tr("Certificate of the certificate authority"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self._on_certificate_dialog_file_selected)
        self.certificate_dialog = dialog
        dialog.open()

    def _on_certificate_dialog_file_selected(self, file_name: str) -> None:
        self.certificate_dialog = None
        if file_name:
            self.form.certificate_edit.setText(file_name)

    def _on_choose_certificate_button_clicked(self) -> None:
        self.choose_certificate()

    # Referrals and printing

    def _fill_documents_tab(self) -> None:
        form = self.form
        for size in PaperSize:
            form.paper_combo.addItem(size.value, size.value)
        form.paper_combo.setCurrentIndex(
            max(0, form.paper_combo.findData(self.settings.slip_paper))
        )
        form.follow_up_spin.setValue(self.settings.follow_up_days)
        self._fill_sample_languages()
        self._show_logo()

    def _fill_sample_languages(self) -> None:
        combo = self.form.sample_language_combo
        current = combo.currentData() or "en"
        combo.clear()
        for code in SLIP_LANGUAGES:
            combo.addItem(slip_language_label(code), code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        form = self.form
        form.follow_up_spin.setSuffix(self.tr(" days"))

    def _show_logo(self) -> None:
        label = self.form.logo_preview_label
        image = QImage(self._logo_file) if self._logo_file else QImage()
        if image.isNull():
            label.setPixmap(QPixmap())
            label.setText(self.tr("(no logo)"))
        else:
            label.setPixmap(
                QPixmap.fromImage(image).scaled(
                    label.minimumSize(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.form.remove_logo_button.setEnabled(bool(self._logo_file))

    def choose_logo(self) -> None:
        dialog = QFileDialog(self, self.tr("Logo for the letterhead"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Images (*.png *.jpg *.jpeg)"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self._on_logo_dialog_file_selected)
        self.logo_dialog = dialog
        dialog.open()

    def use_logo(self, source: Path) -> bool:
        """Keep a copy of ``source`` as the letterhead's logo (saved with OK)."""
        label = self.form.logo_error_label
        try:
            kept = keep_logo(source, self._logo_dir)
        except OSError:
            label.setText(
                self.tr("This file cannot be used as a logo. Choose a PNG or JPEG image.")
            )
            label.setVisible(True)
            return False
        label.setVisible(False)
        self._logo_file = str(kept)
        self._show_logo()
        return True

    def _on_logo_dialog_file_selected(self, file_name: str) -> None:
        self.logo_dialog = None
        if file_name:
            self.use_logo(Path(file_name))

    def _on_choose_logo_button_clicked(self) -> None:
        self.choose_logo()

    def _on_remove_logo_button_clicked(self) -> None:
        self._logo_file = ""
        self._show_logo()

    def test_print(self) -> None:
        """Sample documents with the letterhead as entered here (saved or not)."""
        from desktop_app.documents.samples import sample_documents

        issuer = Letterhead.of(self.facility_draft(), self._logo_file)
        language = str(self.form.sample_language_combo.currentData())
        self._runner.run(
            sample_documents,
            issuer,
            language,
            on_done=self._on_samples_ready,
            control=self.form.test_print_button,
        )

    def _on_samples_ready(self, samples: list[tuple[str, str, bytes]]) -> None:
        documents = [PrintableDocument(title, file, data) for title, file, data in samples]
        dialog = DocumentPreviewDialog(documents, self.tr("Test print"), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_preview_finished)
        self.preview = dialog
        dialog.open()

    def _on_preview_finished(self, _result: int) -> None:
        self.preview = None

    def _on_test_print_button_clicked(self) -> None:
        self.test_print()

    def _on_fields_loaded(self, fields: list[FieldOfActionRecord]) -> None:
        for field in fields:
            self._add_field_item(field.name, field.id)
        self._fields_loaded = True
        if fields:
            self.form.fields_list.setCurrentRow(0)
        self._update_field_buttons()

    def _on_fields_load_failed(self, error: TresenError) -> None:
        self._ok_button().setEnabled(False)
        warn(self, self.windowTitle(), error_text(error))

    # The fields of action

    def _add_field_item(self, name: str, field_id: uuid.UUID | None) -> QListWidgetItem:
        item = QListWidgetItem(name, self.form.fields_list)
        item.setData(Qt.ItemDataRole.UserRole, field_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def field_entries(self) -> FieldEntries:
        """The list as shown: (id of an existing field or None for a new one, name)."""
        fields = self.form.fields_list
        return [
            (fields.item(row).data(Qt.ItemDataRole.UserRole), fields.item(row).text())
            for row in range(fields.count())
        ]

    def _update_field_buttons(self) -> None:
        form = self.form
        row = form.fields_list.currentRow()
        count = form.fields_list.count()
        form.rename_field_button.setEnabled(row >= 0)
        form.remove_field_button.setEnabled(row >= 0)
        form.move_up_button.setEnabled(row > 0)
        form.move_down_button.setEnabled(0 <= row < count - 1)

    def _add_new_field(self) -> None:
        name = self.form.new_field_edit.text().strip()
        if not name:
            self.form.new_field_edit.setFocus()
            return
        item = self._add_field_item(name, None)
        self.form.fields_list.setCurrentItem(item)
        self.form.fields_list.scrollToItem(item)
        self.form.new_field_edit.clear()

    def _move_current(self, step: int) -> None:
        fields = self.form.fields_list
        row = fields.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < fields.count():
            return
        item = fields.takeItem(row)
        fields.insertItem(target, item)
        fields.setCurrentRow(target)

    def _on_rename_field_button_clicked(self) -> None:
        item = self.form.fields_list.currentItem()
        if item is not None:
            self.form.fields_list.setFocus()
            self.form.fields_list.editItem(item)

    def _on_remove_field_button_clicked(self) -> None:
        fields = self.form.fields_list
        row = fields.currentRow()
        if row < 0:
            return
        fields.takeItem(row)
        if fields.count():
            fields.setCurrentRow(min(row, fields.count() - 1))
        self._update_field_buttons()

    def _on_move_up_button_clicked(self) -> None:
        self._move_current(-1)

    def _on_move_down_button_clicked(self) -> None:
        self._move_current(+1)

    def _on_add_field_button_clicked(self) -> None:
        self._add_new_field()

    def _on_fields_list_current_row_changed(self, row: int) -> None:
        del row
        self._update_field_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.form.new_field_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.form.new_field_edit.text().strip()
        ):
            self._add_new_field()
            return True
        return super().eventFilter(watched, event)

    # Saving

    def facility_draft(self) -> FacilityDraft:
        form = self.form
        return FacilityDraft(
            name=form.name_edit.text(),
            kind=FacilityKind(form.kind_combo.currentData()),
            street=form.street_edit.text(),
            postcode=form.postcode_edit.text(),
            city=form.city_edit.text(),
            phone=form.phone_edit.text(),
            email=form.email_edit.text(),
            contact_person=form.contact_person_edit.text(),
            last_name_required=form.last_name_required_check.isChecked(),
        )

    def chosen_settings(self) -> Settings:
        form = self.form
        return self.settings.with_changes(
            language=form.language_combo.currentData(),
            slip_paper=form.paper_combo.currentData(),
            follow_up_days=form.follow_up_spin.value(),
            logo_file=self._logo_file,
            sync_interval_minutes=form.interval_spin.value(),
            statistics_visit_rule=str(form.visit_rule_combo.currentData()),
            statistics_new_visitor_rule=str(form.new_visitor_rule_combo.currentData()),
        )

    def reject(self) -> None:
        # Closing while saving would leave the result without a receiver; Escape waits.
        if not self._saving:
            super().reject()

    def _on_button_box_accepted(self) -> None:
        if not self._fields_loaded or self._saving:
            return
        self._saving = True
        self._runner.run(
            save_profile,
            self._setup,
            self._offers,
            self.facility_draft(),
            self.field_entries(),
            on_done=self._on_save_done,
            on_error=self._on_save_failed,
            control=self._ok_button(),
        )

    def _on_save_done(self, saved: tuple[FacilityRecord, list[FieldOfActionRecord]]) -> None:
        self._saving = False
        self.facility, _fields = saved
        self.settings = self.chosen_settings()
        forget_other_logos(self._logo_dir, self.settings.logo_file)
        self.settings_saved.emit(self.settings)
        self.facility_saved.emit(self.facility)
        self.fields_of_action_saved.emit()
        self.accept()

    def _on_save_failed(self, error: TresenError) -> None:
        self._saving = False
        if not isinstance(error, ValidationError):
            warn(self, self.windowTitle(), error_text(error))
            return
        first = self._errors.show(error.problems)
        if first is None:
            return
        tabs = self.form.tab_widget
        for index in range(tabs.count()):
            tab = tabs.widget(index)
            if tab is not None and tab.isAncestorOf(first):
                tabs.setCurrentIndex(index)
                break
        first.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._fill_languages()
            self._fill_kinds()
            self._fill_sample_languages()
            self._fill_counting_rules()
            self._show_logo()
            self._fill_tls_modes()
            self._fill_interval_suffix()
        super().changeEvent(event)

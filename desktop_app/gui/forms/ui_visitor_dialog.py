# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visitor_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_VisitorDialog(object):
    def setupUi(self, VisitorDialog):
        if not VisitorDialog.objectName():
            VisitorDialog.setObjectName(u"VisitorDialog")
        VisitorDialog.resize(560, 640)
        self.main_layout = QVBoxLayout(VisitorDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.number_label = QLabel(VisitorDialog)
        self.number_label.setObjectName(u"number_label")

        self.fields_layout.addWidget(self.number_label, 0, 0, 1, 1)

        self.number_edit = QLineEdit(VisitorDialog)
        self.number_edit.setObjectName(u"number_edit")
        self.number_edit.setReadOnly(True)

        self.fields_layout.addWidget(self.number_edit, 0, 1, 1, 1)

        self.first_name_label = QLabel(VisitorDialog)
        self.first_name_label.setObjectName(u"first_name_label")

        self.fields_layout.addWidget(self.first_name_label, 1, 0, 1, 1)

        self.first_name_edit = QLineEdit(VisitorDialog)
        self.first_name_edit.setObjectName(u"first_name_edit")

        self.fields_layout.addWidget(self.first_name_edit, 1, 1, 1, 1)

        self.first_name_error_label = QLabel(VisitorDialog)
        self.first_name_error_label.setObjectName(u"first_name_error_label")
        self.first_name_error_label.setWordWrap(True)
        self.first_name_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.first_name_error_label, 2, 1, 1, 1)

        self.last_name_label = QLabel(VisitorDialog)
        self.last_name_label.setObjectName(u"last_name_label")

        self.fields_layout.addWidget(self.last_name_label, 3, 0, 1, 1)

        self.last_name_edit = QLineEdit(VisitorDialog)
        self.last_name_edit.setObjectName(u"last_name_edit")

        self.fields_layout.addWidget(self.last_name_edit, 3, 1, 1, 1)

        self.last_name_error_label = QLabel(VisitorDialog)
        self.last_name_error_label.setObjectName(u"last_name_error_label")
        self.last_name_error_label.setWordWrap(True)
        self.last_name_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.last_name_error_label, 4, 1, 1, 1)

        self.birth_year_label = QLabel(VisitorDialog)
        self.birth_year_label.setObjectName(u"birth_year_label")

        self.fields_layout.addWidget(self.birth_year_label, 5, 0, 1, 1)

        self.birth_year_edit = QLineEdit(VisitorDialog)
        self.birth_year_edit.setObjectName(u"birth_year_edit")

        self.fields_layout.addWidget(self.birth_year_edit, 5, 1, 1, 1)

        self.birth_year_error_label = QLabel(VisitorDialog)
        self.birth_year_error_label.setObjectName(u"birth_year_error_label")
        self.birth_year_error_label.setWordWrap(True)
        self.birth_year_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.birth_year_error_label, 6, 1, 1, 1)

        self.age_band_label = QLabel(VisitorDialog)
        self.age_band_label.setObjectName(u"age_band_label")

        self.fields_layout.addWidget(self.age_band_label, 7, 0, 1, 1)

        self.age_band_combo = QComboBox(VisitorDialog)
        self.age_band_combo.setObjectName(u"age_band_combo")

        self.fields_layout.addWidget(self.age_band_combo, 7, 1, 1, 1)

        self.age_band_error_label = QLabel(VisitorDialog)
        self.age_band_error_label.setObjectName(u"age_band_error_label")
        self.age_band_error_label.setWordWrap(True)
        self.age_band_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.age_band_error_label, 8, 1, 1, 1)

        self.gender_label = QLabel(VisitorDialog)
        self.gender_label.setObjectName(u"gender_label")

        self.fields_layout.addWidget(self.gender_label, 9, 0, 1, 1)

        self.gender_combo = QComboBox(VisitorDialog)
        self.gender_combo.setObjectName(u"gender_combo")

        self.fields_layout.addWidget(self.gender_combo, 9, 1, 1, 1)

        self.preferred_language_label = QLabel(VisitorDialog)
        self.preferred_language_label.setObjectName(u"preferred_language_label")

        self.fields_layout.addWidget(self.preferred_language_label, 10, 0, 1, 1)

        self.preferred_language_combo = QComboBox(VisitorDialog)
        self.preferred_language_combo.setObjectName(u"preferred_language_combo")

        self.fields_layout.addWidget(self.preferred_language_combo, 10, 1, 1, 1)

        self.preferred_language_error_label = QLabel(VisitorDialog)
        self.preferred_language_error_label.setObjectName(u"preferred_language_error_label")
        self.preferred_language_error_label.setWordWrap(True)
        self.preferred_language_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.preferred_language_error_label, 11, 1, 1, 1)

        self.postcode_label = QLabel(VisitorDialog)
        self.postcode_label.setObjectName(u"postcode_label")

        self.fields_layout.addWidget(self.postcode_label, 12, 0, 1, 1)

        self.postcode_edit = QLineEdit(VisitorDialog)
        self.postcode_edit.setObjectName(u"postcode_edit")

        self.fields_layout.addWidget(self.postcode_edit, 12, 1, 1, 1)

        self.postcode_error_label = QLabel(VisitorDialog)
        self.postcode_error_label.setObjectName(u"postcode_error_label")
        self.postcode_error_label.setWordWrap(True)
        self.postcode_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.postcode_error_label, 13, 1, 1, 1)

        self.phone_label = QLabel(VisitorDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.fields_layout.addWidget(self.phone_label, 14, 0, 1, 1)

        self.phone_edit = QLineEdit(VisitorDialog)
        self.phone_edit.setObjectName(u"phone_edit")

        self.fields_layout.addWidget(self.phone_edit, 14, 1, 1, 1)

        self.phone_error_label = QLabel(VisitorDialog)
        self.phone_error_label.setObjectName(u"phone_error_label")
        self.phone_error_label.setWordWrap(True)
        self.phone_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.phone_error_label, 15, 1, 1, 1)

        self.email_label = QLabel(VisitorDialog)
        self.email_label.setObjectName(u"email_label")

        self.fields_layout.addWidget(self.email_label, 16, 0, 1, 1)

        self.email_edit = QLineEdit(VisitorDialog)
        self.email_edit.setObjectName(u"email_edit")

        self.fields_layout.addWidget(self.email_edit, 16, 1, 1, 1)

        self.email_error_label = QLabel(VisitorDialog)
        self.email_error_label.setObjectName(u"email_error_label")
        self.email_error_label.setWordWrap(True)
        self.email_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.email_error_label, 17, 1, 1, 1)

        self.notes_label = QLabel(VisitorDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.fields_layout.addWidget(self.notes_label, 18, 0, 1, 1)

        self.notes_edit = QPlainTextEdit(VisitorDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)

        self.fields_layout.addWidget(self.notes_edit, 18, 1, 1, 1)

        self.notes_warning_label = QLabel(VisitorDialog)
        self.notes_warning_label.setObjectName(u"notes_warning_label")
        self.notes_warning_label.setProperty(u"warningLabel", True)
        self.notes_warning_label.setWordWrap(True)

        self.fields_layout.addWidget(self.notes_warning_label, 19, 1, 1, 1)

        self.notes_error_label = QLabel(VisitorDialog)
        self.notes_error_label.setObjectName(u"notes_error_label")
        self.notes_error_label.setWordWrap(True)
        self.notes_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.notes_error_label, 20, 1, 1, 1)


        self.main_layout.addLayout(self.fields_layout)

        self.form_error_label = QLabel(VisitorDialog)
        self.form_error_label.setObjectName(u"form_error_label")
        self.form_error_label.setWordWrap(True)
        self.form_error_label.setProperty(u"errorLabel", True)

        self.main_layout.addWidget(self.form_error_label)

        self.buttons_widget = QWidget(VisitorDialog)
        self.buttons_widget.setObjectName(u"buttons_widget")
        self.buttons_layout = QHBoxLayout(self.buttons_widget)
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_layout.setContentsMargins(0, 0, 0, 0)
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.save_and_check_in_button = QPushButton(self.buttons_widget)
        self.save_and_check_in_button.setObjectName(u"save_and_check_in_button")

        self.buttons_layout.addWidget(self.save_and_check_in_button)

        self.save_button = QPushButton(self.buttons_widget)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(self.buttons_widget)
        self.cancel_button.setObjectName(u"cancel_button")

        self.buttons_layout.addWidget(self.cancel_button)


        self.main_layout.addWidget(self.buttons_widget)

#if QT_CONFIG(shortcut)
        self.number_label.setBuddy(self.number_edit)
        self.first_name_label.setBuddy(self.first_name_edit)
        self.last_name_label.setBuddy(self.last_name_edit)
        self.birth_year_label.setBuddy(self.birth_year_edit)
        self.age_band_label.setBuddy(self.age_band_combo)
        self.gender_label.setBuddy(self.gender_combo)
        self.preferred_language_label.setBuddy(self.preferred_language_combo)
        self.postcode_label.setBuddy(self.postcode_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.number_edit, self.first_name_edit)
        QWidget.setTabOrder(self.first_name_edit, self.last_name_edit)
        QWidget.setTabOrder(self.last_name_edit, self.birth_year_edit)
        QWidget.setTabOrder(self.birth_year_edit, self.age_band_combo)
        QWidget.setTabOrder(self.age_band_combo, self.gender_combo)
        QWidget.setTabOrder(self.gender_combo, self.preferred_language_combo)
        QWidget.setTabOrder(self.preferred_language_combo, self.postcode_edit)
        QWidget.setTabOrder(self.postcode_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.save_and_check_in_button)
        QWidget.setTabOrder(self.save_and_check_in_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(VisitorDialog)

        self.save_and_check_in_button.setDefault(True)

    # setupUi

    def retranslateUi(self, VisitorDialog):
        VisitorDialog.setWindowTitle(QCoreApplication.translate("VisitorDialog", u"New visitor", None))
        self.number_label.setText(QCoreApplication.translate("VisitorDialog", u"Visitor number", None))
#if QT_CONFIG(accessibility)
        self.number_edit.setAccessibleName(QCoreApplication.translate("VisitorDialog", u"Visitor number", None))
#endif // QT_CONFIG(accessibility)
        self.first_name_label.setText(QCoreApplication.translate("VisitorDialog", u"&First name *", None))
#if QT_CONFIG(accessibility)
        self.first_name_edit.setAccessibleName(QCoreApplication.translate("VisitorDialog", u"First name (required)", None))
#endif // QT_CONFIG(accessibility)
        self.last_name_label.setText(QCoreApplication.translate("VisitorDialog", u"&Last name", None))
#if QT_CONFIG(accessibility)
        self.last_name_edit.setAccessibleName(QCoreApplication.translate("VisitorDialog", u"Last name", None))
#endif // QT_CONFIG(accessibility)
        self.birth_year_label.setText(QCoreApplication.translate("VisitorDialog", u"&Year of birth", None))
#if QT_CONFIG(accessibility)
        self.birth_year_edit.setAccessibleName(QCoreApplication.translate("VisitorDialog", u"Year of birth", None))
#endif // QT_CONFIG(accessibility)
        self.birth_year_edit.setPlaceholderText(QCoreApplication.translate("VisitorDialog", u"for example 1984; leave empty if not known", None))
        self.age_band_label.setText(QCoreApplication.translate("VisitorDialog", u"or &age band", None))
#if QT_CONFIG(accessibility)
        self.age_band_combo.setAccessibleName(QCoreApplication.translate("VisitorDialog", u"Age band", None))
#endif // QT_CONFIG(accessibility)
        self.gender_label.setText(QCoreApplication.translate("VisitorDialog", u"Gen&der", None))
#if QT_CONFIG(accessibility)
        self.gender_combo.setAccessibleName(QCoreApplication.translate("VisitorDialog", u"Gender", None))
#endif // QT_CONFIG(accessibility)
        self.preferred_language_label.setText(QCoreApplication.translate("VisitorDialog", u"Preferred la&nguage", None))
#if QT_CONFIG(accessibility)
        self.preferred_language_combo.setAccessibleName(QCoreApplication.translate("VisitorDialog", u"Preferred language", None))
#endif // QT_CONFIG(accessibility)
        self.postcode_label.setText(QCoreApplication.translate("VisitorDialog", u"&Postcode", None))
#if QT_CONFIG(accessibility)
        self.postcode_edit.setAccessibleName(QCoreApplication.translate("VisitorDialog", u"Postcode", None))
#endif // QT_CONFIG(accessibility)
        self.phone_label.setText(QCoreApplication.translate("VisitorDialog", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("VisitorDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.email_label.setText(QCoreApplication.translate("VisitorDialog", u"&E-mail", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("VisitorDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("VisitorDialog", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("VisitorDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.notes_warning_label.setText(QCoreApplication.translate("VisitorDialog", u"Do not record health, disability, religion, ethnicity, sexual orientation or similar sensitive data here.", None))
        self.save_and_check_in_button.setText(QCoreApplication.translate("VisitorDialog", u"Save and &check in", None))
#if QT_CONFIG(accessibility)
        self.save_and_check_in_button.setAccessibleName(QCoreApplication.translate("VisitorDialog", u"Save and check in", None))
#endif // QT_CONFIG(accessibility)
        self.save_button.setText(QCoreApplication.translate("VisitorDialog", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("VisitorDialog", u"Save", None))
#endif // QT_CONFIG(accessibility)
        self.cancel_button.setText(QCoreApplication.translate("VisitorDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancel_button.setAccessibleName(QCoreApplication.translate("VisitorDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'refer_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateTimeEdit, QDialog, QDialogButtonBox, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReferDialog(object):
    def setupUi(self, ReferDialog):
        if not ReferDialog.objectName():
            ReferDialog.setObjectName(u"ReferDialog")
        ReferDialog.resize(720, 760)
        self.main_layout = QVBoxLayout(ReferDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.person_caption_label = QLabel(ReferDialog)
        self.person_caption_label.setObjectName(u"person_caption_label")

        self.fields_layout.addWidget(self.person_caption_label, 0, 0, 1, 1)

        self.person_label = QLabel(ReferDialog)
        self.person_label.setObjectName(u"person_label")
        self.person_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fields_layout.addWidget(self.person_label, 0, 1, 1, 1)

        self.target_label = QLabel(ReferDialog)
        self.target_label.setObjectName(u"target_label")

        self.fields_layout.addWidget(self.target_label, 1, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.target_layout = QVBoxLayout()
        self.target_layout.setObjectName(u"target_layout")
        self.target_search_edit = QLineEdit(ReferDialog)
        self.target_search_edit.setObjectName(u"target_search_edit")

        self.target_layout.addWidget(self.target_search_edit)

        self.target_list = QListWidget(ReferDialog)
        self.target_list.setObjectName(u"target_list")
        self.target_list.setTabKeyNavigation(False)

        self.target_layout.addWidget(self.target_list)

        self.target_error_label = QLabel(ReferDialog)
        self.target_error_label.setObjectName(u"target_error_label")
        self.target_error_label.setWordWrap(True)
        self.target_error_label.setProperty(u"errorLabel", True)

        self.target_layout.addWidget(self.target_error_label)


        self.fields_layout.addLayout(self.target_layout, 1, 1, 1, 1)

        self.location_label = QLabel(ReferDialog)
        self.location_label.setObjectName(u"location_label")

        self.fields_layout.addWidget(self.location_label, 2, 0, 1, 1)

        self.location_combo = QComboBox(ReferDialog)
        self.location_combo.setObjectName(u"location_combo")

        self.fields_layout.addWidget(self.location_combo, 2, 1, 1, 1)

        self.field_of_action_label = QLabel(ReferDialog)
        self.field_of_action_label.setObjectName(u"field_of_action_label")

        self.fields_layout.addWidget(self.field_of_action_label, 3, 0, 1, 1)

        self.field_of_action_combo = QComboBox(ReferDialog)
        self.field_of_action_combo.setObjectName(u"field_of_action_combo")
        self.field_of_action_combo.setEditable(True)

        self.fields_layout.addWidget(self.field_of_action_combo, 3, 1, 1, 1)

        self.field_of_action_error_label = QLabel(ReferDialog)
        self.field_of_action_error_label.setObjectName(u"field_of_action_error_label")
        self.field_of_action_error_label.setWordWrap(True)
        self.field_of_action_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.field_of_action_error_label, 4, 1, 1, 1)

        self.purpose_label = QLabel(ReferDialog)
        self.purpose_label.setObjectName(u"purpose_label")

        self.fields_layout.addWidget(self.purpose_label, 5, 0, 1, 1)

        self.purpose_edit = QLineEdit(ReferDialog)
        self.purpose_edit.setObjectName(u"purpose_edit")

        self.fields_layout.addWidget(self.purpose_edit, 5, 1, 1, 1)

        self.purpose_error_label = QLabel(ReferDialog)
        self.purpose_error_label.setObjectName(u"purpose_error_label")
        self.purpose_error_label.setWordWrap(True)
        self.purpose_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.purpose_error_label, 6, 1, 1, 1)

        self.appointment_check = QCheckBox(ReferDialog)
        self.appointment_check.setObjectName(u"appointment_check")

        self.fields_layout.addWidget(self.appointment_check, 7, 0, 1, 1)

        self.appointment_edit = QDateTimeEdit(ReferDialog)
        self.appointment_edit.setObjectName(u"appointment_edit")
        self.appointment_edit.setCalendarPopup(True)

        self.fields_layout.addWidget(self.appointment_edit, 7, 1, 1, 1)

        self.appointment_error_label = QLabel(ReferDialog)
        self.appointment_error_label.setObjectName(u"appointment_error_label")
        self.appointment_error_label.setWordWrap(True)
        self.appointment_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.appointment_error_label, 8, 1, 1, 1)

        self.person_display_label = QLabel(ReferDialog)
        self.person_display_label.setObjectName(u"person_display_label")

        self.fields_layout.addWidget(self.person_display_label, 9, 0, 1, 1)

        self.person_display_layout = QHBoxLayout()
        self.person_display_layout.setObjectName(u"person_display_layout")
        self.initials_radio = QRadioButton(ReferDialog)
        self.initials_radio.setObjectName(u"initials_radio")
        self.initials_radio.setChecked(True)

        self.person_display_layout.addWidget(self.initials_radio)

        self.first_name_radio = QRadioButton(ReferDialog)
        self.first_name_radio.setObjectName(u"first_name_radio")

        self.person_display_layout.addWidget(self.first_name_radio)

        self.person_display_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.person_display_layout.addItem(self.person_display_spacer)


        self.fields_layout.addLayout(self.person_display_layout, 9, 1, 1, 1)

        self.slip_language_label = QLabel(ReferDialog)
        self.slip_language_label.setObjectName(u"slip_language_label")

        self.fields_layout.addWidget(self.slip_language_label, 10, 0, 1, 1)

        self.slip_language_combo = QComboBox(ReferDialog)
        self.slip_language_combo.setObjectName(u"slip_language_combo")

        self.fields_layout.addWidget(self.slip_language_combo, 10, 1, 1, 1)

        self.slip_language_error_label = QLabel(ReferDialog)
        self.slip_language_error_label.setObjectName(u"slip_language_error_label")
        self.slip_language_error_label.setWordWrap(True)
        self.slip_language_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.slip_language_error_label, 11, 1, 1, 1)

        self.paper_label = QLabel(ReferDialog)
        self.paper_label.setObjectName(u"paper_label")

        self.fields_layout.addWidget(self.paper_label, 12, 0, 1, 1)

        self.paper_combo = QComboBox(ReferDialog)
        self.paper_combo.setObjectName(u"paper_combo")

        self.fields_layout.addWidget(self.paper_combo, 12, 1, 1, 1)


        self.main_layout.addLayout(self.fields_layout)

        self.share_group = QGroupBox(ReferDialog)
        self.share_group.setObjectName(u"share_group")
        self.share_group.setCheckable(True)
        self.share_group.setChecked(False)
        self.share_fields_layout = QGridLayout(self.share_group)
        self.share_fields_layout.setObjectName(u"share_fields_layout")
        self.share_hint_label = QLabel(self.share_group)
        self.share_hint_label.setObjectName(u"share_hint_label")
        self.share_hint_label.setWordWrap(True)

        self.share_fields_layout.addWidget(self.share_hint_label, 0, 0, 1, 2)

        self.recipient_label = QLabel(self.share_group)
        self.recipient_label.setObjectName(u"recipient_label")

        self.share_fields_layout.addWidget(self.recipient_label, 1, 0, 1, 1)

        self.recipient_edit = QLineEdit(self.share_group)
        self.recipient_edit.setObjectName(u"recipient_edit")

        self.share_fields_layout.addWidget(self.recipient_edit, 1, 1, 1, 1)

        self.recipient_error_label = QLabel(self.share_group)
        self.recipient_error_label.setObjectName(u"recipient_error_label")
        self.recipient_error_label.setWordWrap(True)
        self.recipient_error_label.setProperty(u"errorLabel", True)

        self.share_fields_layout.addWidget(self.recipient_error_label, 2, 1, 1, 1)

        self.data_label = QLabel(self.share_group)
        self.data_label.setObjectName(u"data_label")

        self.share_fields_layout.addWidget(self.data_label, 3, 0, 1, 1)

        self.data_edit = QLineEdit(self.share_group)
        self.data_edit.setObjectName(u"data_edit")

        self.share_fields_layout.addWidget(self.data_edit, 3, 1, 1, 1)

        self.data_error_label = QLabel(self.share_group)
        self.data_error_label.setObjectName(u"data_error_label")
        self.data_error_label.setWordWrap(True)
        self.data_error_label.setProperty(u"errorLabel", True)

        self.share_fields_layout.addWidget(self.data_error_label, 4, 1, 1, 1)

        self.consent_purpose_label = QLabel(self.share_group)
        self.consent_purpose_label.setObjectName(u"consent_purpose_label")

        self.share_fields_layout.addWidget(self.consent_purpose_label, 5, 0, 1, 1)

        self.consent_purpose_edit = QLineEdit(self.share_group)
        self.consent_purpose_edit.setObjectName(u"consent_purpose_edit")

        self.share_fields_layout.addWidget(self.consent_purpose_edit, 5, 1, 1, 1)

        self.consent_purpose_error_label = QLabel(self.share_group)
        self.consent_purpose_error_label.setObjectName(u"consent_purpose_error_label")
        self.consent_purpose_error_label.setWordWrap(True)
        self.consent_purpose_error_label.setProperty(u"errorLabel", True)

        self.share_fields_layout.addWidget(self.consent_purpose_error_label, 6, 1, 1, 1)

        self.manner_label = QLabel(self.share_group)
        self.manner_label.setObjectName(u"manner_label")

        self.share_fields_layout.addWidget(self.manner_label, 7, 0, 1, 1)

        self.manner_layout = QHBoxLayout()
        self.manner_layout.setObjectName(u"manner_layout")
        self.signed_radio = QRadioButton(self.share_group)
        self.signed_radio.setObjectName(u"signed_radio")
        self.signed_radio.setChecked(True)

        self.manner_layout.addWidget(self.signed_radio)

        self.verbal_radio = QRadioButton(self.share_group)
        self.verbal_radio.setObjectName(u"verbal_radio")

        self.manner_layout.addWidget(self.verbal_radio)

        self.manner_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.manner_layout.addItem(self.manner_spacer)


        self.share_fields_layout.addLayout(self.manner_layout, 7, 1, 1, 1)


        self.main_layout.addWidget(self.share_group)

        self.button_box = QDialogButtonBox(ReferDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.target_label.setBuddy(self.target_search_edit)
        self.location_label.setBuddy(self.location_combo)
        self.field_of_action_label.setBuddy(self.field_of_action_combo)
        self.purpose_label.setBuddy(self.purpose_edit)
        self.slip_language_label.setBuddy(self.slip_language_combo)
        self.paper_label.setBuddy(self.paper_combo)
        self.recipient_label.setBuddy(self.recipient_edit)
        self.data_label.setBuddy(self.data_edit)
        self.consent_purpose_label.setBuddy(self.consent_purpose_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.target_search_edit, self.target_list)
        QWidget.setTabOrder(self.target_list, self.location_combo)
        QWidget.setTabOrder(self.location_combo, self.field_of_action_combo)
        QWidget.setTabOrder(self.field_of_action_combo, self.purpose_edit)
        QWidget.setTabOrder(self.purpose_edit, self.appointment_check)
        QWidget.setTabOrder(self.appointment_check, self.appointment_edit)
        QWidget.setTabOrder(self.appointment_edit, self.initials_radio)
        QWidget.setTabOrder(self.initials_radio, self.first_name_radio)
        QWidget.setTabOrder(self.first_name_radio, self.slip_language_combo)
        QWidget.setTabOrder(self.slip_language_combo, self.paper_combo)
        QWidget.setTabOrder(self.paper_combo, self.share_group)
        QWidget.setTabOrder(self.share_group, self.recipient_edit)
        QWidget.setTabOrder(self.recipient_edit, self.data_edit)
        QWidget.setTabOrder(self.data_edit, self.consent_purpose_edit)
        QWidget.setTabOrder(self.consent_purpose_edit, self.signed_radio)
        QWidget.setTabOrder(self.signed_radio, self.verbal_radio)
        QWidget.setTabOrder(self.verbal_radio, self.button_box)

        self.retranslateUi(ReferDialog)
    # setupUi

    def retranslateUi(self, ReferDialog):
        ReferDialog.setWindowTitle(QCoreApplication.translate("ReferDialog", u"Refer", None))
        self.person_caption_label.setText(QCoreApplication.translate("ReferDialog", u"For", None))
#if QT_CONFIG(accessibility)
        self.person_label.setAccessibleName(QCoreApplication.translate("ReferDialog", u"Person referred", None))
#endif // QT_CONFIG(accessibility)
        self.target_label.setText(QCoreApplication.translate("ReferDialog", u"Refer &to *", None))
#if QT_CONFIG(accessibility)
        self.target_search_edit.setAccessibleName(QCoreApplication.translate("ReferDialog", u"Search the directory", None))
#endif // QT_CONFIG(accessibility)
        self.target_search_edit.setPlaceholderText(QCoreApplication.translate("ReferDialog", u"Search the directory: name, offer, field of action", None))
#if QT_CONFIG(accessibility)
        self.target_list.setAccessibleName(QCoreApplication.translate("ReferDialog", u"Partners and offers found", None))
#endif // QT_CONFIG(accessibility)
        self.location_label.setText(QCoreApplication.translate("ReferDialog", u"L&ocation", None))
#if QT_CONFIG(accessibility)
        self.location_combo.setAccessibleName(QCoreApplication.translate("ReferDialog", u"Location", None))
#endif // QT_CONFIG(accessibility)
        self.field_of_action_label.setText(QCoreApplication.translate("ReferDialog", u"&Field of action", None))
#if QT_CONFIG(accessibility)
        self.field_of_action_combo.setAccessibleName(QCoreApplication.translate("ReferDialog", u"Field of action", None))
#endif // QT_CONFIG(accessibility)
        self.purpose_label.setText(QCoreApplication.translate("ReferDialog", u"&Purpose", None))
#if QT_CONFIG(accessibility)
        self.purpose_edit.setAccessibleName(QCoreApplication.translate("ReferDialog", u"Purpose", None))
#endif // QT_CONFIG(accessibility)
        self.purpose_edit.setPlaceholderText(QCoreApplication.translate("ReferDialog", u"What the person is interested in (no numbers, no health data)", None))
        self.appointment_check.setText(QCoreApplication.translate("ReferDialog", u"&Appointment", None))
#if QT_CONFIG(accessibility)
        self.appointment_edit.setAccessibleName(QCoreApplication.translate("ReferDialog", u"Appointment date and time", None))
#endif // QT_CONFIG(accessibility)
        self.person_display_label.setText(QCoreApplication.translate("ReferDialog", u"The slip names the person by", None))
        self.initials_radio.setText(QCoreApplication.translate("ReferDialog", u"&Initials", None))
        self.first_name_radio.setText(QCoreApplication.translate("ReferDialog", u"First &name", None))
        self.slip_language_label.setText(QCoreApplication.translate("ReferDialog", u"Slip lan&guage", None))
#if QT_CONFIG(accessibility)
        self.slip_language_combo.setAccessibleName(QCoreApplication.translate("ReferDialog", u"Language of the slip", None))
#endif // QT_CONFIG(accessibility)
        self.paper_label.setText(QCoreApplication.translate("ReferDialog", u"Pape&r", None))
#if QT_CONFIG(accessibility)
        self.paper_combo.setAccessibleName(QCoreApplication.translate("ReferDialog", u"Paper size", None))
#endif // QT_CONFIG(accessibility)
        self.share_group.setTitle(QCoreApplication.translate("ReferDialog", u"&Share with the receiving facility in Tresen", None))
        self.share_hint_label.setText(QCoreApplication.translate("ReferDialog", u"The receiving facility then sees this referral in Tresen, as the slip shows it. Only with the person's consent; the consent is recorded with the referral.", None))
        self.recipient_label.setText(QCoreApplication.translate("ReferDialog", u"R&ecipient", None))
#if QT_CONFIG(accessibility)
        self.recipient_edit.setAccessibleName(QCoreApplication.translate("ReferDialog", u"Recipient of the data", None))
#endif // QT_CONFIG(accessibility)
        self.data_label.setText(QCoreApplication.translate("ReferDialog", u"&Data passed on", None))
#if QT_CONFIG(accessibility)
        self.data_edit.setAccessibleName(QCoreApplication.translate("ReferDialog", u"Data passed on", None))
#endif // QT_CONFIG(accessibility)
        self.consent_purpose_label.setText(QCoreApplication.translate("ReferDialog", u"&Why", None))
#if QT_CONFIG(accessibility)
        self.consent_purpose_edit.setAccessibleName(QCoreApplication.translate("ReferDialog", u"Purpose of passing on the data", None))
#endif // QT_CONFIG(accessibility)
        self.manner_label.setText(QCoreApplication.translate("ReferDialog", u"Consent given", None))
        self.signed_radio.setText(QCoreApplication.translate("ReferDialog", u"Signed for&m", None))
        self.verbal_radio.setText(QCoreApplication.translate("ReferDialog", u"&Verbally", None))
    # retranslateUi


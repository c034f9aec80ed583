# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'volunteer_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QListView, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_VolunteerDialog(object):
    def setupUi(self, VolunteerDialog):
        if not VolunteerDialog.objectName():
            VolunteerDialog.setObjectName(u"VolunteerDialog")
        VolunteerDialog.resize(680, 620)
        self.main_layout = QVBoxLayout(VolunteerDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.tab_widget = QTabWidget(VolunteerDialog)
        self.tab_widget.setObjectName(u"tab_widget")
        self.person_tab = QWidget()
        self.person_tab.setObjectName(u"person_tab")
        self.person_layout = QGridLayout(self.person_tab)
        self.person_layout.setObjectName(u"person_layout")
        self.first_name_label = QLabel(self.person_tab)
        self.first_name_label.setObjectName(u"first_name_label")

        self.person_layout.addWidget(self.first_name_label, 0, 0, 1, 1)

        self.first_name_edit = QLineEdit(self.person_tab)
        self.first_name_edit.setObjectName(u"first_name_edit")

        self.person_layout.addWidget(self.first_name_edit, 0, 1, 1, 1)

        self.first_name_error_label = QLabel(self.person_tab)
        self.first_name_error_label.setObjectName(u"first_name_error_label")
        self.first_name_error_label.setWordWrap(True)
        self.first_name_error_label.setProperty(u"errorLabel", True)

        self.person_layout.addWidget(self.first_name_error_label, 1, 1, 1, 1)

        self.last_name_label = QLabel(self.person_tab)
        self.last_name_label.setObjectName(u"last_name_label")

        self.person_layout.addWidget(self.last_name_label, 2, 0, 1, 1)

        self.last_name_edit = QLineEdit(self.person_tab)
        self.last_name_edit.setObjectName(u"last_name_edit")

        self.person_layout.addWidget(self.last_name_edit, 2, 1, 1, 1)

        self.last_name_error_label = QLabel(self.person_tab)
        self.last_name_error_label.setObjectName(u"last_name_error_label")
        self.last_name_error_label.setWordWrap(True)
        self.last_name_error_label.setProperty(u"errorLabel", True)

        self.person_layout.addWidget(self.last_name_error_label, 3, 1, 1, 1)

        self.visitor_search_label = QLabel(self.person_tab)
        self.visitor_search_label.setObjectName(u"visitor_search_label")

        self.person_layout.addWidget(self.visitor_search_label, 4, 0, 1, 1)

        self.visitor_link_layout = QHBoxLayout()
        self.visitor_link_layout.setObjectName(u"visitor_link_layout")
        self.visitor_link_label = QLabel(self.person_tab)
        self.visitor_link_label.setObjectName(u"visitor_link_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.visitor_link_label.sizePolicy().hasHeightForWidth())
        self.visitor_link_label.setSizePolicy(sizePolicy)
        self.visitor_link_label.setWordWrap(True)

        self.visitor_link_layout.addWidget(self.visitor_link_label)

        self.unlink_visitor_button = QPushButton(self.person_tab)
        self.unlink_visitor_button.setObjectName(u"unlink_visitor_button")
        self.unlink_visitor_button.setAutoDefault(False)

        self.visitor_link_layout.addWidget(self.unlink_visitor_button)


        self.person_layout.addLayout(self.visitor_link_layout, 4, 1, 1, 1)

        self.visitor_search_edit = QLineEdit(self.person_tab)
        self.visitor_search_edit.setObjectName(u"visitor_search_edit")

        self.person_layout.addWidget(self.visitor_search_edit, 5, 1, 1, 1)

        self.visitor_results_list = QListWidget(self.person_tab)
        self.visitor_results_list.setObjectName(u"visitor_results_list")
        self.visitor_results_list.setMaximumSize(QSize(16777215, 92))

        self.person_layout.addWidget(self.visitor_results_list, 6, 1, 1, 1)

        self.email_label = QLabel(self.person_tab)
        self.email_label.setObjectName(u"email_label")

        self.person_layout.addWidget(self.email_label, 7, 0, 1, 1)

        self.email_edit = QLineEdit(self.person_tab)
        self.email_edit.setObjectName(u"email_edit")

        self.person_layout.addWidget(self.email_edit, 7, 1, 1, 1)

        self.email_error_label = QLabel(self.person_tab)
        self.email_error_label.setObjectName(u"email_error_label")
        self.email_error_label.setWordWrap(True)
        self.email_error_label.setProperty(u"errorLabel", True)

        self.person_layout.addWidget(self.email_error_label, 8, 1, 1, 1)

        self.phone_label = QLabel(self.person_tab)
        self.phone_label.setObjectName(u"phone_label")

        self.person_layout.addWidget(self.phone_label, 9, 0, 1, 1)

        self.phone_edit = QLineEdit(self.person_tab)
        self.phone_edit.setObjectName(u"phone_edit")

        self.person_layout.addWidget(self.phone_edit, 9, 1, 1, 1)

        self.phone_error_label = QLabel(self.person_tab)
        self.phone_error_label.setObjectName(u"phone_error_label")
        self.phone_error_label.setWordWrap(True)
        self.phone_error_label.setProperty(u"errorLabel", True)

        self.person_layout.addWidget(self.phone_error_label, 10, 1, 1, 1)

        self.birth_date_check = QCheckBox(self.person_tab)
        self.birth_date_check.setObjectName(u"birth_date_check")

        self.person_layout.addWidget(self.birth_date_check, 11, 0, 1, 1)

        self.birth_date_edit = QDateEdit(self.person_tab)
        self.birth_date_edit.setObjectName(u"birth_date_edit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.birth_date_edit.sizePolicy().hasHeightForWidth())
        self.birth_date_edit.setSizePolicy(sizePolicy1)
        self.birth_date_edit.setCalendarPopup(True)

        self.person_layout.addWidget(self.birth_date_edit, 11, 1, 1, 1, Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.birth_date_error_label = QLabel(self.person_tab)
        self.birth_date_error_label.setObjectName(u"birth_date_error_label")
        self.birth_date_error_label.setWordWrap(True)
        self.birth_date_error_label.setProperty(u"errorLabel", True)

        self.person_layout.addWidget(self.birth_date_error_label, 12, 1, 1, 1)

        self.birth_year_label = QLabel(self.person_tab)
        self.birth_year_label.setObjectName(u"birth_year_label")

        self.person_layout.addWidget(self.birth_year_label, 13, 0, 1, 1)

        self.birth_year_spin = QSpinBox(self.person_tab)
        self.birth_year_spin.setObjectName(u"birth_year_spin")
        sizePolicy1.setHeightForWidth(self.birth_year_spin.sizePolicy().hasHeightForWidth())
        self.birth_year_spin.setSizePolicy(sizePolicy1)
        self.birth_year_spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.birth_year_spin.setMinimum(1899)
        self.birth_year_spin.setMaximum(9999)
        self.birth_year_spin.setValue(1899)

        self.person_layout.addWidget(self.birth_year_spin, 13, 1, 1, 1, Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.birth_year_error_label = QLabel(self.person_tab)
        self.birth_year_error_label.setObjectName(u"birth_year_error_label")
        self.birth_year_error_label.setWordWrap(True)
        self.birth_year_error_label.setProperty(u"errorLabel", True)

        self.person_layout.addWidget(self.birth_year_error_label, 14, 1, 1, 1)

        self.notes_label = QLabel(self.person_tab)
        self.notes_label.setObjectName(u"notes_label")

        self.person_layout.addWidget(self.notes_label, 15, 0, 1, 1, Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.notes_edit = QPlainTextEdit(self.person_tab)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)

        self.person_layout.addWidget(self.notes_edit, 15, 1, 1, 1)

        self.notes_warning_label = QLabel(self.person_tab)
        self.notes_warning_label.setObjectName(u"notes_warning_label")
        self.notes_warning_label.setProperty(u"warningLabel", True)
        self.notes_warning_label.setWordWrap(True)

        self.person_layout.addWidget(self.notes_warning_label, 16, 1, 1, 1)

        self.notes_error_label = QLabel(self.person_tab)
        self.notes_error_label.setObjectName(u"notes_error_label")
        self.notes_error_label.setWordWrap(True)
        self.notes_error_label.setProperty(u"errorLabel", True)

        self.person_layout.addWidget(self.notes_error_label, 17, 1, 1, 1)

        self.person_layout.setColumnStretch(1, 1)
        self.tab_widget.addTab(self.person_tab, "")
        self.engagement_tab = QWidget()
        self.engagement_tab.setObjectName(u"engagement_tab")
        self.engagement_layout = QVBoxLayout(self.engagement_tab)
        self.engagement_layout.setObjectName(u"engagement_layout")
        self.engagement_fields_layout = QGridLayout()
        self.engagement_fields_layout.setObjectName(u"engagement_fields_layout")
        self.started_on_check = QCheckBox(self.engagement_tab)
        self.started_on_check.setObjectName(u"started_on_check")

        self.engagement_fields_layout.addWidget(self.started_on_check, 0, 0, 1, 1)

        self.started_on_edit = QDateEdit(self.engagement_tab)
        self.started_on_edit.setObjectName(u"started_on_edit")
        sizePolicy1.setHeightForWidth(self.started_on_edit.sizePolicy().hasHeightForWidth())
        self.started_on_edit.setSizePolicy(sizePolicy1)
        self.started_on_edit.setCalendarPopup(True)

        self.engagement_fields_layout.addWidget(self.started_on_edit, 0, 1, 1, 1, Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.ended_on_check = QCheckBox(self.engagement_tab)
        self.ended_on_check.setObjectName(u"ended_on_check")

        self.engagement_fields_layout.addWidget(self.ended_on_check, 1, 0, 1, 1)

        self.ended_on_edit = QDateEdit(self.engagement_tab)
        self.ended_on_edit.setObjectName(u"ended_on_edit")
        sizePolicy1.setHeightForWidth(self.ended_on_edit.sizePolicy().hasHeightForWidth())
        self.ended_on_edit.setSizePolicy(sizePolicy1)
        self.ended_on_edit.setCalendarPopup(True)

        self.engagement_fields_layout.addWidget(self.ended_on_edit, 1, 1, 1, 1, Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.ended_on_error_label = QLabel(self.engagement_tab)
        self.ended_on_error_label.setObjectName(u"ended_on_error_label")
        self.ended_on_error_label.setWordWrap(True)
        self.ended_on_error_label.setProperty(u"errorLabel", True)

        self.engagement_fields_layout.addWidget(self.ended_on_error_label, 2, 1, 1, 1)

        self.agreement_signed_check = QCheckBox(self.engagement_tab)
        self.agreement_signed_check.setObjectName(u"agreement_signed_check")

        self.engagement_fields_layout.addWidget(self.agreement_signed_check, 3, 0, 1, 1)

        self.agreement_signed_edit = QDateEdit(self.engagement_tab)
        self.agreement_signed_edit.setObjectName(u"agreement_signed_edit")
        sizePolicy1.setHeightForWidth(self.agreement_signed_edit.sizePolicy().hasHeightForWidth())
        self.agreement_signed_edit.setSizePolicy(sizePolicy1)
        self.agreement_signed_edit.setCalendarPopup(True)

        self.engagement_fields_layout.addWidget(self.agreement_signed_edit, 3, 1, 1, 1, Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.agreement_signed_error_label = QLabel(self.engagement_tab)
        self.agreement_signed_error_label.setObjectName(u"agreement_signed_error_label")
        self.agreement_signed_error_label.setWordWrap(True)
        self.agreement_signed_error_label.setProperty(u"errorLabel", True)

        self.engagement_fields_layout.addWidget(self.agreement_signed_error_label, 4, 1, 1, 1)

        self.police_certificate_check = QCheckBox(self.engagement_tab)
        self.police_certificate_check.setObjectName(u"police_certificate_check")

        self.engagement_fields_layout.addWidget(self.police_certificate_check, 5, 0, 1, 1)

        self.police_certificate_edit = QDateEdit(self.engagement_tab)
        self.police_certificate_edit.setObjectName(u"police_certificate_edit")
        sizePolicy1.setHeightForWidth(self.police_certificate_edit.sizePolicy().hasHeightForWidth())
        self.police_certificate_edit.setSizePolicy(sizePolicy1)
        self.police_certificate_edit.setCalendarPopup(True)

        self.engagement_fields_layout.addWidget(self.police_certificate_edit, 5, 1, 1, 1, Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.police_certificate_error_label = QLabel(self.engagement_tab)
        self.police_certificate_error_label.setObjectName(u"police_certificate_error_label")
        self.police_certificate_error_label.setWordWrap(True)
        self.police_certificate_error_label.setProperty(u"errorLabel", True)

        self.engagement_fields_layout.addWidget(self.police_certificate_error_label, 6, 1, 1, 1)

        self.school_pass_check = QCheckBox(self.engagement_tab)
        self.school_pass_check.setObjectName(u"school_pass_check")

        self.engagement_fields_layout.addWidget(self.school_pass_check, 7, 0, 1, 1)

        self.school_pass_hint_label = QLabel(self.engagement_tab)
        self.school_pass_hint_label.setObjectName(u"school_pass_hint_label")
        self.school_pass_hint_label.setWordWrap(True)

        self.engagement_fields_layout.addWidget(self.school_pass_hint_label, 7, 1, 1, 1)

        self.engagement_fields_layout.setColumnStretch(1, 1)

        self.engagement_layout.addLayout(self.engagement_fields_layout)

        self.activities_layout = QHBoxLayout()
        self.activities_layout.setObjectName(u"activities_layout")
        self.activities_master_widget = QWidget(self.engagement_tab)
        self.activities_master_widget.setObjectName(u"activities_master_widget")
        self.activities_master_widget.setMaximumSize(QSize(240, 16777215))
        self.activities_master_layout = QVBoxLayout(self.activities_master_widget)
        self.activities_master_layout.setObjectName(u"activities_master_layout")
        self.activities_master_layout.setContentsMargins(0, 0, 0, 0)
        self.activities_list_label = QLabel(self.activities_master_widget)
        self.activities_list_label.setObjectName(u"activities_list_label")
        self.activities_list_label.setWordWrap(True)

        self.activities_master_layout.addWidget(self.activities_list_label)

        self.activities_list = QListWidget(self.activities_master_widget)
        self.activities_list.setObjectName(u"activities_list")
        self.activities_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.activities_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.activities_list.setWordWrap(True)

        self.activities_master_layout.addWidget(self.activities_list)

        self.activities_buttons_layout = QHBoxLayout()
        self.activities_buttons_layout.setObjectName(u"activities_buttons_layout")
        self.add_activity_button = QPushButton(self.activities_master_widget)
        self.add_activity_button.setObjectName(u"add_activity_button")
        self.add_activity_button.setAutoDefault(False)

        self.activities_buttons_layout.addWidget(self.add_activity_button)

        self.remove_activity_button = QPushButton(self.activities_master_widget)
        self.remove_activity_button.setObjectName(u"remove_activity_button")
        self.remove_activity_button.setAutoDefault(False)

        self.activities_buttons_layout.addWidget(self.remove_activity_button)


        self.activities_master_layout.addLayout(self.activities_buttons_layout)


        self.activities_layout.addWidget(self.activities_master_widget)

        self.activity_side_widget = QWidget(self.engagement_tab)
        self.activity_side_widget.setObjectName(u"activity_side_widget")
        self.activity_side_layout = QVBoxLayout(self.activity_side_widget)
        self.activity_side_layout.setObjectName(u"activity_side_layout")
        self.activity_side_layout.setContentsMargins(0, 0, 0, 0)
        self.no_activities_label = QLabel(self.activity_side_widget)
        self.no_activities_label.setObjectName(u"no_activities_label")
        self.no_activities_label.setWordWrap(True)

        self.activity_side_layout.addWidget(self.no_activities_label)

        self.activity_details_widget = QWidget(self.activity_side_widget)
        self.activity_details_widget.setObjectName(u"activity_details_widget")
        self.activity_details_layout = QGridLayout(self.activity_details_widget)
        self.activity_details_layout.setObjectName(u"activity_details_layout")
        self.activity_details_layout.setContentsMargins(0, 0, 0, 0)
        self.activity_name_label = QLabel(self.activity_details_widget)
        self.activity_name_label.setObjectName(u"activity_name_label")

        self.activity_details_layout.addWidget(self.activity_name_label, 0, 0, 1, 1)

        self.activity_name_edit = QLineEdit(self.activity_details_widget)
        self.activity_name_edit.setObjectName(u"activity_name_edit")

        self.activity_details_layout.addWidget(self.activity_name_edit, 0, 1, 1, 1)

        self.activity_name_error_label = QLabel(self.activity_details_widget)
        self.activity_name_error_label.setObjectName(u"activity_name_error_label")
        self.activity_name_error_label.setWordWrap(True)
        self.activity_name_error_label.setProperty(u"errorLabel", True)

        self.activity_details_layout.addWidget(self.activity_name_error_label, 1, 1, 1, 1)

        self.activity_offer_label = QLabel(self.activity_details_widget)
        self.activity_offer_label.setObjectName(u"activity_offer_label")

        self.activity_details_layout.addWidget(self.activity_offer_label, 2, 0, 1, 1)

        self.activity_offer_combo = QComboBox(self.activity_details_widget)
        self.activity_offer_combo.setObjectName(u"activity_offer_combo")

        self.activity_details_layout.addWidget(self.activity_offer_combo, 2, 1, 1, 1)

        self.activity_offer_hint_label = QLabel(self.activity_details_widget)
        self.activity_offer_hint_label.setObjectName(u"activity_offer_hint_label")
        self.activity_offer_hint_label.setWordWrap(True)

        self.activity_details_layout.addWidget(self.activity_offer_hint_label, 3, 1, 1, 1)


        self.activity_side_layout.addWidget(self.activity_details_widget)

        self.activity_side_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.activity_side_layout.addItem(self.activity_side_spacer)


        self.activities_layout.addWidget(self.activity_side_widget)

        self.activities_layout.setStretch(1, 1)

        self.engagement_layout.addLayout(self.activities_layout)

        self.engagement_layout.setStretch(1, 1)
        self.tab_widget.addTab(self.engagement_tab, "")
        self.training_tab = QWidget()
        self.training_tab.setObjectName(u"training_tab")
        self.training_layout = QHBoxLayout(self.training_tab)
        self.training_layout.setObjectName(u"training_layout")
        self.trainings_master_widget = QWidget(self.training_tab)
        self.trainings_master_widget.setObjectName(u"trainings_master_widget")
        self.trainings_master_widget.setMaximumSize(QSize(240, 16777215))
        self.trainings_master_layout = QVBoxLayout(self.trainings_master_widget)
        self.trainings_master_layout.setObjectName(u"trainings_master_layout")
        self.trainings_master_layout.setContentsMargins(0, 0, 0, 0)
        self.trainings_list_label = QLabel(self.trainings_master_widget)
        self.trainings_list_label.setObjectName(u"trainings_list_label")
        self.trainings_list_label.setWordWrap(True)

        self.trainings_master_layout.addWidget(self.trainings_list_label)

        self.trainings_list = QListWidget(self.trainings_master_widget)
        self.trainings_list.setObjectName(u"trainings_list")
        self.trainings_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.trainings_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.trainings_list.setWordWrap(True)

        self.trainings_master_layout.addWidget(self.trainings_list)

        self.trainings_buttons_layout = QHBoxLayout()
        self.trainings_buttons_layout.setObjectName(u"trainings_buttons_layout")
        self.add_training_button = QPushButton(self.trainings_master_widget)
        self.add_training_button.setObjectName(u"add_training_button")
        self.add_training_button.setAutoDefault(False)

        self.trainings_buttons_layout.addWidget(self.add_training_button)

        self.remove_training_button = QPushButton(self.trainings_master_widget)
        self.remove_training_button.setObjectName(u"remove_training_button")
        self.remove_training_button.setAutoDefault(False)

        self.trainings_buttons_layout.addWidget(self.remove_training_button)


        self.trainings_master_layout.addLayout(self.trainings_buttons_layout)


        self.training_layout.addWidget(self.trainings_master_widget)

        self.training_side_widget = QWidget(self.training_tab)
        self.training_side_widget.setObjectName(u"training_side_widget")
        self.training_side_layout = QVBoxLayout(self.training_side_widget)
        self.training_side_layout.setObjectName(u"training_side_layout")
        self.training_side_layout.setContentsMargins(0, 0, 0, 0)
        self.no_trainings_label = QLabel(self.training_side_widget)
        self.no_trainings_label.setObjectName(u"no_trainings_label")
        self.no_trainings_label.setWordWrap(True)

        self.training_side_layout.addWidget(self.no_trainings_label)

        self.training_details_widget = QWidget(self.training_side_widget)
        self.training_details_widget.setObjectName(u"training_details_widget")
        self.training_details_layout = QGridLayout(self.training_details_widget)
        self.training_details_layout.setObjectName(u"training_details_layout")
        self.training_details_layout.setContentsMargins(0, 0, 0, 0)
        self.training_title_label = QLabel(self.training_details_widget)
        self.training_title_label.setObjectName(u"training_title_label")

        self.training_details_layout.addWidget(self.training_title_label, 0, 0, 1, 1)

        self.training_title_edit = QLineEdit(self.training_details_widget)
        self.training_title_edit.setObjectName(u"training_title_edit")

        self.training_details_layout.addWidget(self.training_title_edit, 0, 1, 1, 1)

        self.training_title_error_label = QLabel(self.training_details_widget)
        self.training_title_error_label.setObjectName(u"training_title_error_label")
        self.training_title_error_label.setWordWrap(True)
        self.training_title_error_label.setProperty(u"errorLabel", True)

        self.training_details_layout.addWidget(self.training_title_error_label, 1, 1, 1, 1)

        self.training_held_on_label = QLabel(self.training_details_widget)
        self.training_held_on_label.setObjectName(u"training_held_on_label")

        self.training_details_layout.addWidget(self.training_held_on_label, 2, 0, 1, 1)

        self.training_held_on_edit = QDateEdit(self.training_details_widget)
        self.training_held_on_edit.setObjectName(u"training_held_on_edit")
        sizePolicy1.setHeightForWidth(self.training_held_on_edit.sizePolicy().hasHeightForWidth())
        self.training_held_on_edit.setSizePolicy(sizePolicy1)
        self.training_held_on_edit.setCalendarPopup(True)

        self.training_details_layout.addWidget(self.training_held_on_edit, 2, 1, 1, 1, Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.training_held_on_error_label = QLabel(self.training_details_widget)
        self.training_held_on_error_label.setObjectName(u"training_held_on_error_label")
        self.training_held_on_error_label.setWordWrap(True)
        self.training_held_on_error_label.setProperty(u"errorLabel", True)

        self.training_details_layout.addWidget(self.training_held_on_error_label, 3, 1, 1, 1)

        self.training_hours_label = QLabel(self.training_details_widget)
        self.training_hours_label.setObjectName(u"training_hours_label")

        self.training_details_layout.addWidget(self.training_hours_label, 4, 0, 1, 1)

        self.training_hours_edit = QLineEdit(self.training_details_widget)
        self.training_hours_edit.setObjectName(u"training_hours_edit")
        self.training_hours_edit.setMaximumSize(QSize(120, 16777215))

        self.training_details_layout.addWidget(self.training_hours_edit, 4, 1, 1, 1, Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.training_hours_hint_label = QLabel(self.training_details_widget)
        self.training_hours_hint_label.setObjectName(u"training_hours_hint_label")
        self.training_hours_hint_label.setWordWrap(True)

        self.training_details_layout.addWidget(self.training_hours_hint_label, 5, 1, 1, 1)

        self.training_hours_error_label = QLabel(self.training_details_widget)
        self.training_hours_error_label.setObjectName(u"training_hours_error_label")
        self.training_hours_error_label.setWordWrap(True)
        self.training_hours_error_label.setProperty(u"errorLabel", True)

        self.training_details_layout.addWidget(self.training_hours_error_label, 6, 1, 1, 1)


        self.training_side_layout.addWidget(self.training_details_widget)

        self.training_side_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.training_side_layout.addItem(self.training_side_spacer)


        self.training_layout.addWidget(self.training_side_widget)

        self.training_layout.setStretch(1, 1)
        self.tab_widget.addTab(self.training_tab, "")

        self.main_layout.addWidget(self.tab_widget)

        self.button_box = QDialogButtonBox(VolunteerDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.first_name_label.setBuddy(self.first_name_edit)
        self.last_name_label.setBuddy(self.last_name_edit)
        self.visitor_search_label.setBuddy(self.visitor_search_edit)
        self.email_label.setBuddy(self.email_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.birth_year_label.setBuddy(self.birth_year_spin)
        self.notes_label.setBuddy(self.notes_edit)
        self.activities_list_label.setBuddy(self.activities_list)
        self.activity_name_label.setBuddy(self.activity_name_edit)
        self.activity_offer_label.setBuddy(self.activity_offer_combo)
        self.trainings_list_label.setBuddy(self.trainings_list)
        self.training_title_label.setBuddy(self.training_title_edit)
        self.training_held_on_label.setBuddy(self.training_held_on_edit)
        self.training_hours_label.setBuddy(self.training_hours_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tab_widget, self.first_name_edit)
        QWidget.setTabOrder(self.first_name_edit, self.last_name_edit)
        QWidget.setTabOrder(self.last_name_edit, self.unlink_visitor_button)
        QWidget.setTabOrder(self.unlink_visitor_button, self.visitor_search_edit)
        QWidget.setTabOrder(self.visitor_search_edit, self.visitor_results_list)
        QWidget.setTabOrder(self.visitor_results_list, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.birth_date_check)
        QWidget.setTabOrder(self.birth_date_check, self.birth_date_edit)
        QWidget.setTabOrder(self.birth_date_edit, self.birth_year_spin)
        QWidget.setTabOrder(self.birth_year_spin, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.started_on_check)
        QWidget.setTabOrder(self.started_on_check, self.started_on_edit)
        QWidget.setTabOrder(self.started_on_edit, self.ended_on_check)
        QWidget.setTabOrder(self.ended_on_check, self.ended_on_edit)
        QWidget.setTabOrder(self.ended_on_edit, self.agreement_signed_check)
        QWidget.setTabOrder(self.agreement_signed_check, self.agreement_signed_edit)
        QWidget.setTabOrder(self.agreement_signed_edit, self.police_certificate_check)
        QWidget.setTabOrder(self.police_certificate_check, self.police_certificate_edit)
        QWidget.setTabOrder(self.police_certificate_edit, self.school_pass_check)
        QWidget.setTabOrder(self.school_pass_check, self.activities_list)
        QWidget.setTabOrder(self.activities_list, self.add_activity_button)
        QWidget.setTabOrder(self.add_activity_button, self.remove_activity_button)
        QWidget.setTabOrder(self.remove_activity_button, self.activity_name_edit)
        QWidget.setTabOrder(self.activity_name_edit, self.activity_offer_combo)
        QWidget.setTabOrder(self.activity_offer_combo, self.trainings_list)
        QWidget.setTabOrder(self.trainings_list, self.add_training_button)
        QWidget.setTabOrder(self.add_training_button, self.remove_training_button)
        QWidget.setTabOrder(self.remove_training_button, self.training_title_edit)
        QWidget.setTabOrder(self.training_title_edit, self.training_held_on_edit)
        QWidget.setTabOrder(self.training_held_on_edit, self.training_hours_edit)
        QWidget.setTabOrder(self.training_hours_edit, self.button_box)

        self.retranslateUi(VolunteerDialog)

        self.tab_widget.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, VolunteerDialog):
        VolunteerDialog.setWindowTitle(QCoreApplication.translate("VolunteerDialog", u"New volunteer", None))
        self.first_name_label.setText(QCoreApplication.translate("VolunteerDialog", u"&First name *", None))
#if QT_CONFIG(accessibility)
        self.first_name_edit.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"First name (required)", None))
#endif // QT_CONFIG(accessibility)
        self.last_name_label.setText(QCoreApplication.translate("VolunteerDialog", u"&Last name", None))
#if QT_CONFIG(accessibility)
        self.last_name_edit.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Last name", None))
#endif // QT_CONFIG(accessibility)
        self.visitor_search_label.setText(QCoreApplication.translate("VolunteerDialog", u"Same person as &visitor", None))
        self.visitor_link_label.setText(QCoreApplication.translate("VolunteerDialog", u"Not linked to a visitor", None))
#if QT_CONFIG(accessibility)
        self.unlink_visitor_button.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Remove the link to the visitor", None))
#endif // QT_CONFIG(accessibility)
        self.unlink_visitor_button.setText(QCoreApplication.translate("VolunteerDialog", u"Remove lin&k", None))
#if QT_CONFIG(accessibility)
        self.visitor_search_edit.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Search for the same person among the visitors", None))
#endif // QT_CONFIG(accessibility)
        self.visitor_search_edit.setPlaceholderText(QCoreApplication.translate("VolunteerDialog", u"Type part of the name or the visitor number", None))
#if QT_CONFIG(accessibility)
        self.visitor_results_list.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Visitors found", None))
#endif // QT_CONFIG(accessibility)
        self.email_label.setText(QCoreApplication.translate("VolunteerDialog", u"E-&mail", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.phone_label.setText(QCoreApplication.translate("VolunteerDialog", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.birth_date_check.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Date of birth given", None))
#endif // QT_CONFIG(accessibility)
        self.birth_date_check.setText(QCoreApplication.translate("VolunteerDialog", u"Date of &birth", None))
#if QT_CONFIG(accessibility)
        self.birth_date_edit.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.birth_year_label.setText(QCoreApplication.translate("VolunteerDialog", u"&Year of birth", None))
#if QT_CONFIG(accessibility)
        self.birth_year_spin.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Year of birth", None))
#endif // QT_CONFIG(accessibility)
        self.birth_year_spin.setSpecialValueText(QCoreApplication.translate("VolunteerDialog", u"not given", None))
        self.notes_label.setText(QCoreApplication.translate("VolunteerDialog", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.notes_warning_label.setText(QCoreApplication.translate("VolunteerDialog", u"Do not record health, disability, religion, ethnicity, sexual orientation or similar sensitive data here.", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.person_tab), QCoreApplication.translate("VolunteerDialog", u"&Person", None))
#if QT_CONFIG(accessibility)
        self.started_on_check.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Start date given", None))
#endif // QT_CONFIG(accessibility)
        self.started_on_check.setText(QCoreApplication.translate("VolunteerDialog", u"&Started on", None))
#if QT_CONFIG(accessibility)
        self.started_on_edit.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Start of the engagement", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ended_on_check.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"End date given", None))
#endif // QT_CONFIG(accessibility)
        self.ended_on_check.setText(QCoreApplication.translate("VolunteerDialog", u"En&ded on", None))
#if QT_CONFIG(accessibility)
        self.ended_on_edit.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"End of the engagement", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.agreement_signed_check.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Volunteer agreement signed", None))
#endif // QT_CONFIG(accessibility)
        self.agreement_signed_check.setText(QCoreApplication.translate("VolunteerDialog", u"A&greement signed on", None))
#if QT_CONFIG(accessibility)
        self.agreement_signed_edit.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Date the volunteer agreement was signed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.police_certificate_check.setToolTip(QCoreApplication.translate("VolunteerDialog", u"Only the date on which the police clearance certificate (F\u00fchrungszeugnis) was seen is recorded, as needed for work with children; never the certificate's content.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.police_certificate_check.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Police clearance certificate seen", None))
#endif // QT_CONFIG(accessibility)
        self.police_certificate_check.setText(QCoreApplication.translate("VolunteerDialog", u"Police c&learance certificate seen on", None))
#if QT_CONFIG(tooltip)
        self.police_certificate_edit.setToolTip(QCoreApplication.translate("VolunteerDialog", u"Only the date on which the police clearance certificate (F\u00fchrungszeugnis) was seen is recorded, as needed for work with children; never the certificate's content.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.police_certificate_edit.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Date the police clearance certificate was seen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.school_pass_check.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"FreiwilligenPass school variant, for pupils engaged through their school", None))
#endif // QT_CONFIG(accessibility)
        self.school_pass_check.setText(QCoreApplication.translate("VolunteerDialog", u"FreiwilligenPass: sc&hool variant", None))
        self.school_pass_hint_label.setText(QCoreApplication.translate("VolunteerDialog", u"For pupils engaged through their school.", None))
        self.activities_list_label.setText(QCoreApplication.translate("VolunteerDialog", u"&Activities", None))
#if QT_CONFIG(accessibility)
        self.activities_list.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Activities of the volunteer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.add_activity_button.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Add an activity", None))
#endif // QT_CONFIG(accessibility)
        self.add_activity_button.setText(QCoreApplication.translate("VolunteerDialog", u"Add a&ctivity", None))
#if QT_CONFIG(accessibility)
        self.remove_activity_button.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Remove the selected activity", None))
#endif // QT_CONFIG(accessibility)
        self.remove_activity_button.setText(QCoreApplication.translate("VolunteerDialog", u"&Remove", None))
        self.no_activities_label.setText(QCoreApplication.translate("VolunteerDialog", u"No activities yet. Add what the volunteer does with \u201cAdd activity\u201d.", None))
        self.activity_name_label.setText(QCoreApplication.translate("VolunteerDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.activity_name_edit.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Name of the activity", None))
#endif // QT_CONFIG(accessibility)
        self.activity_name_edit.setPlaceholderText(QCoreApplication.translate("VolunteerDialog", u"e.g. reading to children", None))
        self.activity_offer_label.setText(QCoreApplication.translate("VolunteerDialog", u"O&ffer", None))
#if QT_CONFIG(accessibility)
        self.activity_offer_combo.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Offer the activity belongs to", None))
#endif // QT_CONFIG(accessibility)
        self.activity_offer_hint_label.setText(QCoreApplication.translate("VolunteerDialog", u"Optional: the facility's offer in which the volunteer helps.", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.engagement_tab), QCoreApplication.translate("VolunteerDialog", u"&Engagement", None))
        self.trainings_list_label.setText(QCoreApplication.translate("VolunteerDialog", u"Trainin&gs attended", None))
#if QT_CONFIG(accessibility)
        self.trainings_list.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Trainings the volunteer attended", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.add_training_button.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Add a training", None))
#endif // QT_CONFIG(accessibility)
        self.add_training_button.setText(QCoreApplication.translate("VolunteerDialog", u"&Add training", None))
#if QT_CONFIG(accessibility)
        self.remove_training_button.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Remove the selected training", None))
#endif // QT_CONFIG(accessibility)
        self.remove_training_button.setText(QCoreApplication.translate("VolunteerDialog", u"&Remove", None))
        self.no_trainings_label.setText(QCoreApplication.translate("VolunteerDialog", u"No trainings recorded. Add one with \u201cAdd training\u201d.", None))
        self.training_title_label.setText(QCoreApplication.translate("VolunteerDialog", u"T&itle", None))
#if QT_CONFIG(accessibility)
        self.training_title_edit.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Title of the training", None))
#endif // QT_CONFIG(accessibility)
        self.training_title_edit.setPlaceholderText(QCoreApplication.translate("VolunteerDialog", u"e.g. first aid for children", None))
        self.training_held_on_label.setText(QCoreApplication.translate("VolunteerDialog", u"Held &on", None))
#if QT_CONFIG(accessibility)
        self.training_held_on_edit.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Date of the training", None))
#endif // QT_CONFIG(accessibility)
        self.training_hours_label.setText(QCoreApplication.translate("VolunteerDialog", u"&Hours", None))
#if QT_CONFIG(accessibility)
        self.training_hours_edit.setAccessibleName(QCoreApplication.translate("VolunteerDialog", u"Hours of the training", None))
#endif // QT_CONFIG(accessibility)
        self.training_hours_edit.setPlaceholderText(QCoreApplication.translate("VolunteerDialog", u"2,5", None))
        self.training_hours_hint_label.setText(QCoreApplication.translate("VolunteerDialog", u"In quarter hours, for example 2,5 or 2:30. Leave empty if not known.", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.training_tab), QCoreApplication.translate("VolunteerDialog", u"&Training", None))
    # retranslateUi


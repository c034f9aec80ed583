# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(720, 560)
        self.main_layout = QVBoxLayout(SettingsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.tab_widget = QTabWidget(SettingsDialog)
        self.tab_widget.setObjectName(u"tab_widget")
        self.tab_widget.setUsesScrollButtons(False)
        self.general_tab = QWidget()
        self.general_tab.setObjectName(u"general_tab")
        self.general_layout = QVBoxLayout(self.general_tab)
        self.general_layout.setObjectName(u"general_layout")
        self.general_fields_layout = QGridLayout()
        self.general_fields_layout.setObjectName(u"general_fields_layout")
        self.language_label = QLabel(self.general_tab)
        self.language_label.setObjectName(u"language_label")

        self.general_fields_layout.addWidget(self.language_label, 0, 0, 1, 1)

        self.language_combo = QComboBox(self.general_tab)
        self.language_combo.setObjectName(u"language_combo")

        self.general_fields_layout.addWidget(self.language_combo, 0, 1, 1, 1)

        self.visit_rule_label = QLabel(self.general_tab)
        self.visit_rule_label.setObjectName(u"visit_rule_label")

        self.general_fields_layout.addWidget(self.visit_rule_label, 1, 0, 1, 1)

        self.visit_rule_combo = QComboBox(self.general_tab)
        self.visit_rule_combo.setObjectName(u"visit_rule_combo")

        self.general_fields_layout.addWidget(self.visit_rule_combo, 1, 1, 1, 1)

        self.new_visitor_rule_label = QLabel(self.general_tab)
        self.new_visitor_rule_label.setObjectName(u"new_visitor_rule_label")

        self.general_fields_layout.addWidget(self.new_visitor_rule_label, 2, 0, 1, 1)

        self.new_visitor_rule_combo = QComboBox(self.general_tab)
        self.new_visitor_rule_combo.setObjectName(u"new_visitor_rule_combo")

        self.general_fields_layout.addWidget(self.new_visitor_rule_combo, 2, 1, 1, 1)


        self.general_layout.addLayout(self.general_fields_layout)

        self.general_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.general_layout.addItem(self.general_spacer)

        self.tab_widget.addTab(self.general_tab, "")
        self.facility_tab = QWidget()
        self.facility_tab.setObjectName(u"facility_tab")
        self.facility_layout = QVBoxLayout(self.facility_tab)
        self.facility_layout.setObjectName(u"facility_layout")
        self.facility_fields_layout = QGridLayout()
        self.facility_fields_layout.setObjectName(u"facility_fields_layout")
        self.name_label = QLabel(self.facility_tab)
        self.name_label.setObjectName(u"name_label")

        self.facility_fields_layout.addWidget(self.name_label, 0, 0, 1, 1)

        self.name_edit = QLineEdit(self.facility_tab)
        self.name_edit.setObjectName(u"name_edit")

        self.facility_fields_layout.addWidget(self.name_edit, 0, 1, 1, 1)

        self.name_error_label = QLabel(self.facility_tab)
        self.name_error_label.setObjectName(u"name_error_label")
        self.name_error_label.setWordWrap(True)
        self.name_error_label.setProperty(u"errorLabel", True)

        self.facility_fields_layout.addWidget(self.name_error_label, 1, 1, 1, 1)

        self.kind_label = QLabel(self.facility_tab)
        self.kind_label.setObjectName(u"kind_label")

        self.facility_fields_layout.addWidget(self.kind_label, 2, 0, 1, 1)

        self.kind_combo = QComboBox(self.facility_tab)
        self.kind_combo.setObjectName(u"kind_combo")

        self.facility_fields_layout.addWidget(self.kind_combo, 2, 1, 1, 1)

        self.street_label = QLabel(self.facility_tab)
        self.street_label.setObjectName(u"street_label")

        self.facility_fields_layout.addWidget(self.street_label, 3, 0, 1, 1)

        self.street_edit = QLineEdit(self.facility_tab)
        self.street_edit.setObjectName(u"street_edit")

        self.facility_fields_layout.addWidget(self.street_edit, 3, 1, 1, 1)

        self.street_error_label = QLabel(self.facility_tab)
        self.street_error_label.setObjectName(u"street_error_label")
        self.street_error_label.setWordWrap(True)
        self.street_error_label.setProperty(u"errorLabel", True)

        self.facility_fields_layout.addWidget(self.street_error_label, 4, 1, 1, 1)

        self.postcode_label = QLabel(self.facility_tab)
        self.postcode_label.setObjectName(u"postcode_label")

        self.facility_fields_layout.addWidget(self.postcode_label, 5, 0, 1, 1)

        self.postcode_edit = QLineEdit(self.facility_tab)
        self.postcode_edit.setObjectName(u"postcode_edit")

        self.facility_fields_layout.addWidget(self.postcode_edit, 5, 1, 1, 1)

        self.postcode_error_label = QLabel(self.facility_tab)
        self.postcode_error_label.setObjectName(u"postcode_error_label")
        self.postcode_error_label.setWordWrap(True)
        self.postcode_error_label.setProperty(u"errorLabel", True)

        self.facility_fields_layout.addWidget(self.postcode_error_label, 6, 1, 1, 1)

        self.city_label = QLabel(self.facility_tab)
        self.city_label.setObjectName(u"city_label")

        self.facility_fields_layout.addWidget(self.city_label, 7, 0, 1, 1)

        self.city_edit = QLineEdit(self.facility_tab)
        self.city_edit.setObjectName(u"city_edit")

        self.facility_fields_layout.addWidget(self.city_edit, 7, 1, 1, 1)

        self.city_error_label = QLabel(self.facility_tab)
        self.city_error_label.setObjectName(u"city_error_label")
        self.city_error_label.setWordWrap(True)
        self.city_error_label.setProperty(u"errorLabel", True)

        self.facility_fields_layout.addWidget(self.city_error_label, 8, 1, 1, 1)

        self.phone_label = QLabel(self.facility_tab)
        self.phone_label.setObjectName(u"phone_label")

        self.facility_fields_layout.addWidget(self.phone_label, 9, 0, 1, 1)

        self.phone_edit = QLineEdit(self.facility_tab)
        self.phone_edit.setObjectName(u"phone_edit")

        self.facility_fields_layout.addWidget(self.phone_edit, 9, 1, 1, 1)

        self.phone_error_label = QLabel(self.facility_tab)
        self.phone_error_label.setObjectName(u"phone_error_label")
        self.phone_error_label.setWordWrap(True)
        self.phone_error_label.setProperty(u"errorLabel", True)

        self.facility_fields_layout.addWidget(self.phone_error_label, 10, 1, 1, 1)

        self.email_label = QLabel(self.facility_tab)
        self.email_label.setObjectName(u"email_label")

        self.facility_fields_layout.addWidget(self.email_label, 11, 0, 1, 1)

        self.email_edit = QLineEdit(self.facility_tab)
        self.email_edit.setObjectName(u"email_edit")

        self.facility_fields_layout.addWidget(self.email_edit, 11, 1, 1, 1)

        self.email_error_label = QLabel(self.facility_tab)
        self.email_error_label.setObjectName(u"email_error_label")
        self.email_error_label.setWordWrap(True)
        self.email_error_label.setProperty(u"errorLabel", True)

        self.facility_fields_layout.addWidget(self.email_error_label, 12, 1, 1, 1)

        self.contact_person_label = QLabel(self.facility_tab)
        self.contact_person_label.setObjectName(u"contact_person_label")

        self.facility_fields_layout.addWidget(self.contact_person_label, 13, 0, 1, 1)

        self.contact_person_edit = QLineEdit(self.facility_tab)
        self.contact_person_edit.setObjectName(u"contact_person_edit")

        self.facility_fields_layout.addWidget(self.contact_person_edit, 13, 1, 1, 1)

        self.contact_person_error_label = QLabel(self.facility_tab)
        self.contact_person_error_label.setObjectName(u"contact_person_error_label")
        self.contact_person_error_label.setWordWrap(True)
        self.contact_person_error_label.setProperty(u"errorLabel", True)

        self.facility_fields_layout.addWidget(self.contact_person_error_label, 14, 1, 1, 1)

        self.last_name_required_check = QCheckBox(self.facility_tab)
        self.last_name_required_check.setObjectName(u"last_name_required_check")

        self.facility_fields_layout.addWidget(self.last_name_required_check, 15, 1, 1, 1)


        self.facility_layout.addLayout(self.facility_fields_layout)

        self.facility_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.facility_layout.addItem(self.facility_spacer)

        self.tab_widget.addTab(self.facility_tab, "")
        self.fields_tab = QWidget()
        self.fields_tab.setObjectName(u"fields_tab")
        self.fields_of_action_layout = QVBoxLayout(self.fields_tab)
        self.fields_of_action_layout.setObjectName(u"fields_of_action_layout")
        self.fields_intro_label = QLabel(self.fields_tab)
        self.fields_intro_label.setObjectName(u"fields_intro_label")
        self.fields_intro_label.setWordWrap(True)

        self.fields_of_action_layout.addWidget(self.fields_intro_label)

        self.fields_list_layout = QHBoxLayout()
        self.fields_list_layout.setObjectName(u"fields_list_layout")
        self.fields_list = QListWidget(self.fields_tab)
        self.fields_list.setObjectName(u"fields_list")
        self.fields_list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)

        self.fields_list_layout.addWidget(self.fields_list)

        self.field_buttons_layout = QVBoxLayout()
        self.field_buttons_layout.setObjectName(u"field_buttons_layout")
        self.rename_field_button = QPushButton(self.fields_tab)
        self.rename_field_button.setObjectName(u"rename_field_button")
        self.rename_field_button.setAutoDefault(False)

        self.field_buttons_layout.addWidget(self.rename_field_button)

        self.remove_field_button = QPushButton(self.fields_tab)
        self.remove_field_button.setObjectName(u"remove_field_button")
        self.remove_field_button.setAutoDefault(False)

        self.field_buttons_layout.addWidget(self.remove_field_button)

        self.move_up_button = QPushButton(self.fields_tab)
        self.move_up_button.setObjectName(u"move_up_button")
        self.move_up_button.setAutoDefault(False)

        self.field_buttons_layout.addWidget(self.move_up_button)

        self.move_down_button = QPushButton(self.fields_tab)
        self.move_down_button.setObjectName(u"move_down_button")
        self.move_down_button.setAutoDefault(False)

        self.field_buttons_layout.addWidget(self.move_down_button)

        self.field_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.field_buttons_layout.addItem(self.field_buttons_spacer)


        self.fields_list_layout.addLayout(self.field_buttons_layout)


        self.fields_of_action_layout.addLayout(self.fields_list_layout)

        self.new_field_layout = QHBoxLayout()
        self.new_field_layout.setObjectName(u"new_field_layout")
        self.new_field_label = QLabel(self.fields_tab)
        self.new_field_label.setObjectName(u"new_field_label")

        self.new_field_layout.addWidget(self.new_field_label)

        self.new_field_edit = QLineEdit(self.fields_tab)
        self.new_field_edit.setObjectName(u"new_field_edit")

        self.new_field_layout.addWidget(self.new_field_edit)

        self.add_field_button = QPushButton(self.fields_tab)
        self.add_field_button.setObjectName(u"add_field_button")
        self.add_field_button.setAutoDefault(False)

        self.new_field_layout.addWidget(self.add_field_button)


        self.fields_of_action_layout.addLayout(self.new_field_layout)

        self.fields_of_action_error_label = QLabel(self.fields_tab)
        self.fields_of_action_error_label.setObjectName(u"fields_of_action_error_label")
        self.fields_of_action_error_label.setWordWrap(True)
        self.fields_of_action_error_label.setProperty(u"errorLabel", True)

        self.fields_of_action_layout.addWidget(self.fields_of_action_error_label)

        self.tab_widget.addTab(self.fields_tab, "")
        self.documents_tab = QWidget()
        self.documents_tab.setObjectName(u"documents_tab")
        self.documents_layout = QVBoxLayout(self.documents_tab)
        self.documents_layout.setObjectName(u"documents_layout")
        self.documents_fields_layout = QGridLayout()
        self.documents_fields_layout.setObjectName(u"documents_fields_layout")
        self.logo_label = QLabel(self.documents_tab)
        self.logo_label.setObjectName(u"logo_label")

        self.documents_fields_layout.addWidget(self.logo_label, 0, 0, 1, 1)

        self.logo_layout = QHBoxLayout()
        self.logo_layout.setObjectName(u"logo_layout")
        self.logo_preview_label = QLabel(self.documents_tab)
        self.logo_preview_label.setObjectName(u"logo_preview_label")
        self.logo_preview_label.setMinimumSize(QSize(160, 64))
        self.logo_preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.logo_layout.addWidget(self.logo_preview_label)

        self.choose_logo_button = QPushButton(self.documents_tab)
        self.choose_logo_button.setObjectName(u"choose_logo_button")
        self.choose_logo_button.setAutoDefault(False)

        self.logo_layout.addWidget(self.choose_logo_button)

        self.remove_logo_button = QPushButton(self.documents_tab)
        self.remove_logo_button.setObjectName(u"remove_logo_button")
        self.remove_logo_button.setAutoDefault(False)

        self.logo_layout.addWidget(self.remove_logo_button)

        self.logo_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logo_layout.addItem(self.logo_spacer)


        self.documents_fields_layout.addLayout(self.logo_layout, 0, 1, 1, 1)

        self.logo_error_label = QLabel(self.documents_tab)
        self.logo_error_label.setObjectName(u"logo_error_label")
        self.logo_error_label.setWordWrap(True)
        self.logo_error_label.setProperty(u"errorLabel", True)

        self.documents_fields_layout.addWidget(self.logo_error_label, 1, 1, 1, 1)

        self.paper_label = QLabel(self.documents_tab)
        self.paper_label.setObjectName(u"paper_label")

        self.documents_fields_layout.addWidget(self.paper_label, 2, 0, 1, 1)

        self.paper_combo = QComboBox(self.documents_tab)
        self.paper_combo.setObjectName(u"paper_combo")

        self.documents_fields_layout.addWidget(self.paper_combo, 2, 1, 1, 1)

        self.follow_up_label = QLabel(self.documents_tab)
        self.follow_up_label.setObjectName(u"follow_up_label")

        self.documents_fields_layout.addWidget(self.follow_up_label, 3, 0, 1, 1)

        self.follow_up_spin = QSpinBox(self.documents_tab)
        self.follow_up_spin.setObjectName(u"follow_up_spin")
        self.follow_up_spin.setMinimum(1)
        self.follow_up_spin.setMaximum(365)

        self.documents_fields_layout.addWidget(self.follow_up_spin, 3, 1, 1, 1)

        self.sample_language_label = QLabel(self.documents_tab)
        self.sample_language_label.setObjectName(u"sample_language_label")

        self.documents_fields_layout.addWidget(self.sample_language_label, 4, 0, 1, 1)

        self.test_print_layout = QHBoxLayout()
        self.test_print_layout.setObjectName(u"test_print_layout")
        self.sample_language_combo = QComboBox(self.documents_tab)
        self.sample_language_combo.setObjectName(u"sample_language_combo")

        self.test_print_layout.addWidget(self.sample_language_combo)

        self.test_print_button = QPushButton(self.documents_tab)
        self.test_print_button.setObjectName(u"test_print_button")
        self.test_print_button.setAutoDefault(False)

        self.test_print_layout.addWidget(self.test_print_button)

        self.test_print_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.test_print_layout.addItem(self.test_print_spacer)


        self.documents_fields_layout.addLayout(self.test_print_layout, 4, 1, 1, 1)


        self.documents_layout.addLayout(self.documents_fields_layout)

        self.documents_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.documents_layout.addItem(self.documents_spacer)

        self.tab_widget.addTab(self.documents_tab, "")
        self.shared_tab = QWidget()
        self.shared_tab.setObjectName(u"shared_tab")
        self.shared_layout = QVBoxLayout(self.shared_tab)
        self.shared_layout.setObjectName(u"shared_layout")
        self.shared_intro_label = QLabel(self.shared_tab)
        self.shared_intro_label.setObjectName(u"shared_intro_label")
        self.shared_intro_label.setWordWrap(True)

        self.shared_layout.addWidget(self.shared_intro_label)

        self.shared_fields_layout = QGridLayout()
        self.shared_fields_layout.setObjectName(u"shared_fields_layout")
        self.host_label = QLabel(self.shared_tab)
        self.host_label.setObjectName(u"host_label")

        self.shared_fields_layout.addWidget(self.host_label, 0, 0, 1, 1)

        self.host_edit = QLineEdit(self.shared_tab)
        self.host_edit.setObjectName(u"host_edit")

        self.shared_fields_layout.addWidget(self.host_edit, 0, 1, 1, 1)

        self.port_label = QLabel(self.shared_tab)
        self.port_label.setObjectName(u"port_label")

        self.shared_fields_layout.addWidget(self.port_label, 1, 0, 1, 1)

        self.port_spin = QSpinBox(self.shared_tab)
        self.port_spin.setObjectName(u"port_spin")
        self.port_spin.setMinimum(1)
        self.port_spin.setMaximum(65535)
        self.port_spin.setValue(5432)

        self.shared_fields_layout.addWidget(self.port_spin, 1, 1, 1, 1)

        self.database_label = QLabel(self.shared_tab)
        self.database_label.setObjectName(u"database_label")

        self.shared_fields_layout.addWidget(self.database_label, 2, 0, 1, 1)

        self.database_edit = QLineEdit(self.shared_tab)
        self.database_edit.setObjectName(u"database_edit")

        self.shared_fields_layout.addWidget(self.database_edit, 2, 1, 1, 1)

        self.role_label = QLabel(self.shared_tab)
        self.role_label.setObjectName(u"role_label")

        self.shared_fields_layout.addWidget(self.role_label, 3, 0, 1, 1)

        self.role_edit = QLineEdit(self.shared_tab)
        self.role_edit.setObjectName(u"role_edit")

        self.shared_fields_layout.addWidget(self.role_edit, 3, 1, 1, 1)

        self.password_label = QLabel(self.shared_tab)
        self.password_label.setObjectName(u"password_label")

        self.shared_fields_layout.addWidget(self.password_label, 4, 0, 1, 1)

        self.password_edit = QLineEdit(self.shared_tab)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.shared_fields_layout.addWidget(self.password_edit, 4, 1, 1, 1)

        self.tls_label = QLabel(self.shared_tab)
        self.tls_label.setObjectName(u"tls_label")

        self.shared_fields_layout.addWidget(self.tls_label, 5, 0, 1, 1)

        self.tls_combo = QComboBox(self.shared_tab)
        self.tls_combo.setObjectName(u"tls_combo")

        self.shared_fields_layout.addWidget(self.tls_combo, 5, 1, 1, 1)

        self.certificate_label = QLabel(self.shared_tab)
        self.certificate_label.setObjectName(u"certificate_label")

        self.shared_fields_layout.addWidget(self.certificate_label, 6, 0, 1, 1)

        self.certificate_layout = QHBoxLayout()
        self.certificate_layout.setObjectName(u"certificate_layout")
        self.certificate_edit = QLineEdit(self.shared_tab)
        self.certificate_edit.setObjectName(u"certificate_edit")

        self.certificate_layout.addWidget(self.certificate_edit)

        self.choose_certificate_button = QPushButton(self.shared_tab)
        self.choose_certificate_button.setObjectName(u"choose_certificate_button")
        self.choose_certificate_button.setAutoDefault(False)

        self.certificate_layout.addWidget(self.choose_certificate_button)


        self.shared_fields_layout.addLayout(self.certificate_layout, 6, 1, 1, 1)

        self.connect_layout = QHBoxLayout()
        self.connect_layout.setObjectName(u"connect_layout")
        self.connect_button = QPushButton(self.shared_tab)
        self.connect_button.setObjectName(u"connect_button")
        self.connect_button.setAutoDefault(False)

        self.connect_layout.addWidget(self.connect_button)

        self.connect_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.connect_layout.addItem(self.connect_spacer)


        self.shared_fields_layout.addLayout(self.connect_layout, 7, 1, 1, 1)

        self.connect_status_label = QLabel(self.shared_tab)
        self.connect_status_label.setObjectName(u"connect_status_label")
        self.connect_status_label.setWordWrap(True)
        self.connect_status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.shared_fields_layout.addWidget(self.connect_status_label, 8, 1, 1, 1)

        self.interval_label = QLabel(self.shared_tab)
        self.interval_label.setObjectName(u"interval_label")

        self.shared_fields_layout.addWidget(self.interval_label, 9, 0, 1, 1)

        self.interval_spin = QSpinBox(self.shared_tab)
        self.interval_spin.setObjectName(u"interval_spin")
        self.interval_spin.setMinimum(1)
        self.interval_spin.setMaximum(240)
        self.interval_spin.setValue(5)

        self.shared_fields_layout.addWidget(self.interval_spin, 9, 1, 1, 1)


        self.shared_layout.addLayout(self.shared_fields_layout)

        self.shared_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.shared_layout.addItem(self.shared_spacer)

        self.tab_widget.addTab(self.shared_tab, "")

        self.main_layout.addWidget(self.tab_widget)

        self.button_box = QDialogButtonBox(SettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language_combo)
        self.visit_rule_label.setBuddy(self.visit_rule_combo)
        self.new_visitor_rule_label.setBuddy(self.new_visitor_rule_combo)
        self.name_label.setBuddy(self.name_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.street_label.setBuddy(self.street_edit)
        self.postcode_label.setBuddy(self.postcode_edit)
        self.city_label.setBuddy(self.city_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
        self.contact_person_label.setBuddy(self.contact_person_edit)
        self.fields_intro_label.setBuddy(self.fields_list)
        self.new_field_label.setBuddy(self.new_field_edit)
        self.logo_label.setBuddy(self.choose_logo_button)
        self.paper_label.setBuddy(self.paper_combo)
        self.follow_up_label.setBuddy(self.follow_up_spin)
        self.sample_language_label.setBuddy(self.sample_language_combo)
        self.host_label.setBuddy(self.host_edit)
        self.port_label.setBuddy(self.port_spin)
        self.database_label.setBuddy(self.database_edit)
        self.role_label.setBuddy(self.role_edit)
        self.password_label.setBuddy(self.password_edit)
        self.tls_label.setBuddy(self.tls_combo)
        self.certificate_label.setBuddy(self.certificate_edit)
        self.interval_label.setBuddy(self.interval_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tab_widget, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.visit_rule_combo)
        QWidget.setTabOrder(self.visit_rule_combo, self.new_visitor_rule_combo)
        QWidget.setTabOrder(self.new_visitor_rule_combo, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.street_edit)
        QWidget.setTabOrder(self.street_edit, self.postcode_edit)
        QWidget.setTabOrder(self.postcode_edit, self.city_edit)
        QWidget.setTabOrder(self.city_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.contact_person_edit)
        QWidget.setTabOrder(self.contact_person_edit, self.last_name_required_check)
        QWidget.setTabOrder(self.last_name_required_check, self.fields_list)
        QWidget.setTabOrder(self.fields_list, self.rename_field_button)
        QWidget.setTabOrder(self.rename_field_button, self.remove_field_button)
        QWidget.setTabOrder(self.remove_field_button, self.move_up_button)
        QWidget.setTabOrder(self.move_up_button, self.move_down_button)
        QWidget.setTabOrder(self.move_down_button, self.new_field_edit)
        QWidget.setTabOrder(self.new_field_edit, self.add_field_button)
        QWidget.setTabOrder(self.add_field_button, self.choose_logo_button)
        QWidget.setTabOrder(self.choose_logo_button, self.remove_logo_button)
        QWidget.setTabOrder(self.remove_logo_button, self.paper_combo)
        QWidget.setTabOrder(self.paper_combo, self.follow_up_spin)
        QWidget.setTabOrder(self.follow_up_spin, self.sample_language_combo)
        QWidget.setTabOrder(self.sample_language_combo, self.test_print_button)
        QWidget.setTabOrder(self.test_print_button, self.host_edit)
        QWidget.setTabOrder(self.host_edit, self.port_spin)
        QWidget.setTabOrder(self.port_spin, self.database_edit)
        QWidget.setTabOrder(self.database_edit, self.role_edit)
        QWidget.setTabOrder(self.role_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.tls_combo)
        QWidget.setTabOrder(self.tls_combo, self.certificate_edit)
        QWidget.setTabOrder(self.certificate_edit, self.choose_certificate_button)
        QWidget.setTabOrder(self.choose_certificate_button, self.connect_button)
        QWidget.setTabOrder(self.connect_button, self.interval_spin)

        self.retranslateUi(SettingsDialog)

        self.tab_widget.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.language_label.setText(QCoreApplication.translate("SettingsDialog", u"&Language of the program", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Language of the program", None))
#endif // QT_CONFIG(accessibility)
        self.visit_rule_label.setText(QCoreApplication.translate("SettingsDialog", u"&Visits in the statistics", None))
#if QT_CONFIG(accessibility)
        self.visit_rule_combo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"What the statistics count as visits", None))
#endif // QT_CONFIG(accessibility)
        self.new_visitor_rule_label.setText(QCoreApplication.translate("SettingsDialog", u"N&ew visitors in the statistics", None))
#if QT_CONFIG(accessibility)
        self.new_visitor_rule_combo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"When the statistics count a visitor as new", None))
#endif // QT_CONFIG(accessibility)
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.general_tab), QCoreApplication.translate("SettingsDialog", u"&General", None))
        self.name_label.setText(QCoreApplication.translate("SettingsDialog", u"&Name of the facility *", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Name of the facility", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("SettingsDialog", u"&Kind of facility", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Kind of facility", None))
#endif // QT_CONFIG(accessibility)
        self.street_label.setText(QCoreApplication.translate("SettingsDialog", u"&Street and number", None))
#if QT_CONFIG(accessibility)
        self.street_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Street and number", None))
#endif // QT_CONFIG(accessibility)
        self.postcode_label.setText(QCoreApplication.translate("SettingsDialog", u"&Postcode", None))
#if QT_CONFIG(accessibility)
        self.postcode_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Postcode", None))
#endif // QT_CONFIG(accessibility)
        self.city_label.setText(QCoreApplication.translate("SettingsDialog", u"Cit&y", None))
#if QT_CONFIG(accessibility)
        self.city_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"City", None))
#endif // QT_CONFIG(accessibility)
        self.phone_label.setText(QCoreApplication.translate("SettingsDialog", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.email_label.setText(QCoreApplication.translate("SettingsDialog", u"&E-mail", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.contact_person_label.setText(QCoreApplication.translate("SettingsDialog", u"C&ontact person", None))
#if QT_CONFIG(accessibility)
        self.contact_person_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Contact person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.contact_person_edit.setToolTip(QCoreApplication.translate("SettingsDialog", u"Printed on referral slips, for questions from the receiving facility", None))
#endif // QT_CONFIG(tooltip)
        self.last_name_required_check.setText(QCoreApplication.translate("SettingsDialog", u"Last na&me is required when registering visitors", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.facility_tab), QCoreApplication.translate("SettingsDialog", u"&Facility profile", None))
        self.fields_intro_label.setText(QCoreApplication.translate("SettingsDialog", u"The fields of action (Handlungsfelder) your offers are sorted into, in the order they are listed. Double-click a name or press F2 to rename it. Removed fields stay with the offers and statistics that use them.", None))
#if QT_CONFIG(accessibility)
        self.fields_list.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Fields of action", None))
#endif // QT_CONFIG(accessibility)
        self.rename_field_button.setText(QCoreApplication.translate("SettingsDialog", u"Re&name", None))
#if QT_CONFIG(accessibility)
        self.rename_field_button.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Rename the selected field of action", None))
#endif // QT_CONFIG(accessibility)
        self.remove_field_button.setText(QCoreApplication.translate("SettingsDialog", u"Re&move", None))
#if QT_CONFIG(accessibility)
        self.remove_field_button.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Remove the selected field of action", None))
#endif // QT_CONFIG(accessibility)
        self.move_up_button.setText(QCoreApplication.translate("SettingsDialog", u"Move &up", None))
#if QT_CONFIG(accessibility)
        self.move_up_button.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Move the selected field of action up", None))
#endif // QT_CONFIG(accessibility)
        self.move_down_button.setText(QCoreApplication.translate("SettingsDialog", u"Move &down", None))
#if QT_CONFIG(accessibility)
        self.move_down_button.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Move the selected field of action down", None))
#endif // QT_CONFIG(accessibility)
        self.new_field_label.setText(QCoreApplication.translate("SettingsDialog", u"Ne&w field of action", None))
#if QT_CONFIG(accessibility)
        self.new_field_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"New field of action", None))
#endif // QT_CONFIG(accessibility)
        self.add_field_button.setText(QCoreApplication.translate("SettingsDialog", u"Add f&ield", None))
#if QT_CONFIG(accessibility)
        self.add_field_button.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Add the new field of action", None))
#endif // QT_CONFIG(accessibility)
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.fields_tab), QCoreApplication.translate("SettingsDialog", u"Fields of &action", None))
        self.logo_label.setText(QCoreApplication.translate("SettingsDialog", u"&Logo for the letterhead", None))
#if QT_CONFIG(accessibility)
        self.logo_preview_label.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"The logo printed on the letterhead", None))
#endif // QT_CONFIG(accessibility)
        self.choose_logo_button.setText(QCoreApplication.translate("SettingsDialog", u"Choose an i&mage\u2026", None))
#if QT_CONFIG(accessibility)
        self.choose_logo_button.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Choose the logo image", None))
#endif // QT_CONFIG(accessibility)
        self.remove_logo_button.setText(QCoreApplication.translate("SettingsDialog", u"&No logo", None))
#if QT_CONFIG(accessibility)
        self.remove_logo_button.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Print without a logo", None))
#endif // QT_CONFIG(accessibility)
        self.paper_label.setText(QCoreApplication.translate("SettingsDialog", u"Paper for &slips", None))
#if QT_CONFIG(accessibility)
        self.paper_combo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Paper for referral slips", None))
#endif // QT_CONFIG(accessibility)
        self.follow_up_label.setText(QCoreApplication.translate("SettingsDialog", u"Follow &up open referrals after", None))
#if QT_CONFIG(accessibility)
        self.follow_up_spin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Days after which open referrals come up for follow-up", None))
#endif // QT_CONFIG(accessibility)
        self.sample_language_label.setText(QCoreApplication.translate("SettingsDialog", u"Test print &in", None))
#if QT_CONFIG(accessibility)
        self.sample_language_combo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Languages of the sample documents", None))
#endif // QT_CONFIG(accessibility)
        self.test_print_button.setText(QCoreApplication.translate("SettingsDialog", u"&Test print\u2026", None))
#if QT_CONFIG(tooltip)
        self.test_print_button.setToolTip(QCoreApplication.translate("SettingsDialog", u"A filled sample of every document Tresen prints, to check the letterhead and the printer's margins", None))
#endif // QT_CONFIG(tooltip)
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.documents_tab), QCoreApplication.translate("SettingsDialog", u"&Referrals and printing", None))
        self.shared_intro_label.setText(QCoreApplication.translate("SettingsDialog", u"Desks of the facility network share their records through one database server. The administrator tells you the server and your facility's account with its password. The password is kept in this computer's password store (keyring), never in a file.", None))
        self.host_label.setText(QCoreApplication.translate("SettingsDialog", u"&Server", None))
#if QT_CONFIG(accessibility)
        self.host_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Server of the shared database", None))
#endif // QT_CONFIG(accessibility)
        self.host_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"e.g. db.example.org", None))
        self.port_label.setText(QCoreApplication.translate("SettingsDialog", u"&Port", None))
#if QT_CONFIG(accessibility)
        self.port_spin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Port of the shared database", None))
#endif // QT_CONFIG(accessibility)
        self.database_label.setText(QCoreApplication.translate("SettingsDialog", u"&Database", None))
#if QT_CONFIG(accessibility)
        self.database_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Name of the shared database", None))
#endif // QT_CONFIG(accessibility)
        self.role_label.setText(QCoreApplication.translate("SettingsDialog", u"Acc&ount", None))
#if QT_CONFIG(accessibility)
        self.role_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Your facility's account on the shared database", None))
#endif // QT_CONFIG(accessibility)
        self.password_label.setText(QCoreApplication.translate("SettingsDialog", u"Pass&word", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Password of the account", None))
#endif // QT_CONFIG(accessibility)
        self.tls_label.setText(QCoreApplication.translate("SettingsDialog", u"&Encryption (TLS)", None))
#if QT_CONFIG(accessibility)
        self.tls_combo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Encryption of the connection (TLS)", None))
#endif // QT_CONFIG(accessibility)
        self.certificate_label.setText(QCoreApplication.translate("SettingsDialog", u"&CA certificate", None))
#if QT_CONFIG(accessibility)
        self.certificate_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"File of the certificate authority that signed the server's certificate", None))
#endif // QT_CONFIG(accessibility)
        self.certificate_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"the system's certificates", None))
        self.choose_certificate_button.setText(QCoreApplication.translate("SettingsDialog", u"Choose a f&ile\u2026", None))
#if QT_CONFIG(accessibility)
        self.choose_certificate_button.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Choose the certificate file", None))
#endif // QT_CONFIG(accessibility)
        self.connect_button.setText(QCoreApplication.translate("SettingsDialog", u"Co&nnect", None))
#if QT_CONFIG(tooltip)
        self.connect_button.setToolTip(QCoreApplication.translate("SettingsDialog", u"Check the account and connect this desk to the shared database", None))
#endif // QT_CONFIG(tooltip)
        self.interval_label.setText(QCoreApplication.translate("SettingsDialog", u"Sync e&very", None))
#if QT_CONFIG(accessibility)
        self.interval_spin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Minutes between two syncs", None))
#endif // QT_CONFIG(accessibility)
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.shared_tab), QCoreApplication.translate("SettingsDialog", u"Shared data&base", None))
    # retranslateUi


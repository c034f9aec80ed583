# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partner_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListView,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_PartnerDialog(object):
    def setupUi(self, PartnerDialog):
        if not PartnerDialog.objectName():
            PartnerDialog.setObjectName(u"PartnerDialog")
        PartnerDialog.resize(900, 640)
        self.main_layout = QVBoxLayout(PartnerDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.tab_widget = QTabWidget(PartnerDialog)
        self.tab_widget.setObjectName(u"tab_widget")
        self.organisation_tab = QWidget()
        self.organisation_tab.setObjectName(u"organisation_tab")
        self.organisation_layout = QVBoxLayout(self.organisation_tab)
        self.organisation_layout.setObjectName(u"organisation_layout")
        self.organisation_fields_layout = QGridLayout()
        self.organisation_fields_layout.setObjectName(u"organisation_fields_layout")
        self.name_label = QLabel(self.organisation_tab)
        self.name_label.setObjectName(u"name_label")

        self.organisation_fields_layout.addWidget(self.name_label, 0, 0, 1, 1)

        self.name_edit = QLineEdit(self.organisation_tab)
        self.name_edit.setObjectName(u"name_edit")

        self.organisation_fields_layout.addWidget(self.name_edit, 0, 1, 1, 1)

        self.name_error_label = QLabel(self.organisation_tab)
        self.name_error_label.setObjectName(u"name_error_label")
        self.name_error_label.setWordWrap(True)
        self.name_error_label.setProperty(u"errorLabel", True)

        self.organisation_fields_layout.addWidget(self.name_error_label, 1, 1, 1, 1)

        self.kind_label = QLabel(self.organisation_tab)
        self.kind_label.setObjectName(u"kind_label")

        self.organisation_fields_layout.addWidget(self.kind_label, 2, 0, 1, 1)

        self.kind_combo = QComboBox(self.organisation_tab)
        self.kind_combo.setObjectName(u"kind_combo")

        self.organisation_fields_layout.addWidget(self.kind_combo, 2, 1, 1, 1)

        self.description_label = QLabel(self.organisation_tab)
        self.description_label.setObjectName(u"description_label")

        self.organisation_fields_layout.addWidget(self.description_label, 3, 0, 1, 1)

        self.description_edit = QPlainTextEdit(self.organisation_tab)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setMaximumSize(QSize(16777215, 90))
        self.description_edit.setTabChangesFocus(True)

        self.organisation_fields_layout.addWidget(self.description_edit, 3, 1, 1, 1)

        self.description_error_label = QLabel(self.organisation_tab)
        self.description_error_label.setObjectName(u"description_error_label")
        self.description_error_label.setWordWrap(True)
        self.description_error_label.setProperty(u"errorLabel", True)

        self.organisation_fields_layout.addWidget(self.description_error_label, 4, 1, 1, 1)

        self.phone_label = QLabel(self.organisation_tab)
        self.phone_label.setObjectName(u"phone_label")

        self.organisation_fields_layout.addWidget(self.phone_label, 5, 0, 1, 1)

        self.phone_edit = QLineEdit(self.organisation_tab)
        self.phone_edit.setObjectName(u"phone_edit")

        self.organisation_fields_layout.addWidget(self.phone_edit, 5, 1, 1, 1)

        self.phone_error_label = QLabel(self.organisation_tab)
        self.phone_error_label.setObjectName(u"phone_error_label")
        self.phone_error_label.setWordWrap(True)
        self.phone_error_label.setProperty(u"errorLabel", True)

        self.organisation_fields_layout.addWidget(self.phone_error_label, 6, 1, 1, 1)

        self.email_label = QLabel(self.organisation_tab)
        self.email_label.setObjectName(u"email_label")

        self.organisation_fields_layout.addWidget(self.email_label, 7, 0, 1, 1)

        self.email_edit = QLineEdit(self.organisation_tab)
        self.email_edit.setObjectName(u"email_edit")

        self.organisation_fields_layout.addWidget(self.email_edit, 7, 1, 1, 1)

        self.email_error_label = QLabel(self.organisation_tab)
        self.email_error_label.setObjectName(u"email_error_label")
        self.email_error_label.setWordWrap(True)
        self.email_error_label.setProperty(u"errorLabel", True)

        self.organisation_fields_layout.addWidget(self.email_error_label, 8, 1, 1, 1)

        self.website_label = QLabel(self.organisation_tab)
        self.website_label.setObjectName(u"website_label")

        self.organisation_fields_layout.addWidget(self.website_label, 9, 0, 1, 1)

        self.website_edit = QLineEdit(self.organisation_tab)
        self.website_edit.setObjectName(u"website_edit")

        self.organisation_fields_layout.addWidget(self.website_edit, 9, 1, 1, 1)

        self.website_error_label = QLabel(self.organisation_tab)
        self.website_error_label.setObjectName(u"website_error_label")
        self.website_error_label.setWordWrap(True)
        self.website_error_label.setProperty(u"errorLabel", True)

        self.organisation_fields_layout.addWidget(self.website_error_label, 10, 1, 1, 1)


        self.organisation_layout.addLayout(self.organisation_fields_layout)

        self.contact_group = QGroupBox(self.organisation_tab)
        self.contact_group.setObjectName(u"contact_group")
        self.contact_layout = QGridLayout(self.contact_group)
        self.contact_layout.setObjectName(u"contact_layout")
        self.contact_name_label = QLabel(self.contact_group)
        self.contact_name_label.setObjectName(u"contact_name_label")

        self.contact_layout.addWidget(self.contact_name_label, 0, 0, 1, 1)

        self.contact_name_edit = QLineEdit(self.contact_group)
        self.contact_name_edit.setObjectName(u"contact_name_edit")

        self.contact_layout.addWidget(self.contact_name_edit, 0, 1, 1, 1)

        self.contact_name_error_label = QLabel(self.contact_group)
        self.contact_name_error_label.setObjectName(u"contact_name_error_label")
        self.contact_name_error_label.setWordWrap(True)
        self.contact_name_error_label.setProperty(u"errorLabel", True)

        self.contact_layout.addWidget(self.contact_name_error_label, 1, 1, 1, 1)

        self.contact_phone_label = QLabel(self.contact_group)
        self.contact_phone_label.setObjectName(u"contact_phone_label")

        self.contact_layout.addWidget(self.contact_phone_label, 2, 0, 1, 1)

        self.contact_phone_edit = QLineEdit(self.contact_group)
        self.contact_phone_edit.setObjectName(u"contact_phone_edit")

        self.contact_layout.addWidget(self.contact_phone_edit, 2, 1, 1, 1)

        self.contact_phone_error_label = QLabel(self.contact_group)
        self.contact_phone_error_label.setObjectName(u"contact_phone_error_label")
        self.contact_phone_error_label.setWordWrap(True)
        self.contact_phone_error_label.setProperty(u"errorLabel", True)

        self.contact_layout.addWidget(self.contact_phone_error_label, 3, 1, 1, 1)

        self.contact_email_label = QLabel(self.contact_group)
        self.contact_email_label.setObjectName(u"contact_email_label")

        self.contact_layout.addWidget(self.contact_email_label, 4, 0, 1, 1)

        self.contact_email_edit = QLineEdit(self.contact_group)
        self.contact_email_edit.setObjectName(u"contact_email_edit")

        self.contact_layout.addWidget(self.contact_email_edit, 4, 1, 1, 1)

        self.contact_email_error_label = QLabel(self.contact_group)
        self.contact_email_error_label.setObjectName(u"contact_email_error_label")
        self.contact_email_error_label.setWordWrap(True)
        self.contact_email_error_label.setProperty(u"errorLabel", True)

        self.contact_layout.addWidget(self.contact_email_error_label, 5, 1, 1, 1)


        self.organisation_layout.addWidget(self.contact_group)

        self.organisation_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.organisation_layout.addItem(self.organisation_spacer)

        self.tab_widget.addTab(self.organisation_tab, "")
        self.locations_tab = QWidget()
        self.locations_tab.setObjectName(u"locations_tab")
        self.locations_layout = QHBoxLayout(self.locations_tab)
        self.locations_layout.setObjectName(u"locations_layout")
        self.locations_master_widget = QWidget(self.locations_tab)
        self.locations_master_widget.setObjectName(u"locations_master_widget")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.locations_master_widget.sizePolicy().hasHeightForWidth())
        self.locations_master_widget.setSizePolicy(sizePolicy)
        self.locations_master_widget.setMaximumSize(QSize(220, 16777215))
        self.locations_master_layout = QVBoxLayout(self.locations_master_widget)
        self.locations_master_layout.setObjectName(u"locations_master_layout")
        self.locations_master_layout.setContentsMargins(0, 0, 0, 0)
        self.locations_list_label = QLabel(self.locations_master_widget)
        self.locations_list_label.setObjectName(u"locations_list_label")
        self.locations_list_label.setWordWrap(True)

        self.locations_master_layout.addWidget(self.locations_list_label)

        self.locations_list = QListWidget(self.locations_master_widget)
        self.locations_list.setObjectName(u"locations_list")
        self.locations_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.locations_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.locations_list.setWordWrap(True)

        self.locations_master_layout.addWidget(self.locations_list)

        self.locations_buttons_layout = QHBoxLayout()
        self.locations_buttons_layout.setObjectName(u"locations_buttons_layout")
        self.add_location_button = QPushButton(self.locations_master_widget)
        self.add_location_button.setObjectName(u"add_location_button")
        self.add_location_button.setAutoDefault(False)

        self.locations_buttons_layout.addWidget(self.add_location_button)

        self.remove_location_button = QPushButton(self.locations_master_widget)
        self.remove_location_button.setObjectName(u"remove_location_button")
        self.remove_location_button.setAutoDefault(False)

        self.locations_buttons_layout.addWidget(self.remove_location_button)


        self.locations_master_layout.addLayout(self.locations_buttons_layout)

        self.locations_note_label = QLabel(self.locations_master_widget)
        self.locations_note_label.setObjectName(u"locations_note_label")
        self.locations_note_label.setWordWrap(True)
        self.locations_note_label.setProperty(u"errorLabel", True)

        self.locations_master_layout.addWidget(self.locations_note_label)


        self.locations_layout.addWidget(self.locations_master_widget)

        self.location_side_widget = QWidget(self.locations_tab)
        self.location_side_widget.setObjectName(u"location_side_widget")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.location_side_widget.sizePolicy().hasHeightForWidth())
        self.location_side_widget.setSizePolicy(sizePolicy1)
        self.location_side_layout = QVBoxLayout(self.location_side_widget)
        self.location_side_layout.setObjectName(u"location_side_layout")
        self.location_side_layout.setContentsMargins(0, 0, 0, 0)
        self.no_locations_label = QLabel(self.location_side_widget)
        self.no_locations_label.setObjectName(u"no_locations_label")
        self.no_locations_label.setWordWrap(True)

        self.location_side_layout.addWidget(self.no_locations_label)

        self.location_scroll = QScrollArea(self.location_side_widget)
        self.location_scroll.setObjectName(u"location_scroll")
        self.location_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.location_scroll.setWidgetResizable(True)
        self.location_scroll_contents = QWidget()
        self.location_scroll_contents.setObjectName(u"location_scroll_contents")
        self.location_scroll_layout = QVBoxLayout(self.location_scroll_contents)
        self.location_scroll_layout.setObjectName(u"location_scroll_layout")
        self.location_scroll_layout.setContentsMargins(0, 0, 0, 0)
        self.location_details_widget = QWidget(self.location_scroll_contents)
        self.location_details_widget.setObjectName(u"location_details_widget")
        self.location_details_layout = QVBoxLayout(self.location_details_widget)
        self.location_details_layout.setObjectName(u"location_details_layout")
        self.location_details_layout.setContentsMargins(0, 0, 0, 0)
        self.location_fields_layout = QGridLayout()
        self.location_fields_layout.setObjectName(u"location_fields_layout")
        self.location_name_label = QLabel(self.location_details_widget)
        self.location_name_label.setObjectName(u"location_name_label")

        self.location_fields_layout.addWidget(self.location_name_label, 0, 0, 1, 1)

        self.location_name_edit = QLineEdit(self.location_details_widget)
        self.location_name_edit.setObjectName(u"location_name_edit")

        self.location_fields_layout.addWidget(self.location_name_edit, 0, 1, 1, 3)

        self.location_name_error_label = QLabel(self.location_details_widget)
        self.location_name_error_label.setObjectName(u"location_name_error_label")
        self.location_name_error_label.setWordWrap(True)
        self.location_name_error_label.setProperty(u"errorLabel", True)

        self.location_fields_layout.addWidget(self.location_name_error_label, 1, 1, 1, 3)

        self.street_label = QLabel(self.location_details_widget)
        self.street_label.setObjectName(u"street_label")

        self.location_fields_layout.addWidget(self.street_label, 2, 0, 1, 1)

        self.street_edit = QLineEdit(self.location_details_widget)
        self.street_edit.setObjectName(u"street_edit")

        self.location_fields_layout.addWidget(self.street_edit, 2, 1, 1, 3)

        self.street_error_label = QLabel(self.location_details_widget)
        self.street_error_label.setObjectName(u"street_error_label")
        self.street_error_label.setWordWrap(True)
        self.street_error_label.setProperty(u"errorLabel", True)

        self.location_fields_layout.addWidget(self.street_error_label, 3, 1, 1, 3)

        self.postcode_label = QLabel(self.location_details_widget)
        self.postcode_label.setObjectName(u"postcode_label")

        self.location_fields_layout.addWidget(self.postcode_label, 4, 0, 1, 1)

        self.postcode_edit = QLineEdit(self.location_details_widget)
        self.postcode_edit.setObjectName(u"postcode_edit")
        self.postcode_edit.setMaximumSize(QSize(110, 16777215))

        self.location_fields_layout.addWidget(self.postcode_edit, 4, 1, 1, 1)

        self.city_label = QLabel(self.location_details_widget)
        self.city_label.setObjectName(u"city_label")

        self.location_fields_layout.addWidget(self.city_label, 4, 2, 1, 1)

        self.city_edit = QLineEdit(self.location_details_widget)
        self.city_edit.setObjectName(u"city_edit")

        self.location_fields_layout.addWidget(self.city_edit, 4, 3, 1, 1)

        self.postcode_error_label = QLabel(self.location_details_widget)
        self.postcode_error_label.setObjectName(u"postcode_error_label")
        self.postcode_error_label.setWordWrap(True)
        self.postcode_error_label.setProperty(u"errorLabel", True)

        self.location_fields_layout.addWidget(self.postcode_error_label, 5, 1, 1, 1)

        self.city_error_label = QLabel(self.location_details_widget)
        self.city_error_label.setObjectName(u"city_error_label")
        self.city_error_label.setWordWrap(True)
        self.city_error_label.setProperty(u"errorLabel", True)

        self.location_fields_layout.addWidget(self.city_error_label, 5, 3, 1, 1)

        self.location_phone_label = QLabel(self.location_details_widget)
        self.location_phone_label.setObjectName(u"location_phone_label")

        self.location_fields_layout.addWidget(self.location_phone_label, 6, 0, 1, 1)

        self.location_phone_edit = QLineEdit(self.location_details_widget)
        self.location_phone_edit.setObjectName(u"location_phone_edit")

        self.location_fields_layout.addWidget(self.location_phone_edit, 6, 1, 1, 3)

        self.location_phone_error_label = QLabel(self.location_details_widget)
        self.location_phone_error_label.setObjectName(u"location_phone_error_label")
        self.location_phone_error_label.setWordWrap(True)
        self.location_phone_error_label.setProperty(u"errorLabel", True)

        self.location_fields_layout.addWidget(self.location_phone_error_label, 7, 1, 1, 3)


        self.location_details_layout.addLayout(self.location_fields_layout)

        self.location_lower_layout = QHBoxLayout()
        self.location_lower_layout.setObjectName(u"location_lower_layout")
        self.opening_hours_column_layout = QVBoxLayout()
        self.opening_hours_column_layout.setObjectName(u"opening_hours_column_layout")
        self.opening_hours_label = QLabel(self.location_details_widget)
        self.opening_hours_label.setObjectName(u"opening_hours_label")

        self.opening_hours_column_layout.addWidget(self.opening_hours_label)

        self.opening_hours_widget = QWidget(self.location_details_widget)
        self.opening_hours_widget.setObjectName(u"opening_hours_widget")
        self.opening_hours_layout = QVBoxLayout(self.opening_hours_widget)
        self.opening_hours_layout.setObjectName(u"opening_hours_layout")
        self.opening_hours_layout.setContentsMargins(0, 0, 0, 0)
        self.no_opening_hours_label = QLabel(self.opening_hours_widget)
        self.no_opening_hours_label.setObjectName(u"no_opening_hours_label")
        self.no_opening_hours_label.setWordWrap(True)

        self.opening_hours_layout.addWidget(self.no_opening_hours_label)

        self.opening_hours_slots_layout = QVBoxLayout()
        self.opening_hours_slots_layout.setObjectName(u"opening_hours_slots_layout")

        self.opening_hours_layout.addLayout(self.opening_hours_slots_layout)

        self.add_opening_hours_slot_layout = QHBoxLayout()
        self.add_opening_hours_slot_layout.setObjectName(u"add_opening_hours_slot_layout")
        self.add_opening_hours_slot_button = QPushButton(self.opening_hours_widget)
        self.add_opening_hours_slot_button.setObjectName(u"add_opening_hours_slot_button")
        self.add_opening_hours_slot_button.setAutoDefault(False)

        self.add_opening_hours_slot_layout.addWidget(self.add_opening_hours_slot_button)

        self.add_opening_hours_slot_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.add_opening_hours_slot_layout.addItem(self.add_opening_hours_slot_spacer)


        self.opening_hours_layout.addLayout(self.add_opening_hours_slot_layout)


        self.opening_hours_column_layout.addWidget(self.opening_hours_widget)

        self.opening_hours_error_label = QLabel(self.location_details_widget)
        self.opening_hours_error_label.setObjectName(u"opening_hours_error_label")
        self.opening_hours_error_label.setWordWrap(True)
        self.opening_hours_error_label.setProperty(u"errorLabel", True)

        self.opening_hours_column_layout.addWidget(self.opening_hours_error_label)

        self.opening_hours_note_label = QLabel(self.location_details_widget)
        self.opening_hours_note_label.setObjectName(u"opening_hours_note_label")

        self.opening_hours_column_layout.addWidget(self.opening_hours_note_label)

        self.opening_hours_note_edit = QPlainTextEdit(self.location_details_widget)
        self.opening_hours_note_edit.setObjectName(u"opening_hours_note_edit")
        self.opening_hours_note_edit.setMaximumSize(QSize(16777215, 54))
        self.opening_hours_note_edit.setTabChangesFocus(True)

        self.opening_hours_column_layout.addWidget(self.opening_hours_note_edit)

        self.opening_hours_note_error_label = QLabel(self.location_details_widget)
        self.opening_hours_note_error_label.setObjectName(u"opening_hours_note_error_label")
        self.opening_hours_note_error_label.setWordWrap(True)
        self.opening_hours_note_error_label.setProperty(u"errorLabel", True)

        self.opening_hours_column_layout.addWidget(self.opening_hours_note_error_label)

        self.accessibility_label = QLabel(self.location_details_widget)
        self.accessibility_label.setObjectName(u"accessibility_label")

        self.opening_hours_column_layout.addWidget(self.accessibility_label)

        self.accessibility_edit = QPlainTextEdit(self.location_details_widget)
        self.accessibility_edit.setObjectName(u"accessibility_edit")
        self.accessibility_edit.setMaximumSize(QSize(16777215, 54))
        self.accessibility_edit.setTabChangesFocus(True)

        self.opening_hours_column_layout.addWidget(self.accessibility_edit)

        self.accessibility_error_label = QLabel(self.location_details_widget)
        self.accessibility_error_label.setObjectName(u"accessibility_error_label")
        self.accessibility_error_label.setWordWrap(True)
        self.accessibility_error_label.setProperty(u"errorLabel", True)

        self.opening_hours_column_layout.addWidget(self.accessibility_error_label)

        self.opening_hours_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.opening_hours_column_layout.addItem(self.opening_hours_spacer)


        self.location_lower_layout.addLayout(self.opening_hours_column_layout)

        self.location_languages_layout = QVBoxLayout()
        self.location_languages_layout.setObjectName(u"location_languages_layout")
        self.location_languages_label = QLabel(self.location_details_widget)
        self.location_languages_label.setObjectName(u"location_languages_label")

        self.location_languages_layout.addWidget(self.location_languages_label)

        self.location_languages_list = QListWidget(self.location_details_widget)
        self.location_languages_list.setObjectName(u"location_languages_list")

        self.location_languages_layout.addWidget(self.location_languages_list)

        self.location_languages_error_label = QLabel(self.location_details_widget)
        self.location_languages_error_label.setObjectName(u"location_languages_error_label")
        self.location_languages_error_label.setWordWrap(True)
        self.location_languages_error_label.setProperty(u"errorLabel", True)

        self.location_languages_layout.addWidget(self.location_languages_error_label)


        self.location_lower_layout.addLayout(self.location_languages_layout)

        self.location_lower_layout.setStretch(0, 3)
        self.location_lower_layout.setStretch(1, 2)

        self.location_details_layout.addLayout(self.location_lower_layout)


        self.location_scroll_layout.addWidget(self.location_details_widget)

        self.location_scroll.setWidget(self.location_scroll_contents)

        self.location_side_layout.addWidget(self.location_scroll)


        self.locations_layout.addWidget(self.location_side_widget)

        self.locations_layout.setStretch(1, 1)
        self.tab_widget.addTab(self.locations_tab, "")
        self.offers_tab = QWidget()
        self.offers_tab.setObjectName(u"offers_tab")
        self.offers_layout = QHBoxLayout(self.offers_tab)
        self.offers_layout.setObjectName(u"offers_layout")
        self.offers_master_widget = QWidget(self.offers_tab)
        self.offers_master_widget.setObjectName(u"offers_master_widget")
        sizePolicy.setHeightForWidth(self.offers_master_widget.sizePolicy().hasHeightForWidth())
        self.offers_master_widget.setSizePolicy(sizePolicy)
        self.offers_master_widget.setMaximumSize(QSize(220, 16777215))
        self.offers_master_layout = QVBoxLayout(self.offers_master_widget)
        self.offers_master_layout.setObjectName(u"offers_master_layout")
        self.offers_master_layout.setContentsMargins(0, 0, 0, 0)
        self.offers_list_label = QLabel(self.offers_master_widget)
        self.offers_list_label.setObjectName(u"offers_list_label")
        self.offers_list_label.setWordWrap(True)

        self.offers_master_layout.addWidget(self.offers_list_label)

        self.offers_list = QListWidget(self.offers_master_widget)
        self.offers_list.setObjectName(u"offers_list")
        self.offers_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.offers_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.offers_list.setWordWrap(True)

        self.offers_master_layout.addWidget(self.offers_list)

        self.offers_buttons_layout = QHBoxLayout()
        self.offers_buttons_layout.setObjectName(u"offers_buttons_layout")
        self.add_offer_button = QPushButton(self.offers_master_widget)
        self.add_offer_button.setObjectName(u"add_offer_button")
        self.add_offer_button.setAutoDefault(False)

        self.offers_buttons_layout.addWidget(self.add_offer_button)

        self.remove_offer_button = QPushButton(self.offers_master_widget)
        self.remove_offer_button.setObjectName(u"remove_offer_button")
        self.remove_offer_button.setAutoDefault(False)

        self.offers_buttons_layout.addWidget(self.remove_offer_button)


        self.offers_master_layout.addLayout(self.offers_buttons_layout)


        self.offers_layout.addWidget(self.offers_master_widget)

        self.offer_side_widget = QWidget(self.offers_tab)
        self.offer_side_widget.setObjectName(u"offer_side_widget")
        sizePolicy1.setHeightForWidth(self.offer_side_widget.sizePolicy().hasHeightForWidth())
        self.offer_side_widget.setSizePolicy(sizePolicy1)
        self.offer_side_layout = QVBoxLayout(self.offer_side_widget)
        self.offer_side_layout.setObjectName(u"offer_side_layout")
        self.offer_side_layout.setContentsMargins(0, 0, 0, 0)
        self.no_offers_label = QLabel(self.offer_side_widget)
        self.no_offers_label.setObjectName(u"no_offers_label")
        self.no_offers_label.setWordWrap(True)

        self.offer_side_layout.addWidget(self.no_offers_label)

        self.offer_scroll = QScrollArea(self.offer_side_widget)
        self.offer_scroll.setObjectName(u"offer_scroll")
        self.offer_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.offer_scroll.setWidgetResizable(True)
        self.offer_scroll_contents = QWidget()
        self.offer_scroll_contents.setObjectName(u"offer_scroll_contents")
        self.offer_scroll_layout = QVBoxLayout(self.offer_scroll_contents)
        self.offer_scroll_layout.setObjectName(u"offer_scroll_layout")
        self.offer_scroll_layout.setContentsMargins(0, 0, 0, 0)
        self.offer_details_widget = QWidget(self.offer_scroll_contents)
        self.offer_details_widget.setObjectName(u"offer_details_widget")
        self.offer_details_layout = QVBoxLayout(self.offer_details_widget)
        self.offer_details_layout.setObjectName(u"offer_details_layout")
        self.offer_details_layout.setContentsMargins(0, 0, 0, 0)
        self.offer_fields_layout = QGridLayout()
        self.offer_fields_layout.setObjectName(u"offer_fields_layout")
        self.offer_name_label = QLabel(self.offer_details_widget)
        self.offer_name_label.setObjectName(u"offer_name_label")

        self.offer_fields_layout.addWidget(self.offer_name_label, 0, 0, 1, 1)

        self.offer_name_edit = QLineEdit(self.offer_details_widget)
        self.offer_name_edit.setObjectName(u"offer_name_edit")

        self.offer_fields_layout.addWidget(self.offer_name_edit, 0, 1, 1, 1)

        self.offer_name_error_label = QLabel(self.offer_details_widget)
        self.offer_name_error_label.setObjectName(u"offer_name_error_label")
        self.offer_name_error_label.setWordWrap(True)
        self.offer_name_error_label.setProperty(u"errorLabel", True)

        self.offer_fields_layout.addWidget(self.offer_name_error_label, 1, 1, 1, 1)

        self.offer_description_label = QLabel(self.offer_details_widget)
        self.offer_description_label.setObjectName(u"offer_description_label")

        self.offer_fields_layout.addWidget(self.offer_description_label, 2, 0, 1, 1)

        self.offer_description_edit = QPlainTextEdit(self.offer_details_widget)
        self.offer_description_edit.setObjectName(u"offer_description_edit")
        self.offer_description_edit.setMaximumSize(QSize(16777215, 60))
        self.offer_description_edit.setTabChangesFocus(True)

        self.offer_fields_layout.addWidget(self.offer_description_edit, 2, 1, 1, 1)

        self.offer_description_error_label = QLabel(self.offer_details_widget)
        self.offer_description_error_label.setObjectName(u"offer_description_error_label")
        self.offer_description_error_label.setWordWrap(True)
        self.offer_description_error_label.setProperty(u"errorLabel", True)

        self.offer_fields_layout.addWidget(self.offer_description_error_label, 3, 1, 1, 1)

        self.offer_location_label = QLabel(self.offer_details_widget)
        self.offer_location_label.setObjectName(u"offer_location_label")

        self.offer_fields_layout.addWidget(self.offer_location_label, 4, 0, 1, 1)

        self.offer_location_combo = QComboBox(self.offer_details_widget)
        self.offer_location_combo.setObjectName(u"offer_location_combo")

        self.offer_fields_layout.addWidget(self.offer_location_combo, 4, 1, 1, 1)

        self.offer_location_error_label = QLabel(self.offer_details_widget)
        self.offer_location_error_label.setObjectName(u"offer_location_error_label")
        self.offer_location_error_label.setWordWrap(True)
        self.offer_location_error_label.setProperty(u"errorLabel", True)

        self.offer_fields_layout.addWidget(self.offer_location_error_label, 5, 1, 1, 1)

        self.field_of_action_label = QLabel(self.offer_details_widget)
        self.field_of_action_label.setObjectName(u"field_of_action_label")

        self.offer_fields_layout.addWidget(self.field_of_action_label, 6, 0, 1, 1)

        self.field_of_action_combo = QComboBox(self.offer_details_widget)
        self.field_of_action_combo.setObjectName(u"field_of_action_combo")
        self.field_of_action_combo.setEditable(True)
        self.field_of_action_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.offer_fields_layout.addWidget(self.field_of_action_combo, 6, 1, 1, 1)

        self.field_of_action_error_label = QLabel(self.offer_details_widget)
        self.field_of_action_error_label.setObjectName(u"field_of_action_error_label")
        self.field_of_action_error_label.setWordWrap(True)
        self.field_of_action_error_label.setProperty(u"errorLabel", True)

        self.offer_fields_layout.addWidget(self.field_of_action_error_label, 7, 1, 1, 1)

        self.offer_lists_layout = QHBoxLayout()
        self.offer_lists_layout.setObjectName(u"offer_lists_layout")
        self.target_groups_layout = QVBoxLayout()
        self.target_groups_layout.setObjectName(u"target_groups_layout")
        self.target_groups_label = QLabel(self.offer_details_widget)
        self.target_groups_label.setObjectName(u"target_groups_label")

        self.target_groups_layout.addWidget(self.target_groups_label)

        self.target_groups_list = QListWidget(self.offer_details_widget)
        self.target_groups_list.setObjectName(u"target_groups_list")
        self.target_groups_list.setMinimumSize(QSize(0, 130))

        self.target_groups_layout.addWidget(self.target_groups_list)

        self.other_target_group_layout = QHBoxLayout()
        self.other_target_group_layout.setObjectName(u"other_target_group_layout")
        self.other_target_group_edit = QLineEdit(self.offer_details_widget)
        self.other_target_group_edit.setObjectName(u"other_target_group_edit")

        self.other_target_group_layout.addWidget(self.other_target_group_edit)

        self.add_target_group_button = QPushButton(self.offer_details_widget)
        self.add_target_group_button.setObjectName(u"add_target_group_button")
        self.add_target_group_button.setAutoDefault(False)

        self.other_target_group_layout.addWidget(self.add_target_group_button)


        self.target_groups_layout.addLayout(self.other_target_group_layout)

        self.target_groups_error_label = QLabel(self.offer_details_widget)
        self.target_groups_error_label.setObjectName(u"target_groups_error_label")
        self.target_groups_error_label.setWordWrap(True)
        self.target_groups_error_label.setProperty(u"errorLabel", True)

        self.target_groups_layout.addWidget(self.target_groups_error_label)


        self.offer_lists_layout.addLayout(self.target_groups_layout)

        self.offer_languages_layout = QVBoxLayout()
        self.offer_languages_layout.setObjectName(u"offer_languages_layout")
        self.offer_languages_label = QLabel(self.offer_details_widget)
        self.offer_languages_label.setObjectName(u"offer_languages_label")

        self.offer_languages_layout.addWidget(self.offer_languages_label)

        self.offer_languages_list = QListWidget(self.offer_details_widget)
        self.offer_languages_list.setObjectName(u"offer_languages_list")
        self.offer_languages_list.setMinimumSize(QSize(0, 130))

        self.offer_languages_layout.addWidget(self.offer_languages_list)

        self.offer_languages_error_label = QLabel(self.offer_details_widget)
        self.offer_languages_error_label.setObjectName(u"offer_languages_error_label")
        self.offer_languages_error_label.setWordWrap(True)
        self.offer_languages_error_label.setProperty(u"errorLabel", True)

        self.offer_languages_layout.addWidget(self.offer_languages_error_label)


        self.offer_lists_layout.addLayout(self.offer_languages_layout)


        self.offer_fields_layout.addLayout(self.offer_lists_layout, 8, 0, 1, 2)

        self.schedule_label = QLabel(self.offer_details_widget)
        self.schedule_label.setObjectName(u"schedule_label")

        self.offer_fields_layout.addWidget(self.schedule_label, 9, 0, 1, 2)

        self.schedule_widget = QWidget(self.offer_details_widget)
        self.schedule_widget.setObjectName(u"schedule_widget")
        self.schedule_layout = QVBoxLayout(self.schedule_widget)
        self.schedule_layout.setObjectName(u"schedule_layout")
        self.schedule_layout.setContentsMargins(0, 0, 0, 0)
        self.no_schedule_label = QLabel(self.schedule_widget)
        self.no_schedule_label.setObjectName(u"no_schedule_label")
        self.no_schedule_label.setWordWrap(True)

        self.schedule_layout.addWidget(self.no_schedule_label)

        self.schedule_slots_layout = QVBoxLayout()
        self.schedule_slots_layout.setObjectName(u"schedule_slots_layout")

        self.schedule_layout.addLayout(self.schedule_slots_layout)

        self.add_schedule_slot_layout = QHBoxLayout()
        self.add_schedule_slot_layout.setObjectName(u"add_schedule_slot_layout")
        self.add_schedule_slot_button = QPushButton(self.schedule_widget)
        self.add_schedule_slot_button.setObjectName(u"add_schedule_slot_button")
        self.add_schedule_slot_button.setAutoDefault(False)

        self.add_schedule_slot_layout.addWidget(self.add_schedule_slot_button)

        self.add_schedule_slot_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.add_schedule_slot_layout.addItem(self.add_schedule_slot_spacer)


        self.schedule_layout.addLayout(self.add_schedule_slot_layout)


        self.offer_fields_layout.addWidget(self.schedule_widget, 10, 0, 1, 2)

        self.schedule_error_label = QLabel(self.offer_details_widget)
        self.schedule_error_label.setObjectName(u"schedule_error_label")
        self.schedule_error_label.setWordWrap(True)
        self.schedule_error_label.setProperty(u"errorLabel", True)

        self.offer_fields_layout.addWidget(self.schedule_error_label, 11, 0, 1, 2)

        self.schedule_note_label = QLabel(self.offer_details_widget)
        self.schedule_note_label.setObjectName(u"schedule_note_label")

        self.offer_fields_layout.addWidget(self.schedule_note_label, 12, 0, 1, 1)

        self.schedule_note_edit = QPlainTextEdit(self.offer_details_widget)
        self.schedule_note_edit.setObjectName(u"schedule_note_edit")
        self.schedule_note_edit.setMaximumSize(QSize(16777215, 54))
        self.schedule_note_edit.setTabChangesFocus(True)

        self.offer_fields_layout.addWidget(self.schedule_note_edit, 12, 1, 1, 1)

        self.schedule_note_error_label = QLabel(self.offer_details_widget)
        self.schedule_note_error_label.setObjectName(u"schedule_note_error_label")
        self.schedule_note_error_label.setWordWrap(True)
        self.schedule_note_error_label.setProperty(u"errorLabel", True)

        self.offer_fields_layout.addWidget(self.schedule_note_error_label, 13, 1, 1, 1)

        self.offer_contact_name_label = QLabel(self.offer_details_widget)
        self.offer_contact_name_label.setObjectName(u"offer_contact_name_label")

        self.offer_fields_layout.addWidget(self.offer_contact_name_label, 14, 0, 1, 1)

        self.offer_contact_name_edit = QLineEdit(self.offer_details_widget)
        self.offer_contact_name_edit.setObjectName(u"offer_contact_name_edit")

        self.offer_fields_layout.addWidget(self.offer_contact_name_edit, 14, 1, 1, 1)

        self.offer_contact_name_error_label = QLabel(self.offer_details_widget)
        self.offer_contact_name_error_label.setObjectName(u"offer_contact_name_error_label")
        self.offer_contact_name_error_label.setWordWrap(True)
        self.offer_contact_name_error_label.setProperty(u"errorLabel", True)

        self.offer_fields_layout.addWidget(self.offer_contact_name_error_label, 15, 1, 1, 1)

        self.offer_contact_phone_label = QLabel(self.offer_details_widget)
        self.offer_contact_phone_label.setObjectName(u"offer_contact_phone_label")

        self.offer_fields_layout.addWidget(self.offer_contact_phone_label, 16, 0, 1, 1)

        self.offer_contact_phone_edit = QLineEdit(self.offer_details_widget)
        self.offer_contact_phone_edit.setObjectName(u"offer_contact_phone_edit")

        self.offer_fields_layout.addWidget(self.offer_contact_phone_edit, 16, 1, 1, 1)

        self.offer_contact_phone_error_label = QLabel(self.offer_details_widget)
        self.offer_contact_phone_error_label.setObjectName(u"offer_contact_phone_error_label")
        self.offer_contact_phone_error_label.setWordWrap(True)
        self.offer_contact_phone_error_label.setProperty(u"errorLabel", True)

        self.offer_fields_layout.addWidget(self.offer_contact_phone_error_label, 17, 1, 1, 1)

        self.offer_contact_email_label = QLabel(self.offer_details_widget)
        self.offer_contact_email_label.setObjectName(u"offer_contact_email_label")

        self.offer_fields_layout.addWidget(self.offer_contact_email_label, 18, 0, 1, 1)

        self.offer_contact_email_edit = QLineEdit(self.offer_details_widget)
        self.offer_contact_email_edit.setObjectName(u"offer_contact_email_edit")

        self.offer_fields_layout.addWidget(self.offer_contact_email_edit, 18, 1, 1, 1)

        self.offer_contact_email_error_label = QLabel(self.offer_details_widget)
        self.offer_contact_email_error_label.setObjectName(u"offer_contact_email_error_label")
        self.offer_contact_email_error_label.setWordWrap(True)
        self.offer_contact_email_error_label.setProperty(u"errorLabel", True)

        self.offer_fields_layout.addWidget(self.offer_contact_email_error_label, 19, 1, 1, 1)

        self.offer_email_label = QLabel(self.offer_details_widget)
        self.offer_email_label.setObjectName(u"offer_email_label")

        self.offer_fields_layout.addWidget(self.offer_email_label, 20, 0, 1, 1)

        self.offer_email_edit = QLineEdit(self.offer_details_widget)
        self.offer_email_edit.setObjectName(u"offer_email_edit")

        self.offer_fields_layout.addWidget(self.offer_email_edit, 20, 1, 1, 1)

        self.offer_email_error_label = QLabel(self.offer_details_widget)
        self.offer_email_error_label.setObjectName(u"offer_email_error_label")
        self.offer_email_error_label.setWordWrap(True)
        self.offer_email_error_label.setProperty(u"errorLabel", True)

        self.offer_fields_layout.addWidget(self.offer_email_error_label, 21, 1, 1, 1)

        self.offer_url_label = QLabel(self.offer_details_widget)
        self.offer_url_label.setObjectName(u"offer_url_label")

        self.offer_fields_layout.addWidget(self.offer_url_label, 22, 0, 1, 1)

        self.offer_url_edit = QLineEdit(self.offer_details_widget)
        self.offer_url_edit.setObjectName(u"offer_url_edit")

        self.offer_fields_layout.addWidget(self.offer_url_edit, 22, 1, 1, 1)

        self.offer_url_error_label = QLabel(self.offer_details_widget)
        self.offer_url_error_label.setObjectName(u"offer_url_error_label")
        self.offer_url_error_label.setWordWrap(True)
        self.offer_url_error_label.setProperty(u"errorLabel", True)

        self.offer_fields_layout.addWidget(self.offer_url_error_label, 23, 1, 1, 1)


        self.offer_details_layout.addLayout(self.offer_fields_layout)

        self.offer_details_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.offer_details_layout.addItem(self.offer_details_spacer)


        self.offer_scroll_layout.addWidget(self.offer_details_widget)

        self.offer_scroll.setWidget(self.offer_scroll_contents)

        self.offer_side_layout.addWidget(self.offer_scroll)


        self.offers_layout.addWidget(self.offer_side_widget)

        self.offers_layout.setStretch(1, 1)
        self.tab_widget.addTab(self.offers_tab, "")

        self.main_layout.addWidget(self.tab_widget)

        self.button_box = QDialogButtonBox(PartnerDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.description_label.setBuddy(self.description_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
        self.website_label.setBuddy(self.website_edit)
        self.contact_name_label.setBuddy(self.contact_name_edit)
        self.contact_phone_label.setBuddy(self.contact_phone_edit)
        self.contact_email_label.setBuddy(self.contact_email_edit)
        self.locations_list_label.setBuddy(self.locations_list)
        self.location_name_label.setBuddy(self.location_name_edit)
        self.street_label.setBuddy(self.street_edit)
        self.postcode_label.setBuddy(self.postcode_edit)
        self.city_label.setBuddy(self.city_edit)
        self.location_phone_label.setBuddy(self.location_phone_edit)
        self.opening_hours_label.setBuddy(self.add_opening_hours_slot_button)
        self.opening_hours_note_label.setBuddy(self.opening_hours_note_edit)
        self.accessibility_label.setBuddy(self.accessibility_edit)
        self.location_languages_label.setBuddy(self.location_languages_list)
        self.offers_list_label.setBuddy(self.offers_list)
        self.offer_name_label.setBuddy(self.offer_name_edit)
        self.offer_description_label.setBuddy(self.offer_description_edit)
        self.offer_location_label.setBuddy(self.offer_location_combo)
        self.field_of_action_label.setBuddy(self.field_of_action_combo)
        self.target_groups_label.setBuddy(self.target_groups_list)
        self.offer_languages_label.setBuddy(self.offer_languages_list)
        self.schedule_label.setBuddy(self.add_schedule_slot_button)
        self.schedule_note_label.setBuddy(self.schedule_note_edit)
        self.offer_contact_name_label.setBuddy(self.offer_contact_name_edit)
        self.offer_contact_phone_label.setBuddy(self.offer_contact_phone_edit)
        self.offer_contact_email_label.setBuddy(self.offer_contact_email_edit)
        self.offer_email_label.setBuddy(self.offer_email_edit)
        self.offer_url_label.setBuddy(self.offer_url_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tab_widget, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.website_edit)
        QWidget.setTabOrder(self.website_edit, self.contact_name_edit)
        QWidget.setTabOrder(self.contact_name_edit, self.contact_phone_edit)
        QWidget.setTabOrder(self.contact_phone_edit, self.contact_email_edit)
        QWidget.setTabOrder(self.contact_email_edit, self.locations_list)
        QWidget.setTabOrder(self.locations_list, self.add_location_button)
        QWidget.setTabOrder(self.add_location_button, self.remove_location_button)
        QWidget.setTabOrder(self.remove_location_button, self.location_name_edit)
        QWidget.setTabOrder(self.location_name_edit, self.street_edit)
        QWidget.setTabOrder(self.street_edit, self.postcode_edit)
        QWidget.setTabOrder(self.postcode_edit, self.city_edit)
        QWidget.setTabOrder(self.city_edit, self.location_phone_edit)
        QWidget.setTabOrder(self.location_phone_edit, self.add_opening_hours_slot_button)
        QWidget.setTabOrder(self.add_opening_hours_slot_button, self.opening_hours_note_edit)
        QWidget.setTabOrder(self.opening_hours_note_edit, self.accessibility_edit)
        QWidget.setTabOrder(self.accessibility_edit, self.location_languages_list)
        QWidget.setTabOrder(self.location_languages_list, self.offers_list)
        QWidget.setTabOrder(self.offers_list, self.add_offer_button)
        QWidget.setTabOrder(self.add_offer_button, self.remove_offer_button)
        QWidget.setTabOrder(self.remove_offer_button, self.offer_name_edit)
        QWidget.setTabOrder(self.offer_name_edit, self.offer_description_edit)
        QWidget.setTabOrder(self.offer_description_edit, self.offer_location_combo)
        QWidget.setTabOrder(self.offer_location_combo, self.field_of_action_combo)
        QWidget.setTabOrder(self.field_of_action_combo, self.target_groups_list)
        QWidget.setTabOrder(self.target_groups_list, self.other_target_group_edit)
        QWidget.setTabOrder(self.other_target_group_edit, self.add_target_group_button)
        QWidget.setTabOrder(self.add_target_group_button, self.offer_languages_list)
        QWidget.setTabOrder(self.offer_languages_list, self.add_schedule_slot_button)
        QWidget.setTabOrder(self.add_schedule_slot_button, self.schedule_note_edit)
        QWidget.setTabOrder(self.schedule_note_edit, self.offer_contact_name_edit)
        QWidget.setTabOrder(self.offer_contact_name_edit, self.offer_contact_phone_edit)
        QWidget.setTabOrder(self.offer_contact_phone_edit, self.offer_contact_email_edit)
        QWidget.setTabOrder(self.offer_contact_email_edit, self.offer_email_edit)
        QWidget.setTabOrder(self.offer_email_edit, self.offer_url_edit)
        QWidget.setTabOrder(self.offer_url_edit, self.location_scroll)
        QWidget.setTabOrder(self.location_scroll, self.offer_scroll)

        self.retranslateUi(PartnerDialog)

        self.tab_widget.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, PartnerDialog):
        PartnerDialog.setWindowTitle(QCoreApplication.translate("PartnerDialog", u"Partner", None))
        self.name_label.setText(QCoreApplication.translate("PartnerDialog", u"&Name *", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("PartnerDialog", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Kind of organisation", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("PartnerDialog", u"&Description", None))
#if QT_CONFIG(accessibility)
        self.description_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.phone_label.setText(QCoreApplication.translate("PartnerDialog", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.email_label.setText(QCoreApplication.translate("PartnerDialog", u"&E-mail", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.website_label.setText(QCoreApplication.translate("PartnerDialog", u"&Website", None))
#if QT_CONFIG(accessibility)
        self.website_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Website", None))
#endif // QT_CONFIG(accessibility)
        self.website_edit.setPlaceholderText(QCoreApplication.translate("PartnerDialog", u"www.example.org", None))
        self.contact_group.setTitle(QCoreApplication.translate("PartnerDialog", u"Contact person", None))
        self.contact_name_label.setText(QCoreApplication.translate("PartnerDialog", u"N&ame", None))
#if QT_CONFIG(accessibility)
        self.contact_name_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Name of the contact person", None))
#endif // QT_CONFIG(accessibility)
        self.contact_phone_label.setText(QCoreApplication.translate("PartnerDialog", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.contact_phone_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Phone of the contact person", None))
#endif // QT_CONFIG(accessibility)
        self.contact_email_label.setText(QCoreApplication.translate("PartnerDialog", u"E-&mail", None))
#if QT_CONFIG(accessibility)
        self.contact_email_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"E-mail of the contact person", None))
#endif // QT_CONFIG(accessibility)
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.organisation_tab), QCoreApplication.translate("PartnerDialog", u"&Organisation", None))
        self.locations_list_label.setText(QCoreApplication.translate("PartnerDialog", u"Locations of the &partner", None))
#if QT_CONFIG(accessibility)
        self.locations_list.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Locations of the partner", None))
#endif // QT_CONFIG(accessibility)
        self.add_location_button.setText(QCoreApplication.translate("PartnerDialog", u"&Add location", None))
#if QT_CONFIG(accessibility)
        self.add_location_button.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Add a location", None))
#endif // QT_CONFIG(accessibility)
        self.remove_location_button.setText(QCoreApplication.translate("PartnerDialog", u"&Remove", None))
#if QT_CONFIG(accessibility)
        self.remove_location_button.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Remove the selected location", None))
#endif // QT_CONFIG(accessibility)
        self.no_locations_label.setText(QCoreApplication.translate("PartnerDialog", u"No locations. Add one with \u201cAdd location\u201d, so that people know where to go.", None))
        self.location_name_label.setText(QCoreApplication.translate("PartnerDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.location_name_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Name of the location", None))
#endif // QT_CONFIG(accessibility)
        self.location_name_edit.setPlaceholderText(QCoreApplication.translate("PartnerDialog", u"e.g. main office", None))
        self.street_label.setText(QCoreApplication.translate("PartnerDialog", u"&Street", None))
#if QT_CONFIG(accessibility)
        self.street_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Street and number", None))
#endif // QT_CONFIG(accessibility)
        self.postcode_label.setText(QCoreApplication.translate("PartnerDialog", u"Post&code", None))
#if QT_CONFIG(accessibility)
        self.postcode_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Postcode", None))
#endif // QT_CONFIG(accessibility)
        self.city_label.setText(QCoreApplication.translate("PartnerDialog", u"Cit&y", None))
#if QT_CONFIG(accessibility)
        self.city_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"City", None))
#endif // QT_CONFIG(accessibility)
        self.location_phone_label.setText(QCoreApplication.translate("PartnerDialog", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.location_phone_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Phone of the location", None))
#endif // QT_CONFIG(accessibility)
        self.opening_hours_label.setText(QCoreApplication.translate("PartnerDialog", u"Opening ho&urs", None))
#if QT_CONFIG(accessibility)
        self.opening_hours_widget.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Opening hours", None))
#endif // QT_CONFIG(accessibility)
        self.no_opening_hours_label.setText(QCoreApplication.translate("PartnerDialog", u"No opening hours yet. Add a time slot for each weekday the location is open.", None))
        self.add_opening_hours_slot_button.setText(QCoreApplication.translate("PartnerDialog", u"Add &time slot", None))
        self.opening_hours_note_label.setText(QCoreApplication.translate("PartnerDialog", u"Not&e on the hours", None))
#if QT_CONFIG(accessibility)
        self.opening_hours_note_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Note on the opening hours", None))
#endif // QT_CONFIG(accessibility)
        self.accessibility_label.setText(QCoreApplication.translate("PartnerDialog", u"Accessi&bility", None))
#if QT_CONFIG(accessibility)
        self.accessibility_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Accessibility", None))
#endif // QT_CONFIG(accessibility)
        self.location_languages_label.setText(QCoreApplication.translate("PartnerDialog", u"Lan&guages", None))
#if QT_CONFIG(accessibility)
        self.location_languages_list.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Languages spoken at the location", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.location_languages_list.setAccessibleDescription(QCoreApplication.translate("PartnerDialog", u"Check every language the location's staff speak.", None))
#endif // QT_CONFIG(accessibility)
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.locations_tab), QCoreApplication.translate("PartnerDialog", u"&Locations", None))
        self.offers_list_label.setText(QCoreApplication.translate("PartnerDialog", u"Offers of this &partner", None))
#if QT_CONFIG(accessibility)
        self.offers_list.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Offers of the partner", None))
#endif // QT_CONFIG(accessibility)
        self.add_offer_button.setText(QCoreApplication.translate("PartnerDialog", u"&Add offer", None))
#if QT_CONFIG(accessibility)
        self.add_offer_button.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Add an offer", None))
#endif // QT_CONFIG(accessibility)
        self.remove_offer_button.setText(QCoreApplication.translate("PartnerDialog", u"&Remove", None))
#if QT_CONFIG(accessibility)
        self.remove_offer_button.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Remove the selected offer", None))
#endif // QT_CONFIG(accessibility)
        self.no_offers_label.setText(QCoreApplication.translate("PartnerDialog", u"No offers yet. Add what the partner offers with \u201cAdd offer\u201d: counselling, courses, meeting places.", None))
        self.offer_name_label.setText(QCoreApplication.translate("PartnerDialog", u"&Name *", None))
#if QT_CONFIG(accessibility)
        self.offer_name_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Name of the offer", None))
#endif // QT_CONFIG(accessibility)
        self.offer_description_label.setText(QCoreApplication.translate("PartnerDialog", u"&Description", None))
#if QT_CONFIG(accessibility)
        self.offer_description_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Description of the offer", None))
#endif // QT_CONFIG(accessibility)
        self.offer_location_label.setText(QCoreApplication.translate("PartnerDialog", u"Lo&cation", None))
#if QT_CONFIG(accessibility)
        self.offer_location_combo.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Location of the offer", None))
#endif // QT_CONFIG(accessibility)
        self.field_of_action_label.setText(QCoreApplication.translate("PartnerDialog", u"Field of act&ion", None))
#if QT_CONFIG(accessibility)
        self.field_of_action_combo.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Field of action", None))
#endif // QT_CONFIG(accessibility)
        self.target_groups_label.setText(QCoreApplication.translate("PartnerDialog", u"&Target groups", None))
#if QT_CONFIG(accessibility)
        self.target_groups_list.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Target groups", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.target_groups_list.setAccessibleDescription(QCoreApplication.translate("PartnerDialog", u"Check every target group the offer is meant for.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.other_target_group_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Another target group", None))
#endif // QT_CONFIG(accessibility)
        self.other_target_group_edit.setPlaceholderText(QCoreApplication.translate("PartnerDialog", u"Another target group", None))
        self.add_target_group_button.setText(QCoreApplication.translate("PartnerDialog", u"Add &group", None))
#if QT_CONFIG(accessibility)
        self.add_target_group_button.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Add target group", None))
#endif // QT_CONFIG(accessibility)
        self.offer_languages_label.setText(QCoreApplication.translate("PartnerDialog", u"Lang&uages", None))
#if QT_CONFIG(accessibility)
        self.offer_languages_list.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Languages of the offer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.offer_languages_list.setAccessibleDescription(QCoreApplication.translate("PartnerDialog", u"Check every language the offer is held in.", None))
#endif // QT_CONFIG(accessibility)
        self.schedule_label.setText(QCoreApplication.translate("PartnerDialog", u"&Weekly times", None))
#if QT_CONFIG(accessibility)
        self.schedule_widget.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Weekly times", None))
#endif // QT_CONFIG(accessibility)
        self.no_schedule_label.setText(QCoreApplication.translate("PartnerDialog", u"No regular times. Add a time slot for each weekday the offer takes place, or leave it empty if the location's opening hours apply.", None))
        self.add_schedule_slot_button.setText(QCoreApplication.translate("PartnerDialog", u"Add time &slot", None))
        self.schedule_note_label.setText(QCoreApplication.translate("PartnerDialog", u"Note on the times", None))
#if QT_CONFIG(accessibility)
        self.schedule_note_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Note on the times", None))
#endif // QT_CONFIG(accessibility)
        self.offer_contact_name_label.setText(QCoreApplication.translate("PartnerDialog", u"Contact p&erson", None))
#if QT_CONFIG(accessibility)
        self.offer_contact_name_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Contact person of the offer", None))
#endif // QT_CONFIG(accessibility)
        self.offer_contact_phone_label.setText(QCoreApplication.translate("PartnerDialog", u"Contact p&hone", None))
#if QT_CONFIG(accessibility)
        self.offer_contact_phone_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Phone of the contact person of the offer", None))
#endif // QT_CONFIG(accessibility)
        self.offer_contact_email_label.setText(QCoreApplication.translate("PartnerDialog", u"Contact e-&mail", None))
#if QT_CONFIG(accessibility)
        self.offer_contact_email_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"E-mail of the contact person of the offer", None))
#endif // QT_CONFIG(accessibility)
        self.offer_email_label.setText(QCoreApplication.translate("PartnerDialog", u"E-mail of the offer", None))
#if QT_CONFIG(accessibility)
        self.offer_email_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"E-mail of the offer", None))
#endif // QT_CONFIG(accessibility)
        self.offer_url_label.setText(QCoreApplication.translate("PartnerDialog", u"We&b address", None))
#if QT_CONFIG(accessibility)
        self.offer_url_edit.setAccessibleName(QCoreApplication.translate("PartnerDialog", u"Web address of the offer", None))
#endif // QT_CONFIG(accessibility)
        self.offer_url_edit.setPlaceholderText(QCoreApplication.translate("PartnerDialog", u"www.example.org", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.offers_tab), QCoreApplication.translate("PartnerDialog", u"O&ffers", None))
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'offer_dialog.ui'
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
    QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_OfferDialog(object):
    def setupUi(self, OfferDialog):
        if not OfferDialog.objectName():
            OfferDialog.setObjectName(u"OfferDialog")
        OfferDialog.resize(720, 680)
        self.main_layout = QVBoxLayout(OfferDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.title_label = QLabel(OfferDialog)
        self.title_label.setObjectName(u"title_label")

        self.fields_layout.addWidget(self.title_label, 0, 0, 1, 1)

        self.title_edit = QLineEdit(OfferDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.fields_layout.addWidget(self.title_edit, 0, 1, 1, 1)

        self.title_error_label = QLabel(OfferDialog)
        self.title_error_label.setObjectName(u"title_error_label")
        self.title_error_label.setWordWrap(True)
        self.title_error_label.setProperty(u"errorLabel", True)

        self.fields_layout.addWidget(self.title_error_label, 1, 1, 1, 1)

        self.field_of_action_label = QLabel(OfferDialog)
        self.field_of_action_label.setObjectName(u"field_of_action_label")

        self.fields_layout.addWidget(self.field_of_action_label, 2, 0, 1, 1)

        self.field_of_action_combo = QComboBox(OfferDialog)
        self.field_of_action_combo.setObjectName(u"field_of_action_combo")

        self.fields_layout.addWidget(self.field_of_action_combo, 2, 1, 1, 1)


        self.main_layout.addLayout(self.fields_layout)

        self.lists_layout = QHBoxLayout()
        self.lists_layout.setObjectName(u"lists_layout")
        self.target_groups_layout = QVBoxLayout()
        self.target_groups_layout.setObjectName(u"target_groups_layout")
        self.target_groups_label = QLabel(OfferDialog)
        self.target_groups_label.setObjectName(u"target_groups_label")

        self.target_groups_layout.addWidget(self.target_groups_label)

        self.target_groups_list = QListWidget(OfferDialog)
        self.target_groups_list.setObjectName(u"target_groups_list")

        self.target_groups_layout.addWidget(self.target_groups_list)

        self.other_target_group_layout = QHBoxLayout()
        self.other_target_group_layout.setObjectName(u"other_target_group_layout")
        self.other_target_group_edit = QLineEdit(OfferDialog)
        self.other_target_group_edit.setObjectName(u"other_target_group_edit")

        self.other_target_group_layout.addWidget(self.other_target_group_edit)

        self.add_target_group_button = QPushButton(OfferDialog)
        self.add_target_group_button.setObjectName(u"add_target_group_button")
        self.add_target_group_button.setAutoDefault(False)

        self.other_target_group_layout.addWidget(self.add_target_group_button)


        self.target_groups_layout.addLayout(self.other_target_group_layout)

        self.target_groups_error_label = QLabel(OfferDialog)
        self.target_groups_error_label.setObjectName(u"target_groups_error_label")
        self.target_groups_error_label.setWordWrap(True)
        self.target_groups_error_label.setProperty(u"errorLabel", True)

        self.target_groups_layout.addWidget(self.target_groups_error_label)


        self.lists_layout.addLayout(self.target_groups_layout)

        self.languages_layout = QVBoxLayout()
        self.languages_layout.setObjectName(u"languages_layout")
        self.languages_label = QLabel(OfferDialog)
        self.languages_label.setObjectName(u"languages_label")

        self.languages_layout.addWidget(self.languages_label)

        self.languages_list = QListWidget(OfferDialog)
        self.languages_list.setObjectName(u"languages_list")

        self.languages_layout.addWidget(self.languages_list)

        self.languages_error_label = QLabel(OfferDialog)
        self.languages_error_label.setObjectName(u"languages_error_label")
        self.languages_error_label.setWordWrap(True)
        self.languages_error_label.setProperty(u"errorLabel", True)

        self.languages_layout.addWidget(self.languages_error_label)


        self.lists_layout.addLayout(self.languages_layout)


        self.main_layout.addLayout(self.lists_layout)

        self.schedule_label = QLabel(OfferDialog)
        self.schedule_label.setObjectName(u"schedule_label")

        self.main_layout.addWidget(self.schedule_label)

        self.schedule_widget = QWidget(OfferDialog)
        self.schedule_widget.setObjectName(u"schedule_widget")
        self.schedule_layout = QVBoxLayout(self.schedule_widget)
        self.schedule_layout.setObjectName(u"schedule_layout")
        self.schedule_layout.setContentsMargins(0, 0, 0, 0)
        self.no_slots_label = QLabel(self.schedule_widget)
        self.no_slots_label.setObjectName(u"no_slots_label")
        self.no_slots_label.setWordWrap(True)

        self.schedule_layout.addWidget(self.no_slots_label)

        self.slots_layout = QVBoxLayout()
        self.slots_layout.setObjectName(u"slots_layout")

        self.schedule_layout.addLayout(self.slots_layout)

        self.add_slot_layout = QHBoxLayout()
        self.add_slot_layout.setObjectName(u"add_slot_layout")
        self.add_slot_button = QPushButton(self.schedule_widget)
        self.add_slot_button.setObjectName(u"add_slot_button")
        self.add_slot_button.setAutoDefault(False)

        self.add_slot_layout.addWidget(self.add_slot_button)

        self.add_slot_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.add_slot_layout.addItem(self.add_slot_spacer)


        self.schedule_layout.addLayout(self.add_slot_layout)


        self.main_layout.addWidget(self.schedule_widget)

        self.schedule_error_label = QLabel(OfferDialog)
        self.schedule_error_label.setObjectName(u"schedule_error_label")
        self.schedule_error_label.setWordWrap(True)
        self.schedule_error_label.setProperty(u"errorLabel", True)

        self.main_layout.addWidget(self.schedule_error_label)

        self.counselling_check = QCheckBox(OfferDialog)
        self.counselling_check.setObjectName(u"counselling_check")

        self.main_layout.addWidget(self.counselling_check)

        self.jobcenter_check = QCheckBox(OfferDialog)
        self.jobcenter_check.setObjectName(u"jobcenter_check")

        self.main_layout.addWidget(self.jobcenter_check)

        self.button_box = QDialogButtonBox(OfferDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title_edit)
        self.field_of_action_label.setBuddy(self.field_of_action_combo)
        self.target_groups_label.setBuddy(self.target_groups_list)
        self.languages_label.setBuddy(self.languages_list)
        self.schedule_label.setBuddy(self.add_slot_button)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title_edit, self.field_of_action_combo)
        QWidget.setTabOrder(self.field_of_action_combo, self.target_groups_list)
        QWidget.setTabOrder(self.target_groups_list, self.other_target_group_edit)
        QWidget.setTabOrder(self.other_target_group_edit, self.add_target_group_button)
        QWidget.setTabOrder(self.add_target_group_button, self.languages_list)
        QWidget.setTabOrder(self.languages_list, self.add_slot_button)
        QWidget.setTabOrder(self.add_slot_button, self.counselling_check)
        QWidget.setTabOrder(self.counselling_check, self.jobcenter_check)

        self.retranslateUi(OfferDialog)
    # setupUi

    def retranslateUi(self, OfferDialog):
        OfferDialog.setWindowTitle(QCoreApplication.translate("OfferDialog", u"Offer", None))
        self.title_label.setText(QCoreApplication.translate("OfferDialog", u"&Title *", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("OfferDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.field_of_action_label.setText(QCoreApplication.translate("OfferDialog", u"&Field of action", None))
#if QT_CONFIG(accessibility)
        self.field_of_action_combo.setAccessibleName(QCoreApplication.translate("OfferDialog", u"Field of action", None))
#endif // QT_CONFIG(accessibility)
        self.target_groups_label.setText(QCoreApplication.translate("OfferDialog", u"Tar&get groups", None))
#if QT_CONFIG(accessibility)
        self.target_groups_list.setAccessibleName(QCoreApplication.translate("OfferDialog", u"Target groups", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.target_groups_list.setAccessibleDescription(QCoreApplication.translate("OfferDialog", u"Check every target group the offer is meant for.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.other_target_group_edit.setAccessibleName(QCoreApplication.translate("OfferDialog", u"Another target group", None))
#endif // QT_CONFIG(accessibility)
        self.other_target_group_edit.setPlaceholderText(QCoreApplication.translate("OfferDialog", u"Another target group", None))
        self.add_target_group_button.setText(QCoreApplication.translate("OfferDialog", u"&Add group", None))
#if QT_CONFIG(accessibility)
        self.add_target_group_button.setAccessibleName(QCoreApplication.translate("OfferDialog", u"Add target group", None))
#endif // QT_CONFIG(accessibility)
        self.languages_label.setText(QCoreApplication.translate("OfferDialog", u"&Languages", None))
#if QT_CONFIG(accessibility)
        self.languages_list.setAccessibleName(QCoreApplication.translate("OfferDialog", u"Languages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.languages_list.setAccessibleDescription(QCoreApplication.translate("OfferDialog", u"Check every language the offer is held in.", None))
#endif // QT_CONFIG(accessibility)
        self.schedule_label.setText(QCoreApplication.translate("OfferDialog", u"&Weekly schedule", None))
#if QT_CONFIG(accessibility)
        self.schedule_widget.setAccessibleName(QCoreApplication.translate("OfferDialog", u"Weekly schedule", None))
#endif // QT_CONFIG(accessibility)
        self.no_slots_label.setText(QCoreApplication.translate("OfferDialog", u"No regular times. Add a time slot for each weekday the offer takes place.", None))
        self.add_slot_button.setText(QCoreApplication.translate("OfferDialog", u"Add time &slot", None))
        self.counselling_check.setText(QCoreApplication.translate("OfferDialog", u"Co&unselling", None))
#if QT_CONFIG(accessibility)
        self.counselling_check.setAccessibleDescription(QCoreApplication.translate("OfferDialog", u"The offer is a counselling service.", None))
#endif // QT_CONFIG(accessibility)
        self.jobcenter_check.setText(QCoreApplication.translate("OfferDialog", u"Suited to the &Jobcenter cooperation", None))
    # retranslateUi


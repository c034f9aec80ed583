# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'district_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DistrictDialog(object):
    def setupUi(self, DistrictDialog):
        if not DistrictDialog.objectName():
            DistrictDialog.setObjectName(u"DistrictDialog")
        DistrictDialog.resize(1040, 660)
        self.main_layout = QVBoxLayout(DistrictDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(DistrictDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.login_layout = QGridLayout()
        self.login_layout.setObjectName(u"login_layout")
        self.url_label = QLabel(DistrictDialog)
        self.url_label.setObjectName(u"url_label")

        self.login_layout.addWidget(self.url_label, 0, 0, 1, 1)

        self.url_edit = QLineEdit(DistrictDialog)
        self.url_edit.setObjectName(u"url_edit")

        self.login_layout.addWidget(self.url_edit, 0, 1, 1, 3)

        self.user_label = QLabel(DistrictDialog)
        self.user_label.setObjectName(u"user_label")

        self.login_layout.addWidget(self.user_label, 1, 0, 1, 1)

        self.user_edit = QLineEdit(DistrictDialog)
        self.user_edit.setObjectName(u"user_edit")

        self.login_layout.addWidget(self.user_edit, 1, 1, 1, 1)

        self.password_label = QLabel(DistrictDialog)
        self.password_label.setObjectName(u"password_label")

        self.login_layout.addWidget(self.password_label, 1, 2, 1, 1)

        self.password_edit = QLineEdit(DistrictDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.login_layout.addWidget(self.password_edit, 1, 3, 1, 1)

        self.year_label = QLabel(DistrictDialog)
        self.year_label.setObjectName(u"year_label")

        self.login_layout.addWidget(self.year_label, 2, 0, 1, 1)

        self.year_spin = QSpinBox(DistrictDialog)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2999)

        self.login_layout.addWidget(self.year_spin, 2, 1, 1, 1)

        self.month_label = QLabel(DistrictDialog)
        self.month_label.setObjectName(u"month_label")

        self.login_layout.addWidget(self.month_label, 2, 2, 1, 1)

        self.month_combo = QComboBox(DistrictDialog)
        self.month_combo.setObjectName(u"month_combo")

        self.login_layout.addWidget(self.month_combo, 2, 3, 1, 1)


        self.main_layout.addLayout(self.login_layout)

        self.load_layout = QHBoxLayout()
        self.load_layout.setObjectName(u"load_layout")
        self.load_button = QPushButton(DistrictDialog)
        self.load_button.setObjectName(u"load_button")
        self.load_button.setAutoDefault(True)

        self.load_layout.addWidget(self.load_button)

        self.status_label = QLabel(DistrictDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status_label.sizePolicy().hasHeightForWidth())
        self.status_label.setSizePolicy(sizePolicy)

        self.load_layout.addWidget(self.status_label)


        self.main_layout.addLayout(self.load_layout)

        self.result_tabs = QTabWidget(DistrictDialog)
        self.result_tabs.setObjectName(u"result_tabs")
        self.result_tabs.setDocumentMode(True)
        self.facilities_page = QWidget()
        self.facilities_page.setObjectName(u"facilities_page")
        self.facilities_page_layout = QVBoxLayout(self.facilities_page)
        self.facilities_page_layout.setObjectName(u"facilities_page_layout")
        self.facilities_table = QTableWidget(self.facilities_page)
        self.facilities_table.setObjectName(u"facilities_table")
        self.facilities_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.facilities_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.facilities_table.setTabKeyNavigation(False)
        self.facilities_table.setAlternatingRowColors(True)
        self.facilities_table.verticalHeader().setVisible(False)

        self.facilities_page_layout.addWidget(self.facilities_table)

        self.result_tabs.addTab(self.facilities_page, "")
        self.fields_page = QWidget()
        self.fields_page.setObjectName(u"fields_page")
        self.fields_page_layout = QVBoxLayout(self.fields_page)
        self.fields_page_layout.setObjectName(u"fields_page_layout")
        self.fields_table = QTableWidget(self.fields_page)
        self.fields_table.setObjectName(u"fields_table")
        self.fields_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields_table.setTabKeyNavigation(False)
        self.fields_table.setAlternatingRowColors(True)
        self.fields_table.verticalHeader().setVisible(False)

        self.fields_page_layout.addWidget(self.fields_table)

        self.result_tabs.addTab(self.fields_page, "")
        self.people_page = QWidget()
        self.people_page.setObjectName(u"people_page")
        self.people_page_layout = QVBoxLayout(self.people_page)
        self.people_page_layout.setObjectName(u"people_page_layout")
        self.people_table = QTableWidget(self.people_page)
        self.people_table.setObjectName(u"people_table")
        self.people_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_table.setTabKeyNavigation(False)
        self.people_table.setAlternatingRowColors(True)
        self.people_table.verticalHeader().setVisible(False)

        self.people_page_layout.addWidget(self.people_table)

        self.result_tabs.addTab(self.people_page, "")
        self.jobcenter_page = QWidget()
        self.jobcenter_page.setObjectName(u"jobcenter_page")
        self.jobcenter_page_layout = QVBoxLayout(self.jobcenter_page)
        self.jobcenter_page_layout.setObjectName(u"jobcenter_page_layout")
        self.jobcenter_table = QTableWidget(self.jobcenter_page)
        self.jobcenter_table.setObjectName(u"jobcenter_table")
        self.jobcenter_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.jobcenter_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.jobcenter_table.setTabKeyNavigation(False)
        self.jobcenter_table.setAlternatingRowColors(True)
        self.jobcenter_table.verticalHeader().setVisible(False)

        self.jobcenter_page_layout.addWidget(self.jobcenter_table)

        self.result_tabs.addTab(self.jobcenter_page, "")
        self.flows_page = QWidget()
        self.flows_page.setObjectName(u"flows_page")
        self.flows_page_layout = QVBoxLayout(self.flows_page)
        self.flows_page_layout.setObjectName(u"flows_page_layout")
        self.flows_table = QTableWidget(self.flows_page)
        self.flows_table.setObjectName(u"flows_table")
        self.flows_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.flows_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.flows_table.setTabKeyNavigation(False)
        self.flows_table.setAlternatingRowColors(True)
        self.flows_table.verticalHeader().setVisible(False)

        self.flows_page_layout.addWidget(self.flows_table)

        self.result_tabs.addTab(self.flows_page, "")

        self.main_layout.addWidget(self.result_tabs)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.save_button = QPushButton(DistrictDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.save_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(DistrictDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.url_label.setBuddy(self.url_edit)
        self.user_label.setBuddy(self.user_edit)
        self.password_label.setBuddy(self.password_edit)
        self.year_label.setBuddy(self.year_spin)
        self.month_label.setBuddy(self.month_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.url_edit, self.user_edit)
        QWidget.setTabOrder(self.user_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.year_spin)
        QWidget.setTabOrder(self.year_spin, self.month_combo)
        QWidget.setTabOrder(self.month_combo, self.load_button)
        QWidget.setTabOrder(self.load_button, self.result_tabs)
        QWidget.setTabOrder(self.result_tabs, self.facilities_table)
        QWidget.setTabOrder(self.facilities_table, self.save_button)

        self.retranslateUi(DistrictDialog)

        self.load_button.setDefault(True)

    # setupUi

    def retranslateUi(self, DistrictDialog):
        DistrictDialog.setWindowTitle(QCoreApplication.translate("DistrictDialog", u"District figures", None))
        self.intro_label.setText(QCoreApplication.translate("DistrictDialog", u"Every facility's figures from the shared database, read with the district's account. The database counts them and gives out no person: counts of 1 or 2 people show as \u201c< 3\u201d.", None))
        self.url_label.setText(QCoreApplication.translate("DistrictDialog", u"&Server:", None))
        self.url_edit.setPlaceholderText(QCoreApplication.translate("DistrictDialog", u"postgresql://server.example.org/tresen", None))
#if QT_CONFIG(tooltip)
        self.url_edit.setToolTip(QCoreApplication.translate("DistrictDialog", u"The shared database as the administrator gave it; add ?sslmode=\u2026 only if told to", None))
#endif // QT_CONFIG(tooltip)
        self.user_label.setText(QCoreApplication.translate("DistrictDialog", u"&User:", None))
        self.password_label.setText(QCoreApplication.translate("DistrictDialog", u"Pass&word:", None))
#if QT_CONFIG(tooltip)
        self.password_edit.setToolTip(QCoreApplication.translate("DistrictDialog", u"Used for this connection only; Tresen does not keep it", None))
#endif // QT_CONFIG(tooltip)
        self.year_label.setText(QCoreApplication.translate("DistrictDialog", u"&Year:", None))
        self.month_label.setText(QCoreApplication.translate("DistrictDialog", u"&Month:", None))
        self.load_button.setText(QCoreApplication.translate("DistrictDialog", u"Show the &figures", None))
#if QT_CONFIG(accessibility)
        self.result_tabs.setAccessibleName(QCoreApplication.translate("DistrictDialog", u"District figures", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.facilities_table.setAccessibleName(QCoreApplication.translate("DistrictDialog", u"Every facility's figures side by side", None))
#endif // QT_CONFIG(accessibility)
        self.result_tabs.setTabText(self.result_tabs.indexOf(self.facilities_page), QCoreApplication.translate("DistrictDialog", u"Facilities", None))
#if QT_CONFIG(accessibility)
        self.fields_table.setAccessibleName(QCoreApplication.translate("DistrictDialog", u"Figures by field of action and facility", None))
#endif // QT_CONFIG(accessibility)
        self.result_tabs.setTabText(self.result_tabs.indexOf(self.fields_page), QCoreApplication.translate("DistrictDialog", u"Fields of action", None))
#if QT_CONFIG(accessibility)
        self.people_table.setAccessibleName(QCoreApplication.translate("DistrictDialog", u"Figures by age group and gender", None))
#endif // QT_CONFIG(accessibility)
        self.result_tabs.setTabText(self.result_tabs.indexOf(self.people_page), QCoreApplication.translate("DistrictDialog", u"Age and gender", None))
#if QT_CONFIG(accessibility)
        self.jobcenter_table.setAccessibleName(QCoreApplication.translate("DistrictDialog", u"Offers suited to the Jobcenter cooperation", None))
#endif // QT_CONFIG(accessibility)
        self.result_tabs.setTabText(self.result_tabs.indexOf(self.jobcenter_page), QCoreApplication.translate("DistrictDialog", u"Jobcenter cooperation", None))
#if QT_CONFIG(accessibility)
        self.flows_table.setAccessibleName(QCoreApplication.translate("DistrictDialog", u"Referrals between the facilities and to others", None))
#endif // QT_CONFIG(accessibility)
        self.result_tabs.setTabText(self.result_tabs.indexOf(self.flows_page), QCoreApplication.translate("DistrictDialog", u"Referrals", None))
        self.save_button.setText(QCoreApplication.translate("DistrictDialog", u"Save as &XLSX\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("DistrictDialog", u"All tables as a workbook, one sheet each", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi


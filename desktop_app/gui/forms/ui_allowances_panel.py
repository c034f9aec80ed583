# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'allowances_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableView, QVBoxLayout,
    QWidget)

class Ui_AllowancesPanel(object):
    def setupUi(self, AllowancesPanel):
        if not AllowancesPanel.objectName():
            AllowancesPanel.setObjectName(u"AllowancesPanel")
        AllowancesPanel.resize(760, 560)
        self.main_layout = QVBoxLayout(AllowancesPanel)
        self.main_layout.setObjectName(u"main_layout")
        self.year_layout = QHBoxLayout()
        self.year_layout.setObjectName(u"year_layout")
        self.year_label = QLabel(AllowancesPanel)
        self.year_label.setObjectName(u"year_label")

        self.year_layout.addWidget(self.year_label)

        self.year_spin = QSpinBox(AllowancesPanel)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2100)

        self.year_layout.addWidget(self.year_spin)

        self.year_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.year_layout.addItem(self.year_spacer)


        self.main_layout.addLayout(self.year_layout)

        self.standings_label = QLabel(AllowancesPanel)
        self.standings_label.setObjectName(u"standings_label")
        self.standings_label.setWordWrap(True)
        self.standings_label.setTextFormat(Qt.TextFormat.RichText)

        self.main_layout.addWidget(self.standings_label)

        self.warning_label = QLabel(AllowancesPanel)
        self.warning_label.setObjectName(u"warning_label")
        self.warning_label.setWordWrap(True)
        self.warning_label.setProperty(u"warningLabel", True)

        self.main_layout.addWidget(self.warning_label)

        self.buergergeld_check = QCheckBox(AllowancesPanel)
        self.buergergeld_check.setObjectName(u"buergergeld_check")

        self.main_layout.addWidget(self.buergergeld_check)

        self.payments_table = QTableView(AllowancesPanel)
        self.payments_table.setObjectName(u"payments_table")
        self.payments_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.payments_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.payments_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.payments_table.setTabKeyNavigation(False)
        self.payments_table.setAlternatingRowColors(True)
        self.payments_table.horizontalHeader().setStretchLastSection(True)
        self.payments_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.payments_table)

        self.add_layout = QGridLayout()
        self.add_layout.setObjectName(u"add_layout")
        self.paid_on_label = QLabel(AllowancesPanel)
        self.paid_on_label.setObjectName(u"paid_on_label")

        self.add_layout.addWidget(self.paid_on_label, 0, 0, 1, 1)

        self.paid_on_edit = QDateEdit(AllowancesPanel)
        self.paid_on_edit.setObjectName(u"paid_on_edit")
        self.paid_on_edit.setCalendarPopup(True)

        self.add_layout.addWidget(self.paid_on_edit, 0, 1, 1, 1)

        self.kind_label = QLabel(AllowancesPanel)
        self.kind_label.setObjectName(u"kind_label")

        self.add_layout.addWidget(self.kind_label, 0, 2, 1, 1)

        self.kind_combo = QComboBox(AllowancesPanel)
        self.kind_combo.setObjectName(u"kind_combo")

        self.add_layout.addWidget(self.kind_combo, 0, 3, 1, 1)

        self.paid_on_error_label = QLabel(AllowancesPanel)
        self.paid_on_error_label.setObjectName(u"paid_on_error_label")
        self.paid_on_error_label.setWordWrap(True)
        self.paid_on_error_label.setProperty(u"errorLabel", True)

        self.add_layout.addWidget(self.paid_on_error_label, 1, 1, 1, 1)

        self.activity_label = QLabel(AllowancesPanel)
        self.activity_label.setObjectName(u"activity_label")

        self.add_layout.addWidget(self.activity_label, 2, 0, 1, 1)

        self.activity_combo = QComboBox(AllowancesPanel)
        self.activity_combo.setObjectName(u"activity_combo")
        self.activity_combo.setEditable(True)

        self.add_layout.addWidget(self.activity_combo, 2, 1, 1, 1)

        self.amount_label = QLabel(AllowancesPanel)
        self.amount_label.setObjectName(u"amount_label")

        self.add_layout.addWidget(self.amount_label, 2, 2, 1, 1)

        self.amount_edit = QLineEdit(AllowancesPanel)
        self.amount_edit.setObjectName(u"amount_edit")

        self.add_layout.addWidget(self.amount_edit, 2, 3, 1, 1)

        self.activity_error_label = QLabel(AllowancesPanel)
        self.activity_error_label.setObjectName(u"activity_error_label")
        self.activity_error_label.setWordWrap(True)
        self.activity_error_label.setProperty(u"errorLabel", True)

        self.add_layout.addWidget(self.activity_error_label, 3, 1, 1, 1)

        self.amount_error_label = QLabel(AllowancesPanel)
        self.amount_error_label.setObjectName(u"amount_error_label")
        self.amount_error_label.setWordWrap(True)
        self.amount_error_label.setProperty(u"errorLabel", True)

        self.add_layout.addWidget(self.amount_error_label, 3, 3, 1, 1)


        self.main_layout.addLayout(self.add_layout)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.add_payment_button = QPushButton(AllowancesPanel)
        self.add_payment_button.setObjectName(u"add_payment_button")
        self.add_payment_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.add_payment_button)

        self.remove_payment_button = QPushButton(AllowancesPanel)
        self.remove_payment_button.setObjectName(u"remove_payment_button")
        self.remove_payment_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.remove_payment_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.main_layout.addLayout(self.buttons_layout)

        self.error_label = QLabel(AllowancesPanel)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"errorLabel", True)

        self.main_layout.addWidget(self.error_label)

        self.main_layout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year_spin)
        self.paid_on_label.setBuddy(self.paid_on_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.activity_label.setBuddy(self.activity_combo)
        self.amount_label.setBuddy(self.amount_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.year_spin, self.buergergeld_check)
        QWidget.setTabOrder(self.buergergeld_check, self.payments_table)
        QWidget.setTabOrder(self.payments_table, self.paid_on_edit)
        QWidget.setTabOrder(self.paid_on_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.activity_combo)
        QWidget.setTabOrder(self.activity_combo, self.amount_edit)
        QWidget.setTabOrder(self.amount_edit, self.add_payment_button)
        QWidget.setTabOrder(self.add_payment_button, self.remove_payment_button)

        self.retranslateUi(AllowancesPanel)
    # setupUi

    def retranslateUi(self, AllowancesPanel):
        AllowancesPanel.setWindowTitle(QCoreApplication.translate("AllowancesPanel", u"Allowances", None))
        self.year_label.setText(QCoreApplication.translate("AllowancesPanel", u"&Year", None))
#if QT_CONFIG(accessibility)
        self.year_spin.setAccessibleName(QCoreApplication.translate("AllowancesPanel", u"Year", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.standings_label.setAccessibleName(QCoreApplication.translate("AllowancesPanel", u"Allowances of the year against their limits", None))
#endif // QT_CONFIG(accessibility)
        self.buergergeld_check.setText(QCoreApplication.translate("AllowancesPanel", u"Receives &B\u00fcrgergeld (recorded with the volunteer's consent; stays on this desk, never passed on)", None))
#if QT_CONFIG(accessibility)
        self.payments_table.setAccessibleName(QCoreApplication.translate("AllowancesPanel", u"Payments of the year", None))
#endif // QT_CONFIG(accessibility)
        self.paid_on_label.setText(QCoreApplication.translate("AllowancesPanel", u"&Paid on", None))
#if QT_CONFIG(accessibility)
        self.paid_on_edit.setAccessibleName(QCoreApplication.translate("AllowancesPanel", u"Paid on", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("AllowancesPanel", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("AllowancesPanel", u"Kind of allowance", None))
#endif // QT_CONFIG(accessibility)
        self.activity_label.setText(QCoreApplication.translate("AllowancesPanel", u"Acti&vity", None))
#if QT_CONFIG(accessibility)
        self.activity_combo.setAccessibleName(QCoreApplication.translate("AllowancesPanel", u"Activity paid for", None))
#endif // QT_CONFIG(accessibility)
        self.amount_label.setText(QCoreApplication.translate("AllowancesPanel", u"A&mount", None))
#if QT_CONFIG(accessibility)
        self.amount_edit.setAccessibleName(QCoreApplication.translate("AllowancesPanel", u"Amount in euros", None))
#endif // QT_CONFIG(accessibility)
        self.amount_edit.setPlaceholderText(QCoreApplication.translate("AllowancesPanel", u"12,50", None))
        self.add_payment_button.setText(QCoreApplication.translate("AllowancesPanel", u"&Record payment", None))
        self.remove_payment_button.setText(QCoreApplication.translate("AllowancesPanel", u"De&lete payment", None))
#if QT_CONFIG(tooltip)
        self.remove_payment_button.setToolTip(QCoreApplication.translate("AllowancesPanel", u"Remove the chosen payment (recorded by mistake)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'referrals_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ReferralsView(object):
    def setupUi(self, ReferralsView):
        if not ReferralsView.objectName():
            ReferralsView.setObjectName(u"ReferralsView")
        ReferralsView.resize(900, 640)
        self.main_layout = QVBoxLayout(ReferralsView)
        self.main_layout.setObjectName(u"main_layout")
        self.receive_group = QGroupBox(ReferralsView)
        self.receive_group.setObjectName(u"receive_group")
        self.receive_layout = QVBoxLayout(self.receive_group)
        self.receive_layout.setObjectName(u"receive_layout")
        self.code_layout = QHBoxLayout()
        self.code_layout.setObjectName(u"code_layout")
        self.code_label = QLabel(self.receive_group)
        self.code_label.setObjectName(u"code_label")

        self.code_layout.addWidget(self.code_label)

        self.code_edit = QLineEdit(self.receive_group)
        self.code_edit.setObjectName(u"code_edit")
        self.code_edit.setClearButtonEnabled(True)

        self.code_layout.addWidget(self.code_edit)

        self.find_button = QPushButton(self.receive_group)
        self.find_button.setObjectName(u"find_button")

        self.code_layout.addWidget(self.find_button)


        self.receive_layout.addLayout(self.code_layout)

        self.code_error_label = QLabel(self.receive_group)
        self.code_error_label.setObjectName(u"code_error_label")
        self.code_error_label.setWordWrap(True)
        self.code_error_label.setProperty(u"errorLabel", True)

        self.receive_layout.addWidget(self.code_error_label)

        self.received_label = QLabel(self.receive_group)
        self.received_label.setObjectName(u"received_label")
        self.received_label.setWordWrap(True)
        self.received_label.setTextFormat(Qt.TextFormat.RichText)
        self.received_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.receive_layout.addWidget(self.received_label)

        self.receive_buttons_layout = QHBoxLayout()
        self.receive_buttons_layout.setObjectName(u"receive_buttons_layout")
        self.arrived_button = QPushButton(self.receive_group)
        self.arrived_button.setObjectName(u"arrived_button")

        self.receive_buttons_layout.addWidget(self.arrived_button)

        self.completed_button = QPushButton(self.receive_group)
        self.completed_button.setObjectName(u"completed_button")

        self.receive_buttons_layout.addWidget(self.completed_button)

        self.not_taken_up_button = QPushButton(self.receive_group)
        self.not_taken_up_button.setObjectName(u"not_taken_up_button")

        self.receive_buttons_layout.addWidget(self.not_taken_up_button)

        self.receive_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.receive_buttons_layout.addItem(self.receive_buttons_spacer)


        self.receive_layout.addLayout(self.receive_buttons_layout)


        self.main_layout.addWidget(self.receive_group)

        self.issued_group = QGroupBox(ReferralsView)
        self.issued_group.setObjectName(u"issued_group")
        self.issued_layout = QVBoxLayout(self.issued_group)
        self.issued_layout.setObjectName(u"issued_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.status_label = QLabel(self.issued_group)
        self.status_label.setObjectName(u"status_label")

        self.filter_layout.addWidget(self.status_label)

        self.status_combo = QComboBox(self.issued_group)
        self.status_combo.setObjectName(u"status_combo")

        self.filter_layout.addWidget(self.status_combo)

        self.filter_edit = QLineEdit(self.issued_group)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.filter_edit)


        self.issued_layout.addLayout(self.filter_layout)

        self.follow_up_label = QLabel(self.issued_group)
        self.follow_up_label.setObjectName(u"follow_up_label")
        self.follow_up_label.setWordWrap(True)
        self.follow_up_label.setProperty(u"warningLabel", True)

        self.issued_layout.addWidget(self.follow_up_label)

        self.referrals_table = QTableView(self.issued_group)
        self.referrals_table.setObjectName(u"referrals_table")
        self.referrals_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.referrals_table.setTabKeyNavigation(False)
        self.referrals_table.setAlternatingRowColors(True)
        self.referrals_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.referrals_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.referrals_table.horizontalHeader().setStretchLastSection(True)
        self.referrals_table.verticalHeader().setVisible(False)

        self.issued_layout.addWidget(self.referrals_table)

        self.empty_label = QLabel(self.issued_group)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)

        self.issued_layout.addWidget(self.empty_label)

        self.issued_buttons_layout = QHBoxLayout()
        self.issued_buttons_layout.setObjectName(u"issued_buttons_layout")
        self.slip_button = QPushButton(self.issued_group)
        self.slip_button.setObjectName(u"slip_button")

        self.issued_buttons_layout.addWidget(self.slip_button)

        self.status_button = QPushButton(self.issued_group)
        self.status_button.setObjectName(u"status_button")

        self.issued_buttons_layout.addWidget(self.status_button)

        self.issued_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.issued_buttons_layout.addItem(self.issued_buttons_spacer)


        self.issued_layout.addLayout(self.issued_buttons_layout)


        self.main_layout.addWidget(self.issued_group)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.code_label.setBuddy(self.code_edit)
        self.status_label.setBuddy(self.status_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.code_edit, self.find_button)
        QWidget.setTabOrder(self.find_button, self.arrived_button)
        QWidget.setTabOrder(self.arrived_button, self.completed_button)
        QWidget.setTabOrder(self.completed_button, self.not_taken_up_button)
        QWidget.setTabOrder(self.not_taken_up_button, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.filter_edit)
        QWidget.setTabOrder(self.filter_edit, self.referrals_table)
        QWidget.setTabOrder(self.referrals_table, self.slip_button)
        QWidget.setTabOrder(self.slip_button, self.status_button)

        self.retranslateUi(ReferralsView)
    # setupUi

    def retranslateUi(self, ReferralsView):
        ReferralsView.setWindowTitle(QCoreApplication.translate("ReferralsView", u"Referrals", None))
        self.receive_group.setTitle(QCoreApplication.translate("ReferralsView", u"Accept a referral", None))
        self.code_label.setText(QCoreApplication.translate("ReferralsView", u"&Code", None))
#if QT_CONFIG(accessibility)
        self.code_edit.setAccessibleName(QCoreApplication.translate("ReferralsView", u"Referral code", None))
#endif // QT_CONFIG(accessibility)
        self.code_edit.setPlaceholderText(QCoreApplication.translate("ReferralsView", u"Type or scan the code from the slip, then press Enter", None))
        self.find_button.setText(QCoreApplication.translate("ReferralsView", u"&Look up", None))
#if QT_CONFIG(accessibility)
        self.received_label.setAccessibleName(QCoreApplication.translate("ReferralsView", u"The referral as the slip shows it", None))
#endif // QT_CONFIG(accessibility)
        self.arrived_button.setText(QCoreApplication.translate("ReferralsView", u"Mark &arrived", None))
#if QT_CONFIG(tooltip)
        self.arrived_button.setToolTip(QCoreApplication.translate("ReferralsView", u"The person came with the slip", None))
#endif // QT_CONFIG(tooltip)
        self.completed_button.setText(QCoreApplication.translate("ReferralsView", u"Mark co&mpleted", None))
        self.not_taken_up_button.setText(QCoreApplication.translate("ReferralsView", u"&Not taken up", None))
        self.issued_group.setTitle(QCoreApplication.translate("ReferralsView", u"Referrals issued by this facility", None))
        self.status_label.setText(QCoreApplication.translate("ReferralsView", u"Sho&w", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("ReferralsView", u"Which referrals to show", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.filter_edit.setAccessibleName(QCoreApplication.translate("ReferralsView", u"Filter referrals", None))
#endif // QT_CONFIG(accessibility)
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("ReferralsView", u"Filter: code, person, target", None))
#if QT_CONFIG(accessibility)
        self.referrals_table.setAccessibleName(QCoreApplication.translate("ReferralsView", u"Referrals issued", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("ReferralsView", u"No referrals yet. Refer a visitor from the check-in screen (Ctrl+R).", None))
        self.slip_button.setText(QCoreApplication.translate("ReferralsView", u"Show &slip\u2026", None))
#if QT_CONFIG(tooltip)
        self.slip_button.setToolTip(QCoreApplication.translate("ReferralsView", u"Show the slip again to print or save it", None))
#endif // QT_CONFIG(tooltip)
        self.status_button.setText(QCoreApplication.translate("ReferralsView", u"Set stat&us", None))
#if QT_CONFIG(accessibility)
        self.status_button.setAccessibleName(QCoreApplication.translate("ReferralsView", u"Set the status of the selected referral", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


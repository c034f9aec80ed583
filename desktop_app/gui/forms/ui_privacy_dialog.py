# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'privacy_dialog.ui'
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
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PrivacyDialog(object):
    def setupUi(self, PrivacyDialog):
        if not PrivacyDialog.objectName():
            PrivacyDialog.setObjectName(u"PrivacyDialog")
        PrivacyDialog.resize(820, 640)
        self.main_layout = QVBoxLayout(PrivacyDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.tab_widget = QTabWidget(PrivacyDialog)
        self.tab_widget.setObjectName(u"tab_widget")
        self.requests_tab = QWidget()
        self.requests_tab.setObjectName(u"requests_tab")
        self.requests_layout = QVBoxLayout(self.requests_tab)
        self.requests_layout.setObjectName(u"requests_layout")
        self.requests_intro_label = QLabel(self.requests_tab)
        self.requests_intro_label.setObjectName(u"requests_intro_label")
        self.requests_intro_label.setWordWrap(True)

        self.requests_layout.addWidget(self.requests_intro_label)

        self.answered_check = QCheckBox(self.requests_tab)
        self.answered_check.setObjectName(u"answered_check")

        self.requests_layout.addWidget(self.answered_check)

        self.requests_table = QTableWidget(self.requests_tab)
        self.requests_table.setObjectName(u"requests_table")
        self.requests_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.requests_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requests_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.requests_layout.addWidget(self.requests_table)

        self.request_group = QGroupBox(self.requests_tab)
        self.request_group.setObjectName(u"request_group")
        self.request_layout = QVBoxLayout(self.request_group)
        self.request_layout.setObjectName(u"request_layout")
        self.request_grid = QGridLayout()
        self.request_grid.setObjectName(u"request_grid")
        self.kind_label = QLabel(self.request_group)
        self.kind_label.setObjectName(u"kind_label")

        self.request_grid.addWidget(self.kind_label, 0, 0, 1, 1)

        self.kind_combo = QComboBox(self.request_group)
        self.kind_combo.setObjectName(u"kind_combo")

        self.request_grid.addWidget(self.kind_combo, 0, 1, 1, 1)

        self.received_label = QLabel(self.request_group)
        self.received_label.setObjectName(u"received_label")

        self.request_grid.addWidget(self.received_label, 0, 2, 1, 1)

        self.received_edit = QDateEdit(self.request_group)
        self.received_edit.setObjectName(u"received_edit")
        self.received_edit.setCalendarPopup(True)

        self.request_grid.addWidget(self.received_edit, 0, 3, 1, 1)

        self.requester_label = QLabel(self.request_group)
        self.requester_label.setObjectName(u"requester_label")

        self.request_grid.addWidget(self.requester_label, 1, 0, 1, 1)

        self.requester_edit = QLineEdit(self.request_group)
        self.requester_edit.setObjectName(u"requester_edit")

        self.request_grid.addWidget(self.requester_edit, 1, 1, 1, 1)

        self.note_label = QLabel(self.request_group)
        self.note_label.setObjectName(u"note_label")

        self.request_grid.addWidget(self.note_label, 1, 2, 1, 1)

        self.note_edit = QLineEdit(self.request_group)
        self.note_edit.setObjectName(u"note_edit")

        self.request_grid.addWidget(self.note_edit, 1, 3, 1, 1)

        self.requester_error_label = QLabel(self.request_group)
        self.requester_error_label.setObjectName(u"requester_error_label")
        self.requester_error_label.setWordWrap(True)

        self.request_grid.addWidget(self.requester_error_label, 2, 1, 1, 1)

        self.received_error_label = QLabel(self.request_group)
        self.received_error_label.setObjectName(u"received_error_label")
        self.received_error_label.setWordWrap(True)

        self.request_grid.addWidget(self.received_error_label, 2, 3, 1, 1)


        self.request_layout.addLayout(self.request_grid)

        self.request_buttons_layout = QHBoxLayout()
        self.request_buttons_layout.setObjectName(u"request_buttons_layout")
        self.answered_button = QPushButton(self.request_group)
        self.answered_button.setObjectName(u"answered_button")
        self.answered_button.setAutoDefault(False)

        self.request_buttons_layout.addWidget(self.answered_button)

        self.request_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.request_buttons_layout.addItem(self.request_spacer)

        self.record_button = QPushButton(self.request_group)
        self.record_button.setObjectName(u"record_button")
        self.record_button.setAutoDefault(False)

        self.request_buttons_layout.addWidget(self.record_button)


        self.request_layout.addLayout(self.request_buttons_layout)


        self.requests_layout.addWidget(self.request_group)

        self.tab_widget.addTab(self.requests_tab, "")
        self.access_tab = QWidget()
        self.access_tab.setObjectName(u"access_tab")
        self.access_layout = QVBoxLayout(self.access_tab)
        self.access_layout.setObjectName(u"access_layout")
        self.access_intro_label = QLabel(self.access_tab)
        self.access_intro_label.setObjectName(u"access_intro_label")
        self.access_intro_label.setWordWrap(True)

        self.access_layout.addWidget(self.access_intro_label)

        self.access_grid = QGridLayout()
        self.access_grid.setObjectName(u"access_grid")
        self.access_search_label = QLabel(self.access_tab)
        self.access_search_label.setObjectName(u"access_search_label")

        self.access_grid.addWidget(self.access_search_label, 0, 0, 1, 1)

        self.access_search_edit = QLineEdit(self.access_tab)
        self.access_search_edit.setObjectName(u"access_search_edit")

        self.access_grid.addWidget(self.access_search_edit, 0, 1, 1, 1)

        self.access_search_button = QPushButton(self.access_tab)
        self.access_search_button.setObjectName(u"access_search_button")
        self.access_search_button.setAutoDefault(False)

        self.access_grid.addWidget(self.access_search_button, 0, 2, 1, 1)


        self.access_layout.addLayout(self.access_grid)

        self.matches_table = QTableWidget(self.access_tab)
        self.matches_table.setObjectName(u"matches_table")
        self.matches_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matches_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matches_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.access_layout.addWidget(self.matches_table)

        self.access_buttons_layout = QHBoxLayout()
        self.access_buttons_layout.setObjectName(u"access_buttons_layout")
        self.no_data_button = QPushButton(self.access_tab)
        self.no_data_button.setObjectName(u"no_data_button")
        self.no_data_button.setAutoDefault(False)

        self.access_buttons_layout.addWidget(self.no_data_button)

        self.access_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.access_buttons_layout.addItem(self.access_spacer)

        self.json_button = QPushButton(self.access_tab)
        self.json_button.setObjectName(u"json_button")
        self.json_button.setAutoDefault(False)

        self.access_buttons_layout.addWidget(self.json_button)

        self.report_button = QPushButton(self.access_tab)
        self.report_button.setObjectName(u"report_button")
        self.report_button.setAutoDefault(False)

        self.access_buttons_layout.addWidget(self.report_button)


        self.access_layout.addLayout(self.access_buttons_layout)

        self.tab_widget.addTab(self.access_tab, "")
        self.retention_tab = QWidget()
        self.retention_tab.setObjectName(u"retention_tab")
        self.retention_layout = QVBoxLayout(self.retention_tab)
        self.retention_layout.setObjectName(u"retention_layout")
        self.retention_intro_label = QLabel(self.retention_tab)
        self.retention_intro_label.setObjectName(u"retention_intro_label")
        self.retention_intro_label.setWordWrap(True)

        self.retention_layout.addWidget(self.retention_intro_label)

        self.rules_table = QTableWidget(self.retention_tab)
        self.rules_table.setObjectName(u"rules_table")
        self.rules_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rules_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rules_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.retention_layout.addWidget(self.rules_table)

        self.rule_layout = QHBoxLayout()
        self.rule_layout.setObjectName(u"rule_layout")
        self.months_label = QLabel(self.retention_tab)
        self.months_label.setObjectName(u"months_label")

        self.rule_layout.addWidget(self.months_label)

        self.months_spin = QSpinBox(self.retention_tab)
        self.months_spin.setObjectName(u"months_spin")
        self.months_spin.setMaximum(240)

        self.rule_layout.addWidget(self.months_spin)

        self.save_rule_button = QPushButton(self.retention_tab)
        self.save_rule_button.setObjectName(u"save_rule_button")
        self.save_rule_button.setAutoDefault(False)

        self.rule_layout.addWidget(self.save_rule_button)

        self.rule_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rule_layout.addItem(self.rule_spacer)


        self.retention_layout.addLayout(self.rule_layout)

        self.plan_buttons_layout = QHBoxLayout()
        self.plan_buttons_layout.setObjectName(u"plan_buttons_layout")
        self.preview_button = QPushButton(self.retention_tab)
        self.preview_button.setObjectName(u"preview_button")
        self.preview_button.setAutoDefault(False)

        self.plan_buttons_layout.addWidget(self.preview_button)

        self.plan_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.plan_buttons_layout.addItem(self.plan_spacer)

        self.run_button = QPushButton(self.retention_tab)
        self.run_button.setObjectName(u"run_button")
        self.run_button.setAutoDefault(False)

        self.plan_buttons_layout.addWidget(self.run_button)


        self.retention_layout.addLayout(self.plan_buttons_layout)

        self.plan_table = QTableWidget(self.retention_tab)
        self.plan_table.setObjectName(u"plan_table")
        self.plan_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plan_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.retention_layout.addWidget(self.plan_table)

        self.retention_note_label = QLabel(self.retention_tab)
        self.retention_note_label.setObjectName(u"retention_note_label")
        self.retention_note_label.setWordWrap(True)

        self.retention_layout.addWidget(self.retention_note_label)

        self.tab_widget.addTab(self.retention_tab, "")
        self.audit_tab = QWidget()
        self.audit_tab.setObjectName(u"audit_tab")
        self.audit_layout = QVBoxLayout(self.audit_tab)
        self.audit_layout.setObjectName(u"audit_layout")
        self.audit_filter_grid = QGridLayout()
        self.audit_filter_grid.setObjectName(u"audit_filter_grid")
        self.staff_label = QLabel(self.audit_tab)
        self.staff_label.setObjectName(u"staff_label")

        self.audit_filter_grid.addWidget(self.staff_label, 0, 0, 1, 1)

        self.staff_combo = QComboBox(self.audit_tab)
        self.staff_combo.setObjectName(u"staff_combo")

        self.audit_filter_grid.addWidget(self.staff_combo, 0, 1, 1, 1)

        self.person_label = QLabel(self.audit_tab)
        self.person_label.setObjectName(u"person_label")

        self.audit_filter_grid.addWidget(self.person_label, 0, 2, 1, 1)

        self.person_edit = QLineEdit(self.audit_tab)
        self.person_edit.setObjectName(u"person_edit")

        self.audit_filter_grid.addWidget(self.person_edit, 0, 3, 1, 1)

        self.from_label = QLabel(self.audit_tab)
        self.from_label.setObjectName(u"from_label")

        self.audit_filter_grid.addWidget(self.from_label, 1, 0, 1, 1)

        self.from_edit = QDateEdit(self.audit_tab)
        self.from_edit.setObjectName(u"from_edit")
        self.from_edit.setCalendarPopup(True)

        self.audit_filter_grid.addWidget(self.from_edit, 1, 1, 1, 1)

        self.to_label = QLabel(self.audit_tab)
        self.to_label.setObjectName(u"to_label")

        self.audit_filter_grid.addWidget(self.to_label, 1, 2, 1, 1)

        self.to_edit = QDateEdit(self.audit_tab)
        self.to_edit.setObjectName(u"to_edit")
        self.to_edit.setCalendarPopup(True)

        self.audit_filter_grid.addWidget(self.to_edit, 1, 3, 1, 1)


        self.audit_layout.addLayout(self.audit_filter_grid)

        self.audit_buttons_layout = QHBoxLayout()
        self.audit_buttons_layout.setObjectName(u"audit_buttons_layout")
        self.check_button = QPushButton(self.audit_tab)
        self.check_button.setObjectName(u"check_button")
        self.check_button.setAutoDefault(False)

        self.audit_buttons_layout.addWidget(self.check_button)

        self.audit_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.audit_buttons_layout.addItem(self.audit_spacer)

        self.filter_button = QPushButton(self.audit_tab)
        self.filter_button.setObjectName(u"filter_button")
        self.filter_button.setAutoDefault(False)

        self.audit_buttons_layout.addWidget(self.filter_button)


        self.audit_layout.addLayout(self.audit_buttons_layout)

        self.chain_label = QLabel(self.audit_tab)
        self.chain_label.setObjectName(u"chain_label")
        self.chain_label.setWordWrap(True)

        self.audit_layout.addWidget(self.chain_label)

        self.audit_table = QTableWidget(self.audit_tab)
        self.audit_table.setObjectName(u"audit_table")
        self.audit_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.audit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.audit_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.audit_layout.addWidget(self.audit_table)

        self.tab_widget.addTab(self.audit_tab, "")
        self.register_tab = QWidget()
        self.register_tab.setObjectName(u"register_tab")
        self.register_layout = QVBoxLayout(self.register_tab)
        self.register_layout.setObjectName(u"register_layout")
        self.register_intro_label = QLabel(self.register_tab)
        self.register_intro_label.setObjectName(u"register_intro_label")
        self.register_intro_label.setWordWrap(True)

        self.register_layout.addWidget(self.register_intro_label)

        self.register_buttons_layout = QHBoxLayout()
        self.register_buttons_layout.setObjectName(u"register_buttons_layout")
        self.register_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.register_buttons_layout.addItem(self.register_spacer)

        self.register_button = QPushButton(self.register_tab)
        self.register_button.setObjectName(u"register_button")
        self.register_button.setAutoDefault(False)

        self.register_buttons_layout.addWidget(self.register_button)


        self.register_layout.addLayout(self.register_buttons_layout)

        self.register_bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.register_layout.addItem(self.register_bottom_spacer)

        self.tab_widget.addTab(self.register_tab, "")

        self.main_layout.addWidget(self.tab_widget)

        self.status_label = QLabel(PrivacyDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(PrivacyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.received_label.setBuddy(self.received_edit)
        self.requester_label.setBuddy(self.requester_edit)
        self.note_label.setBuddy(self.note_edit)
        self.access_search_label.setBuddy(self.access_search_edit)
        self.months_label.setBuddy(self.months_spin)
        self.staff_label.setBuddy(self.staff_combo)
        self.person_label.setBuddy(self.person_edit)
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PrivacyDialog)
    # setupUi

    def retranslateUi(self, PrivacyDialog):
        PrivacyDialog.setWindowTitle(QCoreApplication.translate("PrivacyDialog", u"Privacy office", None))
        self.requests_intro_label.setText(QCoreApplication.translate("PrivacyDialog", u"Requests for access, correction or erasure must be answered within one month. Open requests come first, the nearest deadline at the top; overdue ones are marked.", None))
        self.answered_check.setText(QCoreApplication.translate("PrivacyDialog", u"Show ans&wered requests too", None))
#if QT_CONFIG(accessibility)
        self.requests_table.setAccessibleName(QCoreApplication.translate("PrivacyDialog", u"Requests", None))
#endif // QT_CONFIG(accessibility)
        self.request_group.setTitle(QCoreApplication.translate("PrivacyDialog", u"New request", None))
        self.kind_label.setText(QCoreApplication.translate("PrivacyDialog", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("PrivacyDialog", u"Kind of request", None))
#endif // QT_CONFIG(accessibility)
        self.received_label.setText(QCoreApplication.translate("PrivacyDialog", u"Recei&ved on", None))
#if QT_CONFIG(accessibility)
        self.received_edit.setAccessibleName(QCoreApplication.translate("PrivacyDialog", u"Received on", None))
#endif // QT_CONFIG(accessibility)
        self.requester_label.setText(QCoreApplication.translate("PrivacyDialog", u"Re&quester", None))
#if QT_CONFIG(accessibility)
        self.requester_edit.setAccessibleName(QCoreApplication.translate("PrivacyDialog", u"Requester", None))
#endif // QT_CONFIG(accessibility)
        self.note_label.setText(QCoreApplication.translate("PrivacyDialog", u"N&ote", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("PrivacyDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.answered_button.setText(QCoreApplication.translate("PrivacyDialog", u"Mark as a&nswered today", None))
        self.record_button.setText(QCoreApplication.translate("PrivacyDialog", u"Re&cord request", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.requests_tab), QCoreApplication.translate("PrivacyDialog", u"&Requests", None))
        self.access_intro_label.setText(QCoreApplication.translate("PrivacyDialog", u"A person asking what is held about them gets one report with all their data, its purposes, recipients, retention, source and their rights, as PDF and as JSON. Find the person by name or visitor number; someone with no record gets the answer that no data is held.", None))
        self.access_search_label.setText(QCoreApplication.translate("PrivacyDialog", u"Name or visitor &number", None))
#if QT_CONFIG(accessibility)
        self.access_search_edit.setAccessibleName(QCoreApplication.translate("PrivacyDialog", u"Name or visitor number", None))
#endif // QT_CONFIG(accessibility)
        self.access_search_button.setText(QCoreApplication.translate("PrivacyDialog", u"Fin&d", None))
#if QT_CONFIG(accessibility)
        self.matches_table.setAccessibleName(QCoreApplication.translate("PrivacyDialog", u"People found", None))
#endif // QT_CONFIG(accessibility)
        self.no_data_button.setText(QCoreApplication.translate("PrivacyDialog", u"Answer: no data &held\u2026", None))
        self.json_button.setText(QCoreApplication.translate("PrivacyDialog", u"Save as &JSON\u2026", None))
        self.report_button.setText(QCoreApplication.translate("PrivacyDialog", u"&Create report\u2026", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.access_tab), QCoreApplication.translate("PrivacyDialog", u"&Access report", None))
        self.retention_intro_label.setText(QCoreApplication.translate("PrivacyDialog", u"How long each kind of record is kept. A deletion run first shows what is due, how many and why; it deletes only after you confirm. Anonymised visits stay in the statistics as counts with age band and gender.", None))
#if QT_CONFIG(accessibility)
        self.rules_table.setAccessibleName(QCoreApplication.translate("PrivacyDialog", u"Retention rules", None))
#endif // QT_CONFIG(accessibility)
        self.months_label.setText(QCoreApplication.translate("PrivacyDialog", u"&Months kept", None))
#if QT_CONFIG(accessibility)
        self.months_spin.setAccessibleName(QCoreApplication.translate("PrivacyDialog", u"Months kept", None))
#endif // QT_CONFIG(accessibility)
        self.save_rule_button.setText(QCoreApplication.translate("PrivacyDialog", u"Save the r&ule", None))
        self.preview_button.setText(QCoreApplication.translate("PrivacyDialog", u"&Show what is due", None))
        self.run_button.setText(QCoreApplication.translate("PrivacyDialog", u"Delete n&ow\u2026", None))
#if QT_CONFIG(accessibility)
        self.plan_table.setAccessibleName(QCoreApplication.translate("PrivacyDialog", u"Due for deletion", None))
#endif // QT_CONFIG(accessibility)
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.retention_tab), QCoreApplication.translate("PrivacyDialog", u"Retention and &deletion", None))
        self.staff_label.setText(QCoreApplication.translate("PrivacyDialog", u"&Staff member", None))
#if QT_CONFIG(accessibility)
        self.staff_combo.setAccessibleName(QCoreApplication.translate("PrivacyDialog", u"Staff member", None))
#endif // QT_CONFIG(accessibility)
        self.person_label.setText(QCoreApplication.translate("PrivacyDialog", u"&Visitor number", None))
#if QT_CONFIG(accessibility)
        self.person_edit.setAccessibleName(QCoreApplication.translate("PrivacyDialog", u"Visitor number", None))
#endif // QT_CONFIG(accessibility)
        self.from_label.setText(QCoreApplication.translate("PrivacyDialog", u"&From", None))
#if QT_CONFIG(accessibility)
        self.from_edit.setAccessibleName(QCoreApplication.translate("PrivacyDialog", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.to_label.setText(QCoreApplication.translate("PrivacyDialog", u"T&o", None))
#if QT_CONFIG(accessibility)
        self.to_edit.setAccessibleName(QCoreApplication.translate("PrivacyDialog", u"To", None))
#endif // QT_CONFIG(accessibility)
        self.check_button.setText(QCoreApplication.translate("PrivacyDialog", u"C&heck the chain", None))
        self.filter_button.setText(QCoreApplication.translate("PrivacyDialog", u"Sho&w entries", None))
#if QT_CONFIG(accessibility)
        self.audit_table.setAccessibleName(QCoreApplication.translate("PrivacyDialog", u"Audit trail entries", None))
#endif // QT_CONFIG(accessibility)
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.audit_tab), QCoreApplication.translate("PrivacyDialog", u"Audit &trail", None))
        self.register_intro_label.setText(QCoreApplication.translate("PrivacyDialog", u"The register of processing activities (Art. 30 GDPR) as Tresen's modules declare them: purposes, legal bases, data, recipients, retention and safeguards. Processing outside Tresen is recorded separately.", None))
        self.register_button.setText(QCoreApplication.translate("PrivacyDialog", u"&Print the register\u2026", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.register_tab), QCoreApplication.translate("PrivacyDialog", u"Re&gister", None))
    # retranslateUi


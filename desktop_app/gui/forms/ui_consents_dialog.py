# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consents_dialog.ui'
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
    QDialog, QDialogButtonBox, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ConsentsDialog(object):
    def setupUi(self, ConsentsDialog):
        if not ConsentsDialog.objectName():
            ConsentsDialog.setObjectName(u"ConsentsDialog")
        ConsentsDialog.resize(760, 560)
        self.main_layout = QVBoxLayout(ConsentsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ConsentsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.consents_table = QTableWidget(ConsentsDialog)
        self.consents_table.setObjectName(u"consents_table")
        self.consents_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consents_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consents_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.main_layout.addWidget(self.consents_table)

        self.consent_buttons_layout = QHBoxLayout()
        self.consent_buttons_layout.setObjectName(u"consent_buttons_layout")
        self.withdraw_button = QPushButton(ConsentsDialog)
        self.withdraw_button.setObjectName(u"withdraw_button")
        self.withdraw_button.setAutoDefault(False)

        self.consent_buttons_layout.addWidget(self.withdraw_button)

        self.consent_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consent_buttons_layout.addItem(self.consent_spacer)

        self.form_language_combo = QComboBox(ConsentsDialog)
        self.form_language_combo.setObjectName(u"form_language_combo")

        self.consent_buttons_layout.addWidget(self.form_language_combo)

        self.form_button = QPushButton(ConsentsDialog)
        self.form_button.setObjectName(u"form_button")
        self.form_button.setAutoDefault(False)

        self.consent_buttons_layout.addWidget(self.form_button)


        self.main_layout.addLayout(self.consent_buttons_layout)

        self.give_group = QGroupBox(ConsentsDialog)
        self.give_group.setObjectName(u"give_group")
        self.give_layout = QVBoxLayout(self.give_group)
        self.give_layout.setObjectName(u"give_layout")
        self.give_grid = QGridLayout()
        self.give_grid.setObjectName(u"give_grid")
        self.purpose_label = QLabel(self.give_group)
        self.purpose_label.setObjectName(u"purpose_label")

        self.give_grid.addWidget(self.purpose_label, 0, 0, 1, 1)

        self.purpose_combo = QComboBox(self.give_group)
        self.purpose_combo.setObjectName(u"purpose_combo")

        self.give_grid.addWidget(self.purpose_combo, 0, 1, 1, 1)

        self.manner_label = QLabel(self.give_group)
        self.manner_label.setObjectName(u"manner_label")

        self.give_grid.addWidget(self.manner_label, 0, 2, 1, 1)

        self.manner_combo = QComboBox(self.give_group)
        self.manner_combo.setObjectName(u"manner_combo")

        self.give_grid.addWidget(self.manner_combo, 0, 3, 1, 1)

        self.language_label = QLabel(self.give_group)
        self.language_label.setObjectName(u"language_label")

        self.give_grid.addWidget(self.language_label, 1, 0, 1, 1)

        self.language_combo = QComboBox(self.give_group)
        self.language_combo.setObjectName(u"language_combo")

        self.give_grid.addWidget(self.language_combo, 1, 1, 1, 1)

        self.guardian_label = QLabel(self.give_group)
        self.guardian_label.setObjectName(u"guardian_label")

        self.give_grid.addWidget(self.guardian_label, 1, 2, 1, 1)

        self.guardian_edit = QLineEdit(self.give_group)
        self.guardian_edit.setObjectName(u"guardian_edit")

        self.give_grid.addWidget(self.guardian_edit, 1, 3, 1, 1)

        self.guardian_error_label = QLabel(self.give_group)
        self.guardian_error_label.setObjectName(u"guardian_error_label")
        self.guardian_error_label.setWordWrap(True)

        self.give_grid.addWidget(self.guardian_error_label, 2, 3, 1, 1)


        self.give_layout.addLayout(self.give_grid)

        self.give_buttons_layout = QHBoxLayout()
        self.give_buttons_layout.setObjectName(u"give_buttons_layout")
        self.give_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.give_buttons_layout.addItem(self.give_spacer)

        self.give_button = QPushButton(self.give_group)
        self.give_button.setObjectName(u"give_button")
        self.give_button.setAutoDefault(False)

        self.give_buttons_layout.addWidget(self.give_button)


        self.give_layout.addLayout(self.give_buttons_layout)


        self.main_layout.addWidget(self.give_group)

        self.status_label = QLabel(ConsentsDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(ConsentsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.purpose_label.setBuddy(self.purpose_combo)
        self.manner_label.setBuddy(self.manner_combo)
        self.language_label.setBuddy(self.language_combo)
        self.guardian_label.setBuddy(self.guardian_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsentsDialog)
    # setupUi

    def retranslateUi(self, ConsentsDialog):
        ConsentsDialog.setWindowTitle(QCoreApplication.translate("ConsentsDialog", u"Consents", None))
#if QT_CONFIG(accessibility)
        self.consents_table.setAccessibleName(QCoreApplication.translate("ConsentsDialog", u"Consents", None))
#endif // QT_CONFIG(accessibility)
        self.withdraw_button.setText(QCoreApplication.translate("ConsentsDialog", u"&Withdraw\u2026", None))
#if QT_CONFIG(tooltip)
        self.withdraw_button.setToolTip(QCoreApplication.translate("ConsentsDialog", u"The person withdraws this consent; what follows from it is shown before anything is deleted", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.form_language_combo.setAccessibleName(QCoreApplication.translate("ConsentsDialog", u"Language of the printed form", None))
#endif // QT_CONFIG(accessibility)
        self.form_button.setText(QCoreApplication.translate("ConsentsDialog", u"Print the consent &form\u2026", None))
        self.give_group.setTitle(QCoreApplication.translate("ConsentsDialog", u"Record a consent", None))
        self.purpose_label.setText(QCoreApplication.translate("ConsentsDialog", u"&Purpose", None))
#if QT_CONFIG(accessibility)
        self.purpose_combo.setAccessibleName(QCoreApplication.translate("ConsentsDialog", u"Purpose", None))
#endif // QT_CONFIG(accessibility)
        self.manner_label.setText(QCoreApplication.translate("ConsentsDialog", u"&Given by", None))
#if QT_CONFIG(accessibility)
        self.manner_combo.setAccessibleName(QCoreApplication.translate("ConsentsDialog", u"How the consent was given", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("ConsentsDialog", u"&Language", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("ConsentsDialog", u"Language of the consent text", None))
#endif // QT_CONFIG(accessibility)
        self.guardian_label.setText(QCoreApplication.translate("ConsentsDialog", u"G&uardian", None))
#if QT_CONFIG(accessibility)
        self.guardian_edit.setAccessibleName(QCoreApplication.translate("ConsentsDialog", u"Guardian who consents", None))
#endif // QT_CONFIG(accessibility)
        self.give_button.setText(QCoreApplication.translate("ConsentsDialog", u"&Record consent", None))
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'accounts_dialog.ui'
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
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AccountsDialog(object):
    def setupUi(self, AccountsDialog):
        if not AccountsDialog.objectName():
            AccountsDialog.setObjectName(u"AccountsDialog")
        AccountsDialog.resize(620, 600)
        self.main_layout = QVBoxLayout(AccountsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.accounts_table = QTableWidget(AccountsDialog)
        self.accounts_table.setObjectName(u"accounts_table")
        self.accounts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accounts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accounts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.main_layout.addWidget(self.accounts_table)

        self.account_group = QGroupBox(AccountsDialog)
        self.account_group.setObjectName(u"account_group")
        self.account_layout = QVBoxLayout(self.account_group)
        self.account_layout.setObjectName(u"account_layout")
        self.account_grid = QGridLayout()
        self.account_grid.setObjectName(u"account_grid")
        self.display_name_label = QLabel(self.account_group)
        self.display_name_label.setObjectName(u"display_name_label")

        self.account_grid.addWidget(self.display_name_label, 0, 0, 1, 1)

        self.display_name_edit = QLineEdit(self.account_group)
        self.display_name_edit.setObjectName(u"display_name_edit")

        self.account_grid.addWidget(self.display_name_edit, 0, 1, 1, 1)

        self.display_name_error_label = QLabel(self.account_group)
        self.display_name_error_label.setObjectName(u"display_name_error_label")
        self.display_name_error_label.setWordWrap(True)

        self.account_grid.addWidget(self.display_name_error_label, 1, 1, 1, 1)

        self.user_name_label = QLabel(self.account_group)
        self.user_name_label.setObjectName(u"user_name_label")

        self.account_grid.addWidget(self.user_name_label, 2, 0, 1, 1)

        self.user_name_edit = QLineEdit(self.account_group)
        self.user_name_edit.setObjectName(u"user_name_edit")

        self.account_grid.addWidget(self.user_name_edit, 2, 1, 1, 1)

        self.user_name_error_label = QLabel(self.account_group)
        self.user_name_error_label.setObjectName(u"user_name_error_label")
        self.user_name_error_label.setWordWrap(True)

        self.account_grid.addWidget(self.user_name_error_label, 3, 1, 1, 1)

        self.role_label = QLabel(self.account_group)
        self.role_label.setObjectName(u"role_label")

        self.account_grid.addWidget(self.role_label, 4, 0, 1, 1)

        self.role_combo = QComboBox(self.account_group)
        self.role_combo.setObjectName(u"role_combo")

        self.account_grid.addWidget(self.role_combo, 4, 1, 1, 1)

        self.active_check = QCheckBox(self.account_group)
        self.active_check.setObjectName(u"active_check")

        self.account_grid.addWidget(self.active_check, 5, 1, 1, 1)

        self.password_label = QLabel(self.account_group)
        self.password_label.setObjectName(u"password_label")

        self.account_grid.addWidget(self.password_label, 6, 0, 1, 1)

        self.password_edit = QLineEdit(self.account_group)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.account_grid.addWidget(self.password_edit, 6, 1, 1, 1)

        self.password_error_label = QLabel(self.account_group)
        self.password_error_label.setObjectName(u"password_error_label")
        self.password_error_label.setWordWrap(True)

        self.account_grid.addWidget(self.password_error_label, 7, 1, 1, 1)


        self.account_layout.addLayout(self.account_grid)

        self.password_hint_label = QLabel(self.account_group)
        self.password_hint_label.setObjectName(u"password_hint_label")
        self.password_hint_label.setWordWrap(True)

        self.account_layout.addWidget(self.password_hint_label)

        self.account_buttons_layout = QHBoxLayout()
        self.account_buttons_layout.setObjectName(u"account_buttons_layout")
        self.new_button = QPushButton(self.account_group)
        self.new_button.setObjectName(u"new_button")
        self.new_button.setAutoDefault(False)

        self.account_buttons_layout.addWidget(self.new_button)

        self.account_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.account_buttons_layout.addItem(self.account_spacer)

        self.reset_button = QPushButton(self.account_group)
        self.reset_button.setObjectName(u"reset_button")
        self.reset_button.setAutoDefault(False)

        self.account_buttons_layout.addWidget(self.reset_button)

        self.save_button = QPushButton(self.account_group)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.account_buttons_layout.addWidget(self.save_button)


        self.account_layout.addLayout(self.account_buttons_layout)


        self.main_layout.addWidget(self.account_group)

        self.status_label = QLabel(AccountsDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(AccountsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.display_name_label.setBuddy(self.display_name_edit)
        self.user_name_label.setBuddy(self.user_name_edit)
        self.role_label.setBuddy(self.role_combo)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AccountsDialog)
    # setupUi

    def retranslateUi(self, AccountsDialog):
        AccountsDialog.setWindowTitle(QCoreApplication.translate("AccountsDialog", u"Staff accounts", None))
#if QT_CONFIG(accessibility)
        self.accounts_table.setAccessibleName(QCoreApplication.translate("AccountsDialog", u"Accounts", None))
#endif // QT_CONFIG(accessibility)
        self.account_group.setTitle(QCoreApplication.translate("AccountsDialog", u"Account", None))
        self.display_name_label.setText(QCoreApplication.translate("AccountsDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.display_name_edit.setAccessibleName(QCoreApplication.translate("AccountsDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.user_name_label.setText(QCoreApplication.translate("AccountsDialog", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.user_name_edit.setAccessibleName(QCoreApplication.translate("AccountsDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.role_label.setText(QCoreApplication.translate("AccountsDialog", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.role_combo.setAccessibleName(QCoreApplication.translate("AccountsDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.active_check.setText(QCoreApplication.translate("AccountsDialog", u"Acti&ve (may sign in)", None))
        self.password_label.setText(QCoreApplication.translate("AccountsDialog", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("AccountsDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.password_hint_label.setText(QCoreApplication.translate("AccountsDialog", u"A new account and a reset password are valid once: at the first sign-in, Tresen asks for a password of the person's own.", None))
        self.new_button.setText(QCoreApplication.translate("AccountsDialog", u"Ne&w account", None))
        self.reset_button.setText(QCoreApplication.translate("AccountsDialog", u"Rese&t password", None))
        self.save_button.setText(QCoreApplication.translate("AccountsDialog", u"&Save", None))
    # retranslateUi


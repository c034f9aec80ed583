# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'account_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AccountDialog(object):
    def setupUi(self, AccountDialog):
        if not AccountDialog.objectName():
            AccountDialog.setObjectName(u"AccountDialog")
        AccountDialog.resize(480, 420)
        self.main_layout = QVBoxLayout(AccountDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(AccountDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.password_group = QGroupBox(AccountDialog)
        self.password_group.setObjectName(u"password_group")
        self.password_layout = QVBoxLayout(self.password_group)
        self.password_layout.setObjectName(u"password_layout")
        self.password_grid = QGridLayout()
        self.password_grid.setObjectName(u"password_grid")
        self.old_password_label = QLabel(self.password_group)
        self.old_password_label.setObjectName(u"old_password_label")

        self.password_grid.addWidget(self.old_password_label, 0, 0, 1, 1)

        self.old_password_edit = QLineEdit(self.password_group)
        self.old_password_edit.setObjectName(u"old_password_edit")
        self.old_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.password_grid.addWidget(self.old_password_edit, 0, 1, 1, 1)

        self.old_password_error_label = QLabel(self.password_group)
        self.old_password_error_label.setObjectName(u"old_password_error_label")
        self.old_password_error_label.setWordWrap(True)

        self.password_grid.addWidget(self.old_password_error_label, 1, 1, 1, 1)

        self.new_password_label = QLabel(self.password_group)
        self.new_password_label.setObjectName(u"new_password_label")

        self.password_grid.addWidget(self.new_password_label, 2, 0, 1, 1)

        self.new_password_edit = QLineEdit(self.password_group)
        self.new_password_edit.setObjectName(u"new_password_edit")
        self.new_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.password_grid.addWidget(self.new_password_edit, 2, 1, 1, 1)

        self.new_password_error_label = QLabel(self.password_group)
        self.new_password_error_label.setObjectName(u"new_password_error_label")
        self.new_password_error_label.setWordWrap(True)

        self.password_grid.addWidget(self.new_password_error_label, 3, 1, 1, 1)

        self.repeat_password_label = QLabel(self.password_group)
        self.repeat_password_label.setObjectName(u"repeat_password_label")

        self.password_grid.addWidget(self.repeat_password_label, 4, 0, 1, 1)

        self.repeat_password_edit = QLineEdit(self.password_group)
        self.repeat_password_edit.setObjectName(u"repeat_password_edit")
        self.repeat_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.password_grid.addWidget(self.repeat_password_edit, 4, 1, 1, 1)


        self.password_layout.addLayout(self.password_grid)

        self.password_buttons_layout = QHBoxLayout()
        self.password_buttons_layout.setObjectName(u"password_buttons_layout")
        self.password_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.password_buttons_layout.addItem(self.password_spacer)

        self.change_password_button = QPushButton(self.password_group)
        self.change_password_button.setObjectName(u"change_password_button")
        self.change_password_button.setAutoDefault(False)

        self.password_buttons_layout.addWidget(self.change_password_button)


        self.password_layout.addLayout(self.password_buttons_layout)


        self.main_layout.addWidget(self.password_group)

        self.pin_group = QGroupBox(AccountDialog)
        self.pin_group.setObjectName(u"pin_group")
        self.pin_layout = QVBoxLayout(self.pin_group)
        self.pin_layout.setObjectName(u"pin_layout")
        self.pin_intro_label = QLabel(self.pin_group)
        self.pin_intro_label.setObjectName(u"pin_intro_label")
        self.pin_intro_label.setWordWrap(True)

        self.pin_layout.addWidget(self.pin_intro_label)

        self.pin_grid = QGridLayout()
        self.pin_grid.setObjectName(u"pin_grid")
        self.pin_label = QLabel(self.pin_group)
        self.pin_label.setObjectName(u"pin_label")

        self.pin_grid.addWidget(self.pin_label, 0, 0, 1, 1)

        self.pin_edit = QLineEdit(self.pin_group)
        self.pin_edit.setObjectName(u"pin_edit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.pin_grid.addWidget(self.pin_edit, 0, 1, 1, 1)

        self.pin_error_label = QLabel(self.pin_group)
        self.pin_error_label.setObjectName(u"pin_error_label")
        self.pin_error_label.setWordWrap(True)

        self.pin_grid.addWidget(self.pin_error_label, 1, 1, 1, 1)


        self.pin_layout.addLayout(self.pin_grid)

        self.pin_buttons_layout = QHBoxLayout()
        self.pin_buttons_layout.setObjectName(u"pin_buttons_layout")
        self.pin_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pin_buttons_layout.addItem(self.pin_spacer)

        self.remove_pin_button = QPushButton(self.pin_group)
        self.remove_pin_button.setObjectName(u"remove_pin_button")
        self.remove_pin_button.setAutoDefault(False)

        self.pin_buttons_layout.addWidget(self.remove_pin_button)

        self.set_pin_button = QPushButton(self.pin_group)
        self.set_pin_button.setObjectName(u"set_pin_button")
        self.set_pin_button.setAutoDefault(False)

        self.pin_buttons_layout.addWidget(self.set_pin_button)


        self.pin_layout.addLayout(self.pin_buttons_layout)


        self.main_layout.addWidget(self.pin_group)

        self.status_label = QLabel(AccountDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(AccountDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.old_password_label.setBuddy(self.old_password_edit)
        self.new_password_label.setBuddy(self.new_password_edit)
        self.repeat_password_label.setBuddy(self.repeat_password_edit)
        self.pin_label.setBuddy(self.pin_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AccountDialog)
    # setupUi

    def retranslateUi(self, AccountDialog):
        AccountDialog.setWindowTitle(QCoreApplication.translate("AccountDialog", u"My account", None))
        self.password_group.setTitle(QCoreApplication.translate("AccountDialog", u"Change password", None))
        self.old_password_label.setText(QCoreApplication.translate("AccountDialog", u"C&urrent password", None))
#if QT_CONFIG(accessibility)
        self.old_password_edit.setAccessibleName(QCoreApplication.translate("AccountDialog", u"Current password", None))
#endif // QT_CONFIG(accessibility)
        self.new_password_label.setText(QCoreApplication.translate("AccountDialog", u"&New password", None))
#if QT_CONFIG(accessibility)
        self.new_password_edit.setAccessibleName(QCoreApplication.translate("AccountDialog", u"New password", None))
#endif // QT_CONFIG(accessibility)
        self.repeat_password_label.setText(QCoreApplication.translate("AccountDialog", u"&Repeat new password", None))
#if QT_CONFIG(accessibility)
        self.repeat_password_edit.setAccessibleName(QCoreApplication.translate("AccountDialog", u"Repeat new password", None))
#endif // QT_CONFIG(accessibility)
        self.change_password_button.setText(QCoreApplication.translate("AccountDialog", u"&Change password", None))
        self.pin_group.setTitle(QCoreApplication.translate("AccountDialog", u"PIN for unlocking", None))
        self.pin_intro_label.setText(QCoreApplication.translate("AccountDialog", u"With a PIN of 4 to 8 digits you unlock the locked desk faster. Signing in still takes the password.", None))
        self.pin_label.setText(QCoreApplication.translate("AccountDialog", u"&PIN", None))
#if QT_CONFIG(accessibility)
        self.pin_edit.setAccessibleName(QCoreApplication.translate("AccountDialog", u"PIN", None))
#endif // QT_CONFIG(accessibility)
        self.remove_pin_button.setText(QCoreApplication.translate("AccountDialog", u"Re&move PIN", None))
        self.set_pin_button.setText(QCoreApplication.translate("AccountDialog", u"&Set PIN", None))
    # retranslateUi


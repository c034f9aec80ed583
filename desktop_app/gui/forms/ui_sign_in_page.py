# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SignInPage(object):
    def setupUi(self, SignInPage):
        if not SignInPage.objectName():
            SignInPage.setObjectName(u"SignInPage")
        SignInPage.resize(800, 600)
        self.page_layout = QVBoxLayout(SignInPage)
        self.page_layout.setObjectName(u"page_layout")
        self.top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.top_spacer)

        self.panel_frame = QFrame(SignInPage)
        self.panel_frame.setObjectName(u"panel_frame")
        self.panel_frame.setMinimumSize(QSize(420, 0))
        self.panel_frame.setMaximumSize(QSize(560, 16777215))
        self.panel_layout = QVBoxLayout(self.panel_frame)
        self.panel_layout.setObjectName(u"panel_layout")
        self.title_label = QLabel(self.panel_frame)
        self.title_label.setObjectName(u"title_label")

        self.panel_layout.addWidget(self.title_label)

        self.message_label = QLabel(self.panel_frame)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.panel_layout.addWidget(self.message_label)

        self.fields_layout = QGridLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.display_name_label = QLabel(self.panel_frame)
        self.display_name_label.setObjectName(u"display_name_label")

        self.fields_layout.addWidget(self.display_name_label, 0, 0, 1, 1)

        self.display_name_edit = QLineEdit(self.panel_frame)
        self.display_name_edit.setObjectName(u"display_name_edit")

        self.fields_layout.addWidget(self.display_name_edit, 0, 1, 1, 1)

        self.user_name_label = QLabel(self.panel_frame)
        self.user_name_label.setObjectName(u"user_name_label")

        self.fields_layout.addWidget(self.user_name_label, 1, 0, 1, 1)

        self.user_name_edit = QLineEdit(self.panel_frame)
        self.user_name_edit.setObjectName(u"user_name_edit")

        self.fields_layout.addWidget(self.user_name_edit, 1, 1, 1, 1)

        self.password_label = QLabel(self.panel_frame)
        self.password_label.setObjectName(u"password_label")

        self.fields_layout.addWidget(self.password_label, 2, 0, 1, 1)

        self.password_edit = QLineEdit(self.panel_frame)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields_layout.addWidget(self.password_edit, 2, 1, 1, 1)

        self.repeat_label = QLabel(self.panel_frame)
        self.repeat_label.setObjectName(u"repeat_label")

        self.fields_layout.addWidget(self.repeat_label, 3, 0, 1, 1)

        self.repeat_edit = QLineEdit(self.panel_frame)
        self.repeat_edit.setObjectName(u"repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields_layout.addWidget(self.repeat_edit, 3, 1, 1, 1)


        self.panel_layout.addLayout(self.fields_layout)

        self.error_label = QLabel(self.panel_frame)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.panel_layout.addWidget(self.error_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.other_person_button = QPushButton(self.panel_frame)
        self.other_person_button.setObjectName(u"other_person_button")
        self.other_person_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.other_person_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.sign_in_button = QPushButton(self.panel_frame)
        self.sign_in_button.setObjectName(u"sign_in_button")

        self.buttons_layout.addWidget(self.sign_in_button)


        self.panel_layout.addLayout(self.buttons_layout)

        self.hint_label = QLabel(self.panel_frame)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.panel_layout.addWidget(self.hint_label)


        self.page_layout.addWidget(self.panel_frame, 0, Qt.AlignmentFlag.AlignHCenter)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.display_name_label.setBuddy(self.display_name_edit)
        self.user_name_label.setBuddy(self.user_name_edit)
        self.password_label.setBuddy(self.password_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.display_name_edit, self.user_name_edit)
        QWidget.setTabOrder(self.user_name_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.repeat_edit)
        QWidget.setTabOrder(self.repeat_edit, self.sign_in_button)
        QWidget.setTabOrder(self.sign_in_button, self.other_person_button)

        self.retranslateUi(SignInPage)

        self.sign_in_button.setDefault(True)

    # setupUi

    def retranslateUi(self, SignInPage):
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("SignInPage", u"Sign in", None))
#endif // QT_CONFIG(accessibility)
        self.display_name_label.setText(QCoreApplication.translate("SignInPage", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.display_name_edit.setAccessibleName(QCoreApplication.translate("SignInPage", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.user_name_label.setText(QCoreApplication.translate("SignInPage", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.user_name_edit.setAccessibleName(QCoreApplication.translate("SignInPage", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.password_label.setText(QCoreApplication.translate("SignInPage", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("SignInPage", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.repeat_label.setText(QCoreApplication.translate("SignInPage", u"&Repeat password", None))
#if QT_CONFIG(accessibility)
        self.repeat_edit.setAccessibleName(QCoreApplication.translate("SignInPage", u"Repeat password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("SignInPage", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.other_person_button.setText(QCoreApplication.translate("SignInPage", u"&Another person signs in", None))
        self.sign_in_button.setText(QCoreApplication.translate("SignInPage", u"&Sign in", None))
        pass
    # retranslateUi


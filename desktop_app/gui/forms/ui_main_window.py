# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStatusBar, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 720)
        self.settings_action = QAction(MainWindow)
        self.settings_action.setObjectName(u"settings_action")
        self.quit_action = QAction(MainWindow)
        self.quit_action.setObjectName(u"quit_action")
        self.checkin_action = QAction(MainWindow)
        self.checkin_action.setObjectName(u"checkin_action")
        self.tally_action = QAction(MainWindow)
        self.tally_action.setObjectName(u"tally_action")
        self.today_action = QAction(MainWindow)
        self.today_action.setObjectName(u"today_action")
        self.visitors_action = QAction(MainWindow)
        self.visitors_action.setObjectName(u"visitors_action")
        self.offers_action = QAction(MainWindow)
        self.offers_action.setObjectName(u"offers_action")
        self.referrals_action = QAction(MainWindow)
        self.referrals_action.setObjectName(u"referrals_action")
        self.directory_action = QAction(MainWindow)
        self.directory_action.setObjectName(u"directory_action")
        self.volunteers_action = QAction(MainWindow)
        self.volunteers_action.setObjectName(u"volunteers_action")
        self.shortcuts_action = QAction(MainWindow)
        self.shortcuts_action.setObjectName(u"shortcuts_action")
        self.about_action = QAction(MainWindow)
        self.about_action.setObjectName(u"about_action")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.tabs = QTabWidget(self.central_widget)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)

        self.central_layout.addWidget(self.tabs)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.program_menu = QMenu(self.menu_bar)
        self.program_menu.setObjectName(u"program_menu")
        self.go_menu = QMenu(self.menu_bar)
        self.go_menu.setObjectName(u"go_menu")
        self.help_menu = QMenu(self.menu_bar)
        self.help_menu.setObjectName(u"help_menu")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.program_menu.menuAction())
        self.menu_bar.addAction(self.go_menu.menuAction())
        self.menu_bar.addAction(self.help_menu.menuAction())
        self.program_menu.addAction(self.settings_action)
        self.program_menu.addSeparator()
        self.program_menu.addAction(self.quit_action)
        self.go_menu.addAction(self.checkin_action)
        self.go_menu.addAction(self.tally_action)
        self.go_menu.addAction(self.today_action)
        self.go_menu.addAction(self.visitors_action)
        self.go_menu.addAction(self.offers_action)
        self.go_menu.addAction(self.referrals_action)
        self.go_menu.addAction(self.directory_action)
        self.go_menu.addAction(self.volunteers_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Tresen", None))
        self.settings_action.setText(QCoreApplication.translate("MainWindow", u"&Settings\u2026", None))
#if QT_CONFIG(shortcut)
        self.settings_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+,", None))
#endif // QT_CONFIG(shortcut)
        self.quit_action.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.quit_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.checkin_action.setText(QCoreApplication.translate("MainWindow", u"&Check-in", None))
#if QT_CONFIG(shortcut)
        self.checkin_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+1", None))
#endif // QT_CONFIG(shortcut)
        self.tally_action.setText(QCoreApplication.translate("MainWindow", u"&Head count", None))
#if QT_CONFIG(shortcut)
        self.tally_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+2", None))
#endif // QT_CONFIG(shortcut)
        self.today_action.setText(QCoreApplication.translate("MainWindow", u"&Today's visits", None))
#if QT_CONFIG(shortcut)
        self.today_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+3", None))
#endif // QT_CONFIG(shortcut)
        self.visitors_action.setText(QCoreApplication.translate("MainWindow", u"&Visitors", None))
#if QT_CONFIG(shortcut)
        self.visitors_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+4", None))
#endif // QT_CONFIG(shortcut)
        self.offers_action.setText(QCoreApplication.translate("MainWindow", u"&Offers", None))
#if QT_CONFIG(shortcut)
        self.offers_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+5", None))
#endif // QT_CONFIG(shortcut)
        self.referrals_action.setText(QCoreApplication.translate("MainWindow", u"&Referrals", None))
#if QT_CONFIG(shortcut)
        self.referrals_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+6", None))
#endif // QT_CONFIG(shortcut)
        self.directory_action.setText(QCoreApplication.translate("MainWindow", u"&Directory", None))
#if QT_CONFIG(shortcut)
        self.directory_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+7", None))
#endif // QT_CONFIG(shortcut)
        self.volunteers_action.setText(QCoreApplication.translate("MainWindow", u"Vo&lunteers", None))
#if QT_CONFIG(shortcut)
        self.volunteers_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+8", None))
#endif // QT_CONFIG(shortcut)
        self.shortcuts_action.setText(QCoreApplication.translate("MainWindow", u"&Keyboard shortcuts", None))
#if QT_CONFIG(shortcut)
        self.shortcuts_action.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.about_action.setText(QCoreApplication.translate("MainWindow", u"&About Tresen", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("MainWindow", u"Screens", None))
#endif // QT_CONFIG(accessibility)
        self.program_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Tresen", None))
        self.go_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Go to", None))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi


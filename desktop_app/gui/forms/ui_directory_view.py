# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'directory_view.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_DirectoryView(object):
    def setupUi(self, DirectoryView):
        if not DirectoryView.objectName():
            DirectoryView.setObjectName(u"DirectoryView")
        DirectoryView.resize(1000, 600)
        self.main_layout = QVBoxLayout(DirectoryView)
        self.main_layout.setObjectName(u"main_layout")
        self.search_layout = QHBoxLayout()
        self.search_layout.setObjectName(u"search_layout")
        self.search_label = QLabel(DirectoryView)
        self.search_label.setObjectName(u"search_label")

        self.search_layout.addWidget(self.search_label)

        self.search_edit = QLineEdit(DirectoryView)
        self.search_edit.setObjectName(u"search_edit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.search_edit.sizePolicy().hasHeightForWidth())
        self.search_edit.setSizePolicy(sizePolicy)
        self.search_edit.setClearButtonEnabled(True)

        self.search_layout.addWidget(self.search_edit)

        self.count_label = QLabel(DirectoryView)
        self.count_label.setObjectName(u"count_label")

        self.search_layout.addWidget(self.count_label)


        self.main_layout.addLayout(self.search_layout)

        self.filters_layout = QHBoxLayout()
        self.filters_layout.setObjectName(u"filters_layout")
        self.field_label = QLabel(DirectoryView)
        self.field_label.setObjectName(u"field_label")

        self.filters_layout.addWidget(self.field_label)

        self.field_combo = QComboBox(DirectoryView)
        self.field_combo.setObjectName(u"field_combo")
        self.field_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.field_combo.setMinimumContentsLength(14)

        self.filters_layout.addWidget(self.field_combo)

        self.target_group_label = QLabel(DirectoryView)
        self.target_group_label.setObjectName(u"target_group_label")

        self.filters_layout.addWidget(self.target_group_label)

        self.target_group_combo = QComboBox(DirectoryView)
        self.target_group_combo.setObjectName(u"target_group_combo")
        self.target_group_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target_group_combo.setMinimumContentsLength(14)

        self.filters_layout.addWidget(self.target_group_combo)

        self.language_label = QLabel(DirectoryView)
        self.language_label.setObjectName(u"language_label")

        self.filters_layout.addWidget(self.language_label)

        self.language_combo = QComboBox(DirectoryView)
        self.language_combo.setObjectName(u"language_combo")
        self.language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.language_combo.setMinimumContentsLength(14)

        self.filters_layout.addWidget(self.language_combo)

        self.open_today_check = QCheckBox(DirectoryView)
        self.open_today_check.setObjectName(u"open_today_check")

        self.filters_layout.addWidget(self.open_today_check)

        self.filters_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters_layout.addItem(self.filters_spacer)


        self.main_layout.addLayout(self.filters_layout)

        self.splitter = QSplitter(DirectoryView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.results_table = QTableView(self.splitter)
        self.results_table.setObjectName(u"results_table")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.results_table.sizePolicy().hasHeightForWidth())
        self.results_table.setSizePolicy(sizePolicy1)
        self.results_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_table.setTabKeyNavigation(False)
        self.results_table.setAlternatingRowColors(True)
        self.results_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_table.setWordWrap(False)
        self.splitter.addWidget(self.results_table)
        self.results_table.horizontalHeader().setHighlightSections(False)
        self.results_table.verticalHeader().setVisible(False)
        self.details_widget = QWidget(self.splitter)
        self.details_widget.setObjectName(u"details_widget")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(2)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.details_widget.sizePolicy().hasHeightForWidth())
        self.details_widget.setSizePolicy(sizePolicy2)
        self.details_layout = QVBoxLayout(self.details_widget)
        self.details_layout.setObjectName(u"details_layout")
        self.details_layout.setContentsMargins(0, 0, 0, 0)
        self.details_label = QLabel(self.details_widget)
        self.details_label.setObjectName(u"details_label")

        self.details_layout.addWidget(self.details_label)

        self.details_browser = QTextBrowser(self.details_widget)
        self.details_browser.setObjectName(u"details_browser")
        self.details_browser.setOpenExternalLinks(True)

        self.details_layout.addWidget(self.details_browser)

        self.splitter.addWidget(self.details_widget)

        self.main_layout.addWidget(self.splitter)

        self.empty_label = QLabel(DirectoryView)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)

        self.main_layout.addWidget(self.empty_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.new_button = QPushButton(DirectoryView)
        self.new_button.setObjectName(u"new_button")

        self.buttons_layout.addWidget(self.new_button)

        self.edit_button = QPushButton(DirectoryView)
        self.edit_button.setObjectName(u"edit_button")

        self.buttons_layout.addWidget(self.edit_button)

        self.delete_button = QPushButton(DirectoryView)
        self.delete_button.setObjectName(u"delete_button")

        self.buttons_layout.addWidget(self.delete_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.io_buttons_layout = QHBoxLayout()
        self.io_buttons_layout.setObjectName(u"io_buttons_layout")
        self.import_button = QPushButton(DirectoryView)
        self.import_button.setObjectName(u"import_button")

        self.io_buttons_layout.addWidget(self.import_button)

        self.export_button = QPushButton(DirectoryView)
        self.export_button.setObjectName(u"export_button")

        self.io_buttons_layout.addWidget(self.export_button)


        self.buttons_layout.addLayout(self.io_buttons_layout)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
        self.field_label.setBuddy(self.field_combo)
        self.target_group_label.setBuddy(self.target_group_combo)
        self.language_label.setBuddy(self.language_combo)
        self.details_label.setBuddy(self.details_browser)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.field_combo)
        QWidget.setTabOrder(self.field_combo, self.target_group_combo)
        QWidget.setTabOrder(self.target_group_combo, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.open_today_check)
        QWidget.setTabOrder(self.open_today_check, self.results_table)
        QWidget.setTabOrder(self.results_table, self.details_browser)
        QWidget.setTabOrder(self.details_browser, self.new_button)
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.export_button)

        self.retranslateUi(DirectoryView)
    # setupUi

    def retranslateUi(self, DirectoryView):
        DirectoryView.setWindowTitle(QCoreApplication.translate("DirectoryView", u"Directory", None))
#if QT_CONFIG(accessibility)
        DirectoryView.setAccessibleName(QCoreApplication.translate("DirectoryView", u"Directory", None))
#endif // QT_CONFIG(accessibility)
        self.search_label.setText(QCoreApplication.translate("DirectoryView", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("DirectoryView", u"Search the directory", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("DirectoryView", u"Name, offer, field of action or any word", None))
        self.field_label.setText(QCoreApplication.translate("DirectoryView", u"&Field of action:", None))
#if QT_CONFIG(accessibility)
        self.field_combo.setAccessibleName(QCoreApplication.translate("DirectoryView", u"Filter by field of action", None))
#endif // QT_CONFIG(accessibility)
        self.target_group_label.setText(QCoreApplication.translate("DirectoryView", u"Ta&rget group:", None))
#if QT_CONFIG(accessibility)
        self.target_group_combo.setAccessibleName(QCoreApplication.translate("DirectoryView", u"Filter by target group", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("DirectoryView", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("DirectoryView", u"Filter by language", None))
#endif // QT_CONFIG(accessibility)
        self.open_today_check.setText(QCoreApplication.translate("DirectoryView", u"&Open today", None))
#if QT_CONFIG(tooltip)
        self.open_today_check.setToolTip(QCoreApplication.translate("DirectoryView", u"Only entries that are open or take place today", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.results_table.setAccessibleName(QCoreApplication.translate("DirectoryView", u"Directory entries", None))
#endif // QT_CONFIG(accessibility)
        self.details_label.setText(QCoreApplication.translate("DirectoryView", u"Deta&ils", None))
#if QT_CONFIG(accessibility)
        self.details_browser.setAccessibleName(QCoreApplication.translate("DirectoryView", u"Details of the selected entry", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("DirectoryView", u"The directory is empty. Add partners with \u201cNew partner\u201d or import an Open Referral (HSDS) file.", None))
        self.new_button.setText(QCoreApplication.translate("DirectoryView", u"&New partner", None))
#if QT_CONFIG(tooltip)
        self.new_button.setToolTip(QCoreApplication.translate("DirectoryView", u"Add a partner to the directory (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.edit_button.setText(QCoreApplication.translate("DirectoryView", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_button.setToolTip(QCoreApplication.translate("DirectoryView", u"Edit the selected partner (Enter or F2)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.edit_button.setAccessibleName(QCoreApplication.translate("DirectoryView", u"Edit the selected partner", None))
#endif // QT_CONFIG(accessibility)
        self.delete_button.setText(QCoreApplication.translate("DirectoryView", u"&Delete\u2026", None))
#if QT_CONFIG(tooltip)
        self.delete_button.setToolTip(QCoreApplication.translate("DirectoryView", u"Delete the selected partner, after a confirmation (Delete)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.delete_button.setAccessibleName(QCoreApplication.translate("DirectoryView", u"Delete the selected partner", None))
#endif // QT_CONFIG(accessibility)
        self.import_button.setText(QCoreApplication.translate("DirectoryView", u"Im&port\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("DirectoryView", u"Import partners from an Open Referral (HSDS 3.0) file: JSON, a data package or a ZIP of CSV tables", None))
#endif // QT_CONFIG(tooltip)
        self.export_button.setText(QCoreApplication.translate("DirectoryView", u"E&xport", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("DirectoryView", u"Export the directory as Open Referral (HSDS 3.0) JSON or as a data package of CSV tables", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi


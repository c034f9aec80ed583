"""Printed documents made with ReportLab; never imports Qt."""

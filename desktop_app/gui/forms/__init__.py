"""Python forms generated from ``ui/*.ui`` by pyside6-uic; regenerate, never edit.

``python -m desktop_app.gui.forms`` regenerates them all; a test fails when one is stale.
"""

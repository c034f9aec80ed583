"""Everything that imports PySide6: windows, views, item models, tasks, printing."""

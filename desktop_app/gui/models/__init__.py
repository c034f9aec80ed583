"""Item models that adapt service records to Qt views."""

"""Printed official documents (Qt-free ReportLab): fonts, styles, the shared layout and one renderer each."""

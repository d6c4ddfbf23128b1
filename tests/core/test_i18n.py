"""Counts in Qt-free code: the command line (no Qt) writes the English singular or plural from the source."""

from desktop.core.i18n import Plural, english_plural, translate


def test_without_qt_a_count_takes_the_english_form():
    assert english_plural("%n row(s)", 1) == "1 row" and english_plural("%n row(s)", 0) == "0 rows"
    assert Plural.tr("(%n more problem(s) marked in the checklist.)", "", 2) == \
        "(2 more problems marked in the checklist.)"
    assert translate("Inspections", "Text with (s) kept when it is not a count") == \
        "Text with (s) kept when it is not a count"

"""Tests of the inspection pages, forms and dialogs."""

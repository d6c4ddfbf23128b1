"""Validity checks of filed evaluation reports (타당성조사, Act Art. 31-4 ①–③)."""

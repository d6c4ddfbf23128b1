"""Saving a file where the user chooses: suffix added, atomic write, a plain message when the folder is gone."""

from desktop.ui.widgets.file_save import save_bytes


def test_suffix_is_added_and_nothing_partial_is_left(tmp_path, dialogs, qapp):
    dialogs.save_path = tmp_path / "결정서"
    path = save_bytes(None, dialogs, b"%PDF-1.4", "Save", "x.pdf", "PDF (*.pdf)")
    assert path == tmp_path / "결정서.pdf" and path.read_bytes() == b"%PDF-1.4"
    assert list(tmp_path.iterdir()) == [path]


def test_an_unwritable_place_is_reported_not_raised(tmp_path, dialogs, qapp):
    dialogs.save_path = tmp_path / "missing-folder" / "a.pdf"
    assert save_bytes(None, dialogs, b"%PDF", "Save", "a.pdf", "PDF (*.pdf)") is None
    assert "could not be written" in dialogs.errors[0]


def test_cancelling_writes_nothing(tmp_path, dialogs, qapp):
    assert save_bytes(None, dialogs, b"%PDF", "Save", "a.pdf", "PDF (*.pdf)") is None
    assert dialogs.errors == [] and list(tmp_path.iterdir()) == []

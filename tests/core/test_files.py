"""The one file writer: whole or nothing, permissions kept, the temporary file never left behind."""

import errno
import os
import stat

import pytest

from desktop.core.errors import FileError
from desktop.core.files import PendingFile, os_error_message, read_file, write_atomically


def names(folder):
    return sorted(p.name for p in folder.iterdir())


def test_a_new_file_is_written_whole_with_the_usual_permissions(tmp_path):
    umask = os.umask(0o022)
    os.umask(umask)
    path = write_atomically(tmp_path / "a.pdf", b"%PDF-1.4")
    assert path.read_bytes() == b"%PDF-1.4" and names(tmp_path) == ["a.pdf"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


def test_a_replaced_file_keeps_its_permissions(tmp_path):
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"old")
    path.chmod(0o640)
    write_atomically(path, b"new")
    assert path.read_bytes() == b"new" and stat.S_IMODE(path.stat().st_mode) == 0o640
    assert names(tmp_path) == ["report.xlsx"]


def test_a_link_is_written_through_and_stays_a_link(tmp_path):
    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    write_atomically(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new" and names(tmp_path) == ["link.pdf", "real.pdf"]


def test_a_full_disk_keeps_the_old_file_and_leaves_nothing(tmp_path, full_disk):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"the earlier file")
    with pytest.raises(FileError) as refused:
        write_atomically(path, b"x" * 5000)
    assert refused.value.message == f"Could not write {path}: the disk is full."
    assert path.read_bytes() == b"the earlier file" and names(tmp_path) == ["a.pdf"]


def test_a_failure_before_publishing_removes_the_temporary_file(tmp_path):
    with pytest.raises(RuntimeError), PendingFile(tmp_path / "a.json") as output:
        output.write(b"{}")
        assert len(names(tmp_path)) == 1  # the hidden temporary file, complete
        raise RuntimeError("the transaction failed")
    assert names(tmp_path) == []


def test_nothing_is_created_for_a_target_that_cannot_be_written(tmp_path):
    read_only = tmp_path / "kept.pdf"
    read_only.write_bytes(b"mine")
    read_only.chmod(0o444)
    for target, reason in [(tmp_path / "gone" / "a.pdf", f"the folder {tmp_path / 'gone'} does not exist"),
                           (tmp_path, "it is a folder, not a file"), (read_only, "the file is read-only")]:
        with pytest.raises(FileError) as refused:
            PendingFile(target)
        assert refused.value.message == f"Could not write {target}: {reason}."
    assert names(tmp_path) == ["kept.pdf"] and read_only.read_bytes() == b"mine"


def test_reading_names_the_file_and_the_reason(tmp_path):
    with pytest.raises(FileError, match=rf"^Could not read {tmp_path / 'x.pdf'}: the file does not exist\.$"):
        read_file(tmp_path / "x.pdf")
    assert read_file(write_atomically(tmp_path / "y.pdf", b"y")) == b"y"


def test_other_system_errors_are_sentences_naming_the_file():
    error = OSError(errno.EACCES, "Permission denied", "/srv/a.pdf")
    assert os_error_message(error) == "Could not use /srv/a.pdf: permission denied."
    assert os_error_message(OSError(errno.ENOSPC, "No space left on device")) == "The disk is full."

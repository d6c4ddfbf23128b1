"""Files written whole or not at all, and read with plain messages; the one writer of the CLI and the GUI.

``PendingFile(path)`` refuses at once a target that cannot be written (no folder, a folder in its place, a read-only
file), so nothing is done for it; its bytes go to a hidden temporary file beside the target, flushed to the disk,
and are renamed into place by ``publish()`` — after the database transaction that goes with the file has
committed. Any failure removes the temporary file and raises a ``FileError`` naming the file and the reason::

    with PendingFile(path) as output:             # checked here, before the database is touched
        with database.transaction() as session:
            output.write(render(session))         # a full disk fails here: the transaction rolls back
    # renamed into place on leaving the block
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from desktop.core.errors import FileError
from desktop.core.i18n import translate


def _reason(error: OSError) -> str:
    """What went wrong, in a few words the user understands."""
    code = error.errno
    if code == errno.ENOSPC:
        return translate("Files", "the disk is full")
    if code == getattr(errno, "EDQUOT", None):
        return translate("Files", "the disk quota is exceeded")
    if code in (errno.EACCES, errno.EPERM):
        return translate("Files", "permission denied")
    if code == errno.EROFS:
        return translate("Files", "the disk is read-only")
    if code == errno.ENOENT:
        return translate("Files", "the file does not exist")
    if code == errno.EISDIR:
        return translate("Files", "it is a folder, not a file")
    if code == errno.EFBIG:
        return translate("Files", "the file is too large")
    if code == errno.ENAMETOOLONG:
        return translate("Files", "the name is too long")
    return (error.strerror or str(error)).rstrip(".")


def write_error(path: Path, cause: OSError | str, consequence: str | None = None) -> FileError:
    """``Could not write PATH: REASON[; CONSEQUENCE].`` — one sentence; ``cause`` an OSError or a reason."""
    reason = cause if isinstance(cause, str) else _reason(cause)
    if consequence:
        message = translate("Files", "Could not write {path}: {reason}; {consequence}.").format(
            path=path, reason=reason, consequence=consequence)
    else:
        message = translate("Files", "Could not write {path}: {reason}.").format(path=path, reason=reason)
    return FileError(message, path=path, reason=reason)


def read_error(path: Path, error: OSError) -> FileError:
    reason = _reason(error)
    return FileError(translate("Files", "Could not read {path}: {reason}.").format(path=path, reason=reason),
                     path=path, reason=reason)


def read_file(path: Path | str) -> bytes:
    """The bytes of ``path`` (``~`` expanded), or a FileError naming it."""
    path = Path(path).expanduser()
    try:
        return path.read_bytes()
    except OSError as error:
        raise read_error(path, error) from error


def _is_read_only(path: Path, mode: int) -> bool:
    # No write bit at all counts even for an administrator, whom os.access always lets write.
    return not (mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) or not os.access(path, os.W_OK)


def writable_target(path: Path | str) -> Path:
    """``path`` made absolute (``~`` expanded, a link followed), or a FileError saying why it cannot be written."""
    given = Path(path).expanduser()
    target = Path(os.path.realpath(given)) if given.is_symlink() else given.absolute()
    if target.is_dir():
        raise write_error(given, translate("Files", "it is a folder, not a file"))
    folder = target.parent
    if not folder.exists():
        raise write_error(given, translate("Files", "the folder {folder} does not exist").format(folder=folder))
    if not folder.is_dir():
        raise write_error(given, translate("Files", "{folder} is a file, not a folder").format(folder=folder))
    if target.exists() and _is_read_only(target, target.stat().st_mode):
        raise write_error(given, translate("Files", "the file is read-only"))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise write_error(given, translate("Files", "no permission to write in the folder {folder}")
                          .format(folder=folder))
    return target


class PendingFile:
    """A file being written: checked at once, filled in a hidden temporary beside it, renamed by ``publish()``."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path).expanduser()
        self.target = writable_target(self.path)
        self.temporary: Path | None = None
        self._stream: BinaryIO | None = None
        self._closed = False

    @property
    def stream(self) -> BinaryIO:
        """The temporary file, opened on first use (for writers that stream, like a ZIP archive)."""
        if self._stream is None:
            if self._closed:
                raise ValueError("the pending file was already closed")
            self._stream = self._create()
        return self._stream

    def _create(self) -> BinaryIO:
        import secrets  # here: not on the start-up path of every command

        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        for _ in range(100):
            candidate = self.target.with_name(f".{self.target.name}.{secrets.token_hex(4)}.part")
            try:
                descriptor = os.open(candidate, flags, 0o666)  # the user's umask applies, as for any new file
            except FileExistsError:
                continue
            except OSError as error:
                raise write_error(self.path, error) from error
            self.temporary = candidate
            if self.target.exists():  # a replaced file keeps its permissions
                with contextlib.suppress(OSError):
                    os.chmod(candidate, stat.S_IMODE(self.target.stat().st_mode))
            return _open_for_writing(descriptor)
        raise write_error(self.path, translate("Files", "no temporary name is free in its folder"))

    def write(self, data: bytes) -> None:
        """The whole content, on the disk when this returns (a full disk fails here, not later)."""
        self.append(data)
        self.close()

    def append(self, data: bytes) -> None:
        """The next part of a content written as it is made (a full disk fails here); ``publish()`` ends it."""
        try:
            self.stream.write(data)
        except OSError as error:
            self.discard()
            raise write_error(self.path, error) from error

    def close(self) -> None:
        """Flush the temporary file to the disk and close it; a FileError (and nothing left) if that fails."""
        if self._closed:
            return
        stream = self.stream
        try:
            stream.flush()
            os.fsync(stream.fileno())
            stream.close()
        except OSError as error:
            self.discard()
            raise write_error(self.path, error) from error
        self._closed = True

    def publish(self) -> Path:
        """Rename the complete file into place; returns the target written."""
        self.close()
        assert self.temporary is not None
        try:
            os.replace(self.temporary, self.target)
        except OSError as error:
            self.discard()
            raise write_error(self.path, error) from error
        self.temporary = None
        _sync_folder(self.target.parent)
        return self.target

    def discard(self) -> None:
        """Close and remove the temporary file (safe to call more than once)."""
        self._closed = True
        if self._stream is not None:
            with contextlib.suppress(OSError):  # the unwritable rest of a full disk: the file goes anyway
                self._stream.close()
        if self.temporary is not None:
            self.temporary.unlink(missing_ok=True)
            self.temporary = None

    def __enter__(self) -> PendingFile:
        return self

    def __exit__(self, kind, error, traceback) -> None:  # type: ignore[no-untyped-def]
        if kind is None:
            self.publish()
        else:
            self.discard()


def _open_for_writing(descriptor: int) -> BinaryIO:
    """The stream over a new temporary file (tests replace it to fill the disk)."""
    return os.fdopen(descriptor, "wb")


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (POSIX); elsewhere nothing to do."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def write_atomically(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all; returns the file written, or raises a FileError."""
    with PendingFile(path) as output:
        output.write(data)
    return output.target


def os_error_message(error: OSError) -> str:
    """Any other OSError as one sentence naming its file: ``Could not use PATH: REASON.``"""
    reason = _reason(error)
    if error.filename is None:
        return reason[:1].upper() + reason[1:] + "."
    return translate("Files", "Could not use {path}: {reason}.").format(path=error.filename, reason=reason)

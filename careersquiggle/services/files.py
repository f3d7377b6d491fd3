"""Writing files whole or not at all."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import fill, translate
from careersquiggle.paths import shared_file_mode


def atomic_write(path: str | os.PathLike[str], data: bytes, private: bool = True) -> None:
    """Write to a temporary file beside ``path``, flush it to disk, then rename it into place.

    Readable by the owner only, since exports hold private entries; ``private=False``
    (pictures, made to be shared) gives the user's usual mode (umask). Whatever stops
    the write (a full disk, Ctrl+C), no partial file is left behind.
    """
    # A link is followed (the file it points at is replaced, the link stays); a device
    # or pipe is written into, since it cannot be swapped for a file.
    target = Path(os.path.realpath(path))
    if target.exists() and not target.is_file():
        try:
            with open(target, "wb") as fh:
                fh.write(data)
        except OSError as exc:
            raise JournalError(fill(translate(
                "Files", "%1: cannot be written (%2)"), path, exc.strerror or exc)) from None
        return
    tmp = target.with_name(f".{target.name}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        if not private:  # the journal keeps a private umask; a picture gets the user's own
            os.fchmod(fd, shared_file_mode())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        raise JournalError(fill(translate(
            "Files", "%1: cannot be written (%2)"), path, exc.strerror or exc)) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


@contextlib.contextmanager
def replacing(path: str | os.PathLike[str]) -> Iterator[Path]:
    """For a writer that needs a file name rather than bytes (Qt's printer): yields a
    temporary file beside ``path``, readable by the owner only; when the block ends
    without an error and the writer left something in it, it is flushed to disk and
    renamed into place. Otherwise it is removed and ``path`` is as it was.
    """
    target = Path(os.path.realpath(path))
    if target.exists() and not target.is_file():
        raise JournalError(fill(translate(
            "Files", "%1: is not a file"), path))
    tmp = target.with_name(f".{target.name}.part")
    try:
        # Made here, not by the writer: an unwritable folder is one clear message now.
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    except OSError as exc:
        raise JournalError(fill(translate(
            "Files", "%1: cannot be written (%2)"), path, exc.strerror or exc)) from None
    try:
        yield tmp
        if tmp.stat().st_size == 0:  # the writer gave up without saying why
            raise JournalError(fill(translate(
                "Files", "%1: cannot be written"), path))
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except OSError as exc:
        raise JournalError(fill(translate(
            "Files", "%1: cannot be written (%2)"), path, exc.strerror or exc)) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()

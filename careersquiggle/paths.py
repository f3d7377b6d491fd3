"""Where the journal lives: platformdirs' data folder, or one given by the user."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from careersquiggle import APP_DIR_NAME
from careersquiggle.core.i18n import fill, translate

ENV_DATA_DIR = "CAREERSQUIGGLE_DATA_DIR"
JOURNAL_FILE = "journal.sqlite3"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    try:
        return Path(user_data_dir(APP_DIR_NAME, appauthor=False))
    except (RuntimeError, KeyError, OSError):
        # No HOME and no passwd entry (e.g. a container user): nowhere to look.
        from careersquiggle.core.errors import JournalError

        raise JournalError(fill(translate(
            "Paths",
            "cannot find your home folder (HOME is not set); give the journal's folder "
            "with --data-dir or $%1"), ENV_DATA_DIR)) from None


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """The folder to use: ``--data-dir``, else $CAREERSQUIGGLE_DATA_DIR, else the platform's."""
    chosen = override or os.environ.get(ENV_DATA_DIR) or None
    return Path(chosen).expanduser() if chosen else default_data_dir()


_user_umask: int | None = None  # the umask the program started with


def ensure_private_dir(folder: Path) -> Path:
    """Create the folder readable by its owner only (0700), and keep new files 0600."""
    global _user_umask
    # Files SQLite creates later (WAL, shared memory, backups) inherit the umask.
    previous = os.umask(0o077)
    if _user_umask is None:
        _user_umask = previous
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    # e.g. a folder owned by someone else; opening will tell if it is unusable
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)
    return folder


def shared_file_mode() -> int:
    """The mode the user's own umask gives a new file: for pictures, made to be shared."""
    if _user_umask is None:
        current = os.umask(0o077)
        os.umask(current)
        return 0o666 & ~current
    return 0o666 & ~_user_umask


def journal_path(folder: Path) -> Path:
    return folder / JOURNAL_FILE


def make_private(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if p.exists() and not p.is_symlink():
                os.chmod(p, 0o600)
        except OSError:
            pass  # a read-only folder or file system: writing will say so, in words

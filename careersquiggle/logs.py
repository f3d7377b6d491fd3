"""Logging: a small rotating file in the platform's log folder, and the terminal with --verbose.

Privacy rule: log what happened and how many, never what the journal says.
No titles, notes, tags, check-in notes or exception messages (a database error
can quote the row it refused); only event names, counts, versions and
exception types with their stack. No network handlers, ever.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from careersquiggle import APP_DIR_NAME, __version__

LOG_FILE = "careersquiggle.log"
MAX_BYTES = 512 * 1024
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
log = logging.getLogger("careersquiggle")

# Set on the handlers we add, so configuring again replaces ours and leaves others
# (pytest's, an embedding program's) alone.
_MARK = "_careersquiggle_handler"


def default_log_dir() -> Path | None:
    from platformdirs import user_log_dir

    try:
        return Path(user_log_dir(APP_DIR_NAME, appauthor=False))
    except (RuntimeError, KeyError, OSError):
        return None  # no HOME and no passwd entry: no log file, the journal still opens


def configure(verbose: bool = False, log_dir: str | os.PathLike | None = None) -> Path | None:
    """Set up logging for this run; returns the log file, or None if it could not be opened.

    Safe to call again (each run of ``cli.main`` does): earlier handlers of ours are closed.
    """
    root = logging.getLogger()
    _remove_handlers(root)
    # Our own events at INFO; other libraries only when something is wrong, except
    # Alembic's migration steps, which are worth a line when a journal is upgraded.
    log.setLevel(logging.INFO)
    logging.getLogger("alembic.runtime.migration").setLevel(logging.INFO)

    handlers: list[logging.Handler] = []
    folder = Path(log_dir) if log_dir else default_log_dir()
    path = _file_path(folder) if folder is not None else None
    if path is not None:
        handlers.append(RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                            encoding="utf-8", delay=True))
    if verbose and sys.stderr is not None:  # a windowed program may have no stderr
        handlers.append(logging.StreamHandler(sys.stderr))
    if not handlers:
        # Without any handler Python would print warnings to the terminal by itself.
        handlers.append(logging.NullHandler())
    for handler in handlers:
        setattr(handler, _MARK, True)
        handler.setLevel(logging.INFO)
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
    _hook_uncaught()
    return path


def reset() -> None:
    """Undo ``configure``: close our handlers and restore the previous exception hook."""
    _remove_handlers(logging.getLogger())
    if getattr(sys.excepthook, _MARK, False):
        sys.excepthook = sys.excepthook.previous  # type: ignore[attr-defined]  # set by configure


def _remove_handlers(root: logging.Logger) -> None:
    for handler in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(handler)
        handler.close()


def _file_path(folder: Path) -> Path | None:
    """The log file, in a folder only its owner can read; None when that is impossible
    (a read-only home must not stop the journal from opening)."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / LOG_FILE
        path.touch(mode=0o600, exist_ok=True)
        os.chmod(path, 0o600)
        return path
    except OSError:
        return None


def log_start(command: str | None) -> None:
    log.info("start version=%s command=%s python=%s platform=%s", __version__,
             command or "window", platform.python_version(), sys.platform)


def describe_exception(exc: BaseException) -> str:
    """The exception's type and stack, without its message (which may quote journal text)."""
    stack = "".join(traceback.format_tb(exc.__traceback__)).rstrip()
    return f"{type(exc).__module__}.{type(exc).__qualname__}\n{stack}"


def _hook_uncaught() -> None:
    if getattr(sys.excepthook, _MARK, False):
        return
    previous = sys.excepthook

    def hook(kind, exc, tb):
        # Still shown on the terminal as before; only the log gets the message-free form.
        if exc is not None and not isinstance(exc, KeyboardInterrupt):
            log.error("uncaught %s", describe_exception(exc))
        previous(kind, exc, tb)

    setattr(hook, _MARK, True)
    hook.previous = previous  # type: ignore[attr-defined]  # read back by reset()
    sys.excepthook = hook

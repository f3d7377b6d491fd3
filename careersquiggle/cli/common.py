"""What every command shares: global options, opening the journal, errors."""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from careersquiggle import paths
from careersquiggle.core.errors import DamagedJournal, JournalError
from careersquiggle.core.i18n import fill, translate
from careersquiggle.services.files import atomic_write


def add_global_options(parser: argparse.ArgumentParser, default) -> None:
    """Added to the top parser (real defaults) and to each command (SUPPRESS, so a
    value given before the command is not overwritten by the command's default)."""
    g = parser.add_argument_group(translate("Help", "global options"))
    g.add_argument("--data-dir", metavar="DIR", default=default,
                   help=translate("Help", "the journal's folder (default: "
                                          "$CAREERSQUIGGLE_DATA_DIR or your data folder)"))
    g.add_argument("--passphrase-stdin", action="store_true",
                   default=False if default is None else default,
                   help=translate("Help", "read the passphrase as one line from standard "
                                          "input"))
    g.add_argument("--verbose", "-v", action="store_true",
                   default=False if default is None else default,
                   help=translate("Help", "say more"))
    g.add_argument("--lang", metavar="LANG", default=default,
                   help=translate("Help", "the language to use, e.g. de or en (default: "
                                          "your system's; 'pseudo' lengthens every text, "
                                          "for testing layouts)"))


def add_command(sub, name: str, handler: Callable, help: str, **kw) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help, description=help, **kw)
    add_global_options(p, default=argparse.SUPPRESS)
    p.set_defaults(handler=handler, parser=p)  # for usage errors found in the handler
    return p


def error(message: str) -> int:
    # Always exactly one line, whatever the message carries (e.g. a file name with a newline).
    # `error:` itself is never translated: scripts look for it. The message after it is in
    # the reader's language, like every other line the terminal writes.
    print(f"error: {safe(' '.join(str(message).splitlines()))}", file=sys.stderr)
    return 1


def note(message: str) -> None:
    print(f"note: {safe(message)}", file=sys.stderr)  # `note:` stays, as `error:` does


# C0 and C1 controls, DEL, and the bidirectional overrides: a title from an imported
# file could otherwise move the cursor, retitle the terminal or hide text.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(text: str) -> str:
    """Text for a terminal: control characters shown as escapes, never obeyed."""
    return _CONTROLS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def safe_json(text: str) -> str:
    """JSON for a terminal: json.dumps escapes C0 controls itself, this the rest."""
    return _CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def prepare_streams() -> None:
    """A terminal that cannot show a character gets an escape instead of a crash
    (e.g. PYTHONIOENCODING=ascii, or a C locale)."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]


def run(args: argparse.Namespace) -> int:
    """Run one command: every failure becomes one `error:` line and a non-zero status."""
    try:
        return args.handler(args) or 0
    except JournalError as exc:
        return error(str(exc))
    except KeyboardInterrupt:
        print(translate(
            "Terminal", "interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # e.g. `careersquiggle list | head`: not an error worth a message.
        with contextlib.suppress(OSError):
            # Kept open on purpose: it stands in for stdout until the process exits.
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0
    except OSError as exc:  # full disk, read-only folder, file-size limit...
        from careersquiggle.db import errors as dberrors

        return error(str(dberrors.describe_os_error(exc)))
    except MemoryError:
        return error(translate(
            "Terminal", "out of memory"))
    except Exception as exc:
        from careersquiggle import logs
        from careersquiggle.db import errors as dberrors

        if dberrors.is_database_error(exc):
            return error(str(dberrors.describe(exc, _journal_or_none(args))))
        # Not a traceback on the terminal: its type here, its stack in the log.
        logs.log.error("unexpected %s", logs.describe_exception(exc))
        return error(fill(translate(
            "Terminal",
            "an unexpected problem (%1); nothing more was changed; the log has the details"),
            type(exc).__name__))


def _journal_or_none(args: argparse.Namespace) -> Path | None:
    try:
        return paths.journal_path(journal_folder(args))
    except JournalError:
        return None


@contextlib.contextmanager
def shared_write_lock(args: argparse.Namespace, *, alone: bool = False) -> Iterator[Path]:
    """The journal's path, with its write lock shared for the command: adds and
    backups run side by side; an encrypt or restore in progress is waited for briefly.
    ``alone``: held alone (an import, whose duplicate check must see every row)."""
    from careersquiggle.services import lock as journal_lock

    folder = journal_folder(args)
    try:
        paths.ensure_private_dir(folder)
    except OSError as exc:
        raise JournalError(fill(translate(
            "Terminal", "%1: cannot be used as the journal's folder (%2)"),
            folder, exc.strerror or exc)) from None
    path = paths.journal_path(folder)
    _prepare(path)
    with journal_lock.operation(path, shared=not alone):
        yield path


def _prepare(path: Path) -> None:
    from careersquiggle.services import housekeeping

    for done in housekeeping.prepare(path):  # e.g. an interrupted encryption finished
        note(done)


def journal_folder(args: argparse.Namespace) -> Path:
    return paths.data_dir(args.data_dir)


@contextlib.contextmanager
def open_journal(args: argparse.Namespace, *, alone: bool = False) -> Iterator:
    with shared_write_lock(args, alone=alone) as path:
        opened = open_with_passphrase(args, path)
        paths.make_private(path)
        from careersquiggle.cli.sync_cmds import warn_if_synced

        warn_if_synced(path)
        try:
            yield opened.journal
        finally:
            opened.close()


def open_with_passphrase(args: argparse.Namespace, path: Path):
    """Open the journal, asking for the passphrase only when it is encrypted; a
    refused file's message says how to bring back its newest good backup."""
    from careersquiggle.db.connection import PassphraseRequired, WrongPassphrase
    from careersquiggle.services.open_journal import OpenJournal

    _prepare(path)
    passphrase = None
    try:
        try:
            return OpenJournal.open(path)
        except PassphraseRequired:
            passphrase = read_passphrase(args, translate("Terminal", "Passphrase"))
            return OpenJournal.open(path, passphrase=passphrase)
    except (PassphraseRequired, WrongPassphrase):
        raise
    except DamagedJournal as exc:
        from careersquiggle.services import backup

        good = backup.newest_good_backup(path, passphrase)
        if good is None:
            raise
        raise JournalError(fill(translate(
            "Terminal",
            "%1. The newest good backup is from %2: `careersquiggle restore` brings it back"),
            exc, good.label())) from None


def read_passphrase(args: argparse.Namespace, prompt: str, *, confirm: bool = False) -> str:
    """One line of standard input with --passphrase-stdin, else asked on the terminal
    (twice when ``confirm``); with neither available, a clear error."""
    if getattr(args, "passphrase_stdin", False):
        line = sys.stdin.readline()
        if not line.strip("\r\n"):
            raise JournalError(translate(
                "Terminal", "--passphrase-stdin: standard input has no passphrase line"))
        return line.rstrip("\r\n")
    try:  # getpass asks on the controlling terminal, even when stdin is a pipe
        if os.name == "nt" and not sys.stdin.isatty():
            raise OSError
        if os.name != "nt":
            open("/dev/tty", "rb").close()
    except OSError:
        raise JournalError(translate(
            "Terminal",
            "a passphrase is needed: run this in a terminal, or give it as one line on "
            "standard input with --passphrase-stdin")) from None
    import getpass

    first = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass(fill(translate("Terminal", "%1 again: "), prompt)) != first:
        raise JournalError(translate(
            "Terminal", "the two passphrases are not the same; nothing was changed"))
    return first


def read_input(name: str) -> str:
    """The text of a file, or of standard input for '-'."""
    if name == "-":
        try:
            return sys.stdin.read()
        except UnicodeDecodeError:
            raise JournalError(translate(
                "Terminal", "standard input: not text (it is not UTF-8)")) from None
    try:
        with open(name, encoding="utf-8-sig") as fh:
            return fh.read()
    except FileNotFoundError:
        raise JournalError(fill(translate(
            "Terminal", "%1: no such file"), name)) from None
    except IsADirectoryError:
        raise JournalError(fill(translate(
            "Terminal", "%1: is a folder, not a file"), name)) from None
    except UnicodeDecodeError:
        raise JournalError(fill(translate(
            "Terminal", "%1: not a text file (it is not UTF-8)"), name)) from None
    except OSError as exc:
        raise JournalError(fill(translate(
            "Terminal", "%1: cannot be read (%2)"), name, exc.strerror)) from None


def write_output(name: str, text: str) -> None:
    """Write all of ``text`` or nothing: a temporary file renamed into place."""
    if name == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    write_bytes(name, text.encode("utf-8"))


def write_bytes(name: str, data: bytes) -> None:
    atomic_write(name, data)


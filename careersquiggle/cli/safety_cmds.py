"""Keeping the journal safe: backup, restore, encrypt, decrypt, passwd."""

from __future__ import annotations

import argparse
from pathlib import Path

from careersquiggle import paths
from careersquiggle.cli.common import (
    add_command,
    journal_folder,
    open_journal,
    open_with_passphrase,
    read_passphrase,
)
from careersquiggle.core.errors import JournalError
from careersquiggle.core.plural import count


def register(sub) -> None:
    p = add_command(sub, "backup", cmd_backup,
                    "back the journal up now (into the backups folder, or to OUT)")
    p.add_argument("out", metavar="OUT", nargs="?",
                   help="file or folder to write the backup to (default: the backups folder)")

    p = add_command(sub, "restore", cmd_restore,
                    "put a backup in the journal's place (the current file is kept aside)")
    p.add_argument("backup", metavar="BACKUP", nargs="?",
                   help="the backup file (default: the newest good one)")
    p.add_argument("--list", action="store_true", help="list the backups and change nothing")

    add_command(sub, "encrypt", cmd_encrypt,
                "encrypt the journal and its backups with a passphrase (SQLCipher)")
    add_command(sub, "decrypt", cmd_decrypt, "remove the journal's encryption")
    add_command(sub, "passwd", cmd_passwd, "change the passphrase of an encrypted journal "
                "(with --passphrase-stdin: the current one, then the new one, one per line)")


def _journal_path(args: argparse.Namespace) -> Path:
    return paths.journal_path(journal_folder(args))


def cmd_backup(args: argparse.Namespace) -> int:
    if args.out == "-":
        raise JournalError("a backup is a database file: give a file or folder name, not -")
    with open_journal(args) as journal:
        entries = journal.counts()["entries"]
        info = journal.backups.make(out=Path(args.out) if args.out else None)
        locked = " (encrypted with the journal's passphrase)" if journal.passphrase else ""
    print(f"backed up {entries} entries to {info.path}{locked}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from careersquiggle.services import backup, encryption

    path = _journal_path(args)
    backups = backup.list_backups(path)
    needs_key = any(b.encrypted for b in backups) or encryption.is_encrypted(path)
    if args.list:
        if not backups:
            print(f"no backups yet in {backup.backup_folder(path)}")
            return 0
        key = read_passphrase(args, "Passphrase") if needs_key else None
        for b in backups:
            n = backup.entry_count(b.path, key)
            print(f"{b.label()}  {'?' if n is None else n:>6} entries  {b.path}")
        return 0
    key = None
    if args.backup:
        chosen = Path(args.backup)
        if not chosen.is_file():
            raise JournalError(f"{chosen}: no such backup file")
        if encryption.is_encrypted(chosen):
            key = read_passphrase(args, "Passphrase")
    else:
        key = read_passphrase(args, "Passphrase") if needs_key else None
        good = backup.newest_good_backup(path, key)
        if good is None:
            raise JournalError(f"there is no good backup in {backup.backup_folder(path)}")
        chosen = good.path
    entries = backup.verify(chosen, key)
    aside = backup.restore(chosen, path, key)
    print(f"restored {chosen.name} ({entries} entries) as {path}")
    if aside is not None:
        print(f"the journal it replaced is kept as {aside}")
    return 0


def _healthy(args: argparse.Namespace, path: Path):
    """Open (checks, upgrades) and close the journal; its passphrase, if any."""
    if not path.is_file() or path.stat().st_size == 0:
        raise JournalError(f"there is no journal at {path} yet")
    opened = open_with_passphrase(args, path)
    opened.close()
    return opened.passphrase


def cmd_encrypt(args: argparse.Namespace) -> int:
    from careersquiggle.services import encryption

    path = _journal_path(args)
    if not encryption.available():
        raise JournalError(encryption.ENABLE_ENCRYPTION)
    if encryption.is_encrypted(path):
        raise JournalError(f"{path} is already encrypted; use passwd to change its passphrase")
    _healthy(args, path)
    new = read_passphrase(args, "New passphrase", confirm=True)
    encryption.check_new_passphrase(new)
    done = encryption.encrypt(path, new)
    print(f"encrypted {path} and {count(len(done.copies), 'backup')}. Keep the passphrase safe: "
          "without it the journal cannot be opened.")
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    from careersquiggle.services import encryption

    path = _journal_path(args)
    if not encryption.is_encrypted(path):
        raise JournalError(f"{path} is not encrypted")
    current = _healthy(args, path)
    done = encryption.decrypt(path, current)
    print(f"removed the encryption of {path} and {count(len(done.copies), 'backup')}")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    from careersquiggle.services import encryption

    path = _journal_path(args)
    if not encryption.is_encrypted(path):
        raise JournalError(f"{path} is not encrypted; use encrypt to give it a passphrase")
    current = _healthy(args, path)
    new = read_passphrase(args, "New passphrase", confirm=True)
    encryption.check_new_passphrase(new)
    done = encryption.change_passphrase(path, current, new)
    print(f"changed the passphrase of {path} and {count(len(done.copies), 'backup')}")
    return 0

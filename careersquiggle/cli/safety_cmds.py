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
from careersquiggle.core.i18n import Context, fill, translate

Terminal = Context("Terminal")

def register(sub) -> None:
    p = add_command(sub, "backup", cmd_backup,
                    translate("Help", "back the journal up now (into the backups folder, "
                                      "or to OUT)"))
    p.add_argument("out", metavar="OUT", nargs="?",
                   help=translate("Help", "file or folder to write the backup to "
                                          "(default: the backups folder)"))

    p = add_command(sub, "restore", cmd_restore,
                    translate("Help", "put a backup in the journal's place (the current "
                                      "file is kept aside)"))
    p.add_argument("backup", metavar="BACKUP", nargs="?",
                   help=translate("Help", "the backup file (default: the newest good one)"))
    p.add_argument("--list", action="store_true",
                   help=translate("Help", "list the backups and change nothing"))

    add_command(sub, "encrypt", cmd_encrypt,
                translate("Help", "encrypt the journal and its backups with a passphrase "
                                  "(SQLCipher)"))
    add_command(sub, "decrypt", cmd_decrypt, translate("Help", "remove the journal's "
                                                               "encryption"))
    add_command(sub, "passwd", cmd_passwd, translate("Help", "change the passphrase of an "
                                                             "encrypted journal (with "
                                                             "--passphrase-stdin: the "
                                                             "current one, then the new "
                                                             "one, one per line)"))


def _journal_path(args: argparse.Namespace) -> Path:
    return paths.journal_path(journal_folder(args))


def cmd_backup(args: argparse.Namespace) -> int:
    if args.out == "-":
        raise JournalError(translate(
            "Terminal", "a backup is a database file: give a file or folder name, not -"))
    with open_journal(args) as journal:
        entries = journal.counts()["entries"]
        info = journal.backups.make(out=Path(args.out) if args.out else None)
        locked = (translate("Terminal", " (encrypted with the journal's passphrase)")
                  if journal.passphrase else "")
    print(fill(Terminal.tr("backed up %n entries to %1%2", "", entries),
               info.path, locked))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from careersquiggle.services import backup, encryption

    path = _journal_path(args)
    backups = backup.list_backups(path)
    needs_key = any(b.encrypted for b in backups) or encryption.is_encrypted(path)
    if args.list:
        if not backups:
            print(fill(translate(
                "Terminal", "no backups yet in %1"), backup.backup_folder(path)))
            return 0
        key = read_passphrase(args, translate("Terminal", "Passphrase")) if needs_key else None
        for b in backups:
            n = backup.entry_count(b.path, key)
            print(fill(translate(
                "Terminal", "%1  %2 entries  %3"),
                b.label(), format('?' if n is None else n, '>6'), b.path))
        return 0
    key = None
    if args.backup:
        chosen = Path(args.backup)
        if not chosen.is_file():
            raise JournalError(fill(translate(
                "Terminal", "%1: no such backup file"), chosen))
        if encryption.is_encrypted(chosen):
            key = read_passphrase(args, translate("Terminal", "Passphrase"))
    else:
        key = read_passphrase(args, translate("Terminal", "Passphrase")) if needs_key else None
        good = backup.newest_good_backup(path, key)
        if good is None:
            raise JournalError(fill(translate(
                "Terminal", "there is no good backup in %1"), backup.backup_folder(path)))
        chosen = good.path
    entries = backup.verify(chosen, key)
    aside = backup.restore(chosen, path, key)
    print(fill(Terminal.tr("restored %1 (%n entries) as %2", "", entries),
               chosen.name, path))
    if aside is not None:
        print(fill(translate(
            "Terminal", "the journal it replaced is kept as %1"), aside))
    return 0


def _healthy(args: argparse.Namespace, path: Path):
    """Open (checks, upgrades) and close the journal; its passphrase, if any."""
    if not path.is_file() or path.stat().st_size == 0:
        raise JournalError(fill(translate(
            "Terminal", "there is no journal at %1 yet"), path))
    opened = open_with_passphrase(args, path)
    opened.close()
    return opened.passphrase


def cmd_encrypt(args: argparse.Namespace) -> int:
    from careersquiggle.services import encryption

    path = _journal_path(args)
    if not encryption.available():
        raise JournalError(encryption.ENABLE_ENCRYPTION)
    if encryption.is_encrypted(path):
        raise JournalError(fill(translate(
            "Terminal", "%1 is already encrypted; use passwd to change its passphrase"), path))
    _healthy(args, path)
    new = read_passphrase(args, translate("Terminal", "New passphrase"), confirm=True)
    encryption.check_new_passphrase(new)
    done = encryption.encrypt(path, new)
    print(fill(Terminal.tr("encrypted %1 and %n backups. Keep the passphrase safe: without it "
                           "the journal cannot be opened.", "", len(done.copies)), path))
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    from careersquiggle.services import encryption

    path = _journal_path(args)
    if not encryption.is_encrypted(path):
        raise JournalError(fill(translate(
            "Terminal", "%1 is not encrypted"), path))
    current = _healthy(args, path)
    done = encryption.decrypt(path, current)
    print(fill(Terminal.tr("removed the encryption of %1 and %n backups", "",
                           len(done.copies)), path))
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    from careersquiggle.services import encryption

    path = _journal_path(args)
    if not encryption.is_encrypted(path):
        raise JournalError(fill(translate(
            "Terminal", "%1 is not encrypted; use encrypt to give it a passphrase"), path))
    current = _healthy(args, path)
    new = read_passphrase(args, translate("Terminal", "New passphrase"), confirm=True)
    encryption.check_new_passphrase(new)
    done = encryption.change_passphrase(path, current, new)
    print(fill(Terminal.tr("changed the passphrase of %1 and %n backups", "",
                           len(done.copies)), path))
    return 0

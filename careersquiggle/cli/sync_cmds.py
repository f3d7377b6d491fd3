"""Sync between laptops from the terminal: `sync setup FOLDER`, `sync`, `sync status`.

The app never opens a network connection: the user's own sync tool (Syncthing,
Dropbox, a USB stick...) moves the folder's files. See docs/sync.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from careersquiggle.cli.common import add_command, open_journal, read_passphrase, safe
from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, Context, fill, translate

Sync = Context("Sync")
SYNC_NOTE = QT_TRANSLATE_NOOP(
    "Help", "Each laptop writes sealed (encrypted) change files into its own subfolder of FOLDER; "
    "your sync tool (Syncthing, Dropbox, Nextcloud, a USB stick...) carries them to the "
    "other laptops, and `careersquiggle sync` merges what arrived. The journal itself "
    "never goes into FOLDER. An encrypted journal's passphrase is used for the folder "
    "unless you choose another; a journal without one asks for a sync passphrase.")


def register(sub) -> None:
    p = add_command(sub, "sync", cmd_sync,
                    translate("Help", "sync with other laptops through a folder your "
                                      "sync tool keeps in step"),
                    epilog=translate("Help", SYNC_NOTE))
    p.add_argument("action", nargs="?", choices=["setup", "status", "flip"],
                   help=translate("Help", "setup FOLDER: start (or join) syncing; "
                                          "status: how sync stands, with the conflicts; "
                                          "flip ID: use a conflict's other value; none: "
                                          "sync now"))
    p.add_argument("folder", nargs="?", metavar="FOLDER",
                   help=translate("Help", "for setup: the synced folder; for flip: the "
                                          "conflict's number"))
    p.add_argument("--name", metavar="NAME", help=translate("Help", "setup: this laptop's name "
                                                                    '("work laptop")'))
    p.add_argument("--dry-run", action="store_true",
                   help=translate("Help", "setup: say what joining would do, change "
                                          "nothing"))
    p.add_argument("--merge", action="store_true",
                   help=translate("Help", "setup: join a folder's journal with the "
                                          "entries this one already has"))


def cmd_sync(args: argparse.Namespace) -> int:
    if args.action == "setup":
        if not args.folder:
            args.parser.error(translate(
                "Terminal", "sync setup needs the FOLDER to sync through"))
        return _setup(args, Path(args.folder))
    if args.action == "flip":
        return _flip(args)
    if args.folder or args.name or args.dry_run or args.merge:
        args.parser.error(translate(
            "Terminal", "FOLDER, --name, --dry-run and --merge go with `sync setup`"))
    if args.action == "status":
        return _status(args)
    return _round(args)


def _setup(args: argparse.Namespace, folder: Path) -> int:
    from careersquiggle.services.sync import folder as layout
    from careersquiggle.services.sync.crypto import WrongSyncPassphrase
    from careersquiggle.services.sync.setup import Sync as SyncPart

    with open_journal(args, alone=True) as journal:
        part = SyncPart(journal)
        joining = layout.read_header(folder) is not None if folder.is_dir() else False
        passphrase = journal.passphrase
        if passphrase is None:
            passphrase = read_passphrase(args, "Sync passphrase", confirm=not joining)
        try:
            preview = part.preview_join(folder, passphrase)
        except WrongSyncPassphrase:
            if journal.passphrase is None:
                raise
            # The folder was set up with a sync passphrase of its own.
            passphrase = read_passphrase(args, "Sync passphrase")
            preview = part.preview_join(folder, passphrase)
        if preview is not None and (args.dry_run or not journal.is_empty()):
            print(fill(Sync.tr("the folder holds %1; this journal holds %2, of which the "
                               "folder already has %3; joining adds %4 to it"),
                       _counts(preview.in_folder), _counts(preview.here),
                       _counts(preview.same), _counts(preview.added)))
        if args.dry_run:
            print(Sync.tr("dry run: nothing was changed"))
            return 0
        joined = part.setup(folder, name=args.name, passphrase=passphrase,
                            merge_existing=args.merge)
        name = part.settings().get("device_name", "")
        if joined:
            print(safe(fill(Sync.tr("joined the journal in %1 as “%2”"), folder, name)))
            _print_round(_run(journal))
        else:
            print(safe(fill(Sync.tr("set up: this laptop (“%1”) syncs through %2; set up "
                                    "the other laptops with the same folder"), name, folder)))
            _print_round(_run(journal))
    return 0


def _run(journal):
    from careersquiggle.services.sync import engine

    done = engine.run(journal)
    if done.missing:
        folder = journal_settings(journal).get("folder", "")
        raise JournalError(fill(translate(
            "Terminal",
            "the synced folder %1 is not there (a drive not plugged in?); nothing was "
            "synced, your changes wait here"), folder))
    return done


def journal_settings(journal) -> dict[str, str]:
    from careersquiggle.services.sync.setup import Sync as SyncPart

    return SyncPart(journal).settings()


def _round(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        _print_round(_run(journal))
    return 0


def _print_round(done) -> None:
    print(fill(Sync.tr("synced: sent %1, received %2"),
               Sync.tr("%n changes", "", done.sent), Sync.tr("%n changes", "", done.received)))
    if done.conflicts:
        print(Sync.tr("%n new conflicts: see `careersquiggle sync status`", "", done.conflicts))
    if done.waiting:
        print(Sync.tr("%n files still arriving: they are read at the next sync", "",
                      done.waiting))
    for rel in done.rejected:
        print(safe(fill(Sync.tr("refused %1: damaged or altered (nothing of it was used)"),
                        rel)))
    if done.invalid:
        print(Sync.tr("%n items from another laptop were not used: update the app here", "",
                      done.invalid))


def _status(args: argparse.Namespace) -> int:
    from careersquiggle.services.sync.setup import Sync as SyncPart

    with open_journal(args) as journal:
        part = SyncPart(journal)
        status = part.status()
        conflicts = part.conflicts()
    print(safe(fill(Sync.tr("folder: %1%2"), status.folder,
                    "" if status.present else Sync.tr(" (not there now)"))))
    print(safe(fill(Sync.tr("this laptop: %1"), status.device_name)))
    others = ", ".join(f"“{n}”" for n in sorted(status.devices.values())) or Sync.tr("none yet")
    print(safe(fill(Sync.tr("other laptops: %1"), others)))
    print(fill(Sync.tr("last synced: %1"), status.last_synced or Sync.tr("never")))
    if status.waiting:
        print(Sync.tr("%n files still arriving", "", status.waiting))
    if status.rejected:
        print(Sync.tr("%n files refused (damaged or altered)", "", status.rejected))
    print(Sync.tr("%n conflicts", "", status.conflicts))
    for c in conflicts:
        kept = Sync.tr("deleted") if c.deleted else repr(c.current)
        print(safe(fill(Sync.tr("  #%1 %2 “%3”, %4: kept %5, the other laptop had %6"),
                        c.id, c.kind, c.title, c.field, kept, repr(c.value))))
    return 0


def _flip(args: argparse.Namespace) -> int:
    from careersquiggle.services.sync.setup import Sync as SyncPart

    try:
        ident = int(args.folder or "")
    except ValueError:
        args.parser.error(translate(
            "Terminal", "sync flip needs the number of a conflict (see `sync status`)"))
    with open_journal(args) as journal:
        SyncPart(journal).flip(ident)
        print(fill(Sync.tr("conflict #%1 flipped: the other value is used now"), ident))
        _print_round(_run(journal))
    return 0


def _counts(by_kind: dict[str, int]) -> str:
    from careersquiggle.services.sync.kinds import count_words

    return count_words(by_kind)


def warn_if_synced(path: Path) -> None:
    """One warning line when the live journal sits in a folder a sync tool manages."""
    from careersquiggle.services.syncing import managed_by

    tool = managed_by(path)
    if tool:
        print(safe(fill(Sync.tr(
            "warning: the journal %1 is inside a folder %2 syncs; a synced database file "
            "can be damaged or lose entries. Move the journal's folder out (see --data-dir) "
            "and use `careersquiggle sync setup FOLDER` to sync it safely"), path, tool)),
            file=sys.stderr)

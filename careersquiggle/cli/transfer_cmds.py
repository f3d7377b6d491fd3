"""Moving the journal in and out: export and import."""

from __future__ import annotations

import argparse
import importlib
import sys

from careersquiggle.cli.common import add_command, open_journal, write_output
from careersquiggle.cli.picture_cmds import add_picture_arguments
from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, fill, translate

# format -> "module:function"; functions take (journal, args) and return text or bytes.
# Imported only when used, so e.g. `export json` never loads Qt.
EXPORTERS = {
    "json": "careersquiggle.cli.transfer_cmds:export_text",
    "csv": "careersquiggle.cli.transfer_cmds:export_text",
    "markdown": "careersquiggle.cli.transfer_cmds:export_text",
    "png": "careersquiggle.cli.picture_cmds:export_picture",
    "svg": "careersquiggle.cli.picture_cmds:export_picture",
    "pdf": "careersquiggle.cli.picture_cmds:export_picture",
}
# format -> "module:function"; functions take (journal, text_or_path, args) and return a report.
IMPORTERS = {
    "json": "careersquiggle.cli.transfer_cmds:import_file",
    "jrnl": "careersquiggle.cli.transfer_cmds:import_file",
    "dayone": "careersquiggle.cli.transfer_cmds:import_file",
    "linkedin": "careersquiggle.cli.transfer_cmds:import_file",
    "csv": "careersquiggle.cli.transfer_cmds:import_file",
}
EXPORT_CHOICES = ["json", "csv", "markdown", "png", "svg", "pdf"]
TEXT_EXPORT_NOTE = QT_TRANSLATE_NOOP(
    "Help", "Text exports (json, csv, markdown) are your own copy of the journal: they include "
    "private entries and notes. csv writes one row per entry; --checkins or --chapters "
    "write that table instead (import csv reads any of the three back). Pictures (png, svg, "
    "pdf) leave notes out, and private entries unless --include-private; they carry their "
    "alt text (PNG Description chunk, SVG <desc>).")
IMPORT_NOTE = QT_TRANSLATE_NOOP(
    "Help", "linkedin reads Positions.csv, Education.csv or the whole LinkedIn export .zip; "
    "jrnl reads "
    "`jrnl --export json`; dayone reads Day One's JSON export (.zip or .json; photos are "
    "left out and named); json and csv read what export writes. The whole file is checked "
    "first and imported all or nothing (--skip-invalid imports the valid items). An item "
    "already held (by its id in the source: a Day One uuid, a jrnl entry's date, time and "
    "text, a LinkedIn role's company, title and start) is updated where the file changed "
    "and you have not edited it since.")
IMPORT_CHOICES = ["json", "jrnl", "dayone", "linkedin", "csv"]


def register(sub) -> None:
    p = add_command(sub, "export", cmd_export, translate("Help", "write the journal (or a "
                                                                 "picture of it) to a file"),
                    epilog=translate("Help", TEXT_EXPORT_NOTE))
    p.add_argument("format", choices=EXPORT_CHOICES)
    p.add_argument("out", metavar="OUT", help=translate("Help", "file to write, or - for "
                                                                "standard output"))
    add_picture_arguments(p)
    table = p.add_mutually_exclusive_group()
    table.add_argument("--checkins", action="store_const", const="checkins", dest="table",
                       default="entries", help=translate("Help", "csv: write the check-ins "
                                                                 "instead of the entries"))
    table.add_argument("--chapters", action="store_const", const="chapters", dest="table",
                       help=translate("Help", "csv: write the chapters instead of the "
                                              "entries"))

    p = add_command(sub, "import", cmd_import, translate("Help", "bring entries in from a file"),
                    epilog=translate("Help", IMPORT_NOTE))
    p.add_argument("format", choices=IMPORT_CHOICES)
    p.add_argument("input", metavar="IN", help=translate("Help", "file to read, or - for "
                                                                 "standard input"))
    p.add_argument("--dry-run", action="store_true",
                   help=translate("Help", "show what would happen, change nothing"))
    p.add_argument("--skip-invalid", action="store_true",
                   help=translate("Help", "import the valid items and list each invalid "
                                          "one skipped (without it, one invalid item "
                                          "stops the whole import)"))


def _load(spec: str):
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def cmd_export(args: argparse.Namespace) -> int:
    spec = EXPORTERS.get(args.format)
    if spec is None:
        raise JournalError(fill(translate(
            "Terminal", "export to %1 is not available in this version"), args.format))
    if args.table != "entries" and args.format != "csv":
        raise JournalError(fill(translate(
            "Terminal", "--%1 works only with export csv"), args.table))
    with open_journal(args) as journal:
        _load(spec)(journal, args)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    spec = IMPORTERS.get(args.format)
    if spec is None:
        raise JournalError(fill(translate(
            "Terminal", "import from %1 is not available in this version"), args.format))
    with open_journal(args, alone=True) as journal:  # duplicates checked under the lock
        report = _load(spec)(journal, args)
    print("\n".join(report.lines()))
    return 0


def export_text(journal, args: argparse.Namespace) -> None:
    from careersquiggle.services import formats

    write_output(args.out, formats.export_text(journal, args.format, args.table))


def import_file(journal, args: argparse.Namespace):
    from careersquiggle.services import formats
    from careersquiggle.services.formats.source import MAX_TEXT_BYTES, Source

    if args.input == "-":
        # Read one byte past the limit so an over-long stream is refused, not cut short.
        source = Source.from_bytes("standard input", sys.stdin.buffer.read(MAX_TEXT_BYTES + 1))
    else:
        source = Source.from_path(args.input)
    report, _ = formats.import_source(journal, args.format, source, dry_run=args.dry_run,
                                      skip_invalid=args.skip_invalid)
    return report

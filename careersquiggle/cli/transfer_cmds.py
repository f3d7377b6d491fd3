"""Moving the journal in and out: export and import."""

from __future__ import annotations

import argparse
import importlib

from careersquiggle.cli.common import add_command, open_journal, read_input, write_output
from careersquiggle.core.errors import JournalError

# format -> "module:function"; functions take (journal, args) and return text or bytes.
# Imported only when used, so e.g. `export json` never loads Qt.
EXPORTERS = {
    "json": "careersquiggle.cli.transfer_cmds:export_json",
    "png": "careersquiggle.cli.picture_cmds:export_png",
    "svg": "careersquiggle.cli.picture_cmds:export_svg",
}
# format -> "module:function"; functions take (journal, text_or_path, args) and return a report.
IMPORTERS = {
    "json": "careersquiggle.cli.transfer_cmds:import_json",
}
EXPORT_CHOICES = ["json", "csv", "markdown", "png", "svg"]
IMPORT_CHOICES = ["json", "jrnl", "dayone", "linkedin", "csv"]


def register(sub) -> None:
    p = add_command(sub, "export", cmd_export, "write the journal (or a picture of it) to a file")
    p.add_argument("format", choices=EXPORT_CHOICES)
    p.add_argument("out", metavar="OUT", help="file to write, or - for standard output")
    p.add_argument("--include-private", action="store_true",
                   help="pictures: show private entries too")
    p.add_argument("--width", type=int, default=1920, help="picture width in pixels")
    p.add_argument("--height", type=int, default=1080, help="picture height in pixels")
    p.add_argument("--title", help="picture title")

    p = add_command(sub, "import", cmd_import, "bring entries in from a file")
    p.add_argument("format", choices=IMPORT_CHOICES)
    p.add_argument("input", metavar="IN", help="file to read, or - for standard input")
    p.add_argument("--dry-run", action="store_true", help="show what would happen, change nothing")


def _load(spec: str):
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def cmd_export(args: argparse.Namespace) -> int:
    spec = EXPORTERS.get(args.format)
    if spec is None:
        raise JournalError(f"export to {args.format} is not available in this version")
    with open_journal(args) as journal:
        _load(spec)(journal, args)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    spec = IMPORTERS.get(args.format)
    if spec is None:
        raise JournalError(f"import from {args.format} is not available in this version")
    with open_journal(args) as journal:
        report = _load(spec)(journal, args)
    print("\n".join(report.lines()))
    return 0


def export_json(journal, args: argparse.Namespace) -> None:
    from careersquiggle.services import jsondoc

    write_output(args.out, jsondoc.dumps(jsondoc.export_document(journal)))


def import_json(journal, args: argparse.Namespace):
    from careersquiggle.services import jsondoc

    text = read_input(args.input)
    source = "standard input" if args.input == "-" else args.input
    try:
        return jsondoc.import_text(journal, text, source=source, dry_run=args.dry_run)
    except JournalError as exc:
        raise JournalError(f"{source}: {exc}") from None

"""Our own lossless JSON document, seen through the same doors as the other formats."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # loaded only to type-check: importing it here would load SQLAlchemy
    from careersquiggle.services.journal import Journal

from careersquiggle.services import crossroads_doc, jsondoc
from careersquiggle.services.formats.parsed import Parsed, json_kind, not_this, zip_not_expected
from careersquiggle.services.formats.source import Source, load_json


def parse(source: Source) -> Parsed:
    if source.is_zip():
        raise zip_not_expected("json")
    doc = load_json(source.text())
    kind = json_kind(doc)
    if kind != "json":
        raise not_this("json", kind, 'no "format": "careersquiggle" at the top')
    invalid: list[str] = []
    entries, checkins, chapters = jsondoc.read_document(doc, invalid)
    # Options, intent and plan travel in the same document; validated now, added after
    # the entries they may point at (as jsondoc.import_text does).
    sections = crossroads_doc.read_sections(doc, entries)
    return Parsed(entries=entries, checkins=checkins, chapters=chapters, invalid=invalid,
                  finish=lambda journal, report, dry_run: crossroads_doc.import_sections(
                      journal, sections, report, dry_run))


def export(journal: Journal) -> str:
    return jsondoc.dumps(jsondoc.export_document(journal))

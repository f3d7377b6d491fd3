"""The report every import prints: what was added, updated, already held, kept and left out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, Context, fill, translate
from careersquiggle.services.changes import Changes

Report = Context("Report")
# The names counted, each with its plural forms ("1 entry", "2 entries") in every language.
_COUNTS: dict[str, Callable[[int], str]] = {
    "entries": lambda n: Report.tr("%n entries", "", n),
    "chapters": lambda n: Report.tr("%n chapters", "", n),
    "checkins": lambda n: Report.tr("%n check-ins", "", n),
    "options": lambda n: Report.tr("%n options", "", n),
    "plan actions": lambda n: Report.tr("%n plan actions", "", n),
    "photos": lambda n: Report.tr("%n photos", "", n),
    "videos": lambda n: Report.tr("%n videos", "", n),
    "audio recordings": lambda n: Report.tr("%n audio recordings", "", n),
    "PDF attachments": lambda n: Report.tr("%n PDF attachments", "", n),
    "tags that are only marks (like '###')":
        lambda n: Report.tr("%n tags that are only marks (like '###')", "", n),
}
INTENT = QT_TRANSLATE_NOOP("Report", "intent")


def counted(n: int, what: str) -> str:
    """'2 photos', '1 entry'; a name holding '{entries}' counts entries ('music of 3 entries')."""
    if "{entries}" in what:
        name = what.replace(" of {entries}", "")
        return fill(Report.tr("%1 of %2"), translate("Report", name), counted(n, "entries"))
    if what in _COUNTS:
        return _COUNTS[what](n)
    return f"{n} {translate('Report', what)}"  # e.g. '1 intent' (there is only ever one)


@dataclass
class ImportReport:
    source: str = ""
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    updated_items: list[str] = field(default_factory=list)  # "chapter 'X': end, notes"
    duplicates: dict[str, int] = field(default_factory=dict)  # already in the journal
    held_rule: str = QT_TRANSLATE_NOOP("Report", "same content")  # how "already in the
    # journal" was decided (shown translated; sources' rules: formats/identity.py)
    kept: list[str] = field(default_factory=list)  # fields edited in the app, not overwritten
    twins: dict[str, int] = field(default_factory=dict)  # same identity twice in the file
    ignored: list[str] = field(default_factory=list)  # one reason per ignored item
    invalid: list[str] = field(default_factory=list)  # skipped with --skip-invalid: where: why
    # Parts of items we do not keep (e.g. photos in a Day One entry): name -> how many.
    left_out: dict[str, int] = field(default_factory=dict)
    dry_run: bool = False
    # For undo: the ids added, and the rows an import updated as they were before.
    added_ids: Changes = field(default_factory=Changes)
    # (what, the item as it was, its (source, source_id, source_data) as they were)
    before: list[tuple[str, Any, tuple[Any, ...]]] = field(default_factory=list)

    def count(self, bucket: dict[str, int], what: str, n: int = 1) -> None:
        bucket[what] = bucket.get(what, 0) + n

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    @property
    def total_changed(self) -> int:
        return self.total_added + sum(self.updated.values())

    def lines(self) -> list[str]:
        def fmt(d: dict[str, int]) -> str:
            return (", ".join(counted(n, what) for what, n in d.items() if n)
                    or Report.tr("nothing"))

        if self.source:
            head = (fill(Report.tr("Would import from %1:"), self.source) if self.dry_run
                    else fill(Report.tr("Imported from %1:"), self.source))
        else:
            head = Report.tr("Would import:") if self.dry_run else Report.tr("Imported:")
        out = [head, fill(Report.tr("  added: %1"), fmt(self.added))]
        if self.updated:
            out.append(fill(Report.tr("  updated from the file: %1"), fmt(self.updated)))
            out += [f"    - {what}" for what in self.updated_items]
        if self.duplicates:
            rules = "; ".join(translate("Report", r) for r in self.held_rule.split("; "))
            out.append(fill(Report.tr("  already in the journal (%1): %2"), rules,
                            fmt(self.duplicates)))
        else:
            out.append(fill(Report.tr("  already in the journal: %1"), fmt(self.duplicates)))
        if self.kept:
            out.append(fill(Report.tr("  kept as you edited them in the app: %1"),
                            len(self.kept)))
            out += [f"    - {what}" for what in self.kept]
        if self.twins:
            out.append(fill(Report.tr("  twins (the same identity twice in the file; each "
                                      "imported): %1"), fmt(self.twins)))
        out.append(fill(Report.tr("  ignored: %1"), len(self.ignored)))
        out += [f"    - {why}" for why in self.ignored]
        if self.invalid:
            out.append(fill(Report.tr("  skipped as invalid: %1"), len(self.invalid)))
            out += [f"    - {why}" for why in self.invalid]
        if self.left_out:
            out.append(fill(Report.tr("  left out (not kept by Career Squiggle): %1"),
                            fmt(self.left_out)))
        if self.dry_run:
            out.append(Report.tr("  (dry run: the journal was not changed)"))
        return out

"""The report every import prints: what was added, updated, already held, kept and left out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from careersquiggle.services.changes import Changes

# "1 entries" reads badly; these are the names counted.
_ONE = {"entries": "entry", "chapters": "chapter", "checkins": "check-in", "options": "option",
        "plan actions": "plan action", "photos": "photo", "videos": "video",
        "audio recordings": "audio recording", "PDF attachments": "PDF attachment",
        "tags that are only marks (like '###')": "tag that is only marks (like '###')"}


def counted(n: int, what: str) -> str:
    """'2 photos', '1 entry'; a name holding '{entries}' counts entries ('music of 3 entries')."""
    if "{entries}" in what:
        return what.replace("{entries}", counted(n, "entries"))
    return f"{n} {_ONE.get(what, what) if n == 1 else what}"


@dataclass
class ImportReport:
    source: str = ""
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    updated_items: list[str] = field(default_factory=list)  # "chapter 'X': end, notes"
    duplicates: dict[str, int] = field(default_factory=dict)  # already in the journal
    held_rule: str = "same content"  # how "already in the journal" was decided
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
            return ", ".join(counted(n, what) for what, n in d.items() if n) or "nothing"

        head = "Would import" if self.dry_run else "Imported"
        out = [f"{head} from {self.source}:" if self.source else f"{head}:"]
        out.append(f"  added: {fmt(self.added)}")
        if self.updated:
            out.append(f"  updated from the file: {fmt(self.updated)}")
            out += [f"    - {what}" for what in self.updated_items]
        rule = f" ({self.held_rule})" if self.duplicates else ""
        out.append(f"  already in the journal{rule}: {fmt(self.duplicates)}")
        if self.kept:
            out.append(f"  kept as you edited them in the app: {len(self.kept)}")
            out += [f"    - {what}" for what in self.kept]
        if self.twins:
            out.append(f"  twins (the same identity twice in the file; each imported): "
                       f"{fmt(self.twins)}")
        out.append(f"  ignored: {len(self.ignored)}")
        out += [f"    - {why}" for why in self.ignored]
        if self.invalid:
            out.append(f"  skipped as invalid: {len(self.invalid)}")
            out += [f"    - {why}" for why in self.invalid]
        if self.left_out:
            out.append(f"  left out (not kept by Career Squiggle): {fmt(self.left_out)}")
        if self.dry_run:
            out.append("  (dry run: the journal was not changed)")
        return out

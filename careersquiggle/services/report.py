"""The report every import prints: what was added, skipped and ignored."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ImportReport:
    source: str = ""
    added: dict[str, int] = field(default_factory=dict)
    duplicates: dict[str, int] = field(default_factory=dict)
    ignored: list[str] = field(default_factory=list)  # one reason per ignored item
    # Parts of items we do not keep (e.g. photos in a Day One entry): name -> how many.
    left_out: dict[str, int] = field(default_factory=dict)
    dry_run: bool = False

    def count(self, bucket: dict[str, int], what: str, n: int = 1) -> None:
        bucket[what] = bucket.get(what, 0) + n

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    def lines(self) -> list[str]:
        def fmt(d: dict[str, int]) -> str:
            return ", ".join(f"{n} {what}" for what, n in d.items() if n) or "nothing"

        head = "Would import" if self.dry_run else "Imported"
        out = [f"{head} from {self.source}:" if self.source else f"{head}:"]
        out.append(f"  added: {fmt(self.added)}")
        out.append(f"  skipped (already in the journal): {fmt(self.duplicates)}")
        out.append(f"  ignored: {len(self.ignored)}")
        out += [f"    - {why}" for why in self.ignored]
        if self.left_out:
            out.append(f"  left out (not kept by Career Squiggle): {fmt(self.left_out)}")
        if self.dry_run:
            out.append("  (dry run: the journal was not changed)")
        return out

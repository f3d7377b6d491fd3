"""What a mutation changed, so views refresh only that."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    entries: frozenset[int] = field(default_factory=frozenset)
    checkins: frozenset[int] = field(default_factory=frozenset)
    chapters: frozenset[int] = field(default_factory=frozenset)
    # Anything else that lives in the journal (options, plan, ...): names of what changed.
    other: frozenset[str] = field(default_factory=frozenset)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.entries | other.entries,
            self.checkins | other.checkins,
            self.chapters | other.chapters,
            self.other | other.other,
        )

    def __bool__(self) -> bool:
        return bool(self.entries or self.checkins or self.chapters or self.other)

    @property
    def id(self) -> int | None:
        """The id of the one object changed, when there is exactly one."""
        ids = self.entries | self.checkins | self.chapters
        return next(iter(ids)) if len(ids) == 1 else None


EVERYTHING = Changes(other=frozenset({"*"}))

"""The review of a period, read from the journal (for the window and the Markdown review)."""

from __future__ import annotations

import datetime as dt

from careersquiggle.core import review as core_review
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import translate
from careersquiggle.core.review import Averages, Period, Review
from careersquiggle.services.journal import Journal


def today(journal: Journal) -> dt.date:
    """Today by the journal's clock (tests set it)."""
    return journal.clock().date()


def build(journal: Journal, period: Period) -> Review:
    return core_review.review(journal.entries(), journal.checkins(), journal.chapters(),
                              period, today(journal))


def period_from(journal: Journal, *, chapter: str | None = None, start: str | None = None,
                end: str | None = None, last_year: bool = False) -> Period:
    """The period a person asked for by chapter title, dates, or 'the last year'."""
    if chapter is not None and (start is not None or end is not None or last_year):
        raise ValidationError(translate(
            "Review", "choose a chapter or a range of dates, not both"))
    if last_year and (start is not None or end is not None):
        raise ValidationError(translate(
            "Review", "choose the last year or a range of dates, not both"))
    if chapter is not None:
        return Period.for_chapter(journal.find_chapter(chapter), today(journal))
    if last_year:
        return Period.last_year(today(journal))
    if start is None and end is None:
        return Period.all()
    return Period.custom(start, end)


def historical(journal: Journal) -> Averages | None:
    """Autonomy, mastery and purpose averaged over every check-in."""
    return Averages.of(journal.checkins())

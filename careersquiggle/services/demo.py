"""Filling an empty journal with the sample story."""

from __future__ import annotations

from careersquiggle.core.demo import sample_story
from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import translate
from careersquiggle.services.changes import Changes
from careersquiggle.services.journal import Journal
from careersquiggle.services.report import ImportReport


def load_sample(journal: Journal) -> Changes:
    if not journal.is_empty():
        raise JournalError(
            translate(
                "Journal",
                "this journal already has entries; the sample story only goes into an empty "
                "journal (use --data-dir to try it in a new folder)")
        )
    entries, checkins, chapters = sample_story(journal.clock().date())
    return journal.import_batch(ImportReport(source="sample story"), entries, checkins, chapters)

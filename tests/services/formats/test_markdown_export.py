"""Markdown export: a readable journal grouped by year and chapter."""

from __future__ import annotations

from careersquiggle.core.model import Chapter, CheckIn, Entry
from careersquiggle.services import formats


def test_grouped_by_year_then_chapter_with_everything_in_it(journal):
    journal.add_chapter(Chapter.create(title="PhD in physics", start="2010", end="2014-06",
                                       organisation="Uni Lyon", notes="Aiming at a chair."))
    journal.add_chapter(Chapter.create(title="Startup years", start="2014-07"))
    journal.add_entry(Entry.create(kind="event", title="Started the PhD", date="2010-10"))
    journal.add_entry(Entry.create(kind="shock", title="Few postdoc posts", date="2014-02",
                                   feel=-3, notes="# not a heading\nrent to pay"))
    journal.add_entry(Entry.create(kind="shift", title="I want to manage people", date="2014-11-05",
                                   feel=2, tags=["management"], private=True,
                                   shift_from="code", shift_to="people"))
    journal.add_entry(Entry.create(kind="note", title="Between *jobs*", date="2009"))
    journal.add_checkin(CheckIn.create(date="2014-12", autonomy=6, mastery=5, purpose=8,
                                       note="good | busy"))
    md = formats.export_text(journal, "markdown")
    lines = md.splitlines()
    assert lines[0] == "# Career journal"
    headings = [ln for ln in lines if ln.startswith(("## ", "### "))]
    assert headings == [
        "## Chapters", "## 2009", "### Outside any chapter", "## 2010", "### PhD in physics",
        "## 2014",
        "### PhD in physics", "### Startup years", "### Check-ins"]
    assert "*continued*" in md  # the PhD seen again in 2014
    assert "> Aiming at a chair." in md  # chapter notes, once
    assert "#### Few postdoc posts" in lines
    assert "*February 2014 · External shock · feel \\-3*" not in md  # dates read naturally
    assert "*February 2014 · External shock · feel -3*" in lines
    assert "> \\# not a heading" not in md and "> # not a heading" in lines  # quoted, not a heading
    assert "*5 November 2014 · Preference shift · feel +2 · tags: management · private*" in lines
    assert "From: code  " in lines and "To: people" in lines
    assert "#### Between \\*jobs\\*" in lines  # a title cannot become emphasis
    assert "| December 2014 | 6 | 5 | 8 | good \\| busy |" in lines


def test_an_empty_journal_is_a_short_valid_document(journal):
    md = formats.export_text(journal, "markdown")
    assert md.startswith("# Career journal\n") and "0 entries" in md and md.endswith("\n")

"""One runtime data path: plain SQL through one connection; SQLAlchemy and Alembic only
when a file needs creating or upgrading."""

from __future__ import annotations

import subprocess
import sys

from careersquiggle.core.model import Entry, EntryQuery
from careersquiggle.services.journal import Journal

READ_AND_WRITE = """
import sys
from careersquiggle.core.model import Entry, EntryQuery
from careersquiggle.services.journal import Journal
with Journal.open(sys.argv[1]) as j:
    j.add_entry(Entry.create(kind="note", title="quick", date="2026"))
    j.entries(EntryQuery(tags=frozenset({"x"})))
    j.entry_columns()
    j.crossroads.options(), j.reflections.answers()
print(sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic")))
"""


def _loaded(path) -> str:
    done = subprocess.run([sys.executable, "-c", READ_AND_WRITE, str(path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_an_up_to_date_journal_is_read_and_written_without_sqlalchemy(journal_path):
    Journal.open(journal_path).close()  # created (and migrated) here
    assert _loaded(journal_path) == "[]"


def test_a_new_journal_is_created_with_alembic(tmp_path):
    assert "alembic" in _loaded(tmp_path / "new.sqlite3")


def test_a_chapter_filter_and_the_text_search_share_one_query(journal):
    from careersquiggle.core.model import Chapter

    ch = journal.get_chapter(journal.add_chapter(Chapter.create(title="Lab", start="2010",
                                                                 end="2012")).id)
    for title, date in (("Before", "2009"), ("Straße", "2011"), ("After", "2013")):
        journal.add_entry(Entry.create(kind="note", title=title, date=date))
    q = EntryQuery(chapter_id=ch.id)
    assert [e.title for e in journal.entries(q)] == ["Straße"]
    assert list(journal.entry_columns(q).titles) == ["Straße"]
    assert [e.title for e in journal.entries(EntryQuery(text="STRASSE"))] == ["Straße"]


def test_the_shape_alone_reads_the_same_points_as_the_full_columns(journal):
    """The first phase of a big load (positions only, packed into few values a row)."""
    import numpy as np

    made = [("event", "2001", 5, False, True), ("shift", "2002-03", -5, True, False),
            ("shock", "2003-04-05", None, False, False), ("note", "2004", 0, True, True),
            ("shock", "2005", 3, False, False), ("note", "2006", None, False, False)]
    for kind, date, feel, private, key in made:
        journal.add_entry(Entry.create(kind=kind, title=kind, date=date, feel=feel,
                                       private=private, key_moment=key))
    shape, full = journal.entry_columns(text=False), journal.entry_columns()
    assert len(shape) == len(full) == len(made)
    for name in ("ids", "pos", "kind", "private", "key"):
        assert np.array_equal(getattr(shape, name), getattr(full, name)), name
    assert np.array_equal(shape.feel, full.feel, equal_nan=True)
    assert list(np.isnan(shape.feel)) == [feel is None for _k, _d, feel, *_ in made]

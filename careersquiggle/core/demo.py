"""The sample story: a PhD who meant to become a professor and became a VP of Engineering.

Told in our own words, after the essay that started the project, with feel
values and check-ins so a newcomer sees a real squiggle on first start.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from careersquiggle.core.model import Chapter, CheckIn, Entry

_CHAPTERS = [
    ("PhD in computational biology", "University of Leeds", "Doctoral researcher", "2009-10",
     "2013-09"),
    ("Engineer at Fernbank", "Fernbank", "Software engineer", "2013-10", "2017-05"),
    ("Engineering manager at Fernbank", "Fernbank", "Engineering manager", "2017-06", "2020-12"),
    ("VP Engineering at Fernbank", "Fernbank", "VP Engineering", "2021-01", None),
]

_ENTRIES: list[tuple[str, str, int | None, str, list[str], str, dict[str, Any]]] = [
    # kind, date, feel, title, tags, notes, extra
    ("event", "2009-10", 3, "Started a PhD, aiming for a professorship",
     ["phd", "academia"],
     "Three years of funding and a clear path in my head: postdoc, lecturer, professor.", {}),
    ("event", "2011-04", 4, "First paper accepted",
     ["phd", "writing"], "Months of revisions, and then a single line of email.", {}),
    ("note", "2012-02", None, "Counting postdoc openings in my field",
     ["academia"], "Six in the whole country this year. Forty of us finishing.", {}),
    ("shock", "2012-11", -4, "Few postdoc positions, and rent to pay",
     ["academia", "money"], "The plan I had since I was twenty does not fit the market I am in.",
     {}),
    ("shift", "2013-03", -1, "From professorship to building things",
     ["direction"], "Maybe the part I love is solving the problem, not the lecture hall.",
     {"shift_from": "a professorship", "shift_to": "engineering in industry"}),
    ("event", "2013-09", 1, "Defended my thesis", ["phd"], "", {}),
    ("event", "2013-10", 2, "Joined Fernbank, a local startup, as an engineer",
     ["fernbank", "engineering"], "Twelve people in a room above a bakery.", {}),
    ("event", "2014-06", 3, "Shipped the first data pipeline to customers",
     ["fernbank", "engineering"], "", {}),
    ("shift", "2015-05", 2, "I want to manage people",
     ["direction", "management"], "Mentoring the two new hires was the best part of my week.",
     {"shift_from": "writing code all day", "shift_to": "growing a team"}),
    ("note", "2015-09", None, "Reading to prepare for management",
     ["management", "learning"], "The Manager's Path, High Output Management, and long walks.", {}),
    ("event", "2016-03", 2, "Led the billing rewrite",
     ["fernbank", "leadership"], "First project where I owned the plan and the communication.", {}),
    ("event", "2016-11", 3, "Presented the roadmap to the board",
     ["visibility", "leadership"], "", {}),
    ("shock", "2017-03", 5, "Fernbank raised a large round and began to grow fast",
     ["fernbank", "windfall"], "Forty hires planned in a year; every team needs a lead.", {}),
    ("event", "2017-06", 4, "Became engineering manager of the platform team",
     ["management", "fernbank"], "", {}),
    ("shock", "2018-08", -2, "Burnt out during the migration crunch",
     ["health"], "Took two weeks off. Learned to delegate for real.", {"private": True}),
    ("event", "2019-04", 3, "Grew the team from five to eighteen",
     ["management", "hiring"], "", {}),
    ("shock", "2020-03", -3, "Pandemic: the office closed overnight",
     ["remote"], "", {}),
    ("event", "2021-01", 5, "Promoted to VP Engineering",
     ["fernbank", "leadership"], "", {}),
    ("shift", "2023-02", 1, "From scaling the team to scaling other leaders",
     ["direction", "leadership"], "",
     {"shift_from": "hiring and delivery", "shift_to": "coaching managers"}),
    ("note", "2024-06", None, "Coffee with a founder I admire", ["networking"],
     "She spends most of her week on people, not code. I think I would like that.", {}),
]

_CHECKINS = [
    ("2010-06", 8, 6, 7), ("2012-06", 6, 7, 4), ("2013-01", 4, 6, 3),
    ("2014-01", 6, 5, 6), ("2015-06", 7, 7, 6), ("2016-06", 7, 7, 7),
    ("2017-09", 6, 5, 8), ("2018-09", 4, 6, 6), ("2019-09", 7, 7, 8),
    ("2021-03", 8, 6, 8), ("2023-03", 8, 7, 7),
]
RECENT_CHECKIN = (8, 8, 8)  # a week and a half before the day the sample is opened


def sample_story(today: dt.date | None = None
                 ) -> tuple[list[Entry], list[CheckIn], list[Chapter]]:
    """The story; its last check-in is recent, so a newcomer is not nudged about a
    check-in "17 months ago" in a journal they have only just opened."""
    today = today or dt.date.today()
    recent = max(today - dt.timedelta(days=10), dt.date(2023, 4, 1))
    chapters = [
        Chapter.create(title=t, organisation=o, role=r, start=s, end=e)
        for t, o, r, s, e in _CHAPTERS
    ]
    entries = [
        Entry.create(kind=k, date=d, feel=f, title=t, tags=tags, notes=n, **extra)
        for k, d, f, t, tags, n, extra in _ENTRIES
    ]
    checkins = [
        CheckIn.create(date=d, autonomy=a, mastery=m, purpose=p) for d, a, m, p in _CHECKINS
    ]
    a, m, p = RECENT_CHECKIN
    checkins.append(CheckIn.create(date=recent.isoformat(), autonomy=a, mastery=m, purpose=p))
    return entries, checkins, chapters

"""A made-up journal of a few hundred entries that looks like a real one: dates spread over
25 years, feelings that drift rather than jump, chapters, some entries without a feel."""

import numpy as np

from careersquiggle.core.model import Chapter, Entry

WORDS = ("Shipped", "Started", "Left", "Joined", "Finished", "Presented", "Hired", "Lost",
         "Moved to", "Learned", "Led", "Mentored", "Reorganised", "Launched", "Missed")
THINGS = ("the analytics project", "a new team", "the Berlin office", "a hard review",
          "the customer summit", "a side project", "the migration", "our first big client",
          "a conference talk", "the budget round", "a reorg", "the on-call rota")


def big_journal(n: int = 500, seed: int = 5):
    rng = np.random.default_rng(seed)
    days = np.sort(rng.integers(0, 25 * 365, n))
    walk = np.clip(np.cumsum(rng.normal(0, 0.6, n)), -4.5, 4.5)
    entries = []
    for i, d in enumerate(days):
        year, rest = 2000 + int(d) // 365, int(d) % 365
        date = f"{year}-{1 + rest // 31 % 12:02d}-{1 + rest % 28:02d}"
        kind = rng.choice(["event", "event", "event", "shift", "shock", "note"])
        feel = None if kind == "note" or rng.random() < 0.15 else int(round(walk[i]))
        title = f"{WORDS[i % len(WORDS)]} {THINGS[(i * 7) % len(THINGS)]}"
        entries.append(Entry.create(kind=kind, title=title, date=date, feel=feel, id=i + 1))
    entries.append(Entry.create(kind="shock", title="The very lowest day", date="2009-05-05",
                                feel=-5, id=n + 1))
    entries.append(Entry.create(kind="event", title="The very best day", date="2019-02-02",
                                feel=5, id=n + 2))
    chapters = [
        Chapter.create(title="Graduate scheme at Northwind", organisation="Northwind",
                       role="Graduate analyst", start="2000-01", end="2004-06"),
        Chapter.create(title="Analyst at Contoso", organisation="Contoso", role="Analyst",
                       start="2004-07", end="2011-12"),
        Chapter.create(title="Head of data at Contoso", organisation="Contoso", role="Head of data",
                       start="2012-01", end="2018-03"),
        Chapter.create(title="Freelance", start="2018-04"),
    ]
    return entries, chapters

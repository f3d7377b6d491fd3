"""Test journals for the benchmarks: realistic random entries, built once and cached.

A journal of N entries (seeded) is written through the real service,
``Journal.import_batch`` (one transaction), and kept under
``CACHE/journals/``; every measurement works on a fresh copy, because a run
may change it (``add``). The same entries are also written in jrnl's text
format for the terminal-filter comparison.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CACHE = Path(os.environ.get("CAREERSQUIGGLE_BENCH_CACHE", "/tmp/careersquiggle-bench"))
GENERATOR_VERSION = 3  # bump when the generator changes, so cached journals are rebuilt
DEFAULT_SEED = 9
FILTER_TAG = "leadership"  # the tag `list --tag` and `jrnl @tag` look for

TAGS = [
    "leadership",
    "learning",
    "mentoring",
    "management",
    "research",
    "startup",
    "money",
    "family",
    "health",
    "move",
    "promotion",
    "layoff",
    "side-project",
    "writing",
    "speaking",
    "hiring",
    "burnout",
    "sabbatical",
    "remote",
    "travel",
    "networking",
    "teaching",
    "code",
    "design",
    "product",
    "sales",
    "funding",
    "team",
    "conference",
    "reflection",
]
VERBS = [
    "Started",
    "Finished",
    "Led",
    "Joined",
    "Left",
    "Shipped",
    "Presented",
    "Wrote",
    "Planned",
    "Reviewed",
    "Hired for",
    "Mentored on",
    "Struggled with",
    "Celebrated",
    "Rethought",
    "Negotiated",
    "Cancelled",
    "Kicked off",
    "Handed over",
    "Learned about",
    "Taught",
    "Defended",
    "Applied for",
    "Turned down",
    "Pitched",
    "Debugged",
    "Documented",
    "Organised",
    "Sketched",
    "Doubted",
]
OBJECTS = [
    "the data platform",
    "my thesis",
    "a new team",
    "the migration",
    "the quarterly plan",
    "our first customer",
    "the hiring loop",
    "a conference talk",
    "the budget",
    "the roadmap",
    "a side project",
    "the reorg",
    "the grant proposal",
    "our pricing",
    "the onboarding guide",
    "a mentoring circle",
    "the launch",
    "the incident review",
    "the offsite",
    "a book chapter",
    "my role",
    "the design system",
    "a job offer",
    "the board meeting",
    "a workshop",
    "the postdoc plan",
    "the open-source release",
    "our analytics",
    "the partner deal",
    "a career conversation",
    "the seed round",
    "the support rota",
    "a research paper",
    "the team charter",
    "the office move",
    "a certification",
    "the performance review",
    "the API redesign",
    "a sabbatical plan",
    "my manager's feedback",
]
QUALIFIERS = [
    "",
    "",
    "",
    " with the whole team",
    " at last",
    " in a hurry",
    " again",
    " for the first time",
    " with help from a friend",
    " after a long week",
    " despite the doubts",
    " on my own",
    " in Berlin",
    " remotely",
    " with a new manager",
    " under pressure",
    " slowly",
    " with good results",
    " and it went badly",
    " and learned a lot",
]
NOTE_SENTENCES = [
    "It felt like the right step.",
    "Not sure yet what this means for me.",
    "I want more autonomy in what I work on.",
    "The team was great.",
    "Money matters more than I admit.",
    "I learned more in a week than in the last year.",
    "Need to talk to someone who has done this before.",
    "I kept thinking about purpose.",
    "Energy was low all week.",
    "This is what mastery feels like.",
]
SHIFT_PAIRS = [
    ("write code", "manage people"),
    ("a professorship", "industry"),
    ("stability", "a startup"),
    ("manage people", "build things again"),
    ("a big company", "a small team"),
    ("money", "meaning"),
    ("travel", "stay home"),
]


# How feel varies: "noisy" (the default) moves around slow waves but jumps from one
# entry to the next, as real journals do (a good week, a bad meeting); "random" is
# uniform from -5 to +5 with no shape at all.
FEELS = ("noisy", "random")


def journal_key(size: int, seed: int, feel: str = "noisy") -> str:
    from careersquiggle.db import migrate

    # The schema head is part of the key: a new migration means a new cached file, so
    # no timed run ever pays for migrating it.
    style = "" if feel == "noisy" else f"-{feel}"
    return f"n{size}-s{seed}-g{GENERATOR_VERSION}{style}-{migrate.HEAD}"


def _fuzzy(rng: random.Random, start: dt.date, days: int) -> tuple[str, int]:
    offset = rng.randrange(days)
    d = start + dt.timedelta(days=offset)
    r = rng.random()
    if r < 0.10:
        return f"{d.year}", offset
    if r < 0.35:
        return f"{d.year}-{d.month:02d}", offset
    return d.isoformat(), offset


def _mood(rng: random.Random, style: str = "noisy"):
    """How a career feels over time. "noisy": a few slow waves (2-10 years) under
    entry-to-entry swings of about ±2.5, so the shape is there but one entry says
    little; "random": any feel, any day."""
    waves = [
        (rng.uniform(2, 10) * 365, rng.uniform(0, 6.3), rng.uniform(0.6, 1.4)) for _ in range(4)
    ]

    def feel(day: int) -> int:
        if style == "random":
            return rng.randint(-5, 5)
        v = sum(a * math.sin(day / period * 6.283 + phase) for period, phase, a in waves)
        return max(-5, min(5, round(v + rng.gauss(0, 2.5))))

    return feel


def make_items(size: int, seed: int, feel: str = "noisy"):
    """``size`` entries, with check-ins and chapters in proportion, over 40 years."""
    from careersquiggle.core.model import Chapter, CheckIn, Entry

    rng = random.Random(seed * 1_000_003 + size)
    start, days = dt.date(1986, 1, 1), 40 * 365
    mood = _mood(rng, feel)
    drive = _mood(rng, feel)
    entries, seen = [], set()
    while len(entries) < size:
        kind = rng.choices(["event", "shift", "shock", "note"], [30, 10, 10, 50])[0]
        title = rng.choice(VERBS) + " " + rng.choice(OBJECTS) + rng.choice(QUALIFIERS)
        date, day = _fuzzy(rng, start, days)
        notes = " ".join(rng.sample(NOTE_SENTENCES, rng.randint(0, 3)))
        key = (kind, title, date, notes)
        if key in seen:
            continue
        seen.add(key)
        shift_from, shift_to = rng.choice(SHIFT_PAIRS) if kind == "shift" else ("", "")
        entries.append(
            Entry.create(
                kind=kind,
                title=title,
                date=date,
                feel=None if rng.random() < 0.3 else mood(day),
                notes=notes,
                tags=rng.sample(TAGS, rng.randint(1, 3)),
                private=rng.random() < 0.05,
                shift_from=shift_from,
                shift_to=shift_to,
            )
        )
    checkins = []
    for i in range(max(20, size // 20)):
        day = int(i * days / max(20, size // 20))
        d = start + dt.timedelta(days=day)
        # Each around its own slow drift (the drive mood, offset), varying check-in to check-in.
        a, m, p = (max(0, min(10, 5 + drive(day + shift))) for shift in (0, 900, 2100))
        checkins.append(
            CheckIn.create(
                date=d.isoformat(),
                autonomy=a,
                mastery=m,
                purpose=p,
                note=rng.choice(["", "", "steady", "tired", "excited"]),
            )
        )
    chapters = []
    n_chapters = 12 + size // 10_000
    step = days // n_chapters
    for i in range(n_chapters):
        s = start + dt.timedelta(days=i * step)
        e = s + dt.timedelta(days=step - 30)
        chapters.append(
            Chapter.create(
                title=f"Chapter {i + 1}: {rng.choice(OBJECTS).capitalize()}",
                start=s.strftime("%Y-%m"),
                end=None if i == n_chapters - 1 else e.strftime("%Y-%m"),
                organisation=rng.choice(["Uni", "Acme", "Startup", "BigCo", "Self"]),
                role=rng.choice(["PhD student", "Engineer", "Lead", "Manager", "VP Engineering"]),
            )
        )
    # Two roles at once now and then (a PhD beside a job, a side business): overlapping chapters.
    for i in range(1, n_chapters - 1, 4):
        s = start + dt.timedelta(days=i * step + step // 2)
        e = s + dt.timedelta(days=step)
        chapters.append(
            Chapter.create(
                title=f"Side role {i}: {rng.choice(OBJECTS)}",
                start=s.strftime("%Y-%m"),
                end=e.strftime("%Y-%m"),
                organisation=rng.choice(["Uni", "Self", "Nonprofit"]),
                role=rng.choice(["Part-time PhD", "Advisor", "Founder"]),
            )
        )
    return entries, checkins, chapters


def _jrnl_text(entries) -> str:
    """The same entries in jrnl's text format: `[YYYY-MM-DD HH:MM] Title` + body with @tags."""
    out = []
    for e in entries:
        d = e.date
        stamp = (
            f"{d.year:04d}-{d.month or 7:02d}-{d.day or (1 if d.month is None else 15):02d} 09:00"
        )
        body = " ".join(x for x in (e.notes, " ".join("@" + t for t in e.tags)) if x)
        # jrnl ends a title at the first sentence end; keep the title one sentence.
        title = e.title.replace(".", "")
        out.append(f"[{stamp}] {title}.\n{body}\n")
    return "\n".join(out)


def cached_journal(size: int, seed: int = DEFAULT_SEED, log=print, feel: str = "noisy") -> Path:
    """The folder of a cached journal of ``size`` entries (built when missing)."""
    key = journal_key(size, seed, feel)
    folder = CACHE / "journals" / key
    done = folder / "READY"
    if done.exists():
        return folder
    from careersquiggle import paths
    from careersquiggle.services.journal import Journal
    from careersquiggle.services.report import ImportReport

    t0 = time.perf_counter()
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f"build-{key}-", dir=CACHE))
    entries, checkins, chapters = make_items(size, seed, feel)
    t1 = time.perf_counter()
    with Journal.open(paths.journal_path(tmp)) as journal:
        report = ImportReport()
        journal.import_batch(report, entries, checkins, chapters)
        assert report.added.get("entries") == size, report.lines()
    with Journal.open(paths.journal_path(tmp)) as journal:  # checkpoint the WAL into the file
        assert journal.counts()["entries"] == size
    (tmp / "journal.jrnl.txt").write_text(_jrnl_text(entries), encoding="utf-8")
    done_tmp = tmp / "READY"
    done_tmp.write_text(f"{size} entries, seed {seed}, {feel} feel\n")
    folder.parent.mkdir(parents=True, exist_ok=True)
    if folder.exists():
        shutil.rmtree(folder)
    tmp.rename(folder)
    log(
        f"  built the {size}-entry journal in {time.perf_counter() - t0:.1f} s "
        f"(items {t1 - t0:.1f} s, import_batch {time.perf_counter() - t1:.1f} s) -> {folder}"
    )
    return folder


def fresh_copy(size: int, seed: int = DEFAULT_SEED, log=print, feel: str = "noisy") -> Path:
    """A throw-away copy of the cached journal folder (the caller may change it)."""
    src = cached_journal(size, seed, log, feel)
    runs = CACHE / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    dst = Path(tempfile.mkdtemp(prefix=f"n{size}-", dir=runs))
    for p in src.iterdir():
        if p.is_file() and p.name.startswith("journal.sqlite3"):
            shutil.copy2(p, dst / p.name)
    os.chmod(dst, 0o700)
    return dst


def jrnl_text_file(size: int, seed: int = DEFAULT_SEED, log=print) -> Path:
    return cached_journal(size, seed, log) / "journal.jrnl.txt"


if __name__ == "__main__":
    for n in [int(a) for a in sys.argv[1:]] or [1000, 10_000, 100_000]:
        print(cached_journal(n))

"""The Markdown review of the sample story, of a chapter, and of an empty period."""

from __future__ import annotations

from careersquiggle.core.crossroads import Intent, Option, PlanAction
from careersquiggle.core.review import Period
from careersquiggle.services import review_markdown
from careersquiggle.services.review import period_from


def test_the_demo_journal_review_tells_the_story(demo_journal):
    md = review_markdown.review_journal(demo_journal, Period.all())
    assert md.startswith("# Career review: the whole journal\n")
    assert "20 entries and 12 check-ins, from October 2009 to June 2024." in md
    assert "10 career events, 3 preference shifts, 4 external shocks, 3 notes." in md
    # The shifts in order, with what changed.
    shifts = md.split("## How what you want has changed")[1].split("##")[0]
    assert shifts.index("a professorship") < shifts.index("writing code all day") < shifts.index(
        "coaching managers")
    assert "*writing code all day* → *growing a team*" in shifts
    # The biggest rise and dip, with what lay between.
    assert ("- ▲ +8 from Pandemic: the office closed overnight (March 2020, −3) to "
            "Promoted to VP Engineering (January 2021, +5)") in md
    assert "- ▼ −8 from First paper accepted (April 2011, +4)" in md
    assert "  - in between: Counting postdoc openings in my field (February 2012, no feel)" in md
    assert "| PhD in computational biology | 3 | 6.0 | 6.3 | 4.7 |" in md
    assert ("- After starting Engineer at Fernbank, autonomy went from 6.0 to 6.7, mastery stayed "
            "at 6.3 and purpose went from 4.7 to 6.3.") in md
    assert "Last check-in: 14 November 2026 (10 days ago)" in md
    assert "## At the crossroads" not in md  # nothing weighed yet


def test_a_chapter_review_shows_only_that_chapter(demo_journal):
    md = review_markdown.review_journal(
        demo_journal, period_from(demo_journal, chapter="engineer at fernbank"))
    assert md.startswith("# Career review: Engineer at Fernbank\n")
    assert "7 entries and 3 check-ins, from October 2013 to March 2017." in md
    assert "Promoted to VP Engineering" not in md


def test_an_empty_period_gives_a_calm_short_review(demo_journal):
    md = review_markdown.review_journal(demo_journal, Period.custom("1990", "1991"))
    assert "Nothing was written down for this period" in md
    assert "##" not in md and len(md.splitlines()) < 10


def test_the_crossroads_and_reflections_are_in_the_review(demo_journal):
    j = demo_journal
    j.crossroads.add_option(Option.create(title="Join a startup", autonomy=9, mastery=6,
                                           purpose=8, money=3, notes="risky | fun"))
    j.crossroads.add_option(Option.create(title="Stay", autonomy=8, mastery=8, purpose=8, money=8))
    j.crossroads.set_intent(Intent.create(statement="Coach other leaders"))
    j.crossroads.add_action(PlanAction.create(kind="mentor", status="done", done="2026-09"))
    j.reflections.answer_prompt("motivation-no-money", "Write and teach.\nAnd garden.")
    md = review_markdown.review_journal(j, Period.all())
    assert "> Coach other leaders" in md
    # Latest check-in is 8/8/8: the startup gains nothing in autonomy, loses mastery.
    assert "| Autonomy | 8 | 6.6 | 9 ▲ | 8 = |" in md
    assert "| Mastery | 8 | 6.4 | 6 ▼ | 8 = |" in md
    assert "| Money | – | – | 3 | 8 |" in md
    assert r"- **Join a startup**: risky \| fun" in md
    assert "- [x] Mentor a less experienced colleague: done (done 2026-09)" in md
    assert ("**If money played no part, how would you fill your working days?** "
            "(24 November 2026)") in md
    assert "> Write and teach.\n> And garden." in md

"""The rules every entry, check-in and chapter obeys, with messages a person understands."""

from __future__ import annotations

import pytest

from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.errors import JournalError, ValidationError
from careersquiggle.core.model import (
    TITLE_MAX,
    Chapter,
    CheckIn,
    Entry,
    Kind,
    normalise_tag,
    normalise_tags,
    parse_feel,
)


def entry(**kw):
    values = {"kind": "event", "title": "Joined a startup", "date": "2014-03"}
    values.update(kw)
    return Entry.create(**values)


def test_validation_error_is_the_one_journal_error_type():
    assert issubclass(ValidationError, JournalError)


@pytest.mark.parametrize("feel", [-5, -1, 0, 3, 5, "4", " -2 ", "+3", "\u22123", 2.0, None, ""])
def test_feel_from_minus_five_to_five_or_none(feel):
    got = entry(feel=feel).feel
    expected = None if feel in (None, "") else int(float(str(feel).replace("\u2212", "-")))
    assert got == expected


@pytest.mark.parametrize(
    ("feel", "words"),
    [(6, "from -5 to 5"), (-6, "from -5 to 5"), ("11", "from -5 to 5"), ("great", "not 'great'"),
     ("2.5", "whole number"), (2.5, "whole number"), (True, "whole number"),
     (False, "whole number"), ([3], "whole number"), (float("nan"), "whole number"),
     (float("inf"), "whole number")],
)
def test_feel_out_of_range_or_not_a_number_is_refused(feel, words):
    with pytest.raises(ValidationError, match=words):
        entry(feel=feel)


def test_feel_message_names_the_field():
    with pytest.raises(ValidationError) as info:
        parse_feel("9")
    assert str(info.value) == "feel must be from -5 to 5, not 9"


@pytest.mark.parametrize("score", [0, 10, "7", 5.0])
def test_scores_from_zero_to_ten(score):
    c = CheckIn.create(autonomy=score, mastery=score, purpose=score, date="2020-01")
    assert (c.autonomy, c.mastery, c.purpose) == (int(score),) * 3


@pytest.mark.parametrize("field", ["autonomy", "mastery", "purpose"])
@pytest.mark.parametrize("bad", [-1, 11, "x", None, "", True, 7.5])
def test_scores_outside_zero_to_ten_are_refused_and_named(field, bad):
    scores = {"autonomy": 5, "mastery": 5, "purpose": 5, field: bad}
    with pytest.raises(ValidationError, match=field):
        CheckIn.create(date="2020-01", **scores)


def test_drive_is_the_mean_of_the_three_scores():
    assert CheckIn.create(autonomy=3, mastery=6, purpose=9, date="2020").drive == 6.0


@pytest.mark.parametrize("kind", ["event", "shift", "shock", "note", "EVENT", " Note "])
def test_the_four_kinds(kind):
    assert entry(kind=kind).kind is Kind(kind.strip().lower())


@pytest.mark.parametrize("kind", ["meeting", "", None, 3])
def test_unknown_kind_is_refused_listing_the_kinds(kind):
    with pytest.raises(ValidationError, match="event, shift, shock, note"):
        entry(kind=kind)


@pytest.mark.parametrize("title", ["", "   ", "\n\t", None, 42])
def test_blank_title_is_refused(title):
    with pytest.raises(ValidationError, match="title is empty"):
        entry(title=title)


def test_title_is_trimmed_and_may_be_exactly_the_limit():
    assert entry(title="  Promoted  ").title == "Promoted"
    assert len(entry(title="x" * TITLE_MAX).title) == TITLE_MAX


def test_too_long_title_is_refused():
    with pytest.raises(ValidationError, match=f"keep it under {TITLE_MAX}"):
        entry(title="x" * (TITLE_MAX + 1))


def test_tags_are_plain_case_folded_words_without_duplicates():
    e = entry(tags=["#Leadership", "@leadership", "LEADERSHIP", "  remote ", "#", "Straße"])
    assert e.tags == ("leadership", "remote", "strasse")


def test_tags_given_as_one_text_are_split():
    assert normalise_tags("#phd, academia  money") == ("academia", "money", "phd")


def test_a_tag_with_spaces_becomes_one_word():
    assert normalise_tag("#Career Change") == "career-change"


@pytest.mark.parametrize("tags", [[1, 2], 5, [None]])
def test_tags_that_are_not_words_are_refused(tags):
    with pytest.raises(ValidationError):
        entry(tags=tags)


def test_date_is_required_to_be_real_and_defaults_to_today():
    assert entry(date=None).date == FuzzyDate.today()
    with pytest.raises(ValidationError, match="no day 30"):
        entry(date="2023-02-30")
    with pytest.raises(ValidationError, match="missing"):
        entry(date="  ")


def test_private_must_be_true_or_false():
    assert entry(private=True).private is True
    with pytest.raises(ValidationError, match="private"):
        entry(private="yes")


def test_only_shifts_have_from_and_to():
    s = entry(kind="shift", shift_from=" code ", shift_to="people ")
    assert (s.shift_from, s.shift_to) == ("code", "people")
    for kind in ("event", "shock", "note"):
        with pytest.raises(ValidationError, match="only a preference shift"):
            entry(kind=kind, shift_from="code")
        with pytest.raises(ValidationError, match="only a preference shift"):
            entry(kind=kind, shift_to="people")


def test_notes_are_kept_literally():
    text = "  line one\n\tline two  "
    assert entry(notes=text).notes == text
    with pytest.raises(ValidationError, match="notes must be text"):
        entry(notes=3)


def test_with_changes_validates_the_copy():
    e = entry(feel=1)
    assert e.with_changes(feel=-2).feel == -2
    with pytest.raises(ValidationError):
        e.with_changes(feel=12)
    assert e.feel == 1


def test_windfall_is_a_shock_that_felt_good():
    assert entry(kind="shock", feel=4).is_windfall
    assert not entry(kind="shock", feel=0).is_windfall
    assert not entry(kind="shock").is_windfall
    assert not entry(kind="event", feel=4).is_windfall


def test_chapter_with_an_open_end_is_ongoing():
    ch = Chapter.create(title="VP Engineering", start="2021-01", organisation=" Fernbank ")
    assert ch.ongoing and ch.end is None and ch.organisation == "Fernbank"


@pytest.mark.parametrize(("start", "end"), [("2020", "2019"), ("2020-05", "2020-04"),
                                           ("2020-05-10", "2020-05-09"), ("2020-05", "2019-12-31")])
def test_chapter_ending_before_it_starts_is_refused(start, end):
    with pytest.raises(ValidationError, match="ends .* before it starts"):
        Chapter.create(title="PhD", start=start, end=end)


@pytest.mark.parametrize(("start", "end"), [("2020-05", "2020"), ("2020", "2020-01"),
                                           ("2020-05-10", "2020-05-10")])
def test_fuzzy_ends_that_overlap_the_start_are_fine(start, end):
    assert str(Chapter.create(title="PhD", start=start, end=end).end) == end


def test_chapter_needs_title_and_start():
    with pytest.raises(ValidationError, match="chapter title is empty"):
        Chapter.create(title=" ", start="2020")
    with pytest.raises(ValidationError, match="start date is missing"):
        Chapter.create(title="PhD", start="")


def test_ongoing_chapter_span_runs_to_now():
    ch = Chapter.create(title="Now", start="2021-01")
    now = FuzzyDate.parse("2026-11-24").position()
    assert ch.span(now) == (ch.start.start_position(), now)


@pytest.mark.parametrize("field", ["title", "notes", "tags"])
def test_text_with_bytes_that_are_not_unicode_is_refused(field):
    # What Python makes of a non-UTF-8 byte from a terminal or file: a lone surrogate.
    bad = "caf\udce9"
    value = [bad] if field == "tags" else bad
    with pytest.raises(ValidationError, match="not valid text"):
        entry(**{field: value})
